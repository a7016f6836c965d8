"""Speaker attribution: every rule, on the seed and on articles written for the tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, SEED_SLUG
from explainer.text.article import parse_article
from explainer.text.seeds import find_seeds, load_article
from explainer.voices import attribute


def analyse(text: str, meta: dict | None = None):
    article = parse_article("story", "seeds/story.txt", text.encode(), meta)
    return article, attribute(article)


def cue(article, attribution) -> str:
    return article.text[attribution.cue_start : attribution.cue_end]


def names(entities) -> list[str]:
    return [e.name for e in entities]


# --- The seed, paragraph by paragraph -------------------------------------------

# (paragraph, speakers, kinds of attribution, the words that named the speaker, rule, how resolved)
SEED = [
    (
        1,
        ["Hun Manet"],
        ["reported", "reported"],
        ["Prime Minister Hun Manet said", "He noted"],
        ["reported-speech", "reported-speech"],
        ["alias", "pronoun 'he'"],
    ),
    (2, [], [], [], [], []),
    (3, ["Hun Manet"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (4, ["Hun Manet"], ["quote"], ["Manet said"], ["quote-then-attribution"], ["alias"]),
    (5, ["Hun Manet"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (6, ["Hun Manet"], ["reported"], ["he said"], ["reported-speech"], ["pronoun 'he'"]),
    (7, ["Hun Manet"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (8, ["Hun Manet"], ["reported"], ["Manet urged"], ["reported-speech"], ["alias"]),
    (9, ["Hun Manet"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (10, ["Hun Manet"], ["reported"], ["The premier said"], ["reported-speech"], ["alias"]),
    (11, ["Hun Manet"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (
        12,
        ["Moeun Tola"],
        ["reported"],
        ["Moeun Tola, executive director of the Centre for Alliance of Labour and Human Rights (CENTRAL), said"],
        ["reported-speech"],
        ["name+appositive"],
    ),
    (13, ["Moeun Tola"], ["reported"], ["he said"], ["reported-speech"], ["pronoun 'he'"]),
    (14, ["Moeun Tola"], ["quote"], ["he said"], ["quote-then-attribution"], ["pronoun 'he'"]),
    (15, ["Moeun Tola"], ["reported"], ["He also suggested"], ["reported-speech"], ["pronoun 'he'"]),
]


@pytest.fixture(scope="module")
def seed():
    [files] = [s for s in find_seeds(ROOT / "seeds") if s.slug == SEED_SLUG]
    article = load_article(files)
    return article, attribute(article)


def test_seed_has_one_expectation_per_paragraph(seed):
    article, voices = seed
    assert [row[0] for row in SEED] == [p.number for p in article.paragraphs]
    assert len(voices.paragraphs) == 15


@pytest.mark.parametrize("number,speakers,kinds,cues,rules,resolutions", SEED, ids=[f"p{r[0]}" for r in SEED])
def test_seed_paragraph_attribution(seed, number, speakers, kinds, cues, rules, resolutions):
    article, voices = seed
    paragraph = voices.paragraph(number)
    assert names(paragraph.speakers) == speakers
    assert [a.kind for a in paragraph.attributions] == kinds
    assert [cue(article, a) for a in paragraph.attributions] == cues
    assert [a.rule for a in paragraph.attributions] == rules
    for attribution, expected in zip(paragraph.attributions, resolutions, strict=True):
        assert attribution.resolution.startswith(expected)
        assert attribution.paragraph == number
    assert voices.speaker_of(number) == (paragraph.speakers[0] if speakers else None)


def test_seed_quotes_span_the_quoted_words_with_their_marks(seed):
    article, voices = seed
    quote = voices.paragraph(3).quotes[0]
    assert article.text[quote.start : quote.end].startswith("“The government’s actions")
    assert article.text[quote.start : quote.end].endswith("trainees,”")
    # reported speech covers its sentence
    reported = voices.paragraph(1).attributions[1]
    assert article.text[reported.start : reported.end].startswith("He noted, however,")
    assert article.text[reported.start : reported.end].endswith("attracting investments.")


def test_seed_narration_has_no_speaker_but_names_asean(seed):
    _, voices = seed
    paragraph = voices.paragraph(2)
    assert paragraph.is_narration and paragraph.attributions == ()
    assert names(paragraph.mentioned) == ["Association of Southeast Asian Nations"]


def test_seed_bracketed_insertion_is_the_outlets(seed):
    article, voices = seed
    [insertion] = voices.paragraph(4).insertions
    assert article.text[insertion.start : insertion.end] == "[Cambodian]"
    # still inside Manet's quote, so the quote keeps its speaker
    assert voices.speaker_at(insertion.start).name == "Hun Manet"
    assert all(not voices.paragraph(n).insertions for n in range(1, 16) if n != 4)


def test_seed_people_spoken_and_mentioned(seed):
    _, voices = seed
    assert voices.speaks_in("hun-manet") == [1, *range(3, 12)]
    assert voices.speaks_in("moeun-tola") == [12, 13, 14, 15]
    assert voices.speaks_in("hun-sen") == [] and voices.mentioned_in("hun-sen") == [8]
    central = voices.entity("center-for-alliance-of-labor-and-human-rights")
    assert central.abbreviation == "CENTRAL" and voices.mentioned_in(central.key) == [12]
    # "he said" in ¶9 is Manet, the last speaker, not Hun Sen who was only mentioned in ¶8
    assert voices.speaker_of(9).name == "Hun Manet"


def test_seed_speaker_at_offsets(seed):
    article, voices = seed
    narration = article.paragraphs[1].start + 3
    assert voices.speaker_at(narration) is None
    inside = article.text.index("dignified employment")
    assert voices.speaker_at(inside).key == "hun-manet"
    assert voices.speaker_at(article.text.index("harness the skills")).key == "moeun-tola"


def test_seed_entities_come_from_metadata_with_unique_keys(seed):
    _, voices = seed
    keys = [e.key for e in voices.entities]
    assert len(keys) == len(set(keys))
    assert all(e.source == "metadata" for e in voices.entities)
    manet = voices.entity("hun-manet")
    assert manet.role == "Prime Minister of Cambodia" and manet.pronoun == "he"


# --- A second article: no metadata, she, names found from patterns ------------------

RETURNEES = """\
Cambodia will not send workers to countries that fail to protect them, Foreign Ministry spokesperson Chum Sounry said on Monday, after reports that interns in Japan had gone unpaid for months.

“We take every complaint seriously. Our embassy in Tokyo has already met the employers,” Chum Sounry told reporters in Phnom Penh.

Noun Rany, 24, from Kandal, said she had worked for two years at a fish-processing plant in Hokkaido before she was sent home early. She said the dormitory was “crowded but clean” and that her supervisor had kept her passport.

“I sent money home every month. Without it, my younger brother could not stay in school,” she said.

“The [Japanese] managers treated us fairly, but the contract was not what the recruiter promised,” said Rany.

Some rights groups have described the programme as “modern slavery”, a label the ministry rejects.

According to Sok Chanthy, a researcher at the Migrant Rights Network, about one in five returnees report unpaid wages.
"""


@pytest.fixture(scope="module")
def returnees():
    return analyse(RETURNEES)


def test_title_before_name_finds_a_person_the_metadata_does_not_name(returnees):
    article, voices = returnees
    [attribution] = voices.paragraph(1).attributions
    person = attribution.speaker
    assert (person.name, person.role, person.source) == ("Chum Sounry", "Foreign Ministry spokesperson", "article")
    assert attribution.resolution == "found:title"
    assert cue(article, attribution) == "Foreign Ministry spokesperson Chum Sounry said"
    assert "¶1" in person.evidence


def test_full_name_again_resolves_to_the_same_person(returnees):
    article, voices = returnees
    [attribution] = voices.paragraph(2).attributions
    assert attribution.rule == "quote-then-attribution" and attribution.resolution == "name"
    assert attribution.speaker.key == "chum-sounry"
    assert cue(article, attribution) == "Chum Sounry told"


def test_appositive_with_age_and_place(returnees):
    article, voices = returnees
    first = voices.paragraph(3).attributions[0]
    assert first.speaker.name == "Noun Rany" and first.speaker.role == "24, from Kandal"
    assert first.resolution == "found:appositive"
    assert cue(article, first) == "Noun Rany, 24, from Kandal, said"


def test_she_learns_the_pronoun_and_partial_quote_takes_the_sentence_speaker(returnees):
    article, voices = returnees
    kinds = [(a.kind, a.speaker.name) for a in voices.paragraph(3).attributions]
    # in reading order: each sentence of reported speech, then the quote inside the second
    assert kinds == [("reported", "Noun Rany"), ("reported", "Noun Rany"), ("partial-quote", "Noun Rany")]
    partial = voices.paragraph(3).attributions[2]
    assert article.text[partial.start : partial.end] == "“crowded but clean”"
    assert partial.rule == "partial-quote-in-reported-speech"
    assert voices.entity("noun-rany").pronoun == "she"
    # "she said" in the next paragraph: the last speaker with a matching pronoun
    [quote] = voices.paragraph(4).attributions
    assert quote.speaker.name == "Noun Rany" and quote.resolution.startswith("pronoun 'she'")


def test_inverted_attribution_with_a_short_form(returnees):
    article, voices = returnees
    [quote] = voices.paragraph(5).attributions
    assert quote.rule == "quote-then-inverted-attribution" and quote.resolution == "short-form"
    assert quote.speaker.name == "Noun Rany"
    assert cue(article, quote) == "said Rany"
    [insertion] = voices.paragraph(5).insertions
    assert article.text[insertion.start : insertion.end] == "[Japanese]"


def test_scare_quote_in_narration_has_no_speaker(returnees):
    article, voices = returnees
    paragraph = voices.paragraph(6)
    [scare] = paragraph.attributions
    assert (scare.kind, scare.speaker, scare.rule) == ("scare-quote", None, "quote-in-narration")
    assert article.text[scare.start : scare.end] == "“modern slavery”"
    assert paragraph.is_narration


def test_according_to_with_role(returnees):
    article, voices = returnees
    [attribution] = voices.paragraph(7).attributions
    assert attribution.rule == "according-to"
    assert (attribution.speaker.name, attribution.speaker.role) == (
        "Sok Chanthy",
        "a researcher at the Migrant Rights Network",
    )
    assert cue(article, attribution) == "According to Sok Chanthy"


# --- A third article: quote first, short forms, colon, split quote ----------------------

FACTORY = """\
“We need people who will stay and learn,” said Kojima Masanobu, president of Kojima Holdings, as he showed visitors around the factory floor in Okayama on Monday.

The company employs 140 trainees from Cambodia and Vietnam. Masanobu said the first group arrived in 2019.

Labour Minister Ith Samheng told the visitors: “Our workers are welcome here because they work hard.”

Ms Chea Sopheap, who leads the trainees’ association, was more cautious. “Wages are better than at home,” she said, “but the rent takes almost half.”

The ministry estimates that about 19,000 Cambodians work in Japan.
"""


@pytest.fixture(scope="module")
def factory():
    return analyse(FACTORY)


def test_quote_first_inverted_attribution_finds_name_and_role(factory):
    article, voices = factory
    [quote] = voices.paragraph(1).attributions
    assert quote.kind == "quote" and quote.rule == "quote-then-inverted-attribution"
    assert (quote.speaker.name, quote.speaker.role) == ("Kojima Masanobu", "president of Kojima Holdings")
    assert article.text[quote.start : quote.end] == "“We need people who will stay and learn,”"


def test_short_form_after_the_full_name(factory):
    article, voices = factory
    [reported] = voices.paragraph(2).attributions
    assert reported.resolution == "short-form" and reported.speaker.name == "Kojima Masanobu"
    assert article.text[reported.start : reported.end] == "Masanobu said the first group arrived in 2019."


def test_attribution_then_quote_with_colon(factory):
    article, voices = factory
    [quote] = voices.paragraph(3).attributions
    assert quote.rule == "attribution-then-quote"
    assert (quote.speaker.name, quote.speaker.role) == ("Ith Samheng", "Labour Minister")
    assert cue(article, quote) == "Labour Minister Ith Samheng told"


def test_split_quote_and_a_she_introduced_by_narration(factory):
    article, voices = factory
    first, second = voices.paragraph(4).attributions
    assert [first.rule, second.rule] == ["quote-then-attribution", "attribution-then-quote"]
    assert first.speaker.name == second.speaker.name == "Chea Sopheap"
    assert first.speaker.pronoun == "she"  # from the title "Ms", not from the minister
    assert names(voices.speakers_of(4)) == ["Chea Sopheap"]


def test_an_institution_never_named_before_is_unclear_not_guessed(factory):
    # "The ministry estimates ...": speech, but no ministry has been named, so no name is put under it
    _, voices = factory
    assert voices.paragraph(5).unclear and not voices.paragraph(5).is_narration and voices.speaker_of(5) is None
    assert [e.source for e in voices.entities] == ["article"] * 3


# --- Metadata: aliases, pronouns, two speakers alternating ------------------------------

UNION_META = {
    "title": "Union",
    "people": [
        {"name": "Sokha Chan", "role": "Minister of Labour", "aliases": ["the minister"], "pronoun": "she"},
        {"name": "Dara Kim", "role": "Union leader", "aliases": ["Kim"], "pronoun": "he"},
    ],
    "organisations": [{"name": "Garment Workers Union", "abbreviation": "GWU", "aliases": []}],
}
UNION = """\
The minister said on Friday that wages would rise.

Dara Kim of the GWU disagreed. “A rise is not enough,” he said.

“We listen to every union,” she said.

Kim said he would call a meeting. “We have waited too long,” he said.

“We are ready,” he said. But she said the talks would go on.
"""


def test_alias_and_matching_pronoun_across_speakers():
    article, voices = analyse(UNION, UNION_META)
    assert voices.paragraph(1).attributions[0].resolution == "alias"
    assert names(voices.speakers_of(1)) == ["Sokha Chan"]
    assert names(voices.speakers_of(2)) == ["Dara Kim"]
    assert names(voices.paragraph(2).mentioned) == ["Garment Workers Union"]
    # "she said" skips the last speaker (he) and goes back to the minister
    assert names(voices.speakers_of(3)) == ["Sokha Chan"]
    assert names(voices.speakers_of(4)) == ["Dara Kim"]
    assert voices.paragraph(4).attributions[0].resolution == "alias"
    # a conjunction before the pronoun does not hide it
    quote, reported = voices.paragraph(5).attributions
    assert (quote.speaker.name, reported.speaker.name) == ("Dara Kim", "Sokha Chan")
    assert cue(article, reported) == "she said"


def test_pronoun_with_no_earlier_speaker_is_left_unresolved():
    article, voices = analyse("“We are ready,” he said.\n\nThe talks ended.\n")
    [quote] = voices.paragraph(1).attributions
    assert quote.kind == "quote" and quote.speaker is None
    assert quote.resolution == "pronoun 'he': no earlier speaker to refer to"
    assert voices.speaker_of(1) is None and voices.paragraph(2).is_narration


# --- Any text: attribution never fails and every offset stays in its paragraph ---------

WORDS = st.sampled_from(
    [
        "He",
        "she",
        "said",
        "Manet",
        "Kojima Masanobu",
        ",",
        ".",
        "“",
        "”",
        '"',
        "[x]",
        "told",
        "Ms",
        "According to",
        "the premier",
        "Noun Rany, 24,",
        "\n\n",
        "also",
        "(",
        ")",
        "’",
        "urged",
        "A",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=40))
def test_any_text_attributes_within_its_paragraphs(words):
    text = " ".join(words)
    if not text.strip():
        return
    meta = {
        "people": [{"name": "Hun Manet", "aliases": ["Manet", "the premier"], "pronoun": "he"}],
        "organisations": [],
    }
    article = parse_article("story", "seeds/story.txt", text.encode(), meta)
    voices = attribute(article)
    assert len(voices.paragraphs) == len(article.paragraphs)
    for paragraph, result in zip(article.paragraphs, voices.paragraphs, strict=True):
        for item in (*result.attributions, *result.mentions, *result.insertions):
            assert paragraph.start <= item.start <= item.end <= paragraph.end
        for attribution in result.attributions:
            if attribution.cue_start is not None:
                assert paragraph.start <= attribution.cue_start < attribution.cue_end <= paragraph.end
    assert len({e.key for e in voices.entities}) == len(voices.entities)


def test_an_institution_can_speak():
    article, voices = analyse(
        "The Labour Ministry said in a statement that the plan would go ahead.\n\n"
        "“Nothing has changed,” the ministry said.\n"
    )
    [reported] = voices.paragraph(1).attributions
    ministry = reported.speaker
    assert (ministry.name, ministry.kind, reported.resolution) == (
        "Labour Ministry",
        "organisation",
        "found:institution",
    )
    assert voices.organisations == (ministry,) and voices.people == ()
    [quote] = voices.paragraph(2).attributions
    assert (quote.kind, quote.speaker, quote.resolution) == ("quote", ministry, "description")


# --- A quote that runs on over paragraphs (left open at the end of each) ------------------

RUN_ON = """\
Sok Dara, a union organiser in Phnom Penh, has spent ten years helping workers who come home.

“Most of them come back with savings but no certificate. Employers here do not know what they learnt.

“We keep asking the ministry for a skills register,” Dara said. “Nobody has answered.

“We will keep asking,” he said.
"""


def test_open_quote_takes_the_speaker_of_the_paragraph_it_runs_into():
    article, voices = analyse(RUN_ON)
    person = voices.entity("sok-dara")
    assert (person.role, person.evidence) == (
        "a union organiser in Phnom Penh",
        "found in ¶1 (sentence-subject pattern)",
    )
    assert voices.paragraph(1).is_narration and names(voices.paragraph(1).mentioned) == ["Sok Dara"]
    [open_quote] = voices.paragraph(2).attributions
    assert (open_quote.kind, open_quote.rule, open_quote.speaker.name) == ("quote", "quote-continues", "Sok Dara")
    assert open_quote.resolution == "speaker of the quote that goes on in ¶3"
    assert article.text[open_quote.start : open_quote.end] == article.paragraphs[1].text
    # open again at the end of ¶3: the speaker already quoted in that paragraph
    closed, still_open = voices.paragraph(3).attributions
    assert (closed.resolution, still_open.rule, still_open.speaker.name) == (
        "short-form",
        "quote-continues",
        "Sok Dara",
    )
    assert article.text[still_open.start : still_open.end] == "“Nobody has answered."
    assert voices.speaker_of(4).name == "Sok Dara"


def test_open_quote_is_rendered_as_a_quote():
    from explainer.bundle import ArticleBundle
    from explainer.pages.article_page import paragraph_decorations
    from explainer.pages.decorate import render_decorated

    article, voices = analyse(RUN_ON)
    bundle = ArticleBundle(article=article, voices=voices)
    paragraph = article.paragraphs[1]
    html = render_decorated(article.text, paragraph.start, paragraph.end, paragraph_decorations(bundle, paragraph))
    assert html.startswith('<span class="ex-quote">') and html.endswith("</span>")
    assert html.count('class="ex-quote"') == 1


def test_apostrophes_are_not_quotation_marks():
    article, voices = analyse(
        "Japan’s ambassador Suzuki Taro said the programme would change.\n\n"
        "Mary O’Brien, the agency’s director, said she agreed.\n"
    )
    first, second = voices.speaker_of(1), voices.speaker_of(2)
    assert (first.name, first.role) == ("Suzuki Taro", "Japan’s ambassador")
    assert (second.name, second.role) == ("Mary O’Brien", "the agency’s director")


def test_a_name_inside_a_clause_is_not_a_speaker():
    article, voices = analyse(
        "The plan, which Hun Manet announced in Tokyo, will start next year.\n\n"
        "Workers who met Hun Manet said they were hopeful.\n",
        UNION_META | {"people": [{"name": "Hun Manet", "aliases": [], "pronoun": "he"}]},
    )
    # the workers speak, as a group; the man they met does not
    assert voices.paragraph(1).is_narration and names(voices.paragraph(2).speakers) == ["Workers"]
    assert names(voices.paragraph(1).mentioned) == ["Hun Manet"]


def test_straight_quotation_marks_work_like_curly_ones():
    article, voices = analyse(
        "Deputy Governor Lim Sophea said the province was ready.\n\n"
        '"We have trained 300 people," she said. "More will follow."\n'
    )
    first, second = voices.paragraph(2).attributions
    # the second quote is a sentence of its own: it goes on from the quoted speaker
    assert (first.rule, second.rule) == ("quote-then-attribution", "quote-continues")
    assert first.speaker.name == second.speaker.name == "Lim Sophea"
    assert second.resolution == "same speaker as the quote before it in ¶2"
    assert voices.entity("lim-sophea").role == "Deputy Governor"
    assert article.text[first.start : first.end] == '"We have trained 300 people,"'


# --- A fourth article: unnamed speakers, partial quotes after a quote, lead-ins --------------

TRAINING = """\
PHNOM PENH – The Ministry of Labour and Vocational Training on Tuesday announced that it would open a training centre for workers bound for South Korea, amid concerns about recruitment fees.

Labour ministry spokesman Katta Orn told The Post that the centre would open in March and train about 2,000 workers a year.

“Workers will learn Korean and basic safety before they leave,” he said, adding that the ministry had “no tolerance” for agencies charging illegal fees.

Critics were unconvinced. Dy Thehoya, a programme officer at the Solidarity Center, said the centre did not address debt bondage.

“Many workers borrow thousands of dollars to pay brokers. A training centre does not change that,” Thehoya said.

Asked about the fees, Orn said that any agency found overcharging would lose its licence.

The announcement comes a week after South Korea’s ambassador said Seoul wanted more Cambodian workers. “Our factories need them,” the ambassador told reporters.
"""


def test_unnamed_speakers_partial_quotes_and_lead_ins():
    article, voices = analyse(TRAINING)
    # after the dateline, an institution with "of" and "and" in its name, a time before the verb
    [announced] = voices.paragraph(1).attributions
    ministry = announced.speaker
    assert (ministry.name, ministry.kind, announced.resolution) == (
        "Ministry of Labour and Vocational Training",
        "organisation",
        "found:institution",
    )
    assert cue(article, announced) == "The Ministry of Labour and Vocational Training on Tuesday announced"
    assert [names(voices.speakers_of(n)) for n in range(2, 8)] == [
        ["Katta Orn"],
        ["Katta Orn"],
        ["Dy Thehoya"],
        ["Dy Thehoya"],
        ["Katta Orn"],
        ["South Korea’s ambassador"],
    ]
    quote, partial = voices.paragraph(3).attributions
    assert article.text[partial.start : partial.end] == "“no tolerance”"
    assert (partial.kind, partial.rule) == ("partial-quote", "partial-quote-in-attributed-sentence")
    assert voices.paragraph(6).attributions[0].resolution == "short-form"
    assert cue(article, voices.paragraph(6).attributions[0]) == "Orn said"
    reported, quote = voices.paragraph(7).attributions
    assert (reported.resolution, cue(article, reported)) == ("found:description", "South Korea’s ambassador said")
    assert (quote.resolution, cue(article, quote)) == ("description", "the ambassador told")
