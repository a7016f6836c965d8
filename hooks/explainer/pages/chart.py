"""``::: chart "data/<name>.yml"``: a bar chart of sourced counts, drawn at build
time as inline SVG, with the same data as a table beside it.

Each point says who gives the count, when, what it counts, how the source
writes it and where it comes from (``editorial/chart_data.py`` reads the file).

The SVG is ours, not a charting library's: a dozen bars need about 2 KB of
markup, and drawn inline with ``currentColor`` it takes the page's palette
(light, dark, forced colours and print) with no stylesheet of its own and no
script. It is an image with a name and a description (``role="img"``,
``<title>``, ``<desc>``); the table carries every detail for every reader.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

from explainer.editorial.chart_data import Chart, load
from explainer.errors import InputError
from explainer.pages.directive_syntax import Call
from explainer.text import editor_files

WIDTH = 360  # the viewBox: the chart scales with the column, text with it
LABEL = 14  # font size of labels, in viewBox units
ROW = 2 * LABEL + 9 + 14 + 14  # label, count as written, bar, gap


def _number(value: float) -> str:
    return f"{value:,.0f}" if value.is_integer() else f"{value:,g}"


def _ticks(largest: float) -> list[float]:
    """Round gridline values from 0 past the largest value: 1, 2 or 5 times a power of ten."""
    if largest <= 0:
        return [0.0, 1.0]
    rough = largest / 4
    power = 10 ** math.floor(math.log10(rough))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
    return [float(step * i) for i in range(math.ceil(largest / step) + 1)]


def description(chart: Chart) -> str:
    """What a screen reader hears for the image: the summary and every bar."""
    bars = "; ".join(
        f"{p.who}: {p.written} ({p.when.shown}{', unconfirmed' if p.unconfirmed else ''})" for p in chart.points
    )
    return f"{chart.summary} Bar chart of {len(chart.points)} counts. {bars}. The table below gives the same data."


def svg(chart: Chart, ident: str) -> str:
    """The chart as one line of inline SVG: per point its label, its count as
    written and a bar, then a scale. Text sits on lines of its own, never beside a
    bar, so nothing is cut off however long the label or the count."""
    ticks = _ticks(max(p.value for p in chart.points))
    top, left, right = 4, 3, 24  # room on the right for the last scale label
    span = WIDTH - left - right
    bottom = top + ROW * len(chart.points)
    height = bottom + LABEL + 10

    def x(value: float) -> float:
        return round(left + span * value / ticks[-1], 1)

    parts = [
        f'<svg class="ex-chart__svg" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">',
        f'<title id="{ident}-title">{escape(chart.title)}</title>',
        f'<desc id="{ident}-desc">{escape(description(chart))}</desc>',
    ]
    for tick in ticks:
        parts.append(f'<line class="ex-chart__grid" x1="{x(tick)}" x2="{x(tick)}" y1="{top}" y2="{bottom}"/>')
        anchor = "start" if tick == 0 else "middle"
        parts.append(
            f'<text x="{x(tick)}" y="{bottom + LABEL + 4}" text-anchor="{anchor}" font-size="{LABEL - 2}">'
            f"{_number(tick)}</text>"
        )
    for index, point in enumerate(chart.points):
        y = top + ROW * index
        label = point.who + (" (unconfirmed)" if point.unconfirmed else "")
        parts.append(f'<text x="{left}" y="{y + LABEL}" font-size="{LABEL}">{escape(label)}</text>')
        parts.append(
            f'<text x="{left}" y="{y + 2 * LABEL + 3}" font-size="{LABEL}" font-weight="bold">'
            f"{escape(point.written)}</text>"
        )
        kind = "ex-chart__bar ex-chart__bar--unconfirmed" if point.unconfirmed else "ex-chart__bar"
        width = max(x(point.value) - left, 1)
        parts.append(f'<rect class="{kind}" x="{left}" y="{y + 2 * LABEL + 9}" width="{width}" height="14"/>')
    parts.append(f'<line class="ex-chart__axis" x1="{left}" x2="{left}" y1="{top}" y2="{bottom}"/>')
    parts.append("</svg>")
    return "".join(parts)


def table(chart: Chart, ident: str) -> str:
    """Every point as a row: who, the count as written, when, what it counts, the source."""
    head = "".join(
        f'<th scope="col">{name}</th>' for name in ("Who gives it", "Count", "When", "What it counts", "Source")
    )
    rows = []
    for p in chart.points:
        source = f'<a href="{escape(p.url)}">{escape(p.source)}</a>' if p.url else escape(p.source)
        flag = " <strong>Unconfirmed.</strong>" if p.unconfirmed else ""
        rows.append(
            f'<tr><th scope="row">{escape(p.who)}</th>'
            f'<td data-value="{_number(p.value).replace(",", "")}">{escape(p.written)}{flag}</td>'
            f'<td><time datetime="{p.when.iso}">{p.when.shown}</time></td>'
            f"<td>{escape(p.counts)}</td><td>{source}</td></tr>"
        )
    return (
        '<div class="md-typeset__scrollwrap"><div class="md-typeset__table">'
        f'<table class="ex-table" id="{ident}-data">'
        f"<caption>The chart’s data: {escape(chart.title)}</caption>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></div>"
    )


def chart_html(chart: Chart, ident: str) -> str:
    """The figure (SVG and caption) and its table, as one raw HTML block."""
    return (
        f'\n<figure class="ex-chart" id="{ident}">{svg(chart, ident)}'
        f"<figcaption>{escape(chart.title)} Each count as its source writes it; "
        f'<a href="#{ident}-data">the table</a> says what each counts.</figcaption></figure>\n'
        f"{table(chart, ident)}\n"
    )


def data_path(call: Call, site) -> Path:
    """The data file a ``::: chart`` call names: a file under ``data/``."""
    if len(call.args) != 1:
        raise call.error('chart takes one data file: ::: chart "data/<name>.yml"')
    data = Path(site.data_dir)
    written = editor_files.relative_path(call.args[0], call.page, call.line, "chart: the data file", "data/x.yml")
    path = data.parent / written
    if written.parts[0] != data.name or path.suffix not in (".yml", ".yaml"):
        raise call.error(f"chart: '{call.args[0]}' is not a .yml file under data/")
    try:
        editor_files.check_inside(path, data)
    except InputError as refused:
        raise call.error(f"chart: '{call.args[0]}' {refused.message}") from None
    if not path.is_file():
        raise call.error(f"chart: no file '{call.args[0]}' (chart data files live in data/)")
    return path


def chart_directive(call: Call, site) -> str:
    """``::: chart "data/<name>.yml"``: the chart of that file, with its table."""
    path = data_path(call, site)
    return chart_html(load(path), f"chart-{path.stem}-{call.line}")
