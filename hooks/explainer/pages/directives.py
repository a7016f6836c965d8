"""One-line directives in editorial pages, expanded at build time.

A directive is a line of its own: ``::: <kind> <arguments>``. Each kind is a
function registered with ``@directive("kind")`` that gets the parsed call and the
site model and returns Markdown. Fenced code blocks are left alone, so a page
can show a directive as an example.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Callable
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

    def unknown(self) -> InputError | None:
        """The error for a kind no handler is registered for, else None."""
        if self.kind in _HANDLERS:
            return None
        known = ", ".join(sorted(_HANDLERS)) or "none"
        return self.error(f"unknown directive '::: {self.kind}' (known: {known})")


Handler = Callable[[Call, object], str]
_HANDLERS: dict[str, Handler] = {}
# kinds that ``make check`` renders to find their problems: they read editors'
# data files, not an analysis that an earlier problem may have left unfinished
_CHECKED: set[str] = set()


def directive(kind: str, checked: bool = False):
    """Register a handler for ``::: kind ...`` lines (``checked``: render it in make check too)."""

    def register(handler: Handler) -> Handler:
        _HANDLERS[kind] = handler
        if checked:
            _CHECKED.add(kind)
        return handler

    return register


def checked(kind: str) -> bool:
    return kind in _CHECKED


def find_calls(
    markdown: str, page: str, page_url: str, first_line: int = 1, problems: Problems | None = None
) -> list[Call]:
    """Every directive line outside fenced code, in order.

    ``first_line`` is the file line ``markdown`` starts on (MkDocs strips the
    front matter), so errors and ids name the line the editor sees. With
    ``problems``, a line whose arguments do not parse is recorded there and skipped.
    """
    calls, fence = [], None
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        is_marker, fence = fences.step(line, fence)
        if is_marker or fence is not None:
            continue
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


def render(call: Call, site) -> str:
    """The Markdown of one directive, or its InputError (an unknown kind included)."""
    if unknown := call.unknown():
        raise unknown
    return _HANDLERS[call.kind](call, site)


def expand(markdown: str, page: str, page_url: str, site, first_line: int = 1, problems: Problems | None = None) -> str:
    """The page with every directive replaced by its Markdown.

    With ``problems`` (the live preview while the input has errors), a directive that
    fails is recorded there and left out, so the rest of the page still renders.
    """
    calls = {call.line - first_line + 1: call for call in find_calls(markdown, page, page_url, first_line, problems)}
    if not calls:
        return markdown
    lines = markdown.splitlines()
    for number, call in calls.items():
        try:
            lines[number - 1] = render(call, site)
        except InputError as error:
            if problems is None:
                raise
            problems.add(error)
            lines[number - 1] = ""
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
