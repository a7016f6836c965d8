"""Every construction the region's press uses to say who speaks, one realistic case each.

The texts are written for these tests (invented people, real kinds of sentence). Each
case gives the article and, for one paragraph, the speaker the engine must name, or
"narration", or "unclear" where a careful reader could not tell either.
"""

from __future__ import annotations

import pytest

from explainer.text.article import parse_article
from explainer.text.metadata import default_meta
from explainer.voices import attribute

CASES = [
    # speech verbs beyond "said"
    ("told", "Labour Minister Ek Vanna told reporters the quota would rise.", 1, "Ek Vanna"),
    ("added", "Ek Vanna said the quota would rise.\n\nHe added that wages would follow.", 2, "Ek Vanna"),
    ("noted", "Union leader Meas Chanthy noted that fees had doubled.", 1, "Meas Chanthy"),
    ("warned", "Economist Tan Wei Ling warned that remittances would fall.", 1, "Tan Wei Ling"),
    ("argued", "Lawyer Rina Sari argued that the contract was void.", 1, "Rina Sari"),
    ("wrote", "Activist Hoang Minh wrote on Facebook that the rule was unfair.", 1, "Hoang Minh"),
    ("stated", "Minister Somchai Prasert stated that the border would reopen.", 1, "Somchai Prasert"),
    ("explained", "Dr Lwin Oo explained that the clinic had run out of vaccines.", 1, "Lwin Oo"),
    ("claimed", "Broker Sok Heng claimed that no worker had paid him.", 1, "Sok Heng"),
    ("believes", "Researcher Kim Ji-woo believes the scheme will shrink.", 1, "Kim Ji-woo"),
    (
        "according-to",
        "Exports rose 9 percent, according to the Cambodia Rice Federation.",
        1,
        "Cambodia Rice Federation",
    ),
    (
        "said-in-statement",
        "The National Social Security Fund said in a statement on Wednesday that it would pay for treatment.",
        1,
        "National Social Security Fund",
    ),
    (
        "in-a-letter",
        "In a letter to the ministry, the Garment Manufacturers Association said orders had fallen.",
        1,
        "Garment Manufacturers Association",
    ),
    ("told-reporters", '"We will act," Ek Vanna told reporters in Phnom Penh.', 1, "Ek Vanna"),
    # organisations, embassies, documents
    ("organisation", "Prices rose again in June, the Statistics Bureau said on Friday.", 1, "Statistics Bureau"),
    (
        "embassy",
        "The Embassy of Japan in Phnom Penh said visas would take two weeks.\n\n"
        "The embassy added that fees would not change.",
        2,
        "Embassy of Japan in Phnom Penh",
    ),
    (
        "statement-says",
        "The Ministry of Labour said in a statement that agencies must refund fees.\n\n"
        '"No worker should pay to work," the statement said.',
        2,
        "Ministry of Labour",
    ),
    (
        "report-found",
        "A report by the International Labour Organization found that debts were rising.\n\n"
        "The report also found that women paid more.",
        2,
        "International Labour Organization",
    ),
    ("data-show", "About 1,900 workers left their farms last year, Justice Ministry data show.", 1, "Justice Ministry"),
    # a relay is not the speaker
    ("told-outlet", '"The rules are clear," Heng Sour told Khmer Times.', 1, "Heng Sour"),
    (
        "as-reported-by",
        '"Nobody will be left behind," Minister Sri Wahyuni said, as quoted by Antara.',
        1,
        "Sri Wahyuni",
    ),
    (
        "spokesperson-relayed",
        "The Japanese Embassy in Hanoi, in a response relayed by a spokesperson, said fees were capped.",
        1,
        "Japanese Embassy in Hanoi",
    ),
    # the same speaker going on
    (
        "continuing",
        'Chan Vuthy, 27, failed the test last year.\n\n"I studied every night," he said.',
        2,
        "Chan Vuthy",
    ),
    (
        "multi-paragraph-quote",
        'Ms Pov Sreymom said the dormitory was full.\n\n"We slept on the floor.\n\n"Nobody listened," she said.',
        2,
        "Pov Sreymom",
    ),
    (
        "quote-paragraph-goes-on",
        '"We want the numbers," Morita said.\n\n"Every month, not a promise."',
        2,
        "Morita",
    ),
    # quote placement
    ("colon-quote", 'Ambassador Park Sung-ho said: "We need your workers."', 1, "Park Sung-ho"),
    ("quote-first", '"The door was locked," said Yim Sokleng, a police officer.', 1, "Yim Sokleng"),
    ("said-x-inversion", "The fire spread quickly, said Yim Sokleng, deputy police chief.", 1, "Yim Sokleng"),
    (
        "quote-in-narration",
        'Critics called the plan "servitude by another name" in a letter on Monday.',
        1,
        "narration",
    ),
    # unnamed, then named; introduced by role
    (
        "unnamed-then-named",
        'A labour ministry official said registration had closed.\n\n"We are full," said the official, Nou Bunnara.',
        1,
        "Nou Bunnara",
    ),
    (
        "named-after-description",
        "One of the returnees told reporters she had been beaten.\n\n"
        '"They took my phone," said the woman, Dewi Anggraini, 24.',
        2,
        "Dewi Anggraini",
    ),
    # names as the region writes them
    (
        "family-name-first",
        "Nguyen Van Hung said the fee was too high.\n\nHung said he had borrowed it.",
        2,
        "Nguyen Van Hung",
    ),
    ("honorific-he", "H.E. Chea Sovannara said the programme was safe.", 1, "Chea Sovannara"),
    ("oknha", "Oknha Ly Chanthou said her company would hire 200 workers.", 1, "Ly Chanthou"),
    (
        "datuk-seri",
        "Human Resources Minister Datuk Seri Kamarulzaman Abdul Rahim said the levy would rise.",
        1,
        "Kamarulzaman Abdul Rahim",
    ),
    (
        "binti",
        "Deputy public prosecutor Nur Hidayah binti Abdul Rashid said bail was too low.",
        1,
        "Nur Hidayah binti Abdul Rashid",
    ),
    ("burmese-u", "Deputy minister U Nyunt Win Aung said the rule was fair.", 1, "Nyunt Win Aung"),
    (
        "role-with-commas",
        "Ken Loo, secretary-general of the Textile, Apparel, Footwear and Travel Goods Association in Cambodia, "
        "said orders were down.",
        1,
        "Ken Loo",
    ),
    (
        "role-with-commas-after-quote",
        '"Supply will be stable," Economy, Trade and Industry Minister Ryosuke Hanada said.',
        1,
        "Ryosuke Hanada",
    ),
    # pronouns with two people in play
    (
        "pronoun-she",
        'Mr Sam Bunthoeun said brokers were active.\n\nMs Khun Sreypov, a returnee, disagreed. "They have gone," she said.',
        2,
        "Khun Sreypov",
    ),
    (
        "pronoun-too-far",
        # six paragraphs back: further than a pronoun is read, even with nobody else named
        "Keo Dara said the pier would open.\n\nThe pier cost $2 million.\n\nIt has twelve berths.\n\n"
        "Work began in 2020.\n\nThe town has 4,000 people.\n\nMost of them fish.\n\n"
        '"It changes everything," he said.',
        7,
        "unclear",
    ),
    (
        "role-then-name-subject",
        'Exporters said orders had fallen.\n\nUnion leader Chea Vanna disagreed. "Workers have heard that," he said.',
        2,
        "Chea Vanna",
    ),
    ("no-speaker-for-pronoun", '"We were never paid," she said.', 1, "unclear"),
    # not speech
    ("passive-is-not-speech", "The workers were told to leave on Friday.", 1, "narration"),
    ("narration", "The pier has twelve berths and cost $2 million.", 1, "narration"),
]


def _speaker(text: str, number: int) -> str:
    article = parse_article("case", "case.txt", text.encode(), default_meta("case"))
    voices = attribute(article)
    paragraph = voices.paragraph(number)
    if paragraph.unclear:
        return "unclear"
    speaker = voices.speaker_of(number)
    return speaker.name if speaker is not None else "narration"


@pytest.mark.parametrize(("construction", "text", "number", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(construction, text, number, expected):
    assert _speaker(text, number) == expected
