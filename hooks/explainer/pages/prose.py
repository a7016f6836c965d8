"""An editorial page's prose as a reader reads it: blocks of plain text.

A phrase an editor copies from a page (a correction's) is what the page shows,
not its Markdown: "20,000 riel ($5)" must match ``[20,000 riel](x.md) (**$5**)``.
So each block (lines up to a blank line) loses its link targets, emphasis marks,
tags and attribute lists before matching, and keeps its place in the source.
Fenced code, directive lines and front matter are not prose.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

import yaml

from explainer.pages.directive_syntax import DIRECTIVE_LINE
from explainer.text import editor_yaml, fences

# each (pattern, replacement), in order; link texts keep their words, targets go
_INLINE = tuple(
    (re.compile(pattern, re.S), replacement)
    for pattern, replacement in (
        (r"<!--.*?-->", ""),
        (r"!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)", ""),  # an image
        (r"\[\^[^\]]+\]", ""),  # a footnote reference
        (r"\[([^\]]*)\]\((?:[^()]|\([^()]*\))*\)", r"\1"),  # an inline link
        (r"\[([^\]]*)\]\[[^\]]*\]", r"\1"),  # a reference link
        (r"<((?:https?|mailto):[^>\s]+)>", r"\1"),  # an autolink
        (r"</?[A-Za-z][^<>]*>", ""),  # a tag
        (r"\{\s*[:#.][^{}]*\}", ""),  # an attribute list
        (r"\*+|~~|`+|(?<!\w)_+|_+(?!\w)", ""),  # emphasis and code marks
    )
)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")  # a backslash escape: the character, never syntax
_KEPT = 0xF0000  # escaped characters wait in a private-use plane while syntax is removed
# what a line starts with that is not read: heading marks, quote marks, list bullets
_LINE_START = re.compile(r"^[ \t]*(?:#{1,6}[ \t]+|(?:>[ \t]?)+|(?:[-*+]|\d{1,9}[.)])[ \t]+)*")
# lines that hold no prose: reference definitions, abbreviations, snippets, rules
_NOT_PROSE = re.compile(r"^[ \t]{0,3}(?:\[[^\]]+\]:|\*\[[^\]]+\]:|-{2,}8<-{2,}|(?:[-*_][ \t]*){3,}$)")


class Block(NamedTuple):
    """A run of prose lines: where it starts and ends in the Markdown, and its plain text."""

    first_line: int  # 1-based, in the Markdown given
    end: int  # offset of the end of its last line
    indent: str  # of its first line: a notice after it keeps it inside a list or admonition
    text: str


def plain(markdown: str) -> str:
    """The text a reader sees of a piece of inline Markdown, on one line."""
    text = "\n".join(_LINE_START.sub("", line) for line in markdown.split("\n"))
    text = re.sub(r"[ \t]+#+[ \t]*$", "", text, flags=re.M)  # a heading's closing marks
    text = _ESCAPED.sub(lambda match: chr(_KEPT + ord(match.group(1))), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = re.sub("[\U000f0021-\U000f007e]", lambda match: chr(ord(match.group()) - _KEPT), text)
    return " ".join(html.unescape(text).split())


def _front_matter_lines(lines: list[str]) -> int:
    if not lines or lines[0].rstrip() != "---":
        return 0
    closing = next((i for i, line in enumerate(lines[1:], 1) if line.rstrip() in ("---", "...")), None)
    return closing + 1 if closing is not None else 0


def blocks(markdown: str) -> list[Block]:
    """Every prose block of a page, in order."""
    lines = markdown.split("\n")
    found: list[Block] = []
    current: list[tuple[int, int, str]] = []  # (line number, end offset, text)

    def flush() -> None:
        if current:
            text = plain("\n".join(line for _, _, line in current))
            indent = current[0][2][: len(current[0][2]) - len(current[0][2].lstrip())]
            if text:
                found.append(Block(current[0][0], current[-1][1], indent, text))
            current.clear()

    skip, fence, offset = _front_matter_lines(lines), None, 0
    for number, line in enumerate(lines, start=1):
        offset += len(line) + 1
        is_marker, fence_after = fences.step(line, fence)
        inside, fence = is_marker or fence is not None, fence_after
        if number <= skip or inside or not line.strip() or DIRECTIVE_LINE.match(line) or _NOT_PROSE.match(line):
            flush()
            continue
        current.append((number, offset - 1, line))
    flush()
    return found


def title(markdown: str, fallback: str) -> str:
    """A page's title as MkDocs gives it: the front matter's ``title:``, else its first
    level-1 heading, else ``fallback``."""
    lines = markdown.split("\n")
    for line in lines[1 : _front_matter_lines(lines)]:
        if line.startswith("title:"):
            try:  # one line: no anchor or alias can reach it
                loaded = editor_yaml.load(line)
                value = loaded.get("title") if isinstance(loaded, dict) else None
            except (yaml.YAMLError, AttributeError):
                value = None
            if isinstance(value, str) and value.strip():
                return value.strip()
    fence = None
    for line in lines[_front_matter_lines(lines) :]:
        is_marker, fence = fences.step(line, fence)
        if not is_marker and fence is None and (match := re.match(r"^#[ \t]+(.+)$", line)):
            return plain(match.group(1)) or fallback
    return fallback
