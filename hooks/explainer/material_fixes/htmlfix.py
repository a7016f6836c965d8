"""Repair the few spots where Material's page shell is not valid HTML.

Material 9.8 writes ``autocomplete="off"`` on its two hidden checkbox toggles
(drawer and search) so Firefox does not restore their state on back/forward.
The HTML standard allows ``autocomplete`` on text-like inputs only, so the Nu
HTML Checker rejects every page. The toggles are reset by Material's own script
on load, so dropping the attribute changes nothing a reader sees.
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


def fix_material_html(html: str) -> str:
    """``html`` with ``autocomplete`` removed from checkbox inputs; all else untouched."""
    return _INPUT_TAG.sub(_fix_input, html)
