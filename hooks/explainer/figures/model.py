"""What the figures stage finds: each distinct figure with every place it appears.

Plain records, kept apart from the extraction rules so that pages, downloads and a
cached analysis read them without loading the patterns that find figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import NamedTuple

from explainer.figures.dates import Resolution
from explainer.figures.patterns import QUALIFIER_DIRECTION

KINDS = (
    "count",
    "ordinal",
    "percentage",
    "money",
    "date",
    "date-range",
    "year",
    "age",
    "duration",
    "relative-time",
    "period",
    "time",
    "fraction",
    "measure",
)


class Occurrence(NamedTuple):
    """One place a figure appears: ``text[start:end]`` includes the qualifier."""

    start: int
    end: int
    value_start: int
    value_end: int
    text: str
    qualifier: str | None
    counts: str | None
    paragraph: int
    sentence_start: int
    sentence_end: int
    in_quote: bool
    speaker: str | None
    speaker_unclear: bool = False  # speech here that the voices engine could give to nobody


class Figure(NamedTuple):
    """One distinct figure (same kind and value) with every place it appears."""

    key: str
    kind: str
    value: str
    number: Decimal | None  # exact, never a float; None for a range, a date or "dozens"
    resolution: Resolution | None
    occurrences: tuple[Occurrence, ...]
    low: Decimal | None = None  # a range's ends: "RM1,850 to RM2,500", "three to five years"
    high: Decimal | None = None
    unit: str | None = None  # a currency code, "percent", a time or measure unit
    former_key: str | None = None  # the key under the float-valued scheme, for old explanations

    @property
    def anchor(self) -> str:
        return f"fig-{self.key}"

    @property
    def qualifiers(self) -> list[str]:
        return _distinct(o.qualifier for o in self.occurrences)

    @property
    def descriptions(self) -> list[str]:
        """Every way the article says what this figure counts, as written."""
        return _distinct(o.counts for o in self.occurrences)

    @property
    def speakers(self) -> list[str]:
        return _distinct(o.speaker for o in self.occurrences)

    @property
    def inconsistency(self) -> str | None:
        """A plain sentence when one value is described or qualified differently."""
        problems = []
        described = _distinct_by(self.descriptions, _comparable)
        if len(described) > 1 and self.kind in ("count", "money", "percentage"):
            where = "; ".join(
                f"“{d}” (paragraph {', '.join(str(o.paragraph) for o in self.occurrences if o.counts == d)})"
                for d in self.descriptions
            )
            problems.append(
                f"The article describes {self.value} in {len(described)} different ways: {where}. "
                "It does not say whether these are the same people or things."
            )
        directions = {QUALIFIER_DIRECTION.get(q.lower()) for q in self.qualifiers}
        if {"below", "above"} <= directions:
            problems.append(
                f"The article qualifies {self.value} both as a ceiling and as a floor ({', '.join(self.qualifiers)})."
            )
        return " ".join(problems) or None


class Explanation(NamedTuple):
    """An editor's explanation of a figure: as written, and as safe Markdown for pages."""

    source: str
    markdown: str
    line: int


class FigureSet(NamedTuple):
    """Every figure of one article plus the editors' explanations, keyed by figure key."""

    figures: tuple[Figure, ...]
    explanations: Mapping[str, Explanation] = MappingProxyType({})
    explanations_path: str | None = None
    attributed: bool = False  # whether speakers came from the voices stage

    def get(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)

    @property
    def occurrences(self) -> list[Occurrence]:
        return sorted((o for f in self.figures for o in f.occurrences), key=lambda o: o.start)


def _distinct(values) -> list:
    seen: list = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _distinct_by(values, key) -> list:
    seen: dict = {}
    for value in values:
        seen.setdefault(key(value), value)
    return list(seen.values())


def _comparable(description: str) -> str:
    return re.sub(r"[^\w ]", "", description).casefold()
