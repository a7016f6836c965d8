"""The editors' corrections file (``data/corrections.yml``): what was fixed, when,
and where, each entry with its line. ``pages/corrections.py`` finds each phrase on
its page or article and places the notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from explainer.editorial import data_file
from explainer.errors import InputError

FILE_NAME = "corrections.yml"
FIELDS = ("date", "phrase", "wrong", "now")


class Correction(NamedTuple):
    date: dt.date
    page: str  # docs-relative page the notice goes on
    title: str  # the article's or page's title, for the Corrections page
    phrase: str
    wrong: str
    now: str
    file: str  # data/corrections.yml, for a problem found while placing the notice
    line: int
    paragraph: int | None = None  # the article paragraph, for article corrections
    prefix: str = ""
    suffix: str = ""
    anchor: str = ""  # the notice's id on its page


def entries(path: Path) -> Iterator[tuple[Correction, str, str]]:
    """Every entry of the file with the article slug or docs/ page it names (one of
    them empty), its page and title still to be found; none without the file. One at
    a time, so a bad entry stops the caller at the first problem in file order."""
    if not path.is_file():
        return
    node, data = data_file.read(path)
    for item in data_file.entries(path, node, data, "corrections"):
        line, entry = item.line, item.fields
        if not isinstance(entry, dict) or any(not entry.get(f) for f in FIELDS):
            raise InputError(path, f"a correction needs {', '.join(FIELDS)} and a page or article", line)
        if not isinstance(entry["date"], dt.date):
            raise InputError(path, "date must be YYYY-MM-DD", line)
        base = Correction(
            entry["date"],
            "",
            "",
            str(entry["phrase"]),
            str(entry["wrong"]),
            str(entry["now"]),
            str(path),
            line,
            prefix=str(entry.get("prefix") or ""),
            suffix=str(entry.get("suffix") or ""),
        )
        slug = str(entry["article"]) if entry.get("article") else ""
        yield base, slug, "" if slug else str(entry.get("page") or "")
