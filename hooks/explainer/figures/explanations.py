"""Editors' explanations of figures, and the figures stage that joins them to the text.

Explanations live in ``seeds/<slug>.figures.yml``: a figure key (the glossary
anchor without ``fig-``, e.g. ``8000`` or ``next-year``) mapped to Markdown.
A key that names no figure stops the build at its line, so a typo can never
hide an explanation. Like everything in ``seeds/`` the text is untrusted: it
goes through ``text.editor_markdown``, the path notes take too.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from explainer.errors import InputError, Problems
from explainer.figures.model import Explanation, FigureSet
from explainer.text import editor_files, editor_yaml
from explainer.text.characters import yaml_problems
from explainer.text.editor_markdown import safe_markdown

_SOURCE = re.compile(r"\]\(https?://")


def explanations_path(seed_text: Path) -> Path:
    """Where the explanations of ``<slug>.txt`` are kept."""
    return seed_text.with_name(f"{seed_text.stem}.figures.yml")


def figures_edit_source(seed_text: Path) -> Path:
    """The file an editor changes to change the glossary: the explanations, once they exist."""
    path = explanations_path(seed_text)
    return path if path.exists() else seed_text


def load_explanations(
    path: Path, known_keys: list[str], renamed: dict[str, str] | None = None
) -> dict[str, Explanation]:
    """``{figure key: Explanation}`` from the editor's file; {} when there is no file.

    ``renamed`` maps a figure's former key to its key now, so an old entry is named, not orphaned."""
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
    if unsafe := yaml_problems(root, where):
        raise Problems(unsafe)  # before any message could echo the characters
    problems = Problems()
    for key_node, value_node in root.value:
        with problems.inside():
            key, explanation = _explanation(where, key_node, value_node, known_keys, explanations, renamed or {})
            explanations[key] = explanation
    problems.raise_errors()
    return explanations


def _explanation(
    where: Path, key_node, value_node, known_keys: list[str], seen: dict, renamed: dict[str, str]
) -> tuple[str, Explanation]:
    """One entry of the explanations file, checked: its figure key and its safe Markdown."""
    line = key_node.start_mark.line + 1
    key = str(key_node.value).strip()
    key = key[4:] if key.startswith("fig-") else key
    if key not in known_keys:
        close = renamed.get(key) or _closest(key, known_keys)
        hint = f"did you mean '{close}'?" if close else f"known keys: {', '.join(known_keys)}"
        raise InputError(where, f"no figure with key '{key}' in the article: {hint}", line)
    if key in seen:
        raise InputError(where, f"figure '{key}' is explained twice: keep one entry", line)
    if not isinstance(value_node, yaml.ScalarNode) or not str(value_node.value).strip():
        raise InputError(where, f"the explanation of '{key}' must be Markdown text", line)
    body_line = value_node.start_mark.line + 1 + (1 if value_node.style in ("|", ">") else 0)
    source = str(value_node.value).strip()
    return key, Explanation(source, safe_markdown(source, where, body_line, line_breaks=False), line)


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
