"""Wrap every Markdown table in Material's scroll container at build time.

Material's script wraps each class-less table in two divs when a page loads.
Moving a table forces the browser to lay the whole page out again: on the
figures glossary that was about 100 ms of blocking time on a slow phone
(`make bench`). Written into the HTML here, the wrapper costs nothing; the
table's ``ex-table`` class tells Material's script there is nothing left to do,
and explainer.css gives it the look Material gives class-less tables.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

TABLE_CLASS = "ex-table"


class _WrapTables(Treeprocessor):
    def run(self, root: Element) -> None:
        for parent in list(root.iter()):
            for index, child in enumerate(list(parent)):
                if child.tag == "table" and not child.get("class"):
                    parent[index] = _wrapped(child)


def _wrapped(table: Element) -> Element:
    table.set("class", TABLE_CLASS)
    scroll = Element("div", {"class": "md-typeset__scrollwrap"})
    inner = Element("div", {"class": "md-typeset__table"})
    scroll.append(inner)
    inner.append(table)
    scroll.tail, table.tail = table.tail, None
    return scroll


class WrappedTablesExtension(Extension):
    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(_WrapTables(md), "explainer_wrapped_tables", 0)
