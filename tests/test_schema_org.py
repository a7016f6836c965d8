"""schema.org JSON-LD in every page (at the end of its body, after what a reader sees
first: bench/README.md, "A slow phone"): the page as an Article based on the source
NewsArticle, and each quoted passage it shows as a Quotation with its speaker."""

from __future__ import annotations

import copy
import json
import re

import yaml

from browser import page_paths
from conftest import ROOT, SEED_SLUG, parse_html, run_mkdocs_build

META = yaml.safe_load((ROOT / "seeds" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"))
SEED_TEXT = " ".join((ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8").split())


def head_graph(html_path) -> list[dict]:
    soup = parse_html(html_path)
    [script] = soup.select('script[type="application/ld+json"]')
    # search engines read it anywhere; at the end it comes after the page's first text
    assert script.find_parent("body") is not None and not script.find_next_sibling(["main", "div", "footer"])
    data = json.loads(script.string)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def article_words(block) -> str:
    """A paragraph block's article text, without note markers and notes."""
    block = copy.copy(block)
    for extra in block.select(".ex-note-ref, .ex-notes"):
        extra.decompose()
    return " ".join(block.get_text().split())


def of_type(graph, kind: str) -> list[dict]:
    return [node for node in graph if node["@type"] == kind]


def seed_metadata() -> dict[str, dict]:
    """Every article in seeds/ by slug: its metadata file, or None without one."""
    return {
        path.stem: yaml.safe_load(path.with_suffix(".yml").read_text(encoding="utf-8"))
        if path.with_suffix(".yml").exists()
        else None
        for path in (ROOT / "seeds").glob("*.txt")
    }


def assert_news_article(source: dict, meta: dict | None) -> None:
    """The NewsArticle node says what the seed's metadata says, and no more."""
    assert source["@type"] == "NewsArticle"
    if meta is None:
        assert "publisher" not in source and "url" not in source
        return
    assert source["@id"] == source["url"] == meta["url"]
    assert source["headline"] == meta["title"]
    assert source["publisher"]["name"] == meta["outlet"]
    if meta.get("published_approximate"):
        assert "datePublished" not in source
    else:
        assert source["datePublished"] == str(meta["published"])


def test_every_page_is_an_article_based_on_the_news_reports(site_dir):
    metas = seed_metadata()
    pages = [p for p in page_paths(site_dir) if p != "404.html"]
    assert len(pages) >= 6 + 3 * len(metas)
    for path in pages:
        [article] = of_type(
            head_graph(site_dir / path / "index.html" if not path.endswith(".html") else site_dir / path), "Article"
        )
        assert article["url"].endswith("/" + path)
        sources = article["isBasedOn"]
        assert sources, path
        own = [slug for slug in metas if path.startswith(f"articles/{slug}/")]
        if own:  # an article's own pages are based on that article alone
            [source] = sources
            assert_news_article(source, metas[own[0]])
        for source in sources:
            matching = [m for m in metas.values() if (m and m["url"]) == source.get("url")]
            assert matching or "url" not in source, (path, source)
            assert_news_article(source, matching[0] if matching else None)


def test_every_page_headline_is_its_h1_in_json_that_cannot_end_the_script(site_dir):
    """The Article's headline is what the reader sees as the page's H1 (on an annotated
    article, the news report's headline, not "Annotated article"), and the JSON-LD is
    valid JSON with no characters that could end its script element."""
    pages = [p for p in page_paths(site_dir) if p != "404.html"]
    articles = [p for p in pages if re.fullmatch(r"articles/[^/]+/", p)]
    assert len(articles) == len(seed_metadata()) >= 1
    for path in pages:
        soup = parse_html(site_dir / path / "index.html")
        [script] = soup.select('script[type="application/ld+json"]')
        raw = script.string
        assert not re.search(r"</|<!--|<script|\u2028|\u2029", raw, re.IGNORECASE), path
        [article] = of_type(json.loads(raw)["@graph"], "Article")
        h1 = soup.select_one("article h1")
        for permalink in h1.select("a.headerlink"):
            permalink.decompose()
        assert article["headline"] == " ".join(h1.get_text().split()), path
        if path in articles:
            meta = seed_metadata()[path.split("/")[1]]
            assert article["headline"] != "Annotated article"
            assert meta is None or article["headline"] == meta["title"], path


def test_annotated_article_declares_every_quote_with_its_speaker(site_dir, article_soup):
    graph = head_graph(site_dir / "articles" / SEED_SLUG / "index.html")
    quotations = of_type(graph, "Quotation")
    assert len(quotations) == len(article_soup.select(".ex-quote")) == 7
    by_text = {q["text"]: q for q in quotations}
    for quotation in quotations:
        assert quotation["text"] in SEED_TEXT
        assert quotation["isPartOf"] == {"@id": META["url"]}
        fragment = quotation["url"].rsplit("#", 1)[1]
        block = article_soup.select_one(f"div.ex-para#{fragment}")
        assert quotation["text"] in article_words(block)
    creators = {q["text"].split()[0] + " " + q["text"].split()[1]: q["creator"]["name"] for q in quotations}
    assert creators["Cambodia currently"] == "Moeun Tola"
    assert creators["Our goal"] == "Hun Manet"
    assert {q["creator"]["@type"] for q in by_text.values()} == {"Person"}


def test_topic_page_declares_the_quotes_it_pulls_in(site_dir):
    path = site_dir / "plans" / "index.html"
    soup = parse_html(path)
    quotations = of_type(head_graph(path), "Quotation")
    assert quotations, "the plans page quotes the article"
    for quotation in quotations:
        block = soup.select_one(f'[id="{quotation["url"].rsplit("#", 1)[1]}"]')
        assert block is not None and quotation["text"] in article_words(block)
        assert quotation["creator"]["name"] == "Hun Manet"


def test_seed_text_cannot_close_the_script_element(project_copy, tmp_path):
    seed = project_copy / "seeds" / f"{SEED_SLUG}.txt"
    hostile = "“Workers </script><script>alert(1)</script> & <!-- matter,” he said."
    seed.write_text(seed.read_text(encoding="utf-8") + "\n\n" + hostile + "\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run_mkdocs_build(project_copy, out)
    assert result.returncode == 0, result.stderr
    html = (out / "articles" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    head = html.split("</head>", 1)[0]
    assert "alert(1)</script>" not in head
    quotations = of_type(head_graph(out / "articles" / SEED_SLUG / "index.html"), "Quotation")
    assert "Workers </script><script>alert(1)</script> & <!-- matter," in [q["text"] for q in quotations]
