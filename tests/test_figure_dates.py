"""Dates with no year, weekdays and ranges, read against the publication date and the tense
of their sentence (tests/corpus/README.md, "Publication date and counted things").
Every sentence here is written for the test; the story appears on Wednesday 14 August 2024."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from explainer.figures.extract import extract_figures
from explainer.figures.tense import tense_at
from explainer.text.article import parse_article
from explainer.text.metadata import default_meta

PUBLISHED = dt.date(2024, 8, 14)  # a Wednesday


def story(text: str, published: dt.date = PUBLISHED):
    """The text as an article published on ``published``."""
    meta = {**default_meta("story"), "published": published}
    return parse_article("story", "story.txt", text.encode("utf-8"), meta)


def resolved(text: str, published: dt.date = PUBLISHED) -> dict[str, str | None]:
    """Each figure's words -> the date or range it resolves to."""
    article = story(text, published)
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
        # the publication day itself: "will rule on Wednesday" in Wednesday's paper is that day, not a week on
        ("The court will rule on Wednesday on the appeal.", "Wednesday", "2024-08-14"),
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
    article = story(text)
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
        ("Rainfall has halved over the past two decades.", "the past two decades", "2004/2024"),
        ("Rescuers will search the hills for the next 48 hours.", "the next 48 hours", "2024-08-14/2024-08-16"),
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
    article = story(text)
    return {figure.value: figure for figure in extract_figures(article)}


@pytest.mark.parametrize(
    ("sentence", "written", "low", "high", "unit"),
    [
        ("Between 300,000 and 500,000 seedlings were lost.", "Between 300,000 and 500,000", 300000, 500000, None),
        ("A room costs between RM900 and RM1,400 a month.", "between RM900 and RM1,400", 900, 1400, "MYR"),
        ("Brokers asked between $1,500 and $2,000 per worker.", "between $1,500 and $2,000", 1500, 2000, "USD"),
        ("Each family paid $2,000 or $2,500 to the agent.", "$2,000 or $2,500", 2000, 2500, "USD"),
        ("Repairs will take three to five years.", "three to five years", 3, 5, "year"),
        ("A picker earns 7,000 or 9,000 baht in a good month.", "7,000 or 9,000 baht", 7000, 9000, "THB"),
        ("The ferry stays docked for four or five months.", "four or five months", 4, 5, "month"),
        ("Fares could rise 6 or 7 percent next year.", "6 or 7 percent", 6, 7, "percent"),
        (
            "The cooperative lost between 2 million and 5 million seedlings.",
            "between 2 million and 5 million",
            2000000,
            5000000,
            None,
        ),
        ("Agents charged Rp 800,000 to Rp 1.5 million a head.", "Rp 800,000 to Rp 1.5 million", 800000, 1500000, "IDR"),
        (
            "Agents charged Rp 12 million to Rp 18 million a head.",
            "Rp 12 million to Rp 18 million",
            12000000,
            18000000,
            "IDR",
        ),
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
        ("A trader was paid Rs 5,000 for the sacks.", "Rs 5,000", None),  # no country: unknown, not guessed
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
    text = "A nurse abroad earns four times the wage of a nurse at home."
    article = story(text)
    (figure,) = extract_figures(article)
    assert (figure.kind, figure.value, figure.number) == ("fraction", "four times", 4)
    assert figure.occurrences[0].counts == "wage of nurse"


def test_a_year_in_a_budgets_name_is_no_figure():
    text = "The tax announced in Budget 2025 starts in 2026."
    article = story(text)
    assert [figure.value for figure in extract_figures(article)] == ["2026"]


@pytest.mark.parametrize(
    ("sentence", "written", "low", "high"),
    [
        ("The scheme recruits women aged 20 to 45 from the camps.", "20 to 45", 20, 45),
        ("The boys, aged between 14 and 16, were sent home.", "between 14 and 16", 14, 16),
    ],
)
def test_an_age_range_after_aged_is_one_age(sentence, written, low, high):
    figure = figures_of(sentence)[written]
    assert (figure.kind, figure.low, figure.high) == ("age", low, high)


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("A woman of 58 from Svay Rieng was among the dead.", "58"),
        ("“She was 19. She wanted to be a nurse,” her aunt said.", "19"),
        ("A third of the island's fishers are 70 or older.", "70"),
        ("Of the 90 who drowned, 31 were under 25.", "25"),
    ],
)
def test_a_persons_age_without_aged_is_an_age(sentence, written):
    assert figures_of(sentence)[written].kind == "age"


def test_a_count_of_people_is_not_an_age():
    figures = figures_of("She was one of 40 nurses, and a group of 12 left on Friday.")
    assert figures["40"].kind == "count" and figures["12"].kind == "count"


def test_working_days_are_a_duration_in_days():
    figure = figures_of("The permit is issued within five working days.")["five working days"]
    assert (figure.kind, figure.number, figure.unit) == ("duration", 5, "day")


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # published on a Wednesday: a past range ends on the latest Friday, and starts the Monday before it
        ("Police turned back 300 boats between Monday and Friday.", "Monday and Friday", "2024-08-05/2024-08-09"),
        ("Police turned back 300 boats from Monday to Tuesday.", "Monday to Tuesday", "2024-08-12/2024-08-13"),
    ],
)
def test_two_weekdays_joined_are_one_range(sentence, words, date):
    assert resolved(sentence)[words] == date


def test_a_weekday_ahead_of_which_something_happened_is_after_it():
    found = resolved("Traders stocked up on Monday ahead of a Thursday holiday.")
    assert found["Monday"] == "2024-08-12" and found["Thursday"] == "2024-08-15"


def test_the_next_week_after_an_event_is_not_the_calendars():
    found = resolved("He lost the job in May and was sent home the next week.")
    assert found["next week"] is None
    assert resolved("The port will reopen in the next week, officials said.")["next week"] is not None


def test_a_year_later_is_the_date_before_it_moved_forward():
    assert resolved("The pact was signed in 2011 and took effect a year later.")["a year later"] == "2012"


def test_a_year_earlier_with_no_date_before_it_counts_back_from_the_publication_month():
    found = resolved("A sack of rice costs $30, up from $24 a year earlier.")
    assert found["a year earlier"] == "2023-08"
    found = resolved("Exports fell in the last fiscal year, against a rise a year earlier.")
    assert found["a year earlier"] is None  # a date the article does not resolve comes first


def test_a_date_inside_a_quotation_takes_the_speakers_tense():
    found = resolved("“If the rains hold off in October, we can plant twice,” the farmer said.")
    assert found["October"] == "2024-10"
    found = resolved('"We plant again in December," the farmer said.')
    assert found["December"] == "2024-12"  # the nearest: the attribution's "said" is not the speaker's tense
    found = resolved('The farmer said the dam burst in December and "nothing was left".')
    assert found["December"] == "2023-12"  # outside the quotation, the reporter's tense


def test_an_irregular_past_verb_makes_a_past_month():
    assert resolved("She had no idea until a storm broke the dam in October.")["October"] == "2023-10"


def test_years_and_months_are_one_duration_in_months():
    figure = figures_of("Visas last up to four years and ten months.")["four years and ten months"]
    assert (figure.kind, figure.number, figure.unit) == ("duration", 58, "month")


def test_a_nepali_fiscal_year_runs_from_shrawan_to_asar():
    nepal = resolved(
        "Nepal's central bank said remittances rose in the fiscal year 2022-23. In Kathmandu, officials said"
        " the last fiscal year was better still, up 9 percent from a year earlier."
    )
    assert nepal["the fiscal year 2022-23"] == "2022-07-17/2023-07-16"  # 1 Shrawan 2079 to the end of Asar 2080
    assert nepal["the last fiscal year"] == "2023-07-17/2024-07-15"  # the one before 16 July 2024 (the story: August)
    assert nepal["a year earlier"] == "2022-07-17/2023-07-16"  # the fiscal year before it, not a calendar year


def test_a_fiscal_year_of_two_countries_named_alike_stays_the_year_it_is_named_by():
    found = resolved("Nepal and Japan both raised spending in fiscal 2024, their finance ministries said.")
    assert found["fiscal 2024"] == "2024"
    assert resolved("Japan's ministry spent more in the last fiscal year.")["the last fiscal year"] == (
        "2023-04-01/2024-03-31"
    )


@pytest.mark.parametrize(
    ("sentence", "written", "kind", "number", "unit"),
    [
        ("The province lost 300 million kip in crops.", "300 million kip", "money", 300000000, "LAK"),
        ("In Manila, a kilo of sugar now sells at P78.50.", "P78.50", "money", Decimal("78.50"), "PHP"),
        ("Exports fell for four straight months.", "four straight months", "duration", 4, "month"),
        ("The plant ran for nine consecutive days.", "nine consecutive days", "duration", 9, "day"),
    ],
)
def test_more_amounts_of_the_regions_press(sentence, written, kind, number, unit):
    figure = figures_of(sentence)[written]
    assert (figure.kind, figure.number, figure.unit) == (kind, number, unit)


def test_a_p_before_a_small_number_is_no_peso_outside_the_philippines():
    assert "P5" not in figures_of("The P5 protein was found in 40 samples.")


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Lim Soo-jin (林秀珍), 47, runs the shop.", "47"),
        ("“We left with nothing,” said the farmer, 63, who asked not to be named.", "63"),
    ],
)
def test_an_age_set_off_by_commas_after_a_person_is_an_age(sentence, written):
    assert figures_of(sentence)[written].kind == "age"


def test_a_list_of_numbers_is_no_age():
    assert figures_of("Scores rose by 5, 10, and 15 points.")["10"].kind == "count"


def test_an_ed_adjective_is_no_past_verb():
    # "imported" and "regular-milled" describe the rice; "will" sets the tense
    found = resolved("The agency will cap the price of imported regular-milled rice starting December 1.")
    assert found["December 1"] == "2024-12-01"
    found = resolved("Their contracts would not be renewed after June 30, the principal said.")
    assert found["June 30"] == "2025-06-30"


def test_fiscal_years_of_the_philippines_and_bangladesh():
    manila = resolved("Manila will fund the rice subsidy in fiscal year 2025, Philippine officials said.")
    assert manila["fiscal year 2025"] == "2025-01-01/2025-12-31"
    dhaka = resolved("Dhaka set aside Tk 40 crore in the 2024-25 fiscal year, up from Tk 30 crore the year before.")
    assert dhaka["the 2024-25 fiscal year"] == "2024-07-01/2025-06-30"
    assert dhaka["the year before"] == "2023-07-01/2024-06-30"


def test_a_change_from_one_amount_to_another_is_two_figures():
    figures = figures_of("The city will raise the bus fare from Rp 4,000 to Rp 6,000 next month.")
    assert (figures["Rp 4,000"].number, figures["Rp 6,000"].number) == (4000, 6000)
    figures = figures_of("The canteen cut the meal price from NT$70 to NT$65.")
    assert (figures["NT$70"].number, figures["NT$65"].number) == (70, 65)
    # a range of prices stays one figure
    assert figures_of("Rooms cost from RM900 to RM1,400 a month.")["RM900 to RM1,400"].low == 900


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        # published Wednesday 14 August 2024
        ("Prices peaked in the first week of August.", "the first week of August", "2024-08-01/2024-08-07"),
        ("Prices peaked in the last week of July.", "the last week of July", "2024-07-25/2024-07-31"),
        ("Rain fell on 40 villages over the past three days.", "the past three days", "2024-08-11/2024-08-13"),
        ("Flooding usually peaks in late October.", "late October", "--10-21/--10-31"),
        ("Showers are forecast from today until Saturday.", "today until Saturday", "2024-08-14/2024-08-17"),
        ("The river stayed high from June to mid-July.", "June to mid-July", "2024-06-01/2024-07-20"),
    ],
)
def test_weeks_of_a_month_spans_and_joined_parts(sentence, words, date):
    assert resolved(sentence)[words] == date


def test_a_year_earlier_than_a_week_of_a_month_is_that_week_a_year_before():
    found = resolved("Rice cost $1.10 a kilo in the first week of August, up from 95 cents a year earlier.")
    assert found["a year earlier"] == "2023-08-01/2023-08-07"


def test_a_span_of_two_times_of_day_is_one_figure():
    figure = figures_of("Polling stations open from 7am to 5pm on Sunday.")["7am to 5pm"]
    assert (figure.kind, figure.resolution.value) == ("time", "07:00/17:00")


def test_a_share_standing_for_what_it_counts_and_another_year():
    figures = figures_of("Of the 80 clinics, a third are short of nurses, and the grant runs for another year.")
    assert figures["a third"].kind == "fraction"
    assert (figures["another year"].kind, figures["another year"].number) == ("duration", 1)


def test_a_year_earlier_with_no_date_in_its_paragraph_moves_the_month_the_lead_reports_on():
    text = (
        "Pepper sales abroad fell to their lowest in five years in June, traders said.\n\n"
        "Sales dropped 18 percent from a year earlier, the customs office said on Monday.\n\n"
        "School enrolment in the province fell to 9,200 in March, a third lower than a decade earlier."
    )
    found = resolved(text)
    assert found["a year earlier"] == "2023-06"  # June (2024) a year before, not the publication month
    assert found["a decade earlier"] == "2014-03"  # a decade is ten years, from the paragraph's March


def test_a_lead_without_a_month_leaves_a_year_earlier_on_the_publication_month():
    text = "Pepper sales rose last year, traders said.\n\nA sack costs $30 now, up from $24 a year earlier."
    assert resolved(text)["a year earlier"] == "2023-08"


def test_a_thai_fiscal_year_is_named_by_the_year_it_ends_in():
    text = "The Thai transport ministry will ask Bangkok for 2 billion baht in fiscal 2025 for new buses."
    assert resolved(text)["fiscal 2025"] == "2024-10-01/2025-09-30"


def test_the_end_of_the_fiscal_year_is_the_last_months_of_the_countrys_fiscal_year():
    text = (
        "The Japanese carmaker will decide by the end of the fiscal year whether to build the plant, "
        "its president told reporters in Tokyo. Japan's yen has weakened since spring."
    )
    assert resolved(text)["the end of the fiscal year"] == "2025-01/2025-03"  # fiscal 2024: April 2024 to March 2025


def test_a_quarter_with_no_year_is_the_publication_years():
    assert (
        resolved("Growth could pick up to 4 percent by the fourth quarter.")["the fourth quarter"] == "2024-10/2024-12"
    )


def test_an_ed_word_after_to_and_a_verb_is_no_past_verb():
    found = resolved("The board plans to publish revised fee rules in January.")
    assert found["January"] == "2025-01"  # "revised" describes the rules: no past tense to pull January back


def test_two_months_joined_by_a_hyphen_are_one_range():
    found = resolved("Sales for the April-June period came to $4 million, up from a year earlier.")
    assert found["April-June"] == "2024-04/2024-06"
    assert found["a year earlier"] == "2023-04/2023-06"


def test_from_one_year_to_another_is_a_date_range_not_a_number_range():
    assert resolved("She ran the district clinic from 2015 to 2020 before retiring.")["2015 to 2020"] == "2015/2020"


def test_the_same_period_of_another_year_is_the_span_the_story_gave_before_it():
    text = (
        "Ferry crossings reached 2.1 million in the first half of the year, the port authority said.\n\n"
        "That was 9 percent more than in the same period last year, and a record for the port."
    )
    assert resolved(text)["last year"] == "2023-01/2023-06"
    found = resolved("Fares rose in June, against a fall in the same month of 2022.")
    assert found["2022"] == "2022-06"


def test_the_n_month_period_with_the_is_the_span_the_text_gave_before_it():
    text = (
        "Ticket sales between early March and late May came to $3 million.\n\n"
        "Sales over the three-month period were the highest since the line opened."
    )
    found = resolved(text)
    assert found["early March and late May"] == "2024-03-01/2024-05-31"
    assert found["three-month"] == "2024-03-01/2024-05-31"


def test_a_range_between_two_parts_of_months_runs_from_the_first_day_of_one_to_the_last_of_the_other():
    found = resolved("Rains fell between mid-April and early June, the weather office said.")
    assert found["mid-April and early June"] == "2024-04-11/2024-06-10"


def test_a_season_or_school_year_runs_from_the_month_the_story_says_it_begins():
    text = (
        "Millers expect the 2024-25 season, which runs from November to October, to yield less rice.\n\n"
        "Stocks are the lowest since 2017-18, and the 2026 school year, which begins in April, may see fewer pupils."
    )
    found = resolved(text)
    assert found["2024"] == "2024-11/2025-10"
    assert found["2017"] == "2017-11/2018-10"
    assert found["2026"] == "2026-04/2027-03"  # each kind of year from its own month


def test_a_split_year_with_no_stated_start_month_stays_the_year_it_is_named_by():
    assert resolved("Output in 2023-24 fell by a tenth.")["2023"] == "2023"


@pytest.mark.parametrize(
    ("sentence", "words", "date"),
    [
        ("The council urged farmers to file their claims by August 30.", "August 30", "2024-08-30"),
        ("Workers who failed to renew their permits by Friday were fined.", "Friday", "2024-08-16"),
        ("The clinic closed by August 2 after the flood.", "August 2", "2024-08-02"),  # no infinitive: past
    ],
)
def test_a_deadline_after_an_infinitive_looks_ahead(sentence, words, date):
    assert resolved(sentence)[words] == date
