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
from explainer.voices import attribute
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
        "Adhoc",  # "its" is the sentence's own subject, the institution that opens it
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
    # an issuer given in an appositive right after the document
    (
        "issuer-in-appositive-released-by",
        "The report, released by the Centre for Policy Dialogue on Sunday, said inflation would stay high.",
        1,
        "Centre for Policy Dialogue",
    ),
    (
        "issuer-in-appositive-published-by",
        "The survey, published by the Japan Institute for Labour Policy and Training, found that 40% of "
        "trainees worked overtime.",
        1,
        "Japan Institute for Labour Policy and Training",
    ),
    (
        "issuer-in-appositive-no-rule-reads",
        "The study, commissioned by Sok Dara and two partners, found that debts had doubled.",
        1,
        "unclear",
    ),
    # an acronym after a capital "The"
    ("the-acronym-said-in-a-statement", "The IMF said in a statement that reserves had fallen.", 1, "IMF"),
    ("the-acronym-warned", "The WHO warned that dengue cases would rise.", 1, "WHO"),
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

INSTITUTIONS = [
    # a named institution in lower case after "the": the capital of its first word is its own
    (
        "state-government",
        "The Penang state government said on Monday that it would build 2,000 flats.",
        1,
        "Penang state government",
    ),
    (
        "national-government",
        "The Japanese government said on Friday that it would raise the quota.",
        1,
        "Japanese government",
    ),
    (
        "provincial-government",
        "The Cebu provincial government said classes would resume on Monday.",
        1,
        "Cebu provincial government",
    ),
    ("trial-panel", "The trial panel said the sentences reflected the harm done.", 1, "trial panel"),
    ("selection-panel", "The selection panel said 40 students had been chosen.", 1, "selection panel"),
    # a person's name, then the institution they are of: the person speaks
    (
        "judge-of-a-court",
        "Judge Chea Sokha of the Phnom Penh Municipal Court said the case would resume.",
        1,
        "Chea Sokha",
    ),
    (
        "prosecutor-of-a-procuracy-with-a-possessive",
        "At the hearing, Prosecutor Le Van Nam of the People’s Procuracy of Da Nang said the firm had lied.",
        1,
        "Le Van Nam",
    ),
    (
        "researcher-of-an-institute",
        "Researcher Dewi Lestari of the Indonesian Institute of Sciences said the reef was dying.",
        1,
        "Dewi Lestari",
    ),
]

LEADS = [
    # "reported that": speech; "reported 40 cases" is the outlet's account of a number
    (
        "reported-that",
        "The National Statistics Office (NSO) reported on Tuesday that inflation eased to 3.1 percent.",
        1,
        "National Statistics Office",
    ),
    ("reported-that-plain", "The Nepal Rastra Bank reported that remittances rose 12 percent.", 1, "Nepal Rastra Bank"),
    ("reported-a-number", "The Provincial Health Department reported 40 new cases on Monday.", 1, "narration"),
    # "ruled that ...": a court's finding; "ruled the province" is no speech
    (
        "court-ruled-that",
        "The Industrial Court has ruled that the bus operator unfairly dismissed 43 drivers.",
        1,
        "Industrial Court",
    ),
    (
        "tribunal-ruled-on-a-day-that",
        "The Labour Tribunal ruled on Monday that the 12 nurses must be reinstated.",
        1,
        "Labour Tribunal",
    ),
    ("ruled-a-place-is-no-speech", "The Nguyen lords ruled the south for two centuries.", 1, "narration"),
    # "Co., Ltd." is one name, its comma no break
    (
        "co-ltd-said",
        "China Railway Kunming Group Co., Ltd. said 46 trains had been suspended since Sunday.",
        1,
        "China Railway Kunming Group Co., Ltd.",
    ),
    (
        "co-ltd-closing",
        "Services would resume within 48 hours, Guangxi Power Grid Co., Ltd. said.",
        1,
        "Guangxi Power Grid Co., Ltd.",
    ),
    # one word, issuing in writing: an organisation the text names by one word
    (
        "one-word-said-in-a-statement",
        "Petrobangla said in a statement on Sunday that supply had been cut.",
        1,
        "Petrobangla",
    ),
    (
        "one-word-said-in-a-filing",
        "Maybank said in a filing with Bursa Malaysia that its net profit rose 8%.",
        1,
        "Maybank",
    ),
    ("one-word-said-in-a-press-release", "Tepco said in a press release that the water was safe.", 1, "Tepco"),
    ("one-word-said-only", "Jokowi said on Monday that the capital would move.", 1, "narration"),
    # a time before the subject with no comma
    (
        "on-a-date-no-comma",
        "On November 4 the People's Committee of Da Nang City said it would close 12 schools.",
        1,
        "People's Committee of Da Nang City",
    ),
    (
        "on-a-weekday-no-comma",
        "On Tuesday Labour Minister Sok Dara said the quota would rise.",
        1,
        "Sok Dara",
    ),
    (
        "last-week-no-comma",
        "Last week the Cambodian Rice Federation said exports had fallen.",
        1,
        "Cambodian Rice Federation",
    ),
    # a regional office named after a hyphen
    (
        "regional-office-named-region",
        "The Department of Labor and Employment (DOLE)-Central Visayas said 3,000 jobs were open.",
        1,
        "Department of Labor and Employment",
    ),
]


@pytest.mark.parametrize(("case", "text", "number", "expected"), LEADS, ids=[c[0] for c in LEADS])
def test_lead_paragraph_issuers(case, text, number, expected):
    assert _speaker(text, number) == expected


@pytest.mark.parametrize(("case", "text", "number", "expected"), INSTITUTIONS, ids=[c[0] for c in INSTITUTIONS])
def test_institution_or_its_person(case, text, number, expected):
    assert _speaker(text, number) == expected


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


@pytest.mark.parametrize(
    ("text", "outlets", "speakers"),
    [
        (
            "The Japanese government plans to open 12 centres in 2027 and has said it will pay for them.",
            "2027",
            "pay",
        ),
        ("The Penang state government built 300 flats last year and said it would build more.", "300", "more"),
        ("The city council opened two shelters on Monday, saying 80 families had nowhere to go.", "two", "80"),
        # what the subject records, finds or expects is its own account
        ("The National Seismic Centre recorded 38 aftershocks and warned residents to stay away.", None, "38"),
        ("The Farm Ministry expects a 9% rise in yields and said exports would follow.", None, "9%"),
    ],
)
def test_what_a_speaker_does_before_its_verb_of_speech_is_the_outlets(text, outlets, speakers):
    """ "X plans ... in 2027 and has said ...": the speech begins at the verb of speech, so a
    figure in what X does before it is the outlet's; one in what X knows is X's."""
    article = parse_article("case", "case.txt", text.encode(), default_meta("case"))
    voices = attribute(article)
    assert voices.speaker_of(1) is not None
    said = voices.attribution_at(text.index(speakers))
    assert said is not None and said.speaker is not None
    if outlets is not None:
        assert voices.attribution_at(text.index(outlets)) is None
