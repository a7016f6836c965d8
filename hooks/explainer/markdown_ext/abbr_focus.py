"""Glossary terms: marked once per page, and reachable by keyboard, not only by mouse.

The ``abbr`` extension turns every use of a glossary term into ``<abbr title>``:
a paragraph full of dotted underlines, the same definition offered again and
again. A reader needs it once, so a term is marked at its first use on the page
and its later uses are plain text. The first use counted is the first a reader
can see and reach: not one inside a link or button (a tap there follows the
link) or inside text hidden from sight or from screen readers. A term used only
there keeps its first mark.

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


def _uses(root: Element) -> list[tuple[Element, Element, bool]]:
    """Every term with a definition as (term, its parent, reachable), in reading order."""
    found: list[tuple[Element, Element, bool]] = []

    def visit(element: Element, reachable: bool) -> None:
        for child in element:
            if child.tag == "abbr" and child.get("title"):
                found.append((child, element, reachable))
            visit(child, reachable and child.tag not in _INTERACTIVE and not _unseen(child))

    visit(root, True)
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
        marked: dict[str, Element] = {}
        for term, _, reachable in uses:  # the first reachable use of each term
            if reachable:
                marked.setdefault(term.text or "", term)
        for term, _, _ in uses:  # else its first use of all
            marked.setdefault(term.text or "", term)
        for term, parent, reachable in uses:
            if marked[term.text or ""] is not term:
                _unwrap(term, parent)
            elif reachable:
                term.set("tabindex", "0")
                term.set("role", "term")
                term.set("aria-label", " ".join("".join(term.itertext()).split()))


class FocusableAbbrExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_FirstUseTerms(md), "explainer_focusable_abbr", ABBR_PRIORITY - 1)
