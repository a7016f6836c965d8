"""Speech the voices stage used to miss, in house styles and wordings of real outlets.

Invented articles, one paragraph checked each: quotes in single curly marks (‘...’, as
Bangladeshi and British-trained newsrooms write them), a quote in single marks that
runs over paragraphs, and apostrophes that must not be read as quote marks. Several
wordings each.
"""

from __future__ import annotations

import pytest

from explainer.text.article import parse_article
from explainer.text.metadata import default_meta
from test_attribution_constructions import _speaker

SINGLE_QUOTES = [
    ("inverted-said", "‘We will not pay the new rate,’ said Sok Dara, a farmer in Bakan.", 1, "Sok Dara"),
    (
        "plural-possessive-inside",
        "Rina Akter, a union leader, met the minister on Sunday.\n\n"
        "‘The farmers’ union will not accept this,’ she said.",
        2,
        "Rina Akter",
    ),
    (
        "contraction-inside-told",
        "‘We’re ready for the rains,’ Disaster Minister Anura Silva told reporters.",
        1,
        "Anura Silva",
    ),
    (
        "over-three-paragraphs",
        "‘We have waited for months,’ said Nimal Perera, a fisherman.\n\n"
        "‘Nobody has come to help us. The boats are still on the beach.\n\n"
        "‘We will sell what is left,’ he said.",
        2,
        "Nimal Perera",
    ),
    (
        "colon-before-quote",
        "Energy adviser Tanvir Hossain was blunt: ‘The gas is simply not there.’",
        1,
        "Tanvir Hossain",
    ),
    ("apostrophes-only", "The workers’ union office in the ‘90s-era building was shut on Monday.", 1, "narration"),
]


@pytest.mark.parametrize(("case", "text", "number", "expected"), SINGLE_QUOTES, ids=[c[0] for c in SINGLE_QUOTES])
def test_single_quote_house_style(case, text, number, expected):
    assert _speaker(text, number) == expected


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("‘The farmers’ union will not accept this,’ she said.", ["The farmers’ union will not accept this,"]),
        ("Prices would fall ‘once the harvest ends’ in March, he said.", ["once the harvest ends"]),
        ("He called it ‘a trap’ and ‘a lie’.", ["a trap", "a lie"]),
        ("“She told me ‘wait’ and left,” he said.", ["She told me ‘wait’ and left,"]),
        ("The dealers’ stock of the ‘90s is gone.", []),
    ],
)
def test_single_quote_spans(text, quoted):
    """Each quote's words as the page marks them: a single-quoted passage inside a double
    one is part of it, and an apostrophe closes nothing."""
    paragraph = parse_article("case", "case.txt", text.encode(), default_meta("case")).paragraphs[0]
    assert [text[q.inner_start : q.inner_end] for q in paragraph.quotes] == quoted
