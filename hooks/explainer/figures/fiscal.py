"""Fiscal years as the article's country counts them.

"Fiscal 2026" in a Japanese story is April 2026 to March 2027, in a Philippine one the
calendar year, and "the 2026-27 fiscal year" in a Bangladeshi one July 2026 to June 2027, and "fiscal 2027"
in a Thai one October 2026 to September 2027;
"the fiscal year 2023-24" in
a Nepali one runs from the first of Shrawan 2080 to the last day of Asar 2081 in the Bikram
Sambat calendar (17 July 2023 to 15 July 2024), whose month lengths change from year to year,
so the days come from a calendar library rather than a rule. A story that names neither
country, or names two about as often, gets no fiscal calendar: its fiscal years stay the
year they are named by.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import NamedTuple

_SHRAWAN = 4  # the Bikram Sambat month a Nepali fiscal year starts in
_BIKRAM_SAMBAT_AHEAD = 57  # Shrawan of BS year Y + 57 falls in July of year Y


class FiscalCalendar(NamedTuple):
    """How one country's fiscal years fall: ``span(year)`` is the first and last day of
    the fiscal year named ``year`` (the year it starts in, or in Thailand the year it ends in)."""

    country: str
    span: Callable[[int], tuple[dt.date, dt.date]]

    def holding(self, day: dt.date) -> int:
        """The name (a year) of the fiscal year holding ``day``."""
        return next(
            year for year in (day.year - 1, day.year, day.year + 1) if self.span(year)[0] <= day <= self.span(year)[1]
        )


def _japanese(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def _nepali(year: int) -> tuple[dt.date, dt.date]:
    import nepali_datetime  # only a Nepali story needs it: kept out of every build's start-up

    start = nepali_datetime.date(year + _BIKRAM_SAMBAT_AHEAD, _SHRAWAN, 1).to_datetime_date()
    following = nepali_datetime.date(year + _BIKRAM_SAMBAT_AHEAD + 1, _SHRAWAN, 1).to_datetime_date()
    return start, following - dt.timedelta(days=1)


def _calendar_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _july_to_june(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 7, 1), dt.date(year + 1, 6, 30)


def _october_to_september(year: int) -> tuple[dt.date, dt.date]:
    """Thailand's fiscal year 2027 runs from 1 October 2026 to 30 September 2027: it is named
    by the year it ends in."""
    return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)


_COUNTRIES = (
    (FiscalCalendar("Japan", _japanese), re.compile(r"\bJapan(?:ese)?\b|¥|\byen\b")),
    (FiscalCalendar("Nepal", _nepali), re.compile(r"\bNepal(?:i|ese)?\b|\bKathmandu\b")),
    (FiscalCalendar("the Philippines", _calendar_year), re.compile(r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b")),
    (FiscalCalendar("Bangladesh", _july_to_june), re.compile(r"\bBangladesh(?:i|is)?\b|\bDhaka\b")),
    (FiscalCalendar("Thailand", _october_to_september), re.compile(r"\bThai(?:land|s)?\b|\bBangkok\b|\bbaht\b")),
)


def fiscal_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal calendar of the country the story is about: of those known, the one it
    names at least twice as often as any other ("Nepal" throughout, "Japan" once as a
    destination); None when it names none, or two about as often (a guess either way)."""
    named = sorted(((len(pattern.findall(text)), calendar) for calendar, pattern in _COUNTRIES), reverse=True)
    (most, calendar), (second, _) = named[0], named[1]
    return calendar if most and most >= 2 * second else None
