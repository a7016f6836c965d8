"""Editors' notes as Material content annotations on a paragraph.

Material's script turns each ``(N)`` text in an element with class ``annotate``
into a numbered button that opens item N of the ``<ol>`` that is the element's
next sibling. Without JavaScript that list simply stays visible under the
paragraph, numbered like the markers. Seed text can never form a marker:
``markup.escape_text`` splits every ``(N)`` lookalike.
"""

from __future__ import annotations

from dataclasses import replace

from .article import Paragraph
from .decorate import Decoration

PHRASE_RANK = 5  # outside quotes (rank 10) that start at the same place
MARKER_OPEN = '<span class="ex-note-ref">'


def decorations(notes: list, paragraph: Paragraph) -> list[Decoration]:
    """The annotated phrase underlined, and its "(N)" marker right after it."""
    result = []
    for note in _in(notes, paragraph):
        result.append(Decoration(note.start, note.end, '<span class="ex-note-phrase">', "</span>", rank=PHRASE_RANK))
        result.append(Decoration(note.end, note.end, f"{MARKER_OPEN}({note.number})</span>", ""))
    return result


def outside_links(decorations: list[Decoration]) -> list[Decoration]:
    """Markers moved out of any link they would fall inside (a phrase ending mid-figure):
    Material's marker is a focusable control, and a control inside a link is invalid."""
    links = [d for d in decorations if d.open.startswith("<a ") or d.close.startswith("](")]
    settled = []
    for decoration in decorations:
        if decoration.start == decoration.end and decoration.open.startswith(MARKER_OPEN):
            for link in links:
                if link.start <= decoration.start < link.end:
                    decoration = replace(decoration, start=link.end, end=link.end)
        settled.append(decoration)
    return settled


def note_list(notes: list, paragraph: Paragraph) -> str:
    """The notes of a paragraph as an ordered list of Markdown items ("" without notes)."""
    items = [
        f'<li markdown="block">\n{note.body}\n</li>'
        for note in sorted(_in(notes, paragraph), key=lambda n: n.number)
    ]
    if not items:
        return ""
    return '<ol class="ex-notes" markdown>\n' + "\n".join(items) + "\n</ol>"


def _in(notes: list, paragraph: Paragraph) -> list:
    return [note for note in notes if note.paragraph == paragraph.number]
