"""Wrap spans of article text in markup without ever un-escaping the text.

Quotes, figures and note markers are all *decorations*: a character range of
the article plus the markup to put around it. ``render_decorated`` escapes the
text between them, so seed text stays text however many layers are added.
"""

from __future__ import annotations

from typing import NamedTuple

from explainer.text.markup import escape_text


class Decoration(NamedTuple):
    """Markup around ``text[start:end]``; ``after`` is appended after ``close``.

    ``rank`` orders decorations that start at the same place: lower wraps outer.
    """

    start: int
    end: int
    open: str
    close: str
    rank: int = 0


def _nested(decorations: list[Decoration]) -> list[Decoration]:
    """Drop any decoration that would cross another: HTML must nest."""
    ordered = sorted(decorations, key=lambda d: (d.start, -d.end, d.rank))
    kept: list[Decoration] = []
    for candidate in ordered:
        if all(
            candidate.end <= other.start
            or candidate.start >= other.end
            or (other.start <= candidate.start and candidate.end <= other.end)
            for other in kept
        ):
            kept.append(candidate)
    return kept


def render_decorated(text: str, start: int, end: int, decorations: list[Decoration]) -> str:
    """Escaped ``text[start:end]`` with the decorations inside that range applied."""
    inside = _nested([d for d in decorations if start <= d.start and d.end <= end and d.start <= d.end])
    events: list[tuple[int, int, int, str]] = []
    for order, decoration in enumerate(inside):
        # closes before opens at the same offset; inner closes before outer closes
        events.append((decoration.start, 1, order, decoration.open))
        events.append((decoration.end, 0, -order, decoration.close))
    events.sort()
    pieces, position = [], start
    for offset, _, _, markup in events:
        if offset > position:
            pieces.append(escape_text(text[position:offset]))
            position = offset
        pieces.append(markup)
    pieces.append(escape_text(text[position:end]))
    return "".join(pieces)
