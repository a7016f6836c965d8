"""One People & organisations index across articles (``people.md``): every person
once, their role(s), and per article every paragraph they speak in, linked."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import pytest

from conftest import ROOT, copy_project, parse_html, run_mkdocs_build
from explainer.site.build import check_site

SLUGS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def resolve(page: str, href: str) -> tuple[str, str]:
    """(site path of the target page, fragment) of a link on the page at ``page``."""
    parts = urlsplit(urljoin(f"https://x/{page}", href))
    return parts.path.lstrip("/"), parts.fragment


def section(soup, anchor: str) -> list:
    """The elements of a people entry: from its h3 to the next heading."""
    heading = soup.find(id=anchor)
    found = []
    for sibling in heading.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        found.append(sibling)
    return found


def speaks_in(site, slug: str, key: str) -> list[str]:
    """Paragraph anchors an article's own people page lists its entity speaking in."""
    soup = parse_html(site / "articles" / slug / "people" / "index.html")
    # the list sits in the entry, or in its wrapper that site search skips (``ex-person-paragraphs``)
    lists = [ul for part in section(soup, key) for ul in ([part] if part.name == "ul" else part.select("ul"))]
    return [a["href"].split("#")[1] for ul in lists for a in ul.select("a")]


def index_links(site, anchor: str) -> dict[str, list[str]]:
    """Per article slug, the paragraph anchors the index entry says they speak in."""
    found: dict[str, list[str]] = {}
    soup = parse_html(site / "people" / "index.html")
    for item in (li for part in section(soup, anchor) for li in part.select("li")):
        for link in item.select("a[href]"):
            path, fragment = resolve("people/", link["href"])
            said = link.find_previous(string=re.compile("speaks in|mentioned in"))
            if fragment.startswith("p") and fragment[1:].isdigit() and "speaks in" in said:
                found.setdefault(path.split("/")[1], []).append(fragment)
    return found


def test_every_entry_of_every_article_is_in_the_index_once(site_dir):
    soup = parse_html(site_dir / "people" / "index.html")
    targets = [resolve("people/", a["href"]) for a in soup.select("article li a[href]")]
    for slug in SLUGS:
        people = parse_html(site_dir / "articles" / slug / "people" / "index.html")
        keys = [h["id"] for h in people.select("article h3[id]")]
        for key in keys:
            assert targets.count((f"articles/{slug}/people/", key)) == 1, f"{slug}#{key}"
    assert len(soup.select("article h3[id]")) <= sum(
        len(parse_html(site_dir / "articles" / s / "people" / "index.html").select("article h3[id]")) for s in SLUGS
    )


def test_a_name_in_several_articles_is_one_entry_listing_them_all(site_dir):
    """On the real seeds (with `make test-extra`, Moeun Tola is in two articles)."""
    articles: dict[str, dict[str, str]] = {}
    for slug in SLUGS:
        people = parse_html(site_dir / "articles" / slug / "people" / "index.html")
        for heading in people.select("article h3[id]"):
            articles.setdefault(heading.get_text(" ", strip=True).rstrip("¶ "), {})[slug] = heading["id"]
    index = parse_html(site_dir / "people" / "index.html")
    headings = [h.get_text(" ", strip=True).rstrip("¶ ") for h in index.select("article h3[id]")]
    for name, places in articles.items():
        assert headings.count(name) == 1, name
        anchor = index.select("article h3[id]")[headings.index(name)]["id"]
        links = index_links(site_dir, anchor)
        for slug, key in places.items():
            assert links.get(slug, []) == speaks_in(site_dir, slug, key), (name, slug)


def a_speaker(project):
    """The person who speaks in the most paragraphs of any seed, with their article."""
    site = check_site(project / "seeds")
    ranked = [(len(b.voices.speaks_in(e.key)), b.slug, e) for b in site.bundles for e in b.voices.people]
    count, slug, entity = max(ranked, key=lambda item: item[0])
    assert count, "no seed quotes anyone"
    return slug, entity


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """Two more articles quoting a person of the seeds: one by the same name, one by
    another spelling that its metadata joins with ``same_as``."""
    project = copy_project(tmp_path_factory.mktemp("shared") / "project")
    slug, person = a_speaker(project)
    variant = person.name + "h"
    seeds = project / "seeds"
    (seeds / "zz-follow-up.txt").write_text(
        "Officials met again on Monday to review the plan.\n\n"
        f'"The numbers have not changed since December," said {person.name}.\n\n'
        "The meeting ended without a statement.\n",
        encoding="utf-8",
    )
    (seeds / "zz-interview.txt").write_text(
        f'"We are still waiting for answers," said {variant}.\n\nNo date was set for the next meeting.\n',
        encoding="utf-8",
    )
    (seeds / "zz-interview.yml").write_text(
        "title: A second interview\noutlet: Test Weekly\nurl: https://example.org/interview\n"
        f"published: 2024-02-01\npeople:\n  - name: {variant}\n    same_as: {person.name}\n",
        encoding="utf-8",
    )
    out = project / "site"
    result = run_mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out, slug, person


def test_a_person_in_three_articles_has_one_entry_listing_each(shared):
    site, slug, person = shared
    soup = parse_html(site / "people" / "index.html")
    assert [h.get_text(" ", strip=True).rstrip("¶ ") for h in soup.select("h3")].count(person.name) == 1
    links = index_links(site, person.key)
    assert links == {
        slug: speaks_in(site, slug, person.key),
        "zz-follow-up": ["p2"],
        "zz-interview": ["p1"],
    }
    for article, anchors in links.items():
        page = parse_html(site / "articles" / article / "index.html")
        for anchor in anchors:
            label = page.find(id=anchor).select_one(".ex-speaker").get_text(" ")
            assert person.name.split()[-1] in label  # the paragraph does name them as its speaker


def test_a_same_as_that_names_nobody_stops_the_build(project_copy, tmp_path):
    (project_copy / "seeds" / "zz-lonely.txt").write_text('"Hello," said Nobody Known.\n', encoding="utf-8")
    (project_copy / "seeds" / "zz-lonely.yml").write_text(
        "title: T\noutlet: O\nurl: https://example.org/t\npublished: 2024-01-01\n"
        "people:\n  - name: Nobody Known\n    same_as: Somebody Else Entirely\n",
        encoding="utf-8",
    )
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "seeds/zz-lonely.yml: 'Nobody Known': same_as 'Somebody Else Entirely' names no person" in result.stderr


def test_following_the_index_lands_on_the_paragraphs_in_two_articles(shared, browser):
    from browser import serve

    site, slug, person = shared
    with serve(site) as base:
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        tab = context.new_page()
        for article in (slug, "zz-follow-up"):
            tab.goto(base + "people/")
            entry = tab.locator(f"h3#{person.key} ~ ul").first
            link = entry.locator(f'li:has(a[href*="articles/{article}/"]) a[href*="#p"]').last
            target = link.get_attribute("href").split("#")[1]
            link.click()
            tab.wait_for_url(f"**/articles/{article}/#{target}")
            paragraph = tab.locator(f"#{target}")
            assert paragraph.is_visible()
            box = paragraph.bounding_box()
            assert box is not None and 0 <= box["y"] < 900  # scrolled to it
            assert person.name.split()[-1] in paragraph.locator(".ex-speaker").inner_text()
        context.close()
