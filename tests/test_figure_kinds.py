"""Figures as the region's press writes them: weekdays, bare months, vague periods, times
of day, fractions, currencies other than dollars, ranges, measures; and what is not a figure.

Every sentence here was written for this test in the style of wire and Asian English-language
news; none is taken from tests/corpus/.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from explainer.figures.extract import extract_figures
from explainer.figures.model import KINDS
from explainer.pages.figures_page import KIND_LABELS
from explainer.text.article import parse_article

ROOT = Path(__file__).resolve().parent.parent
PUBLISHED = {"published": dt.date(2024, 5, 9), "published_approximate": False}


def figures_in(text: str) -> list[tuple[str, str]]:
    """(kind, value as written) of every figure, in order of first appearance."""
    article = parse_article("story", "story.txt", text.encode("utf-8"), PUBLISHED)
    return [(f.kind, f.value) for f in extract_figures(article)]


def values(text: str) -> list[str]:
    return [value for _, value in figures_in(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weekdays without "on"
        ("The labour ministry said Thursday it would extend the deadline.", [("relative-time", "Thursday")]),
        ("Monday's meeting in Bangkok ended without a deal.", [("relative-time", "Monday")]),
        ("Water levels rose early Tuesday near Kampong Cham.", [("relative-time", "Tuesday")]),
        (
            "Officials counted arrivals between Monday and Friday.",
            [("date-range", "Monday and Friday")],
        ),
        # months without a day
        ("The scheme will open in March, officials said.", [("date", "March")]),
        ("Prices have risen since October, the bank said.", [("date", "October")]),
        (
            "The survey ran between January and May in six provinces.",
            [("date-range", "January and May"), ("count", "six")],
        ),
        ("Registrations peak in September and October each year.", [("date", "September"), ("date", "October")]),
        # vague periods
        ("The permits expire at the end of the month.", [("period", "the end of the month")]),
        ("Talks are due to resume by the end of October.", [("period", "the end of October")]),
        ("Fees will be reviewed at the beginning of the month.", [("period", "the beginning of the month")]),
        ("Arrivals have slowed in recent years, the agency said.", [("period", "recent years")]),
        ("The factory cut overtime last spring as orders fell.", [("period", "last spring")]),
        (
            "Exports fell from 2.1 million tonnes a year earlier.",
            [("measure", "2.1 million tonnes"), ("period", "a year earlier")],
        ),
        ("Villagers have farmed the land for decades.", [("period", "decades")]),
        (
            "Output fell 4 percent from the previous year.",
            [("percentage", "4 percent"), ("period", "the previous year")],
        ),
        ("Remittances rose in the last fiscal year, the central bank said.", [("period", "the last fiscal year")]),
        ("The plant should open in fiscal 2027, the company said.", [("period", "fiscal 2027")]),
        (
            "Sales are expected to recover in the first half of next year.",
            [("date-range", "the first half of next year")],
        ),
        ("Wages will rise over the next two years.", [("period", "the next two years")]),
        ("The suspension will last six months.", [("duration", "six months")]),
        # times of day
        ("The fire broke out at about 2:30pm on the second floor.", [("time", "2:30pm")]),
        ("Schools will open at 7am, the ministry said.", [("time", "7am")]),
        ("The storm was 80 kilometers offshore as of noon.", [("measure", "80 kilometers"), ("time", "noon")]),
        ("Polls close at 4 p.m. local time.", [("time", "4 p.m.")]),
        # fractions and shares
        ("About half of the returnees were women.", [("fraction", "half")]),
        ("A third of the households had borrowed money.", [("fraction", "A third")]),
        ("Workers lose a quarter of their pay to brokers.", [("fraction", "a quarter")]),
        (
            "One in five trainees changed employers last year.",
            [("fraction", "One in five"), ("relative-time", "last year")],
        ),
        ("Nearly one in four households depends on remittances.", [("fraction", "one in four")]),
        ("More than two-thirds of the money went through informal channels.", [("fraction", "two-thirds")]),
        (
            "Rice now costs nearly double the price of a year earlier.",
            [("fraction", "double"), ("period", "a year earlier")],
        ),
        # currencies before or after the number
        ("The levy will raise RM13.3 billion for the state.", [("money", "RM13.3 billion")]),
        ("The ministry expects RM1.2bil from the scheme.", [("money", "RM1.2bil")]),
        ("The court set bail at RM96,000 with a surety.", [("money", "RM96,000")]),
        ("Remittances reached 40 trillion rupiah in the period.", [("money", "40 trillion rupiah")]),
        ("Brokers charged Rp 15 million for each placement.", [("money", "Rp 15 million")]),
        ("The family borrowed Rs8 lakh from a moneylender.", [("money", "Rs8 lakh")]),
        ("The junta's rate is K2,100 to the dollar.", [("money", "K2,100")]),
        ("A sack of rice costs 90,000 kyats in Yangon.", [("money", "90,000 kyats")]),
        ("Brokers promised VND25-30 million a month.", [("money", "VND25-30 million")]),
        ("He paid 300 million đồng to the agency.", [("money", "300 million đồng")]),
        ("The firm was fined ¥2 million by the regulator.", [("money", "¥2 million")]),
        ("Each family received 50,000 riel in aid.", [("money", "50,000 riel")]),
        ("The fund holds €40 million for training.", [("money", "€40 million")]),
        # ranges
        ("Employers will pay RM1,850 to RM2,500 per worker.", [("money", "RM1,850 to RM2,500")]),
        ("Trainees earn between 150,000 and 180,000 yen a month.", [("money", "between 150,000 and 180,000 yen")]),
        # percentages
        ("Exports rose 12 per cent in April.", [("percentage", "12 per cent"), ("date", "April")]),
        ("Prices fell 3.5 percent.", [("percentage", "3.5 percent")]),
        ("Turnout was 61%.", [("percentage", "61%")]),
        # measures
        ("Up to 400 millimeters of rain fell overnight.", [("measure", "400 millimeters")]),
        ("Rice sold for ¥4,200 per 5 kilograms.", [("money", "¥4,200"), ("measure", "5 kilograms")]),
        ("A magnitude 5.6 quake struck the island.", [("measure", "magnitude 5.6")]),
        (
            "Klang recorded 120mm of rain and 34°C on Sunday.",
            [("measure", "120mm"), ("measure", "34°C"), ("relative-time", "Sunday")],
        ),
        # ages in decades
        ("A woman in her 70s was rescued from the roof.", [("age", "70s")]),
        # durations written with "a" or "an"
        ("He was unemployed for almost a year before he left.", [("duration", "a year")]),
        ("The water rose to his chest within an hour.", [("duration", "an hour")]),
    ],
)
def test_each_kind_is_found_as_written(text, expected):
    assert figures_in(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # ordinals that only put things in order
        "For the first time, the workers could choose their employer.",
        "She works the second shift at the plant.",
        "The company began building the second plant next to the old one.",
        "He was taken in the first batch of conscripts.",
        "The fire started on the second floor of the building.",
        # numbers inside names
        "The G7 leaders discussed COVID-19 and trade.",
        "Article 23 of the constitution protects the right to strike.",
        "They were charged under Section 24 of the act.",
        "Workers on E-9 visas may change jobs three times.".replace(" three times", ""),
        "The villages lie along Route 4 west of the capital.",
        "The Migrant Repatriation Programme 2.0 was extended.",
        "The storm, named Typhoon No. 10, weakened overnight.",
        "The Employment Act 1955 was amended by parliament.",
        # a rate is not a second figure
        "She sends home $200 a month.",
        "They earn 150,000 yen a month before deductions.",
        # words that contain figure words
        "He spoke on behalf of the union in the afternoon.",
        "The fall in prices hurt farmers.",
        # "zero" meaning "no", and "at least one" meaning "any"
        "The agency promised zero cost to the recruits.",
        "The police chief repeated his zero tolerance policy.",
        "Most households in the valley have at least one son abroad.",
    ],
)
def test_not_figures(text):
    kinds = {"$200": "money", "150,000 yen": "money"}
    assert [value for value in values(text) if value not in kinds] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Prices rose for the 14th straight week.", "14th"),
        ("The union marked its 50th anniversary on Sunday.", "50th"),
        ("It was the third consecutive monthly decline.", "third"),
        ("Hun Manet won a second term.", "second"),
        ("Thailand is the second-largest source of remittances.", "second"),
    ],
)
def test_ordinals_that_count_are_figures(text, value):
    assert ("ordinal", value) in figures_in(text)


def test_a_year_after_a_capitalised_word_is_still_a_year():
    assert figures_in("Samsung Electronics 2023 results beat forecasts.") == [("year", "2023")]


def test_values_and_keys_of_the_new_kinds():
    article = parse_article(
        "story",
        "story.txt",
        (
            b"Half of the RM1,850 to RM2,500 levy and two-thirds of the VND25-30 million fee, "
            b"one in five workers said at 2:30pm, over 400 millimeters of rain, Rs8 lakh."
        ),
        PUBLISHED,
    )
    found = {f.key: f for f in extract_figures(article)}
    assert found["half"].number == 0.5
    assert found["myr-1850-to-2500"].number is None  # a range has no single value, but two ends
    assert (found["myr-1850-to-2500"].low, found["myr-1850-to-2500"].high) == (1850, 2500)
    assert round(found["two-thirds"].number, 3) == Decimal("0.667")
    assert found["vnd-25000000-to-30000000"].kind == "money"
    assert found["one-in-five"].number == Decimal("0.2")
    assert found["2-30pm"].kind == "time"
    assert found["400-millimeters"].number == 400
    assert found["rupee-800000"].number == 800_000


def test_weekday_resolves_to_the_most_recent_one():
    article = parse_article("story", "story.txt", b"The ministry said Thursday it would act.", PUBLISHED)
    (figure,) = extract_figures(article)
    assert figure.resolution.value == "2024-05-09"  # publication day is a Thursday


def test_every_kind_has_a_label_and_is_allowed_by_the_schema():
    schema = json.loads((ROOT / "schemas" / "figures.schema.json").read_text(encoding="utf-8"))
    assert set(KIND_LABELS) == set(KINDS)
    assert schema["$defs"]["figure"]["properties"]["kind"]["enum"] == list(KINDS)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mine reported zero deaths this year.", "zero"),
        ("At least one fisherman drowned off Kep.", "one"),
    ],
)
def test_zero_and_at_least_one_that_count_are_figures(text, value):
    assert ("count", value) in figures_in(text)


def test_a_count_that_changes_from_one_number_to_another_is_two_figures():
    found = figures_in("Daily riders on the ferry rose from 12,000 to 15,500 within a month.")
    assert ("count", "12,000") in found and ("count", "15,500") in found
    assert ("count", "5 to 10") in figures_in("Each crew hauls 5 to 10 nets a night.")  # no change: one range


def test_an_amount_joined_to_its_currency_by_a_hyphen_is_money():
    assert ("money", "15-baht") in figures_in("The 15-baht ferry ticket will stay until the end of the year.")


def test_a_range_of_percentages_with_a_sign_on_each_end_is_one_figure():
    for sentence, written in (
        ("Rents may rise 5% to 8% this year.", "5% to 8%"),
        ("Yields could drop 10% or 12%.", "10% or 12%"),
    ):
        assert ("percentage", written) in figures_in(sentence)


def test_the_days_something_happened_on_are_a_count_not_a_duration():
    assert ("count", "12") in figures_in("Rain fell on 12 days in March, the weather office said.")
    assert ("duration", "12 days") in figures_in("The strike lasted 12 days.")


def test_minus_before_a_percentage_makes_it_negative():
    article = parse_article("story", "story.txt", b"Pork inflation fell to minus 2.5 percent in May.", PUBLISHED)
    (share,) = [f for f in extract_figures(article) if f.kind == "percentage"]
    assert (share.value, share.number, share.key) == ("minus 2.5 percent", Decimal("-2.5"), "pct-minus-2-5")
