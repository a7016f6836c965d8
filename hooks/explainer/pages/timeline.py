"""The Timeline page: editors' dated events from ``data/timeline.yml`` and every
date the articles' figures glossaries resolve, in one ordered list.

The editors' events are read by ``editorial/timeline_data.py``. Dates from an article
link to the paragraphs that mention them and to their glossary entry. The page
is a plain ordered list of ``<time>`` elements: the stylesheet draws the line.
"""

from __future__ import annotations

from pathlib import Path

from explainer.bundle import ArticleBundle
from explainer.editorial import data_file
from explainer.editorial.timeline_data import Event
from explainer.errors import InputError
from explainer.pages.figures_page import glossary_path
from explainer.pages.front_matter import front_matter
from explainer.pages.links import relative
from explainer.text.markup import escape_text

PAGE = "timeline.md"
DATE_KINDS = ("date", "date-range", "year", "relative-time", "period")


def article_events(bundles: list[ArticleBundle]) -> list[Event]:
    """Every resolved date of every article's figures, linked to its paragraphs."""
    events = []
    for bundle in bundles:
        if bundle.figures is None:
            continue
        title = escape_text(str(bundle.article.meta.get("title") or bundle.slug))
        article = f"articles/{bundle.slug}/index.md"
        for figure in bundle.figures.figures:
            resolution = figure.resolution
            if figure.kind not in DATE_KINDS or resolution is None or resolution.value is None:
                continue
            start, _, end = resolution.value.partition("/")  # a range ("2024-10/2024-12") sits at its start
            try:
                when = data_file.when(start, Path(bundle.article.path), 0)
                until = data_file.when(end, Path(bundle.article.path), 0) if end else None
            except InputError:
                continue  # a decade ("the 1990s") has no <time> form to the year
            paragraphs = sorted({o.paragraph for o in figure.occurrences})
            links = ", ".join(f"[¶{n}]({relative(f'{article}#p{n}', PAGE)})" for n in paragraphs)
            glossary = relative(f"{glossary_path(bundle.slug)}#{figure.anchor}", PAGE)
            label = (
                f"“{escape_text(figure.value)}” in [{title}]({relative(article, PAGE)}), "
                f"read as {'about ' if resolution.approximate else ''}{escape_text(when.shown)}"
                f"{f' to {escape_text(until.shown)}' if until else ''}: {escape_text(resolution.note)}"
            )
            source = f"mentioned in {links}; [glossary entry]({glossary})"
            events.append(Event(when, label, source, from_article=True))
    return events


def _item(event: Event) -> str:
    flag = " **Unconfirmed.**" if event.unconfirmed else ""
    kind = " ex-timeline__article" if event.from_article else ""
    source = event.source if event.from_article else f"Source: {event.source}"
    return (
        f'1.  <time class="ex-timeline__date{kind}" datetime="{event.when.iso}">{event.when.shown}</time>\n'
        f"    {event.label}.{flag} {source}.\n"
    )


def timeline_page(events: list[Event]) -> str:
    """The page: every event, oldest first; editors' events before an article's on a day."""
    ordered = sorted(events, key=lambda e: (e.when.sort_key, e.from_article))
    lines = [
        front_matter(
            title="Timeline",
            description="Every dated event behind the articles, oldest first, with its source, "
            "and every date the articles mention.",
        )
        + "# Timeline",
        "",
        "Events behind the article, oldest first, each with its source; **Unconfirmed** marks "
        "one we have seen only in secondary sources. Dates the articles themselves mention link "
        "to the paragraphs that mention them and to the figures glossary, which says how each was "
        "worked out.",
        "",
        '<div class="ex-timeline" markdown>',
        "",
    ]
    lines += [_item(event) for event in ordered] or ["No dated events yet.\n"]
    lines += ["</div>", ""]
    return "\n".join(lines)
