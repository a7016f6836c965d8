"""The one YAML loader for every file an editor writes (seed metadata, figure
explanations, data files, chart data, page front matter), and its messages.

Anchors and aliases are refused: editors' files never need them, and a 2 KB
file of aliases nested nine deep ("billion laughs") expands to gigabytes in
whatever walks the data. So is nesting past MAX_DEPTH. The check reads libyaml's
events first (no data is built; about 0.5 ms for the project's files).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from explainer.errors import InputError, line_of

# libyaml's parser when PyYAML has it (ten times faster: every build parses every seed)
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class AnchorError(yaml.MarkedYAMLError):
    """An anchor (``&name``), an alias (``*name``) or nesting too deep in an editor's file:
    its message is the whole explanation."""


MAX_DEPTH = 32  # lists and mappings inside each other; editors' files nest four deep


def refuse_anchors_and_nesting(text: str) -> None:
    """Raise AnchorError at the first anchor or alias of ``text``, or at nesting deeper
    than MAX_DEPTH (50,000 '[' crashed libyaml's composer, a segmentation fault).
    Reads libyaml's events: no data is built."""
    depth = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        alias = isinstance(event, yaml.AliasEvent)
        anchor = getattr(event, "anchor", None)
        if alias or anchor:
            written = f"{'*' if alias else '&'}{anchor}"
            raise AnchorError(
                problem=f"YAML anchors and aliases are not allowed: write the value out in full instead of '{written}'",
                problem_mark=event.start_mark,  # type: ignore[arg-type]  # libyaml's Mark has the same fields
            )
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                raise AnchorError(
                    problem=f"lists and mappings nested more than {MAX_DEPTH} deep: editors' files need a few levels",
                    problem_mark=event.start_mark,  # type: ignore[arg-type]
                )
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


class EditorLoader(SAFE_LOADER):  # type: ignore[misc,valid-type]  # a base chosen at import time
    """PyYAML's safe loader (libyaml's where present) that refuses anchors and aliases."""

    def __init__(self, stream: str) -> None:
        refuse_anchors_and_nesting(stream)
        super().__init__(stream)


def compose(text: str) -> yaml.Node | None:
    """The node tree of an editor's file (for line numbers)."""
    return yaml.compose(text, Loader=EditorLoader)


def load(text: str, loader: type[EditorLoader] = EditorLoader) -> object:
    """The data of an editor's file; ``loader`` may be a subclass with stricter constructors."""
    return yaml.load(text, Loader=loader)  # noqa: S506 (a safe loader)


def explain_yaml(error: yaml.YAMLError, source: str = "") -> str:
    """PyYAML's complaint, followed by what it nearly always means, in plain words.
    ``source`` is the file's text, to see the line PyYAML stopped at."""
    if isinstance(error, AnchorError):
        return str(error.problem)
    if isinstance(error, yaml.reader.ReaderError):
        character = error.character if isinstance(error.character, str) else chr(error.character)
        return (
            f"the control character U+{ord(character):04X} is not allowed in YAML: "
            "delete it (it often comes with a copy from a PDF or a word processor)"
        )
    problem = getattr(error, "problem", None) or str(error).splitlines()[0]
    text = f"{problem} {getattr(error, 'context', None) or ''}"
    mark = getattr(error, "problem_mark", None)
    lines = source.splitlines()
    stopped_at = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    if "mapping values are not allowed" in text:
        advice = "a value holds a colon followed by a space: put the whole value in quotes"
    elif "\t" in stopped_at[: len(stopped_at) - len(stopped_at.lstrip())] or "tab character" in text:
        advice = "indent with spaces, not tabs"
    elif "expected ':'" in text:
        advice = "each line needs 'key: value', with a colon and a space after the key"
    elif any(word in text for word in ("expected <block end>", "expected key", "expected '-'", "indentation")):
        advice = (
            "check the indentation: keys of one entry start in the same column, "
            "and a list entry's '- ' lines up with the others"
        )
    elif "duplicate key" in text:
        advice = "keep one of the two"
    else:
        advice = "check the quotes, colons and indentation on this line and the one before"
    return f"{problem}: {advice}"


def error_line(error: yaml.YAMLError, source: str) -> int | None:
    """The 1-based line PyYAML stopped at, or None."""
    if isinstance(error, yaml.reader.ReaderError):
        return line_of(source, error.position)
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def yaml_error(path: str | Path, error: yaml.YAMLError, source: str, prefix: str = "invalid YAML") -> InputError:
    """One ``file:line: message`` for a YAML error; a refused anchor says so plainly."""
    explained = explain_yaml(error, source)
    message = explained if isinstance(error, AnchorError) else f"{prefix}: {explained}"
    return InputError(path, message, error_line(error, source))
