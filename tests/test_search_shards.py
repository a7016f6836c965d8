"""Search on a large site: past SHARD_ARTICLES articles the site is indexed in
shards, one Pagefind run each (Pagefind's memory grows with what one run holds),
and the browser merges them into one search. Checked on the seeds plus two corpus
copies indexed one article per shard: every page in exactly one index, and a reader's
search and filters reach the articles in the shards."""

from __future__ import annotations

import json
import re
import sys
from urllib.parse import urlsplit

import pytest

from conftest import ROOT, copy_project, run_mkdocs_build
from explainer.site.search_index import OUTPUT, SHARDS_FILE, index_site
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
        tab.wait_for_function("document.querySelector('.md-search-result__meta').textContent.includes('matching')")
        links = [urlsplit(a.get_attribute("href")) for a in tab.locator(".md-search-result__link").all()]
        assert any(link.path == f"/articles/{folders[-1]}/" and re.match(r"^p\d+$", link.fragment) for link in links)
        tab.locator(".ex-search-filters summary").click()
        tab.wait_for_function("document.querySelectorAll('.ex-search-filters select[name=article] option').length > 1")
        options = tab.locator(".ex-search-filters select[name=article] option").all_text_contents()
        tab.close()
    assert len(options) == 1 + len(folders), options  # "All articles" and each article, from every shard
    assert errors == []
