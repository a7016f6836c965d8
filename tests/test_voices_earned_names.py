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

from explainer.text.article import parse_article
from explainer.text.metadata import default_meta
from explainer.voices import attribute
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
# a name word two people share stands for neither, unless the text rules one out
SHARED_WORDS = [
    (
        "family-name-of-a-person-met-in-passing",
        "Lim Guan Eng met Lim Kit Siang on Monday.\n\nLim said the party would decide next week.",
        2,
        "unclear",
    ),
    (
        "brothers-met-in-the-paragraph-before",
        "Dara Sok, 42, a farmer, said rains were late. His brother Vannak Sok said the same.\n\n"
        '"We lost everything," Sok said.',
        2,
        "unclear",
    ),
    (
        "two-speakers-sharing-a-family-name-just-before",
        "Nguyen Van Binh, 50, said the dyke broke at night. Nguyen Thi Hoa, 47, said she heard nothing.\n\n"
        "Nguyen said the water rose a metre in an hour.",
        2,
        "unclear",
    ),
    (
        "family-name-after-a-feminine-title",
        "Mr Tan Ah Kow, 60, and Mrs Tan Mei Ling, 58, run a bakery in Ipoh.\n\nMrs Tan said sales had fallen.",
        2,
        "Tan Mei Ling",
    ),
    (
        "the-dead-speak-no-more",
        "For Kamala Devi Gurung, whose son Bir Bahadur Gurung died in Qatar in June, the payout is not enough.\n\n"
        "Gurung said the body took 40 days to come home.",
        2,
        "Kamala Devi Gurung",
    ),
    (
        "a-place-named-with-a-province",
        "Pham Van Duc, 40, from Ha Tinh Province, works in Osaka.\n\n"
        "Recruiters in Nghe An and Ha Tinh charge more.\n\nDuc said he paid $9,000.",
        3,
        "Pham Van Duc",
    ),
    (
        "a-place-named-with-a-lower-case-district",
        "Residents of Long Bien district said the water was rising.\n\n"
        "Nguyen Thi Long, 62, a vendor, lost her stock.\n\nLong said she would start again.",
        3,
        "Nguyen Thi Long",
    ),
    (
        "a-person-and-a-transport-company-named-after-him",
        "The Phnom Penh Municipal Court charged Chea Vuthy, owner of Vuthy Transport, with fraud.\n\n"
        "Vuthy told the court he was innocent.",
        2,
        "Chea Vuthy",
    ),
    (
        "a-person-and-a-construction-company-named-after-him",
        "Pham Van Long, director of Long Hai Construction, said the bridge was safe.\n\n"
        "Long said the cracks were cosmetic.",
        2,
        "Pham Van Long",
    ),
    (
        "a-company-is-no-full-name",
        "The deal was signed by Ayala Land and Mitsubishi Estate.\n\nAyala said the project would cost P12 billion.",
        2,
        "narration",
    ),
    (
        "an-attribution-no-rule-reads-is-not-the-last-speaker",
        'Residents of Long Bien district said the water was rising.\n\n"We had to move," said Long.',
        2,
        "unclear",
    ),
]

# "he" or "she" after a second person the text names with a title: either, so neither
PRONOUN_RIVALS = [
    (
        "met-an-envoy",
        'Labour Minister Heng Sour met Thai envoy Somchai Prasert on Monday.\n\n"We agreed on a new quota," he said.',
        2,
        "unclear",
    ),
    (
        "spoke-after-a-professor",
        'Dr Lim Wei Ling spoke after Professor Tan Mei Hua at the forum.\n\n"The data is clear," she said.',
        2,
        "unclear",
    ),
    (
        "welcomed-an-ambassador",
        "Governor Sok Dara welcomed Ambassador Ueno Kenta to the province on Friday.\n\n"
        "He said trade would double by 2030.",
        2,
        "unclear",
    ),
    (
        "a-place-is-no-rival",
        'Union leader Ath Thorn met workers in Kandal on Monday.\n\n"We will strike," he said.',
        2,
        "Ath Thorn",
    ),
    (
        "a-spokesman-is-no-she",
        "Finance adviser Noreen Akhtar said the rule would help filers.\n\n"
        "A ministry spokesman said 40,000 returns had been filed.\n\n"
        "Mobile payments had doubled, she added.",
        3,
        "Noreen Akhtar",
    ),
    (
        "a-spokeswoman-is-no-he",
        "Trade Minister Sok Dara opened the fair.\n\nA ministry spokeswoman said 300 firms took part.\n\n"
        '"We expect more next year," he said.',
        3,
        "Sok Dara",
    ),
    (
        "a-title-of-the-other-pronoun-is-no-rival",
        'Labour Minister Heng Sour met Ms Chea Sopheap, a garment worker, on Monday.\n\n"We will help," he said.',
        2,
        "Heng Sour",
    ),
]

# posts and places inside a description or a name run
POSTS_AND_PLACES = [
    (
        "the-hospital-is-the-hospital-never-its-surgeon",
        "Dr Sushila Rai, a surgeon at Patan Hospital, said the wards were full.\n\n"
        "According to the hospital's records, 40 operations were cancelled.",
        2,
        "Patan Hospital",
    ),
    (
        "a-department-of-another-portfolio",
        "The provincial emergency management department said 40 homes collapsed.\n\n"
        "The provincial department of agriculture said 300 hectares were flooded.",
        2,
        "provincial department of agriculture",
    ),
    (
        "name-after-a-peoples-committee",
        "Vice Chairman of the Da Nang People's Committee Tran Van Son said schools would reopen.",
        1,
        "Tran Van Son",
    ),
    (
        "name-after-a-department",
        "Deputy Director of the Hanoi Health Department Nguyen Van Hai said 12 clinics had closed.",
        1,
        "Nguyen Van Hai",
    ),
    (
        "name-after-a-corporation",
        "Chairman of Vietnam Airlines Corporation Dang Ngoc Hoa said flights would resume.",
        1,
        "Dang Ngoc Hoa",
    ),
    # a pronoun that reaches over a paragraph to two people of no known pronoun
    (
        "she-over-a-paragraph-to-two-people",
        "Undersecretary Jose Cruz said contracts rose. Administrator Maria Santos said funds were enough.\n\n"
        "The Philippine Statistics Authority said 2 million Filipinos worked abroad.\n\n"
        '"Fees are too high," she added.',
        3,
        "unclear",
    ),
    (
        "he-in-the-next-paragraph-is-the-last-speaker",
        "Ana Reyes, a teacher, said prices rose. Ben Cruz, a driver, said fares rose too.\n\n"
        '"We cannot save anything now," he said.',
        2,
        "Ben Cruz",
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
        "government-proposed-a-tax",
        "The federal government has proposed raising the tax on cash withdrawals to 1.5 percent.",
        1,
        "narration",
    ),
    (
        "proposed-that-is-speech",
        "The Employers Federation proposed that the wage rise be phased in over two years.",
        1,
        "Employers Federation",
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
    (
        "post-after-an-institution-of-a-country",
        "Bank of Korea Governor Rhee Chang-yong said inflation had peaked.",
        1,
        "Rhee Chang-yong",
    ),
    (
        "deputy-post-after-an-institution",
        "Reserve Bank of India Deputy Governor Michael Patra said prices would ease.",
        1,
        "Michael Patra",
    ),
    (
        "president-after-a-chamber",
        "Chamber of Commerce President Sok Dara said exports would rise.",
        1,
        "Sok Dara",
    ),
    (
        "company-then-role-then-name-saying",
        "Maybank Securities analyst Chua Mei Ling kept her buy call, saying demand looked durable.",
        1,
        "Chua Mei Ling",
    ),
    (
        "company-then-role-then-name-and-warned",
        "CGS International economist Lim Kai Wen cut his forecast and warned of weaker exports.",
        1,
        "Lim Kai Wen",
    ),
    (
        "company-word-in-a-name",
        "Kansai Electric Power said on Thursday it would raise prices.",
        1,
        "Kansai Electric Power",
    ),
    (
        "a-person-and-the-hospital-named-after-a-city",
        "Dr. Tran Thi Vinh, deputy director of Vinh General Hospital, said 40 patients were moved.\n\n"
        "Vinh said the ground floor flooded in an hour.",
        2,
        "Tran Thi Vinh",
    ),
    (
        "the-bank-is-the-banking-corporation-never-a-piece-of-its-name",
        "Metro Pacific Banking Corp. (MPBC) said in a note that remittances would slow.\n\n"
        "The bank said the peso had risen 3 percent.",
        2,
        "Metro Pacific Banking Corp.",
    ),
    (
        "company-acronym-after-corp",
        '"The peso is eating into what families receive," Rizal Savings Banking Corp. (RSBC) said in a note.',
        1,
        "Rizal Savings Banking Corp.",
    ),
    (
        "central-bank-with-a-tagalog-connector",
        "Remittances rose 3 percent in July, the Bangko Sentral ng Pilipinas (BSP) said on Tuesday.",
        1,
        "Bangko Sentral ng Pilipinas",
    ),
    ("the-central-bank-a-country-has-one", "The central bank said inflation would ease.", 1, "central bank"),
    # a speaker the text says it does not name is nobody it names
    (
        "official-who-asked-not-to-be-named",
        "Park Ji-won, director of the trade ministry's export division, spoke on Monday.\n\n"
        "An official at the ministry, who asked not to be named, said exports would recover.",
        2,
        "official at the ministry",
    ),
    (
        "spokesperson-on-condition-of-anonymity",
        "Somchai Prasert, deputy head of the Energy Regulatory Office, met traders.\n\n"
        "A spokesperson for the office, speaking on condition of anonymity, said bills would rise.",
        2,
        "spokesperson for the office",
    ),
    (
        "company-sdn-bhd-shares-a-word-with-a-person",
        "Transport union leader Azman Ismail said drivers were owed RM2 million by Azman Coaches Sdn Bhd.\n\n"
        '"They drove every night," Azman said.',
        2,
        "Azman Ismail",
    ),
    (
        "a-possessive-inside-a-run-is-no-name",
        "The traders' association of Karachi's Jodia Bazaar said its members would strike.",
        1,
        "traders' association of Karachi's Jodia Bazaar",
    ),
    (
        "a-market-is-a-place",
        "The Traders Union of Bogyoke Market said shops would close on Friday.",
        1,
        "Traders Union of Bogyoke Market",
    ),
    (
        "an-unknown-body-of-a-place",
        "The Anjuman-e-Traders of Karachi's Jodia Bazaar said its members would strike.",
        1,
        "Anjuman-e-Traders of Karachi's Jodia Bazaar",
    ),
    (
        "a-place-is-never-the-speaker",
        "The Kalayaan Vendors of Divisoria Market said stalls would close.",
        1,
        "Kalayaan Vendors of Divisoria Market",
    ),
    ("outlet-reported-that", "Kyodo News reported that the minister would resign.", 1, "narration"),
    ("outlet-closing-reported", "The minister would resign, Kyodo reported on Monday.", 1, "narration"),
]


ALL_CASES = (
    SHORT_FORMS
    + SHARED_WORDS
    + PRONOUN_RIVALS
    + POSTS_AND_PLACES
    + DATES_IN_NAMES
    + ACTS
    + TITLE_STOPS
    + ISSUERS
    + WHOLE_NAMES
)


@pytest.mark.parametrize(("case", "text", "number", "expected"), ALL_CASES, ids=[c[0] for c in ALL_CASES])
def test_a_name_is_earned_by_the_text(case, text, number, expected):
    assert _speaker(text, number) == expected


def test_a_quote_after_an_unread_attribution_names_nobody():
    """The second quote's own words say someone else speaks ("said Long"), so it does not
    go on from Sok Dara's quote before it."""
    text = 'Sok Dara, a farmer, said rain was late.\n\n"A bad year," said Sok Dara. "Very bad," said Long.'
    voices = attribute(parse_article("case", "case.txt", text.encode(), default_meta("case")))
    quotes = [a for a in voices.paragraph(2).attributions if a.kind == "quote"]
    assert [a.speaker.name if a.speaker else None for a in quotes] == ["Sok Dara", None]
