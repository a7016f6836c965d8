"""No built page may make a request to anyone else's server."""

from __future__ import annotations

import re

ATTRIBUTE_URL = re.compile(r"""(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
CSS_URL = re.compile(r"""(?:url\(\s*["']?\s*(?:https?:)?//|@import\s+["']?(?:https?:)?//)""", re.I)
FONT_HOSTS = re.compile(r"fonts\.googleapis|fonts\.gstatic", re.I)


def test_html_loads_nothing_from_elsewhere(site_dir):
    pages = list(site_dir.rglob("*.html"))
    assert len(pages) >= 8
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for match in ATTRIBUTE_URL.finditer(html):
            # plain links the reader clicks are fine; anything loaded is not
            before = html[max(0, match.start() - 200) : match.start()]
            tag = before[before.rfind("<") :]
            # plain links and the canonical address are never fetched by the page
            assert tag.lower().startswith(("<a ", '<link rel="canonical"')), f"{page}: {tag}{match.group()}"


def test_css_loads_nothing_from_elsewhere(site_dir):
    for asset in [*site_dir.rglob("*.css"), *site_dir.rglob("*.html")]:
        text = asset.read_text(encoding="utf-8", errors="replace")
        assert not CSS_URL.search(text), asset
        assert not FONT_HOSTS.search(text), asset


def test_no_page_triggers_materials_lazy_third_party_loaders(site_dir):
    """Material's bundle fetches Mermaid from a CDN only when a page has a diagram.

    (Its ResizeObserver polyfill loader never fires in a current browser; the
    browser test checks real requests.)"""
    for page in site_dir.rglob("*.html"):
        assert 'class="mermaid"' not in page.read_text(encoding="utf-8"), page
