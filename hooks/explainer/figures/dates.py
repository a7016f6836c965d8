"""What a date or relative time in an article points to, and how we know.

"December 16" and "next year" only mean something against the publication
date; every resolution carries a note saying how it was worked out, and with no
date (or only an approximate one, for day-level times) the value stays None
rather than being guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
MONTH_ABBREVIATIONS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


class Resolution(NamedTuple):
    """What a date or relative time points to, and how we know."""

    value: str | None  # ISO 8601 date, month or year, or a range "start/end"; None when it cannot be known
    note: str
    approximate: bool = False  # a reader's reading of a vague period: "at the end of 2024"


def month_number(text: str) -> int:
    name = text.lower().rstrip(".")
    return MONTHS.get(name) or MONTH_ABBREVIATIONS[name]


def digits(day: str | None) -> str | None:
    return re.sub(r"\D", "", day) if day else None


def publication(meta: Mapping) -> tuple[dt.date | None, bool]:
    published = meta.get("published")
    if isinstance(published, dt.datetime):
        published = published.date()
    if not isinstance(published, dt.date):
        return None, False
    return published, bool(meta.get("published_approximate"))


def resolve(
    candidate_kind: str,
    groups: dict,
    number: Decimal | None,
    published: dt.date | None,
    approximate: bool,
    tense: str | None = None,
) -> Resolution | None:
    """What a date or relative time means, against the publication date; None for other kinds.

    ``tense`` ("past", "future", "habitual" or None, see tense.py) picks the year of a
    month with none stated and the week of a weekday."""
    if candidate_kind not in ("date", "relative-time", "year"):
        return None
    if candidate_kind == "year":
        if groups.get("decade"):  # "the 1990s": 1990 to 1999
            decade = int(groups["year"])
            return Resolution(f"{decade}/{decade + 9}", "the decade stated in the text")
        return Resolution(groups["year"], "stated in the text")
    if candidate_kind == "date":
        return _resolve_date(groups, published, approximate, tense)
    return _resolve_relative(groups, number, published, approximate, tense)


def _basis(published: dt.date, approximate: bool) -> str:
    day = f"{published.day} {published:%B %Y}"
    if approximate:
        return f"the publication date, which is approximate (on or after {day})"
    return f"the publication date ({day})"


def _unknown(what: str) -> Resolution:
    return Resolution(None, f"not resolved: {what} and the article's publication date is not known")


def _resolve_date(g: dict, published: dt.date | None, approximate: bool, tense: str | None) -> Resolution:
    """A date as written, its year from the text or the publication day; a day the calendar
    lacks ("February 30", "February 29, 2025") stays unresolved rather than impossible."""
    found = _resolve_written_date(g, published, approximate, tense)
    for part in (found.value or "").split("/"):
        try:
            if len(part) == 10:
                dt.date.fromisoformat(part)
        except ValueError:
            return Resolution(None, f"not resolved: the calendar has no day {part}")
    return found


def _resolve_written_date(g: dict, published: dt.date | None, approximate: bool, tense: str | None) -> Resolution:
    month = month_number(g["month"])
    day, day2 = digits(g.get("day")), digits(g.get("day2"))
    if g.get("year"):
        return Resolution(_iso(int(g["year"]), month, day, day2), "stated in the text")
    if g.get("implied_year"):  # "from March to November last year"
        return Resolution(_iso(int(g["implied_year"]), month, day, day2), "the year the text gives after it")
    if tense == "habitual" and not day:  # "the rainy season usually runs from May to November"
        return Resolution(f"--{month:02d}", "any year's month: the sentence tells what usually happens")
    if published is None:
        return _unknown("the year is not stated")
    year = year_of_month(month, int(day) if day else None, published, tense)
    how = {"past": "the latest on or before", "future": "the next on or after"}.get(tense or "", "the one nearest")
    said = {"past": ", as the past tense says", "future": ", as the future tense says"}.get(tense or "", "")
    return Resolution(_iso(year, month, day, day2), f"year not stated: {how} {_basis(published, approximate)}{said}")


# how far a day may sit on the wrong side of the publication day for its tense: a future told
# in reported speech may be just past ("said the review would end on August 13", August 15);
# a past day after the page's date is only the page dated a day or two early
_DAYS_OF_GRACE = {"future": 7, "past": 2}


def year_of_month(month: int, day: int | None, published: dt.date, tense: str | None) -> int:
    """The year of a month (or day) named without one: the latest on or before the
    publication day for the past tense, the next on or after it for the future, else the nearest.
    A day just on the wrong side of the publication day for the tense is that day, not one a
    year away (``_DAYS_OF_GRACE``)."""
    if day and tense in _DAYS_OF_GRACE:
        for year in (published.year - 1, published.year, published.year + 1):
            if abs((_safe_date(year, month, day) - published).days) <= _DAYS_OF_GRACE[tense]:
                return year
    if tense == "past":
        reached = (month, day or 1) <= (published.month, published.day)
        return published.year if reached else published.year - 1
    if tense == "future":
        last = day or calendar.monthrange(published.year, month)[1]
        reached = (month, last) >= (published.month, published.day)
        return published.year if reached else published.year + 1
    candidates = [published.year - 1, published.year, published.year + 1]
    probe = day or 15
    return min(candidates, key=lambda y: abs((_safe_date(y, month, probe) - published).days))


def _safe_date(year: int, month: int, day: int) -> dt.date:
    for candidate in (day, 28):
        try:
            return dt.date(year, month, candidate)
        except ValueError:
            continue
    return dt.date(year, month, 1)


def _iso(year: int, month: int, day: str | None, day2: str | None) -> str:
    if not day:
        return f"{year:04d}-{month:02d}"
    first = f"{year:04d}-{month:02d}-{int(day):02d}"
    return f"{first}/{year:04d}-{month:02d}-{int(day2):02d}" if day2 else first


def _resolve_relative(
    g: dict, number: Decimal | None, published: dt.date | None, approximate: bool, tense: str | None
) -> Resolution:
    if published is None:
        return _unknown("it is relative to the day of writing")
    basis = _basis(published, approximate)
    if "number" in g:  # "three years ago"
        return _ago(g["unit"].lower().rstrip("s"), int(number or 1), published, approximate, basis)
    if "word" in g:
        if approximate:
            return _NEEDS_EXACT_DAY
        word = " ".join(g["word"].lower().split())
        offset = -1 if word in ("yesterday", "last night") else 1 if word == "tomorrow" else 0  # "this morning": today
        return Resolution((published + dt.timedelta(days=offset)).isoformat(), f"counted from {basis}")
    if "weekday" in g:
        return _NEEDS_EXACT_DAY if approximate else _weekday(g["weekday"], published, basis, tense)
    rel, unit = g["rel"].lower(), g["unit"].lower()
    if rel == "the":  # "over the weekend"
        return _the_weekend(published, approximate, basis, tense)
    if _up_to_now(rel, unit, g):
        return _the_past(unit, published, approximate, basis)
    step = {"next": 1, "coming": 1, "last": -1, "past": -1, "this": 0, "earlier": 0, "later": 0}[rel]
    if unit == "year":
        return Resolution(str(published.year + step), f"counted from the year of {basis}")
    if unit == "decade":
        return _decade(rel, "after_the" in g, step, published, basis)
    if unit in MONTHS:
        return _named_month(MONTHS[unit], step, published, approximate, basis)
    if approximate:
        return _NEEDS_EXACT_DAY
    if unit == "month" and g.get("mday"):  # "the 1st of next month"
        return _day_of_month(_month_offset(published, step), int(g["mday"]), basis)
    if unit == "month":
        return Resolution(_month_offset(published, step), f"counted from {basis}")
    if unit in ("week", "weekend"):
        return _calendar_week(unit, rel, step, published, basis)
    if step == 0 and tense == "past":  # "the raid was this Monday": the one just gone
        step = -1 if WEEKDAYS.index(unit) != published.weekday() else 0
    return Resolution(_named_weekday(WEEKDAYS.index(unit), step, published).isoformat(), f"counted from {basis}")


def _calendar_week(unit: str, rel: str, step: int, published: dt.date, basis: str) -> Resolution:
    """ "last week", "next week": Monday to Sunday; "next weekend" the Saturday and Sunday of next
    week, "the coming weekend" in a Wednesday paper the one three days on."""
    if unit == "weekend" and rel == "coming" and published.weekday() < 6:
        step = 0
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=step)
    first = monday + dt.timedelta(days=5 if unit == "weekend" else 0)
    sunday = monday + dt.timedelta(days=6)
    return Resolution(
        f"{first.isoformat()}/{sunday.isoformat()}",
        f"the calendar {unit}, Monday to Sunday, counted from {basis}",
        approximate=True,
    )


def _weekday(name: str, published: dt.date, basis: str, tense: str | None) -> Resolution:
    """A weekday: the latest on or before the publication day, or for the future tense the
    next on or after it ("will rule on Friday" in Friday's paper is that day)."""
    target = WEEKDAYS.index(name.lower())
    if tense == "future":  # "expected to reach the coast on Saturday"
        day = published + dt.timedelta(days=(target - published.weekday()) % 7)
        return Resolution(day.isoformat(), f"the next {name} on or after {basis}, as the future tense says")
    day = published - dt.timedelta(days=(published.weekday() - target) % 7)
    return Resolution(day.isoformat(), f"assumed to be the most recent {name} on or before {basis}")


def _ago(unit: str, count: int, published: dt.date, approximate: bool, basis: str) -> Resolution:
    """ "three years ago", "a month ago", "two decades ago" (twenty years), counted back."""
    if unit == "decade":
        unit, count = "year", count * 10
    if unit == "year":
        return Resolution(str(published.year - count), f"counted back from the year of {basis}")
    if approximate:
        return _NEEDS_EXACT_DAY
    if unit == "month":
        return Resolution(_month_offset(published, -count), f"counted back from {basis}")
    days = count * (7 if unit == "week" else 1)
    return Resolution((published - dt.timedelta(days=days)).isoformat(), f"counted back from {basis}")


def _decade(rel: str, after_the: bool, step: int, published: dt.date, basis: str) -> Resolution:
    """ "the past decade": the ten years up to the article's year, as "the past ten years" is;
    "the next decade" the ten after it; "last decade" the calendar decade before the one holding
    the article's year ("it happened last decade": the 2010s in 2023), "this decade" that one."""
    if rel == "this" or (rel == "last" and not after_the):  # "over the last decade": the past ten years
        decade = published.year // 10 * 10 + 10 * step
        return Resolution(f"{decade}/{decade + 9}", f"the calendar decade {decade}s, counted from {basis}", True)
    low, high = (published.year, published.year + 10) if step > 0 else (published.year - 10, published.year)
    return Resolution(f"{low}/{high}", f"the ten years {'after' if step > 0 else 'up to'} {basis}", True)


def _day_of_month(month: str, day: int, basis: str) -> Resolution:
    """Day ``day`` of an ISO month, or unresolved where the month has no such day."""
    if day > calendar.monthrange(int(month[:4]), int(month[5:]))[1]:
        return Resolution(None, f"not resolved: {month} has no day {day}")
    return Resolution(f"{month}-{day:02d}", f"day {day} of {month}, counted from {basis}")


def _up_to_now(rel: str, unit: str, g: dict) -> bool:
    """ "over the past year", "in the last week": up to now, not the calendar year or week that
    "last year" and "last week" name."""
    return unit in ("year", "month", "week") and (rel == "past" or (rel == "last" and "after_the" in g))


def _the_past(unit: str, published: dt.date, approximate: bool, basis: str) -> Resolution:
    """ "the past year" is the twelve months up to the publication month, "the past month" the
    month before it and this one, "the past week" the seven days before the publication day, as
    "the past 12 months" and "the past four days" are counted; "last year" stays the calendar year."""
    if unit == "week":
        if approximate:
            return _NEEDS_EXACT_DAY
        first, last = published - dt.timedelta(days=7), published - dt.timedelta(days=1)
        return Resolution(f"{first}/{last}", f"the seven days before {basis}", approximate=True)
    months = 12 if unit == "year" else 1
    return Resolution(
        f"{_month_offset(published, -months)}/{published:%Y-%m}", f"the past {unit}, up to {basis}", approximate=True
    )


def _the_weekend(published: dt.date, approximate: bool, basis: str, tense: str | None) -> Resolution:
    """ "over the weekend": the Saturday and Sunday just gone (in a Sunday paper, that Sunday
    and the day before), or for the future tense the next ones."""
    if approximate:
        return _NEEDS_EXACT_DAY
    if tense == "future":
        saturday = published + dt.timedelta(days=(5 - published.weekday()) % 7)
    else:  # the last one whose Sunday is not after the publication day
        saturday = published - dt.timedelta(
            days=(published.weekday() - 5) % 7 or (7 if published.weekday() == 5 else 0)
        )
    sunday = saturday + dt.timedelta(days=1)
    return Resolution(f"{saturday}/{sunday}", f"the weekend nearest {basis}, as the tense says", approximate=True)


_NEEDS_EXACT_DAY = Resolution(None, "not resolved: it needs the exact day of publication, which is only approximate")


def _month_offset(published: dt.date, months: int) -> str:
    index = published.year * 12 + published.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _named_month(month: int, step: int, published: dt.date, approximate: bool, basis: str) -> Resolution:
    """'next March', 'last December', 'this June'."""
    if approximate and step and abs(month - published.month) <= 1:
        return Resolution(None, f"not resolved: too close to {basis} to know the year")
    year = published.year
    if step == 1 and month <= published.month:
        year += 1
    elif step == -1 and month >= published.month:
        year -= 1
    return Resolution(f"{year:04d}-{month:02d}", f"counted from {basis}")


def _named_weekday(target: int, step: int, published: dt.date) -> dt.date:
    """'next Friday' (the one after publication), 'last Friday' (the one before), 'this Friday'."""
    if step < 0:
        return published - dt.timedelta(days=(published.weekday() - target) % 7 or 7)
    ahead = (target - published.weekday()) % 7
    return published + dt.timedelta(days=ahead or (7 if step else 0))
