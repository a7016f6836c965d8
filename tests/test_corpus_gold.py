"""Every gold file in tests/corpus/ (all sets) is well formed, checked without the engine.

The gold answers are the yardstick for `make eval`; a typo in one (a paragraph left
out, a figure that is not in its paragraph, a figure_facts entry for a figure never
listed) would silently move the score. This reads only the gold files and the texts,
never `hooks/explainer`, so a blind set can be checked before it is ever scored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

CORPUS = Path(__file__).resolve().parent / "corpus"
ARTICLES = sorted(CORPUS.rglob("*.txt"))
FIGURE_KINDS = {
    "count",
    "money",
    "percent",
    "fraction",
    "date",
    "date-range",
    "period",
    "duration",
    "age",
    "time",
    "number-range",
}
FACT_KEYS = {"text", "kind", "value", "unit", "counts", "approximate", "stated_by"}
# sets whose every gold file gives what each figure means (holdout and holdout-2 predate the field)
MEANINGS_REQUIRED = {"corpus", "holdout-3", "holdout-4", "holdout-5", "holdout-6"}


def _article(path: Path) -> tuple[list[str], dict]:
    paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    gold = yaml.safe_load(path.with_suffix("").with_suffix(".gold.yml").read_text(encoding="utf-8"))
    return paragraphs, gold


def test_the_corpus_has_articles_in_every_set():
    sets = {path.parent.name for path in ARTICLES}
    assert {"corpus", "holdout", "holdout-2", "holdout-3", "holdout-4", "holdout-5", "holdout-6"} <= sets


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_paragraph_is_numbered_and_given_a_known_speaker(path):
    paragraphs, gold = _article(path)
    assert sorted(gold["paragraphs"]) == list(range(1, len(paragraphs) + 1))
    names = {speaker["name"] for speaker in gold["speakers"]}
    for number, speaker in gold["paragraphs"].items():
        assert speaker == "narration" or speaker in names, f"¶{number}: {speaker!r} is not under speakers"
    for number in gold.get("ambiguous") or {}:
        assert number in gold["paragraphs"], f"ambiguous ¶{number} is not a paragraph"
    for speaker in gold["speakers"]:
        assert set(speaker) <= {"name", "forms", "role"}, speaker["name"]
        assert isinstance(speaker.get("role", ""), str), speaker["name"]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_figure_is_written_as_it_appears_in_its_paragraph(path):
    paragraphs, gold = _article(path)
    assert gold["figures"], "an article with no figures tests nothing"
    for number, figures in gold["figures"].items():
        assert 1 <= number <= len(paragraphs), f"figures for ¶{number}, which does not exist"
        for figure in figures:
            assert figure in paragraphs[number - 1], f"¶{number}: {figure!r} is not in the paragraph"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_figure_facts_give_one_entry_per_listed_figure_with_a_known_kind(path):
    _, gold = _article(path)
    facts = gold.get("figure_facts")
    if facts is None:
        assert path.parent.name not in MEANINGS_REQUIRED, f"{path.parent.name} gold must give figure_facts"
        return
    names = {speaker["name"] for speaker in gold["speakers"]}
    assert set(facts) == set(gold["figures"]), "figure_facts and figures cover different paragraphs"
    for number, entries in facts.items():
        assert [entry["text"] for entry in entries] == gold["figures"][number], f"¶{number}"
        for entry in entries:
            assert set(entry) == FACT_KEYS, f"¶{number} {entry['text']!r}: keys {sorted(entry)}"
            assert entry["kind"] in FIGURE_KINDS, f"¶{number} {entry['text']!r}: kind {entry['kind']!r}"
            assert entry["value"] is None or isinstance(entry["value"], str), f"¶{number} {entry['text']!r}"
            assert isinstance(entry["approximate"], bool), f"¶{number} {entry['text']!r}"
            stated_by = entry["stated_by"]
            assert stated_by == "narration" or stated_by in names, f"¶{number} {entry['text']!r}: {stated_by!r}"


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_a_publication_date_is_a_real_day(path):
    _, gold = _article(path)
    if "published" not in gold:
        return
    published = gold["published"]
    assert isinstance(published, dt.date) and not isinstance(published, dt.datetime), (
        f"published: {published!r} is not a date written as YYYY-MM-DD"
    )
