"""One exception type for every bad input, so callers print one clean line."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad editor or seed input: names the file (and line) and says what to do."""

    def __init__(self, path: str | Path, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")

    def relative_to(self, root: str | Path) -> InputError:
        """The same error with its path shown relative to the project root."""
        try:
            path = Path(self.path).resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            return self
        return InputError(path, self.message, self.line)


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset, for error messages."""
    return text.count("\n", 0, offset) + 1
