"""Vague periods as the date ranges a reader takes them to mean, marked approximate.

"At the end of 2024" is October to December 2024, "early June" the 1st to the 10th,
"in recent years" the three years up to the article's, "over the next two years" the
article's year and the two after it. The ranges follow the corpus conventions
(tests/corpus/README.md); a period that needs the publication date stays unresolved
without one, and every resolution says how it was read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from explainer.figures.dates import MONTHS, Resolution, month_number
from explainer.figures.fiscal import FiscalCalendar

# Where in a year or a month a vague word points: (first, last) month of a year, day of a month.
_YEAR_PARTS = {"early": (1, 4), "start": (1, 2), "beginning": (1, 2), "mid": (5, 8), "middle": (5, 8),
               "late": (9, 12), "end": (10, 12), "close": (10, 12)}  # fmt: skip
_MONTH_PARTS = {"early": (1, 10), "start": (1, 10), "beginning": (1, 10), "mid": (11, 20), "middle": (11, 20),
                "late": (21, 31), "end": (21, 31), "close": (21, 31)}  # fmt: skip
_HALVES = {"first half": (1, 6), "second half": (7, 12), "first quarter": (1, 3), "second quarter": (4, 6),
           "third quarter": (7, 9), "fourth quarter": (10, 12), "final quarter": (10, 12),
           "last quarter": (10, 12), "latter half": (7, 12)}  # fmt: skip
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "few": 3, "several": 3}  # fmt: skip
_STEP = {"this": 0, "the": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "previous": -1, "past": -1}
_MONTH_NAMES = "|".join(MONTHS)

_PART_OF = re.compile(
    r"^(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+(?:(?P<rel>the|this|next|last)\s+)?"
    rf"(?:(?:fiscal|financial|calendar|school|academic)\s+)?(?P<what>year|month|(?P<month>{_MONTH_NAMES})(?:\s+(?P<month_year>\d{{4}}))?"
    r"|(?P<year>\d{4}))$",
    re.I,
)
_PART_YEAR = re.compile(
    r"^(?:the\s+)?(?P<part>early|late|mid|end)[\s-]*(?:(?P<year>\d{4})(?P<decade>s)?|(?P<rel>next|last|this)\s+year)$",
    re.I,
)
# Where in a decade: "the early 2000s" is 2000 to 2003.
_DECADE_PARTS = {"early": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (7, 9)}
_HALF = re.compile(
    r"^(?:the\s+)?(?P<half>(?:first|second|third|fourth|final|last|latter)[\s-]+(?:half|quarter)"
    r"|first\s+(?P<months>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+months"
    r"|first\s+(?P<quarters>two|three)\s+quarters)"
    r"(?:\s+of\s+(?:(?P<rel>the|this|next|last)\s+year|(?:fiscal\s+)?(?P<year>\d{4})))?$",
    re.I,
)
_SPAN = re.compile(
    r"^(?:the\s+)?(?P<rel>recent|coming|next|past|last|previous)\s+(?:(?P<count>a|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|few|several|\d{1,2})\s+)?(?P<unit>decades|years|months|weeks|days|hours)$",
    re.I,
)


def resolve_period(
    written: str, published: dt.date | None, approximate: bool, fiscal: FiscalCalendar | None = None
) -> Resolution:
    """The approximate range a vague period means, or why it cannot be known.

    ``fiscal``: how the article's country counts fiscal years (fiscal.py), or None where
    the article does not say which country's fiscal year it means."""
    text = _spelled_out(" ".join(written.split()).rstrip("."))
    fiscal_year = (
        _fiscal(text, fiscal, published)
        or _part_of_fiscal(text, fiscal, published)
        or _share_of_fiscal(text, fiscal, published)
    )
    if fiscal_year is not None:
        return fiscal_year
    for read in (
        _part_of,
        _part_year,
        _relative_quarter,
        _half,
        _span,
        _season,
        _part_week,
        _week_of,
        _month_quarter,
        _part_month,
    ):
        found = read(text, published, approximate)
        if found is not None:
            return found
    return Resolution(None, "not resolved: the article gives no dates for this period")


_SHORTHANDS = (
    (re.compile(r"^(?:Q([1-4])|([1-4])Q)(?:\s+(?:of\s+)?(\d{4}))?$"), "quarter"),
    (re.compile(r"^H([12])(?:\s+(?:of\s+)?(\d{4}))?$"), "half"),
)
_ORDINALS = ("first", "second", "third", "fourth")
_ONE_WORD = (
    (re.compile(r"^end-(\w+)(\s+\d{4})?$", re.I), r"the end of \1\2"),
    (re.compile(r"^(?:the\s+)?(?:year-end|end-year)$", re.I), "the end of the year"),
    (re.compile(r"^mid-year$", re.I), "the middle of the year"),
    (re.compile(r"^(?:the\s+)?month-end$", re.I), "the end of the month"),
    (re.compile(r"^mid-month$", re.I), "the middle of the month"),
    (re.compile(r"^(early|late|mid)\s+in\s+the\s+(month|year)$", re.I), r"\1 this \2"),
)


def _spelled_out(text: str) -> str:
    """Business-page shorthand in words: "Q3 2025" is "the third quarter of 2025", "H1" "the
    first half", "end-March" "the end of March", "the year-end" "the end of the year"."""
    for pattern, part in _SHORTHANDS:
        match = pattern.match(text)
        if match:
            number, year = next(g for g in match.groups()[:-1] if g), match.groups()[-1]
            return f"the {_ORDINALS[int(number) - 1]} {part}" + (f" of {year}" if year else "")
    for pattern, words in _ONE_WORD:
        if pattern.match(text):
            return pattern.sub(words, text)
    return text


_MONTH_QUARTER = re.compile(rf"^(?:the\s+)?(?P<month>{_MONTH_NAMES})(?:\s+(?P<year>\d{{4}}))?\s+quarter$", re.I)


def _month_quarter(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'the June quarter' (as Australian and Indian business pages write it): April to June,
    the quarter ending in the named month nearest the publication day."""
    match = _MONTH_QUARTER.match(text)
    if match is None:
        return None
    month, year = _month_and_year(match, published)
    if year is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    first = back(f"{year:04d}-{month:02d}", 2, "month")
    last = f"{year:04d}-{month:02d}"
    return Resolution(f"{first}/{last}", f"{text}: the three months to the end of {match.group('month')} {year}")


_PART_MONTH = re.compile(r"^(?P<part>early|late|mid)[\s-]*(?P<rel>next|last|this)\s+month$", re.I)


def _part_month(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'early next month' (days 1 to 10 of the month after the publication month), 'late last month'."""
    match = _PART_MONTH.match(text)
    if match is None:
        return None
    if published is None or approximate:
        return Resolution(None, "not resolved: it needs the month of publication")
    index = published.year * 12 + published.month - 1 + _STEP[match.group("rel").lower()]
    year, month = divmod(index, 12)
    return month_part(match.group("part"), calendar.month_name[month + 1], year, _basis(published, approximate))


_FISCAL = re.compile(
    r"^(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?(?P<year>\d{4})(?:[-/](?P<next>\d{2,4}))?$"
    r"|^FY\s?(?P<fy>\d{4}|\d\d)(?:[-/](?P<fy_next>\d{2,4}))?$"
    r"|^(?:the\s+)?(?P<before>\d{4})(?:[-/](?P<before_next>\d{2,4}))?\s+(?:fiscal|financial)\s+year$"
    r"|^(?:the\s+)?(?P<rel>last|this|current|next|previous|coming|past)\s+(?:fiscal|financial)\s+year$"
    rf"|^(?:the\s+)?(?:fiscal|financial)\s+year\s+(?:ending|ended|to|through)\s+(?:in\s+)?(?P<end_month>{_MONTH_NAMES})"
    r"(?:\s+(?P<end_year>\d{4}))?$",
    re.I,
)


def _fiscal(text: str, fiscal: FiscalCalendar | None, published: dt.date | None) -> Resolution | None:
    """'fiscal 2027' in a Japanese story: April 2027 to March 2028, the year it starts in
    (how Japan's government and press number fiscal years); 'the fiscal year 2023-24' in a
    Nepali one: mid-July to mid-July; 'the last fiscal year' the one before the one holding
    the publication day; 'the fiscal year ending March 2026' the twelve months to the end of
    that month, whatever the country. Elsewhere a named fiscal year is the year it is named by,
    marked approximate, since the months depend on a country the article does not fix."""
    match = _FISCAL.match(text)
    if match is None:
        return None
    if match.group("end_month"):
        return _year_ending(match.group("end_month"), match.group("end_year"), published)
    rel = (match.group("rel") or "").lower()
    split = match.group("next") or match.group("fy_next") or match.group("before_next")
    if rel:
        if fiscal is None or published is None:
            return Resolution(None, "not resolved: which country's fiscal year, or the publication date, is not known")
        year = fiscal.holding(published) + _STEP[rel]
    else:
        written = match.group("year") or match.group("fy") or match.group("before")
        year = int(written) if len(written) == 4 else 2000 + int(written)  # "FY25"
    if split and int(split[-2:]) != (year + 1) % 100:
        return None  # "2019/2023": two years, not one fiscal year
    if fiscal is None:
        return Resolution(
            str(year),
            f"the fiscal year named {year}; which months it covers depends on the country's fiscal year",
            approximate=True,
        )
    start, end = fiscal.split(year) if split else fiscal.span(year)
    return Resolution(f"{start}/{end}", f"{fiscal.country}'s fiscal year {start} to {end}, as the country counts it")


def _year_ending(month_name: str, year_written: str | None, published: dt.date | None) -> Resolution:
    """The twelve months to the end of a named month: 'the fiscal year ending March 2026' is
    April 2025 to March 2026; with no year, the last such month on or before publication."""
    month = month_number(month_name)
    if year_written:
        year = int(year_written)
    elif published is None:
        return Resolution(None, "not resolved: the year is not stated and the publication date is not known")
    else:
        year = published.year if month <= published.month else published.year - 1
    index = year * 12 + month - 1 - 11
    first = f"{index // 12:04d}-{index % 12 + 1:02d}"
    return Resolution(f"{first}/{year:04d}-{month:02d}", f"the twelve months to the end of {month_name} {year}")


_FISCAL_NAMED = (
    r"(?:FY\s?(?P<fy>\d{4}|\d\d)"
    # "fiscal 2025", "fiscal year 2026-27", or the Indian press's "the 2026-27 fiscal (year)"
    r"|(?=(?:fiscal|financial)\s|\d{4}[-/]\d{2,4}\s+(?:fiscal|financial)\b)(?:(?:fiscal|financial)\s+(?:year\s+)?)?"
    r"(?P<year>\d{4})(?:[-/](?P<next>\d{2,4}))?(?:\s+(?:fiscal|financial)(?:\s+year)?)?"
    r"|(?:(?P<rel>this|next|last|current|previous)\s+)?(?:fiscal|financial)\s+year)"
)
_PART_OF_FISCAL = re.compile(
    rf"^(?:the\s+)?(?P<part>end|close|beginning|start|middle)\s+of\s+(?:the\s+)?{_FISCAL_NAMED}$", re.I
)


def _part_of_fiscal(text: str, fiscal: FiscalCalendar | None, published: dt.date | None) -> Resolution | None:
    """'the end of the fiscal year' in a Japanese story of November 2026: January to March
    2027, the last three months of the fiscal year holding the publication day, as "the end
    of the year" is October to December of a calendar year."""
    match = _PART_OF_FISCAL.match(text)
    if match is None or fiscal is None:
        return None
    start = _fiscal_start(match, fiscal, published)
    if start is None:
        return None
    first, last = (start.year * 12 + start.month - 1 + month - 1 for month in _YEAR_PARTS[match.group("part").lower()])
    first_iso, last_iso = (f"{index // 12:04d}-{index % 12 + 1:02d}" for index in (first, last))
    return Resolution(
        f"{first_iso}/{last_iso}",
        f"{text}: months {first_iso} to {last_iso} of {fiscal.country}'s fiscal year from {start}",
        approximate=True,
    )


# the monsoon as South Asia's press means it, June to September
_SHARE_OF_FISCAL = re.compile(
    r"^(?:the\s+)?(?:(?P<which>first|second|third|fourth|final|last)\s+(?P<part>half|quarter)"
    rf"|first\s+(?P<months>\w+)\s+months)\s+of\s+(?:the\s+)?{_FISCAL_NAMED}$",
    re.I,
)


def _fiscal_start(match: re.Match, fiscal: FiscalCalendar, published: dt.date | None) -> dt.date | None:
    """The first day of the fiscal year a match names: "FY27", "fiscal 2025", "fiscal year
    2026-27", "the current fiscal year" (the one holding the publication day)."""
    written = match.group("fy") or match.group("year")
    if written:
        year = int(written) if len(written) == 4 else 2000 + int(written)
        return (fiscal.split(year) if match.group("next") else fiscal.span(year))[0]
    if published is None:
        return None
    return fiscal.span(fiscal.holding(published) + _STEP[(match.group("rel") or "this").lower()])[0]


def _share_of_fiscal(text: str, fiscal: FiscalCalendar | None, published: dt.date | None) -> Resolution | None:
    """'the first half of fiscal 2025' in a Japanese story is April to September 2025, 'the
    third quarter of the fiscal year' its October to December: months counted from the start
    of the fiscal year as the country counts it (with no country, the calendar reading)."""
    match = _SHARE_OF_FISCAL.match(text)
    if match is None or fiscal is None:
        return None
    start = _fiscal_start(match, fiscal, published)
    if start is None:
        return None
    if match.group("months"):
        first, last = 0, _count(match.group("months")) - 1
    else:
        size = 6 if match.group("part").lower() == "half" else 3
        which = match.group("which").lower()
        number = 12 // size if which in ("final", "last") else ("first", "second", "third", "fourth").index(which) + 1
        first, last = size * (number - 1), size * number - 1
    first_iso, last_iso = (back(f"{start:%Y-%m}", -offset, "month") for offset in (first, last))
    return Resolution(
        f"{first_iso}/{last_iso}",
        f"{text}: months {first_iso} to {last_iso} of {fiscal.country}'s fiscal year from {start}",
    )


_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
            "monsoon": (6, 9)}  # fmt: skip
_SEASON = re.compile(
    r"^(?:(?P<rel>this|next|last|past|coming)\s+(?P<season>\w+)"
    r"|(?:the\s+)?(?P<named>\w+)\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<year_rel>this|next|last)\s+year))$",
    re.I,
)


def _season(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'this spring' (March to May), 'next winter' (December to February), 'summer 2024',
    as the northern hemisphere's press means them."""
    match = _SEASON.match(text)
    name = (match.group("season") or match.group("named") or "").lower() if match else ""
    if match is None or name not in _SEASONS:
        return None
    first, last = _SEASONS[name]
    if match.group("year"):
        year = int(match.group("year"))
    elif published is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    elif match.group("year_rel"):  # "the summer of last year"
        year = published.year + _STEP[match.group("year_rel").lower()]
    else:
        year = _season_year(first, last, match.group("rel").lower(), published)
    end_year, end_month = year + (last > 12), (last - 1) % 12 + 1
    return Resolution(
        f"{year:04d}-{first:02d}/{end_year:04d}-{end_month:02d}",
        f"{text}: {calendar.month_name[first]} to {calendar.month_name[end_month]}, as a reader takes it; "
        f"{_basis(published, approximate)}",
        approximate=True,
    )


def _season_year(first: int, last: int, rel: str, published: dt.date) -> int:
    """The year a season starts in: 'this' the one holding (or, failing that, starting in) the
    publication year, 'next' the first to start after the publication day, 'last' the latest to end before it."""
    spans = []
    for year in range(published.year - 2, published.year + 2):
        end_year, end_month = year + (last > 12), (last - 1) % 12 + 1
        spans.append(
            (year, dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]))
        )
    if rel in ("next", "coming"):
        return min(year for year, start, _ in spans if start > published)
    if rel in ("last", "past"):
        return max(year for year, _, end in spans if end < published)
    holding = [year for year, start, end in spans if start <= published <= end]
    return holding[0] if holding else published.year


_PART_WEEK = re.compile(r"^(?P<part>early|late)\s+(?P<rel>next|last|this)\s+week$", re.I)


_WEEK_OF = re.compile(
    rf"^(?:the\s+)?(?P<which>first|second|third|fourth|last|final)\s+week\s+of\s+(?P<month>{_MONTH_NAMES})"
    r"(?:\s+(?P<year>\d{4}))?$",
    re.I,
)


def _week_of(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'the first week of November' is the 1st to the 7th; 'the last week of June' its last seven days."""
    match = _WEEK_OF.match(text)
    if match is None:
        return None
    month, year = _month_and_year(match, published)
    if year is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    length = calendar.monthrange(year, month)[1]
    which = match.group("which").lower()
    first = length - 6 if which in ("last", "final") else 1 + 7 * ("first", "second", "third", "fourth").index(which)
    start, end = dt.date(year, month, first), dt.date(year, month, first + 6)
    return Resolution(f"{start}/{end}", f"{text}: days {first} to {first + 6}; {_basis(published, approximate)}")


def _part_week(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'early next week' is its Monday to Wednesday, 'late last week' its Thursday to Sunday."""
    match = _PART_WEEK.match(text)
    if match is None:
        return None
    if published is None or approximate:
        return Resolution(None, "not resolved: it needs the exact day of publication")
    monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=_STEP[match.group("rel").lower()])
    first, last = (0, 2) if match.group("part").lower() == "early" else (3, 6)
    start, end = monday + dt.timedelta(days=first), monday + dt.timedelta(days=last)
    return Resolution(f"{start}/{end}", f"{text}: {start} to {end}; {_basis(published, approximate)}", approximate=True)


_EARLIER = re.compile(
    r"^(?:(?P<count>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>year|month|decade|quarter|week|day)s?\s+(?P<way>earlier|before|previously|later|after)"
    r"|the\s+(?:(?P<one>year|month|week|day)\s+(?P<one_way>before|after)"
    r"|(?P<one_more_way>previous|preceding|prior|following|next)\s+(?P<one_more>year|month|quarter|week|day))"
    r"|the\s+previous\s+(?P<span>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years"
    r"|the\s+(?P<year_ago>year)-ago\s+(?:quarter|period|month|week|half))$",
    re.I,
)


def moves_another(text: str) -> bool:
    """Whether a period is another date moved ("a year earlier", "the previous year"), so
    that it is no date for a later "a year earlier" to count back from."""
    return _EARLIER.match(" ".join(text.split())) is not None


_OF_THE_MONTH = re.compile(
    r"^(?:the\s+)?(?:(?P<mid>mid)-month|month-(?P<end>end)|(?P<lead>early|late)\s+in\s+the\s+month)$", re.I
)


def of_the_month_before(written: str, anchor: Resolution | None) -> Resolution | None:
    """ "The holidays fell mid-month" after "February" in the paragraph: the middle of that
    month, not of the publication month; None where the words or the date before differ."""
    match = _OF_THE_MONTH.match(" ".join(written.split()))
    if match is None or anchor is None or not re.fullmatch(r"\d{4}-\d\d", anchor.value or ""):
        return None
    year, month = (int(part) for part in (anchor.value or "").split("-"))
    part = "mid" if match.group("mid") else (match.group("lead") or "end").lower()
    return month_part(
        part, calendar.month_name[month], year, f"the month the paragraph gives before it, {anchor.value}"
    )


def before_another(text: str, antecedent: Resolution, fiscal: FiscalCalendar | None = None) -> Resolution | None:
    """'a year earlier' or 'two years earlier' after a date in the same paragraph: that date
    moved back ('a year later': forward); 'the previous two years' after one: the two years up to its start."""
    match = _EARLIER.match(" ".join(text.split()))
    if match is None or antecedent.value is None or not antecedent.value[:4].isdigit():
        return None
    if match.group("span"):
        count = _count(match.group("span"))
        start = antecedent.value.split("/")[0]
        return Resolution(
            f"{back(start, count, 'year')}/{start}",
            f"the {count} years before {start}, the date the paragraph gives before it",
            approximate=True,
        )
    if match.group("year_ago"):  # "the year-ago quarter": the span before it, a year back
        count, unit, later = 1, "year", False
    elif match.group("one") or match.group("one_more"):  # "the previous year", "the day before", "the next day"
        count, unit = 1, (match.group("one") or match.group("one_more")).lower()
        later = (match.group("one_way") or match.group("one_more_way")).lower() in ("after", "following", "next")
    else:
        count, unit = _count(match.group("count")), match.group("unit").lower()
        later = match.group("way").lower() in ("later", "after")
    if unit == "decade":  # "a decade earlier": ten years
        count, unit = count * 10, "year"
    if unit == "quarter":
        count, unit = count * 3, "month"
    if unit in ("week", "day"):
        return _days_moved(antecedent, count * (7 if unit == "week" else 1) * (1 if later else -1))
    moved_fiscal = _fiscal_moved(antecedent.value, -count if later else count, unit, fiscal)
    if moved_fiscal is not None:  # "the last fiscal year ..., up from a year earlier": the fiscal year before
        return moved_fiscal
    moved = "/".join(back(part, -count if later else count, unit) for part in antecedent.value.split("/"))
    return Resolution(
        moved,
        f"{count} {unit}(s) {'after' if later else 'before'} {antecedent.value.replace('/', ' to ')}, "
        "the date the paragraph gives before it",
        approximate=antecedent.approximate,
    )


def _days_moved(antecedent: Resolution, days: int) -> Resolution | None:
    """A day (or days) moved by whole days: "on Thursday ..., up from the previous day" is that
    Wednesday; None when the date before is no day (a month has no "day before")."""
    value = antecedent.value or ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d(?:/\d{4}-\d\d-\d\d)?", value):
        return None
    try:
        moved = "/".join(str(dt.date.fromisoformat(part) + dt.timedelta(days=days)) for part in value.split("/"))
    except ValueError:  # "February 30" in the text: no day to move
        return None
    return Resolution(
        moved,
        f"{abs(days)} day(s) {'after' if days > 0 else 'before'} {value}, the date the text gives before it",
        approximate=antecedent.approximate,
    )


def _fiscal_moved(value: str, back: int, unit: str, fiscal: FiscalCalendar | None) -> Resolution | None:
    """A whole fiscal year moved back (or forward) by whole years, as its country counts them."""
    if fiscal is None or unit != "year" or not re.fullmatch(r"\d{4}-\d\d-\d\d/\d{4}-\d\d-\d\d", value):
        return None
    try:
        year = fiscal.holding(dt.date.fromisoformat(value[:10]))
    except ValueError:  # "February 30 to March 5" in the text: no fiscal year
        return None
    if "/".join(str(day) for day in fiscal.span(year)) != value:
        return None
    start, end = fiscal.span(year - back)
    return Resolution(
        f"{start}/{end}",
        f"{fiscal.country}'s fiscal year {start} to {end}, {abs(back)} before or after the one the paragraph gives",
    )


_SPAN_TO = re.compile(
    r"\bthe\s+(?:(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"|(?:first|second|third|fourth|final|last|latest)\s+)?(?:(?:fiscal|financial)\s+)?"
    r"(?P<unit>weeks?|months?|years?|quarters?|half)\s+(?:to|through|thru|till|until|ending|ended)\s+(?:on\s+|in\s+)?$",
    re.I,
)


_SINCE = re.compile(r"\bsince\s+$", re.I)


def since(before: str, start: Resolution, published: dt.date | None) -> tuple[str, Resolution] | None:
    """ "since August": August to the publication month, the span a later "the same period last
    year" means (a later "a year earlier" moves August itself, the date the text gave)."""
    month = start.value or ""
    if not _SINCE.search(before) or published is None or not re.fullmatch(r"\d{4}-\d\d", month):
        return None
    if month >= f"{published:%Y-%m}":
        return None
    return "date-range", Resolution(f"{month}/{published:%Y-%m}", f"from {month} to the publication month")


def span_to(before: str, end: Resolution) -> tuple[str, Resolution] | None:
    """The span a date ends, read from the words before it: "the three months to March" is
    January to March (an exact range of months), "the third quarter ended Sept 30" July to
    September, "the week through Sunday" that Sunday and
    the six days before it (a period). It is what a later "the same period last year" or
    "a year earlier" moves; None when the words before the date name no such span."""
    match = _SPAN_TO.search(before)
    if match is None or end.value is None or "/" in end.value:
        return None
    word, unit = (match.group("count") or "one").lower(), match.group("unit").lower().rstrip("s")
    count = _count(word) * {"quarter": 3, "half": 6}.get(unit, 1)
    unit = "month" if unit in ("quarter", "half") else unit
    if unit == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", end.value):
        try:
            last = dt.date.fromisoformat(end.value)
        except ValueError:  # "February 30" in the text
            return None
        first = last - dt.timedelta(days=7 * count - 1)
        return "period", Resolution(f"{first}/{last}", f"the {count} week(s) to {last}", approximate=True)
    if unit in ("month", "year") and re.fullmatch(r"\d{4}-\d\d(?:-\d\d)?", end.value):
        months, last_month = count * (12 if unit == "year" else 1), end.value[:7]  # "the quarter ended Sept 30"
        first_month = back(last_month, months - 1, "month")
        return "date-range", Resolution(f"{first_month}/{last_month}", f"the {months} month(s) to {last_month}")
    return None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def back(iso: str, count: int, unit: str) -> str:
    """An ISO date, month or year moved back by whole years or months; a day that the month it
    lands in lacks becomes that month's last ("29 February 2024" a year back is 28 February 2023)."""
    year, rest = int(iso[:4]), iso[4:]
    if unit == "year" or len(iso) == 4:
        moved = f"{year - count:04d}{rest}"
    else:
        index = year * 12 + int(iso[5:7]) - 1 - count
        moved = f"{index // 12:04d}-{index % 12 + 1:02d}{iso[7:]}"
    if len(moved) == 10:
        last = calendar.monthrange(int(moved[:4]), int(moved[5:7]))[1]
        moved = f"{moved[:8]}{min(int(moved[8:]), last):02d}"
    return moved


def month_part(lead: str, month: str, year: int | None, basis: str, habitual: bool = False) -> Resolution:
    """'early June' (days 1-10), 'mid-July' (11-20), 'late March' (21 to the end); in a sentence
    about what usually happens, any year's ("what we usually see in late September")."""
    if habitual:
        number = month_number(month)
        first, last = _MONTH_PARTS[lead.lower()]
        last = min(last, calendar.monthrange(2001, number)[1])
        return Resolution(f"--{number:02d}-{first:02d}/--{number:02d}-{last:02d}", f"{lead} {month} of any year", True)
    if year is None:
        return Resolution(None, f"not resolved: the year is not stated and {basis}")
    number = month_number(month)
    first, last = _MONTH_PARTS[lead.lower()]
    last = min(last, calendar.monthrange(year, number)[1])
    name, part = calendar.month_name[number], lead.lower()
    said = (
        f"mid-{name}" if part == "mid" else f"{part} {name}" if part in ("early", "late") else f"the {part} of {name}"
    )
    return Resolution(
        f"{year:04d}-{number:02d}-{first:02d}/{year:04d}-{number:02d}-{last:02d}",
        f"{said}: days {first} to {last}, as a reader takes it; {basis}",
        approximate=True,
    )


def _month_and_year(match: re.Match, published: dt.date | None) -> tuple[int, int | None]:
    """The month a match names and its year: the one written, else the nearest the publication day."""
    month = month_number(match.group("month"))
    if match.group("year"):
        return month, int(match.group("year"))
    return month, None if published is None else _nearest_year(month, published)


def _nearest_year(month: int, published: dt.date) -> int:
    """The year whose ``month`` is nearest the publication day."""
    return min((published.year - 1, published.year, published.year + 1),
               key=lambda y: abs((dt.date(y, month, 15) - published).days))  # fmt: skip


def _year_of(rel: str | None, explicit: str | None, published: dt.date | None) -> int | None:
    if explicit:
        return int(explicit)
    if published is None:
        return None
    return published.year + _STEP.get((rel or "this").lower(), 0)


def _basis(published: dt.date | None, approximate: bool) -> str:
    if published is None:
        return "the article's publication date is not known"
    return f"counted from the publication date{' (approximate)' if approximate else ''}, {published.isoformat()}"


def _months(year: int, first: int, last: int, why: str) -> Resolution:
    if first == last:
        return Resolution(f"{year:04d}-{first:02d}", why, approximate=True)
    return Resolution(f"{year:04d}-{first:02d}/{year:04d}-{last:02d}", why, approximate=True)


def _part_of(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'the end of 2024', 'the beginning of the month', 'the end of June', 'the start of next year'."""
    match = _PART_OF.match(text)
    if match is None:
        return None
    part, what = match.group("part").lower(), match.group("what").lower()
    basis = _basis(published, approximate)
    if what == "month" or match.group("month"):
        if published is None:
            return Resolution(None, f"not resolved: {basis}")
        year, month = published.year, published.month
        if match.group("month_year"):  # "the end of October 2025"
            month, year = month_number(match.group("month")), int(match.group("month_year"))
        elif match.group("month"):
            month = month_number(match.group("month"))
            year = _nearest_year(month, published)
        elif (match.group("rel") or "").lower() in ("next", "last"):
            index = year * 12 + month - 1 + _STEP[match.group("rel").lower()]
            year, month = divmod(index, 12)
            month += 1
        return month_part(part, calendar.month_name[month], year, basis)
    which = _year_of(match.group("rel"), match.group("year"), published)
    if which is None:
        return Resolution(None, f"not resolved: {basis}")
    first, last = _YEAR_PARTS[part]
    stated = "stated in the text" if match.group("year") else basis
    return _months(
        which, first, last, f"the {part} of {which}: months {first} to {last}, as a reader takes it; {stated}"
    )


def _part_year(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'early 2026', 'late 2024', 'mid-2025', 'end-2024'."""
    match = _PART_YEAR.match(text)
    if match is None:
        return None
    part = match.group("part").lower()
    if match.group("decade"):
        decade = int(match.group("year"))
        first, last = (decade + offset for offset in _DECADE_PARTS[part])
        return Resolution(f"{first}/{last}", f"{text}: {first} to {last}, as a reader takes it", approximate=True)
    year = _year_of(match.group("rel"), match.group("year"), published)
    if year is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    first, last = _YEAR_PARTS[part]
    return _months(year, first, last, f"{part} {year}: months {first} to {last}, as a reader takes it")


_RELATIVE_QUARTER = re.compile(r"^(?:the\s+)?(?P<rel>this|next|last|current|coming)\s+quarter$", re.I)


def _relative_quarter(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'last quarter' is the calendar quarter before the one holding the publication day,
    'this quarter' that one, 'next quarter' the one after ('the final quarter' is the fourth)."""
    match = _RELATIVE_QUARTER.match(text)
    if match is None:
        return None
    if published is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    index = published.year * 4 + (published.month - 1) // 3 + _STEP[match.group("rel").lower()]
    year, quarter = divmod(index, 4)
    return _months(year, quarter * 3 + 1, quarter * 3 + 3, f"{text}: quarter {quarter + 1} of {year}")._replace(
        approximate=False
    )


def _half(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'the first half of next year', 'the fourth quarter of 2024'; 'the fourth quarter' with
    no year, the publication year's."""
    match = _HALF.match(text)
    if match is None:
        return None
    year = _year_of(match.group("rel"), match.group("year"), published)
    if year is None:
        return Resolution(None, f"not resolved: {_basis(published, approximate)}")
    if match.group("months"):  # "the first nine months of this year"
        count = match.group("months").lower()
        first, last = 1, int(count) if count.isdigit() else _NUMBERS[count]
    elif match.group("quarters"):  # "the first three quarters of the year": January to September
        first, last = 1, 3 * _NUMBERS[match.group("quarters").lower()]
    else:
        first, last = _HALVES[" ".join(match.group("half").lower().replace("-", " ").split())]
    return _months(year, first, last, f"months {first} to {last} of {year}")._replace(approximate=False)


def _span(text: str, published: dt.date | None, approximate: bool) -> Resolution | None:
    """'in recent years' (three years up to the article's), 'the next two years', 'the past few months'."""
    match = _SPAN.match(text)
    if match is None:
        return None
    rel, unit = match.group("rel").lower(), match.group("unit").lower()
    count_word = (match.group("count") or ("few" if rel in ("recent", "coming") else "")).lower()
    count = int(count_word) if count_word.isdigit() else _NUMBERS.get(count_word)
    basis = _basis(published, approximate)
    if published is None or count is None:
        return Resolution(None, f"not resolved: {basis}")
    ahead = _STEP.get(rel, -1) > 0
    if unit == "decades":  # "the past two decades": twenty years, written in years
        unit, count = "years", count * 10
    if unit == "hours" and not ahead:  # "the past 24 hours": the days they reach, up to the publication day
        start = published - dt.timedelta(days=-(-count // 24))
        return Resolution(f"{start}/{published}", f"{text}: {start} to {published}; {basis}", approximate=True)
    if unit == "hours":  # "the next 72 hours": the days they reach, from the publication day
        unit, count = "days", -(-count // 24)
    if unit == "years":
        first, last = (published.year, published.year + count) if ahead else (published.year - count, published.year)
        return Resolution(f"{first}/{last}", f"{text}: {first} to {last}; {basis}", approximate=True)
    if unit in ("weeks", "days"):  # "the next two weeks": to the day, from the publication day
        length = dt.timedelta(days=count * (7 if unit == "weeks" else 1))
        start, end = (
            (published, published + length) if ahead else (published - length, published - dt.timedelta(days=1))
        )
        return Resolution(f"{start}/{end}", f"{text}: {start} to {end}; {basis}", approximate=True)
    index = published.year * 12 + published.month - 1
    first_index, last_index = (index, index + count) if ahead else (index - count, index)
    first_iso = f"{first_index // 12:04d}-{first_index % 12 + 1:02d}"
    last_iso = f"{last_index // 12:04d}-{last_index % 12 + 1:02d}"
    return Resolution(f"{first_iso}/{last_iso}", f"{text}: {first_iso} to {last_iso}; {basis}", approximate=True)


_YEAR_NOUN = r"(?:season|crop\s+year|school\s+year|academic\s+year|marketing\s+year|harvest(?:\s+year)?)"
_YEAR_DEFINED = re.compile(
    rf"\b(?P<noun>{_YEAR_NOUN}),?\s+(?:which|that)\s+(?:runs|begins|starts|opens)\s+(?:from\s+|in\s+)?"
    rf"(?P<month>{_MONTH_NAMES})\b(?:\s+(?:to|through|until)\s+(?P<last>{_MONTH_NAMES})\b)?",
    re.I,
)
_YEAR_NAMED = re.compile(rf"(?:[-–/](?P<next>\d{{2}}|\d{{4}})\b)?(?:\s+(?P<noun>{_YEAR_NOUN})\b)?", re.I)


def year_starts(text: str) -> dict[str, tuple[int, int]]:
    """The first and last month of each kind of year the story names, where the story says so
    ("the 2025-26 season, which runs from October to September": season, October to September;
    "the 2027 school year, which begins in March": school year, March to the February after;
    "the 2026 season, which runs from May to October": May to October); the first one given
    also stands for a bare split year ("since 2019-20") under the key ""."""
    starts: dict[str, tuple[int, int]] = {}
    for match in _YEAR_DEFINED.finditer(text):
        first = month_number(match.group("month"))
        last = month_number(match.group("last")) if match.group("last") else (first - 2) % 12 + 1
        starts.setdefault(" ".join(match.group("noun").lower().split()), (first, last))
        starts.setdefault("", (first, last))
    return starts


_DEFINING = re.compile(
    rf"\b(?P<year>\d{{4}})(?:[-–/]\d{{2,4}})?\s+{_YEAR_NOUN},?\s+(?:which|that)\s+(?:runs|begins|starts|opens)\s+"
    r"(?:from\s+|in\s+)?$",
    re.I,
)


def months_of_a_named_year(before: str, first: int, last: int | None) -> Resolution | None:
    """Months that say when a named year runs are that year's: "the 2027 school year, which
    begins in March" is March 2027, "the 2025-26 season, which runs from October to September"
    October 2025 to September 2026. ``last`` is the end month of a range, else None."""
    match = _DEFINING.search(before)
    if match is None:
        return None
    year = int(match.group("year"))
    if last is None:
        return Resolution(f"{year:04d}-{first:02d}", f"the month the {year} year the text names begins in")
    last_year = year + 1 if last < first else year
    return Resolution(
        f"{year:04d}-{first:02d}/{last_year:04d}-{last:02d}", f"the months the {year} year the text names runs"
    )


def split_fiscal_year(text: str, end: int, year: int, fiscal: FiscalCalendar | None) -> Resolution | None:
    """A bare split year ("the budget for 2026-27") in a story whose country's press names its
    fiscal years so: that fiscal year. None elsewhere, or for two years that do not follow."""
    match = _YEAR_NAMED.match(text, end)
    if fiscal is None or not fiscal.split_names or match is None or not match.group("next"):
        return None
    if int(match.group("next")[-2:]) != (year + 1) % 100:
        return None
    start, last = fiscal.split(year)
    return Resolution(f"{start}/{last}", f"{fiscal.country}'s fiscal year {start} to {last}, as the country names it")


def named_year(text: str, end: int, year: int, starts: dict[str, tuple[int, int]]) -> Resolution | None:
    """A year named as a season or school year ("2025-26", "the 2027 school year") in a story
    that says which month such a year begins in: from that month to the month the story says
    it ends, else the month before it a year later (a split year whose kind the story does not
    date takes the first it dates).
    None for a plain year, or where the story does not give the month."""
    match = _YEAR_NAMED.match(text, end)
    if match is None or not (match.group("next") or match.group("noun")):
        return None
    following = match.group("next")
    if following and int(following[-2:]) != (year + 1) % 100:
        return None  # "2019-2023": two years, not one season
    months = starts.get(" ".join((match.group("noun") or "").lower().split()))
    if months is None and following:  # "the 2025-26 harvest" in a story that dates its "season"
        months = starts.get("")
    if months is None:
        return None
    start, last_month = months
    last_year = year + 1 if last_month < start else year  # "October to September" ends the next year
    return Resolution(
        f"{year:04d}-{start:02d}/{last_year:04d}-{last_month:02d}",
        f"the year from {calendar.month_name[start]} {year}, as the story says such a year begins",
    )
