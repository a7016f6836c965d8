"""Dates with no year, weekdays and ranges, read against the publication date and the tense
of their sentence (tests/corpus/README.md, "Publication date and counted things").
Every sentence here is written for the test; the story appears on Wednesday 14 August 2024."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from explainer.figures.extract import extract_figures
from explainer.figures.tense import tense_at
from explainer.text.article import parse_article
from explainer.text.metadata import default_meta

PUBLISHED = dt.date(2024, 8, 14)  # a Wednesday


def resolved(text: str, published: dt.date = PUBLISHED) -> dict[str, str | None]:
    """Each figure's words -> the date or range it resolves to."""
    meta = {**default_meta("story"), "published": published}
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    found = {}
    for figure in extract_figures(article):
        for occurrence in figure.occurrences:
            words = article.text[occurrence.value_start : occurrence.value_end]
            found[words] = figure.resolution.value if figure.resolution else None
    return found


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        ("The co-operative was founded in October by twelve growers.", "October", "2023-10"),
        ("The co-operative will open a second shop in March.", "March", "2025-03"),
        ("Prices have climbed since January.", "January", "2024-01"),
        ("The harvest festival is held in September.", "September", "2024-09"),  # no tense: the nearest
        ("The mayor fixed December 2 for the vote.", "December 2", "2024-12-02"),
        ("The bridge was closed on June 30 after the flood.", "June 30", "2024-06-30"),
        ("The boats are to be inspected on November 5.", "November 5", "2024-11-05"),
        ("In February the council opened a night school.", "February", "2024-02"),
    ],
)
def test_a_month_with_no_year_is_the_one_its_tense_allows(sentence, words, date):
    assert resolved(sentence)[words] == date


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        ("The ferry sank on Monday near the estuary.", "Monday", "2024-08-12"),
        ("The minister said on Wednesday that talks went well.", "Wednesday", "2024-08-14"),
        ("The storm is expected to reach the coast on Saturday.", "Saturday", "2024-08-17"),
        ("The market will reopen on Monday, the council said.", "Monday", "2024-08-19"),
    ],
)
def test_a_weekday_is_the_last_one_for_the_past_and_the_next_one_for_the_future(sentence, words, date):
    assert resolved(sentence)[words] == date


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        ("Fishing was banned from April to July last year.", "April to July", "2023-04/2023-07"),
        ("Boats were inspected between February and June.", "between February and June", "2024-02/2024-06"),
        ("The levy was collected from November to February.", "November to February", "2023-11/2024-02"),
        ("The clinic will be shut from September 2 to October 11.", "September 2 to October 11", None),
    ],
)
def test_a_range_with_no_year_ends_as_its_tense_says_and_starts_before_that(sentence, words, date):
    found = resolved(sentence)
    key = next(k for k in found if words.removeprefix("between ") in k)
    if date is None:  # a future range: both ends after the publication day
        assert found[key] == "2024-09-02/2024-10-11"
    else:
        assert found[key] == date


def test_a_season_of_usual_months_is_any_years():
    found = resolved("The dry season usually runs from December to April, and fires are common in March.")
    assert found["December to April"] == "--12/--04"
    assert found["March"] == "--03"


def test_the_same_month_in_two_tenses_is_two_figures():
    text = "The trawler was seized in March.\n\nIts owner will appeal in March."
    meta = {**default_meta("story"), "published": PUBLISHED}
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    values = sorted(f.resolution.value for f in extract_figures(article) if f.resolution)
    assert values == ["2024-03", "2025-03"]


@pytest.mark.parametrize(
    ("phrase", "range_"),
    [("last week", "2024-08-05/2024-08-11"), ("next week", "2024-08-19/2024-08-25")],
)
def test_a_week_is_monday_to_sunday(phrase, range_):
    assert resolved(f"The port reopened {phrase}, officials said.")[phrase] == range_


def test_tense_reads_the_verb_before_the_figure_first():
    text = "The board, which met on Tuesday, will vote again."
    start = text.index("Tuesday")
    assert tense_at(text, start, start + 7, 0, len(text)) == "past"
    text = "In May the board opened its doors."
    assert tense_at(text, 3, 6, 0, len(text)) == "past"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        ("Rice planting began this spring.", "this spring", "2024-03/2024-05"),
        ("The dam will be finished next spring.", "next spring", "2025-03/2025-05"),
        ("Snow closed the pass last winter.", "last winter", "2023-12/2024-02"),
        ("The school will hire 40 teachers over the next two weeks.", "the next two weeks", "2024-08-14/2024-08-28"),
        ("The ferry will resume early next week.", "early next week", "2024-08-19/2024-08-21"),
        (
            "Exports rose in the first nine months of this year.",
            "the first nine months of this year",
            "2024-01/2024-09",
        ),
        ("The levy was due by the end of October 2023.", "the end of October 2023", "2023-10-21/2023-10-31"),
    ],
)
def test_periods_resolve_to_the_range_a_reader_takes(sentence, words, date):
    assert resolved(sentence)[words] == date


def test_a_japanese_fiscal_year_runs_april_to_march_and_others_keep_their_year():
    japan = resolved("The Japanese ministry asked for 2 billion yen in its fiscal 2025 budget.")
    assert japan["fiscal 2025"] == "2025-04-01/2026-03-31"
    elsewhere = resolved("The provincial board asked for more money in its fiscal 2025 budget.")
    assert elsewhere["fiscal 2025"] == "2025"  # approximate: the months depend on the country


def test_a_year_earlier_is_the_date_before_it_moved_back():
    found = resolved("Arrivals reached 5,000 in the first half of 2023, up from 4,100 a year earlier.")
    assert found["a year earlier"] == "2022-01/2022-06"
    found = resolved("The fund spent 30 million in fiscal 2023 in Japan, against 12 million two years earlier.")
    assert found["two years earlier"] == "2021-04-01/2022-03-31"
    found = resolved("A survey in May 2024 counted 60 closures over the previous two years.")
    assert found["the previous two years"] == "2022-05/2024-05"


# --- Ranges, money and times as one figure ------------------------------------------------


def figures_of(text: str) -> dict[str, object]:
    meta = {**default_meta("story"), "published": PUBLISHED}
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    return {figure.value: figure for figure in extract_figures(article)}


@pytest.mark.parametrize(
    ("sentence", "written", "low", "high", "unit"),
    [
        ("Between 300,000 and 500,000 seedlings were lost.", "Between 300,000 and 500,000", 300000, 500000, None),
        ("A room costs between RM900 and RM1,400 a month.", "between RM900 and RM1,400", 900, 1400, "MYR"),
        ("Brokers asked between $1,500 and $2,000 per worker.", "between $1,500 and $2,000", 1500, 2000, "USD"),
        ("Each family paid $2,000 or $2,500 to the agent.", "$2,000 or $2,500", 2000, 2500, "USD"),
        ("Repairs will take three to five years.", "three to five years", 3, 5, "year"),
    ],
)
def test_a_range_is_one_figure_with_a_low_and_a_high(sentence, written, low, high, unit):
    figure = figures_of(sentence)[written]
    assert (figure.low, figure.high, figure.unit) == (low, high, unit)


def test_two_years_after_between_stay_a_date_range():
    figure = figures_of("Output doubled between 2018 and 2022.")["2018 and 2022"]
    assert figure.kind == "date-range" and figure.resolution.value == "2018/2022"


def test_a_dateline_in_capitals_is_a_date():
    figure = figures_of("HANOI, MARCH 3 - The port reopened on Monday.")["MARCH 3"]
    assert figure.kind == "date" and figure.resolution.value == "2024-03-03"


@pytest.mark.parametrize(
    ("sentence", "written", "unit"),
    [
        ("The Nepali migrant paid Rs 90,000 to a Kathmandu agent.", "Rs 90,000", "NPR"),
        ("The Indian firm earned Rs 4 crore last year.", "Rs 4 crore", "INR"),
        ("Filipino nurses were promised P40,000 a month in Manila.", "P40,000", "PHP"),
        ("The court froze 80,000 Kuwaiti dinars of the agency's funds.", "80,000 Kuwaiti dinars", "KWD"),
        ("A trader was paid Rs 5,000 for the sacks.", "Rs 5,000", "rupee"),  # no country: the plain name
    ],
)
def test_a_shared_currency_name_is_the_one_of_the_storys_country(sentence, written, unit):
    assert figures_of(sentence)[written].unit == unit


@pytest.mark.parametrize(
    ("sentence", "written", "clock"),
    [
        ("The pickers start at six in the morning.", "six in the morning", "06:00"),
        ("The shop closes at 9 in the evening.", "9 in the evening", "21:00"),
    ],
)
def test_a_time_in_words_is_a_clock_time(sentence, written, clock):
    figure = figures_of(sentence)[written]
    assert figure.kind == "time" and figure.resolution.value == clock


def test_the_ages_of_family_named_by_kin_are_ages():
    figures = figures_of("Her daughters, 9 and 12, stayed with their grandmother.")
    assert figures["9"].kind == "age" and figures["12"].kind == "age"


def test_the_timeline_shows_a_week_as_a_range_and_leaves_out_any_years_months():
    from explainer import voices
    from explainer.bundle import ArticleBundle
    from explainer.figures.stage import figure_stage
    from explainer.pages.figures_page import figures_page
    from explainer.pages.timeline import article_events

    text = "The ferry stopped last week. Floods usually come in October."
    meta = {**default_meta("story"), "published": PUBLISHED, "title": "Story"}
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    bundle = ArticleBundle(article=article, voices=voices.attribute(article))
    bundle.figures = figure_stage(article, bundle.voices, Path("/nonexistent/story.figures.yml"))
    labels = [event.label for event in article_events([bundle])]
    assert len(labels) == 1 and "read as about 5 August 2024 to 11 August 2024" in labels[0], labels
    assert "**October &#40;any year&#41;**" in figures_page(bundle)  # escaped as all seed text


def test_a_multiple_is_a_fraction_of_the_thing_it_multiplies():
    meta = {**default_meta("story"), "published": PUBLISHED}
    text = "A nurse abroad earns four times the wage of a nurse at home."
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    (figure,) = extract_figures(article)
    assert (figure.kind, figure.value, figure.number) == ("fraction", "four times", 4)
    assert figure.occurrences[0].counts == "wage of nurse"


def test_a_year_in_a_budgets_name_is_no_figure():
    meta = {**default_meta("story"), "published": PUBLISHED}
    text = "The tax announced in Budget 2025 starts in 2026."
    article = parse_article("story", "story.txt", text.encode("utf-8"), meta)
    assert [figure.value for figure in extract_figures(article)] == ["2026"]
