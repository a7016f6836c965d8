"""Fiscal years as the article's country counts them.

"Fiscal 2026" in a Japanese story is April 2026 to March 2027, in a Philippine one the
calendar year, and "the 2026-27 fiscal year" in a Bangladeshi one July 2026 to June 2027, and "fiscal 2027"
in a Thai one October 2026 to September 2027; India and Myanmar (April to March), Pakistan and
Bangladesh (July to June) name a single fiscal year by the year it ends in, as Thailand does
("FY26" in an Indian story is April 2025 to March 2026), and a split one ("2025-26") by both,
which their press writes bare too ("the budget for 2026-27");
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
_BIKRAM_SAMBAT_FROM = 2070  # a Nepali fiscal year named 2070 or later is a Bikram Sambat one (2013 on)


class FiscalCalendar(NamedTuple):
    """How one country's fiscal years fall: ``span(year)`` is the first and last day of
    the fiscal year named ``year`` (the year it starts in, or in Thailand the year it ends in)."""

    country: str
    span: Callable[[int], tuple[dt.date, dt.date]]
    named_by_end: bool = False  # "fiscal 2027" is the one ending in 2027 (Thailand, India), not starting
    split_names: bool = False  # the press writes fiscal years "2026-27" (South Asia, Myanmar), bare or not

    def split(self, first: int) -> tuple[dt.date, dt.date]:
        """The first and last day of the fiscal year written with both its years ("2025-26"),
        the one that starts in ``first``."""
        return self.span(first + 1 if self.named_by_end else first)

    def holding(self, day: dt.date) -> int:
        """The name (a year) of the fiscal year holding ``day``."""
        return next(
            year for year in (day.year - 1, day.year, day.year + 1) if self.span(year)[0] <= day <= self.span(year)[1]
        )


def _japanese(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def _april_to_march_ending(year: int) -> tuple[dt.date, dt.date]:
    """India's fiscal 2026 ("FY26") runs from 1 April 2025 to 31 March 2026."""
    return dt.date(year - 1, 4, 1), dt.date(year, 3, 31)


def _july_to_june_ending(year: int) -> tuple[dt.date, dt.date]:
    """Pakistan's and Bangladesh's fiscal 2026 ("FY26") runs from 1 July 2025 to 30 June 2026."""
    return dt.date(year - 1, 7, 1), dt.date(year, 6, 30)


def _nepali(year: int) -> tuple[dt.date, dt.date]:
    """The fiscal year starting in July of ``year``; a year written in Bikram Sambat ("fiscal
    year 2080/81", 57 years ahead) is read as such."""
    import nepali_datetime  # only a Nepali story needs it: kept out of every build's start-up

    if year >= _BIKRAM_SAMBAT_FROM:
        year -= _BIKRAM_SAMBAT_AHEAD

    start = nepali_datetime.date(year + _BIKRAM_SAMBAT_AHEAD, _SHRAWAN, 1).to_datetime_date()
    following = nepali_datetime.date(year + _BIKRAM_SAMBAT_AHEAD + 1, _SHRAWAN, 1).to_datetime_date()
    return start, following - dt.timedelta(days=1)


def _calendar_year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _october_to_september(year: int) -> tuple[dt.date, dt.date]:
    """Thailand's fiscal year 2027 runs from 1 October 2026 to 30 September 2027: it is named
    by the year it ends in."""
    return dt.date(year - 1, 10, 1), dt.date(year, 9, 30)


_COUNTRIES = (
    (FiscalCalendar("Japan", _japanese), re.compile(r"\bJapan(?:ese)?\b|¥|\byen\b")),
    (FiscalCalendar("Nepal", _nepali, split_names=True), re.compile(r"\bNepal(?:i|ese)?\b|\bKathmandu\b")),
    (FiscalCalendar("the Philippines", _calendar_year), re.compile(r"\bPhilippines?\b|\bFilipinos?\b|\bManila\b")),
    (FiscalCalendar("Bangladesh", _july_to_june_ending, True, True), re.compile(r"\bBangladesh(?:i|is)?\b|\bDhaka\b")),
    (FiscalCalendar("Pakistan", _july_to_june_ending, True, True), re.compile(r"\bPakistan(?:i|is)?\b|\bIslamabad\b")),
    (
        FiscalCalendar("India", _april_to_march_ending, True, True),
        re.compile(r"\bIndian?s?\b|\b(?:New )?Delhi\b|\bMumbai\b|\bKolkata\b|\bChennai\b|\bBengaluru\b"),
    ),
    (
        FiscalCalendar("Myanmar", _april_to_march_ending, True, True),
        re.compile(r"\bMyanmar\b|\bYangon\b|\bNay\s?Pyi\s?Taw\b|\bkyats?\b"),
    ),
    (FiscalCalendar("Thailand", _october_to_september, True), re.compile(r"\bThai(?:land|s)?\b|\bBangkok\b|\bbaht\b")),
)


def fiscal_calendar(text: str) -> FiscalCalendar | None:
    """The fiscal calendar of the country the story is about: of those known, the one it
    names at least twice as often as any other ("Nepal" throughout, "Japan" once as a
    destination), or more often than any other and first (a Nepali story that names India,
    its market, nearly as often); None when it names none, or two about as often (a guess either way)."""
    named = []
    for calendar, pattern in _COUNTRIES:
        found = pattern.findall(text)
        first = pattern.search(text)
        named.append((len(found), -(first.start() if first else len(text)), calendar))
    named.sort(key=lambda entry: entry[:2], reverse=True)
    (most, _, calendar), (second, _, _) = named[0], named[1]
    earliest = max(entry[1] for entry in named)
    return calendar if most and (most >= 2 * second or (most > second and named[0][1] == earliest)) else None
