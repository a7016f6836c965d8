"""The site's own stylesheets and scripts as served: without their comments.

explainer.css and terms.js are fetched on every first view, and their comments
(why each rule is there, for the people who edit them) were half their gzipped
bytes: about 3.8 KiB of a first view held to 80 KiB (``make bench``). Only
comments that fill whole lines are taken out, so no string or regular
expression is ever touched; the sources in docs/ keep every word.
"""

from __future__ import annotations

import re
from pathlib import Path

SERVED = ("stylesheets/*.css", "javascripts/*.js")  # under the docs (or site) folder
_WHOLE_LINE_COMMENT = re.compile(r"^[ \t]*/\*.*?\*/[ \t]*(?:\n|\Z)", re.MULTILINE | re.DOTALL)


def without_comments(text: str) -> str:
    """``text`` (CSS or JavaScript) without the block comments that fill whole lines."""
    return _WHOLE_LINE_COMMENT.sub("", text)


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
