"""Site search (Pagefind) in a real browser: a paragraph's words find and open that
paragraph, each filter narrows the results, the keyboard alone is enough, and the
open dialog passes axe in both palettes. Queries come from the built index, so
these hold for any seeds. The figures and people pages are indexed without the
article sentences they quote, so those words lead to the article alone."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, parse_html
from pagefind_index import fragments, paragraph_words
from test_browser_journeys import axe_violations

PARAGRAPH = re.compile(r"^(q\d+-)?p\d+$")
RESULT = ".md-search-result__link"


@pytest.fixture(scope="module")
def pages(site_dir) -> list[dict]:
    return fragments(site_dir)


def words_of(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 5]


def search(tab, query: str, key: str = "/") -> list[str]:
    """Open search with a shortcut, type, and return the result links (path#fragment)."""
    tab.keyboard.press(key)
    tab.keyboard.type(query, delay=10)
    tab.locator(f"{RESULT}, .md-search-result__meta:text-matches('No matching')").first.wait_for()
    return shown(tab)


def shown(tab) -> list[str]:
    tab.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('matching')")
    return [
        urlsplit(a.get_attribute("href")).path + "#" + urlsplit(a.get_attribute("href")).fragment
        for a in tab.locator(RESULT).all()
    ]


def choose(tab, name: str, value: str) -> list[str]:
    filters = tab.locator(".ex-search-filters")
    if filters.get_attribute("open") is None:
        filters.locator("summary").click()
    select = tab.locator(f".ex-search-filters select[name={name}]")
    tab.wait_for_function(
        "([n, v]) => [...document.querySelector(`select[name=${n}]`).options].some(o => o.value === v)",
        arg=[name, value],
    )
    before = tab.locator(".md-search-result__list").inner_html()
    select.select_option(value)
    tab.wait_for_function("b => document.querySelector('.md-search-result__list').innerHTML !== b", arg=before)
    return shown(tab)


def page_of(pages: list[dict], link: str) -> dict:
    path = link.partition("#")[0]
    return max((p for p in pages if path.endswith(p["url"])), key=lambda p: len(p["url"]))


def test_a_paragraphs_words_find_it_and_open_it_highlighted(page, pages):
    articles = [p for p in pages if p["filters"].get("kind") == ["Article"]]
    assert articles, "no annotated article in the index"
    for article in articles:
        anchor = max((a for a in article["anchors"] if PARAGRAPH.match(a["id"])), key=lambda a: a["location"])
        words = words_of(paragraph_words(article, anchor["id"]))[:4]
        page.goto(page.base, wait_until="networkidle")
        links = search(page, " ".join(words))
        target = next((link for link in links if link.endswith(article["url"] + "#" + anchor["id"])), None)
        assert target, (words, links)
        with page.expect_navigation():
            page.locator(f"{RESULT}[href$='#{anchor['id']}']").first.click()
        assert urlsplit(page.url).fragment == anchor["id"]
        marks = page.locator(f"#{anchor['id']} mark")
        marks.first.wait_for(state="attached")
        assert marks.first.inner_text().lower() in {w.lower() for w in words}


def _narrowing_word(pages, keep) -> str:
    """A word found both on a page (or paragraph) the filter keeps and on one it drops."""
    counts: dict[str, tuple[bool, bool]] = {}
    for page in pages:
        for place_words, kept in keep(page):
            for word in set(w.lower() for w in words_of(place_words)):
                yes, no = counts.get(word, (False, False))
                counts[word] = (yes or kept, no or not kept)
    both = sorted(w for w, (yes, no) in counts.items() if yes and no)
    assert both, "no word to test this filter with"
    return both[0]


def test_each_filter_narrows_the_results(page, pages):
    article = next(p for p in pages if p["filters"].get("kind") == ["Article"])
    title = article["filters"]["article"][0]
    speaker = sorted(article["filters"]["speaker"])[0]

    def speakers_at(page):
        return [
            (paragraph_words(page, a["id"]), speaker in page["meta"].get(f"speakers-{a['id']}", "").split("|"))
            for a in page["anchors"]
            if PARAGRAPH.match(a["id"])
        ]

    cases = [
        ("kind", "Article", lambda p: [(p["content"], p["filters"].get("kind") == ["Article"])]),
        ("article", title, lambda p: [(p["content"], title in p["filters"].get("article", []))]),
        ("speaker", speaker, speakers_at),
    ]
    for name, value, keep in cases:
        word = _narrowing_word(pages, keep)
        page.goto(page.base, wait_until="networkidle")
        everything = search(page, word)
        narrowed = choose(page, name, value)
        # the filter keeps only what it matches: some unfiltered results did not, and none of
        # the filtered ones fails it (the lists are the first results of each search, so a
        # filtered one may be a page the unfiltered list had no room for)
        assert narrowed, (name, word)
        assert any(not _keeps(pages, keep, link) for link in everything), (name, word, everything)
        for link in narrowed:
            found = page_of(pages, link)
            if name == "speaker":
                said = found["meta"].get("speakers-" + link.partition("#")[2], "")
                assert speaker in said.split("|"), (link, said)
            else:
                assert value in found["filters"].get(name, []), (link, found["filters"])


def _keeps(pages, keep, link: str) -> bool:
    """Whether the filter's rule keeps the result at ``link`` (a page or one of its paragraphs)."""
    found = page_of(pages, link)
    anchor = link.partition("#")[2]
    kept = keep(found)
    if not kept:  # no paragraph of the page has a speaker: the speaker filter drops it
        return False
    if len(kept) == 1 or not anchor:
        return kept[0][1]
    ids = [a["id"] for a in found["anchors"] if PARAGRAPH.match(a["id"])]
    return dict(zip(ids, (k for _, k in kept), strict=False)).get(anchor, False)


def test_search_by_keyboard_alone(page, pages):
    article = next(p for p in pages if p["filters"].get("kind") == ["Article"])
    word = words_of(article["content"])[-1]
    page.goto(page.base + article["url"].lstrip("/").removeprefix(urlsplit(page.base).path.lstrip("/")))
    page.wait_for_load_state("networkidle")
    links = search(page, word, key="s")
    assert links and page.evaluate("document.getElementById('__search').checked")
    page.keyboard.press("ArrowDown")
    href = page.evaluate("document.activeElement.getAttribute('href')")
    assert urlsplit(href).path + "#" + urlsplit(href).fragment == links[0]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == href
    page.keyboard.press("f")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Escape")
    assert not page.evaluate("document.getElementById('__search').checked")


@pytest.mark.parametrize("palette", ["light", "dark"])
def test_the_open_search_dialog_passes_axe(browser, served_site, pages, palette):
    context = browser.new_context(color_scheme=palette, viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(served_site, wait_until="networkidle")
        assert tab.get_attribute("body", "data-md-color-scheme") == {"light": "default", "dark": "slate"}[palette]
        article = next(p for p in pages if p["filters"].get("kind") == ["Article"])
        assert search(tab, words_of(article["content"])[0])
        tab.locator(".ex-search-filters summary").click()
        tab.wait_for_function("document.querySelector('select[name=kind]').options.length > 1")
        assert axe_violations(tab) == []
    finally:
        context.close()


# --- what the figures and people pages index --------------------------------------------


def _seeds() -> list[tuple[str, list[str]]]:
    """Every article in seeds/: its slug and its paragraphs, whitespace folded."""
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert seeds, "no article in seeds/"
    return [
        (seed.stem, [" ".join(p.split()) for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()])
        for seed in seeds
    ]


def _excerpts(site_dir, slug: str, kind: str, paragraphs: list[str]) -> list[tuple[int, str]]:
    """The article sentences a figures or people page quotes, as a reader sees them: each
    list item that links to a paragraph of the article, the words after its "…): ", no
    trailing ellipsis. Each is checked to be words of the paragraph it links to."""
    soup = parse_html(site_dir / "articles" / slug / kind / "index.html")
    found = []
    for item in soup.select("article li"):
        link = item.find("a", href=re.compile(r"^\.\./#p\d+$"))
        if link is None or not item.get_text().startswith(link.get_text()):
            continue
        number = int(link["href"].rpartition("#p")[2])
        text = " ".join(item.get_text().split())
        excerpt = re.sub(r"^.*?\)?: ", "", text[len(link.get_text()) :], count=1).removesuffix("…").strip()
        assert excerpt and excerpt in paragraphs[number - 1], (slug, kind, number, excerpt)
        found.append((number, excerpt))
    return found


def test_figures_and_people_pages_index_no_paragraph_excerpt_but_every_name(site_dir, pages):
    by_url = {page["url"]: page for page in pages}
    for slug, paragraphs in _seeds():
        article = by_url[f"/articles/{slug}/"]
        figures = json.loads((site_dir / "articles" / slug / "figures.json").read_text(encoding="utf-8"))
        voices = json.loads((site_dir / "articles" / slug / "voices.json").read_text(encoding="utf-8"))
        quoted = {
            "figures": sum(len(figure["occurrences"]) for figure in figures["figures"]),
            "people": sum(len(p["speakers"]) for p in voices["paragraphs"]),
        }
        names = {
            "figures": [figure["value"] for figure in figures["figures"]],
            "people": [entity["name"] for entity in voices["entities"]],
        }
        for kind in ("figures", "people"):
            content = by_url[f"/articles/{slug}/{kind}/"]["content"]
            excerpts = _excerpts(site_dir, slug, kind, paragraphs)
            # every occurrence of a figure, every paragraph a person speaks in, shows one
            assert len(excerpts) == quoted[kind], (slug, kind, excerpts)
            for number, excerpt in excerpts:
                assert excerpt in article["content"], (slug, number, excerpt)  # the comparison can match
                assert excerpt not in content, (slug, kind, number, excerpt)
            for name in names[kind]:
                assert name in content, (slug, kind, name)


def test_a_quoted_sentences_words_find_the_article_not_its_copies(page, pages, site_dir):
    """Words of a sentence the figures or people page quotes find that paragraph of the
    annotated article, and neither page that quotes it."""
    by_url = {p["url"]: p for p in pages}
    checked = 0
    for slug, paragraphs in _seeds():
        copies = [f"/articles/{slug}/{kind}/" for kind in ("figures", "people")]
        quoted_in = " ".join(by_url[url]["content"] for url in copies).lower()
        candidates = _excerpts(site_dir, slug, "figures", paragraphs) + _excerpts(site_dir, slug, "people", paragraphs)
        for number, excerpt in candidates:
            words = [w for w in dict.fromkeys(words_of(excerpt)) if w.lower() not in quoted_in][:3]
            if len(words) < 2:
                continue
            page.goto(page.base, wait_until="networkidle")
            links = search(page, " ".join(words))
            assert any(link.endswith(f"/articles/{slug}/#p{number}") for link in links), (words, links)
            assert not [link for link in links for url in copies if link.partition("#")[0].endswith(url)], links
            checked += 1
            break
    assert checked, "no quoted sentence to search for"
