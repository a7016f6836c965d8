"""Any number of articles: every article's pages are reachable from the nav alone."""

from __future__ import annotations

from collections import deque
from urllib.parse import urljoin, urlsplit

from conftest import ROOT, parse_html


def nav_reachable(site_dir) -> set[str]:
    """Page paths reached from the home page by following primary-nav links only."""
    seen, queue = {""}, deque([""])
    while queue:
        path = queue.popleft()
        soup = parse_html(site_dir / path / "index.html")
        for link in soup.select("nav.md-nav--primary a[href]"):
            target = urlsplit(urljoin(f"https://x/{path}", link["href"])).path.lstrip("/")
            if target not in seen and (site_dir / target / "index.html").is_file():
                seen.add(target)
                queue.append(target)
    return seen


def test_every_articles_pages_are_in_the_nav(site_dir):
    reachable = nav_reachable(site_dir)
    slugs = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert slugs
    for slug in slugs:
        for page in ("", "figures/", "people/"):
            assert f"articles/{slug}/{page}" in reachable, f"articles/{slug}/{page} is not reachable from the nav"
    assert "articles/" in reachable
