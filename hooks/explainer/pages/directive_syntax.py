"""How a directive line is written and read: ``::: <kind> <arguments>`` on a line
of its own, outside fenced code (so a page can show one as an example).

Kept apart from the table of handlers (``directives.py``) so the handlers can
use ``Call`` without importing the table that imports them.
"""

from __future__ import annotations

import re
import shlex
from functools import cache
from typing import NamedTuple

from explainer.errors import InputError, Problems
from explainer.text import fences

DIRECTIVE_LINE = re.compile(r"^:::[ \t]+(?P<kind>[a-z][a-z0-9-]*)(?:[ \t]+(?P<args>.*?))?[ \t]*$")


class Call(NamedTuple):
    """A directive as written: where it is, its kind and its shell-style arguments."""

    page: str  # path of the page file, for error messages
    page_url: str  # docs-relative path of the page (e.g. "plans.md"), for relative links
    line: int
    kind: str
    args: tuple[str, ...]

    def error(self, message: str) -> InputError:
        return InputError(self.page, message, self.line)


def find_calls(
    markdown: str, page: str, page_url: str, first_line: int = 1, problems: Problems | None = None
) -> list[Call]:
    """Every directive line outside fenced code, in order.

    ``first_line`` is the file line ``markdown`` starts on (MkDocs strips the
    front matter), so errors and ids name the line the editor sees. With
    ``problems``, a line whose arguments do not parse is recorded there and skipped.
    """
    calls = []
    for number, line in fences.outside_code(markdown, first_line):
        match = DIRECTIVE_LINE.match(line)
        if not match:
            continue
        try:
            args = _split(match.group("args") or "")
        except ValueError as error:
            unparsed = InputError(page, f"directive arguments do not parse ({error}): check the quotes", number)
            if problems is None:
                raise unparsed from None
            problems.add(unparsed)
            continue
        calls.append(Call(page, page_url, number, match.group("kind"), args))
    return calls


@cache
def _split(args: str) -> tuple[str, ...]:
    """Shell-style arguments, split once: the same lines are read to scan pages and to expand them."""
    return tuple(shlex.split(args, posix=True))
