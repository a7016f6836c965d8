"""A chart's data file (``data/<name>.yml``, named by a ``::: chart`` line): a title,
a one-sentence summary and points, each a sourced count with who gives it, when,
what it counts and how the source writes it.

A point without a source, a value that is not a number or a bad date stops the
build at its line in the data file; ``pages/chart.py`` draws what this reads.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import NamedTuple

from explainer.editorial import data_file
from explainer.editorial.data_file import When
from explainer.errors import InputError, Problems

FIELDS = ("who", "when", "value", "written", "counts", "source")


class Point(NamedTuple):
    who: str
    when: When
    value: float
    written: str  # as the source writes it: "nearly 30,000"
    counts: str
    source: str
    url: str | None
    unconfirmed: bool
    line: int


class Chart(NamedTuple):
    title: str
    summary: str  # one sentence: what the chart shows
    points: list[Point]


def _point(path: Path, entry: data_file.Entry) -> Point:
    fields = entry.fields
    data_file.require(path, entry, FIELDS, "a point", more=", and url:")
    unconfirmed = data_file.unconfirmed(path, entry)
    value = fields["value"]
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InputError(path, f"value must be a number of 0 or more, not '{value}'", entry.line_of("value"))
    url = None
    if fields.get("url") or not unconfirmed:
        # only a point marked unconfirmed may name its source without a link
        url = data_file.source_url(fields.get("url"), path, entry.line_of("url" if "url" in fields else "source"))
    return Point(
        str(fields["who"]),
        data_file.when(fields["when"], path, entry.line_of("when")),
        float(value),
        str(fields["written"]),
        str(fields["counts"]),
        str(fields["source"]),
        url,
        unconfirmed,
        entry.line,
    )


def load(path: Path) -> Chart:
    """A chart's data file: ``title``, ``summary`` and a list of ``points``."""
    node, data = data_file.read(path)
    if not isinstance(data, dict) or not data.get("title") or not data.get("points"):
        raise InputError(path, "a chart file needs title:, summary: and points: (see the comment at the top)", 1)
    assert node is not None  # data is a mapping, so the file has a node tree
    points_node = next(value for key, value in node.value if key.value == "points")
    points, problems = [], Problems()
    for entry in data_file.entries(path, points_node, data["points"], "points"):
        with problems.inside():
            points.append(_point(path, entry))
    problems.raise_errors()
    return Chart(str(data["title"]), str(data.get("summary") or ""), points)
