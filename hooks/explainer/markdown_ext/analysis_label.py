"""Label the editors' own analysis, so a reader can tell it from sourced fact.

An editorial paragraph either links its source or is marked as the editors'
analysis with attr_list's ``{ .analysis }`` after it. This extension puts a real
word, "Analysis", at the start of every such paragraph: a ``<span>`` that
screen readers read and that copies and prints with the text, where a CSS
``::before`` label would be decoration only. explainer.css makes it a small label.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

MARKER_CLASS = "analysis"
LABEL_CLASS = "analysis-label"
LABEL_TEXT = "Analysis"
# after attr_list (8), which sets the class, and abbr (7), so the label is never a term
PRIORITY = 1


def is_analysis(element: Element) -> bool:
    return element.tag == "p" and MARKER_CLASS in (element.get("class") or "").split()


class _AnalysisLabels(Treeprocessor):
    def run(self, root: Element) -> None:
        for paragraph in [e for e in root.iter() if is_analysis(e)]:
            if len(paragraph) and paragraph[0].get("class") == LABEL_CLASS:
                continue  # labelled already
            label = Element("span", {"class": LABEL_CLASS})
            label.text = LABEL_TEXT
            label.tail = " " + (paragraph.text or "")
            paragraph.text = None
            paragraph.insert(0, label)


class AnalysisLabelExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_AnalysisLabels(md), "explainer_analysis_label", PRIORITY)
