"""A page's schema.org data costs the same at 1 and at 50 articles.

Every page's JSON-LD used to walk every article (the build grew with articles x
pages). What a page needs from other articles is now gathered once per build
(``PageGraphs``); these tests count the article bundles a page's graph reads.
"""

from __future__ import annotations

from collections import Counter

import pytest

from explainer.bundle import ArticleBundle
from explainer.site import build_site
from explainer.site.schema_org import PageGraphs

QUOTED = "We will build {n} schools"
QUOTING_PAGE = "topic.md"


def make_project(root, articles: int):
    """``articles`` small seeds with a quoted speaker, and an editorial page quoting the first."""
    seeds, docs = root / "seeds", root / "docs"
    seeds.mkdir(parents=True)
    docs.mkdir()
    for n in range(1, articles + 1):
        text = (
            f"Minister Dara Sok{n} spoke in Phnom Penh on Monday about plan {n}.\n\n"
            f"“{QUOTED.format(n=n)} next year,” Sok{n} said.\n\n"
            f"The plan costs ${n} million, officials said.\n"
        )
        (seeds / f"story-{n:03d}.txt").write_text(text, encoding="utf-8")
    (docs / "index.md").write_text("# Home\n\nNo quotes here.\n", encoding="utf-8")
    (docs / QUOTING_PAGE).write_text(f'# Topic\n\n::: source "{QUOTED.format(n=1)}" seed=story-001\n', encoding="utf-8")
    return seeds, docs


def page_reads(tmp_path, articles: int, monkeypatch) -> dict[str, tuple[int, int, dict]]:
    """For each page of the first article and each editorial page: (distinct bundles read,
    bundle attribute reads, the graph), with the once-per-build index made beforehand."""
    seeds, docs = make_project(tmp_path / f"n{articles}", articles)
    site = build_site(seeds, docs_dir=docs)
    graphs = PageGraphs(site)
    pages = [f.path for f in site.files if f.path.startswith("articles/story-001/") and f.path.endswith(".md")]
    pages += ["index.md", QUOTING_PAGE]
    reads: Counter = Counter()
    plain = ArticleBundle.__getattribute__

    def counted(self, name):
        reads[id(self)] += 1
        return plain(self, name)

    results = {}
    with monkeypatch.context() as patch:
        patch.setattr(ArticleBundle, "__getattribute__", counted)
        for page in pages:
            reads.clear()
            graph = graphs.page_graph(
                page, url=f"https://example.org/{page}", title="T", description=None, site_name="S", site_url=""
            )
            results[page] = (len(reads), sum(reads.values()), graph)
    return results


@pytest.fixture(scope="module")
def reads_at(tmp_path_factory):
    monkeypatch = pytest.MonkeyPatch()
    root = tmp_path_factory.mktemp("scale")
    try:
        yield {n: page_reads(root, n, monkeypatch) for n in (1, 50)}
    finally:
        monkeypatch.undo()


def test_a_pages_graph_reads_the_same_bundles_at_1_and_50_articles(reads_at):
    one, fifty = reads_at[1], reads_at[50]
    assert set(one) == set(fifty)
    for page in one:
        assert fifty[page][:2] == one[page][:2], page
        assert fifty[page][0] <= 1, page  # its own article, or the one it quotes, or none


def test_the_counted_graphs_hold_the_quotes_they_show(reads_at):
    """The counts above are of real work: the article page and the quoting page
    carry the quotation, and a page quoting nothing is based on every article."""
    fifty = reads_at[50]
    for page in ("articles/story-001/index.md", QUOTING_PAGE):
        touched, _, graph = fifty[page]
        quotes = [node for node in graph["@graph"] if node["@type"] == "Quotation"]
        assert touched == 1
        assert [q["text"] for q in quotes] == [f"{QUOTED.format(n=1)} next year,"]
        assert quotes[0]["creator"]["name"].endswith("Sok1")
    _, _, home = fifty["index.md"]
    assert len(home["@graph"][0]["isBasedOn"]) == 50
