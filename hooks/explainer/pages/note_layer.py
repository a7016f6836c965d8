"""Editors' notes as native HTML popovers on a paragraph.

Each note is a numbered marker button right after its phrase and a
``popover`` panel after the paragraph text. The browser itself opens the panel
on click, Enter or Space and closes it on Escape or a click elsewhere, so notes
cost no script and work without JavaScript. A browser without popovers shows
the panels as a plain list under the paragraph. Ids are prefixed with the
block's own id, so a paragraph quoted twice on one page keeps them unique.

Notes are numbered 1 to N across the article (print and screen show the same
numbers). A marker's name is "Note N": it holds the number the marker shows
(WCAG 2.5.3), and the annotated words, read just before it, are not read
twice. On narrow or zoomed screens javascripts/terms.js turns markers into
disclosure buttons that open the note in place, right after its marker; it also
lets a click on the phrase open its note, and on a wide screen stands each margin
teaser level with its marker.
"""

from __future__ import annotations

import html
import re

from explainer.pages.decorate import Decoration
from explainer.text.article import Paragraph
from explainer.text.markup import escape_attribute, escape_text

PHRASE_RANK = 5  # outside quotes (rank 10) that start at the same place
MARKER_CLASS = "ex-note-ref"
TEASER_WORDS = 12  # the first words of a note shown in the margin of a wide screen


def note_id(block_id: str, note) -> str:
    return f"{block_id}-note{note.number}"


def ordinal(note, notes: list) -> int:
    """The note's number across the whole article, in reading order (1 to N).
    ``note.number`` counts within its paragraph and keeps the ids stable."""
    ordered = sorted(notes, key=lambda n: (n.paragraph, n.start, n.end, n.number))
    return ordered.index(note) + 1


def name(note, notes: list) -> str:
    """What a screen reader calls the marker: the number it shows."""
    return f"Note {ordinal(note, notes)}"


def marker(block_id: str, note, notes: list) -> str:
    """The marker button. Its number is drawn by CSS from ``data-note``, so search
    snippets and copied text stay the article's own words."""
    return (
        f'<button type="button" class="{MARKER_CLASS}" popovertarget="{note_id(block_id, note)}" '
        f'data-note="{ordinal(note, notes)}" aria-label="{escape_attribute(name(note, notes))}"></button>'
    )


def decorations(notes: list, paragraph: Paragraph, block_id: str) -> list[Decoration]:
    """The annotated phrase underlined, and its marker right after it."""
    result = []
    for note in _in(notes, paragraph):
        result.append(Decoration(note.start, note.end, '<span class="ex-note-phrase">', "</span>", rank=PHRASE_RANK))
        result.append(Decoration(note.end, note.end, marker(block_id, note, notes), ""))
    return result


def is_marker(decoration: Decoration) -> bool:
    return decoration.start == decoration.end and f'class="{MARKER_CLASS}"' in decoration.open


def outside_links(decorations: list[Decoration]) -> list[Decoration]:
    """Markers moved out of any link they would fall inside (a phrase ending mid-figure):
    a button inside a link is invalid HTML."""
    links = [d for d in decorations if d.open.startswith("<a ") or d.close.startswith("](")]
    settled = []
    for decoration in decorations:
        if is_marker(decoration):
            for link in links:
                if link.start <= decoration.start < link.end:
                    decoration = decoration._replace(start=link.end, end=link.end)
        settled.append(decoration)
    return settled


def teaser(note, words: int = TEASER_WORDS) -> str:
    """The note's first words as plain, escaped text, for the margin of a wide screen."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", note.html)).split()
    return escape_text(" ".join(text[:words]) + ("…" if len(text) > words else ""))


def note_panels(notes: list, paragraph: Paragraph, block_id: str) -> str:
    """The notes of a paragraph as popover panels, in marker order ("" without notes),
    each after its teaser: the number and first words that a wide screen shows in the
    margin beside the paragraph without a click (the stylesheet shows them there only;
    hidden from screen readers, which read the note itself)."""
    panels = [
        f'<p class="ex-note__teaser" aria-hidden="true"><span class="ex-note__number">{ordinal(note, notes)}</span> '
        f"{teaser(note)}</p>\n"
        f'<div class="ex-note" id="{note_id(block_id, note)}" popover="auto" role="note" markdown="block">\n'
        f'<p class="ex-note__label">Editor’s note {ordinal(note, notes)}</p>\n\n{note.markdown}\n</div>'
        for note in sorted(_in(notes, paragraph), key=lambda n: n.number)
    ]
    if not panels:
        return ""
    # the id marks where the editors' words start for site search, which indexes notes
    # but never credits them to the paragraph's speaker (docs/javascripts/search.js)
    return f'<div class="ex-notes" id="{block_id}-notes" markdown>\n' + "\n".join(panels) + "\n</div>"


def _in(notes: list, paragraph: Paragraph) -> list:
    return [note for note in notes if note.paragraph == paragraph.number]
