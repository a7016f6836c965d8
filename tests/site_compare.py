"""Read two built sites the same way, so tests can say what one has that the other lacks.

Used to hold the ProperDocs build and the Zensical build of the export to the
real MkDocs build: every expectation comes from a built site or the engine,
never from a list written by hand.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks"
ZENSICAL = Path(os.environ.get("ZENSICAL", ROOT / ".venv-zensical" / "bin" / "zensical"))
PROPERDOCS = Path(sys.executable).with_name("properdocs")


def run(command: list, cwd: Path, **env: str) -> subprocess.CompletedProcess:
    """Run a build command with the project's usual environment; never raises."""
    merged = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **env}
    return subprocess.run(command, cwd=cwd, env=merged, capture_output=True, text=True, timeout=300)


def run_export(out: Path, root: Path = ROOT) -> subprocess.CompletedProcess:
    """`make export`'s command, into ``out``."""
    return run(
        [sys.executable, "-m", "explainer.export", "--root", str(root), "--out", str(out)],
        cwd=root,
        PYTHONPATH=str(HOOKS),
    )


def page_url(docs_path: str) -> str:
    """The built HTML file of a docs page (use_directory_urls): a/b.md -> a/b/index.html."""
    stem = docs_path.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        return stem + ".html"
    return stem + "/index.html"


def html_pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}


@cache
def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def content(site: Path, page: str):
    """The page's Markdown-made content (Material's and Zensical's <article>)."""
    return soup(site / page).select_one("article.md-content__inner")


def anchors(site: Path, page: str) -> set[str]:
    """Every id in the content: headings, paragraph blocks, quoted blocks, figure entries."""
    body = content(site, page)
    return {tag["id"] for tag in body.select("[id]")} if body else set()


def quotes(site: Path, page: str) -> list[str]:
    """Every quote as a reader sees it, without the note markers placed inside it."""
    body = content(site, page)
    found = []
    for tag in body.select(".ex-quote") if body else []:
        tag = copy.copy(tag)
        for marker in tag.select(".ex-note-ref"):
            marker.decompose()
        found.append(" ".join(tag.get_text().split()))
    return found


def sections(site: Path, page: str, prefix: str) -> dict[str, str]:
    """Text of each heading whose id starts with ``prefix`` and everything up to the next heading."""
    body = content(site, page)
    if body is not None:  # a term is marked once by the hook, at every use by the export: read them alike
        body = copy.copy(body)
        for term in body.select("abbr"):
            term.unwrap()
        for chrome in body.select("p.ex-page-dates, p.ex-print-only"):  # where a generator puts them varies
            chrome.decompose()
        body.smooth()
    found = {}
    for heading in body.select(f"h2[id^='{prefix}'], h3[id^='{prefix}']") if body else []:
        parts = [heading.get_text(" ")]
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h1", "h2", "h3"):
                break
            parts.append(sibling.get_text(" "))
        found[heading["id"]] = " ".join(" ".join(parts).replace("¶", " ").split())
    return found


def internal_links(site: Path, page: str) -> list[str]:
    """Every link in the content that stays on the site, resolved to a site path + fragment."""
    body = content(site, page)
    links = []
    for tag in body.select("a[href]") if body else []:
        href = tag["href"]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or href.startswith("mailto:"):
            continue
        if "edit" in (tag.get("rel") or []):
            continue
        target = (site / page).parent / parts.path if parts.path else site / page
        resolved = Path(os.path.normpath(target))
        if resolved.is_dir():
            resolved = resolved / "index.html"
        links.append(resolved.relative_to(site).as_posix() + (f"#{parts.fragment}" if parts.fragment else ""))
    return links


def third_party_urls(site: Path) -> list[str]:
    """Every URL a page would fetch by itself (scripts, styles, images, frames, fonts) from another host."""
    fetched = []
    for page in html_pages(site):
        for tag in soup(site / page).select("script[src], link[href], img[src], iframe[src], source[src]"):
            if tag.name == "link" and not {"stylesheet", "preload", "icon", "modulepreload", "prefetch"} & set(
                tag.get("rel") or []
            ):
                continue
            url = tag.get("src") or tag.get("href")
            if urlsplit(url).netloc:
                fetched.append(f"{page}: {url}")
    return fetched
