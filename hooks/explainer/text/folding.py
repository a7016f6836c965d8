"""Fold text so a phrase typed by an editor matches what the article shows.

Editors type phrases by hand, so matching forgives what a reader cannot see:
Unicode normalisation (NFC), runs of whitespace, straight vs curly quotes and
apostrophes, dash variants, and zero-width characters. The fold keeps the
original offset of every character, so what is shown is always the source.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from typing import NamedTuple

_EQUIVALENT = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
    }
)
_PRINTABLE_ASCII = re.compile("[!-~]+(?: [!-~]+)*")  # single spaces inside: nothing to fold
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


class Folded(NamedTuple):
    """Text folded for matching, with the original offset of each folded character."""

    text: str
    # origin[i] = offset in the original of folded char i; an array of C ints, not a tuple of
    # Python ints: a tenth of the memory, which counts when a build holds 2,000 articles
    origin: array
    length: int  # length of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of folded text[start:end]."""
        original_end = self.origin[end - 1] + 1 if end > start else self.origin[start]
        return self.origin[start], original_end


def fold(text: str) -> Folded:
    """Fold text for matching: NFC per character, quotes, dashes, whitespace, zero-width."""
    chars: list[str] = []
    origin = array("I")
    position = 0
    for run in [*_PRINTABLE_ASCII.finditer(text), None]:
        stop = run.start() if run else len(text)
        for offset in range(position, stop):
            char = text[offset]
            if char in _ZERO_WIDTH:
                continue
            if char.isspace():
                if chars and chars[-1] == " ":
                    continue
                char = " "
            for piece in unicodedata.normalize("NFC", char).translate(_EQUIVALENT):
                chars.append(piece)
                origin.append(offset)
        if run:  # already NFC and never folded further: copied whole, most of any text
            chars.append(run.group())
            origin.extend(range(run.start(), run.end()))
            position = run.end()
    return Folded("".join(chars), origin, len(text))


def fold_phrase(phrase: str) -> str:
    return fold(unicodedata.normalize("NFC", phrase)).text.strip() if phrase else ""
