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


def outlets() -> dict[str, str | None]:
    """Every article's outlet from its metadata file (None without one)."""
    import yaml

    found = {}
    for text in sorted((ROOT / "seeds").glob("*.txt")):
        meta = text.with_suffix(".yml")
        found[text.stem] = yaml.safe_load(meta.read_text(encoding="utf-8"))["outlet"] if meta.exists() else None
    return found


def footer_credit(page) -> str:
    return " ".join(page.select_one(".md-copyright__highlight").get_text().split())


def test_each_articles_pages_credit_its_own_outlet(site_dir):
    by_slug = outlets()
    for slug, outlet in by_slug.items():
        for page in ("", "figures/", "people/"):
            credit = footer_credit(parse_html(site_dir / "articles" / slug / page / "index.html"))
            assert credit.startswith(f"Article text © {outlet or 'its publisher'}, quoted for commentary"), credit
            others = {o for o in by_slug.values() if o and o != outlet}
            assert not any(other in credit for other in others), credit


def test_the_site_wide_credit_names_every_outlet(site_dir):
    credit = footer_credit(parse_html(site_dir / "index.html"))
    assert "{outlets}" not in credit
    for outlet in filter(None, outlets().values()):
        assert outlet in credit, credit


def test_all_articles_lists_each_article_newest_first_with_outlet_and_date(site_dir):
    import datetime as dt

    import yaml

    listing = parse_html(site_dir / "articles" / "index.html")
    items = listing.select("article li")
    slugs = [item.select_one("a")["href"].rstrip("/").split("/")[-1] for item in items]
    assert sorted(slugs) == sorted(outlets())
    dates = []
    for slug, item in zip(slugs, items, strict=True):
        meta_path = ROOT / "seeds" / f"{slug}.yml"
        meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else None
        text = " ".join(item.get_text().split())
        if meta:
            published = meta["published"]
            assert meta["outlet"] in text and f"{published.day} {published:%B %Y}" in text, text
            dates.append(published)
        else:
            assert "outlet not known yet" in text and "date unknown" in text, text
            dates.append(dt.date.min)
    assert dates == sorted(dates, reverse=True)


def test_an_article_pages_nav_shows_a_window_of_articles_not_all():
    from explainer.site.nav import NEIGHBOURS, window

    groups = list(range(2000))
    shown = 2 * NEIGHBOURS + 1
    assert window(groups, 1000) == list(range(1000 - NEIGHBOURS, 1000 + NEIGHBOURS + 1))
    assert window(groups, 0) == list(range(shown))  # kept full at either end
    assert window(groups, 1999) == list(range(2000 - shown, 2000))
    assert window(groups, None) == list(range(shown))  # the newest, with none open
    assert window(list(range(3)), 2) == [0, 1, 2]


def test_the_windows_chain_so_every_article_is_reached_from_the_newest():
    from explainer.site.nav import window

    groups, reached, frontier = list(range(500)), set(), [None]
    while frontier:
        for item in window(groups, frontier.pop()):
            if item not in reached:
                reached.add(item)
                frontier.append(item)
    assert reached == set(groups)


def test_the_all_articles_section_is_found_in_a_nav_by_its_index_page():
    from types import SimpleNamespace as Item

    from explainer.site.nav import INDEX, article_of, articles_section

    def page(path):
        return Item(file=Item(src_uri=path), children=None)

    groups = [Item(children=[page(f"articles/{slug}/index.md"), page(f"articles/{slug}/figures.md")]) for slug in "ab"]
    section = Item(children=[page(INDEX), *groups])
    link = Item(children=None)  # a nav entry pointing elsewhere has no file
    found = articles_section([page("index.md"), link, section])
    assert found == (section, section.children[0], groups, {"a": 0, "b": 1})
    assert articles_section([page("index.md"), link]) is None
    assert article_of("articles/b/people.md") == "b"
    assert article_of("articles/index.md") is None
