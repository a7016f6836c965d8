"""Repair the few spots where Material's page shell is not valid HTML.

Material 9.8 writes ``autocomplete="off"`` on its two hidden checkbox toggles
(drawer and search) so Firefox does not restore their state on back/forward.
The HTML standard allows ``autocomplete`` on text-like inputs only, so the Nu
HTML Checker rejects every page. The toggles are reset by Material's own script
on load, so dropping the attribute changes nothing a reader sees.

On a page outside the nav, Material still labels the table of contents
``for="__toc"``, but writes the ``__toc`` checkbox only into the nav entry of the
current page: a label pointing at nothing, which vnu rejects. Without that
checkbox the ``for`` is dropped (the label was never clickable).
"""

from __future__ import annotations

import re

_INPUT_TAG = re.compile(r"<input\b[^>]*>", re.IGNORECASE)
_CHECKBOX = re.compile(r"""\stype\s*=\s*(["']?)checkbox\1[\s/>]""", re.IGNORECASE)
_AUTOCOMPLETE = re.compile(r"""\sautocomplete\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def _fix_input(match: re.Match) -> str:
    tag = match.group()
    if not _CHECKBOX.search(tag):
        return tag
    return _AUTOCOMPLETE.sub("", tag)


_TOC_FOR = re.compile(r"""(<label\b[^>]*?)\sfor="__toc"(?=[\s>])""")


def fix_material_html(html: str) -> str:
    """``html`` with ``autocomplete`` removed from checkbox inputs and a ``for`` that
    names no ``__toc`` toggle dropped; all else untouched."""
    html = _INPUT_TAG.sub(_fix_input, html)
    if 'for="__toc"' in html and 'id="__toc"' not in html:
        html = _TOC_FOR.sub(r"\1", html)
    return html
