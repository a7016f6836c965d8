"""A speaker's name must be earned by the text: never assembled from pieces.

Each case is an invented article and, for one paragraph, the speaker the voices stage
must name, or "narration", or "unclear". The classes are the ways a wrong or invented
name used to reach a quote: a short form matched inside a company's name ("Lan" from
"... Land Joint Stock Company"), a date read as the end of an institution's name ("the
Court of X on November"), an act reported as speech ("the court ordered ...", "the board
declared a state of calamity"), and a title's full stop cutting a name short
("said Ms. Nguyen ..."), and a document given its own name where its issuer is named
("an initial report by the Department of Agriculture (DA) 7"). Several wordings each,
as different outlets write them.
"""

from __future__ import annotations

import pytest

from test_attribution_constructions import _speaker

SHORT_FORMS = [
    (
        "word-inside-a-company-word",
        "The court jailed Le Van Hung, director of Minh Phat Land Joint Stock Company, for fraud.\n\n"
        'Ms. Lan said she had lost her savings. "I trusted them," she said.',
        2,
        "Lan",
    ),
    (
        "prefix-of-a-longer-word",
        "Investors in Golden Sunrise Holdings have waited two years for their flats.\n\n"
        "Mr Sun said the buyers would go to court.",
        2,
        "Sun",
    ),
    (
        "whole-word-in-a-long-company-name",
        "Police arrested three managers of Thanh Binh Construction Joint Stock Company on Friday.\n\n"
        '"We only followed orders," Mr. Binh told the court.',
        2,
        "Binh",
    ),
    (
        "full-name-after-a-place-of-the-same-word",
        "The talks in Ha Tien were chaired by Deputy Governor Le Thi Tien.\n\n"
        "Tien said the border crossing would reopen in May.",
        2,
        "Le Thi Tien",
    ),
    (
        "full-name-with-portfolio-title",
        "Deputy Minister of Home Affairs Tran Thi Nga met recruiters in Nam Dinh.\n\n"
        "Nga said districts with few overstayers could send workers again.",
        2,
        "Tran Thi Nga",
    ),
    (
        "full-name-with-a-footnote-mark",
        "Every month, Aung Kyaw Min* sends half his wages home.\n\nMin said the new rule would cost him more.",
        2,
        "Aung Kyaw Min",
    ),
]

DATES_IN_NAMES = [
    (
        "court-on-a-day",
        "The Supreme Court of Bangladesh on Sunday upheld the ban.\n\n"
        "The court said the government had acted within the law.",
        2,
        "Supreme Court of Bangladesh",
    ),
    (
        "ministry-in-a-month",
        "The Ministry of Health in March began testing every arrival.\n\nThe ministry said 40 cases had been found.",
        2,
        "Ministry of Health",
    ),
    (
        "council-on-a-weekday-abbreviated",
        "The Council of State on Nov. 4 approved the plan.\n\nThe council added that the plan would cost $2 million.",
        2,
        "Council of State",
    ),
]

ACTS = [
    ("court-ordered-a-refund", "The court ordered the company to refund the buyers within 30 days.", 1, "narration"),
    (
        "board-declared-a-state-of-calamity",
        "The Provincial Board of Leyte on Monday declared a state of calamity in three towns.",
        1,
        "narration",
    ),
    (
        "tribunal-orders-reinstatement",
        "The Industrial Tribunal orders the factory to reinstate the 40 workers and pay their wages.",
        1,
        "narration",
    ),
    (
        "order-in-a-circular-is-speech",
        "In a circular dated May 2, the Ministry of Education ordered schools to close early.",
        1,
        "Ministry of Education",
    ),
    (
        "declared-that-is-speech",
        "Governor Somsak Prasert declared that the emergency was over.",
        1,
        "Somsak Prasert",
    ),
    (
        "ordered-that-is-speech",
        "The Civil Aviation Authority ordered that all flights be grounded until Friday.",
        1,
        "Civil Aviation Authority",
    ),
]

TITLE_STOPS = [
    (
        "said-ms-dot-inverted",
        '"We waited two years for the papers," said Ms. Tran Thi Mai, 50, a vendor in Can Tho.',
        1,
        "Tran Thi Mai",
    ),
    ("said-dr-dot-inverted", '"The wards are full," said Dr. Lim Wei Ling, a physician.', 1, "Lim Wei Ling"),
    (
        "according-to-mr-dot",
        "Rents rose 12 percent last year, according to Mr. Sok Dara, an economist at a Phnom Penh bank.",
        1,
        "Sok Dara",
    ),
    (
        "said-prof-dot-closing",
        "Prices will rise, said Prof. Anan Wongsa, an economist at Chiang Mai University.",
        1,
        "Anan Wongsa",
    ),
]

ISSUERS = [
    (
        "regional-office-number-after-bracketed-acronym",
        "At least 40 houses were swept away, the Office of Civil Defense (OCD) 6 said on Thursday.",
        1,
        "Office of Civil Defense",
    ),
    (
        "regional-office-hyphen-number",
        "The Department of Health (DOH)-7 said 40 people were treated for leptospirosis.\n\n"
        "The DOH 7 added that 12 of them were children.",
        2,
        "Department of Health",
    ),
    (
        "regional-office-roman-region",
        "The Department of Social Welfare and Development (DSWD) said aid was ready.\n\n"
        "The DSWD Region VII said 9,000 family packs had been sent to Bohol.",
        2,
        "Department of Social Welfare and Development",
    ),
    (
        "document-by-a-regional-office",
        "Damage to farms reached P12 million, according to an initial report by the Provincial Agriculture "
        "Office (PAO) 6.",
        1,
        "Provincial Agriculture Office",
    ),
    (
        "document-by-issuers-no-rule-reads",
        "Rice yields fell 9%, according to a report by Sok Dara and Chan Vuthy of two NGOs.",
        1,
        "unclear",
    ),
    (
        "rating-agency-before-its-name",
        "Home loans grew 14%, according to a report by rating agency Crisil released on Monday.",
        1,
        "Crisil",
    ),
    ("consultancy-firm-before-its-name", "Office rents fell, according to consultancy firm Savills.", 1, "Savills"),
    (
        "research-firm-closing-attribution",
        "Phone shipments fell 8% in the quarter, research firm Canalys said on Tuesday.",
        1,
        "Canalys",
    ),
]

# a name is taken whole, never cut short at a connector, never an outlet's
WHOLE_NAMES = [
    (
        "institution-of-a-country-then-saying",
        "The Bank of Thailand left its rate at 2.5 percent on Wednesday, saying inflation remained low.",
        1,
        "Bank of Thailand",
    ),
    (
        "institution-for-a-cause-then-and-warned",
        "The Centre for Policy Dialogue cut its growth estimate to 4 percent and warned of higher prices.",
        1,
        "Centre for Policy Dialogue",
    ),
    (
        "hyphenated-name-is-no-regional-office",
        "The ASEAN-Japan Centre said tourist arrivals rose 9 percent.",
        1,
        "ASEAN-Japan Centre",
    ),
    ("outlet-reported-that", "Kyodo News reported that the minister would resign.", 1, "narration"),
    ("outlet-closing-reported", "The minister would resign, Kyodo reported on Monday.", 1, "narration"),
]


@pytest.mark.parametrize(
    ("case", "text", "number", "expected"),
    SHORT_FORMS + DATES_IN_NAMES + ACTS + TITLE_STOPS + ISSUERS + WHOLE_NAMES,
    ids=[c[0] for c in SHORT_FORMS + DATES_IN_NAMES + ACTS + TITLE_STOPS + ISSUERS + WHOLE_NAMES],
)
def test_a_name_is_earned_by_the_text(case, text, number, expected):
    assert _speaker(text, number) == expected
