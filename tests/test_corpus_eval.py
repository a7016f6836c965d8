"""Accuracy on the team's corpus of news articles, and on the held-out sets, can only go up.

`make eval` prints the full table; tests/corpus/baseline.json holds the totals and each
paragraph's outcome last recorded (`python tests/corpus_eval.py --record`). These tests
fail if any count of good answers falls below it, any count of bad answers rises above
it, or any one paragraph whose speaker or role was right is no longer right, even when
the totals stay the same.
"""

from __future__ import annotations

import json

import pytest
import yaml

from corpus_eval import (
    BASELINE,
    CORPUS,
    FIGURES_BASELINE,
    SETS,
    evaluate,
    figures_right,
    main,
    outcomes,
    regressions,
    totals,
)

GOOD = ("right", "figures_found", "roles_right")
BAD = ("wrong", "invented", "figures_false", "roles_wrong")


@pytest.fixture(scope="module", params=list(SETS))
def scored(request):
    return request.param, evaluate(SETS[request.param])


def test_every_article_has_gold_answers_for_every_paragraph():
    articles = sorted(CORPUS.rglob("*.txt"))
    assert len(articles) >= 50
    outlets = set()
    for path in articles:
        gold = yaml.safe_load(path.with_suffix(".gold.yml").read_text(encoding="utf-8"))
        outlets.add(gold["outlet_style"])
        paragraphs = [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        assert sorted(int(k) for k in gold["paragraphs"]) == list(range(1, len(paragraphs) + 1)), path.name
    assert len(outlets) >= 10


def test_accuracy_never_falls_below_the_recorded_baseline(scored):
    name, scores = scored
    now, recorded = totals(scores), json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    for key in GOOD:
        assert now[key] >= recorded[key], f"{key}: {now[key]} now, {recorded[key]} recorded"
    for key in BAD:
        assert now[key] <= recorded[key], f"{key}: {now[key]} now, {recorded[key]} recorded"


def test_no_paragraph_that_was_right_is_wrong_now(scored):
    name, scores = scored
    recorded = json.loads(BASELINE.read_text(encoding="utf-8"))[name]["articles"]
    assert len(recorded) == len(scores) >= 10
    assert regressions(recorded, outcomes(scores)) == []


def test_a_swap_that_keeps_the_totals_is_still_a_regression():
    recorded = {"a": {"speakers": "RRM", "roles": "R--"}, "b": {"speakers": "RrU", "roles": "---"}}
    swapped = {"a": {"speakers": "RMR", "roles": "R--"}, "b": {"speakers": "RuR", "roles": "---"}}
    assert regressions(recorded, swapped) == ["a ¶2: speaker was right, now 'M'", "b ¶2: speaker was right, now 'u'"]
    assert regressions(recorded, {"a": {"speakers": "RRM", "roles": "W--"}}) == [
        "a ¶1: role was right, now 'W'",
        "b: in the baseline, not scored now",
    ]


def test_roles_are_scored_where_the_gold_gives_them():
    scores = evaluate(CORPUS)
    assert sum(1 for s in scores if s.roles_right + s.roles_wrong) >= 5
    assert totals(scores)["roles_right"] >= 1


def test_any_folder_scores_with_set(capsys):
    assert main(["--set", str(SETS["holdout"])]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("holdout (tests/corpus/holdout/)")
    assert "invented speaker" in printed
    assert main(["--set", str(CORPUS / "no-such-folder")]) == 2
    assert "--set needs a folder" in capsys.readouterr().err


def test_no_figure_field_that_was_right_becomes_wrong(scored):
    """Per figure, as per paragraph for speakers: each field recorded right in
    tests/corpus/figures_baseline.json (kind, value, counts, date, stated_by) is still right."""
    name, scores = scored
    recorded = json.loads(FIGURES_BASELINE.read_text(encoding="utf-8")).get(name, {})
    now = figures_right(scores)
    checked = 0
    for article, fields in recorded.items():
        lost = sorted(set(fields) - set(now.get(article, [])))
        assert not lost, f"{article}: right before, wrong now: {lost}"
        checked += len(fields)
    if name == "corpus":
        assert checked >= 100  # the development corpus's figure_facts gold is scored


@pytest.mark.parametrize(
    ("gold", "engine", "same"),
    [
        ("registered migrant workers of the province", "the province's registered migrant workers", True),
        ("wages of trainees", "trainees' wages", True),
        ("The households", "household", True),
        ("houses", "house", True),
        ("people", "person", True),
        ("evacuation centers of the city", "evacuation center of city", True),
        ("workers", "workers in Japan", False),  # a prepositional phrase is not the head noun phrase
        ("workers", "work", False),
        ("migrant workers", "workers", False),  # the words before the noun are part of it
        ("workers", None, False),
        (None, None, True),
    ],
)
def test_counted_things_compare_as_head_noun_phrases(gold, engine, same):
    from figure_facts_eval import same_counted_thing

    assert same_counted_thing(gold, engine) is same


@pytest.mark.parametrize(
    ("gold", "engine", "same"),
    [
        ("the commission", ["commission"], True),  # a leading article aside, as for paragraphs
        ("Union Election Commission", ["commission"], False),
        ("Keo Lina", ["Lina"], False),  # one word of two is not the speaker
        ("narration", [], True),
        ("narration", ["Keo Lina"], False),
    ],
)
def test_stated_by_names_compare_as_the_paragraph_scorer_reads_them(gold, engine, same):
    from figure_facts_eval import _same_speaker

    assert _same_speaker(gold, engine) is same


@pytest.mark.parametrize(
    ("want", "want_unit", "got", "got_unit", "same"),
    [
        ("20", "year", "2", "decade", True),
        ("30", "year", "3", "decade", True),
        ("18..24", "month", "1.5..2", "year", True),
        ("2", "week", "14", "day", True),
        ("90", "minute", "1.5", "hour", True),
        ("20", "year", "3", "decade", False),
        ("1", "month", "30", "day", False),  # a month is no whole number of days
        ("20", "USD", "2", "decade", False),
        ("15000", "KHR", "15000", None, False),
        ("4100000000", "KHR", "4100000000", "KHR", True),
    ],
)
def test_equal_amounts_in_two_time_units_compare_equal(want, want_unit, got, got_unit, same):
    from figure_facts_eval import same_amount

    assert same_amount(want, want_unit, got, got_unit) is same


@pytest.mark.parametrize(
    ("want", "got", "same"),
    [
        ("2025-10-01..2026-09-30", "2025-10..2026-09", True),
        ("2019..2023", "2019-01-01..2023-12-31", True),
        ("2026-02", "2026-02-01..2026-02-28", True),
        ("2025-10-01..2026-09-30", "2025-10..2026-08", False),
        ("2026-07-11..2026-11-20", "2026-07..2026-11", False),  # not whole months
        ("--10..--09", "2025-10..2026-09", False),  # any year's months are no particular year's
        (None, None, True),
        ("2025", None, False),
    ],
)
def test_the_same_days_written_to_another_precision_compare_equal(want, got, same):
    from figure_facts_eval import same_dates

    assert same_dates(want, got) is same
