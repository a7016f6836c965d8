"""``::: source`` through real builds: errors name file:line, variants still match,
and an article dropped into seeds/ on its own shows its speakers."""

from __future__ import annotations

import pytest

from conftest import ROOT, SEED_SLUG, copy_project, parse_html, run_mkdocs_build
from test_voices import FACTORY


def add_lines(project, page: str, *lines: str) -> int:
    """Append lines to a docs page; returns the file line of the first one."""
    path = project / "docs" / page
    text = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    first = text.count("\n") + 1
    path.write_text(text + "\n\n".join(lines) + "\n", encoding="utf-8")
    return first


def failing_build(project, tmp_path) -> str:
    result = run_mkdocs_build(project, tmp_path / "out")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    return result.stderr


def test_phrase_not_in_the_article_stops_with_file_line_and_closest_passage(project_copy, tmp_path):
    # seed= keeps the message to this article's paragraphs, whatever else is in seeds/
    line = add_lines(project_copy, "plans.md", f'::: source "we aim to boost [Cambodian] migrant workers" {SEED_SLUG}')
    stderr = failing_build(project_copy, tmp_path)
    assert (
        f'docs/plans.md:{line}: phrase "we aim to boost [Cambodian] migrant workers" is not in the article; '
        "closest passage (¶4):"
    ) in stderr
    assert "increase [Cambodian] migrant workers" in stderr


def test_phrase_found_twice_stops_with_file_line_and_places(project_copy, tmp_path):
    line = add_lines(project_copy, "critique.md", f'::: source "8,000" seed={SEED_SLUG}')
    stderr = failing_build(project_copy, tmp_path)
    assert f'docs/critique.md:{line}: phrase "8,000" occurs 3 times (¶1, ¶4, ¶7)' in stderr


def test_unknown_seed_and_missing_phrase_are_explained(project_copy, tmp_path):
    line = add_lines(project_copy, "summit.md", '::: source "These remarks" seed=no-such-article')
    stderr = failing_build(project_copy, tmp_path)
    seeds = ", ".join(sorted(p.stem for p in (ROOT / "seeds").glob("*.txt")))
    assert f"docs/summit.md:{line}: no seed 'no-such-article' (seeds: {seeds})" in stderr


@pytest.fixture(scope="module")
def variant_site(tmp_path_factory):
    """One build with quote and apostrophe variants, prefix/suffix, and the same
    paragraph quoted twice on one page."""
    project = copy_project(tmp_path_factory.mktemp("variants") / "project")
    lines = [
        "::: source '\"Our goal is about dignified employment, earning income'",  # straight for curly
        '::: source "It’s essential to clarify"',  # curly apostrophe as in the seed
        '::: source "It\'s   essential to\nclarify"'.replace("\n", " "),  # runs of spaces, same ¶4
        '::: source "8,000" prefix="an additional" suffix="interns"',
        '::: source "Our goal is about dignified" cambodian-workers-japan',
    ]
    first = add_lines(project, "about.md", *lines)
    out = project / "site"
    result = run_mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return parse_html(out / "about" / "index.html"), first


def test_variants_resolve_to_the_right_paragraphs(variant_site):
    soup, first = variant_site
    marks = [a["href"].rsplit("#", 1)[1] for a in soup.select("figure.ex-source a.ex-para__mark")]
    assert marks == ["p5", "p4", "p4", "p7", "p5"]
    ids = [div["id"] for div in soup.select("figure.ex-source .ex-para")]
    assert ids == [f"q{first + 2 * i}-{mark}" for i, mark in enumerate(marks)]
    assert len(set(ids)) == len(ids)


@pytest.fixture(scope="module")
def dropped_in(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("dropin") / "project")
    (project / "seeds" / "factory-visit.txt").write_text(FACTORY, encoding="utf-8")
    out = project / "site"
    result = run_mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def test_article_without_metadata_shows_its_speakers(dropped_in):
    soup = parse_html(dropped_in / "articles" / "factory-visit" / "index.html")
    speakers = [" ".join(p.get_text(" ").replace(" ,", ",").split()) for p in soup.select("div.ex-para .ex-speaker")]
    assert speakers == [
        "Speaker: Kojima Masanobu, president of Kojima Holdings",
        # resolved from a short form: the evidence is shown ("¶" seen, "paragraph" read out)
        # the role is given where the page first names a speaker, the name alone after
        "Speaker: Kojima Masanobu (from “Masanobu”, ¶ paragraph 1)",
        "Speaker: Ith Samheng, Labour Minister",
        "Speaker: Chea Sopheap (from “she”, ¶ paragraph 4)",
        "Speaker unclear",  # "The ministry estimates ...": no ministry named before, so no name is guessed
    ]
    # the same label again is read but not shown again; ¶2's differs (it carries its evidence)
    same = ["ex-speaker--same" in p["class"] for p in soup.select("div.ex-para .ex-speaker")]
    assert same == [i > 0 and speakers[i] == speakers[i - 1] for i in range(len(speakers))]
    for link in soup.select("div.ex-para .ex-speaker a"):
        key = link["href"].split("#", 1)[1]
        people = parse_html(dropped_in / "articles" / "factory-visit" / "people" / "index.html")
        assert people.find(id=key) is not None
    assert not soup.select(".ex-para__topics")  # no editorial page quotes it


def test_article_without_metadata_has_a_people_page(dropped_in):
    people = parse_html(dropped_in / "articles" / "factory-visit" / "people" / "index.html")
    text = " ".join(people.get_text(" ").split())
    assert "Kojima Masanobu" in text and "Identified from the article's wording: found in ¶1" in text
    assert [h.get("id") for h in people.select("h3")] == ["kojima-masanobu", "ith-samheng", "chea-sopheap"]


def test_editorial_page_that_is_not_utf8_stops_cleanly(project_copy, tmp_path):
    (project_copy / "docs" / "broken.md").write_bytes(b"# Caf\xe9\n")
    stderr = failing_build(project_copy, tmp_path)
    assert "docs/broken.md:1: page is not valid UTF-8 (byte 5 is 0xe9): save it as UTF-8" in stderr


def test_a_source_phrase_matches_whole_words_only(project_copy, tmp_path):
    (project_copy / "seeds" / "boundaries.txt").write_text(
        "Some 38,000 trainees are there, officials said.\n\nNobody counted the others.\n", encoding="utf-8"
    )
    line = add_lines(project_copy, "about.md", '::: source "8,000" seed=boundaries')
    stderr = failing_build(project_copy, tmp_path)
    assert f'docs/about.md:{line}: phrase "8,000" is not in the article' in stderr
