"""Scale: 1, 10, 100 and 500 articles in a project copy.

For each size: the full build time, the engine's CPU time per article, the search
index size, and whether the site is still usable (the nav keeps its fixed
entries, every article is listed on the "All articles" page). The engine must
grow linearly: its time per article may not rise by more than MAX_GROWTH from
one size to the next (the first step, 1 -> 10, also carries fixed costs).
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bs4 import BeautifulSoup

from corpus import make_corpus
from project import BENCH, ENV, copy_project, timed_build
from table import Row

SIZES = (1, 10, 100, 500)
MAX_GROWTH = 1.25


def engine_seconds(project: Path, repeats: int) -> float:
    """The engine alone on the copy (bench/engine_time.py), fastest of ``repeats``."""
    result = subprocess.run(
        [sys.executable, str(BENCH / "engine_time.py"), str(repeats)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=1800,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


def usability(site: Path, slugs: list[str]) -> dict:
    """What a reader of the built corpus site finds: nav entries, listed articles, search index."""
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    nav = home.select("nav.md-nav--primary > ul > li")
    listing = BeautifulSoup((site / "articles" / "index.html").read_text(encoding="utf-8"), "html.parser")
    hrefs = {a["href"].rstrip("/").split("/")[-1] for a in listing.select("article a[href]")}
    # the Pagefind index on disk (a reader downloads only a query's share of it: bench/search.py)
    index = [p.read_bytes() for p in (site / "pagefind").rglob("*") if p.is_file()]
    return {
        "nav": len(nav),
        "listed": sum(slug in hrefs for slug in slugs),
        "index_bytes": sum(len(data) for data in index),
        "index_gzip": sum(len(gzip.compress(data, 6)) for data in index),
    }


def measure_size(articles: int, workdir: Path) -> dict:
    project = copy_project(workdir / f"project-{articles}")
    slugs = make_corpus(project, articles)
    engine = engine_seconds(project, repeats=5 if articles <= 10 else 3 if articles <= 100 else 1)
    site = workdir / f"site-{articles}"
    build = timed_build(project, site)
    found = usability(site, slugs)
    result = {"articles": articles, "build": build, "engine": engine, "per_article": engine / articles, **found}
    print(
        f"  {articles} articles: build {build:.2f} s, engine {engine:.3f} s "
        f"({1000 * engine / articles:.1f} ms/article), nav entries {found['nav']}, "
        f"listed {found['listed']}/{articles}, search index {found['index_bytes'] / 1024:.0f} KiB "
        f"({found['index_gzip'] / 1024:.0f} KiB gzip)",
        flush=True,
    )
    return result


def rows_for(results: list[dict]) -> list[Row]:
    rows = []
    for r in results:
        n = r["articles"]
        rows += [
            Row(f"{n} articles: full build", f"{r['build']:.2f} s"),
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
    return rows


def measure(sizes=SIZES) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-scale-") as tmp:
        results = [measure_size(n, Path(tmp)) for n in sizes]
    return rows_for(results)


if __name__ == "__main__":
    from table import all_pass, render

    sizes = tuple(int(arg) for arg in sys.argv[1:]) or SIZES
    table_rows = measure(sizes)
    print(render(table_rows))
    sys.exit(0 if all_pass(table_rows) else 1)
