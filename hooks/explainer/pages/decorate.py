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
    """Drop any decoration that would cross another: HTML must nest.

    In start order the kept ones form a chain of enclosing spans (``open_spans``,
    innermost last): a candidate is kept when the innermost one still open where it
    starts also holds its end. One pass, where checking every kept decoration for
    each candidate was quadratic (25,000 quotes in one paragraph: 28 million checks)."""
    ordered = sorted(decorations, key=lambda d: (d.start, -d.end, d.rank))
    kept: list[Decoration] = []
    open_spans: list[Decoration] = []
    for candidate in ordered:
        while open_spans and open_spans[-1].end <= candidate.start:
            open_spans.pop()
        if not open_spans or candidate.end <= open_spans[-1].end:
            kept.append(candidate)
            open_spans.append(candidate)
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
