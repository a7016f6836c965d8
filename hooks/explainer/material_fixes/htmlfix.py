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

With ``navigation.indexes`` a nested nav is ``aria-labelledby`` its section's
toggle label, which then holds only an icon (the section's name is in the index
link): every nested nav is an unnamed landmark, and axe reports them as not
unique. Each one is named by the title Material writes at its top instead.
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


_NESTED_NAV = re.compile(
    r'(<nav class="md-nav" data-md-level="\d+") aria-labelledby="[^"]*"'
    r'([^>]*>\s*<label class="md-nav__title" for="[^"]*">)(.*?)(</label>)',
    re.S,
)
_TAG = re.compile(r"<[^>]*>")


def _name_nested_nav(match: re.Match) -> str:
    name = " ".join(_TAG.sub("", match.group(3)).split()).replace('"', "&quot;")
    if not name:
        return match.group()
    return f'{match.group(1)} aria-label="{name}"{match.group(2)}{match.group(3)}{match.group(4)}'


_TOC_FOR = re.compile(r"""(<label\b[^>]*?)\sfor="__toc"(?=[\s>])""")


def fix_material_html(html: str) -> str:
    """``html`` with ``autocomplete`` removed from checkbox inputs and a ``for`` that
    names no ``__toc`` toggle dropped; all else untouched."""
    html = _INPUT_TAG.sub(_fix_input, html)
    if 'class="md-nav" data-md-level' in html:
        html = _NESTED_NAV.sub(_name_nested_nav, html)
    if 'for="__toc"' in html and 'id="__toc"' not in html:
        html = _TOC_FOR.sub(r"\1", html)
    return html
