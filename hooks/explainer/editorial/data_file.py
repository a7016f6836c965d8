"""Editors' YAML data files (corrections, timeline events, chart data): read with
the line of every entry and field, so a bad value is reported at its own line.

Also the two values those files share: a date written as precisely as it is
known (``1973``, ``2023-06``, ``2023-12-17``) and a source address.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote

import yaml

from explainer.errors import InputError
from explainer.text import editor_files, editor_yaml
from explainer.text.characters import yaml_problems
from explainer.text.editor_yaml import EditorLoader
from explainer.text.web_links import link_problem

_ISO = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?$")


class Entry(NamedTuple):
    """One item of a list in a data file: its fields and the line of each."""

    line: int
    fields: dict
    lines: dict[str, int]

    def line_of(self, name: str) -> int:
        return self.lines.get(name, self.line)


class When(NamedTuple):
    """A date known to the day, the month or the year."""

    iso: str  # what <time datetime> holds: 2023-12-17, 2023-12 or 1973
    precision: str  # "day", "month" or "year"

    @property
    def shown(self) -> str:
        year, _, rest = self.iso.partition("-")
        if self.precision == "year":
            return year
        month, _, day = rest.partition("-")
        name = dt.date(int(year), int(month), 1).strftime("%B")
        return f"{int(day)} {name} {year}" if day else f"{name} {year}"

    @property
    def sort_key(self) -> str:
        return self.iso


class _Loader(EditorLoader):
    """The editors' loader, but a date that is no date (2023-13-01) is a YAML
    error with its line instead of a bare ValueError."""

    def construct_yaml_timestamp(self, node):
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as error:
            raise yaml.constructor.ConstructorError(None, None, f"not a date ({error})", node.start_mark) from None


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def read(path: Path, root: Path | None = None) -> tuple[yaml.Node | None, object]:
    """The file's node tree (for lines) and its data; bad YAML is one line. The file
    must be a regular file inside ``root`` (default: the folder above data/), see editor_files."""
    text = editor_files.read_text(path, "data", root if root is not None else path.parent.parent)
    try:
        tree = editor_yaml.compose(text)
        if unsafe := yaml_problems(tree, path):
            raise unsafe[0]
        return tree, editor_yaml.load(text, _Loader)
    except yaml.YAMLError as error:
        problem = getattr(error, "problem", None) or ""
        if problem.startswith("not a date"):
            raise InputError(path, problem, editor_yaml.error_line(error, text)) from None
        raise editor_yaml.yaml_error(path, error, text, prefix="not valid YAML") from None


def entries(path: Path, node: yaml.Node | None, data: object, what: str) -> list[Entry]:
    """Every item of a YAML list with its line and its fields' lines."""
    if data is None:
        return []
    if not isinstance(data, list) or not isinstance(node, yaml.SequenceNode):
        line = node.start_mark.line + 1 if node is not None else 1
        raise InputError(path, f"must be a list of {what} (see the comment at the top)", line)
    found = []
    for item, value in zip(node.value, data, strict=True):
        lines = {}
        if isinstance(item, yaml.MappingNode):
            lines = {str(key.value): key.start_mark.line + 1 for key, _ in item.value}
        found.append(Entry(item.start_mark.line + 1, value if isinstance(value, dict) else {}, lines))
        if not isinstance(value, dict):
            raise InputError(path, f"each of the {what} must be a set of 'field: value' lines", found[-1].line)
    return found


def require(path: Path, entry: Entry, names: tuple[str, ...], what: str, more: str = "") -> None:
    """Stop at the entry's line when one of ``names`` is missing or empty, listing them all."""
    for name in names:
        if entry.fields.get(name) in (None, ""):
            raise InputError(path, f"{what} needs {name}: ({', '.join(names)}{more})", entry.line)


def unconfirmed(path: Path, entry: Entry) -> bool:
    """The entry's ``unconfirmed`` flag: true or false, false when left out."""
    flag = entry.fields.get("unconfirmed", False)
    if not isinstance(flag, bool):
        raise InputError(path, "unconfirmed must be true or false", entry.line_of("unconfirmed"))
    return flag


def when(value: object, path: Path, line: int) -> When:
    """A date as precise as written: YYYY, YYYY-MM or YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return When(value.isoformat(), "day")
    match = _ISO.match(str(value).strip()) if isinstance(value, int | str) else None
    if match:
        year, month, day = match.group("year", "month", "day")
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            match = None
    if not match:
        raise InputError(
            path, f"the date '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD (write only as much as is known)", line
        )
    return When(str(value).strip(), "day" if day else "month" if month else "year")


def source_url(value: object, path: Path, line: int) -> str:
    """A web address for a source link, safe inside a Markdown link."""
    if why := link_problem(value):
        raise InputError(path, f"the source {why}", line)
    return quote(str(value), safe=":/?#[]@!$&'*+,;=%~-._")
