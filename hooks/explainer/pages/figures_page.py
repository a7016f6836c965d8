"""The figures glossary page, the figure links in the article, and the overview cards.

All three read ``bundle.figures``; every piece of seed text goes through
``escape_text``/``render_decorated`` once, here. Links are relative Markdown
links so MkDocs validates every anchor at build time.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from explainer.bundle import ArticleBundle
from explainer.figures.model import Figure, FigureSet, Occurrence
from explainer.pages.decorate import Decoration, render_decorated
from explainer.pages.directive_syntax import Call
from explainer.pages.front_matter import format_date, front_matter
from explainer.pages.links import relative
from explainer.text.article import Paragraph
from explainer.text.markup import escape_text

NOT_ATTRIBUTED = "speaker not attributed yet"
# Wrappers for what the site search leaves out (``search_index.NOT_TEXT``): the
# summary table repeats the entries below it, "Where it appears" repeats the
# article's sentences (a search for them should find the paragraph, not this
# page), and the hint on where to add an explanation is for editors.
SUMMARY = "ex-figures-summary"
WHERE = "ex-figure-where"
EDITOR_HINT = "ex-editor-hint"
KIND_LABELS = {
    "count": "count",
    "ordinal": "ordinal",
    "percentage": "percentage",
    "money": "amount of money",
    "date": "date",
    "date-range": "date range",
    "year": "year",
    "age": "age",
    "duration": "duration",
    "relative-time": "relative time",
    "period": "period",
    "time": "time of day",
    "fraction": "fraction or share",
    "measure": "measurement",
}


def glossary_path(slug: str) -> str:
    return f"articles/{slug}/figures.md"


def _by_paragraph(figures: FigureSet) -> dict[int, list[tuple[Figure, Occurrence]]]:
    """Every occurrence keyed by its paragraph, in figure order, made once per figure set:
    looking through every figure for each paragraph was quadratic (4 million checks at
    2,000 paragraphs). The last set's index is kept, checked by identity."""
    global _indexed
    if _indexed is None or _indexed[0] is not figures:
        index: dict[int, list[tuple[Figure, Occurrence]]] = {}
        for figure in figures.figures:
            for occurrence in figure.occurrences:
                index.setdefault(occurrence.paragraph, []).append((figure, occurrence))
        _indexed = (figures, index)
    return _indexed[1]


_indexed: tuple[FigureSet, dict[int, list[tuple[Figure, Occurrence]]]] | None = None


def figure_decorations(bundle: ArticleBundle, paragraph: Paragraph, page_url: str | None = None) -> list[Decoration]:
    """Each figure of the paragraph as a link to its glossary entry (Markdown, so MkDocs checks it)."""
    figures: FigureSet | None = bundle.figures
    if figures is None:
        return []
    found = _by_paragraph(figures).get(paragraph.number, [])
    if not found:
        return []
    page = page_url or f"articles/{bundle.slug}/index.md"
    # Quotes and note phrases win over a figure link that would cross them: the
    # link shrinks to the bare number (without its qualifier), or is left out.
    others = [(q.start, q.end) for q in paragraph.quotes] + [
        (n.start, n.end) for n in bundle.notes if n.paragraph == paragraph.number
    ]
    decorations = []
    for figure, occurrence in found:
        span = next(
            (
                (start, end)
                for start, end in (
                    (occurrence.start, occurrence.end),
                    (occurrence.value_start, occurrence.value_end),
                )
                if not any(start < a < end or start < b < end for a, b in others if (a, b) != (start, end))
            ),
            None,
        )
        if span:
            target = relative(f"{glossary_path(bundle.slug)}#{figure.anchor}", page)
            decorations.append(Decoration(*span, "[", f"]({target}){{ .ex-figure }}", rank=20))
    return decorations


# --- The glossary page ------------------------------------------------------------


def _quoted(texts: list[str]) -> str:
    return "; ".join(f"“{escape_text(t)}”" for t in texts)


def _stated_by(figures: FigureSet, figure: Figure) -> str:
    if not figures.attributed:
        return NOT_ATTRIBUTED
    parts = []
    for name in [*figure.speakers, None]:
        paragraphs = sorted({o.paragraph for o in figure.occurrences if o.speaker == name and not o.speaker_unclear})
        if paragraphs:
            who = escape_text(name) if name else "the article’s own narration"
            parts.append(f"{who} ({_paragraphs(paragraphs)})")
    unclear = sorted({o.paragraph for o in figure.occurrences if o.speaker_unclear})
    if unclear:  # speech the engine could give to nobody: never narration, never a guess
        parts.append(f"speaker unclear ({_paragraphs(unclear)})")
    return "; ".join(parts)


def _paragraphs(numbers: list[int]) -> str:
    return f"paragraph{'s' if len(numbers) > 1 else ''} {', '.join(map(str, numbers))}"


def human_date(iso: str) -> str:
    """'2023-12-16' -> '16 December 2023', '2024-03' -> 'March 2024', a range
    '2024-10/2024-12' -> 'October 2024 to December 2024'; other forms unchanged."""
    if "/" in iso:
        start, _, end = iso.partition("/")
        return f"{human_date(start)} to {human_date(end)}"
    if re.fullmatch(r"--(0[1-9]|1[0-2])", iso):  # a month of any year: "the rainy season usually runs from May"
        return f"{calendar.month_name[int(iso[2:])]} (any year)"
    try:
        if len(iso) == 10:
            date = dt.date.fromisoformat(iso)
            return f"{date.day} {date:%B %Y}"
        if len(iso) == 7 and iso[4] == "-":
            return f"{dt.date(int(iso[:4]), int(iso[5:]), 1):%B %Y}"
    except ValueError:
        pass
    return iso


def _resolution(figure: Figure) -> str | None:
    resolution = figure.resolution
    if resolution is None:
        return None
    if resolution.value is None:
        return escape_text(resolution.note)
    shown = human_date(resolution.value)
    vague = "approximate: " if resolution.approximate else ""
    return f"**{escape_text(shown)}** ({escape_text(vague + resolution.note)})"


def exact_value(figure: Figure) -> str | None:
    """The exact value in full, as the article's readers write numbers: '4,100,000,000 KHR',
    '1,850 to 2,500 MYR', '35 percent'; never converted to another currency or unit."""
    if figure.kind in ("year", "date", "date-range"):
        return None
    if figure.low is not None and figure.high is not None:
        shown = f"{figure.low:,} to {figure.high:,}"
    elif figure.number is not None:
        shown = f"{figure.number:,}"
    else:
        return None
    unit = figure.unit
    if unit and figure.kind == "duration":
        unit = unit if shown == "1" else f"{unit}s".replace("centurys", "centuries")
    return f"{shown} {unit}" if unit else shown


def _occurrence_line(bundle: ArticleBundle, occurrence: Occurrence) -> str:
    text = bundle.article.text
    sentence = render_decorated(
        text,
        occurrence.sentence_start,
        occurrence.sentence_end,
        [Decoration(occurrence.start, occurrence.end, "<mark>", "</mark>")],
    )
    where = f"[Paragraph {occurrence.paragraph}](index.md#p{occurrence.paragraph})"
    notes = []
    if occurrence.counts:
        notes.append(f"counts “{escape_text(occurrence.counts)}”")
    if occurrence.in_quote:
        notes.append("in a quote")
    extra = f" ({'; '.join(notes)})" if notes else ""
    return f"1. {where}{extra}: {sentence}"


COUNTED = ("count", "percentage", "money", "age", "duration")
UNSAID = {"money": "what the money is for is not said", "percentage": "a percentage of what is not said"}


def finding(figure: Figure) -> str:
    """What the entry found, as a reporter would lead with it: a figure the article
    describes several ways ("said 3 ways, never defined"), one it never says the
    meaning of, what a date or a relative time works out as, or what a number counts.
    Plain text (seed words in it are escaped where it is written)."""
    if figure.inconsistency and len(figure.descriptions) >= 2:
        return f"said {len(figure.descriptions)} ways, never defined"
    if figure.kind in COUNTED and not figure.descriptions:
        return UNSAID.get(figure.kind, "what it counts is not said")
    if figure.resolution is not None:
        value = figure.resolution.value
        return f"read as {human_date(value)}" if value else "cannot be dated from the article"
    if figure.descriptions:
        return f"counts “{figure.descriptions[0]}”"
    mentions = len(figure.occurrences)
    return f"given {mentions} time{'s' if mentions != 1 else ''}"


def _finding(figure: Figure) -> str:
    """The finding after the figure in its entry's heading: " · said 3 ways, never defined"."""
    return f' <span class="ex-finding">· {escape_text(finding(figure))}</span>'


def _entry(bundle: ArticleBundle, figure: Figure, disagreement: str | None = None) -> str:
    figures: FigureSet = bundle.figures
    rows = [("Kind", KIND_LABELS[figure.kind])]
    value = exact_value(figure)
    if value:
        rows.append(("Value", escape_text(value)))
    if figure.qualifiers:  # an empty field is left out, not shown as "none"
        rows.append(("Qualifiers", _quoted(figure.qualifiers)))
    if figure.kind in COUNTED:
        rows.append(("What it counts", _quoted(figure.descriptions) if figure.descriptions else "not stated"))
    refers_to = _resolution(figure)
    if refers_to is not None:
        rows.append(("Refers to", refers_to))
    rows.append(("Stated by", _stated_by(figures, figure)))
    rows.append(("Mentions", str(len(figure.occurrences))))
    # the entry leads with the finding (an inconsistency, the editors' explanation),
    # then the facts about the figure
    finding = _finding(figure)
    lines = [f"## {escape_text(figure.value)}{finding} {{ #{figure.anchor} }}", ""]
    if figure.inconsistency:
        lines += ['!!! warning "Described inconsistently"', "", f"    {escape_text(figure.inconsistency)}", ""]
    if disagreement:  # Markdown with links, made by figure_disagreements from escaped text
        lines += ['!!! warning "Other values for the same thing"', "", f"    {disagreement}", ""]
    explanation = figures.explanations.get(figure.key)
    if explanation:
        lines += ['!!! note "Editors’ explanation"', ""]
        lines += [f"    {line}" if line else "" for line in explanation.markdown.split("\n")]
        lines.append("")
    lines += [f"- **{label}:** {value}" for label, value in rows]
    lines.append("")
    if not explanation:
        lines += [
            f'<div class="{EDITOR_HINT}" markdown>',
            "",
            # no file names for readers: editors find where explanations go in the README
            "*No editors’ explanation yet*.",
            "",
            "</div>",
            "",
        ]
    lines += [f'<div class="{WHERE}" markdown>', "", "Where it appears:", ""]
    lines += [_occurrence_line(bundle, o) for o in figure.occurrences]
    lines += ["", "</div>"]
    return "\n".join(lines) + "\n"


def _summary_table(figures: FigureSet) -> str:
    lines = ["| Figure | Kind | What it counts or refers to | Mentions | Flag |", "| --- | --- | --- | --- | --- |"]
    for figure in figures.figures:
        about = figure.descriptions and _quoted(figure.descriptions)
        if not about and figure.resolution is not None:
            about = escape_text(human_date(figure.resolution.value) if figure.resolution.value else "not resolved")
        flag = "described inconsistently" if figure.inconsistency else ""
        lines.append(
            f"| [{escape_text(figure.value)}](#{figure.anchor}) | {KIND_LABELS[figure.kind]} | {about or ''} "
            f"| {len(figure.occurrences)} | {flag} |"
        )
    return f'<div class="{SUMMARY}" markdown>\n\n' + "\n".join(lines) + "\n\n</div>\n"


# For readers who want the data: the files, and where their fields are explained (the
# About page's ``::: data-fields``), after the entries, not among them.
DATA_FOOTER = (
    '<p class="ex-glossary-data" markdown="span">The same figures as data: [figures.json](figures.json) · '
    "[figures.csv](figures.csv) ([what each field means](../../about.md#data-fields)).</p>\n"
)


def figures_page(bundle: ArticleBundle, disagreements: dict[str, str] | None = None) -> str:
    """The glossary: a summary table, one entry per figure, then a line linking the data.

    ``disagreements``: by figure key, a note listing the other values this article or
    another gives for the same counted thing (``figure_disagreements``)."""
    disagreements = disagreements or {}
    figures: FigureSet = bundle.figures
    meta = bundle.article.meta
    published = meta.get("published")
    if published:
        basis = (
            f"Dates and relative times (“next year”) are resolved against the publication date, "
            f"{escape_text(format_date(published, meta.get('published_approximate', False)))}"
            + (
                ": that date is approximate, so relative times that need the exact day are left unresolved."
                if meta.get("published_approximate")
                else "."
            )
        )
    else:
        basis = "The publication date is not known, so dates without a year and relative times are left unresolved."
    count = len(figures.occurrences)
    flagged = sum(1 for f in figures.figures if f.inconsistency)
    intro = (
        f"The article uses {len(figures.figures)} distinct figures, {count} times in all"
        + (f"; {flagged} of them {'is' if flagged == 1 else 'are'} described inconsistently" if flagged else "")
        + ". Each entry says what the figure counts, who states it, and links to every paragraph "
        "of the [annotated article](index.md) where it appears. " + basis
    )
    if not figures.attributed:
        intro += " Speakers are not attributed yet."
    body = (
        "\n\n".join(_entry(bundle, figure, disagreements.get(figure.key)) for figure in figures.figures)
        if figures.figures
        else "The article contains no figures.\n"
    )
    return (
        front_matter(
            title="Figures glossary",
            description=f"Every figure in “{meta['title']}”, explained and traced.",
        )
        + "# Figures glossary\n\n"
        + intro
        + "\n\n"
        + _summary_table(figures)
        + "\n"
        + body
        + "\n"
        + DATA_FOOTER
    )


# --- Overview cards ------------------------------------------------------------------

CARD_KINDS = ("count", "money", "percentage")


def figure_cards(bundle: ArticleBundle, page_url: str, keys: list[str] | None = None) -> str:
    """Key figures as Material grid cards, each linking to its glossary entry."""
    figures: FigureSet = bundle.figures
    if keys:  # checked by the directive: every key names a figure
        chosen = [figure for key in keys if (figure := figures.get(key)) is not None]
    else:
        chosen = [f for f in figures.figures if f.kind in CARD_KINDS]
    cards = []
    for figure in chosen:
        link = relative(f"{glossary_path(bundle.slug)}#{figure.anchor}", page_url)
        value = escape_text(figure.value)
        if figure.resolution and figure.resolution.value:
            value += f" → {escape_text(human_date(figure.resolution.value))}"
        details = []
        if figure.qualifiers:
            details.append(f"Written as {_quoted([f'{q} {figure.value}' for q in figure.qualifiers])}.")
        if figure.descriptions:
            details.append(f"Counts {_quoted(figure.descriptions)}.")
        if figure.inconsistency:
            details.append(f"**Described {len(figure.descriptions)} different ways.**")
        mentions = len(figure.occurrences)
        see = (
            f"{mentions} mention{'s' if mentions != 1 else ''}: see the glossary entry for {escape_text(figure.value)}"
        )
        cards.append(
            f'-   <span class="ex-figure-card__value">{value}</span>\n\n'
            + (f"    {' '.join(details)}\n\n" if details else "")
            + f"    [{see}]({link})\n"
        )
    return '<div class="grid cards ex-figure-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"


def figure_cards_directive(call: Call, site) -> str:
    """``::: figure-cards <slug> [figure key ...]``: key figures of an article as cards."""
    if not call.args:
        raise call.error("figure-cards needs the article's slug: ::: figure-cards <slug> [figure keys]")
    slug, keys = call.args[0], list(call.args[1:])
    bundle = next((b for b in site.bundles if b.slug == slug), None)
    if bundle is None:
        known = ", ".join(b.slug for b in site.bundles)
        raise call.error(f"figure-cards: no article '{slug}' in seeds/ (articles: {known})")
    for key in keys:
        if bundle.figures.get(key) is None:
            known = ", ".join(f.key for f in bundle.figures.figures)
            raise call.error(f"figure-cards: article '{slug}' has no figure '{key}' (figures: {known})")
    return figure_cards(bundle, call.page_url, keys or None)
