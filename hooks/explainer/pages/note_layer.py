"""Editors' notes as native HTML popovers on a paragraph.

Each note is a numbered marker button right after its phrase and a
``popover`` panel after the paragraph text. The browser itself opens the panel
on click, Enter or Space and closes it on Escape or a click elsewhere, so notes
cost no script and work without JavaScript. A browser without popovers shows
the panels as a plain list under the paragraph. Ids are prefixed with the
block's own id, so a paragraph quoted twice on one page keeps them unique.

A marker's name says which words its note is about ("Editor’s note on “nearly
30,000 Cambodian citizens”"), so a screen reader's list of buttons tells the
notes apart. On narrow or zoomed screens javascripts/terms.js turns markers
into disclosure buttons that open the note in place under the paragraph.
"""

from __future__ import annotations

from explainer.pages.decorate import Decoration
from explainer.text.article import Paragraph
from explainer.text.markup import escape_attribute

PHRASE_RANK = 5  # outside quotes (rank 10) that start at the same place
MARKER_CLASS = "ex-note-ref"
NAME_WORDS = 8  # a longer phrase is named by its first words and an ellipsis


def note_id(block_id: str, note) -> str:
    return f"{block_id}-note{note.number}"


def phrase(note, paragraph: Paragraph) -> str:
    """The annotated words as the article has them, shortened to NAME_WORDS words."""
    words = paragraph.text[note.start - paragraph.start : note.end - paragraph.start].split()
    return " ".join(words[:NAME_WORDS]) + ("…" if len(words) > NAME_WORDS else "")


def name(note, paragraph: Paragraph, notes: list) -> str:
    """What a screen reader calls the marker; the paragraph number is added only when
    another note of the article annotates the same words."""
    words = phrase(note, paragraph)
    twins = [n for n in notes if n.paragraph != note.paragraph and _words(n) == _words(note)]
    where = f" in paragraph {paragraph.number}" if twins else ""
    return f"Editor’s note on “{words}”{where}"


def marker(block_id: str, note, label: str) -> str:
    """The marker button. Its number is drawn by CSS from ``data-note``, so search
    snippets and copied text stay the article's own words."""
    return (
        f'<button type="button" class="{MARKER_CLASS}" popovertarget="{note_id(block_id, note)}" '
        f'data-note="{note.number}" aria-label="{escape_attribute(label)}"></button>'
    )


def decorations(notes: list, paragraph: Paragraph, block_id: str) -> list[Decoration]:
    """The annotated phrase underlined, and its marker right after it."""
    result = []
    for note in _in(notes, paragraph):
        result.append(Decoration(note.start, note.end, '<span class="ex-note-phrase">', "</span>", rank=PHRASE_RANK))
        result.append(Decoration(note.end, note.end, marker(block_id, note, name(note, paragraph, notes)), ""))
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


def note_panels(notes: list, paragraph: Paragraph, block_id: str) -> str:
    """The notes of a paragraph as popover panels, in marker order ("" without notes)."""
    panels = [
        f'<div class="ex-note" id="{note_id(block_id, note)}" popover="auto" role="note" markdown="block">\n'
        f'<p class="ex-note__label">Editor’s note {note.number}</p>\n\n{note.markdown}\n</div>'
        for note in sorted(_in(notes, paragraph), key=lambda n: n.number)
    ]
    if not panels:
        return ""
    return '<div class="ex-notes" markdown>\n' + "\n".join(panels) + "\n</div>"


def _words(note) -> str:
    return " ".join(note.exact.split()).casefold()


def _in(notes: list, paragraph: Paragraph) -> list:
    return [note for note in notes if note.paragraph == paragraph.number]
