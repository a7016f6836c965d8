"""Search on a large site: past SHARD_ARTICLES articles the site is indexed in
shards, one Pagefind run each (Pagefind's memory grows with what one run holds).
The browser searches the last shard first and shows its results, then the primary
index with the other shards merged into it. Checked on the seeds plus two corpus
copies indexed one article per shard: every page in exactly one index, the last
shard's results show while the rest of the index cannot load yet, and a reader's
search and filters reach the articles in every shard."""

from __future__ import annotations

import json
import re
import sys
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, copy_project, run_mkdocs_build
from explainer.site.search_index import OUTPUT, SHARDS_FILE, index_site, shards
from pagefind_index import fragments

sys.path.insert(0, str(ROOT / "bench"))

from corpus import make_corpus  # noqa: E402


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    """The project's seeds and two corpus copies, built, then indexed one article a shard."""
    work = tmp_path_factory.mktemp("shards")
    project = copy_project(work / "project")
    slugs = make_corpus(project, 3)
    site = work / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    assert json.loads((site / OUTPUT / SHARDS_FILE).read_text(encoding="utf-8")) == []  # 3 articles: one index
    index_site(site, per_shard=1)
    return site, slugs


def indexes(site) -> dict[str, list[dict]]:
    shards = json.loads((site / OUTPUT / SHARDS_FILE).read_text(encoding="utf-8"))
    return {OUTPUT: fragments(site), **{shard: fragments(site, f"{OUTPUT}/{shard}") for shard in shards}}


def articles_of(site) -> list[str]:
    """The site's article folders, in the order the shards take them."""
    return sorted(p.parent.name for p in (site / "articles").glob("*/index.html"))


def test_every_page_is_in_exactly_one_index(corpus_site):
    site, _ = corpus_site
    found = indexes(site)
    folders = articles_of(site)
    assert list(found)[1:] == [f"shard-{n}/" for n in range(1, len(folders))]
    urls = [page["url"] for pages in found.values() for page in pages]
    assert len(urls) == len(set(urls))
    searchable = {
        "/" + p.relative_to(site).as_posix().removesuffix("index.html")
        for p in site.rglob("*.html")
        if "data-pagefind-body" in p.read_text(encoding="utf-8")
    }
    assert set(urls) == searchable
    for shard, folder in zip(list(found)[1:], folders[1:], strict=True):  # one article a shard, after the first
        assert {page["url"].split("/")[2] for page in found[shard]} == {folder}


RESULT = ".md-search-result__link"


def settled(tab) -> None:
    """Wait until every part of the index is searched and the list says so."""
    tab.wait_for_function(
        "document.querySelector('.md-search-result__list').getAttribute('aria-busy') === 'false'"
        " && document.querySelector('.md-search-result__meta').textContent.includes('matching')"
    )


def paths(tab) -> set[str]:
    """The results' paths, read in one pass (a list redrawn between reads cannot time out)."""
    return {
        urlsplit(href).path
        for href in tab.eval_on_selector_all(RESULT, "els => els.map((e) => e.getAttribute('href'))")
    }


def test_the_last_shard_holds_fewest_articles(tmp_path):
    for count, per_shard, lead, sizes in ((7, 3, 2, [3, 2, 2]), (9, 3, 5, [3, 3, 3]), (3, 1, 100, [1, 1, 1])):
        for number in range(count):
            (tmp_path / f"a{count}" / "articles" / f"x{number:02}").mkdir(parents=True)
            (tmp_path / f"a{count}" / "articles" / f"x{number:02}" / "index.html").write_text("<p>x</p>")
        runs = shards(tmp_path / f"a{count}", per_shard, lead)
        assert [len([r for r in run if r.startswith("articles/")]) for run in runs] == sizes


def test_the_last_shard_shows_first_and_the_others_follow(corpus_site, browser):
    """While the primary index cannot load, the last shard's pages show; once it can,
    pages only the other indexes hold join the list, and the result the reader moved
    onto keeps the focus."""
    from browser import serve

    site, _ = corpus_site
    found = indexes(site)
    names = list(found)
    lead = {page["url"] for page in found[names[-1]]}
    others = {name: {page["url"] for page in found[name]} for name in names[:-1]}
    texts = {page["url"]: page["content"].lower() for pages in found.values() for page in pages}
    lead_text = next(texts[url] for url in sorted(lead) if url.count("/") == 3)  # the article page

    def holding(word: str) -> set[str]:
        return {url for url, text in texts.items() if re.search(rf"\b{word}\b", text)}

    # a word of the last article that pages of every other index hold too, few enough to list all
    word = next(
        w
        for w in sorted(set(re.findall(r"[a-z]{6,}", lead_text)))
        if len(holding(w)) <= 6 and all(holding(w) & urls for urls in others.values())
    )
    primary_meta = re.compile(rf"/{OUTPUT}/pagefind\.[^/]+\.pf_meta$")
    held = []
    with serve(site) as base:
        tab = browser.new_page()
        errors = []
        tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
        tab.route(lambda url: bool(primary_meta.search(urlsplit(url).path)), lambda route: held.append(route))
        tab.goto(base, wait_until="networkidle")
        tab.keyboard.press("/")
        tab.keyboard.type(word, delay=10)
        tab.locator(RESULT).first.wait_for()
        first = paths(tab)
        busy = tab.locator(".md-search-result__list").get_attribute("aria-busy")
        tab.keyboard.press("ArrowDown")  # the reader moves onto the first result
        chosen = tab.evaluate("document.activeElement.href")
        assert held, "the primary index was never asked for"
        for route in held:
            route.continue_()
        tab.unroute("**/*")
        settled(tab)
        last = paths(tab)
        focused = tab.evaluate("document.activeElement.href")
        tab.close()
    assert chosen and focused == chosen  # redrawn with the other pages, the result keeps the focus
    assert busy == "true"
    assert first and first <= lead, first  # only the last shard's pages, before the rest could load
    for name, urls in others.items():
        assert holding(word) & urls & last, (name, last)  # then pages only the other indexes hold
    assert errors == []


def test_a_search_finds_paragraphs_in_a_shard_and_filters_list_every_article(corpus_site, browser):
    from browser import serve

    site, _ = corpus_site
    found = indexes(site)
    folders = articles_of(site)  # the last one sits in the last shard
    last = next(page for page in found[list(found)[-1]] if page["url"] == f"/articles/{folders[-1]}/")
    elsewhere = " ".join(
        page["content"]
        for pages in found.values()
        for page in pages
        if page["url"].startswith("/articles/") and page["url"].split("/")[2] != folders[-1]
    )
    word = next(w for w in re.findall(r"[A-Za-z]{5,}", last["content"]) if w not in elsewhere)
    with serve(site) as base:
        tab = browser.new_page()
        errors = []
        tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
        tab.goto(base, wait_until="networkidle")
        tab.keyboard.press("/")
        tab.keyboard.type(word, delay=10)
        settled(tab)
        # the list may still be redrawn for the last letters typed: wait for a paragraph of the
        # last shard's article among the results, read in one pass (a timeout fails the test)
        tab.wait_for_function(
            """(path) => [...document.querySelectorAll('.md-search-result__link')].some((a) => {
                const url = new URL(a.href);
                return url.pathname === path && /^#p\\d+$/.test(url.hash);
            })""",
            arg=f"/articles/{folders[-1]}/",
        )
        tab.locator(".ex-search-filters summary").click()
        tab.wait_for_function("document.querySelectorAll('.ex-search-filters select[name=article] option').length > 1")
        options = tab.locator(".ex-search-filters select[name=article] option").all_text_contents()
        tab.close()
    assert len(options) == 1 + len(folders), options  # "All articles" and each article, from every shard
    assert errors == []
