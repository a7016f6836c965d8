"""Escape untrusted text exactly once, at render time.

Seed and metadata text goes into Markdown that Python-Markdown, its
extensions (snippets, abbreviations, footnotes, attribute lists), Material's
scripts and browsers all read. Every ASCII punctuation character that
starts any syntax is written as a numeric character reference, so none of them can see syntax in
it, while the browser shows (and search indexes) the very same text.
"""

from __future__ import annotations

import re
import string

# Sentence punctuation that no Markdown or HTML syntax starts with stays as is,
# which keeps pages small; everything else is written as a character reference.
_HARMLESS = ",.?;'/@%"
_ENTITY = {ord(c): f"&#{ord(c)};" for c in string.punctuation if c not in _HARMLESS}
_WHITESPACE = re.compile(r"\s+")
# Material turns any "(N)" text node inside an element of class "annotate" into
# a note marker. The site's own notes are popovers, but an editor may still use
# Material's annotations around a quote: a span around the bracket splits the
# text node so seed text never forms a marker.
_ANNOTATION_LOOKALIKE = re.compile(r"&#40;(?=\d+&#41;)")


def escape_text(text: str) -> str:
    """Markdown-and-HTML-inert form of ``text`` on one line (whitespace folded)."""
    folded = _WHITESPACE.sub(" ", text)
    escaped = folded.translate(_ENTITY)
    return _ANNOTATION_LOOKALIKE.sub("<span>&#40;</span>", escaped)


def escape_attribute(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute in Markdown."""
    return escape_text(text)
