"""Glossary terms: marked once per page, and reachable by keyboard, not only by mouse.

The ``abbr`` extension turns every use of a glossary term into ``<abbr title>``:
a paragraph full of dotted underlines, the same definition offered again and
again. A reader needs it once, so a term is marked at its first use on the page
and its other uses are plain text. The use marked is the first a reader can see
and reach: in the page's text, else in a heading or an editors' note, never
one inside a link or button (a tap there follows the link) or inside text hidden
from sight or from screen readers, unless the term stands only there (then its
first use keeps the definition, for a mouse).

Material shows the title as a tooltip on hover and on focus, but an ``abbr``
never takes focus. This Markdown extension gives the marked one ``tabindex="0"``
after ``abbr`` has run, except inside a link or button, where a second focus
stop would be nested interactive content.

A focused element's name is what a screen reader says first. An ``abbr`` has no
role of its own, so its name would be its title (the definition) and the term
itself went unsaid: each focusable term is a ``term`` named by its own words,
and the title becomes its description, read after it.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

_INTERACTIVE = {"a", "button", "label", "summary"}
# visually hidden (the same speaker again) or hidden from screen readers (a note's teaser)
_UNSEEN_CLASSES = {"ex-visually-hidden", "ex-speaker--same"}
ABBR_PRIORITY = 7  # the abbr extension's own treeprocessor


def _unseen(element: Element) -> bool:
    return element.get("aria-hidden") == "true" or bool(_UNSEEN_CLASSES & set(element.get("class", "").split()))


# where a use of a term stands, best first: in the text everyone sees; in a heading
# (a dotted line under a headline) or an editors' note (a popover, seen once opened);
# where it cannot take focus (a link, a button, hidden text)
SEEN, ASIDE, UNREACHABLE = 0, 1, 2
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


def _uses(root: Element) -> list[tuple[Element, Element, int]]:
    """Every term with a definition as (term, its parent, where it stands), in reading order."""
    found: list[tuple[Element, Element, int]] = []

    def visit(element: Element, where: int) -> None:
        for child in element:
            if child.tag == "abbr" and child.get("title"):
                found.append((child, element, where))
            if child.tag in _INTERACTIVE or _unseen(child):
                inner = UNREACHABLE
            elif child.get("popover") is not None or child.tag in _HEADINGS:
                inner = max(where, ASIDE)
            else:
                inner = where
            visit(child, inner)

    visit(root, SEEN)
    return found


def _unwrap(term: Element, parent: Element) -> None:
    """The term as plain text where it stood (its words, then the text after it)."""
    index = list(parent).index(term)
    words = "".join(term.itertext()) + (term.tail or "")
    if index == 0:
        parent.text = (parent.text or "") + words
    else:
        before = parent[index - 1]
        before.tail = (before.tail or "") + words
    parent.remove(term)


class _FirstUseTerms(Treeprocessor):
    def run(self, root: Element) -> None:
        uses = _uses(root)
        marked: dict[str, tuple[int, Element]] = {}
        for term, _, where in uses:  # the first use where it stands best
            words = term.text or ""
            if words not in marked or where < marked[words][0]:
                marked[words] = (where, term)
        for term, parent, where in uses:
            if marked[term.text or ""][1] is not term:
                _unwrap(term, parent)
            elif where != UNREACHABLE:
                term.set("tabindex", "0")
                term.set("role", "term")
                term.set("aria-label", " ".join("".join(term.itertext()).split()))


class FocusableAbbrExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_FirstUseTerms(md), "explainer_focusable_abbr", ABBR_PRIORITY - 1)
