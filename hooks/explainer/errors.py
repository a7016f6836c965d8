"""One exception type for every bad input, so callers print one clean line each.

Stages do not stop at the first problem: each one reports what it finds to a
``Problems`` collector and keeps going past the bad note, key or directive, and
the collector is raised once at the end (``raise_errors``), so one run shows
the editor every mistake. Warnings (a note without a source) ride along and
fail only a strict build. Paragraphs to check (a speaker the text gives only as
"he", or not at all: the editor's queue) ride along too and fail nothing: they
are listed wherever problems are, so the editor sees them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Line breaks and other control characters an editor's value may carry (a key named
# "x\n::error file=...::"), shown as escapes: a problem is one line of the log, and a
# line of its own starting with "::" would be a GitHub workflow command.
_VISIBLE = {code: f"\\x{code:02x}" for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if code != 0x09} | {
    0x0A: "\\n",
    0x0D: "\\r",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def one_line(text: str) -> str:
    """``text`` with line breaks and control characters written as visible escapes."""
    return text.translate(_VISIBLE)


class InputError(Exception):
    """Bad editor or seed input: names the file (and line) and says what to do."""

    def __init__(
        self, path: str | Path, message: str, line: int | None = None, *, warning: bool = False, to_check: bool = False
    ):
        self.path = one_line(str(path))
        self.line = line
        self.message = one_line(message)
        self.warning = warning or to_check  # never an error
        self.to_check = to_check  # the editor's queue: listed, never failing a build
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {self.message}")

    def relative_to(self, root: str | Path) -> InputError:
        """The same error with its path shown relative to the project root."""
        # as written first: a symbolic link is named where it is, not where it points
        written = (Path(os.path.abspath(self.path)), Path(os.path.abspath(root)))
        for path, base in (written, (Path(self.path).resolve(), Path(root).resolve())):
            if path.is_relative_to(base):
                return InputError(
                    path.relative_to(base).as_posix(),
                    self.message,
                    self.line,
                    warning=self.warning,
                    to_check=self.to_check,
                )
        return self


class Problems(InputError):
    """Every input problem of one run: errors and warnings, in the order found.

    Stages ``add`` what they find (or run a step ``inside`` it, which catches an
    InputError or a nested Problems) and carry on; ``raise_errors`` raises the
    collector itself once there is at least one error. It is an InputError
    whose path, line and message are its first error's, so a caller that knows
    only InputError still gets a file and line.
    """

    def __init__(self, found: list[InputError] | None = None):
        self.found: list[InputError] = list(found or [])
        first = (self.errors or self.found or [InputError("", "no problem")])[0]
        super().__init__(first.path, first.message, first.line)

    def __str__(self) -> str:
        return "\n".join(map(str, self.found))

    @property
    def errors(self) -> list[InputError]:
        return [problem for problem in self.found if not problem.warning]

    @property
    def warnings(self) -> list[InputError]:
        """What a strict build refuses: warnings, not the paragraphs to check."""
        return [problem for problem in self.found if problem.warning and not problem.to_check]

    @property
    def queue(self) -> list[InputError]:
        """The paragraphs to check (the editor's queue)."""
        return [problem for problem in self.found if problem.to_check]

    @property
    def summary(self) -> str:
        """The counts, worded the same by ``make check`` and the build: "2 problems,
        1 warning, 3 paragraphs to check"."""
        counts = ((len(self.errors), "problem"), (len(self.warnings), "warning"), (len(self.queue), "paragraph"))
        words = [f"{n} {word}{'s' if n != 1 else ''}" for n, word in counts]
        return f"{words[0]}, {words[1]}, {words[2]} to check"

    def add(self, problem: InputError) -> None:
        self.found += problem.found if isinstance(problem, Problems) else [problem]

    @contextmanager
    def inside(self) -> Iterator[None]:
        """Run a step; its problems are recorded and the caller goes on to the next."""
        try:
            yield
        except InputError as problem:
            self.add(problem)

    def raise_errors(self) -> None:
        if self.errors:
            raise Problems(self.found)

    def relative_to(self, root: str | Path) -> Problems:
        return Problems([problem.relative_to(root) for problem in self.found])


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset, for error messages."""
    return text.count("\n", 0, offset) + 1


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(problem: InputError, title: str = "Explainer input") -> str:
    """The problem as a GitHub Actions workflow command, so it shows on the changed
    line of a pull request. Escaped as GitHub's toolkit does (``escapeData`` and
    ``escapeProperty`` in @actions/core): %, CR and LF everywhere, ':' and ','
    in properties too."""
    properties = [f"file={_escape_property(problem.path)}"]
    if problem.line:
        properties.append(f"line={problem.line}")
    properties.append(f"title={_escape_property('Needs a human check' if problem.to_check else title)}")
    command = "warning" if problem.warning else "error"
    return f"::{command} {','.join(properties)}::{_escape_data(problem.message)}"


def report_lines(found: list[InputError], github: bool) -> list[str]:
    """One ``file:line: message`` line per problem, each followed by its workflow
    command when running on GitHub Actions."""
    lines = []
    for problem in found:
        suffix = " (needs a human check)" if problem.to_check else " (warning)" if problem.warning else ""
        lines.append(f"{problem}{suffix}")
        if github:
            lines.append(github_annotation(problem))
    return lines
