"""Editors' explanations of figures, and the figures stage that joins them to the text.

Explanations live in ``seeds/<slug>.figures.yml``: a figure key (the glossary
anchor without ``fig-``, e.g. ``8000`` or ``next-year``) mapped to Markdown.
A key that names no figure stops the build at its line, so a typo can never
hide an explanation. Like everything in ``seeds/`` the text is untrusted: only
paragraphs, ``*emphasis*``, ``**strong**`` and ``[links](https://...)`` become
markup; everything else is escaped once, here.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from explainer.errors import InputError, Problems
from explainer.figures.model import Explanation, FigureSet
from explainer.text import editor_files, editor_yaml
from explainer.text.markup import escape_text

_INLINE = re.compile(r"\[(?P<label>[^\[\]\n]+)\]\((?P<url>[^)\s]*)\)?|\*\*(?P<strong>[^*\n]+)\*\*|\*(?P<em>[^*\n]+)\*")
_SOURCE = re.compile(r"\]\(https?://")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"'()\[\]{}\\`]+$")


def explanations_path(seed_text: Path) -> Path:
    """Where the explanations of ``<slug>.txt`` are kept."""
    return seed_text.with_name(f"{seed_text.stem}.figures.yml")


def figures_edit_source(seed_text: Path) -> Path:
    """The file an editor changes to change the glossary: the explanations, once they exist."""
    path = explanations_path(seed_text)
    return path if path.exists() else seed_text


def safe_markdown(text: str, path: str | Path, line: int) -> str:
    """Editor Markdown limited to paragraphs, emphasis and http(s) links; the rest escaped.

    ``line`` is the file line where ``text`` starts, for error messages.
    """
    text = text.strip("\n")
    rendered, start = [], 0
    for breaking in [*re.finditer(r"\n[ \t]*\n\s*", text), None]:
        end = breaking.start() if breaking else len(text)
        if text[start:end].strip():
            rendered.append(_inline(text, start, end, path, line))
        start = breaking.end() if breaking else end
    return "\n\n".join(rendered)


def _inline(text: str, start: int, end: int, path: str | Path, line: int) -> str:
    pieces, position = [], start
    for match in _INLINE.finditer(text, start, end):
        pieces.append(escape_text(text[position : match.start()]))
        if match.group("label") is not None:
            url = match.group("url")
            if not _SAFE_URL.match(url):
                raise InputError(
                    path,
                    f"link target '{url}' must be a full http(s):// address of the source",
                    line + text.count("\n", 0, match.start()),
                )
            pieces.append(f"[{escape_text(match.group('label'))}]({url})")
        elif match.group("strong") is not None:
            pieces.append(f"**{escape_text(match.group('strong'))}**")
        else:
            pieces.append(f"*{escape_text(match.group('em'))}*")
        position = match.end()
    pieces.append(escape_text(text[position:end]))
    return "".join(pieces).strip()


def load_explanations(path: Path, known_keys: list[str]) -> dict[str, Explanation]:
    """``{figure key: Explanation}`` from the editor's file; {} when there is no file."""
    if not path.exists():
        return {}
    where = path
    text = ""
    try:
        text = editor_files.read_text(path, "figures")
        root = editor_yaml.compose(text)
    except yaml.YAMLError as error:
        raise editor_yaml.yaml_error(where, error, text) from None
    if root is None:
        return {}
    if not isinstance(root, yaml.MappingNode):
        raise InputError(
            where, "explanations must be a mapping of figure key to Markdown text", root.start_mark.line + 1
        )
    explanations: dict[str, Explanation] = {}
    problems = Problems()
    for key_node, value_node in root.value:
        with problems.inside():
            key, explanation = _explanation(where, key_node, value_node, known_keys, explanations)
            explanations[key] = explanation
    problems.raise_errors()
    return explanations


def _explanation(where: Path, key_node, value_node, known_keys: list[str], seen: dict) -> tuple[str, Explanation]:
    """One entry of the explanations file, checked: its figure key and its safe Markdown."""
    line = key_node.start_mark.line + 1
    key = str(key_node.value).strip()
    key = key[4:] if key.startswith("fig-") else key
    if key not in known_keys:
        close = _closest(key, known_keys)
        hint = f"did you mean '{close}'?" if close else f"known keys: {', '.join(known_keys)}"
        raise InputError(where, f"no figure with key '{key}' in the article: {hint}", line)
    if key in seen:
        raise InputError(where, f"figure '{key}' is explained twice: keep one entry", line)
    if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
        raise InputError(where, f"the explanation of '{key}' must be Markdown text", line)
    body_line = value_node.start_mark.line + 1 + (1 if value_node.style in ("|", ">") else 0)
    source = str(value_node.value).strip()
    return key, Explanation(source, safe_markdown(source, where, body_line), line)


def unsourced_explanations(figures: FigureSet) -> list[InputError]:
    """One warning per explanation without a source link, like a note without one."""
    return [
        InputError(
            figures.explanations_path or "",
            f"the explanation of '{key}' has no source link: add one like [name](https://...)",
            explanation.line,
            warning=True,
        )
        for key, explanation in figures.explanations.items()
        if not _SOURCE.search(explanation.source)
    ]


def _closest(key: str, known_keys) -> str | None:
    """The known key most like a mistyped one (only a failing build needs rapidfuzz)."""
    from rapidfuzz import process

    found = process.extractOne(key, list(known_keys), score_cutoff=60)
    return found[0] if found else None
