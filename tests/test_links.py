"""Every internal link, asset and fragment in the built site resolves.

MkDocs' own validation checks the Markdown; this crawls the HTML that readers
get, theme and generated pages included: href/src/srcset, relative, directory
and absolute URLs under site_url, and #fragments against real ids.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import yaml

from conftest import ROOT, parse_html
from pagefind_index import fragments

CONFIG = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
SITE_URL = CONFIG["site_url"].rstrip("/") + "/"
EDIT_BASE = CONFIG["repo_url"].rstrip("/") + "/" + CONFIG["edit_uri"].strip("/") + "/"
URL_ATTRIBUTES = ("href", "src", "action", "poster", "data")


def page_url(site_dir: Path, html: Path) -> str:
    """The address a built file is served at, under site_url."""
    rel = html.relative_to(site_dir).as_posix()
    return SITE_URL + (rel.removesuffix("index.html") if rel.endswith("index.html") else rel)


def local_file(site_dir: Path, url: str) -> Path | None:
    """The built file an absolute URL under site_url points at, or None if none."""
    path = unquote(urlsplit(url).path)
    rel = path.removeprefix(urlsplit(SITE_URL).path)
    target = site_dir / rel
    if target.is_dir():
        target = target / "index.html"
    return target if target.is_file() else None


@cache
def ids_in(path: Path) -> frozenset[str]:
    soup = parse_html(path)
    return frozenset([tag["id"] for tag in soup.select("[id]")] + [tag["name"] for tag in soup.select("a[name]")])


def urls_in(soup) -> list[str]:
    found = []
    for tag in soup.find_all(True):
        for attribute in URL_ATTRIBUTES:
            if tag.has_attr(attribute):
                found.append(tag[attribute].strip())
        if tag.has_attr("srcset"):
            found += [part.split()[0] for part in tag["srcset"].split(",") if part.strip()]
    return found


def check(site_dir: Path, base: str, url: str) -> str | None:
    """Why ``url`` (as written on the page at ``base``) is broken, or None if it resolves."""
    absolute = urljoin(base, url)
    if absolute.startswith(EDIT_BASE):
        source = (ROOT / "docs" / unquote(absolute[len(EDIT_BASE) :])).resolve()
        return None if source.is_file() else f"edit link to a missing source file {source}"
    if not absolute.startswith(SITE_URL.rstrip("/")):
        return None  # another site, mailto:, javascript:... not ours to resolve
    target = local_file(site_dir, absolute)
    if target is None:
        return "no such file"
    fragment = unquote(urlsplit(absolute).fragment)
    if fragment and target.suffix == ".html" and fragment not in ids_in(target):
        return f"no id '{fragment}' in {target.relative_to(site_dir)}"
    return None


def crawl(site_dir: Path) -> tuple[int, list[str]]:
    checked, broken = 0, []
    for html in sorted(site_dir.rglob("*.html")):
        base = page_url(site_dir, html)
        for url in urls_in(parse_html(html)):
            checked += 1
            problem = check(site_dir, base, url)
            if problem:
                broken.append(f"{html.relative_to(site_dir)}: {url} -> {problem}")
    return checked, broken


def test_every_internal_link_and_fragment_resolves(site_dir):
    checked, broken = crawl(site_dir)
    pages = len(list(site_dir.rglob("*.html")))
    assert checked > 25 * pages  # nav, assets, paragraph marks, edit links: the crawl saw the site
    assert broken == []


def test_every_paragraph_mark_and_its_fragment_is_checked(site_dir):
    """The crawler resolves fragments: a broken one is reported, a good one is not."""
    article = site_dir / "articles" / "cambodian-workers-japan" / "index.html"
    base = page_url(site_dir, article)
    assert check(site_dir, base, "#p15") is None
    assert check(site_dir, base, "../../about/#nowhere").startswith("no id 'nowhere'")
    assert check(site_dir, base, "../missing/") == "no such file"
    assert check(site_dir, base, "../../assets/nothing.css") == "no such file"


def test_sitemap_lists_only_real_pages(site_dir):
    tree = ET.parse(site_dir / "sitemap.xml")
    locations = [loc.text for loc in tree.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert len(locations) >= 9
    assert [url for url in locations if local_file(site_dir, url) is None] == []


def test_every_search_result_lands_on_a_real_place(site_dir):
    """Every page in the Pagefind index, and every paragraph or heading a result links to."""
    pages = fragments(site_dir)
    assert len(pages) >= 9
    locations = [page["url"].lstrip("/") for page in pages]
    locations += [page["url"].lstrip("/") + "#" + a["id"] for page in pages for a in page["anchors"] if a["id"]]
    broken = [loc for loc in locations if check(site_dir, SITE_URL, loc)]
    assert broken == []
