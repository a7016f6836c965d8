"""Characters no editor's field may hold, and the rule for names.

A control character (NUL, ESC, the C1 range) in a title reaches ``<title>``,
meta tags and log lines, where it can hide text or end a line early; a
bidirectional override or isolate (U+202A-202E, U+2066-2069) makes a line read
differently from the bytes a reviewer approved. Neither belongs in text written
for readers, so both are refused at their line. YAML can spell either as an
escape (``"\\x1b"``), so YAML files are checked value by value, after escapes.

A zero-width character inside a name (``Hun\\u200dManet``) would make a second
person who looks like the first: refused too. Names are NFC-normalised, like the
article text they are matched against.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from explainer.errors import InputError, line_of

# C0 controls but tab and line ends, DEL, C1 controls, bidirectional embeddings,
# overrides and isolates, and Unicode noncharacters
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]")
_ZERO_WIDTH = re.compile("[\u200b-\u200d\u2060\ufeff]")
_INVISIBLE = re.compile(f"{_UNSAFE.pattern}|{_ZERO_WIDTH.pattern}")


def describe(char: str) -> str:
    """``U+202E (RIGHT-TO-LEFT OVERRIDE)``: how a message names an invisible character."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


def unsafe_character(text: str) -> re.Match | None:
    """The first control or bidirectional-override character in ``text``, if any."""
    return _UNSAFE.search(text)


def _refusal(char: str) -> str:
    return f"holds the invisible character {describe(char)}: remove it (retype the text around it)"


def text_problems(text: str, path: str | Path, first_line: int = 1) -> list[InputError]:
    """One problem per line of ``text`` (a whole file, or a field starting at ``first_line``)
    that holds a control or bidirectional-override character."""
    found, seen_lines = [], set()
    for match in _UNSAFE.finditer(text):
        line = first_line + line_of(text, match.start()) - 1
        if line not in seen_lines:
            seen_lines.add(line)
            found.append(InputError(path, _refusal(match.group()), line))
    return found


def yaml_problems(root: yaml.Node | None, path: str | Path, first_line: int = 1) -> list[InputError]:
    """Every key and value of a composed YAML file, checked after its escapes are read
    (``first_line``: the file line the YAML starts on, for front matter).
    Each node is visited once, so an alias repeated a million times costs one visit."""
    found: list[InputError] = []
    stack, seen = [root] if root is not None else [], set()
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode):
            if match := _UNSAFE.search(str(node.value)):
                found.append(InputError(path, _refusal(match.group()), node.start_mark.line + first_line))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(reversed(node.value))
    return found


def visible(text: str) -> str:
    """``text`` with every invisible character a message could name written as ``\\u200d``."""
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a person or organisation, or None."""
    if match := _ZERO_WIDTH.search(name):
        return (
            f"'{visible(name)}' holds the zero-width character {describe(match.group())}: "
            "remove it, or it names someone else"
        )
    return None


def normal_name(name: str) -> str:
    """A name as the article's text is matched: NFC, without surrounding space."""
    return unicodedata.normalize("NFC", name).strip()
