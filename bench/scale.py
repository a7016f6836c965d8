"""Scale: 1, 10, 100 and 500 articles in a project copy, and 2,000 with BENCH_SCALE_MAX=2000.

For each size: the full `mkdocs build --strict` as an editor runs it (CPU seconds
per article and peak memory, from the build process's own resource usage), the
engine's CPU time per article, the search index size, and whether the site is
still usable (the nav keeps its fixed entries, every article is listed on the
"All articles" page and reached by following nav links from the home page).
Budgets: the engine's time per article may not rise by more than MAX_GROWTH
from one size to the next (the first step, 1 -> 10, also
carries fixed costs); the full build's CPU per article at any size above 100
stays within MAX_BUILD_GROWTH of the figure at 100; its peak memory stays under
MAX_PEAK_BYTES; an article page's nav stays within MAX_NAV_GROWTH of its size
at 10 articles. 2,000 articles take several minutes, so they are opt-in.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

from corpus import make_corpus
from project import BENCH, ENV, copy_project, mkdocs_build_usage
from table import Row

ALL_SIZES = (1, 10, 100, 500, 2000)
MAX_GROWTH = 1.25
MAX_BUILD_GROWTH = 1.15  # full build CPU per article, against the figure at BASE_SIZE
BASE_SIZE = 100
MAX_PEAK_BYTES = 1_000_000_000
# an article page's nav shows a window of articles, not all: its size stays that at 10
NAV_BASE_SIZE = 10
MAX_NAV_GROWTH = 1.25


def sizes_wanted() -> tuple[int, ...]:
    """Every size up to BENCH_SCALE_MAX (500 unless set; 2000 adds the slow size)."""
    largest = int(os.environ.get("BENCH_SCALE_MAX", "500"))
    return tuple(n for n in ALL_SIZES if n <= largest)


def engine_seconds(project: Path, repeats: int) -> float:
    """The engine alone on the copy (bench/engine_time.py), fastest of ``repeats``."""
    result = subprocess.run(
        [sys.executable, str(BENCH / "engine_time.py"), str(repeats)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"the engine failed on {project}:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


NAV_TOKEN = re.compile(r'<nav\b|</nav>|href="([^"]*)"')


def primary_nav_links(html: str) -> list[str]:
    """The links of a page's primary nav, read without parsing the page (thousands of pages)."""
    start = html.rfind("<nav", 0, html.find("md-nav--primary"))
    links, depth = [], 0
    for token in NAV_TOKEN.finditer(html, max(start, 0)):
        if token.group() == "<nav":
            depth += 1
        elif token.group() == "</nav>":
            depth -= 1
            if depth == 0:
                break
        else:
            links.append(token.group(1))
    return links


def nav_reachable(site: Path) -> set[str]:
    """Page folders reached from the home page by following primary-nav links only."""
    seen, queue = {""}, deque([""])
    while queue:
        path = queue.popleft()
        for href in primary_nav_links((site / path / "index.html").read_text(encoding="utf-8")):
            target = urlsplit(urljoin(f"https://x/{path}", href)).path.lstrip("/")
            if target not in seen and (site / target / "index.html").is_file():
                seen.add(target)
                queue.append(target)
    return seen


def usability(site: Path, slugs: list[str]) -> dict:
    """What a reader of the built corpus site finds: nav entries, listed articles, search index."""
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    nav = home.select("nav.md-nav--primary > ul > li")
    listing = BeautifulSoup((site / "articles" / "index.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = {a["href"].rstrip("/").split("/")[-1] for a in listing.select("article a[href]")}
    # the nav of the last article's page: its own pages open, every other article a collapsed entry
    last = BeautifulSoup((site / "articles" / slugs[-1] / "index.html").read_text(encoding="utf-8"), "html.parser")
    last_nav = last.select_one("nav.md-nav--primary")
    reachable = nav_reachable(site)
    # the Pagefind index on disk (a reader downloads only a query's share of it: bench/search.py)
    index = [p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()]
    return {
        "nav": len(nav),
        "nav_links": len(last_nav.select("a[href]")),
        "nav_kib": len(str(last_nav).encode()) / 1024,
        "home_nav_kib": len(str(home.select_one("nav.md-nav--primary")).encode()) / 1024,
        "in_nav": sum(
            all(f"articles/{slug}/{page}" in reachable for page in ("", "figures/", "people/")) for slug in slugs
        ),
        "listed": sum(slug in hrefs for slug in slugs),
        "index_bytes": sum(len(data) for data in index),
        "index_gzip": sum(len(gzip.compress(data, 6)) for data in index),
    }


def measure_size(articles: int, workdir: Path) -> dict:
    project = copy_project(workdir / f"project-{articles}")
    slugs = make_corpus(project, articles)
    engine = engine_seconds(project, repeats=5 if articles <= 10 else 3 if articles <= 100 else 1)
    site = workdir / f"site-{articles}"
    build = mkdocs_build_usage(project, site)
    found = usability(site, slugs)
    result = {
        "articles": articles,
        "build": build,
        "build_per_article": build.cpu / articles,
        "engine": engine,
        "per_article": engine / articles,
        **found,
    }
    print(
        f"  {articles} articles: build {build.wall:.1f} s wall, {build.cpu:.1f} s CPU "
        f"({1000 * build.cpu / articles:.0f} ms/article), peak {build.peak_bytes / 1e6:.0f} MB; "
        f"engine {engine:.3f} s ({1000 * engine / articles:.1f} ms/article), nav entries {found['nav']}, "
        f"in nav {found['in_nav']}/{articles}, nav on an article page {found['nav_links']} links "
        f"{found['nav_kib']:.1f} KiB (home {found['home_nav_kib']:.1f} KiB), "
        f"listed {found['listed']}/{articles}, search index {found['index_bytes'] / 1024:.0f} KiB "
        f"({found['index_gzip'] / 1024:.0f} KiB gzip)",
        flush=True,
    )
    return result


def rows_for(results: list[dict]) -> list[Row]:
    rows = []
    nav_base = None
    for r in results:
        n = r["articles"]
        if n == NAV_BASE_SIZE:
            nav_base = r
        build = r["build"]
        rows += [
            Row(f"{n} articles: full build", f"{build.wall:.1f} s wall, {build.cpu:.1f} s CPU"),
            Row(f"{n} articles: full build CPU per article", f"{1000 * r['build_per_article']:.0f} ms"),
            Row(
                f"{n} articles: full build peak memory",
                f"{build.peak_bytes / 1e6:.0f} MB",
                f"< {MAX_PEAK_BYTES / 1e9:.0f} GB",
                build.peak_bytes < MAX_PEAK_BYTES,
            ),
            Row(f"{n} articles: engine per article", f"{1000 * r['per_article']:.1f} ms"),
            Row(
                f"{n} articles: search index",
                f"{r['index_bytes'] / 1024:.0f} KiB ({r['index_gzip'] / 1024:.0f} KiB gz)",
            ),
            Row(
                f"{n} articles: nav entries / listed",
                f"{r['nav']} / {r['listed']}",
                f"{results[0]['nav']} / {n}",
                r["nav"] == results[0]["nav"] and r["listed"] == n,
            ),
            Row(
                f"{n} articles: reached from the nav; nav on an article page (home)",
                f"{r['in_nav']}; {r['nav_links']} links, {r['nav_kib']:.1f} KiB ({r['home_nav_kib']:.1f} KiB)",
                f"{n}; <= x{MAX_NAV_GROWTH:.2f} the KiB at {NAV_BASE_SIZE}" if nav_base else f"{n}",
                r["in_nav"] == n and (not nav_base or r["nav_kib"] <= MAX_NAV_GROWTH * nav_base["nav_kib"]),
            ),
        ]
    for before, after in zip(results, results[1:], strict=False):
        growth = after["per_article"] / before["per_article"]
        budgeted = before["articles"] > 1
        rows.append(
            Row(
                f"engine per article {after['articles']} vs {before['articles']}",
                f"x{growth:.2f}",
                f"<= x{MAX_GROWTH:.2f}" if budgeted else "",
                growth <= MAX_GROWTH if budgeted else None,
            )
        )
    base = next((r for r in results if r["articles"] == BASE_SIZE), None)
    for r in results:
        if base is not None and r["articles"] > BASE_SIZE:
            growth = r["build_per_article"] / base["build_per_article"]
            rows.append(
                Row(
                    f"full build CPU per article {r['articles']} vs {BASE_SIZE}",
                    f"x{growth:.2f}",
                    f"<= x{MAX_BUILD_GROWTH:.2f}",
                    growth <= MAX_BUILD_GROWTH,
                )
            )
    return rows


def measure(sizes: tuple[int, ...] | None = None) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-scale-") as tmp:
        results = [measure_size(n, Path(tmp)) for n in sizes or sizes_wanted()]
    return rows_for(results)


if __name__ == "__main__":
    from table import all_pass, render

    table_rows = measure(tuple(int(arg) for arg in sys.argv[1:]) or None)
    print(render(table_rows))
    sys.exit(0 if all_pass(table_rows) else 1)
