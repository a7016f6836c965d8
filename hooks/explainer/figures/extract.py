"""Find every figure in an article: numbers, amounts, dates, durations and relative times.

Each occurrence keeps its character offsets, the qualifier in front of it
("nearly", "another"), the noun phrase it counts and the speaker of its
paragraph, so the glossary, the highlighted article and the downloads all read
one result. Relative dates are resolved against the publication date and say
how; with no date they stay unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator
from decimal import Context, Decimal, getcontext
from typing import Any, NamedTuple

from explainer.figures.counted import DETERMINERS as _DETERMINERS
from explainer.figures.counted import SHARE_VERBS as _SHARE_VERBS
from explainer.figures.counted import STOP_WORDS as _STOP_WORDS
from explainer.figures.counted import Place, counted_thing
from explainer.figures.currency import MINOR_UNITS, minor_unit, national_currencies, story_unit
from explainer.figures.dates import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    Resolution,
    digits,
    month_number,
    publication,
    resolve,
)
from explainer.figures.fiscal import FiscalCalendar, fiscal_calendar
from explainer.figures.model import Figure, Occurrence
from explainer.figures.patterns import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTION_PARTS,
    MONTH_WORDS,
    MULTIPLES,
    ORDINAL_WORDS,
    QUALIFIER_DIRECTION,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    alternatives,
    patterns_for,
)
from explainer.figures.periods import (
    back,
    before_another,
    month_part,
    months_of_a_named_year,
    named_year,
    of_the_month_before,
    resolve_period,
    since,
    span_to,
    split_fiscal_year,
    year_starts,
)
from explainer.figures.tense import Tense, tense_at
from explainer.text.article import Article, Paragraph

_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        [
            "date-range",
            "date",
            "relative-time",
            "period",
            "time",
            "money",
            "measure",
            "percentage",
            "fraction",
            "age",
            "duration",
            "year",
            "ordinal",
            "count",
        ]
    )
}


# --- Parsing numbers ----------------------------------------------------------------


def parse_number(text: str) -> Decimal | None:
    """The exact value of a written number ("8,000", "4.1 billion", "twenty-five", "a dozen").

    Decimal, never float: "4.1 billion" is 4100000000, not 4099999999.9999995.
    """
    number = _read_number(text, Decimal)
    return None if number is None else _plain(number)


def _read_number(text: str, number: Callable[[Any], Any]) -> Any:
    """A written number summed in the given type: Decimal, or float for the former key scheme."""
    plain = re.sub(r"[\s-]and[\s-]a[\s-]half\b", " 0.5", text.lower().replace(",", ""))  # "two and a half": 2 + 0.5
    words = re.sub(r"^half\s+an?\b", "0.5", plain).split()  # "half a million": 0.5 million
    if not words or words[0] in ("tens", "scores", "dozens", "hundreds", "thousands", "millions", "billions"):
        return None
    total, current, last_scale = number(0), number(0), 0
    for word in words:
        scale = SCALES.get(word, 0)
        if re.fullmatch(r"\d{1,3}(?:\.\d{3}){2,}", word):  # "1.500.000": thousands grouped by dots
            word = word.replace(".", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += number(word)
        elif word == "a":
            current += 1
        elif scale and not current and total and scale > last_scale:
            total *= scale  # "1.5 lakh crore": a lakh of crores
        elif scale:
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, number(0)
        else:
            for part in word.split("-"):
                current += UNITS.get(part, TENS.get(part, 0))
        last_scale = scale
    return total + current


def _plain(number: Decimal) -> Decimal:
    """4100000000.0 as 4100000000, 2.50 as 2.5: the same value, written without noise.
    A whole number longer than Decimal's 28 digits keeps all of them (quantize would raise)."""
    if number != number.to_integral_value():
        return number.normalize()
    return number.quantize(Decimal(1), context=Context(prec=max(getcontext().prec, number.adjusted() + 1)))


def _number_key(number: Decimal | None, text: str) -> str:
    """'8000' for 8,000 and 8 million alike as before; '4-1-billion' for 4.1 billion (as
    written, readable); '2-5' for 2.5."""
    if number is None:
        return _slug(text)
    scaled = re.search(rf"(\d+\.\d+)\s*({'|'.join(SCALES)})\b", text.lower().replace(",", ""))
    if scaled:
        return _slug(f"{scaled.group(1)} {scaled.group(2)}")
    if number == number.to_integral_value():
        return str(int(number))
    return _slug(str(number))


def _former_key(kind: str, key: str, number: Decimal | None, written: str) -> str:
    """The key this figure had when values were floats ('khr-4-1e-09', '35-percent'), so an
    explanations file written then is pointed to the new key instead of orphaned."""
    former = key
    old = _read_number(written, float) if kind in ("count", "money", "percentage") else None
    if number is not None and old is not None:
        old_part = str(int(old)) if old.is_integer() else _slug(f"{old:g}")
        former = key.replace(_number_key(number, written), old_part, 1)
    if kind == "percentage":
        former = re.sub(r"^pct-(.*)$", r"\1-percent", former)
    return former


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace(",", "")).strip("-")


# --- Finding candidates ------------------------------------------------------------


class _Match(NamedTuple):
    start: int
    end: int
    kind: str
    groups: dict
    value_start: int
    value_end: int


def _candidates(text: str, start: int, end: int, patterns: list[tuple[str, re.Pattern]]) -> Iterator[_Match]:
    for kind, pattern in patterns:
        for match in pattern.finditer(text, start, end):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            if "alternative" in groups:  # "$3,000 or $4,000": the two ends of a range
                groups["number2"] = groups.pop("alternative")
            value_start, value_end = match.span()
            if kind == "money" and "number2" in groups and _a_change(text, match, groups):
                yield from _two_amounts(text, match, groups)
                continue
            if kind in ("count", "percentage", "age") and "low" in groups and _a_change(text, match, groups):
                yield from _two_counts(match, groups, kind)  # "rose from 56,000 to 70,000", "from 3% to 5%"
                continue
            if kind == "measure" and "number2" in groups and _a_change(text, match, groups):
                yield from _two_measures(match, groups)  # "slumped from 56,000 to 41,000 tonnes"
                continue
            if kind == "measure" and groups.get("unit") == "m" and not _metres(text, match, start, end):
                kind, groups = "count", {"number": groups["number"], "scale": "m"}  # "4.9m visitors": millions
            if kind == "age" and "name" in groups:
                value_start, value_end = match.span("number")
            elif "v" in groups:
                value_start, value_end = match.span("v")
            yield _Match(value_start, value_end, kind, groups, value_start, value_end)


# What a sentence speaks of when its "4.9m" is metres: a height, a depth, a length or a level.
_LENGTHS = re.compile(
    r"\b(?:water|rivers?|flood\w*|waves?|surge|tides?|sea|heights?|high|higher|level|levels|depth|deep|deeper|tall|taller"
    r"|long|longer|length|wide|width|snow|mud|landslides?|walls?|towers?|bridges?|buildings?|trees?|peak\w*|crest\w*"
    r"|metres?|meters?|distance|fences?|dams?|dykes?|embankments?|storeys?|floors?|ceilings?|jump\w*|throw\w*)\b",
    re.I,
)


def _metres(text: str, match: re.Match, start: int, end: int) -> bool:
    """Whether "4.9m" is metres: its sentence speaks of a height, depth or length."""
    before = text.rfind(".", start, match.start())
    after = text.find(". ", match.end(), end)
    sentence = text[max(start, before + 1) : after if after != -1 else end]
    return bool(_LENGTHS.search(sentence))


_CHANGE_FROM = re.compile(
    r"\b(?:rais|ris|rose|increas|hik|cut|lower|reduc|fell|fall|drop|climb|jump|grew|grow|slash|doubl|chang|went"
    r"|go(?:es|ing)?\s+up|adjust|revis|extend|shorten|lengthen|boost|trim|lift|halv|expand|widen|narrow|soar"
    r"|surg|plung|plummet|slump|tumbl|declin|decreas|dipp?|eas(?:e|ed|es|ing)\b|slipp?|rebound|recover|edg|inch"
    r"|swell|swollen|balloon|shr[aiu]nk|spik|leap|s[aiu]nk|upgrad|downgrad|shift)\w*\b[^.;]{0,60}?\bfrom\s+$",
    re.I,
)


def _a_change(text: str, match: re.Match, groups: dict) -> bool:
    """ "raise the fare from Rp 3,500 to Rp 5,000", "cut it from NT$68 to NT$62": an old and a
    new amount, two figures, not one range; so is "from 56,000 to 41,000", falling, whatever the verb."""
    start = match.start("low") if groups.get("low") else match.start()  # "the age from 60 to 63": from the number
    if _CHANGE_FROM.search(text, max(0, start - 90), start):
        return True
    low, high = _ends(groups)
    if low is None or high is None:
        return False
    if _CHANGED_BY.search(text, max(0, start - 30), start) and re.search(r"\sto\s", match.group()):
        return high > 3 * low  # "gold rose $15 to $2,350": by how much, and to what; "rise 5 to 10 percent" is a range
    return bool(_FROM_BEFORE.search(text, max(0, start - 10), start)) and low > high


_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# A verb of change in the past right before an amount: the amount is by how much ("rose $15 to $2,350");
# a forecast ("expected to rise 10 to 40 percent") gives a range.
_CHANGED_BY = re.compile(
    r"\b(?:rose|risen|fell|fallen|gained|lost|climbed|dropped|jumped|added|shed|increased|decreased|slipped|grew"
    r"|declined|slid|surged|soared|plunged|tumbled|advanced|retreated|eased|edged\s+(?:up|down|higher|lower)"
    r"|went\s+(?:up|down))\s+(?:by\s+)?(?:about\s+|some\s+)?$",
    re.I,
)


def _two_measures(match: re.Match, groups: dict) -> Iterator[_Match]:
    """The old and the new amount of a measure that changed, each in the unit written after the second."""
    unit = {k: groups[k] for k in ("unit", "per") if k in groups}
    first_end = match.end("number")
    yield _Match(match.start(), first_end, "measure", {"number": groups["number"], **unit}, match.start(), first_end)
    second = {"number": groups["number2"], **unit}
    yield _Match(match.start("number2"), match.end(), "measure", second, match.start("number2"), match.end())


def _two_amounts(text: str, match: re.Match, groups: dict) -> Iterator[_Match]:
    """The two amounts of a change, each with the currency and its own scale."""
    currency = {k: groups[k] for k in ("code", "symbol") if k in groups}
    first_end = match.end("low_scale") if groups.get("low_scale") else match.end("number")
    first = {**currency, "number": groups["number"]}
    if groups.get("low_scale"):
        first["scale"] = groups["low_scale"]
    tail = re.match(r"\s*(?:[-–]|to|or)\s*", text[first_end : match.end()])
    second_start = first_end + (tail.end() if tail else 0)
    second = {**currency, "number": groups["number2"], **({"scale": groups["scale"]} if "scale" in groups else {})}
    yield _Match(match.start(), first_end, "money", first, match.start(), first_end)
    yield _Match(second_start, match.end(), "money", second, second_start, match.end())


def _two_counts(match: re.Match, groups: dict, kind: str) -> Iterator[_Match]:
    """The old and the new number of a change, each with its own scale word (or percent sign)."""
    for number, scale in (("low", "low_scale"), ("number", "scale")):
        end = match.end(scale) if groups.get(scale) else match.end(number)
        if kind == "percentage":  # "from 3% to 5%": each end with its own sign
            end = (match.end("low_sign2") if groups.get("low_sign2") else end) if number == "low" else match.end()
        found = {"number": groups[number], **({"scale": groups[scale]} if groups.get(scale) else {})}
        yield _Match(match.start(number), end, kind, found, match.start(number), end)


def _previous_word(text: str, start: int, paragraph: Paragraph) -> str:
    words = re.findall(r"[\w’']+", text[paragraph.start : start])
    return words[-1].lower() if words else ""


class _Around(NamedTuple):
    """A candidate figure's words and the words around it, as the plausibility checks read them."""

    word: str  # the candidate as written
    before: str  # the word before it, lower case
    after: str  # the rest of the paragraph after it
    following: str  # the next word or mark, lower case
    lead: str  # the paragraph up to the candidate


def _plausible(text: str, candidate: _Match, paragraph: Paragraph) -> bool:
    """Reject matches that only look like figures: "one of", "at first", "a second.", "(1)",
    a number inside a name ("Article 23"), an ordinal that only puts things in order.
    The first check of ``_PLAUSIBILITY`` that has an answer decides."""
    after = text[candidate.end : paragraph.end]
    next_word = re.match(r"\s*([\w’']+|[^\w\s]|$)", after)
    around = _Around(
        text[candidate.start : candidate.end],
        _previous_word(text, candidate.start, paragraph),
        after,
        next_word.group(1).lower() if next_word else "",
        text[paragraph.start : candidate.start],
    )
    for check in _PLAUSIBILITY:
        answer = check(text, candidate, paragraph, around)
        if answer is not None:
            return answer
    return True


def _not_in_a_name(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "Article 23", "Boeing 737": a number inside a name is no figure."""
    return False if candidate.kind in ("count", "year") and _in_a_name(text, candidate, paragraph) else None


def _a_duration(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "for a year", "within an hour", "a week of rain"; not the rate in "$200 a month"."""
    if candidate.kind != "duration" or "a" not in candidate.groups:
        return None
    return around.before in _BEFORE_A_DURATION or around.lead.strip()[-1:] in ("", ".", "“", '"')


def _days_counted(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "on nine days last month": how many days something happened on, a count, not a duration."""
    if (
        candidate.kind != "duration"
        or around.before != "on"
        or not candidate.groups.get("unit", "").lower().startswith("day")
        or "-" in around.word  # "on 60-day terms": a length of the terms
    ):
        return None
    return False


def _a_fraction(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "a third of", "by a quarter", "about a fifth.", "a quarter are ..."; "a third term" is an ordinal;
    "in the half" (a half-year) or "this half" is a period's name, not a share."""
    if candidate.kind == "fraction" and around.word.lower() == "half" and around.before in {"the", "this", "that"}:
        return around.following == "of"
    if candidate.kind != "fraction" or not re.fullmatch(r"(?:a|one)[\s-]\w+", around.word, re.I):
        return None
    return (
        bool(re.match(r"\s*(?:of\b|[.,;:)!?”\"’]|$)", around.after))
        or around.before in _QUALIFIER_WORDS | {"by", "against", "versus"}  # "half here, against a third in towns"
        or around.following in _VERBS_AFTER_A_SHARE | _SHARE_VERBS
        or (len(around.following) > 4 and around.following.endswith("ed"))  # "a third closed"
    )


# "maybe a quarter are places where ...", "a third broke the rules": a share standing for the things it counts
_VERBS_AFTER_A_SHARE = frozenset(
    """are were is was have had will would could can may might said say says did do does went go came come
    took take got get made make paid pay lost lose won broke fell rose left""".split()
)


_EARNING = frozenset(
    """make makes made making earn earns earned earning pay pays paid paying cost costs costing charge charges
    charged charging fetch fetches fetched spend spends spent spending""".split()
)


def _same_currency(
    text: str, candidate: _Match, paragraph: Paragraph, counts: str | None, last: dict
) -> tuple[_Match, dict]:
    """A bare number that leaves out the unit the paragraph gave just before: "I earn 40,000
    riel a day. Now I make 15,000" (earned, paid or spent: money in that currency); "every 20
    minutes instead of every eight", "waits 25 minutes; that brings it down to ten" (a duration
    in that unit). ``last``: the currency and the time unit of the paragraph's last amounts.
    Gives the candidate and ``last`` as it stands after it."""
    if candidate.kind == "money":
        money = {k: candidate.groups[k] for k in ("symbol", "code", "currency") if k in candidate.groups}
        return candidate, {**last, "money": money}
    if candidate.kind == "duration" and "unit" in candidate.groups and "a" not in candidate.groups:
        return candidate, {**last, "duration": candidate.groups["unit"]}
    if candidate.kind != "count" or "low" in candidate.groups:
        return candidate, last
    lead = text[paragraph.start : candidate.start]
    following = re.match(r"\s*([\w’']*)", text[candidate.end : paragraph.end])
    bare = following is None or following.group(1).lower() in _STOP_WORDS | {""}  # no noun of its own
    if bare and last.get("duration") and _TIME_ELLIPSIS.search(lead[-40:]):
        return candidate._replace(kind="duration", groups={**candidate.groups, "unit": last["duration"]}), last
    if counts is not None:
        return candidate, last
    words = re.findall(r"[\w’']+", lead.lower())
    while words and words[-1] in _QUALIFIER_WORDS:
        words.pop()
    if not words or words[-1] not in _EARNING or not last.get("money"):
        return candidate, last
    return candidate._replace(kind="money", groups={**candidate.groups, **last["money"]}), last


# "instead of every eight", "rather than 30", "down to ten", "up to 12": the unit said before is meant
_TIME_ELLIPSIS = re.compile(r"\b(?:instead\s+of(?:\s+every)?|rather\s+than(?:\s+every)?|down\s+to|up\s+to)\s+$", re.I)


_STREET = re.compile(
    r"\s+(?:(?:Jalan|Jln\.?|Jl\.|Lorong|Soi)\s+[A-Z]|(?:[A-Z][\w'-]+\s+){0,2}(?:Street|St\.|Road|Rd\.?|Avenue|Ave\.?|Lane)\b(?!\s+[A-Z]))"
)


def _an_address(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "25 Jalan Ampang", "10 Downing Street": a house number is part of an address, no figure."""
    if candidate.kind != "count" or not re.fullmatch(r"\d{1,4}[A-Za-z]?", around.word):
        return None
    street = _STREET.match(text, candidate.end)
    if street is None:
        return None
    return bool(
        re.match(r"\s+(?:Street|Road|Avenue|Lane)\s+(?:vendors?|children|protests?|sellers?)\b", text[candidate.end :])
    )


def _rising_range(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "300-400 people" is a range; "won 3-1" or "voted 7-2" is a score, and no figure of ours."""
    if candidate.kind != "count" or "low" not in candidate.groups or not re.search(r"\d\s?[-–]\s?\d", around.word):
        return None
    low, high = parse_number(candidate.groups["low"]), parse_number(candidate.groups["number"])
    return low is not None and high is not None and low < high


def _two_units(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "three days and 12 hours" is one duration; "two months and 10 days" (no exact
    conversion) and "two hours and three days" are two."""
    if candidate.kind != "duration" or "big" not in candidate.groups:
        return None
    return _unit_ratio(candidate.groups["big_unit"], candidate.groups["unit"]) > 0


def _a_span(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "between 18 months and two years" is one range; "from 90 days to six months" (units that
    do not convert exactly) and "extended from six months to a year" (a change) are two figures."""
    g = candidate.groups
    if candidate.kind != "duration" or not (g.get("low_unit") or g.get("low_unit2")):
        return None
    changed = g.get("low_unit2") and _CHANGE_FROM.search(text, max(0, candidate.start - 90), candidate.start)
    return _span_in_one_unit(g) is not None and not changed


_SHARE_BEFORE = re.compile(rf"\b(?:\d{{1,3}}|{alternatives([*UNITS, *TENS])})\s+(?:in|out\s+of)\s+(?:every\s+)?$", re.I)


def _whole_of_a_share(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "one in four tonnes of urea": the four is the whole of a share, which is the figure."""
    if candidate.kind != "measure" or not _SHARE_BEFORE.search(around.lead[-30:]):
        return None
    return False


_WEATHER = re.compile(
    r"\b(?:temperatures?|heat|hot|cold|warm|cool|degrees?|Celsius|Fahrenheit|weather|heatwave|lows?|highs?"
    r"|forecast(?:ers?)?|mercury|thermometers?|frost|chill|humid(?:ity)?|sweltering|freezing)\b",
    re.I,
)


def _a_temperature(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "topped 38C" is a temperature in a paragraph about the weather; "Seat 38C" or "Flat 12F" is no figure."""
    if candidate.kind != "measure" or candidate.groups.get("unit") not in ("C", "F"):
        return None
    return bool(_WEATHER.search(text, paragraph.start, paragraph.end))


def _one_in_n(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "nine in 10 workers" is a share; "May 29 in three districts" is a date and a count."""
    if candidate.kind != "fraction" or "whole" not in candidate.groups:
        return None
    share, whole = parse_number(candidate.groups["share"]), parse_number(candidate.groups["whole"])
    in_order = share is not None and whole is not None and 0 < share < whole
    return in_order and around.before.capitalize() not in _NOT_NAMES


def _won_as_a_verb(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "5,000 won a month" is money; "five won seats", "Three won gold medals" the verb."""
    if candidate.kind != "money" or candidate.groups.get("currency") != "won":
        return None
    number = candidate.groups.get("number", "")
    counted = bool(re.search(r"\d", number)) or bool(re.search(rf"\b(?:{alternatives(SCALES)})\b", number, re.I))
    return counted and around.following not in _WON_OBJECTS


_WON_OBJECTS = frozenset(
    """the gold silver bronze seats seat medals medal awards award prizes prize its their his her
    approval support""".split()
)


def _a_dollar(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "costs a dollar", "less than a dollar a day" are amounts; "every dollar is a dollar we
    must find" is not."""
    if candidate.kind != "money" or candidate.groups.get("number", "").lower() != "a":
        return None
    return around.before in _BEFORE_AN_AMOUNT or bool(_A_RATE.match(around.after))


_BEFORE_AN_AMOUNT = frozenset(
    """cost costs costing paid pay pays paying earn earns earned earning charge charges charged than about around
    nearly almost under over just only for at roughly""".split()
)
_A_RATE = re.compile(r"\s+(?:a|an|per|each)\s+(?:day|hour|week|month|year|kilo|kilogram|kg|litre|liter|head)\b")


def _enumerator(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "(1)" is an enumerator; "(250)" a count."""
    if (
        candidate.kind != "count"
        or text[candidate.start - 1 : candidate.start] != "("
        or not around.after.startswith(")")
    ):
        return None
    number = parse_number(around.word)
    return number is None or number >= 100


# "One typhoon and we are selling at a loss", "One blocked gutter can infect a class"
# (the words between are the noun phrase: no speech verb or pronoun, "One farmer said he would" counts)
_HYPOTHETICAL = re.compile(
    r"(?:\s+(?!(?:said|says|told|he|she|they|we|i|who|which|that)\b)[\w’'-]+){1,4}?"
    r"\s+(?:(?:can|could|would|might|may)\b|and\s+(?:we|you|they|it)\b)",
    re.I,
)


def _one(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "one worker" counts; "one of", "no one", "the one", "at one point", "number one",
    "One day, ..." (some day) do not."""
    some_day = around.lead.strip()[-1:] in ("", ".", "“", '"') and re.match(r"(?:\s+day)?,", around.after)
    if candidate.kind in ("duration", "count") and around.word.lower() in ("one day", "one") and some_day:
        return False
    if candidate.kind != "count" or around.word.lower() != "one":
        return None
    if (around.before == "at" and around.following in {"point", "stage", "time"}) or around.before == "number":
        return False
    if around.following == "for" or _HYPOTHETICAL.match(around.after) and around.lead.strip()[-1:] in _SENTENCE_OPENERS:
        return False  # "won't open one for me"; "One blocked gutter can infect a class": any one, not a count
    return around.before not in {"no", "any", "every", "each", "some", "the", "this", "that", "which"} and (
        around.following
        not in _STOP_WORDS | {"of", "another", "by", "after", "", ".", ",", ";", ":", "?", "!", "’s", "'s"}
    )


def _no_amount(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "zero cost", "zero tolerance": zero before a singular noun means "no", not an amount
    ("zero deaths" counts); "each family had at least one member" says "any", not how many."""
    if candidate.kind != "count":
        return None
    word = around.word.lower()
    if word == "zero" and re.fullmatch(r"[a-z]+", around.following) and not around.following.endswith("s"):
        return False
    if word == "one" and re.search(r"\b(?:have|has|had|having)\s+at\s+least\s+$", around.lead, re.I):
        return False
    return None


_PHILIPPINE = re.compile(r"\bPhilippines?\b|\bPhilippine\b|\bFilipinos?\b|\bManila\b")


def _peso_sign(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "P43 per kilo" is pesos in a story about the Philippines; elsewhere "P5" is a name."""
    if "short" not in candidate.groups:
        return None
    return bool(_PHILIPPINE.search(text))


def _age_of_a_name(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "Sokha, 34," is an age; "May, 2024" is no person."""
    if candidate.kind != "age" or "name" not in candidate.groups:
        return None
    name_words = {w.lower().strip(".") for w in candidate.groups["name"].split()}
    return not name_words & (set(MONTHS) | set(WEEKDAYS) | set(MONTH_ABBREVIATIONS))


def _ordinal(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """An ordinal counts only when it counts something ("the fifth straight month", "a
    second term", "second-largest"), not when it puts things in order ("the first time")."""
    if candidate.kind != "ordinal" or "word" not in candidate.groups:
        return None
    word, before, following = around.word.lower(), around.before, around.following
    if around.after.startswith("-") and re.match(r"-[a-z]", around.after):
        # "second-largest", "third-most-visited" rank; "fifth-graders", "second-hand", "third-party" name
        return word != "first" and bool(re.match(r"-(?:[a-z]+est|most|least)\b", around.after))
    if before not in _DETERMINERS and not before.endswith(("’s", "'s")):
        return False  # "at first", "First, ...", "to second a motion"
    if word == "first" or (before != "a" and following not in _COUNTED_BY_ORDINAL):
        return False  # "the first time", "the second floor", "its second plant" only put things in order
    if word == "second" and before in {"a", "each", "every"}:
        # "a second term" is an ordinal; "for a second." or "a second later" is a time unit
        return bool(re.match(r"[a-z]", following)) and following not in _AFTER_A_SECOND
    return None


_AFTER_A_SECOND = frozenset("ago later or and before after of to in for".split())
# Each check answers True or False for the candidates it knows, None for the others.
_PLAUSIBILITY: tuple[Callable[[str, _Match, Paragraph, _Around], bool | None], ...] = (
    _not_in_a_name,
    _an_address,
    _rising_range,
    _a_span,
    _two_units,
    _whole_of_a_share,
    _a_temperature,
    _one_in_n,
    _won_as_a_verb,
    _a_dollar,
    _a_duration,
    _days_counted,
    _a_fraction,
    _enumerator,
    _no_amount,
    _one,
    _age_of_a_name,
    _peso_sign,
    _ordinal,
)


# After "the fifth", these words make the ordinal count something: "the fifth straight month".
_COUNTED_BY_ORDINAL = frozenset(
    "consecutive straight successive running such time year anniversary birthday edition".split()
)
# Words before "a year", "an hour" when it is a length of time, not a rate ("$200 a month").
_BEFORE_A_DURATION = frozenset(
    """for in within than after before by over under about around roughly nearly almost just only least most
    barely some into of to takes took take taking spent spend lasted lasts last waited wait
    me him her us them you""".split()
)
_QUALIFIER_WORDS = frozenset(word for q in QUALIFIER_DIRECTION for word in q.lower().split())
# Words whose number is part of a name: "Article 23", "Route 4", "Typhoon No. 12", "Act 2009", "Budget 2026".
_NAME_WORDS = frozenset(
    """article section clause chapter paragraph page route road highway expressway no decree sub-decree act
    programme program phase typhoon flight platform terminal gate room ward block zone level version model
    resolution regulation rule bill code schedule annex appendix item form budget
    articles sections clauses chapters paragraphs pages primary secondary grade standard line district
    vision expo agenda tier stage""".split()
)
_LOWER_NAME_WORDS = frozenset(
    """article articles section sections clause clauses chapter chapters paragraph paragraphs page pages
    route highway level phase tier stage""".split()
)
_NOT_NAMES = frozenset([*(m.capitalize() for m in MONTH_WORDS), *(w.capitalize() for w in WEEKDAYS), "US", "UN"])
# An acronym: a capital, then another within the next four letters ("OCD", "DSWD", "DepEd").
_ACRONYM_BEFORE = re.compile(
    r"(?:\((?P<paren>[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,4})\)|\b(?P<bare>[A-Z][a-z]{0,3}[A-Z][A-Za-z]{0,4}))\s$"
)
# Codes an amount or a measure follows ("USD 5", "RM 50", "MW 40"), and acronyms that are no names of a number.
_CODES = frozenset([*CURRENCY_PREFIXES, *CURRENCY_WORDS, "US", "UN", "MW", "GW", "KM", "KG", "PM", "AM", "GMT", "UTC"])
_NAME_BEFORE = re.compile(r"(?P<lead>\S?)\s*(?P<word>\b[\w’'.-]+)\s$")


_SENTENCE_OPENERS = ("", ".", "!", "?", ":", ";", "“", '"', "‘", "(", "—", "–")
# A capitalised number word after a capitalised word is part of a name: "Primary One", "Form Two".
_NAME_NUMBER = re.compile(r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten")


def _in_a_name(text: str, candidate: _Match, paragraph: Paragraph) -> bool:
    """Whether a short number is part of a name: it follows a word of _NAME_WORDS, or a
    capitalised word that does not start a sentence ("Programme 2.0", "Boeing 737")."""
    value = text[candidate.start : candidate.end]
    office = _ACRONYM_BEFORE.search(text, max(paragraph.start, candidate.start - 12), candidate.start)
    if office is not None and re.fullmatch(r"\d{1,2}", value) and (office["paren"] or office["bare"]) not in _CODES:
        return True  # a regional office: "the Department of Education (DepEd) 7", "OCD 7 said"
    match = _NAME_BEFORE.search(text, max(paragraph.start, candidate.start - 40), candidate.start)
    if match is not None and _NAME_NUMBER.fullmatch(value) and match.group("word").istitle():
        # "Primary One classes", "Formula One"; "Form Five pupils ..." even opening a sentence
        return match.group("lead") not in _SENTENCE_OPENERS or match.group("word").lower() in _NAME_WORDS
    if match is None or not re.fullmatch(r"\d{1,4}(?:\.\d)?(?:\s?[-–]\s?\d{1,4})?", value):
        return False
    word = match.group("word")
    bare = word.rstrip(".").lower()
    if bare in _NAME_WORDS and (word[0].isupper() or bare in _LOWER_NAME_WORDS):
        return True
    starts_sentence = match.group("lead") in _SENTENCE_OPENERS
    return (
        candidate.kind == "count"  # a year after a name is still a year: "Samsung's 2023 results"
        and word[0].isupper()
        and not starts_sentence
        and word.rstrip(".") not in _NOT_NAMES
        and not word.endswith(("’s", "'s"))
        and not word.rstrip(".").isupper()  # a currency or unit code: "RM 500", "USD 5"
    )


def _select(candidates: list[_Match]) -> list[_Match]:
    """Keep the longest match where matches overlap; on a tie, the more specific kind."""
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    taken: list[_Match] = []
    for candidate in ordered:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda m: m.start)


_RANGE_JOIN = re.compile(r"\s*(?:[-–]|to|until|till|through|and)\s*$")
_RANGE_LEAD = re.compile(r"(?:\b(?:from|between)\s+)$", re.I)


def _weekday(candidate: _Match) -> bool:
    """A day named by its weekday or as "today", "tomorrow": the ends of "from today until Saturday"."""
    return candidate.kind == "relative-time" and ("weekday" in candidate.groups or "word" in candidate.groups)


_TIME_SPAN = re.compile(r"(?:\b(?:from|between)\s+)$", re.I)


def _a_time_span(text: str, previous: _Match, candidate: _Match) -> bool:
    """ "10pm-5am", "9am to 5pm", "from 6am until noon", "between 8 a.m. and noon": one span."""
    between = text[previous.end : candidate.start]
    if re.fullmatch(r"\s*[-–]\s*|\s+(?:to|until|till)\s+", between):
        return True
    return bool(
        re.fullmatch(r"\s+and\s+", between) and _TIME_SPAN.search(text, max(0, previous.start - 10), previous.start)
    )


def _join_times(text: str, selected: list[_Match]) -> list[_Match]:
    """ "from 6am to 4pm", "between 8 a.m. and noon": two times of day as one span."""
    joined: list[_Match] = []
    for candidate in selected:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == candidate.kind == "time"
            and "ends" not in previous.groups
            and _a_time_span(text, previous, candidate)
        ):
            ends = {"ends": (previous, candidate)}
            joined[-1] = _Match(previous.start, candidate.end, "time", ends, previous.start, candidate.end)
            continue
        joined.append(candidate)
    return joined


def _a_month_part(candidate: _Match) -> bool:
    """ "mid-July", "early June": part of a named month."""
    return candidate.kind == "period" and bool(candidate.groups.get("lead") and candidate.groups.get("month"))


def _part_of_month(previous: _Match, candidate: _Match) -> bool:
    """ "from May to mid-July", "between mid-July and mid-November", "from mid-June through
    September": a month or part of one, then a later month or part of one."""
    whole_month = previous.kind == "date" and "day" not in previous.groups
    if _a_month_part(previous) and candidate.kind == "date" and "day" not in candidate.groups:
        return True
    return (whole_month or _a_month_part(previous)) and _a_month_part(candidate)


def _two_ends(previous: _Match, candidate: _Match) -> bool:
    """Whether two dates can be the ends of one range: two of a kind (days, months, years,
    weekdays), or a month or part of one, then part of a later one."""
    if _part_of_month(previous, candidate):
        return True
    return (
        (previous.kind in ("date", "year") or _weekday(previous))
        and (candidate.kind in ("date", "year") or _weekday(candidate))
        and previous.kind == candidate.kind
        and not previous.groups.get("lead")
        and not candidate.groups.get("lead")
    )


def _join_ranges(text: str, selected: list[_Match]) -> list[_Match]:
    """'from March 3 to May 29', 'between 2019 and 2023', 'March to November 2022': two dates
    joined into one figure with a start and an end ('and' only after 'between')."""
    joined: list[_Match] = []
    for candidate in selected:
        previous = joined[-1] if joined else None
        if previous is not None and _two_ends(previous, candidate):
            between = text[previous.end : candidate.start]
            join = _RANGE_JOIN.match(between)
            lead = _RANGE_LEAD.search(text, max(0, previous.start - 12), previous.start)
            if join and (lead or "and" not in between) and "\n" not in between:
                if lead and lead.group().lower().startswith("between") and "and" not in between:
                    pass  # "between 2019 to 2023" is not how ranges are written; keep both
                else:
                    first = previous
                    if candidate.kind == "date" and candidate.groups.get("year") and not previous.groups.get("year"):
                        first = previous._replace(groups={**previous.groups, "year": candidate.groups["year"]})
                    joined[-1] = _Match(
                        previous.start,
                        candidate.end,
                        "date-range",
                        {"ends": (first, candidate)},
                        previous.start,
                        candidate.end,
                    )
                    continue
        joined.append(candidate)
    return joined


# --- Qualifiers and counted nouns ---------------------------------------------------

_QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<q>{alternatives(QUALIFIER_DIRECTION)})\s+$", re.I)


def _qualifier(text: str, candidate: _Match, paragraph: Paragraph, floor: int) -> tuple[str | None, int]:
    window_start = max(paragraph.start, floor, candidate.start - 30)
    match = _QUALIFIER_BEFORE.search(text, window_start, candidate.start)
    if not match or candidate.kind == "relative-time":
        return None, candidate.start
    qualifier = match.group("q")
    if qualifier.lower() in ("some", "just", "only", "extra", "additional") and not re.match(
        r"\d", text[candidate.start]
    ):
        return None, candidate.start  # "some five workers" is rare; "just one" is emphasis
    return qualifier, match.start("q")


# --- Keys, values and resolution -----------------------------------------------------


def _describe(candidate: _Match, text: str) -> tuple[str, Decimal | None]:
    """(key, numeric value) of a candidate; the key is the glossary anchor after 'fig-'."""
    g, kind = candidate.groups, candidate.kind
    written = " ".join(text.split())
    if kind == "date-range":
        start_key, end_key = (
            _describe(end, text[end.start - candidate.start : end.end - candidate.start])[0] for end in g["ends"]
        )
        return f"{start_key}-to-{end_key.removeprefix('year-')}", None
    named = _named_key(kind, g, written)
    if named is not None:
        return named
    number = parse_number(_scaled(g))
    key = _number_key(number, _scaled(g) if "number" in g else written)
    if "big" in g and number is not None:  # "four years and ten months": 58 months
        number += (parse_number(g["big"]) or 0) * _unit_ratio(g["big_unit"], g["unit"])
        key = _number_key(number, str(number))
    if (
        g.get("low") or g.get("low2") or "number2" in g
    ):  # a range: "VND25-30 million", "between 150,000 and 180,000 yen"
        first, second = _ends(g)
        key, number = f"{_number_key(first, written)}-to-{_number_key(second, written)}", None
    if g.get("minus") and number is not None:  # "minus 9.4 percent": below zero
        key, number = f"minus-{key}", -number
    return _counted_key(kind, g, key), _hundredths(g, number) if kind == "money" else number


def _named_key(kind: str, g: dict, written: str) -> tuple[str, Decimal | None] | None:
    """The key and value of a figure named by words rather than by an amount: a date,
    "three years ago", a year, an ordinal, a period or time, a fraction, "a year", "in
    their 30s"; None for a figure that is an amount."""
    if kind == "date":
        month = list(MONTHS)[month_number(g["month"]) - 1]
        parts = [month, digits(g.get("day")), digits(g.get("day2")), g.get("year")]
        return _slug(" ".join(p for p in parts if p)), None
    if kind == "relative-time":
        if "number" in g:
            number = parse_number(g["number"])
            return _slug(f"{_number_key(number, g['number'])} {g['unit']} ago"), number
        return _slug(written), None
    if kind == "year":
        return (f"decade-{g['year']}s" if g.get("decade") else f"year-{g['year']}"), Decimal(g["year"])
    if kind == "ordinal":
        number = Decimal(g["number"]) if "number" in g else _ordinal_word_value(g["word"])
        return (_ordinal_key(int(number)) if number else _slug(written)), number
    if kind in ("period", "time"):
        return _slug(re.sub(r"^the\s+", "", written, flags=re.I)), None
    if kind == "fraction":
        return _slug(re.sub(r"^(?:a|one)[\s-](?!in\b|out\b)", "", written, flags=re.I)), _fraction_value(written)
    if kind == "duration" and "a" in g:  # "a week", "a year and a half", "half an hour"
        amount = Decimal("0.5") if g["a"].lower().startswith("half") else Decimal("1.5" if g.get("half") else 1)
        return f"{_slug(str(amount))}-{g['unit'].lower()}s", amount
    if kind == "age" and g.get("decade"):
        return f"age-{g['number']}s", None
    return None


def _counted_key(kind: str, g: dict, key: str) -> str:
    """The key of an amount: its number key with what it counts (currency, unit, "percent",
    whose age, the unit of a duration and its rate)."""
    if kind == "money":
        return f"{_currency(g).lower()}-{key}"
    if kind == "measure":
        unit = g.get("unit", "magnitude")
        return _slug(f"{key} {unit.replace('°', 'degrees ')} {'per ' + g['per'] if g.get('per') else ''}")
    if kind == "percentage":
        return f"pct-{key}"
    if kind == "age":
        return _slug(f"age {g.get('name', '')} {key}")
    if kind == "duration":
        unit = g["unit"].lower().rstrip("s")
        rate = f" {g['rate']} {g['per']}".lower() if g.get("per") else ""
        return _slug(f"{key} {unit}s{rate}")
    return key


def _bounds_and_unit(candidate: _Match) -> tuple[Decimal | None, Decimal | None, str | None]:
    """(low, high, unit): a range's two ends ("RM1,850 to RM2,500", "three to five years"),
    and the unit its value is in (a currency code, percent, a time or measure unit)."""
    g, kind = candidate.groups, candidate.kind
    low = high = None
    first, second = g.get("low") or g.get("low2"), g.get("number2")
    if kind == "age" and g.get("decade"):  # "in his 80s": 80 to 89
        return Decimal(g["number"]), Decimal(g["number"]) + 9, None
    if first or second:
        low, high = _ends(g)
    span = _span_in_one_unit(g)
    if span is not None:  # "between 18 months and two years": 18 to 24 months
        return span
    unit = None
    if kind == "money":
        unit = _currency(g)
    elif kind == "percentage":
        unit = "percent"
    elif kind == "duration":
        unit = g["unit"].lower().removesuffix("s").replace("centurie", "century")
    elif kind == "measure":
        unit = g.get("unit", "magnitude")
    return low, high, unit


# Time units in the smallest unit of their family: months and days never convert exactly.
_SPAN_SIZES = {
    "decade": ("month", 120),
    "year": ("month", 12),
    "month": ("month", 1),
    "week": ("minute", 7 * 24 * 60),
    "day": ("minute", 24 * 60),
    "hour": ("minute", 60),
    "minute": ("minute", 1),
}


def _unit_ratio(big: str, small: str) -> Decimal:
    """How many of the smaller time unit make one of the bigger ("year", "months": 12); 0 when
    they do not convert exactly (a month is no whole number of days)."""
    (family_a, size_a), (family_b, size_b) = (_SPAN_SIZES[u.lower().removesuffix("s")] for u in (big, small))
    return Decimal(size_a) / Decimal(size_b) if family_a == family_b and size_a > size_b else Decimal(0)


def _span_in_one_unit(g: dict) -> tuple[Decimal, Decimal, str] | None:
    """A range of durations written in two units ("between 18 months and two years", "six
    months to a year"): both ends in the smaller unit, which keeps them exact; None when the
    units do not convert exactly (months and days) or the ends are not in order."""
    low_unit = g.get("low_unit") or g.get("low_unit2")
    if not low_unit:
        return None
    units = [u.lower().removesuffix("s") for u in (low_unit, g["unit"])]
    (family_a, size_a), (family_b, size_b) = (_SPAN_SIZES[u] for u in units)
    low, high = parse_number(g.get("low") or g["low2"]), parse_number(g["number"])
    if family_a != family_b or low is None or high is None:
        return None
    smaller, size = min(zip(units, (size_a, size_b), strict=True), key=lambda pair: pair[1])
    low, high = _plain(low * size_a / size), _plain(high * size_b / size)
    return (low, high, smaller) if low < high else None


def _ends(g: dict) -> tuple[Decimal | None, Decimal | None]:
    """A range's two ends, each with its own scale word where it has one ("Rp 20 million to
    Rp 30 million", "between 3 million and 4 million") and else the one written last ("VND25-30 million")."""
    low_written = g.get("low") or g.get("low2") or g["number"]
    high_written = g["number2"] if "number2" in g else g["number"]
    low_scale = g.get("low_scale")
    if low_scale is None:  # "VND25-30 million" shares the scale; "Rp 800,000 to Rp 1.5 million" does not
        bare_low, bare_high = parse_number(low_written), parse_number(high_written)
        shared = bare_low is None or bare_high is None or bare_low <= bare_high
        low_scale = g.get("scale", "") if shared else ""
    inner = re.fullmatch(rf"(.+?)\s+({alternatives(SCALES)})", high_written.lower())
    if not g.get("scale") and inner and not re.search(rf"\b(?:{alternatives(SCALES)})\b", low_written.lower()):
        bare_low, bare_high = parse_number(low_written), parse_number(inner.group(1))
        if bare_low is not None and bare_high is not None and bare_low <= bare_high:
            low_written = f"{low_written} {inner.group(2)}"  # "between 2 and 3 trillion rupiah"
    low = parse_number(_scaled({**g, "number": low_written, "scale": low_scale}))
    high = parse_number(_scaled({**g, "number": high_written}))
    return _hundredths(g, low), _hundredths(g, high)


# Currencies whose papers may group thousands with a dot: "Rp 10.000" is ten thousand rupiah.
_DOT_GROUPED = frozenset({"IDR", "VND"})


def _scaled(groups: dict) -> str:
    number = groups.get("number", "")
    scale = groups.get("scale", "")
    money = any(k in groups for k in ("code", "symbol", "currency"))
    if money and re.fullmatch(r"\d{1,3}\.\d{3}", number) and _currency(groups) in _DOT_GROUPED:
        number = number.replace(".", "")
    return f"{number} {SCALE_ABBREVIATIONS.get(scale.lower(), scale)}".strip()


def _currency(groups: dict) -> str:
    """The currency code of an amount, or the name of a family the story settles ("rupee", "cent")."""
    if "symbol" in groups:
        return CURRENCY_SYMBOLS[groups["symbol"].lower()]
    if "code" in groups:
        return CURRENCY_PREFIXES[groups["code"].rstrip(".")]
    word = " ".join(groups["currency"].split())
    last = word.split()[-1].lower()
    return CURRENCY_WORDS.get(word) or MINOR_UNITS.get(word) or CURRENCY_WORDS.get(last) or MINOR_UNITS[last]


def _hundredths(groups: dict, number: Decimal | None) -> Decimal | None:
    """ "80 sen" is 0.80 ringgit, "45 cents" 0.45 of the story's dollar: a minor unit in its currency."""
    currency = " ".join(groups.get("currency", "").split())
    if number is None or not (minor_unit(currency) or minor_unit(currency.split()[-1].lower() if currency else "")):
        return number
    return _plain(number / 100)


def _fraction_value(written: str) -> Decimal | None:
    """'half' 0.5, 'a third' 0.333..., 'two-thirds' 0.666..., 'one in five' 0.2, 'double' 2."""
    words = re.findall(r"[a-z]+|\d+(?:\.\d+)?", written.lower())
    if words[-1] in MULTIPLES:
        return Decimal(MULTIPLES[words[-1]])
    if words[-1] == "times" or words[-1].endswith("fold"):  # "six times the average", "threefold"
        return parse_number(re.sub(r"[\s-]*(?:times|fold)$", "", written.lower()))
    if len(words) >= 3 and words[1] in ("in", "out"):
        share, whole = parse_number(words[0]), parse_number(words[-1])
        return _plain(share / whole) if share and whole else None
    part = FRACTION_PARTS.get(words[-1].removesuffix("s")) or (2 if words[-1] == "halves" else None)
    share = parse_number(words[0]) if len(words) > 1 and words[0] not in ("a", "one") else Decimal(1)
    return _plain(share / part) if part and share else None


def _ordinal_key(number: int) -> str:
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _ordinal_word_value(word: str) -> Decimal | None:
    parts = word.lower().split("-")
    return Decimal(sum(TENS.get(p, 0) for p in parts[:-1]) + ORDINAL_WORDS.get(parts[-1], 0)) or None


def _clock(written: str) -> Resolution | None:
    """'8 a.m.' is 08:00, '2:30pm' 14:30, 'noon' 12:00: a time of day as a 24-hour clock."""
    lower = written.lower()
    named = {"noon": "12:00", "midday": "12:00", "midnight": "00:00"}.get(lower.removeprefix("12 "))
    if named:
        return Resolution(named, "stated in the text")
    spoken = re.match(r"(\w+)(?:\s+o['’]clock)?\s+in\s+the\s+(morning|afternoon|evening)|(\w+)\s+o['’]clock", lower)
    if spoken and spoken.group(3):  # "three o'clock": the hour as said
        hour = int(spoken.group(3)) if spoken.group(3).isdigit() else UNITS[spoken.group(3)]
        return Resolution(f"{hour:02d}:00", "stated in the text")
    if spoken:  # "six in the morning" 06:00, "seven in the evening" 19:00
        hour = int(spoken.group(1)) if spoken.group(1).isdigit() else UNITS[spoken.group(1)]
        hour += 12 if spoken.group(2) != "morning" and hour < 12 else 0
        return Resolution(f"{hour:02d}:00", "stated in the text")
    shared = re.fullmatch(r"(\d{1,2}(?:[:.]\d\d)?)\s?[-–]\s?(\d{1,2}(?:[:.]\d\d)?)\s?([ap])\.?m\.?", lower)
    if shared:  # "3-5pm" is 15:00 to 17:00; "11-1pm" from 11 in the morning
        first, second = int(re.split(r"[:.]", shared.group(1))[0]), int(re.split(r"[:.]", shared.group(2))[0])
        mark = shared.group(3) if first <= second or first == 12 else {"a": "p", "p": "a"}[shared.group(3)]
        start, end = _clock(f"{shared.group(1)}{mark}m"), _clock(f"{shared.group(2)}{shared.group(3)}m")
        return Resolution(f"{start.value}/{end.value}", "stated in the text") if start and end else None
    match = re.match(r"(\d\d)(\d\d)\s|(\d{1,2})(?:[:.](\d{2}))?\s?([ap])?", lower)  # "0800 GMT", "8:30am"
    if match is None:
        return None
    hour, minute = int(match.group(1) or match.group(3)), int(match.group(2) or match.group(4) or 0)
    if match.group(5) == "p" and hour < 12:
        hour += 12
    elif match.group(5) == "a" and hour == 12:
        hour = 0
    return Resolution(f"{hour:02d}:{minute:02d}", "stated in the text")


class _When(NamedTuple):
    """What the words around a date say about it: the tense of its sentence (tense.py) and a
    year given right after it ("from March to November last year")."""

    tense: Tense = None
    year: int | None = None
    fiscal: FiscalCalendar | None = None  # how the article's country counts fiscal years


_NO_HINT = _When()
_YEAR_AFTER = re.compile(r"\s*,?\s*(?P<rel>this|last|next)\s+year\b", re.I)
_YEAR_BEFORE = re.compile(
    r"\b(?P<rel>this|last|next)\s+year\b,?(?:(?!\b(?:and|but|while|will|would|could|expected|plans?)\b)[^,.;:\"“”])*$",
    re.I,
)


def _when(
    text: str, candidate: _Match, sentence: tuple[int, int], published: dt.date | None, fiscal: FiscalCalendar | None
) -> _When:
    if candidate.kind not in _DATED_KINDS:
        return _NO_HINT
    tense = tense_at(text, candidate.start, candidate.end, *sentence)
    # "in March last year", or "Last year I came in January": the clause's year
    said = _YEAR_AFTER.match(text, candidate.end) or _YEAR_BEFORE.search(
        text, max(sentence[0], candidate.start - 60), candidate.start
    )
    if said is None or published is None:
        return _When(tense, None, fiscal)
    return _When(tense, published.year + {"this": 0, "last": -1, "next": 1}[said.group("rel").lower()], fiscal)


def _resolution(
    candidate: _Match,
    written: str,
    number: Decimal | None,
    published: dt.date | None,
    approximate: bool,
    when: _When = _NO_HINT,
) -> Resolution | None:
    """What a date, relative time or period means; a vague one as an approximate range."""
    g = candidate.groups
    if when.year is not None and candidate.kind in ("date", "period") and "month" in g and not g.get("year"):
        g = {**g, "implied_year": str(when.year)}
    if candidate.kind == "time" and "ends" in g:  # "from 6am to 4pm"
        start, end = (_clock(written[m.start - candidate.start : m.end - candidate.start]) for m in g["ends"])
        if start is None or end is None or start.value is None or end.value is None:
            return None
        return Resolution(f"{start.value}/{end.value}", "stated in the text")
    if candidate.kind == "time":
        return _clock(written)
    if candidate.kind == "period" and g.get("lead"):  # "early June"
        plain = resolve("date", {k: g[k] for k in ("month", "year", "implied_year") if k in g}, number, published,
                        approximate, when.tense)  # fmt: skip
        year = int(plain.value[:4]) if plain and plain.value and plain.value[:1] != "-" else None
        habitual = bool(plain and plain.value and plain.value.startswith("--"))
        return month_part(g["lead"], g["month"], year, plain.note if plain else "", habitual)
    if candidate.kind == "period":
        return resolve_period(written, published, approximate, when.fiscal)
    if candidate.kind == "date-range":
        return _range_resolution(g["ends"], published, approximate, when)
    return resolve(candidate.kind, g, number, published, approximate, when.tense)


def _range_resolution(
    ends: tuple[_Match, _Match], published: dt.date | None, approximate: bool, when: _When
) -> Resolution:
    """'from March 3 to May 29', 'between January and October': the end as the tense says,
    the start the latest one not after it."""
    first, last = ends
    if when.year is not None:
        first, last = (m._replace(groups={**m.groups, "implied_year": str(when.year)}) for m in (first, last))
    end = resolve(last.kind, last.groups, None, published, approximate, when.tense)
    start = resolve(first.kind, first.groups, None, published, approximate, when.tense)
    if last.kind == "period" and end is None:
        start, end = _to_part_of_month(last, start, published, approximate, when)
    if _a_month_part(first) and end is not None and end.value:  # "between mid-July and ...": from its first day
        first_part = _month_part_of(first, published, approximate, when)
        start = first_part._replace(value=first_part.value.split("/")[0]) if first_part and first_part.value else None
    if end is None or start is None or end.value is None or start.value is None:
        known = start or end
        return Resolution(None, known.note if known else "not resolved")
    if _weekday(first) and start.value > end.value:
        return _days_in_order(first, last, start.value, end)
    return Resolution(
        f"{_start_in_order(first, start.value, end.value)}/{end.value}",
        end.note,
        approximate=start.approximate or end.approximate,
    )


def _start_in_order(first: _Match, start: str, end: str) -> str:
    """A range's start with no year of its own is the latest not after its end: "from November
    to February" starts in the November before that February, "from mid-June through September"
    in that September's year."""
    if first.groups.get("year") or not start[:1].isdigit() or not end[:1].isdigit():
        return start
    if first.kind == "date":
        return f"{int(end[:4]) - (start[4:] > end[4:]):04d}{start[4:]}"
    return back(start, 1, "year") if _a_month_part(first) and start > end else start


def _month_part_of(match: _Match, published: dt.date | None, approximate: bool, when: _When) -> Resolution | None:
    """The days of "mid-July" or "early June", in the year the tense gives the month."""
    plain = resolve("date", match.groups, None, published, approximate, when.tense)
    if plain is None or not plain.value or not plain.value[:1].isdigit():
        return None
    return month_part(match.groups["lead"], match.groups["month"], int(plain.value[:4]), plain.note)


def _to_part_of_month(
    last: _Match, start: Resolution | None, published: dt.date | None, approximate: bool, when: _When
) -> tuple[Resolution | None, Resolution | None]:
    """ "from May to mid-July": from the 1st of May to the last day of mid-July."""
    part = _month_part_of(last, published, approximate, when)
    if part is None:
        return start, None
    end = part._replace(value=(part.value or "").split("/")[-1] or None)
    if start is not None and start.value and len(start.value) == 7:
        start = start._replace(value=f"{start.value}-01")
    return start, end


def _days_in_order(first: _Match, last: _Match, start: str, end: Resolution) -> Resolution:
    """Two days whose readings came out in the wrong order: "from today until Saturday" runs to
    the Saturday after today; "between Monday and Friday" from the Monday before that Friday."""
    if "weekday" in last.groups and "word" in first.groups:
        saturday = (dt.date.fromisoformat(end.value or start) + dt.timedelta(days=7)).isoformat()
        return Resolution(f"{start}/{saturday}", end.note, approximate=end.approximate)
    monday = (dt.date.fromisoformat(start) - dt.timedelta(days=7)).isoformat()
    return Resolution(f"{monday}/{end.value}", end.note, approximate=end.approximate)


_DATED_KINDS = ("date", "date-range", "period", "year", "relative-time")
_EXACT_PART = re.compile(
    r"(?:the\s+)?(?:first|second|third|fourth|final|last|latter)[\s-]+(?:half|quarter)\b"
    r"|(?:the\s+)?first\s+\w+\s+(?:months|quarters)\b"
    r"|(?:Q[1-4]|[1-4]Q|H[12])\b|(?:the\s+)?[A-Z][a-z]+(?:\s+\d{4})?\s+quarter\b"
    r"|(?:the\s+)?(?:this|next|current|coming)\s+quarter\b",
    re.I,
)


def _kind(kind: str, written: str, resolution: Resolution | None) -> str:
    """'the first half of 2025' and 'the first nine months of this year' are exact ranges of
    months (a date range), not vague periods."""
    if kind == "period" and _EXACT_PART.match(written) and resolution is not None and resolution.value:
        return "date-range"
    return kind


_COMPARED_AGO = re.compile(r"\b(?:from|than|with|on|over|versus|vs\.?)\s+$", re.I)
_AGO = re.compile(r"^(?:a|an|one)\s+(year|month)\s+ago$", re.I)


def _compared_with_ago(
    text: str, candidate: _Match, written: str, dated: tuple[str, Resolution] | None
) -> tuple[str, Resolution] | None:
    """ "Imports rose 5% in September from a year ago": a comparison with "a year ago" after a
    date in its paragraph is "a year earlier" than that date, as the data pages mean it."""
    ago = _AGO.match(" ".join(written.split()))
    if ago is None or dated is None or not _COMPARED_AGO.search(text, max(0, candidate.start - 12), candidate.start):
        return None
    moved = before_another(f"a {ago.group(1)} earlier", dated[1])
    return (dated[0], moved) if moved is not None else None


def _meaning(
    kind: str,
    written: str,
    resolution: Resolution | None,
    dated: tuple[str, Resolution] | None,
    published: dt.date | None = None,
    fiscal: FiscalCalendar | None = None,
    lead: Resolution | None = None,
) -> tuple[str, Resolution | None]:
    """The figure's kind and date: 'a year earlier' moves back the paragraph's last date
    (``dated``) and keeps its kind; with none before it, the month the story's first paragraph
    reports on (``lead``: "exports fell in April ..." then "fell 31% from a year earlier" is
    April a year before), or else the publication month ("up from $1,500 a year earlier"
    compares with now); 'the previous two years' is a period before it."""
    if dated is not None and kind == "period":
        shifted = before_another(written, dated[1], fiscal)
        if shifted is not None:
            return ("period" if re.search(r"previous\s+\w+\s+years", written, re.I) else dated[0]), shifted
    if dated is None and kind == "period" and lead is not None:  # a monthly figure's month, from the lead
        shifted = before_another(written, lead)
        if shifted is not None and "previous" not in written.lower():
            return "date", shifted
    if dated is None and kind == "period" and published is not None:
        now = Resolution(f"{published:%Y-%m}", f"the publication month, {published:%B %Y}", approximate=True)
        shifted = before_another(written, now)
        if shifted is not None and "previous" not in written.lower():
            return kind, shifted
    return _kind(kind, written, resolution), resolution


def _lead_month(lead: Resolution | None, paragraph: int, kind: str, resolution: Resolution | None) -> Resolution | None:
    """The month a story's first paragraph reports on: its first date, when that is a month."""
    if lead is not None or paragraph != 1 or kind != "date" or resolution is None or resolution.value is None:
        return lead
    return resolution if re.fullmatch(r"\d{4}-\d\d", resolution.value) else None


_SAME_SPAN = re.compile(
    r"\bthe\s+(?:same|corresponding|comparable|equivalent)\s+(?:period|months?|quarter|half|week|time|season|date|day)\s+"
    r"(?:of\s+|in\s+)?$",
    re.I,
)
_THE_LEAD = re.compile(r"\bthe\s+$", re.I)
_PERIOD_AFTER = re.compile(r"[\s-]+period\b", re.I)


def _same_period(
    text: str, candidate: _Match, kind: str, resolution: Resolution | None, dated: tuple[str, Resolution] | None
) -> tuple[str, Resolution | None]:
    """A span that points back at the last date the story gave: "the same period last year"
    (or "of 2025") is that date's span in the year it names, with its kind; "the four-month
    period", with "the", is that span itself."""
    if dated is None or dated[1].value is None or not dated[1].value[:4].isdigit():
        return kind, resolution
    lead = text[max(0, candidate.start - 40) : candidate.start]
    if candidate.kind == "duration" and _THE_LEAD.search(lead) and _PERIOD_AFTER.match(text, candidate.end):
        if "/" in dated[1].value:
            return "period", dated[1]._replace(note=f"the span the text gave before it, {dated[1].value}")
        return kind, resolution
    if resolution is None or not re.fullmatch(r"\d{4}", resolution.value or "") or not _SAME_SPAN.search(lead):
        return kind, resolution
    shift = int(resolution.value or "0") - int(dated[1].value[:4])
    moved = "/".join(back(part, -shift, "year") for part in dated[1].value.split("/"))
    return dated[0], Resolution(moved, f"the span the text gave before it, in {resolution.value}", dated[1].approximate)


def _season_year(
    text: str,
    candidate: _Match,
    kind: str,
    resolution: Resolution | None,
    starts: dict[str, tuple[int, int]],
    fiscal: FiscalCalendar | None,
) -> tuple[str, Resolution | None]:
    """'2025-26' or 'the 2027 school year' in a story that says when such a year begins, or a bare
    '2026-27' where the country's press names fiscal years so: a period."""
    if candidate.kind != "year" or candidate.groups.get("decade"):
        return kind, resolution
    year = int(candidate.groups["year"])
    season = named_year(text, candidate.end, year, starts) or split_fiscal_year(text, candidate.end, year, fiscal)
    return ("period", season) if season is not None else (kind, resolution)


_AHEAD_OF = re.compile(r"\bahead\s+of\s+(?:(?:a|the|this)\s+)?$", re.I)
_EVENTS_NEXT = re.compile(r"(?<!\bover\s)(?<!\bin\s)(?<!\bwithin\s)(?<!\bduring\s)(?<!\bfor\s)\bthe\s+$", re.I)


def _anchored(
    text: str, candidate: _Match, resolution: Resolution | None, dated: tuple[str, Resolution] | None
) -> Resolution | None:
    """A relative day read from the story's own events rather than the publication day:
    "crossed on Friday, ahead of a Saturday deadline" is the Saturday after that Friday, and
    "was sent home the next week" a week after an event the text tells of, which it does not date."""
    g = candidate.groups
    if candidate.kind != "relative-time":
        return resolution
    lead = text[max(0, candidate.start - 20) : candidate.start]
    if "weekday" in g and _AHEAD_OF.search(lead) and dated is not None and dated[1].value:
        day = dated[1].value.split("/")[-1]
        if _real_day(day):  # not "February 30" from the text
            anchor, target = dt.date.fromisoformat(day), WEEKDAYS.index(g["weekday"].lower())
            after = anchor + dt.timedelta(days=(target - anchor.weekday()) % 7 or 7)
            return Resolution(
                after.isoformat(), f"the {g['weekday']} after {anchor}, the date the paragraph gives before it"
            )
    if g.get("rel", "").lower() == "next" and _EVENTS_NEXT.search(lead):
        return Resolution(None, f"not resolved: the {g['unit'].lower()} after an event the text does not date", True)
    return resolution


_WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
_SAID_DAY = re.compile(
    r"\b(?:said|says|told|announced|warned|added|stated)\b[^.\n\"“”]{0,80}?\b(?:on\s+)?"
    rf"(?P<day>yesterday|{_WEEKDAY_NAMES})\b"
)
_FROM_NOW = re.compile(
    r"^(?:the\s+)?(?:(?:next|coming)\s+\S+\s+(?:hours|days|weeks)|(?:past|last)\s+\S+\s+hours)$", re.I
)


def _from_the_day_said(
    text: str,
    candidate: _Match,
    written: str,
    paragraph: Paragraph,
    resolution: Resolution | None,
    published: dt.date | None,
    when_fiscal: FiscalCalendar | None,
) -> Resolution | None:
    """A span of hours, days or weeks ahead of "now" (or hours before it) in words the paragraph says were
    spoken on a named day ("'... the next 72 hours,' he told a briefing on Thursday") counts
    from that day, not from the publication day."""
    if candidate.kind != "period" or published is None or not _FROM_NOW.match(" ".join(written.split())):
        return resolution
    said = _SAID_DAY.search(text, paragraph.start, paragraph.end)
    if said is None:
        return resolution
    word = said.group("day").lower()
    if word == "yesterday":
        day = published - dt.timedelta(days=1)
    else:
        day = published - dt.timedelta(days=(published.weekday() - WEEKDAYS.index(word)) % 7)
    if day == published:
        return resolution
    spoken = resolve_period(written, day, False, when_fiscal)
    if spoken.value is None:
        return resolution
    return spoken._replace(note=f"{spoken.note}; counted from {day}, the day the words were said")


def _distinct_key(key: str, resolution: Resolution | None, grouped: dict) -> str:
    """The same words meaning another date ("arrested in March", "will leave in March") are
    another figure: the first keeps the key, the other gets its date added."""
    known = grouped.get(key)
    if known is None or resolution is None or known["resolution"] is None:
        return key
    if resolution.value == known["resolution"].value or resolution.value is None:
        return key
    return _slug(f"{key} {resolution.value.replace('/', ' to ')}")


# --- The stage -------------------------------------------------------------------


_SHARE_KINDS = {"percentage": "percentage", "fraction": "fraction"}


def _antecedent(counted: dict[str, Occurrence], kind: str, sentence_start: int, compared: bool) -> str | None:
    """What a figure with no noun of its own may count: a share of the same kind before it in
    its sentence ("half of that sum and Laos a fifth", "30 percent of its staff, from 20
    percent"), or else the last thing counted in it ("2.31 million workers ..., a third of them"),
    or else, ``compared`` with it, a share of the other kind ("15% of the harvest, against a
    tenth in a normal year"; not "2 percent of the total, with Thais accounting for half")."""
    share = counted.get(_SHARE_KINDS.get(kind, ""))
    if share is not None and share.sentence_start == sentence_start:
        return share.counts  # "72 percent of pupils here, against 65 percent elsewhere"
    here = [o for o in counted.values() if o.sentence_start == sentence_start]
    count = counted.get("count")
    if kind == "count" and (count is None or count.sentence_start != sentence_start) and here:
        return max(here, key=lambda o: o.value_start).counts  # "a third of the deaths ..., while 97 were suicides"
    if count is not None and count.sentence_start == sentence_start:
        return count.counts
    return max(here, key=lambda o: o.value_start).counts if here and compared and kind in _SHARE_KINDS else None


def _restated(text: str, counted: dict[str, Occurrence], start: int, sentence_start: int) -> bool:
    """Whether a share set off by commas right after another restates it: "just over half the
    workers surveyed, 53 percent, said ..."."""
    shares = [o for k, o in counted.items() if k in _SHARE_KINDS and o.sentence_start == sentence_start]
    between = r"[^,;.\d]*,\s*(?:(?:or|about|around|nearly|almost|some|roughly|just|over)\s+)*"
    return any(re.fullmatch(between, text[o.value_end : start]) for o in shares)


_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|than)\s+(?:[\w-]+\s+){0,3}$"
    r"|\b(?:and|while|whilst|whereas|but)\s+(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?$",
    re.I,
)  # "half of the drivers own a car, and 40 percent own a house": the same set


def _antecedent_at(text: str, counted: dict[str, Occurrence], candidate: _Match, sentence_start: int) -> str | None:
    """What a figure with no noun of its own may count, from the figures before it (``_antecedent``)."""
    compared = _COMPARED.search(text, sentence_start, candidate.start) is not None or _restated(
        text, counted, candidate.start, sentence_start
    )
    return _antecedent(counted, candidate.kind, sentence_start, compared) or _them_before(text, counted, candidate.end)


def _them_before(text: str, counted: dict[str, Occurrence], end: int) -> str | None:
    """What "of them" counts when its own sentence counts nothing: the last thing counted before
    it in the paragraph ("168 schools had fewer than 10 pupils. Some 38 of them admitted none")."""
    last = counted.get("count")
    return last.counts if last is not None and _OF_THEM.match(text, end) else None


_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\b(?!\s+[a-z]+s\b)")


# A whole number, or an amount in words ("1.2 million", "two"): no reading on a scale ("6.1").
_BARE_COUNT = re.compile(
    r"\d{1,3}(?:,\d{3})*|\d+|[\d.]+\s+(?:hundred|thousand|million|billion|lakh|crore)|[a-z]+(?:\s+[a-z]+)?", re.I
)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:!?)\"”’]|$|(?:a|an|per|each|every|in|on|by|this|last|next|now|so|and|or|but|got|had|have|has|"
    r"were|are|was|is|will|would|could|may|might|did|remain|remained|stayed|still|[a-z]+ed)\b)"
)
_NAMES_A_SCALE = re.compile(
    r"\b(?:no|number|magnitude|level|grade|category|phase|route|line|platform|gate|room|article|section|chapter|"
    r"aged?|than|over|under|above|below)\.?\s+$",
    re.I,
)


def _count_before(text: str, counted: dict[str, Occurrence], candidate: _Match, sentence_start: int) -> str | None:
    """What a bare count that its own sentence gives no noun counts: what the count of the sentence
    just before it in the paragraph counts ("We sent 300 interns a month. Now it is close to 1,000")."""
    last = counted.get("count")
    if candidate.kind != "count" or last is None or last.sentence_start == sentence_start:
        return None
    if last.sentence_end < sentence_start - 3 or not _BARE_COUNT.fullmatch(text[candidate.start : candidate.end]):
        return None  # only the sentence right before, and only a plain number
    if _NAMES_A_SCALE.search(text, 0, candidate.start) or not _NO_NOUN_AFTER.match(text, candidate.end):
        return None  # "magnitude 6", "Route 9", "fewer than 10 pupils"
    return last.counts


def _modifies_the_last_count(text: str, last: Occurrence | None, occurrence: Occurrence) -> bool:
    """Whether a count only places the one before it: in "1,200 households in five provinces
    ..., a quarter of them", "them" are the households, not the provinces."""
    if last is None or not last.counts or last.sentence_start != occurrence.sentence_start:
        return False
    if re.search(_THRESHOLD, occurrence.qualifier or ""):
        return True  # "1,863 schools have 10 or fewer graduates, ... jump to 2,026": a threshold, not a count
    between = text[last.value_end : occurrence.start]
    return re.fullmatch(rf"\s+{re.escape(last.counts)}\s+(?:in|across|from|at)\s+", between) is not None


_THRESHOLD = r"\b(?:fewer|less|more)\s+than\b|\bor\s+(?:fewer|less|more)\b|\bat\s+(?:least|most)\b"

# the day a thing was said ("the ministry said Friday") is no date a later "a year earlier" compares with
_SAID_ON = re.compile(
    r"\b(?:(?:said|says|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+(?:on\s+)?"
    r"|(?:said|says|told|announced|stated|added|wrote)\b[^.;\n\"“”]{0,80}\bon\s+)"
    rf"(?:(?:{_WEEKDAY_NAMES})\s*[(,]\s*)?$",
    re.I,
)


def _anchors(
    text: str, floor: int, candidate: _Match, kind: str, resolution: Resolution | None, published: dt.date | None
) -> tuple[tuple[str, Resolution], tuple[str, Resolution]] | None:
    """What a later "a year earlier" moves, and what a later "the same period last year" moves,
    when this figure is a date: the span it ends ("in the three months to March": January to
    March) or the date itself, and for the second a span it starts ("since August": August to
    the publication month); None for no date, or the day something was said ("the ministry said Friday")."""
    if resolution is None or resolution.value is None or kind not in _DATED_KINDS:
        return None
    a_day = _weekday(candidate) or (candidate.kind == "date" and "day" in candidate.groups)
    if a_day and _SAID_ON.search(text, max(floor, candidate.start - 120), candidate.start):
        return None
    before = text[max(floor, candidate.start - 40) : candidate.start]
    dated = span_to(before, resolution) or (kind, resolution)
    return dated, since(before, resolution, published) or dated


_THAT_YEAR = re.compile(r"\s*,?\s*(?:of\s+)?(?:that|the\s+same)\s+year\b", re.I)


def _that_year(text: str, candidate: _Match, dated: tuple[str, Resolution] | None) -> Resolution | None:
    """ "scrapped in November that year" after "in 2019": November 2019, the year the paragraph gave."""
    g = candidate.groups
    if candidate.kind != "date" or g.get("year") or not _THAT_YEAR.match(text, candidate.end):
        return None
    year = (dated[1].value or "")[:4] if dated else ""
    if not year.isdigit():
        return None
    found = resolve("date", {**g, "year": year}, None, None, False)
    return found._replace(note=f"in {year}, the year the paragraph gives before it") if found else None


def _months_of_the_year_named(text: str, candidate: _Match) -> Resolution | None:
    """ "the 2027 school year, which begins in March": March 2027 (months with no year of their own)."""
    g = candidate.groups
    if candidate.kind == "date" and "month" in g and not (g.get("day") or g.get("year")):
        first, last = month_number(g["month"]), None
    elif candidate.kind == "date-range" and all(e.kind == "date" and "day" not in e.groups for e in g["ends"]):
        if any(e.groups.get("year") for e in g["ends"]):
            return None
        first, last = (month_number(e.groups["month"]) for e in g["ends"])
    else:
        return None
    return months_of_a_named_year(text[max(0, candidate.start - 60) : candidate.start], first, last)


def _in_context(
    text: str,
    candidate: _Match,
    written: str,
    meaning: tuple[str, Resolution | None],
    paragraph: Paragraph,
    published: dt.date | None,
    fiscal: FiscalCalendar | None,
    before: tuple[tuple[str, Resolution] | None, tuple[str, Resolution] | None],
    season_starts: dict[str, tuple[int, int]],
    day_beside: Resolution | None,
) -> tuple[str, Resolution | None]:
    """A figure's kind and date read with what the story gives around it: the paragraph's last
    date (``before``: for a year earlier, the same period), the day words were said, the date
    written beside a weekday, the months a named season runs."""
    dated, earlier = before
    kind, resolution = meaning
    kind, resolution = _compared_with_ago(text, candidate, written, dated) or (kind, resolution)
    resolution = _anchored(text, candidate, resolution, dated)
    resolution = _from_the_day_said(text, candidate, written, paragraph, resolution, published, when_fiscal=fiscal)
    resolution = of_the_month_before(written, dated[1] if dated else None) or day_beside or resolution
    kind, resolution = _same_period(text, candidate, kind, resolution, earlier)
    resolution = _months_of_the_year_named(text, candidate) or _that_year(text, candidate, dated) or resolution
    return _season_year(text, candidate, kind, resolution, season_starts, fiscal)


def _real_day(value: str | None) -> bool:
    """Whether an ISO value is a day the calendar has ("February 30" in a text is not)."""
    try:
        return (
            bool(value)
            and re.fullmatch(r"\d{4}-\d\d-\d\d", value or "") is not None
            and bool(dt.date.fromisoformat(value or ""))
        )
    except ValueError:
        return False


_BESIDE = re.compile(r"\s*,\s*|\s*\(\s*|\s*\)\s*|\s+")


def _weekdays_beside_dates(
    text: str, selected: list[_Match], published: dt.date | None, approximate: bool
) -> dict[int, Resolution]:
    """ "on Monday, March 9", "Thursday (Mar 5)", "March 1 (Sunday)": the weekday is that day,
    whatever its tense says, and a date with no year is in the year (of those its tense could
    mean) in which it falls on the weekday named."""
    found: dict[int, Resolution] = {}
    for first, second in itertools.pairwise(selected):
        pair = (first, second) if _weekday(first) else (second, first)
        weekday, date = pair
        if not (_weekday(weekday) and "weekday" in weekday.groups and date.kind == "date" and "day" in date.groups):
            continue
        if not _BESIDE.fullmatch(text[first.end : second.start]):
            continue
        for tense in (None, "past", "future"):
            day = resolve("date", date.groups, None, published, approximate, tense)
            if day is not None and _real_day(day.value):
                if WEEKDAYS[dt.date.fromisoformat(day.value or "").weekday()] == weekday.groups["weekday"].lower():
                    found[weekday.start] = Resolution(day.value, f"the date written beside it, {day.value}")
                    found[date.start] = Resolution(day.value, f"the year in which it is a {weekday.groups['weekday']}")
                    break
    return found


def extract_figures(
    article: Article, speaker: Callable[[int, int, tuple[int, int]], tuple[str | None, bool]] | None = None
) -> tuple[Figure, ...]:
    """Every figure in the article, grouped by value, in order of first appearance.

    ``speaker(paragraph number, offset, (sentence start, end))`` gives (whoever states the
    words at that place, whether they are speech nobody could be named for) from the voices
    stage; without it every ``speaker`` is None.
    """
    published, approximate = publication(article.meta)
    grouped: dict[str, dict] = {}
    text = article.text
    patterns = patterns_for(text)
    fiscal = fiscal_calendar(text)
    national = national_currencies(text)
    lead: Resolution | None = None  # the month the first paragraph reports on, if it names one first
    earlier: tuple[str, Resolution] | None = None  # the story's last date so far
    season_starts = year_starts(text)  # the month each season or school year of the story begins in
    for paragraph in article.paragraphs:
        candidates = [
            c for c in _candidates(text, paragraph.start, paragraph.end, patterns) if _plausible(text, c, paragraph)
        ]
        selected = _join_times(text, _join_ranges(text, _select(candidates)))
        beside = _weekdays_beside_dates(text, selected, published, approximate)
        spans = {c.start: c.end for c in selected}
        floor = paragraph.start
        dated: tuple[str, Resolution] | None = None  # the paragraph's last date, for "a year earlier"
        undated = True  # no date of any kind yet in the paragraph, resolved or not
        counted: dict[str, Occurrence] = {}  # the last count, percentage and fraction with a counted thing
        money: dict = {}  # the currency and time unit of the paragraph's last amount of money and duration
        for candidate in selected:
            sentence = next((s for s in paragraph.sentences if s.start <= candidate.start < s.end), paragraph)
            qualifier, start = _qualifier(text, candidate, paragraph, floor)
            antecedent = _antecedent_at(text, counted, candidate, sentence.start)
            place = Place(
                candidate.kind,
                candidate.groups,
                candidate.start,
                candidate.end,
                start,
                sentence.start,
                paragraph.start,
                paragraph.end,
            )
            counts, post = counted_thing(text, place, spans, antecedent)
            counts = counts or _count_before(text, counted, candidate, sentence.start)
            floor = candidate.end
            written = text[candidate.start : candidate.end]
            stated_by, unclear = (
                speaker(paragraph.number, candidate.start, (sentence.start, sentence.end)) if speaker else (None, False)
            )
            candidate, money = _same_currency(text, candidate, paragraph, counts, money)
            key, number = _describe(candidate, written)
            low, high, unit = _bounds_and_unit(candidate)
            unit = story_unit(unit, candidate.groups, national)
            occurrence = Occurrence(
                start=start,
                end=candidate.end,
                value_start=candidate.start,
                value_end=candidate.end,
                text=" ".join(text[start : candidate.end].split()),
                qualifier=" ".join(q for q in (qualifier, post) if q) or None,
                counts=counts,
                paragraph=paragraph.number,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                in_quote=any(q.inner_start <= candidate.start < q.inner_end for q in paragraph.quotes),
                speaker=stated_by,
                speaker_unclear=unclear,
            )
            resolution = _resolution(
                candidate, written, number, published, approximate,
                _when(text, candidate, (sentence.start, sentence.end), published, fiscal),
            )  # fmt: skip
            # with no date before it in the paragraph, "a year earlier" counts back from the publication month
            kind, resolution = _meaning(
                candidate.kind, written, resolution, dated, *((published, fiscal, lead) if undated else (None, fiscal))
            )  # fmt: skip
            undated = undated and candidate.kind not in _DATED_KINDS
            kind, resolution = _in_context(
                text, candidate, written, (kind, resolution), paragraph, published, fiscal, (dated, earlier),
                season_starts, beside.get(candidate.start),
            )  # fmt: skip
            anchors = _anchors(text, paragraph.start, candidate, kind, resolution, published)
            if anchors is not None:
                dated, earlier = anchors
            lead = _lead_month(lead, paragraph.number, kind, resolution)
            key = _distinct_key(key, resolution, grouped)
            entry = grouped.setdefault(
                key,
                {
                    "kind": kind,
                    "value": " ".join(text[candidate.start : candidate.end].split()),
                    "number": number,
                    "low": low,
                    "high": high,
                    "unit": unit,
                    "former_key": _former_key(candidate.kind, key, number, _scaled(candidate.groups) or written),
                    "resolution": resolution,
                    "occurrences": [],
                },
            )
            entry["occurrences"].append(occurrence)
            if occurrence.counts and candidate.kind in ("count", "measure", "percentage", "fraction"):
                if not _modifies_the_last_count(text, counted.get("count"), occurrence):
                    counted[_SHARE_KINDS.get(candidate.kind, "count")] = occurrence  # for "a third of them"
    return tuple(
        Figure(key=key, occurrences=tuple(entry.pop("occurrences")), **entry) for key, entry in grouped.items()
    )
