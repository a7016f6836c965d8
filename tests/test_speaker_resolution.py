"""Speakers not named in their own paragraph: a name is given only where the text earns it.

Every case is written for this test (invented people, real institutions' kinds of
sentence), in several wordings a newsroom uses. Where more than one person of the text
could be meant, or the text says the speaker is someone it does not name, the answer is
"unclear" or the unnamed speaker, never the nearest name.
"""

from __future__ import annotations

import pytest

from test_attribution_constructions import _speaker as speaker_label
from test_attribution_news import _voices

# an official the text says it does not name is never a person it names
ANONYMOUS = [
    (
        "asked-not-to-be-named",
        "Chea Dara, director-general of the customs department, said exports rose in May.\n\n"
        "An official at the department, who asked not to be named, said the figures would be revised.",
        2,
        "official at the department",
    ),
    (
        "not-authorised-to-speak",
        "Sok Vanna, a spokesman for the Ministry of Commerce, said rice stocks were ample.\n\n"
        "A spokesman for the ministry, who was not authorised to speak to the media, said prices would rise.",
        2,
        "spokesman for the ministry",
    ),
    (
        "declined-to-be-identified",
        "Ana Reyes, the consul at the embassy, met the stranded workers on Tuesday.\n\n"
        "An embassy official who declined to be identified told reporters that 40 of them would fly home.",
        2,
        "embassy official",
    ),
    (
        "condition-of-anonymity",
        "Nguyen Van Binh, deputy head of the provincial police, said 12 people had been detained.\n\n"
        "An officer at the police station, speaking on condition of anonymity, said more arrests were likely.",
        2,
        "officer at the police station",
    ),
    (
        "name-not-used",
        "Sok Vanna, the embassy's labour attaché, met the workers.\n\n"
        "An embassy official, who asked that his name not be used, said they would fly home.",
        2,
        "embassy official",
    ),
    (
        "requested-anonymity",
        "Chea Dara, director-general of the customs department, said exports rose.\n\n"
        "An official at the department who requested anonymity said the figures would be revised.",
        2,
        "official at the department",
    ),
    (
        "declined-to-give-her-name",
        "Chea Dara, director-general of the customs department, said exports rose.\n\n"
        "An official at the department, who declined to give her name, said the figures would be revised.",
        2,
        "official at the department",
    ),
    (
        "not-authorized-to-discuss",
        "Chea Dara, director-general of the customs department, said exports rose.\n\n"
        "An official at the department, who was not authorized to discuss the figures, said they would be revised.",
        2,
        "official at the department",
    ),
    (
        "on-condition-he-not-be-named",
        "Chea Dara, director-general of the customs department, said exports rose.\n\n"
        "An official at the department said, on condition that he not be named, that the figures would be revised.",
        2,
        "official at the department",
    ),
    (
        "a-source-is-unnamed",
        "Chea Dara, director-general of the customs department, said exports rose in May.\n\n"
        "A source at the department said the figures would be revised.",
        2,
        "source at the department",
    ),
    (
        "familiar-with-the-case",
        "Sok Vanna, the embassy's labour attaché, met the workers.\n\n"
        "An official at the embassy familiar with the case said they would fly home on Friday.",
        2,
        "official at the embassy familiar with the case",
    ),
    (
        "with-knowledge-of-the-talks",
        "Sok Vanna, a spokesman for the Ministry of Commerce, said rice stocks were ample.\n\n"
        "A ministry official with knowledge of the talks told Reuters that a deal was close.",
        2,
        "ministry official with knowledge of the talks",
    ),
    (
        "the-spokesman-unnamed",
        "Spokesman Lee Joon-ho said the agency would appeal.\n\n"
        "The spokesman, who did not want to be named, later said the appeal had been dropped.",
        2,
        "unclear",
    ),
]

# an official of one body is never the person named with another body of the same kind
OTHER_BODY = [
    (
        "authority-other-authority",
        "Ly Sopheap, head of the Water Supply Authority, said the pipes were old.\n\n"
        "An official at the Electricity Authority said power cuts would end in June.",
        2,
        "official at the Electricity Authority",
    ),
    (
        "bureau-other-bureau",
        "Maria Santos, a director at the Bureau of Customs, said the shipments were held.\n\n"
        "A spokesman for the Bureau of Immigration said the travellers were sent back.",
        2,
        "spokesman for the Bureau of Immigration",
    ),
    (
        "office-other-office",
        "Tanaka Hiroshi, an official at the Kumamoto City Office, said the shelters were full.\n\n"
        "A representative of the Fukuoka Prefectural Office said buses would leave at noon.",
        2,
        "representative of the Fukuoka Prefectural Office",
    ),
    (
        "department-of-another-portfolio",
        "The provincial department of labour said 300 workers had returned.\n\n"
        "The provincial department of health said 12 of them were ill.",
        2,
        "provincial department of health",
    ),
    (
        "office-for-another-task",
        "The city office for disaster management said roads were closed.\n\n"
        "The city office for tourism said hotels were empty.",
        2,
        "city office for tourism",
    ),
    (
        "bureau-of-another-field",
        "The regional bureau of statistics said prices rose 4 percent.\n\n"
        "The regional bureau of meteorology said the drought would last until May.",
        2,
        "regional bureau of meteorology",
    ),
    (
        "department-of-the-same-portfolio",
        "The state department of fisheries said the catch fell.\n\n"
        "The department of fisheries said boats would stay in port.",
        2,
        "state department of fisheries",
    ),
    (
        "same-body-still-resolves",
        "Ly Sopheap, head of the Water Supply Authority, met the villagers on Monday.\n\n"
        "An official at the Water Supply Authority said the pipes would be replaced.",
        2,
        "Ly Sopheap",
    ),
]


# "the hospital", "the port": an institution word, never a person whose post is held there
ROLE_HEAD = [
    (
        "hospital-records",
        "Dr Anita Rai, president of the nurses' union at Teku Hospital, said staff were tired.\n\n"
        "According to the hospital's records, 40 surgeries were postponed.",
        2,
        "Teku Hospital",  # the hospital's own records: the institution, never Dr Rai
    ),
    (
        "the-school-said",
        "Lim Wei, chairman of the parents' association at Sunrise School, said fees were high.\n\n"
        "The school said classes would resume on Monday.",
        2,
        "Sunrise School",  # the school speaks, never its parents' chairman
    ),
    (
        "the-port-said",
        "Ko Ko Aung, secretary of the dockworkers' committee at Thilawa Port, said ships were waiting.\n\n"
        "The port said the backlog would clear by Friday.",
        2,
        "narration",
    ),
    (
        "the-analyst-is-the-post",
        "Sok Lina, a Maybank analyst, said prices would rise.\n\nThe analyst said the bank would cut rates.",
        2,
        "Sok Lina",
    ),
    (
        "the-director-is-the-post",
        "Kim Soo-ah, director of the Busan Port Authority, said cargo fell.\n\n"
        "The director said exports would recover in the autumn.",
        2,
        "Kim Soo-ah",
    ),
]

# a pronoun the text never gave its nearest candidate, a paragraph away, with another
# person it fits: a guess, so unclear; with nobody else, or no gap, the candidate
PRONOUN_GAP = [
    (
        "he-said-two-traders",
        "Chan Dara, a farmer, said rice prices fell.\n\nSok Vanna, a trader, said exports were strong.\n\n"
        'The ministry did not comment.\n\n"We need rain," he said.',
        4,
        "unclear",
    ),
    (
        "she-added-two-vendors",
        "Maria Cruz, a vendor in Quiapo, said sales were slow.\n\nLinda Reyes, who sells fish, said prices had "
        "doubled.\n\nThe city council voted on Monday to extend market hours.\n\n"
        "She added that buyers now came only at weekends.",
        4,
        "unclear",
    ),
    (
        "he-added-after-a-bank",
        "Economist Kenji Mori said the yen would weaken.\n\nHiroshi Sato, a banker, said rates would rise.\n\n"
        "The central bank said it would hold rates.\n\nHe added that exporters would gain.",
        4,
        "unclear",
    ),
    (
        "only-one-candidate-across-a-gap",
        'Farmer Chan Dara said rice prices fell.\n\nThe ministry did not comment.\n\n"We need rain," he said.',
        3,
        "Chan Dara",
    ),
    (
        "nearest-in-the-paragraph-before",
        "Chan Dara, a farmer, said rice prices fell.\n\nSok Vanna, a trader, said exports were strong.\n\n"
        '"We need rain," he said.',
        3,
        "Sok Vanna",
    ),
    (
        "pronoun-given-by-a-title",
        "Chan Dara said rice prices fell.\n\nMs Sok Lina said exports were strong.\n\n"
        'The ministry did not comment.\n\n"We need rain," she said.',
        4,
        "Sok Lina",
    ),
    (
        "described-then-named-is-one-person",
        "A 40-year-old fisherman said the catch had halved.\n\n"
        '"We go further out every year," said Hem Sokha, who has fished the lake for 20 years.\n\n'
        "The lake shrank by a third last year.\n\nHe said the fish would not come back.",
        4,
        "Hem Sokha",
    ),
]

# a quote with an attribution of its own never goes on from the paragraph before,
# even where the words that name its speaker cannot be read
OWN_ATTRIBUTION = [
    (
        "two-sources-one-note",
        'Finance Minister Sok Heng said growth would slow.\n\n"Exports are holding up," Oxford Economics Asia '
        "and the UOB Kay Hian desk said in a joint note.",
        2,
        "Oxford Economics Asia",  # two speakers of one sentence: the first, as the corpus gold names them
    ),
    (
        "firm-of-a-city",
        'Trade Minister Lee Soo-jin said tariffs would fall.\n\n"Orders are back," Nguyen-Tran & Partners of '
        "Da Nang said.",
        2,
        "unclear",
    ),
    (
        "company-suffix-and-acronym",
        'Finance Minister Sok Heng said growth would slow.\n\n"Exports are holding up better than expected," '
        "Acme Holdings Corp. (AHC) said in a note to clients.",
        2,
        "Acme Holdings Corp.",
    ),
    (
        "limited-company-and-acronym",
        'Central bank governor Maria Dela Cruz said rates would hold.\n\n"The peso is too strong for exporters," '
        "Bayanihan Securities Inc. (BSI) told clients.",
        2,
        "Bayanihan Securities Inc.",
    ),
    (
        "continuing-quote-still-continues",
        'Finance Minister Sok Heng said growth would slow.\n\n"Exports are holding up, but not for long."',
        2,
        "Sok Heng",
    ),
]

# two people the text calls "he" (or "she") speak in one paragraph: the pronoun after
# them is unclear; a second speaker in a "while" clause is the nearest
SPEAKERS_BESIDE = [
    (
        "two-misters-then-quote",
        "Mr Tan Boon Hock told reporters the bridge was safe. Mr Lim Kok Wai said it needed repairs.\n\n"
        '"Nobody has checked it in ten years," he said.',
        2,
        "unclear",
    ),
    (
        "two-women-quoted-then-added",
        'Nguyen Thi Hoa, a nurse, said the ward was full. "We sleep here," she said. Tran Thi Mai, a doctor, '
        'said beds were short. "We use the corridor," she told reporters.\n\nShe added that oxygen was running low.',
        2,
        "unclear",
    ),
    (
        "two-mrs-then-reported",
        "Mrs Kanokwan Srisuk said the market would close. Mrs Pranee Thongdee disagreed and said it would stay "
        "open.\n\nShe said the vendors would protest on Friday.",
        2,
        "unclear",
    ),
    (
        "while-clause-speaker-is-the-nearest",
        "Economist Kenji Mori said the yen would weaken, while trader Hiroshi Sato told Reuters it would hold."
        "\n\nHe added that exporters were nervous.",
        2,
        "Hiroshi Sato",
    ),
    (
        "whereas-clause-two-institutions-it-unclear",
        "The Finance Ministry said revenue rose, whereas the Federation of Small Traders told reporters collections "
        "fell.\n\nIt added that shops in the north were hit hardest.",
        2,
        "unclear",
    ),
    (
        "but-clause-speaker-is-the-nearest",
        "Farmer Chan Dara said the rains were late, but agronomist Sok Vanna said the crop would survive.\n\n"
        "He added that the dams were full.",
        2,
        "Sok Vanna",
    ),
    (
        "it-after-two-ministries",
        "The Labour Ministry said 40 workers returned. The Interior Ministry said police were investigating."
        "\n\nIt added that the broker had fled.",
        2,
        "unclear",
    ),
    (
        "they-after-groups-and-an-association",
        "Rights groups said the law was vague. The Bar Association said it was unconstitutional.\n\n"
        "They urged the government to withdraw it.",
        2,
        "unclear",
    ),
    (
        "it-one-ministry-a-paragraph-nearest",
        "The Labour Ministry said 40 workers returned.\n\nThe Interior Ministry said police were investigating."
        "\n\nIt added that the broker had fled.",
        3,
        "Interior Ministry",
    ),
    (
        "two-speakers-no-pronoun-given-nearest",
        "Sok Dara, a union leader, said wages were late. Chan Vuthy, the factory's manager, said they would be "
        'paid on Friday.\n\n"We have no money until the buyer pays," he said.',
        2,
        "Chan Vuthy",
    ),
    (
        "the-other-is-she",
        'Ms Sok Lina said prices fell. Mr Chan Dara said they rose.\n\n"It is a good year," he said.',
        2,
        "Chan Dara",
    ),
    (
        "the-other-is-an-institution",
        "The ministry said the fees were illegal. Sok Dara, a broker, said they were legal.\n\n"
        '"Everyone pays," he said.',
        2,
        "Sok Dara",
    ),
]

# a paragraph that is all quote goes on from the speech that ends the paragraph before,
# unless another person is named after that speech; after a paragraph of narration it is
# someone's words, but nobody's by the text
RUNNING_ON = [
    (
        "quote-after-no-comment",
        "Chan Dara, a farmer, said the well was dry.\n\nThe ministry did not reply to questions.\n\n"
        '"We will lose the whole crop this year."',
        3,
        "unclear",
    ),
    (
        "quote-after-figures",
        "Nurse Tran Thi Mai said the ward was full.\n\nThe hospital has 420 beds and 1,100 patients.\n\n"
        '"Some of them sleep on the stairs, and we step over them at night."',
        3,
        "unclear",
    ),
    (
        "quote-after-background",
        "Union leader Ath Thorn said the strike would go on.\n\nThe factory, which makes shoes for European "
        'brands, opened in 2015.\n\n"They can fire us all, but they cannot fire the law!"',
        3,
        "unclear",
    ),
    (
        "quote-after-a-neighbour-named",
        '"We waited three months," said Chan Dara, a farmer. His neighbour, Sok Vuthy, lost his land to the '
        'company in March.\n\n"They took everything we had."',
        2,
        "unclear",
    ),
    (
        "quote-after-a-patient-named",
        "Nurse Tran Thi Mai said the ward was full. Doctors treated Le Van Hung, a patient, in the corridor."
        '\n\n"There was nowhere else to put him."',
        2,
        "unclear",
    ),
    (
        "quote-after-an-owner-named",
        '"Our wages are late," union leader Ath Thorn told reporters. The factory owner, Lim Heng, did not '
        'reply.\n\n"We will strike on Monday."',
        2,
        "unclear",
    ),
    (
        "quote-after-no-reply-goes-on",
        '"We waited three months," said Chan Dara, a farmer. The company did not reply to questions.\n\n'
        '"They took everything we had."',
        2,
        "Chan Dara",
    ),
    (
        "quote-after-a-quote-goes-on",
        '"We waited three months," said Chan Dara, a farmer.\n\n"Nobody from the ministry ever came."',
        2,
        "Chan Dara",
    ),
]

# a pronoun far from its only candidate: places, peoples and scare quotes between them
# name nobody else; a person named between does
PRONOUN_FAR = [
    (
        "far-past-places-and-peoples",
        "Naomi Sato, who runs a shelter in Gunma, said the centres closed early.\n\nGunma has many foreign "
        "residents.\n\nThe shelter in Maebashi took 900 calls last year.\n\nMost callers were Vietnamese or "
        "Filipinos.\n\nShe said the calls came at night.",
        5,
        "Naomi Sato",
    ),
    (
        "far-past-a-scare-quote",
        "Yuki Tanaka, a lawyer, said the rules were weak.\n\nAbout 400,000 trainees work in Japan.\n\n"
        'The program will become an "employment for skills" system in 2027.\n\nMost trainees come from '
        'Vietnam, followed by Indonesians.\n\n"Nothing changes until then," she said.',
        5,
        "Yuki Tanaka",
    ),
    (
        "far-past-towns",
        "Ana Cruz, a relief worker, said the shelters were full.\n\nThe storm made landfall near Cebu on Sunday.\n\n"
        "More than 2,000 families fled to schools in Bohol.\n\nMany were fishermen from Leyte.\n\n"
        "She added that food would run out by Friday.",
        5,
        "Ana Cruz",
    ),
    (
        "far-past-a-person-named",
        "Yuki Tanaka, a lawyer, said the rules were weak.\n\nAbout 400,000 trainees work in Japan.\n\n"
        "The program will change in 2027, officials say.\n\nOne trainee, Minh, was sent home in May.\n\n"
        '"Nothing changes until then," she said.',
        5,
        "unclear",
    ),
]

# "according to her": a pronoun like "she said", resolved the same way
ACCORDING_TO_PRONOUN = [
    (
        "according-to-her-opening",
        "Nurse Tran Thi Mai said the ward was full.\n\nAccording to her, 30 patients slept in the corridor.",
        2,
        "Tran Thi Mai",
    ),
    (
        "according-to-him-closing",
        "Union leader Ath Thorn said the strike would go on.\n\nMore than 300 workers joined, according to him.",
        2,
        "Ath Thorn",
    ),
    (
        "according-to-it",
        "The Cambodian Labour Confederation said wages were late.\n\n"
        "According to it, 12 factories had not paid since March.",
        2,
        "Cambodian Labour Confederation",
    ),
    (
        "according-to-him-two-misters",
        "Mr Tan Boon Hock told reporters the bridge was safe. Mr Lim Kok Wai said it needed repairs.\n\n"
        "According to him, nobody had checked it in ten years.",
        2,
        "unclear",
    ),
]

# a person named between the candidate and the pronoun, though not as a speaker or a
# sentence's subject, could be meant too; places, outlets and institutions are nobody
NAMED_SINCE = [
    (
        "arrested-in-the-next-paragraph",
        "Police chief Somchai Deeprom said 40 passports were found.\n\n"
        'Officers arrested Chan Vuthy, a broker, at his home on Monday.\n\n"I did nothing wrong," he said.',
        3,
        "unclear",
    ),
    (
        "arrested-in-the-same-paragraph",
        "Police chief Somchai Deeprom said 40 passports were found. Officers arrested Chan Vuthy, a broker, "
        'at his home on Monday.\n\n"I did nothing wrong," he said.',
        2,
        "unclear",
    ),
    (
        "the-court-jailed",
        "Prosecutor Lim Wei Ling said the evidence was clear.\n\n"
        'The court jailed Tan Mei Hua for three years on Friday.\n\n"Justice has been served," she said.',
        3,
        "unclear",
    ),
    (
        "drove-to-a-city",
        "Farmer Sok Dara said the well was dry.\n\nHe drove to Phnom Penh on Monday and met officials of the "
        'Ministry of Water Resources and Meteorology.\n\n"Nobody could help us," he said.',
        3,
        "Sok Dara",
    ),
    (
        "a-company-is-nobody",
        "Maria Santos, a vendor, said sales fell.\n\nShares of Ayala Land rose 3 percent on Monday.\n\n"
        '"Nobody is buying," she said.',
        3,
        "Maria Santos",
    ),
    (
        "told-an-outlet-and-a-district",
        "Nurse Tran Thi Mai said the ward was full, she told Tuoi Tre News.\n\n"
        'The hospital serves Binh Thanh district.\n\n"We need more beds," she said.',
        3,
        "Tran Thi Mai",
    ),
]

# two bodies (or two bodies' officials) in one paragraph: "the ministry", "the official"
# after them could be either; one in each paragraph, the nearest
BODIES_BESIDE = [
    (
        "two-officials-one-sentence",
        "Sok Dara, an official at the Labour Ministry, and Chea Ratha, an official at the Interior Ministry, "
        "visited the camp.\n\nThe official said the workers would be moved.",
        2,
        "unclear",
    ),
    (
        "two-ministries-one-paragraph",
        "The Labour Ministry said 40 workers returned. The Interior Ministry said police were investigating."
        "\n\nThe ministry added that the broker had fled.",
        2,
        "unclear",
    ),
    (
        "two-agencies-one-paragraph",
        "The National Disaster Agency said 12 people died. The Meteorological Agency told reporters more rain "
        "was coming.\n\nThe agency also said schools would stay shut.",
        2,
        "unclear",
    ),
    (
        "the-bank-is-the-banking-company-that-spoke-last",
        "The central bank said remittances rose 3 percent.\n\n"
        '"The peso is too strong," Bayanihan Banking Corp. said in a note.\n\n'
        "The bank said families were receiving less.",
        3,
        "Bayanihan Banking Corp.",
    ),
    (
        "a-trading-company-spoke-since",
        "The Ministry of Finance said revenue rose.\n\nThe Mekong Trading Company said exports fell.\n\n"
        "The ministry said the budget would be revised.",
        3,
        "Ministry of Finance",
    ),
    (
        "ministries-in-two-paragraphs-nearest",
        "The Labour Ministry said 40 workers returned.\n\nThe Interior Ministry said police were "
        "investigating.\n\nThe ministry added that the broker had fled.",
        3,
        "Interior Ministry",
    ),
    (
        "one-official",
        "Sok Dara, an official at the Labour Ministry, said 40 workers returned.\n\n"
        "The official added that more would follow.",
        2,
        "Sok Dara",
    ),
]

# "her lawyer", "his spokesman": someone the text does not name, never the person before;
# a pronoun after their words could be theirs
OWNED_PERSON = [
    (
        "her-lawyer-said",
        "Sok Lina said her wages were late.\n\nHer lawyer said the factory owed $2,000.",
        2,
        "unclear",
    ),
    (
        "his-spokesman-said",
        "Prime Minister Hun Manet visited the camp on Monday.\n\n"
        "His spokesman told reporters the government would pay for the flights.",
        2,
        "unclear",
    ),
    (
        "she-after-her-lawyer",
        'Sok Lina said her wages were late.\n\nHer lawyer said the factory owed $2,000.\n\n"We will sue," she said.',
        3,
        "unclear",
    ),
    (
        "he-after-his-lawyer-same-paragraph",
        'Mr Sok Dara said wages were late. His lawyer said the factory owed $2,000.\n\n"We will sue," he said.',
        2,
        "unclear",
    ),
    (
        "her-son-then-his-name",
        "Sok Lina said her savings were gone.\n\nHer son, Chan Vuthy, said the bank had not helped.",
        2,
        "Chan Vuthy",
    ),
]

# speech the reader cannot give anyone opens the paragraph: its speaker is not the next one
UNREAD_FIRST = [
    (
        "division-head-told-reporters",
        "Head of the Division of Planning and Finance under the provincial Department of Health and Social Affairs "
        "Tran Van Khoa told reporters that 200 homes were flooded. Analyst Le Thi Hoa said 40 bridges were damaged.",
        1,
        "unclear",
    ),
    (
        "party-secretary-cum-chairman-said-that",
        "Permanent Deputy Secretary of the Party Committee of Binh Duong Province cum Chairman of the provincial "
        "People's Council Nguyen Van Loc said that schools would reopen. Teacher Pham Van Son said 30 schools "
        "were damaged.",
        1,
        "unclear",
    ),
    (
        "board-chairman-said-that",
        "Chairman of the Board of Directors of Saigon Port Joint Stock Company Vo Minh Tri said that cargo fell 8 "
        "percent. Analyst Tran Quoc Huy said the drop was seasonal.",
        1,
        "unclear",
    ),
    (
        "a-council-head-read-is-the-first-speaker",
        "Deputy Head of the provincial People's Council Tran Van Khoa told the press that 200 homes were flooded. "
        "In Quang Nam, Director of the provincial Department of Construction Le Thi Hoa said 40 bridges were "
        "damaged.",
        1,
        "Tran Van Khoa",
    ),
]

# British-style single quotation marks are quotes; a ’ before a letter is an apostrophe
SINGLE_QUOTES = [
    (
        "single-quote-then-said-name",
        "‘We are producing nothing at the plant,’ said Karim Hossain, director of the corporation.\n\n"
        "He said gas supply had halved.",
        2,
        "Karim Hossain",
    ),
    (
        "colon-then-single-quote-with-apostrophe",
        "Farmer Abdul Malek said: ‘The dealer’s price went up again, and nobody explains why.’\n\n"
        "‘We will plant less next season.’",
        2,
        "Abdul Malek",
    ),
    (
        "single-quote-paragraph-runs-on",
        "‘Every day of shutdown costs us,’ Nasima Begum, a plant manager, told New Age.\n\n"
        "‘Nobody from the ministry has called.’",
        2,
        "Nasima Begum",
    ),
]

CASES = (
    ANONYMOUS
    + OTHER_BODY
    + ROLE_HEAD
    + PRONOUN_GAP
    + OWN_ATTRIBUTION
    + SPEAKERS_BESIDE
    + RUNNING_ON
    + SINGLE_QUOTES
    + PRONOUN_FAR
    + ACCORDING_TO_PRONOUN
    + NAMED_SINCE
    + BODIES_BESIDE
    + UNREAD_FIRST
    + OWNED_PERSON
)


@pytest.mark.parametrize(("case", "text", "number", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_speaker_not_named_in_the_paragraph(case, text, number, expected):
    assert speaker_label(text, number) == expected


def test_a_month_abbreviation_before_a_day_does_not_end_the_sentence():
    voices = _voices("Families who sign by the Oct. 31 deadline will also get rice, Sok Dara said on Friday.")
    (attribution,) = voices.paragraph(1).attributions
    assert attribution.speaker is not None and attribution.speaker.name == "Sok Dara"
    assert attribution.start == voices.paragraph(1).start  # the sentence runs from "Families", not from "31"


def test_single_quotation_marks_span_the_quote_and_skip_apostrophes():
    voices = _voices("Farmer Abdul Malek said: ‘The dealer’s price went up again.’")
    (quote,) = [a for a in voices.paragraph(1).attributions if a.kind == "quote"]
    text = "Farmer Abdul Malek said: ‘The dealer’s price went up again.’"
    assert text[quote.start : quote.end] == "‘The dealer’s price went up again.’"
    assert quote.speaker is not None and quote.speaker.name == "Abdul Malek"


# Constructions where a careless reader names the wrong person: a reaction after the
# quote, a name inside the quote, a name as the object of another's verb, a lawyer or
# spokesman of a named person, a background sentence before a pronoun, a list of names,
# a question put to a speaker, a title before anyone holds it. Each answer is the
# speaker, a description of them, or unclear, never another person of the text.
NEVER_ANOTHER = [
    # a reaction from someone else after the attribution
    (
        "reaction-disagreed",
        '"Wages will rise by June," said Chan Sophal. Lim Dara, a factory owner, disagreed.',
        1,
        {"Chan Sophal"},
    ),
    (
        "reaction-unconvinced",
        '"The mine is safe," Kofi Mensah told reporters. Ama Serwaa, whose son died there, was unconvinced.',
        1,
        {"Kofi Mensah"},
    ),
    (
        "reaction-new-paragraph",
        '"We will win the vote," said Rosa Delgado.\n\nMarco Ruiz disagreed. "They will lose," he said.',
        2,
        {"Marco Ruiz", "unclear"},
    ),
    (
        "reaction-agreed",
        '"We need more nurses," said Grace Mensah. Her deputy, Raj Kumar, agreed.',
        1,
        {"Grace Mensah"},
    ),
    # a name inside the quote is not the speaker
    (
        "quote-names-a-minister",
        '"Minister Lim Chea promised us the money," said Tan Wei Ming, a bus driver.',
        1,
        {"Tan Wei Ming"},
    ),
    (
        "quote-names-a-governor",
        '"We trusted Governor Ana Reyes," farmer Pedro Santos told the BBC.',
        1,
        {"Pedro Santos"},
    ),
    ("quote-names-a-mister", '"Mr Okafor never answered our letters," Grace Mensah said.', 1, {"Grace Mensah"}),
    ("quote-is-a-full-name", '"Ana Cruz is not telling the truth," Raj Patel said on Friday.', 1, {"Raj Patel"}),
    # "X told Y": X speaks
    ("told-a-named-person", "Sok Lina told Chan Dara that the fees were illegal.", 1, {"Sok Lina"}),
    (
        "told-a-titled-person",
        "Finance Minister Pen Sovann told Governor Lim Hak the budget would shrink.",
        1,
        {"Pen Sovann"},
    ),
    ("told-after-quote", '"Pay them now," Lim Chea told Mayor Ana Reyes.', 1, {"Lim Chea"}),
    ("told-about-a-third", "Grace Mensah told Tom Hill that Pedro Santos had left the city.", 1, {"Grace Mensah"}),
    # "Y was told by X": never Y
    (
        "was-told-by",
        "Chan Dara was told by Sok Lina that the fees were illegal.",
        1,
        {"Sok Lina", "unclear", "narration"},
    ),
    (
        "were-told-by",
        "Reporters were told by Inspector Raj Kumar that three men had been held.",
        1,
        {"Raj Kumar", "unclear", "narration"},
    ),
    (
        "was-told-by-pronoun",
        "Ana Cruz, a nurse, was at the clinic.\n\nShe was told by Raj Patel that the beds were full.",
        2,
        {"Raj Patel", "unclear", "narration"},
    ),
    # a named person's lawyer or spokesman speaks, not the person
    (
        "lawyer-named-after",
        "Kwame Boateng's lawyer, Abena Owusu, said the charges would be dropped.",
        1,
        {"Abena Owusu"},
    ),
    (
        "lawyer-named-before",
        "Abena Owusu, Kwame Boateng's lawyer, said the charges would be dropped.",
        1,
        {"Abena Owusu"},
    ),
    ("lawyer-unnamed", "Kwame Boateng's lawyer said the charges would be dropped.", 1, {"Kwame Boateng's lawyer"}),
    (
        "according-to-a-spokesman",
        "The plant will close in May, according to Lim Chea's spokesman.",
        1,
        {"Lim Chea's spokesman"},
    ),
    (
        "spokeswoman-for",
        "A spokeswoman for Prime Minister Sar Kimleang said the visit was off.",
        1,
        {"spokeswoman for Prime Minister Sar Kimleang"},
    ),
    (
        "aide-on-behalf",
        "Speaking on behalf of Governor Ana Reyes, aide Tom Hill said the road would open.",
        1,
        {"Tom Hill"},
    ),
    ("widow-of", '"He was innocent," said Maria Lopez, the widow of Pedro Santos.', 1, {"Maria Lopez"}),
    ("his-mother", "Kwame Boateng was arrested on Monday.\n\nHis mother said he was innocent.", 2, {"unclear"}),
    (
        "her-lawyer",
        "Grace Mensah was charged on Tuesday.\n\nHer lawyer said she would plead not guilty.",
        2,
        {"unclear"},
    ),
    # a new person's background sentence, then a pronoun
    (
        "background-moved",
        'Chan Sophal said fees were too high.\n\nMaria Lopez, 34, moved to Osaka in 2019 to bake bread. "We were never paid on time," she said.',
        2,
        {"Maria Lopez"},
    ),
    (
        "background-drove",
        'Grace Mensah said the clinic was full.\n\nKwame Boateng has driven a taxi in Accra for 20 years. "Fuel costs have doubled," he said.',
        2,
        {"Kwame Boateng"},
    ),
    # names in a relative clause are not the subject
    (
        "whom-described",
        "Kwame Boateng, whom Grace Mensah described as a friend, said he would testify.",
        1,
        {"Kwame Boateng"},
    ),
    ("who-succeeded", "Ana Cruz, who succeeded Raj Patel as mayor in March, said taxes would fall.", 1, {"Ana Cruz"}),
    ("whose-brother", '"It is over," said Lim Chea, whose brother Pen Sovann was arrested.', 1, {"Lim Chea"}),
    # a list of names: the first of them (the conventions: first or unclear), never the middle or last
    (
        "list-then-they",
        'Chan Sophal, Lim Dara and Sok Lina, all at the plant, met the minister.\n\n"We want our wages," they said.',
        2,
        {"unclear"},
    ),
    ("list-of-three", "Chan Sophal, Lim Dara and Sok Lina said they would strike.", 1, {"Chan Sophal", "unclear"}),
    (
        "list-oxford-comma",
        "Chan Sophal, Lim Dara, and Sok Lina told reporters the plant was unsafe.",
        1,
        {"Chan Sophal", "unclear"},
    ),
    (
        "list-of-four",
        "Maria Lopez, Pedro Santos, Ana Cruz and Raj Patel said they had not been paid.",
        1,
        {"Maria Lopez", "unclear"},
    ),
    (
        "list-after-a-place",
        "In Phnom Penh, Lim Dara and Sok Lina said the rent had doubled.",
        1,
        {"Lim Dara", "unclear"},
    ),
    # a question put to a speaker names someone else
    (
        "asked-whether-name",
        "Lim Chea, the mayor, opened the bridge.\n\nAsked whether Governor Ana Reyes would attend, Lim Chea said she was busy.",
        2,
        {"Lim Chea"},
    ),
    (
        "asked-about-possessive",
        "Asked about Pedro Santos's resignation, Grace Mensah said she had no comment.",
        1,
        {"Grace Mensah"},
    ),
    (
        "asked-whether-pronoun",
        "Grace Mensah, the minister, visited the port.\n\nAsked whether Pedro Santos would resign, she said nothing was decided.",
        2,
        {"Grace Mensah", "unclear"},
    ),
    ("replying-to", "Replying to Ana Cruz, Raj Patel said the money was spent.", 1, {"Raj Patel"}),
    ("in-response-to", '"That is false," Raj Patel said in response to Ana Cruz.', 1, {"Raj Patel"}),
    (
        "question-then-answer",
        '"When will you pay?" asked Tom Hill, a reporter. Grace Mensah said the money was coming.',
        1,
        {"Tom Hill"},
    ),
    # a speaker and one of theirs named after: the first of the two, never the second alone
    (
        "and-his-wife",
        "Kwame Boateng and his wife, Abena Owusu, said they would sue the hospital.",
        1,
        {"Kwame Boateng", "unclear"},
    ),
    (
        "and-her-lawyer",
        "Ana Cruz and her lawyer, Tom Hill, told reporters she would appeal.",
        1,
        {"Ana Cruz", "unclear"},
    ),
    (
        "and-his-partner",
        "Raj Patel and his business partner, Li Wen, said the shop would close.",
        1,
        {"Raj Patel", "unclear"},
    ),
    ("unnamed-and-his-deputy", "The mayor and his deputy, Li Wen, said the road would close.", 1, {"unclear"}),
    ("body-and-its-agency", "The ministry and its agency, the Bureau of Labour, said fees had fallen.", 1, {"unclear"}),
    # the person a question was put to may give the answer that follows
    ("asked-then-she", '"Will you resign?" Tom Hill asked Ana Cruz.\n\n"No," she said.', 2, {"Ana Cruz", "unclear"}),
    (
        "asked-whether-then-she",
        'Tom Hill asked Ana Cruz whether she would resign.\n\n"Not today," she replied.',
        2,
        {"Ana Cruz", "unclear"},
    ),
    (
        "pressed-then-he",
        'Presenter Mary Quinn pressed Raj Patel on the missing funds.\n\n"The audit will explain it," he said.',
        2,
        {"Raj Patel", "unclear"},
    ),
    (
        "questioned-then-he",
        "Senator Li Wen questioned Kofi Mensah about the contract.\n\nHe said it had been signed in 2021.",
        2,
        {"Kofi Mensah", "unclear"},
    ),
    # one name after role words and before an age is a person's, after a lead-in too
    ("role-mononym-age", "At the fish market in Cebu, vendor Marites, 44, said prices had doubled.", 1, {"Marites"}),
    (
        "role-mononym-age-told",
        'In Yangon, taxi driver Aung, 37, told reporters fuel was scarce.\n\n"I cannot work," he said.',
        2,
        {"Aung"},
    ),
    (
        "two-role-words-mononym",
        "Outside the clinic, rice farmer Warsito, 61, said the canal had run dry.",
        1,
        {"Warsito"},
    ),
    ("conjunction-is-no-role", "Jose Reyes met the workers.\n\nBut Reyes, 52, said nothing more.", 2, {"Jose Reyes"}),
    # a person named right after the candidate's verb may be the one who answers
    (
        "sentenced-then-he",
        'Judge Ana Cruz sentenced Raj Patel to five years.\n\n"I will appeal," he said.',
        2,
        {"unclear"},
    ),
    (
        "fired-then-he",
        "The mayor, Ana Cruz, fired Raj Patel on Monday. He said the decision was unfair.",
        1,
        {"unclear"},
    ),
    ("met-then-he", 'Pedro Santos met Raj Kumar in Lisbon on Monday.\n\n"It went well," he said.', 2, {"unclear"}),
    (
        "defeated-then-she",
        'Governor Tom Hill defeated Ana Cruz by 400 votes.\n\n"The count was fair," she said.',
        2,
        {"unclear"},
    ),
    (
        "sued-then-he",
        'Kofi Mensah sued Raj Patel over the unpaid rent.\n\n"He owes me two years," he said.',
        2,
        {"unclear"},
    ),
    # a title before anyone holding it is named
    (
        "title-first-minister",
        "The minister said the budget would be cut by 5 per cent.\n\nFinance Minister Pen Sovann spoke in parliament on Tuesday.",
        1,
        {"unclear", "narration"},
    ),
    (
        "title-first-prime-minister",
        "The prime minister said on Monday that elections would be held in July.\n\nPrime Minister Sar Kimleang also said the army would stay neutral.",
        1,
        {"unclear", "narration"},
    ),
    (
        "title-after-two-ministers",
        "Health Minister Ana Cruz and Finance Minister Raj Patel met on Monday.\n\nThe minister said the budget was fixed.",
        2,
        {"unclear"},
    ),
]


@pytest.mark.parametrize(("case", "text", "number", "allowed"), NEVER_ANOTHER, ids=[c[0] for c in NEVER_ANOTHER])
def test_a_careless_reading_never_names_another_person(case, text, number, allowed):
    assert speaker_label(text, number) in allowed


def test_a_role_before_one_name_and_an_age_is_the_speakers_role():
    voices = _voices("At the night market in Hue, noodle seller Thuy, 47, said rents had risen.")
    speaker = voices.speaker_of(1)
    assert speaker is not None and (speaker.name, speaker.role) == ("Thuy", "noodle seller")
