"""Make every glossary term reachable by keyboard, not only by mouse.

The ``abbr`` extension turns glossary terms into ``<abbr title>``; Material shows
the title as a tooltip on hover and on focus, but an ``abbr`` never takes focus.
This Markdown extension gives each one ``tabindex="0"`` after ``abbr`` has run,
except inside a link or button, where a second focus stop would be nested
interactive content.

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
ABBR_PRIORITY = 7  # the abbr extension's own treeprocessor


class _FocusableTerms(Treeprocessor):
    def run(self, root: Element) -> None:
        self._visit(root, inside_interactive=False)

    def _visit(self, element: Element, inside_interactive: bool) -> None:
        for child in element:
            if child.tag == "abbr" and child.get("title") and not inside_interactive:
                child.set("tabindex", "0")
                child.set("role", "term")
                child.set("aria-label", " ".join("".join(child.itertext()).split()))
            self._visit(child, inside_interactive or child.tag in _INTERACTIVE)


class FocusableAbbrExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_FocusableTerms(md), "explainer_focusable_abbr", ABBR_PRIORITY - 1)
