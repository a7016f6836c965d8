"""annotations.jsonld: the editors' notes as W3C Web Annotations, read as JSON-LD.

Contexts are served from tests/data by a document loader that refuses every
other address, so nothing is fetched at test time.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyld import jsonld

from conftest import ROOT, SEED_SLUG, parse_html
from explainer.text.seeds import find_seeds, load_article

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
LOCAL_CONTEXTS = {ANNO_CONTEXT: Path(__file__).parent / "data" / "anno.jsonld"}
OA, AS = "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/activitystreams#"
RDF_VALUE, DC_FORMAT = "http://www.w3.org/1999/02/22-rdf-syntax-ns#value", "http://purl.org/dc/elements/1.1/format"
BASE = f"https://example.org/site/articles/{SEED_SLUG}/annotations.jsonld"


def offline_loader(url, options=None):
    if url not in LOCAL_CONTEXTS:
        raise jsonld.JsonLdError(f"refusing to fetch {url}", "loading document failed", code="loading document failed")
    document = json.loads(LOCAL_CONTEXTS[url].read_text(encoding="utf-8"))
    return {"contextUrl": None, "documentUrl": url, "document": document}


@pytest.fixture(scope="module")
def raw(site_dir) -> dict:
    return json.loads((site_dir / "articles" / SEED_SLUG / "annotations.jsonld").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def graph(raw) -> dict[str, dict]:
    """The file expanded and flattened: every node by its absolute IRI."""
    flat = jsonld.flatten(raw, None, {"base": BASE, "documentLoader": offline_loader})
    return {node["@id"]: node for node in flat}


@pytest.fixture(scope="module")
def article_text() -> str:
    return load_article(next(s for s in find_seeds(ROOT / "seeds") if s.slug == SEED_SLUG)).text


def _one(node: dict, prop: str):
    [value] = node[prop]
    return value.get("@value", value.get("@id"))


def _annotations(graph):
    return [n for n in graph.values() if f"{OA}Annotation" in n.get("@type", [])]


def test_the_loader_never_fetches():
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand({"@context": "https://schema.org", "name": "x"}, {"documentLoader": offline_loader})


def test_collection_lists_every_note_in_order(graph, raw):
    [collection] = [n for n in graph.values() if f"{AS}OrderedCollection" in n.get("@type", [])]
    notes_file = (ROOT / "seeds" / f"{SEED_SLUG}.notes.md").read_text(encoding="utf-8")
    count = sum(1 for line in notes_file.splitlines() if line.startswith('## "'))
    assert _one(collection, f"{AS}totalItems") == count >= 12
    page = graph[_one(collection, f"{AS}first")]
    items = [item["@id"] for item in page[f"{AS}items"][0]["@list"]]
    assert len(items) == count == len(_annotations(graph))
    assert items[0] == BASE + "#note-1"


def test_every_annotation_targets_the_annotated_article_with_exact_selectors(graph, article_text):
    for annotation in _annotations(graph):
        assert _one(annotation, f"{OA}motivatedBy") == f"{OA}commenting"
        target = graph[_one(annotation, f"{OA}hasTarget")]
        assert _one(target, f"{OA}hasSource") == f"https://example.org/site/articles/{SEED_SLUG}/"
        selectors = {graph[s["@id"]]["@type"][0]: graph[s["@id"]] for s in target[f"{OA}hasSelector"]}
        quote, position = selectors[f"{OA}TextQuoteSelector"], selectors[f"{OA}TextPositionSelector"]
        start, end = int(_one(position, f"{OA}start")), int(_one(position, f"{OA}end"))
        exact = _one(quote, f"{OA}exact")
        assert 0 <= start < end <= len(article_text)
        assert article_text[start:end] == exact
        assert article_text[:start].endswith(_one(quote, f"{OA}prefix"))
        assert article_text[end:].startswith(_one(quote, f"{OA}suffix"))
        # the quote alone, with its context, finds the same place
        assert article_text.count(_one(quote, f"{OA}prefix") + exact + _one(quote, f"{OA}suffix")) == 1


def test_bodies_are_html_with_a_source_link(graph):
    for annotation in _annotations(graph):
        body = graph[_one(annotation, f"{OA}hasBody")]
        assert body["@type"] == [f"{OA}TextualBody"]
        assert _one(body, DC_FORMAT) == "text/html"
        html = _one(body, RDF_VALUE)
        assert html.startswith("<p>") and '<a href="https://' in html


def test_the_file_converts_to_rdf(raw):
    quads = jsonld.to_rdf(raw, {"base": BASE, "documentLoader": offline_loader, "format": "application/n-quads"})
    assert f"<{OA}hasSelector>" in quads


def test_about_page_links_the_file(site_dir):
    about = parse_html(site_dir / "about" / "index.html")
    links = [a["href"] for a in about.select("article a[href]")]
    assert f"../articles/{SEED_SLUG}/annotations.jsonld" in links


def test_no_published_file_names_the_folder_the_site_was_built_in(site_dir):
    """Evidence such as "confirmed by an editor in seeds/x.yml:49" names the file as the
    repository does; the build machine's folder (a home or runner path) is never published."""
    checked = [p for p in site_dir.rglob("*") if p.suffix in (".json", ".jsonld", ".csv", ".html")]
    assert len(checked) > 10
    leaks = [
        str(p.relative_to(site_dir)) for p in checked if str(ROOT) in p.read_text(encoding="utf-8", errors="replace")
    ]
    assert leaks == []
