"""Track fenced code blocks line by line, so directives and note headings
shown as examples inside a fence are never taken for the real thing."""

from __future__ import annotations

import re
from collections.abc import Iterator

_FENCE = re.compile(r"^[ \t]*(```+|~~~+)")


def step(line: str, fence: str | None) -> tuple[bool, str | None]:
    """(is this line a fence marker, the open fence after it) for one line.

    ``fence`` is the marker of the fence currently open, or None outside code.
    """
    match = _FENCE.match(line)
    if not match:
        return False, fence
    marker = match.group(1)
    if fence is None:
        return True, marker[0] * len(marker)
    return True, (None if marker.startswith(fence) else fence)


def outside_code(markdown: str, first_line: int = 1) -> Iterator[tuple[int, str]]:
    """(line number, line) for each line of ``markdown`` outside fenced code, fence
    markers left out: what directives, phrase links and the checks of a page's own
    writing read, skipping the examples shown as code. ``first_line`` is the file
    line the text starts on (MkDocs strips the front matter)."""
    fence = None
    for number, line in enumerate(markdown.splitlines(), start=first_line):
        is_marker, fence_after = step(line, fence)
        in_code, fence = fence is not None or is_marker, fence_after
        if not in_code:
            yield number, line
