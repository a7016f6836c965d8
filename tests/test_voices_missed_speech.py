"""Speech the voices stage used to miss, in house styles and wordings of real outlets.

Invented articles, one paragraph checked each: quotes in single curly marks (‘...’, as
Bangladeshi and British-trained newsrooms write them), a quote in single marks that
runs over paragraphs, and apostrophes that must not be read as quote marks; documents
that speak for themselves or for their issuer ("according to the indictment", "Its data
showed", "the announcement said"). Several wordings each.
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

DOCUMENTS = [
    # a document whose author the text does not give speaks for itself, at its first mention
    ("according-to-the-indictment", "According to the indictment, the firm sold 300 fake plots.", 1, "indictment"),
    ("according-to-bare-plural", "Exports fell 4% in May, according to customs data.", 1, "customs data"),
    ("the-audit-found", "The audit found that 12 schools had no fire exits.", 1, "audit"),
    (
        "relayed-by-an-outlet",
        "The junta spent $200 million on the vote, according to budget papers seen by Frontier.",
        1,
        "budget papers",
    ),
    # ... but not one released just before, whose issuer a reader would take: unclear
    (
        "released-just-before",
        "The World Bank released its outlook on Tuesday.\n\nThe report said growth would slow.",
        2,
        "unclear",
    ),
    # "its" opening a sentence is the previous speaker's; inside one, the subject may be nearer
    (
        "its-data-opening",
        "Exports rose 9%, the Malaysian Rubber Board said on Friday.\n\nIts data showed that gloves led the rise.",
        2,
        "Malaysian Rubber Board",
    ),
    (
        "their-figures-opening",
        "The Statistics Bureau said prices rose in May.\n\nTheir figures also showed that rents fell.",
        2,
        "Statistics Bureau",
    ),
    (
        "its-report-inside-a-sentence",
        "The embassy of Japan said aid had arrived.\n\n"
        "Rights group Adhoc counted 40 evictions this year, according to its latest report.",
        2,
        "unclear",
    ),
    # the owner named before "data": an institution's name or an acronym makes it an organisation
    ("institution-word-first", "Bank Indonesia data showed that lending rose 9% in June.", 1, "Bank Indonesia"),
    ("acronym-in-owner", "Coffee futures hit a record, according to ICE Futures US data.", 1, "ICE Futures US"),
    # "X announced ..." then "the announcement": X's
    (
        "announcement-said",
        "The Electricity Authority of Cambodia announced on Monday that tariffs would rise.\n\n"
        "The announcement said households would pay 10% more.",
        2,
        "Electricity Authority of Cambodia",
    ),
    (
        "announcement-added",
        "Vietnam Airlines announced it would cut 20 flights.\n\nThe announcement added that refunds would be paid.",
        2,
        "Vietnam Airlines",
    ),
    # a country's institution with adjectives between
    (
        "owned-institution-with-adjectives",
        "Cambodia's newly formed National Election Committee said voting would be held in June.",
        1,
        "National Election Committee",
    ),
    (
        "owned-institution-one-adjective",
        "Thailand's powerful Election Commission said the vote would go ahead.",
        1,
        "Election Commission",
    ),
]


@pytest.mark.parametrize(("case", "text", "number", "expected"), DOCUMENTS, ids=[c[0] for c in DOCUMENTS])
def test_document_and_issuer(case, text, number, expected):
    assert _speaker(text, number) == expected


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
