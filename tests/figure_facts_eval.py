"""Score what the engine says about each figure against the gold's `figure_facts`.

Finding a figure (tests/corpus_eval.py) is not enough: the glossary also says what
kind of figure it is, its exact value and unit, what it counts, which date or range it
means and who states it. For every gold figure with facts, the engine's occurrence
whose value overlaps the gold text is read and each field is right or wrong; a figure
the engine missed is wrong in every field. Fields are scored where they apply:

- kind: every figure;
- value: counts, money, percentages, fractions, durations, ages, ranges and times
  (the exact decimal and the unit, both right);
- counts: counts, percentages, fractions and number ranges, and any figure whose gold
  names a counted thing (`null` must then be `null`); the head noun phrases compare
  ignoring case, a leading article and singular or plural, "X's Y" read as "Y of X";
- date: dates, date ranges and periods (the ISO value or range; `null` must be `null`); the
  same days written to another precision are the same ("2025-10-01..2026-09-30" is
  "2025-10..2026-09");
- stated_by: every figure (`narration` is the outlet's own sentence).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

FIELDS = ("kind", "value", "counts", "date", "stated_by")
VALUE_KINDS = frozenset({"count", "money", "percent", "fraction", "duration", "age", "number-range", "time"})
COUNTS_KINDS = frozenset({"count", "percent", "fraction", "number-range"})
DATE_KINDS = frozenset({"date", "date-range", "period"})


@dataclass
class FactScore:
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    scored: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))
    figures: int = 0
    mistakes: list[str] = field(default_factory=list)
    # every scored field of every figure: "¶N text|field" -> right or not (the per-figure baseline)
    results: dict[str, bool] = field(default_factory=dict)

    def add(self, other: FactScore) -> None:
        for name in FIELDS:
            self.right[name] += other.right[name]
            self.scored[name] += other.scored[name]
        self.figures += other.figures


class EngineFacts(dict):
    """One engine occurrence read as the gold's fields (kind, value, unit, counts, date, stated_by)."""


def engine_facts(figure, occurrence, speaker_names) -> EngineFacts:
    """The engine's answer for one occurrence, in the gold's vocabulary.

    ``speaker_names(name)`` gives every name the engine knows the speaker by.
    """
    found = EngineFacts(_derived_facts(figure, occurrence))
    found["speakers"] = speaker_names(occurrence.speaker) if occurrence.speaker else []
    if getattr(occurrence, "speaker_unclear", False):
        found["speakers"] = ["unclear"]  # neither narration nor anyone's name
    return found


# The engine's kinds in the gold's words; the rest are the same word in both.
_KINDS = {"percentage": "percent", "ordinal": "count", "measure": "count", "relative-time": "date"}


def _derived_facts(figure, occurrence) -> dict:
    """Read the engine's figure as it is: its kind, exact value (or range) and unit, the noun
    phrase of this occurrence, and the date or range it resolves to."""
    kind = figure.kind
    resolution = figure.resolution
    resolved = resolution.value if resolution is not None else None
    gold_kind = _KINDS.get(kind, kind)
    if kind == "year":
        gold_kind = "period" if figure.key.startswith("decade-") else "date"
    if kind == "date" and resolved and "/" in resolved:
        gold_kind = "date-range"
    if kind == "relative-time" and (
        re.match(r"\d{4}-W\d\d$|\d{3}0s$", resolved or "") or "/" in (resolved or "") or figure.key.endswith("-week")
    ):
        gold_kind = "period"  # a week ("last week": Monday to Sunday, resolved or not) or a decade
    low, high = getattr(figure, "low", None), getattr(figure, "high", None)
    if low is not None and high is not None:
        value = f"{low}..{high}"
        if kind in ("count", "measure"):
            gold_kind = "number-range"
    elif kind == "time":
        value = resolved.replace("/", "..") if resolved else None  # a time of day "08:00", a span "06:00..16:00"
    else:
        value = None if figure.number is None else str(figure.number)
    unit = getattr(figure, "unit", None)
    if kind == "money" and not hasattr(figure, "unit"):  # a figure from before units were kept
        unit = figure.key.split("-", 1)[0].upper()
    elif kind == "percentage":
        unit = "percent"
    elif kind == "duration" and unit is None and occurrence.counts:
        unit = occurrence.counts.split()[0].rstrip("s")
    elif kind not in ("money", "duration"):
        unit = None
    counts = occurrence.counts if kind in ("count", "percentage", "money", "fraction", "measure", "ordinal") else None
    return {
        "kind": gold_kind,
        "value": value,
        "unit": unit,
        "counts": counts,
        "date": resolved.replace("/", "..") if resolved else None,
    }


def score_facts(
    gold_facts: list[dict], engine: list[EngineFacts | None], where: list[str], forms: dict | None = None
) -> FactScore:
    """Each gold figure (with the engine's answer for it, or None when missed) field by field.

    ``forms``: the gold's other names of each speaker ("HRD Korea"), as the paragraph scorer uses."""
    score = FactScore()
    for want, got, place in zip(gold_facts, engine, where, strict=True):
        score.figures += 1
        for name in FIELDS:
            if not _applies(name, want):
                continue
            right = got is not None and _right(name, want, got, forms or {})
            score.scored[name] += 1
            score.right[name] += right
            score.results[f"{place} {want['text']}|{name}"] = right
            if not right:
                score.mistakes.append(
                    f"{place} {want['text']!r} {name}: gold {_gold(name, want)}, engine {_got(name, got)}"
                )
    return score


def _applies(name: str, want: dict) -> bool:
    kind = want["kind"]
    if name == "value":
        return kind in VALUE_KINDS
    if name == "counts":
        return kind in COUNTS_KINDS or want.get("counts") is not None
    if name == "date":
        return kind in DATE_KINDS
    return True


def _right(name: str, want: dict, got: EngineFacts, forms: dict) -> bool:
    if name == "kind":
        return got.get("kind") == want["kind"]
    if name == "value":
        return same_amount(want.get("value"), want.get("unit"), got.get("value"), got.get("unit"))
    if name == "counts":
        return same_counted_thing(want.get("counts"), got.get("counts"))
    if name == "date":
        return same_dates(want.get("value"), got.get("date"))
    gold = want["stated_by"]
    return any(_same_speaker(name, got.get("speakers") or []) for name in [gold, *forms.get(gold, [])])


def _gold(name: str, want: dict) -> str:
    if name == "value":
        return f"{want.get('value')!r} {want.get('unit')!r}"
    if name == "date":
        return repr(want.get("value"))
    return repr(want.get(name))


def _got(name: str, got: EngineFacts | None) -> str:
    if got is None:
        return "missed"
    if name == "value":
        return f"{got.get('value')!r} {got.get('unit')!r}"
    if name == "stated_by":
        return repr(got["speakers"][0] if got.get("speakers") else "narration")
    return repr(got.get(name))


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text)
    except (InvalidOperation, TypeError):
        return None


def _same_value(want, got) -> bool:
    """Exact decimals ("4100000000" is not "4099999999.9999995"); a fraction to four places;
    ranges side by side; anything else (a time) as written."""
    if want is None or got is None:
        return want is None and got is None
    wants, gots = str(want).split(".."), str(got).split("..")
    if len(wants) != len(gots):
        return False
    for a, b in zip(wants, gots, strict=True):
        x, y = _decimal(a), _decimal(b)
        if x is None or y is None:
            if a != b:
                return False
        elif x != y and not (x != x.to_integral_value() and round(x, 4) == round(y, 4)):
            return False
    return True


def same_dates(want: str | None, got: str | None) -> bool:
    """The same date or range as written, or the same days written to another precision: a
    range of whole months written to the day ("2025-10-01..2026-09-30") is "2025-10..2026-09"."""
    if (want or None) == (got or None):
        return True
    a, b = _days(want), _days(got)
    return a is not None and a == b


def _days(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date, month or year (or a range of them) covers."""
    parts = (value or "").split("..")
    if not value or len(parts) > 2 or not all(re.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", part) for part in parts):
        return None
    first, last = _covers(parts[0]), _covers(parts[-1])
    return first[0], last[1]


def _covers(iso: str) -> tuple[dt.date, dt.date]:
    numbers = [int(part) for part in iso.split("-")]
    year, month = numbers[0], numbers[1] if len(numbers) > 1 else None
    if len(numbers) == 3:
        day = dt.date(*numbers)
        return day, day
    if month is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


# Time units that convert exactly, each in its family's smallest unit: "two decades" is
# "20 years" is "240 months"; a month is no whole number of days, so the families stay apart.
_UNIT_SIZES = {
    "century": ("month", 1200),
    "decade": ("month", 120),
    "year": ("month", 12),
    "month": ("month", 1),
    "week": ("minute", 7 * 24 * 60),
    "day": ("minute", 24 * 60),
    "hour": ("minute", 60),
    "minute": ("minute", 1),
}


def same_amount(want, want_unit: str | None, got, got_unit: str | None) -> bool:
    """The same value in the same unit, or the same amount of time in two units that
    convert exactly ("2" "decade" is "20" "year"), as the README's duration rule allows."""
    want_unit, got_unit = want_unit or None, got_unit or None
    if want_unit == got_unit:
        return _same_value(want, got)
    a, b = _UNIT_SIZES.get(str(want_unit)), _UNIT_SIZES.get(str(got_unit))
    if a is None or b is None or a[0] != b[0] or want is None or got is None:
        return False
    return _same_value(_scaled(str(want), a[1]), _scaled(str(got), b[1]))


def _scaled(value: str, size: int) -> str:
    """Each end of a value (or range) times ``size``, as written when it is no number."""
    parts = []
    for part in value.split(".."):
        number = _decimal(part)
        parts.append(part if number is None else str(number * size))
    return "..".join(parts)


_ARTICLES = frozenset({"the", "a", "an"})
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child"}


def same_counted_thing(want: str | None, got: str | None) -> bool:
    """Two counted noun phrases name the same thing when they match ignoring case, a
    leading article (of the phrase or of an of-complement), singular or plural on the
    last word (and on the head before an of-complement), with "X's Y" read as "Y of X"."""
    a, b = _phrase(want), _phrase(got)
    if a is None or b is None:
        return a is None and b is None
    return len(a) == len(b) and all(
        x == y or (_head(a, i) and bool(_singulars(x) & _singulars(y)))
        for i, (x, y) in enumerate(zip(a, b, strict=True))
    )


def _phrase(text: str | None) -> list[str] | None:
    """The words of a counted phrase: case folded, possessive read as "of", no leading article."""
    if not text:
        return None
    plain = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    plain = " ".join(re.sub(r"[^\w' -]", " ", plain).split())
    owner = re.match(r"(.+?)(?:'s|s')\s+(.+)$", plain)
    if owner:  # "the province's registered workers": "registered workers of the province"
        whole = owner.group(1) + ("s" if plain[owner.end(1) :].startswith("s'") else "")
        plain = f"{owner.group(2)} of {whole}"
    words: list[str] = []
    for word in plain.split():
        if word in _ARTICLES and (not words or words[-1] == "of"):
            continue
        words.append(word)
    return words or None


def _head(words: list[str], index: int) -> bool:
    return index == len(words) - 1 or words[index + 1] == "of"


def _singulars(word: str) -> set[str]:
    """The word and every singular it may be the plural of ("houses": house, hous; "buses": bus)."""
    forms = {word, _IRREGULAR.get(word, word)}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        forms.add(word[:-1])
    return forms


def _words(name: str) -> list[str]:
    """A name's words, case folded, without a leading article ("the commission" is "commission"),
    as the paragraph scorer reads names (tests/corpus_eval.py)."""
    words = re.findall(r"[\w'-]+", unicodedata.normalize("NFKC", name).replace("’", "'").casefold())
    return words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words


def _same_speaker(gold: str, engine_names: list[str]) -> bool:
    """`narration` is no speaker; a speaker matches when one of the engine's names for it is
    the gold name, or holds all its words (a title left on), or the reverse for two words or more."""
    if gold == "narration":
        return not engine_names
    wanted = _words(gold)
    for name in engine_names:
        words = _words(name)
        if not words:
            continue
        if words == wanted or _inside(words, wanted) or (len(words) >= 2 and _inside(wanted, words)):
            return True
    return False


def _inside(outer: list[str], inner: list[str]) -> bool:
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def report(rows: list[tuple[str, FactScore]], verbose: bool = False) -> str:
    """A table of right/scored per field, per article, and the percentages."""
    head = f"{'article':44} {'figs':>4} " + " ".join(f"{name:>9}" for name in FIELDS)
    lines = ["figure meanings (articles whose gold has figure_facts)", head, "-" * len(head)]
    total = FactScore()
    for name, score in rows:
        total.add(score)
        lines.append(f"{name:44} {score.figures:4} " + " ".join(_cell(score, f) for f in FIELDS))
        if verbose:
            lines += [f"    {m}" for m in score.mistakes]
    lines.append("-" * len(head))
    lines.append(f"{'total':44} {total.figures:4} " + " ".join(_cell(total, f) for f in FIELDS))
    lines.append(
        "; ".join(f"{name} right {100 * total.right[name] / max(total.scored[name], 1):.1f}%" for name in FIELDS)
        + f" ({len(rows)} articles, {total.figures} figures)"
    )
    return "\n".join(lines)


def _cell(score: FactScore, name: str) -> str:
    return f"{score.right[name]:>4}/{score.scored[name]:<4}"
