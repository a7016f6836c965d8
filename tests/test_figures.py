"""Figure extraction, explanations and downloads, on the seed and on realistic news texts."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from explainer import voices
from explainer.bundle import ArticleBundle
from explainer.downloads.figures_data import FIGURE_FIELDS, OCCURRENCE_FIELDS, figures_csv, figures_data, figures_json
from explainer.errors import InputError
from explainer.figures.explanations import load_explanations, safe_markdown
from explainer.figures.extract import extract_figures, parse_number
from explainer.figures.stage import figure_stage
from explainer.pages import directives
from explainer.pages.figures_page import NOT_ATTRIBUTED, figure_cards, figure_decorations, figures_page
from explainer.site import build_site
from explainer.text.article import parse_article
from explainer.text.metadata import default_meta
from explainer.text.seeds import find_seeds, load_article

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "schemas" / "figures.schema.json").read_text(encoding="utf-8"))
PUBLISHED = {"published": dt.date(2023, 12, 15), "published_approximate": False}


def figures_of(text: str, meta: dict | None = None):
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta if meta is not None else PUBLISHED)
    return {figure.key: figure for figure in extract_figures(article)}


def only(text: str, meta: dict | None = None):
    found = figures_of(text, meta)
    assert len(found) == 1, list(found)
    return next(iter(found.values()))


@pytest.fixture(scope="module")
def seed_article():
    seed = next(s for s in find_seeds(ROOT / "seeds") if s.slug == "cambodian-workers-japan")
    return seed, load_article(seed)


@pytest.fixture(scope="module")
def seed_bundle(seed_article):
    seed, article = seed_article
    bundle = ArticleBundle(article=article, voices=voices.attribute(article))
    bundle.figures = figure_stage(article, bundle.voices, seed.text.with_name(f"{seed.slug}.figures.yml"))
    return bundle


# --- The seed ----------------------------------------------------------------------


def test_seed_has_exactly_its_figures(seed_article):
    _, article = seed_article
    found = {f.key: f for f in extract_figures(article)}
    assert list(found) == ["8000", "next-year", "december-16", "30000", "december-17"]
    assert [o.paragraph for o in found["8000"].occurrences] == [1, 4, 7]
    assert [o.paragraph for o in found["next-year"].occurrences] == [1, 4, 7]
    assert [o.paragraph for o in found["30000"].occurrences] == [3]
    for figure in found.values():
        for occurrence in figure.occurrences:
            assert article.text[occurrence.start : occurrence.end] == occurrence.text
            assert article.text[occurrence.value_start : occurrence.value_end] == figure.value


def test_seed_qualifiers_and_what_each_counts(seed_article):
    _, article = seed_article
    found = {f.key: f for f in extract_figures(article)}
    eight = found["8000"]
    assert [o.qualifier for o in eight.occurrences] == ["another", "an additional", "an additional"]
    assert eight.descriptions == [
        "Cambodian workers",
        "[Cambodian] migrant workers",
        "interns",
    ]
    assert [o.in_quote for o in eight.occurrences] == [False, True, True]
    thirty = found["30000"].occurrences[0]
    assert (thirty.text, thirty.qualifier, thirty.counts) == ("nearly 30,000", "nearly", "Cambodian citizens")


def test_seed_inconsistency_is_flagged_only_for_8000(seed_article):
    _, article = seed_article
    found = {f.key: f for f in extract_figures(article)}
    flag = found["8000"].inconsistency
    assert flag.startswith("The article describes 8,000 in 3 different ways")
    for description in ("Cambodian workers", "[Cambodian] migrant workers", "interns"):
        assert f"“{description}”" in flag
    assert all(found[key].inconsistency is None for key in found if key != "8000")


def test_seed_dates_resolve_against_the_approximate_publication_date(seed_article):
    _, article = seed_article
    assert article.meta["published_approximate"] is True
    found = {f.key: f for f in extract_figures(article)}
    assert found["next-year"].resolution.value == "2024"
    assert "approximate" in found["next-year"].resolution.note
    assert found["december-16"].resolution.value == "2023-12-16"
    assert found["december-17"].resolution.value == "2023-12-17"
    assert "year not stated" in found["december-16"].resolution.note


def test_seed_speakers_come_from_the_voices_stage(seed_bundle):
    eight = seed_bundle.figures.get("8000")
    assert eight.speakers == ["Hun Manet"]
    assert seed_bundle.figures.attributed
    # narration: nobody states the date of the meeting
    assert seed_bundle.figures.get("december-16").occurrences[0].speaker is None


def test_without_voices_speaker_is_none_and_the_page_says_so(seed_article):
    seed, article = seed_article
    bundle = ArticleBundle(article=article)
    bundle.figures = figure_stage(article, None, seed.text.with_name("absent.figures.yml"))
    assert all(o.speaker is None for o in bundle.figures.occurrences)
    page = figures_page(bundle)
    assert page.count(f"**Stated by:** {NOT_ATTRIBUTED}") == len(bundle.figures.figures)


# --- Every form, in realistic text -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "kind", "number"),
    [
        ("The company hired 8,000 workers at the plant.", "8000", "count", 8000),
        ("Exports rose to 30,000 tonnes.", "30000-tonnes", "measure", 30000),
        ("The factory's output grew by 2.5 times.", "2-5", "count", 2.5),
        ("Five workers were injured.", "5", "count", 5),
        ("Three women told the court they were not paid.", "3", "count", 3),
        ("A dozen trainees left the farm.", "12", "count", 12),
        ("Twenty-five people attended the hearing.", "25", "count", 25),
        ("About 1.35 million Cambodians work abroad.", "1-35-million", "count", 1_350_000),
        ("It was the 50th meeting of the group.", "50th", "ordinal", 50),
        ("He won a second term in the vote.", "2nd", "ordinal", 2),
        ("The second-largest group came from Thailand.", "2nd", "ordinal", 2),
        ("Nearly 40% of wages were withheld.", "pct-40", "percentage", 40),
        ("Remittances were about 5.5 per cent of GDP.", "pct-5-5", "percentage", 5.5),
        ("Costs rose 2.5 percent in the survey.", "pct-2-5", "percentage", 2.5),
        ("She earns $300 at the factory.", "usd-300", "money", 300),
        ("He sends 1,000 riel to his mother.", "khr-1000", "money", 1000),
        ("Remittances reached US$2.94 billion.", "usd-2-94-billion", "money", 2_940_000_000),
        ("The meeting took place on 16 December 2023 in Tokyo.", "december-16-2023", "date", None),
        ("The law was enacted on June 14, 2024 by the Diet.", "june-14-2024", "date", None),
        ("The summit ran from 16-18 December 2023 in Tokyo.", "december-16-18-2023", "date", None),
        ("The trainees arrived in March 2019 from Phnom Penh.", "march-2019", "date", None),
        ("The dialogue began in 1973 with a forum.", "year-1973", "year", 1973),
        ("Migration grew fast in the 1990s across the region.", "decade-1990s", "year", 1990),
        ("Noun Rany, 24, works at a garment factory.", "age-noun-rany-24", "age", 24),
        ("The worker, aged 31 at the time, was sent home.", "age-31", "age", 31),
        ("A 19-year-old trainee was hurt.", "age-19", "age", 19),
        ("They were unpaid for eight months at the site.", "8-months", "duration", 8),
        ("Hun Sen ruled for 38 years as premier.", "38-years", "duration", 38),
        ("The plan starts next year in Japan.", "next-year", "relative-time", None),
        ("Officials met last Friday in Tokyo.", "last-friday", "relative-time", None),
        ("Yesterday the minister spoke in Tokyo.", "yesterday", "relative-time", None),
        ("The rule changed three years ago in Japan.", "3-years-ago", "relative-time", 3),
    ],
)
def test_each_form_is_found_with_its_kind_and_value(text, key, kind, number):
    figure = only(text)
    assert (figure.key, figure.kind) == (key, kind)
    assert figure.number == number
    assert figure.anchor == f"fig-{key}"


def test_duration_with_rate_and_qualifier():
    figure = only("Noun Rany works more than 13 hours a day at the plant.".replace("Noun Rany", "She"))
    occurrence = figure.occurrences[0]
    assert (figure.key, figure.kind, figure.value) == ("13-hours-a-day", "duration", "13 hours a day")
    assert (occurrence.text, occurrence.qualifier, occurrence.counts) == (
        "more than 13 hours a day",
        "more than",
        "hours a day",
    )


def test_age_in_an_appositive_records_whose_age():
    text = "Noun Rany, 24, said she works more than 13 hours a day, and Sok Dara, 31, agreed."
    found = figures_of(text)
    assert found["age-noun-rany-24"].descriptions == ["age of Noun Rany"]
    assert found["age-sok-dara-31"].descriptions == ["age of Sok Dara"]
    assert found["13-hours-a-day"].kind == "duration"


@pytest.mark.parametrize(
    ("text", "qualifier", "counts"),
    [
        ("Nearly 30,000 Cambodian citizens live in Japan.", "Nearly", "Cambodian citizens"),
        ("About 19,000 Cambodians worked in Japan in June.", "About", "Cambodians"),
        ("More than 2,000 people attended the event.", "More than", "people"),
        ("Over 500 trainees changed employers.", "Over", "trainees"),
        ("Up to 300 workers may be sent home.", "Up to", "workers"),
        ("Japan will take another 8,000 interns for training.", "another", "interns"),
        ("Japan will take an additional 2,000 nurses from Cambodia.", "an additional", "nurses"),
        ("The ministry sent 500 more workers to South Korea.", "more", "workers"),
        ("Some 400 Cambodian trainees in South Korea were sent home.", "Some", "Cambodian trainees"),
    ],
)
def test_qualifiers_and_counted_noun_phrases(text, qualifier, counts):
    occurrence = next(iter(figures_of(text).values())).occurrences[0]
    assert occurrence.qualifier == qualifier
    assert occurrence.counts == counts


def test_counted_noun_before_the_number_with_increase_by():
    figure = only("The government plans to increase nurses in Japan by another 800.")
    assert figure.occurrences[0].counts == "nurses"


def test_inconsistent_qualifiers_are_flagged():
    text = "Nearly 30,000 Cambodians live in Japan.\n\nMore than 30,000 Cambodians live in Japan, he said."
    flag = figures_of(text)["30000"].inconsistency
    assert "both as a ceiling and as a floor" in flag


def test_same_description_is_not_flagged():
    text = "Japan took 500 trainees.\n\nThe 500 trainees arrived in May 2023."
    assert figures_of(text)["500"].inconsistency is None


@pytest.mark.parametrize(
    "text",
    [
        "One of the organisers spoke to reporters.",
        "Japan's trade ministry said the plan was sound.",
        "Hun Sen and Hun Manet met the delegation.",
        "Theresa May said workers may leave.",
        "At first, the trainees were hopeful.",
        "Wait a second, the official said.",
        "COVID-19 hit the G20 economies hard.",
        "See clause (1) of the memorandum.",
        "No one was paid on time.",
        "The trainees march to the office.",
    ],
)
def test_words_that_only_look_like_figures_are_not_figures(text):
    assert figures_of(text) == {}


def test_parse_number_reads_words_and_numerals():
    assert parse_number("8,000") == 8000
    assert parse_number("2.5 million") == 2_500_000
    assert parse_number("twenty-five") == 25
    assert parse_number("a dozen") == 12
    assert parse_number("three hundred thousand") == 300_000
    assert parse_number("dozens") is None


# --- Resolving dates and relative times -----------------------------------------------


def test_relative_dates_resolve_against_an_exact_publication_date():
    found = figures_of(
        "Officials met last Friday. The plan starts next year. Yesterday he spoke. "
        "The talks are on December 16. The rule changed three years ago."
    )
    assert found["last-friday"].resolution.value == "2023-12-08"  # 15 Dec 2023 was a Friday
    assert found["next-year"].resolution.value == "2024"
    assert found["yesterday"].resolution.value == "2023-12-14"
    assert found["december-16"].resolution.value == "2023-12-16"
    assert found["3-years-ago"].resolution.value == "2020"


def test_month_and_day_take_the_nearest_year():
    january = {"published": dt.date(2024, 1, 5), "published_approximate": False}
    assert only("The meeting was on December 16 in Tokyo.", january).resolution.value == "2023-12-16"
    assert only("The talks start on January 20 in Tokyo.", PUBLISHED).resolution.value == "2024-01-20"


def test_an_approximate_date_never_resolves_what_needs_the_exact_day():
    approximate = {"published": dt.date(2023, 12, 17), "published_approximate": True}
    found = figures_of("Officials met last Friday. Yesterday he spoke. The plan starts next year.", approximate)
    assert found["last-friday"].resolution.value is None
    assert found["yesterday"].resolution.value is None
    assert "approximate" in found["yesterday"].resolution.note
    assert found["next-year"].resolution.value == "2024"


def test_without_a_publication_date_nothing_is_guessed():
    found = figures_of("The plan starts next year. The talks are on December 16. It began in 1973.", {})
    assert found["next-year"].resolution.value is None
    assert "publication date is not known" in found["next-year"].resolution.note
    assert found["december-16"].resolution.value is None
    assert found["year-1973"].resolution.value == "1973"  # stated in the text


# --- Editors' explanations ------------------------------------------------------------------


def write(tmp_path, text: str) -> Path:
    path = tmp_path / "story.figures.yml"
    path.write_text(text, encoding="utf-8")
    return path


def test_explanation_with_an_unknown_key_fails_with_file_and_line(tmp_path):
    path = write(tmp_path, "'8000': Fine.\n\nnext-yaer: |\n  Typo in the key.\n")
    with pytest.raises(
        InputError, match=r"story\.figures\.yml:3: no figure with key 'next-yaer'.*did you mean 'next-year'"
    ):
        load_explanations(path, ["8000", "next-year"])


def test_explanation_link_must_be_a_full_address(tmp_path):
    path = write(tmp_path, "'8000': |\n  First line.\n  See [this](javascript:alert(1)).\n")
    with pytest.raises(InputError, match=r"story\.figures\.yml:3: link target"):
        load_explanations(path, ["8000"])


def test_explanation_markup_is_escaped_except_links_and_emphasis(tmp_path):
    path = write(tmp_path, "fig-8000: |\n  1 < 2 *more than* [source](https://example.org/a_b) {{ x }} #x\n")
    explanation = load_explanations(path, ["8000"])["8000"]
    assert "<" not in explanation.markdown and "{{" not in explanation.markdown and "#x" not in explanation.markdown
    assert "*more than*" in explanation.markdown
    assert "[source](https://example.org/a_b)" in explanation.markdown
    assert explanation.source.startswith("1 < 2")


def test_explanation_with_raw_html_fails_at_its_line(tmp_path):
    path = write(tmp_path, "fig-8000: |\n  First line.\n  <script>x</script>\n")
    with pytest.raises(InputError, match=r"story\.figures\.yml:3: raw HTML is not allowed"):
        load_explanations(path, ["8000"])


def test_explanation_must_be_text(tmp_path):
    path = write(tmp_path, "'8000':\n  - a list\n")
    with pytest.raises(InputError, match=r"story\.figures\.yml:1: the explanation of '8000' must be Markdown text"):
        load_explanations(path, ["8000"])


def test_safe_markdown_keeps_paragraphs():
    assert safe_markdown("One.\n\nTwo **bold**.", "x.yml", 1) == "One.\n\nTwo **bold**."


def test_figures_without_an_explanation_are_listed_as_such(seed_bundle, tmp_path):
    page = figures_page(seed_bundle)
    explained = set(seed_bundle.figures.explanations)
    assert explained == {"8000", "30000", "next-year", "december-16", "december-17"}
    bundle = ArticleBundle(article=seed_bundle.article)
    bundle.figures = figure_stage(seed_bundle.article, None, write(tmp_path, "'30000': Only this one.\n"))
    bare = figures_page(bundle)
    assert bare.count("*No editors’ explanation yet*") == len(bundle.figures.figures) - 1
    assert "Editors’ explanation" in page


# --- Downloads -----------------------------------------------------------------------------


def test_json_validates_and_documents_every_field(seed_bundle):
    data = json.loads(figures_json(seed_bundle))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(data)
    figure_schema = SCHEMA["$defs"]["figure"]["properties"]
    occurrence_schema = SCHEMA["$defs"]["occurrence"]["properties"]
    assert [name for name, _ in FIGURE_FIELDS] == list(figure_schema)
    assert [name for name, _ in OCCURRENCE_FIELDS] == list(occurrence_schema)
    assert data["article"]["published"] == "2023-12-17"


def test_schema_rejects_a_broken_figure(seed_bundle):
    data = figures_data(seed_bundle)
    data["figures"][0]["kind"] = "guess"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)


def test_csv_has_one_row_per_occurrence(seed_bundle):
    rows = list(csv.DictReader(io.StringIO(figures_csv(seed_bundle))))
    assert len(rows) == len(seed_bundle.figures.occurrences) == 9
    assert [r["text"] for r in rows if r["key"] == "8000"] == [
        "another 8,000",
        "an additional 8,000",
        "an additional 8,000",
    ]
    assert {r["resolved"] for r in rows if r["key"] == "next-year"} == {"2024"}


def test_csv_cells_never_start_a_spreadsheet_formula():
    meta = {**default_meta("story"), **PUBLISHED}
    article = parse_article("story", "story.txt", b"=HYPERLINK(1) cost $300 for 500 workers.", meta)
    bundle = ArticleBundle(article=article)
    bundle.figures = figure_stage(article, None, Path("/nonexistent/story.figures.yml"))
    rows = list(csv.reader(io.StringIO(figures_csv(bundle))))[1:]
    assert rows and all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


# --- Links from the article and the overview -----------------------------------------------


def test_decorations_link_each_occurrence_relative_to_the_page(seed_bundle):
    paragraph = seed_bundle.article.paragraphs[0]
    in_article = figure_decorations(seed_bundle, paragraph)
    assert [d.close for d in in_article] == [
        "](figures.md#fig-8000){ .ex-figure }",
        "](figures.md#fig-next-year){ .ex-figure }",
    ]
    on_topic_page = figure_decorations(seed_bundle, paragraph, "plans.md")
    assert on_topic_page[0].close == "](articles/cambodian-workers-japan/figures.md#fig-8000){ .ex-figure }"


def test_cards_directive_checks_slug_and_keys():
    site = build_site(ROOT / "seeds")
    ok = directives.expand("::: figure-cards cambodian-workers-japan 8000\n", "index.md", "index.md", site)
    assert "](articles/cambodian-workers-japan/figures.md#fig-8000)" in ok
    with pytest.raises(InputError, match=r"index\.md:1: figure-cards: no article 'nope'"):
        directives.expand("::: figure-cards nope\n", "index.md", "index.md", site)
    with pytest.raises(
        InputError, match=r"index\.md:2: figure-cards: article 'cambodian-workers-japan' has no figure '9000'"
    ):
        directives.expand("x\n::: figure-cards cambodian-workers-japan 9000\n", "index.md", "index.md", site)


def test_default_cards_are_the_counted_figures(seed_bundle):
    cards = figure_cards(seed_bundle, "about/index.md")
    assert cards.count("ex-figure-card__value") == 2  # 8,000 and 30,000
    assert "](../articles/cambodian-workers-japan/figures.md#fig-30000)" in cards


@pytest.mark.parametrize(
    ("phrase", "resolved"),
    [
        ("two months ago", "2023-10"),
        ("two weeks ago", "2023-12-01"),
        ("next Friday", "2023-12-22"),
        ("this month", "2023-12"),
        ("next week", "2023-12-18/2023-12-24"),
        ("last weekend", "2023-12-09/2023-12-10"),
        ("last March", "2023-03"),
        ("next March", "2024-03"),
        ("earlier this year", "2023"),
        ("last decade", "2010/2019"),
        ("past decade", "2013/2023"),
    ],
)
def test_other_relative_times_resolve(phrase, resolved):
    figure = only(f"The officials said it happened {phrase} in Tokyo.")
    assert figure.kind == "relative-time"
    assert figure.resolution.value == resolved


# --- Whole realistic stories: the exact set of figures, nothing more -----------------------

FACTORY_STORY = """Noun Rany, 24, left her village in Prey Veng province in 2019 to work at a garment factory outside Phnom Penh, where she says she worked more than 13 hours a day for $200 a month.

Last Friday she was one of about 300 workers who protested outside the Labour Ministry, demanding back pay for eight months. Three women said they had not been paid since October.

“We have waited nearly two years for an answer,” said Sok Dara, 31, a union representative. “Another 1,500 workers at two other factories face the same problem.”

The ministry said on Wednesday that it would pay an additional 2.5 million riel to each worker by next month, and that up to 40% of the arrears would be covered by a new fund.

It was the second such protest this year. In 2023, more than 1.35 million Cambodians worked abroad, sending home about US$2.94 billion, according to the ministry. The 50th anniversary of the labour law falls on 13 March 2047.
"""

SUMMIT_STORY = """TOKYO, Dec. 18 - Leaders of the Association of Southeast Asian Nations met Japan's prime minister for the first time since 2013, at a three-day summit that ended on Monday.

Japan pledged more than $35 billion over five years. Officials said dozens of projects and a 130-point plan were agreed, and that nine of the ten leaders attended.

Trainees from Cambodia, some aged 19, make up a growing share of the 404,556 technical interns in Japan, up 15.3 percent on the year before.
"""


def test_factory_story_has_exactly_its_figures():
    found = figures_of(FACTORY_STORY, {"published": dt.date(2024, 3, 8), "published_approximate": False})
    assert list(found) == [
        "age-noun-rany-24",
        "year-2019",
        "13-hours-a-day",
        "usd-200",
        "last-friday",
        "300",
        "8-months",
        "3",
        "october",
        "2-years",
        "age-sok-dara-31",
        "1500",
        "2",
        "wednesday",
        "khr-2-5-million",
        "next-month",
        "pct-40",
        "2nd",
        "this-year",
        "year-2023",
        "1-35-million",
        "usd-2-94-billion",
        "50th",
        "march-13-2047",
    ]
    assert found["last-friday"].resolution.value == "2024-03-01"
    assert found["wednesday"].resolution.value == "2024-03-06"
    assert found["october"].resolution.value == "2023-10"
    assert found["next-month"].resolution.value == "2024-04"
    assert found["1500"].occurrences[0].in_quote
    assert (found["1500"].occurrences[0].qualifier, found["1500"].descriptions) == ("Another", ["workers"])
    assert found["khr-2-5-million"].occurrences[0].text == "an additional 2.5 million riel"
    assert found["pct-40"].occurrences[0].text == "up to 40%"


def test_summit_story_has_exactly_its_figures():
    found = figures_of(SUMMIT_STORY, {"published": dt.date(2023, 12, 18), "published_approximate": False})
    assert list(found) == [
        "december-18",
        "year-2013",  # "for the first time" only orders: not a figure
        "3-days",
        "monday",
        "usd-35000000000",
        "5-years",
        "dozens",
        "130",
        "9",
        "10",
        "age-19",
        "404556",
        "pct-15-3",
        "year-before",  # "on the year before": the period the rise is counted from
    ]
    assert found["december-18"].resolution.value == "2023-12-18"
    assert found["monday"].resolution.value == "2023-12-18"
    assert found["usd-35000000000"].occurrences[0].qualifier == "more than"
    assert found["404556"].descriptions == ["technical interns"]


# --- Invariants on any text ----------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

FIGURE_WORDS = st.sampled_from(
    [
        "8,000",
        "nearly 30,000",
        "next year",
        "December 16",
        "16 December 2023",
        "2.5%",
        "$300",
        "1,000 riel",
        "a dozen",
        "50th",
        "second",
        "another",
        "an additional",
        "more than",
        "13 hours a day",
        "Noun Rany, 24,",
        "last Friday",
        "yesterday",
        "one of",
        "Japan's",
        "May",
        "(1)",
        "-",
        ", ",
        ". ",
        " ",
        "“",
        "”",
        "٣٠٠",
        "1990s",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FIGURE_WORDS, st.text(min_size=1, max_size=8)), min_size=1, max_size=30).map("".join))
def test_occurrences_are_exact_non_overlapping_spans_of_the_text(text):
    text = text.replace("\r", " ")
    try:
        article = parse_article("story", "story.txt", text.encode("utf-8"), PUBLISHED)
    except InputError:
        return  # empty or control characters: refused before extraction
    figures = extract_figures(article)
    spans = sorted((o.start, o.end) for f in figures for o in f.occurrences)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))
    for figure in figures:
        assert re.fullmatch(SCHEMA["$defs"]["figure"]["properties"]["key"]["pattern"], figure.key)
        for occurrence in figure.occurrences:
            assert " ".join(article.text[occurrence.start : occurrence.end].split()) == occurrence.text
            assert occurrence.start <= occurrence.value_start < occurrence.value_end == occurrence.end
            paragraph = article.paragraphs[occurrence.paragraph - 1]
            assert paragraph.start <= occurrence.start and occurrence.end <= paragraph.end
            for quote in paragraph.quotes:  # a figure link never crosses a quote's edge
                assert not (
                    occurrence.start < quote.start < occurrence.end or occurrence.start < quote.end < occurrence.end
                )


def test_resolved_dates_are_shown_in_words():
    from explainer.pages.figures_page import human_date

    assert human_date("2023-12-16") == "16 December 2023"
    assert human_date("2024-03") == "March 2024"
    assert human_date("2024") == "2024"
    assert human_date("2023-W51") == "2023-W51"
    assert human_date("--05/--11") == "May (any year) to November (any year)"
    assert human_date("--09-21/--09-30") == "21 September (any year) to 30 September (any year)"


def test_figures_are_extracted_once_per_article_per_build(monkeypatch):
    from explainer.figures import stage as figure_notes

    calls = []
    real = figure_notes.extract_figures
    monkeypatch.setattr(figure_notes, "extract_figures", lambda *a, **k: calls.append(a[0].slug) or real(*a, **k))
    site = build_site(ROOT / "seeds")
    assert calls == [b.slug for b in site.bundles]
    figure_files = [f.path for f in site.files if "/figures." in f.path]
    assert figure_files == [f"articles/{b.slug}/figures.{ext}" for b in site.bundles for ext in ("md", "json", "csv")]


def test_a_figure_link_yields_to_a_note_phrase_it_would_cross(seed_bundle, tmp_path):
    from explainer.notes import load_notes

    notes_file = tmp_path / "story.notes.md"
    notes_file.write_text(
        '## "8,000 next year"\nprefix: by another\n\nA note [source](https://example.org/).\n\n'
        '## "Cambodian workers in Japan by another"\n\nAnother [source](https://example.org/).\n',
        encoding="utf-8",
    )
    bundle = ArticleBundle(article=seed_bundle.article, notes=load_notes(notes_file, seed_bundle.article))
    bundle.figures = seed_bundle.figures
    paragraph = bundle.article.paragraphs[0]
    text = bundle.article.text
    linked = [text[d.start : d.end] for d in figure_decorations(bundle, paragraph)]
    # "another 8,000" would cross both notes: the link shrinks to "8,000"; "next year" sits inside one
    assert linked == ["8,000", "next year"]
    assert [text[d.start : d.end] for d in figure_decorations(seed_bundle, paragraph)] == ["another 8,000", "next year"]
