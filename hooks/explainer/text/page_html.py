"""Raw HTML an editorial page (``docs/``) may hold: plain markup, never script.

Python-Markdown passes raw HTML through untouched, so a ``<script>``, an ``onerror=``
or an ``<iframe srcdoc>`` in a page of ``docs/`` would run on the published site, and
a reviewer reading the Markdown diff may not see it. Pages need no HTML beyond a few
inline and block elements (and today use none), so anything else is refused at its line.
"""

from __future__ import annotations

import re
from pathlib import Path

from explainer.errors import InputError
from explainer.text import fences

# elements with no behaviour of their own: text, structure, tables, figures, disclosure
ALLOWED_ELEMENTS = frozenset(
    "a abbr b blockquote br caption cite code col colgroup dd del details dfn div dl dt em figcaption figure "
    "h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p q s samp small span strong sub summary sup table tbody td "
    "tfoot th thead time tr u ul var wbr".split()
)
# attributes that run script, load a document, or restyle the page over the site's own text
_REFUSED_ATTRIBUTE = re.compile(r"""[\s"'/](on[a-z]+|style|srcdoc|formaction)\s*=""", re.IGNORECASE)
# a start or end tag; an autolink (<https://...>, <name@example.org>) is not one
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?![A-Za-z0-9-]*[:@])([^<>]*)>")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


def page_html_problems(markdown: str, path: str | Path) -> list[InputError]:
    """Each raw HTML element or attribute of a page that could run script or load
    another document, one problem at its line. Code (fenced or inline) is text, skipped."""
    found = []
    front_matter = _front_matter_end(markdown)
    for number, line in fences.outside_code(markdown):
        if number <= front_matter:
            continue  # YAML values: text the templates escape, not markup
        for match in _TAG.finditer(_CODE_SPAN.sub("", line)):
            name = match.group(2).lower()
            if name not in ALLOWED_ELEMENTS:
                found.append(
                    InputError(path, f"raw HTML <{name}> is not allowed in a page: write Markdown instead", number)
                )
            elif attribute := _REFUSED_ATTRIBUTE.search(" " + match.group(3)):
                found.append(
                    InputError(
                        path, f"the attribute {attribute.group(1).lower()}= is not allowed in a page's HTML", number
                    )
                )
    return found


def _front_matter_end(markdown: str) -> int:
    """The line that closes a page's YAML front matter, or 0 when it has none."""
    lines = markdown.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return 0
    return next((number for number, line in enumerate(lines[1:], 2) if line.rstrip() in ("---", "...")), 0)
