"""The figures as data downloads: figures.json (nested) and figures.csv (one row per occurrence).

Both come from ``bundle.figures``, the one extraction of the build, and the field
lists below are what the glossary page documents and what
``schemas/figures.schema.json`` describes (a test keeps the three in step).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal

from explainer.bundle import ArticleBundle
from explainer.figures.model import KINDS, Figure, Occurrence

# (name, meaning) of every field of a figure in figures.json, in order.
FIGURE_FIELDS = (
    ("id", "glossary anchor, also the stable identifier: `fig-` + key"),
    ("key", "the figure's short name, the part of its id after `fig-` (editors use it to add an explanation)"),
    ("kind", f"{', '.join(KINDS[:-1])} or {KINDS[-1]}"),
    ("value", "the figure as first written in the article, without its qualifier"),
    ("number", "its exact numeric value, or null (ranges, dates, relative times, 'dozens')"),
    ("low", "a range's lower end ('RM1,850 to RM2,500', 'three to five years'), or null"),
    ("high", "a range's upper end, or null"),
    ("unit", "what the value is in: a currency code (KHR, USD), percent, a time or measure unit, or null"),
    (
        "resolved",
        "for dates, relative times and periods: the ISO 8601 date, month or year meant (a month of any "
        "year as --MM), or a range of them (`2024-10/2024-12`); for a time of day the 24-hour time "
        "(`14:30`); or null when it cannot be known",
    ),
    ("approximate", "true when `resolved` is a reader's reading of a vague period ('at the end of 2024')"),
    ("resolution_note", "how `resolved` was worked out, or why it was not"),
    ("qualifiers", "every qualifier used with it ('nearly', 'another', ...)"),
    ("descriptions", "every way the article says what it counts, verbatim"),
    ("speakers", "everyone who states it (empty when none is attributed)"),
    ("inconsistency", "a sentence saying how the article describes it inconsistently, or null"),
    ("explanation", "the editors' explanation (Markdown), or null when there is none yet"),
    ("occurrences", "every place it appears, in order (fields below)"),
)
# (name, meaning) of every field of an occurrence; figures.csv has the figure's
# id, key, kind, value, number and resolved columns first, then these.
OCCURRENCE_FIELDS = (
    ("paragraph", "paragraph number; its anchor in the annotated article is `#p` + number"),
    ("start", "character offset where the figure (with its qualifier) starts in the seed text"),
    ("end", "character offset where it ends (exclusive)"),
    ("text", "the words as written, qualifier included"),
    ("qualifier", "the qualifier used here, or null"),
    ("counts", "what it counts here (noun phrase as written), or null"),
    ("speaker", "who states it here, or null (narration, unclear, or speakers not attributed yet)"),
    ("speaker_unclear", "true when it sits in speech whose speaker the engine could not name (shown as unclear)"),
    ("in_quote", "true when it appears inside quotation marks"),
    ("sentence", "the sentence it appears in"),
)
CSV_FIGURE_COLUMNS = ("id", "key", "kind", "value", "number", "resolved")


def _number(value: Decimal | None):
    """An exact value as a JSON number: an integer, or the shortest float that reads back as the
    same decimal ('2.5', never '2.4999999999999996'); a figure's value is never computed in floats."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _occurrence(article_text: str, occurrence: Occurrence) -> dict:
    return {
        "paragraph": occurrence.paragraph,
        "start": occurrence.start,
        "end": occurrence.end,
        "text": occurrence.text,
        "qualifier": occurrence.qualifier,
        "counts": occurrence.counts,
        "speaker": occurrence.speaker,
        "speaker_unclear": occurrence.speaker_unclear,
        "in_quote": occurrence.in_quote,
        "sentence": " ".join(article_text[occurrence.sentence_start : occurrence.sentence_end].split()),
    }


def _explanation(bundle: ArticleBundle, key: str) -> str | None:
    explanation = bundle.figures.explanations.get(key)
    return explanation.source if explanation else None


def _figure(bundle: ArticleBundle, figure: Figure) -> dict:
    resolution = figure.resolution
    return {
        "id": figure.anchor,
        "key": figure.key,
        "kind": figure.kind,
        "value": figure.value,
        "number": _number(figure.number),
        "low": _number(figure.low),
        "high": _number(figure.high),
        "unit": figure.unit,
        "resolved": resolution.value if resolution else None,
        "approximate": bool(resolution and resolution.approximate),
        "resolution_note": resolution.note if resolution else None,
        "qualifiers": figure.qualifiers,
        "descriptions": figure.descriptions,
        "speakers": figure.speakers,
        "inconsistency": figure.inconsistency,
        "explanation": _explanation(bundle, figure.key),
        "occurrences": [_occurrence(bundle.article.text, o) for o in figure.occurrences],
    }


def figures_data(bundle: ArticleBundle) -> dict:
    """Everything the downloads hold, as plain JSON-ready data."""
    meta = bundle.article.meta
    published = meta.get("published")
    return {
        "article": {
            "slug": bundle.slug,
            "title": meta["title"],
            "url": meta.get("url"),
            "published": published.isoformat() if isinstance(published, dt.date) else None,
            "published_approximate": bool(meta.get("published_approximate")),
        },
        "speakers_attributed": bundle.figures.attributed,
        "figures": [_figure(bundle, figure) for figure in bundle.figures.figures],
    }


def figures_json(bundle: ArticleBundle) -> str:
    return json.dumps(figures_data(bundle), ensure_ascii=False, indent=2) + "\n"


def figures_csv(bundle: ArticleBundle) -> str:
    """One row per occurrence, so a spreadsheet can sort and filter every mention."""
    buffer = io.StringIO()
    columns = [*CSV_FIGURE_COLUMNS, *(name for name, _ in OCCURRENCE_FIELDS)]
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for figure in figures_data(bundle)["figures"]:
        for occurrence in figure["occurrences"]:
            row = {name: figure[name] for name in CSV_FIGURE_COLUMNS}
            row.update(occurrence)
            for flag in ("in_quote", "speaker_unclear"):
                row[flag] = "true" if row[flag] else "false"
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _cell(value):
    """A CSV cell; seed text that a spreadsheet would run as a formula gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
