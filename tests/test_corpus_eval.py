"""Accuracy on the team's corpus of news articles, and on the held-out sets, can only go up.

`make eval` prints the full table; tests/corpus/baseline.json holds the totals last
recorded (`python tests/corpus_eval.py --record`). This test fails if any count of
good answers falls below it or any count of bad answers rises above it.
"""

from __future__ import annotations

import json

import pytest
import yaml

from corpus_eval import BASELINE, CORPUS, FIGURES_BASELINE, SETS, evaluate, figures_right, totals

GOOD = ("right", "figures_found")
BAD = ("wrong", "invented", "figures_false")


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
