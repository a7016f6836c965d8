"""The site's own stylesheets, scripts and pages as served: without their comments
and indentation.

explainer.css and terms.js are fetched on every first view, and their comments
(why each rule is there, for the people who edit them) were half their gzipped
bytes: about 3.8 KiB of a first view held to 80 KiB (``make bench``). Only
comments that fill whole lines are taken out, so no string or regular
expression is ever touched; the sources in docs/ keep every word. Indentation
goes too, and from the HTML of every page (outside ``<pre>`` and ``<textarea>``,
where it is content): a line's leading spaces are never more than one space to a
browser, and about 0.6 KiB of the annotated article's gzipped first view.
"""

from __future__ import annotations

import re
from pathlib import Path

SERVED = ("stylesheets/*.css", "javascripts/*.js")  # under the docs (or site) folder
_WHOLE_LINE_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*(?:\n|\Z)", re.MULTILINE | re.DOTALL)


_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{2,}")
# where leading spaces are content: preformatted text and form fields
_KEEP_AS_WRITTEN = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.IGNORECASE | re.DOTALL)


def without_comments(text: str) -> str:
    """``text`` (CSS or JavaScript) without the block comments that fill whole lines, its
    indentation or its blank lines (neither language has a string here that spans lines)."""
    return _BLANK_LINES.sub("\n", _INDENT.sub("", _WHOLE_LINE_COMMENT.sub("", text)))


def without_indentation(html: str) -> str:
    """A page's HTML with each line's leading spaces dropped, except inside ``<pre>`` and
    ``<textarea>``; a line break stays, so words never run together."""
    parts = _KEEP_AS_WRITTEN.split(html)
    # split() returns text, then each kept element and its tag name, in turn
    return "".join(
        part if index % 3 == 1 else ("" if index % 3 == 2 else _INDENT.sub("", part))
        for index, part in enumerate(parts)
    )


def is_served_asset(relative: str) -> bool:
    """Whether a docs-relative path is one of the stylesheets or scripts served as written here."""
    return any(Path(relative).match(pattern) for pattern in SERVED)


def strip_served(site_dir: str | Path) -> int:
    """Rewrite the built site's own stylesheets and scripts without comments; how many."""
    count = 0
    for pattern in SERVED:
        for path in Path(site_dir).glob(pattern):
            path.write_text(without_comments(path.read_text(encoding="utf-8")), encoding="utf-8")
            count += 1
    return count
