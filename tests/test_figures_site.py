"""The figures glossary, figure links, overview cards and downloads in the real built site."""

from __future__ import annotations

import csv
import io
import json
import re
from urllib.parse import urljoin, urlparse

import jsonschema
import pytest

from conftest import ROOT, SEED_SLUG, parse_html, run_mkdocs_build

SCHEMA = json.loads((ROOT / "schemas" / "figures.schema.json").read_text(encoding="utf-8"))
# Every figure of the seed and the paragraphs it appears in.
EXPECTED = {
    "fig-8000": [1, 4, 7],
    "fig-30000": [3],
    "fig-next-year": [1, 4, 7],
    "fig-december-16": [2],
    "fig-december-17": [12],
}
DESCRIPTIONS_OF_8000 = ["Cambodian workers", "[Cambodian] migrant workers", "interns"]


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def glossary(site_dir):
    return parse_html(site_dir / "articles" / SEED_SLUG / "figures" / "index.html")


@pytest.fixture(scope="module")
def figures_json(site_dir):
    return json.loads((site_dir / "articles" / SEED_SLUG / "figures.json").read_text(encoding="utf-8"))


def entry(glossary, anchor: str) -> list:
    """The elements of one glossary entry: its heading up to the next h2."""
    heading = glossary.select_one(f"h2#{anchor}")
    assert heading is not None, f"no glossary entry #{anchor}"
    parts = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        parts.append(sibling)
    return parts


def test_every_seed_figure_has_an_entry_linking_each_paragraph(glossary):
    entries = [h["id"] for h in glossary.select("h2[id^=fig-]")]
    assert sorted(entries) == sorted(EXPECTED)
    for anchor, paragraphs in EXPECTED.items():
        links = [a["href"] for part in entry(glossary, anchor) for a in part.select("ol li > a")]
        assert links == [f"../#p{n}" for n in paragraphs], anchor


def test_all_four_8000_and_30000_occurrences_are_on_the_page(glossary):
    marks = [normalise(m.get_text()) for m in glossary.select("ol li mark")]
    assert [m for m in marks if m.endswith(("8,000", "30,000"))] == [
        "another 8,000",
        "an additional 8,000",
        "an additional 8,000",
        "nearly 30,000",
    ]
    assert marks.count("next year") == 3
    assert "December 16" in marks and "December 17" in marks


def test_8000_is_flagged_as_described_inconsistently(glossary):
    warnings = [p for p in entry(glossary, "fig-8000") if "warning" in (p.get("class") or [])]
    assert len(warnings) == 1
    text = normalise(warnings[0].get_text())
    assert "Described inconsistently" in text
    for description in DESCRIPTIONS_OF_8000:
        assert f"“{description}”" in text
    others = [a for a in EXPECTED if a != "fig-8000"]
    assert not any("warning" in (p.get("class") or []) for a in others for p in entry(glossary, a))


def test_dates_are_shown_resolved(glossary):
    assert "2024" in normalise(" ".join(p.get_text() for p in entry(glossary, "fig-next-year")))
    shown = normalise(" ".join(p.get_text() for p in entry(glossary, "fig-december-16")))
    # in words, for readers: the ISO form is in the downloads
    assert "16 December 2023" in shown and "2023-12-16" not in shown


def test_glossary_links_its_data_at_its_foot_and_about_documents_the_fields(site_dir, glossary):
    footer = glossary.select_one("article p.ex-glossary-data")
    assert footer is not None and not footer.find_next_sibling(["p", "h2", "div", "table"])
    assert [a["href"] for a in footer.select("a")] == [
        "../figures.json",
        "../figures.csv",
        "../../../about/#data-fields",
    ]
    for name in ("figures.json", "figures.csv"):
        assert (site_dir / "articles" / SEED_SLUG / name).is_file()
    about = parse_html(site_dir / "about" / "index.html")
    documented = {
        normalise(code.get_text())
        for code in about.select("#data-fields ~ .ex-developer .md-typeset__scrollwrap table td:first-child code")
    }
    assert {
        "id",
        "kind",
        "qualifiers",
        "descriptions",
        "inconsistency",
        "occurrences",
        "paragraph",
        "counts",
        "speaker",
    } <= documented


def test_the_glossary_is_for_readers_every_entry_leads_with_its_finding(site_dir):
    """Every article's glossary: each entry's heading gives its finding; no developer
    furniture (field tables, character offsets, ISO dates) and no empty field."""
    slugs = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    entries = 0
    for slug in slugs:
        glossary = parse_html(site_dir / "articles" / slug / "figures" / "index.html")
        content = glossary.select_one("article.md-content__inner")
        for printed in content.select(".ex-print-only"):  # a printout's version line, not the glossary
            printed.decompose()
        text = normalise(content.get_text(" "))
        assert not content.select(".ex-developer, #downloads"), slug
        for word in ("Downloads and fields", "Fields of each", "offset", "start_in_article"):
            assert word not in text, (slug, word)
        assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), slug
        for heading in content.select("h2[id^=fig-]"):
            found = heading.select_one(".ex-finding")
            assert found is not None and len(normalise(found.get_text()).strip("· ")) >= 4, (slug, heading)
            entries += 1
        for item in content.select("h2[id^=fig-] ~ ul > li"):
            label, _, value = normalise(item.get_text()).partition(":")
            assert value.strip() and value.strip().lower() not in {"none", "-", "n/a"}, (slug, label)
    assert entries >= 5
    glossary = parse_html(site_dir / "articles" / SEED_SLUG / "figures" / "index.html")
    assert normalise(glossary.select_one("h2#fig-8000 .ex-finding").get_text()) == "· said 3 ways, never defined"
    assert normalise(glossary.select_one("h2#fig-next-year .ex-finding").get_text()) == "· read as 2024"


def test_figures_json_validates_and_holds_the_full_set(figures_json):
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(figures_json)
    found = {f["id"]: [o["paragraph"] for o in f["occurrences"]] for f in figures_json["figures"]}
    assert found == EXPECTED
    eight = next(f for f in figures_json["figures"] if f["id"] == "fig-8000")
    assert eight["descriptions"] == DESCRIPTIONS_OF_8000
    assert eight["inconsistency"] and "3 different ways" in eight["inconsistency"]
    next_year = next(f for f in figures_json["figures"] if f["id"] == "fig-next-year")
    assert next_year["resolved"] == "2024"
    assert figures_json["article"]["published_approximate"] is True


def test_figures_csv_has_every_occurrence(site_dir):
    text = (site_dir / "articles" / SEED_SLUG / "figures.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted((r["id"], int(r["paragraph"])) for r in rows) == sorted(
        (anchor, n) for anchor, paragraphs in EXPECTED.items() for n in paragraphs
    )


def test_every_figure_in_the_article_links_to_an_existing_glossary_entry(article_soup, glossary):
    links = article_soup.select("div.ex-para a.ex-figure")
    assert len(links) == sum(len(p) for p in EXPECTED.values()) == 9
    glossary_ids = {tag["id"] for tag in glossary.select("[id]")}
    page = "https://example.org/articles/cambodian-workers-japan/"
    for link in links:
        target = urlparse(urljoin(page, link["href"]))
        assert target.path == "/articles/cambodian-workers-japan/figures/"
        assert target.fragment in glossary_ids
    # figures inside quotes are still links, with the seed text intact
    quoted = [normalise(a.get_text()) for a in article_soup.select(".ex-quote a.ex-figure")]
    assert quoted == ["nearly 30,000", "an additional 8,000", "next year", "an additional 8,000", "next year"]
    by_paragraph = {
        block["id"]: [a["href"].split("#")[1] for a in block.select("a.ex-figure")]
        for block in article_soup.select("div.ex-para")
    }
    for anchor, paragraphs in EXPECTED.items():
        for n in paragraphs:
            assert anchor in by_paragraph[f"p{n}"]


def test_overview_shows_key_figure_cards_linking_the_glossary(site_dir, glossary):
    overview = parse_html(site_dir / "index.html")
    cards = overview.select(".ex-figure-cards li")
    values = [normalise(c.select_one(".ex-figure-card__value").get_text()) for c in cards]
    assert values == ["8,000", "30,000", "next year → 2024", "December 16 → 16 December 2023"]
    glossary_ids = {tag["id"] for tag in glossary.select("[id]")}
    for card in cards:
        href = card.select_one("a")["href"]
        path, _, fragment = href.partition("#")
        assert path == "articles/cambodian-workers-japan/figures/"
        assert fragment in glossary_ids
    assert "Described 3 different ways" in normalise(cards[0].get_text())


def test_explanation_with_an_unknown_key_stops_the_build(project_copy):
    path = project_copy / "seeds" / "cambodian-workers-japan.figures.yml"
    path.write_text(path.read_text(encoding="utf-8") + "\n'9000': |\n  No such figure.\n", encoding="utf-8")
    line = path.read_text(encoding="utf-8").splitlines().index("'9000': |") + 1
    result = run_mkdocs_build(project_copy, project_copy / "out")
    assert result.returncode != 0
    assert f"seeds/cambodian-workers-japan.figures.yml:{line}: no figure with key '9000'" in result.stderr
    assert "Traceback" not in result.stderr


def test_unknown_figure_in_cards_directive_stops_the_build(project_copy):
    index = project_copy / "docs" / "index.md"
    text = index.read_text(encoding="utf-8").replace(
        "::: figure-cards cambodian-workers-japan 8000", "::: figure-cards cambodian-workers-japan 8001"
    )
    index.write_text(text, encoding="utf-8")
    line = text.splitlines().index(next(row for row in text.splitlines() if "8001" in row)) + 1
    result = run_mkdocs_build(project_copy, project_copy / "out")
    assert result.returncode != 0
    assert (
        f"docs/index.md:{line}: figure-cards: article 'cambodian-workers-japan' has no figure '8001'" in result.stderr
    )
    assert "Traceback" not in result.stderr


def test_clicking_a_figure_opens_its_glossary_entry(site_dir):
    playwright = pytest.importorskip("playwright.sync_api")
    from browser import launch, serve

    with playwright.sync_playwright() as p, serve(site_dir) as base:
        browser = launch(p)
        try:
            page = browser.new_page()
            page.goto(base + f"articles/{SEED_SLUG}/")
            figure = page.locator("#p3 .ex-quote a.ex-figure")
            assert figure.inner_text() == "nearly 30,000"
            assert figure.is_visible()
            figure.click()
            page.wait_for_url("**/figures/#fig-30000")
            heading = page.locator("h2#fig-30000")
            assert heading.is_visible()
            assert heading.evaluate("h => h.getBoundingClientRect().top") < page.viewport_size["height"]
        finally:
            browser.close()


HOSTILE_FIGURES = [
    'He said "8,000](javascript:alert(1))" and *30,000* people came.',
    "<b>December 16</b>{: .evil } was next year{ #p1 } for [^1] the 50th time.",
    "Another 2,000 workers `$300` left --8<-- 1,000 riel {{ 5 }} behind.",
]


@pytest.fixture(scope="module")
def hostile_figures_site(tmp_path_factory):
    from conftest import build_with_extra_seed

    base = build_with_extra_seed(tmp_path_factory.mktemp("figures-hostile"), "figures-hostile", HOSTILE_FIGURES)
    return parse_html(base / "index.html"), parse_html(base / "figures" / "index.html"), base


def test_figures_in_hostile_text_link_without_creating_markup(hostile_figures_site):
    article, glossary, _ = hostile_figures_site
    texts = article.select("div.ex-para .ex-para__text")
    assert [normalise(t.get_text()) for t in texts] == HOSTILE_FIGURES
    glossary_ids = {tag["id"] for tag in glossary.select("[id]")}
    links = [a for t in texts for a in t.select("a")]
    assert {normalise(a.get_text()) for a in links} >= {
        "8,000",
        "30,000",
        "December 16",
        "next year",
        "50th",
        "Another 2,000",
    }
    for link in links:
        assert link.get("class") == ["ex-figure"]
        assert link["href"].startswith("figures/#fig-")
        assert link["href"].split("#")[1] in glossary_ids
    assert not article.select(".ex-para__text b, .ex-para__text code, .ex-para__text sup, .evil")


def test_glossary_without_metadata_leaves_relative_dates_unresolved(hostile_figures_site):
    _, glossary, base = hostile_figures_site
    text = normalise(" ".join(p.get_text() for p in entry(glossary, "fig-next-year")))
    assert "not resolved" in text and "publication date is not known" in text
    assert "No editors’ explanation yet" in normalise(glossary.get_text())
    marks = [normalise(m.get_text()) for m in glossary.select("ol li mark")]
    assert "8,000" in marks and "December 16" in marks
    data = json.loads((base / "figures.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(data)
    assert next(f for f in data["figures"] if f["key"] == "next-year")["resolved"] is None
