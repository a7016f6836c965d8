"""Load and validate ``seeds/<slug>.yml``: facts about the article and its people.

The file is optional (an article dropped in alone still builds), but when it is
there it must be complete, so a typo never silently empties a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import yaml

from explainer.errors import InputError, Problems
from explainer.text import editor_yaml
from explainer.text.characters import name_problem, normal_name, yaml_problems
from explainer.text.editor_yaml import EditorLoader
from explainer.text.web_links import link_problem

REQUIRED_FIELDS = ("title", "outlet", "url", "published")
ENTITY_KINDS = ("people", "organisations")
# every key the file may hold: a misspelt one would otherwise be ignored without a word
FIELDS = (*REQUIRED_FIELDS, "published_approximate", "author", "language", "title_source", *ENTITY_KINDS, "speakers")
ENTITY_FIELDS = ("name", "role", "aliases", "pronoun", "organisation", "abbreviation", "url", "same_as")
PRONOUNS = {"he", "she", "they"}


class _UniqueKeyLoader(EditorLoader):
    """The editors' loader, refusing duplicate keys instead of silently keeping the last."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def default_meta(slug: str) -> dict:
    """What we know about an article that came with no metadata file."""
    return {
        "title": slug.replace("-", " ").replace("_", " ").strip().capitalize() or slug,
        "outlet": None,
        "url": None,
        "published": None,
        "published_approximate": False,
        "people": [],
        "organisations": [],
    }


def _key_lines(text: str) -> tuple[dict[str, int], dict[str, list[dict[str, int]]]]:
    """Lines of the top-level keys, and of each list entry's keys ("" for the entry):
    the data PyYAML returns has no line numbers, so messages look them up here."""
    root = editor_yaml.compose(text)
    top: dict[str, int] = {}
    entries: dict[str, list[dict[str, int]]] = {}
    if not isinstance(root, yaml.MappingNode):
        return top, entries
    for key_node, value_node in root.value:
        key = str(key_node.value)
        top[key] = key_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            entries[key] = [
                {"": item.start_mark.line + 1}
                | (
                    {str(k.value): k.start_mark.line + 1 for k, _ in item.value}
                    if isinstance(item, yaml.MappingNode)
                    else {}
                )
                for item in value_node.value
            ]
    return top, entries


def _unknown_key(path, key: str, known: tuple[str, ...], line: int | None, where: str = "") -> InputError:
    from rapidfuzz import process  # only a failing build needs it

    close = process.extractOne(key, known, score_cutoff=60)
    hint = f"did you mean '{close[0]}'?" if close else f"known keys: {', '.join(known)}"
    return InputError(path, f"unknown key '{key}'{where}: {hint}", line)


def parse_meta(path: str | Path, raw: bytes, slug: str) -> dict:
    """Parse and validate one metadata file; returns a normalised dict.

    Every problem names its line; all of them are raised together as ``Problems``.
    """
    try:
        text = raw.decode("utf-8-sig")
        data = editor_yaml.load(text, _UniqueKeyLoader)
    except UnicodeDecodeError:
        raise InputError(path, "metadata is not valid UTF-8: save it as UTF-8") from None
    except yaml.YAMLError as error:
        raise editor_yaml.yaml_error(path, error, text) from None
    if not isinstance(data, dict):
        raise InputError(path, "metadata must be a mapping of fields (title:, outlet:, url:, published:, ...)", 1)
    lines, entry_lines = _key_lines(text)
    if unsafe := yaml_problems(editor_yaml.compose(text), path):
        raise Problems(unsafe)  # before any message could echo the characters
    problems = Problems()

    def report(message: str, field: str | None = None) -> None:
        problems.add(InputError(path, message, lines.get(field or "", None)))

    for key in data:
        if key not in FIELDS:
            problems.add(_unknown_key(path, str(key), FIELDS, lines.get(str(key))))
    missing = [name for name in REQUIRED_FIELDS if data.get(name) in (None, "")]
    if missing:
        report(f"missing required field(s): {', '.join(missing)}", missing[0])
    meta = default_meta(slug)
    meta.update(data)
    for name in ("title", "outlet", "url"):
        if name not in missing and not isinstance(meta[name], str):
            report(f"field '{name}' must be text", name)
    if isinstance(meta["url"], str) and meta["url"] and (why := link_problem(meta["url"])):
        report(f"field 'url' {why}", "url")
    published = meta["published"]
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            published = None
    if "published" not in missing and not isinstance(published, dt.date):
        report("field 'published' must be a date like 2023-12-17", "published")
    meta["published"] = published
    meta["published_approximate"] = bool(meta.get("published_approximate", False))
    for kind in ENTITY_KINDS:
        with problems.inside():
            meta[kind] = _entities(path, kind, meta.get(kind) or [], lines.get(kind), entry_lines.get(kind, []))
    if not problems.errors:
        with problems.inside():
            _check_unique_names(path, meta, entry_lines)
    with problems.inside():
        meta["speakers"] = _speakers(
            path, meta.get("speakers"), text, lines.get("speakers"), entry_lines.get("speakers", [])
        )
    meta["meta_path"] = str(path)
    problems.raise_errors()
    return meta


SPEAKER_FIELDS = ("says", "speaker", "confirm")


def _speakers(path, entries, text: str, line: int | None, entry_lines: list[dict[str, int]]) -> list[dict]:
    """``speakers:`` as a list of {says, speaker, confirm, line}: each entry names its
    paragraph by words of it (``says:``) and sets its speaker (``speaker:``) or accepts
    the engine's (``confirm:``). The old mapping by paragraph number is kept as
    {paragraph, ...} for the voices stage to refuse with the words to write instead."""
    if entries is None:
        return []
    if isinstance(entries, dict):
        return _numbered_speakers(path, entries, text, line)
    if not isinstance(entries, list):
        raise InputError(path, f"'speakers' must be a list of entries, e.g. {SPEAKERS_EXAMPLE}", line)
    result, problems = [], Problems()
    for index, entry in enumerate(entries):
        at = entry_lines[index] if index < len(entry_lines) else {}
        with problems.inside():
            result.append(_speaker_entry(path, entry, at, at.get("", line)))
    problems.raise_errors()
    return result


def _speaker_entry(path, entry, at: dict[str, int], where: int | None) -> dict:
    if not isinstance(entry, dict):
        raise InputError(
            path, f"speakers: an entry is says: and speaker: (or confirm:), e.g. {SPEAKERS_EXAMPLE}", where
        )
    unknown = [str(key) for key in entry if key not in SPEAKER_FIELDS]
    if unknown:
        raise _unknown_key(path, unknown[0], SPEAKER_FIELDS, at.get(unknown[0], where), " in a speakers: entry")
    says, set_to, confirm = entry.get("says"), entry.get("speaker"), entry.get("confirm")
    if not isinstance(says, str) or not says.strip():
        raise InputError(path, "speakers: each entry needs says: with words of its paragraph", where)
    if (set_to is None) == (confirm is None):
        raise InputError(
            path, "speakers: give speaker: (who speaks) or confirm: (the label shown now), not both", where
        )
    name = set_to if confirm is None else confirm
    if not isinstance(name, str) or not name.strip():
        raise InputError(path, "speakers: speaker: and confirm: take a name (or narration)", where)
    # a confirmation that no longer holds points at its confirm: line
    named_at = at.get("confirm" if confirm is not None else "speaker", where)
    return {"says": says, "speaker": name.strip(), "confirm": confirm is not None, "line": where, "named_at": named_at}


SPEAKERS_EXAMPLE = '- {says: "words of the paragraph", speaker: Hun Manet}'


def _numbered_speakers(path, entries: dict, text: str, line: int | None) -> list[dict]:
    """The old ``speakers: {13: narration}``: kept with its numbers, refused by the voices
    stage, which can quote the paragraph's words for the editor to write instead."""
    lines = _mapping_lines(text, "speakers")
    result = []
    for number, value in entries.items():
        where = lines.get(str(number), line)
        if not isinstance(number, int) or isinstance(number, bool):
            raise InputError(path, f"'speakers' must be a list of entries, e.g. {SPEAKERS_EXAMPLE}", where)
        speaker = value.get("speaker") if isinstance(value, dict) else value
        result.append({"paragraph": number, "speaker": str(speaker or "NAME").strip(), "confirm": False, "line": where})
    return result


def _mapping_lines(text: str, field: str) -> dict[str, int]:
    """Line of each key under a top-level mapping field (``speakers:``)."""
    root = editor_yaml.compose(text)
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == field and isinstance(value, yaml.MappingNode):
            return {str(k.value): k.start_mark.line + 1 for k, _ in value.value}
    return {}


def _entities(path, kind: str, entries, line: int | None, lines: list[dict[str, int]]) -> list[dict]:
    if not isinstance(entries, list):
        raise InputError(path, f"'{kind}' must be a list of entries with a name", line)
    result, problems = [], Problems()
    for index, entry in enumerate(entries, start=1):
        at = lines[index - 1] if index <= len(lines) else {}

        def report(message: str, key: str = "", at: dict[str, int] = at) -> None:
            problems.add(InputError(path, message, at.get(key, at.get(""))))

        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            report(f"{kind} entry {index} needs a 'name'")
            continue
        name = normal_name(entry["name"])
        for key in entry:
            if key not in ENTITY_FIELDS:
                problems.add(
                    _unknown_key(path, str(key), ENTITY_FIELDS, at.get(str(key)), f" in {kind} entry '{name}'")
                )
        aliases = _entity_aliases(entry, f"{kind} entry '{name}'", report)
        abbreviation = entry.get("abbreviation")
        forms = [("name", name), *(("aliases", alias) for alias in aliases)]
        for key, value in [*forms, *([("abbreviation", abbreviation)] if isinstance(abbreviation, str) else [])]:
            if why := name_problem(value):
                report(f"{kind} entry {index}: {key} {why}", key)
        _check_entity_fields(entry, f"{kind} entry '{name}'", report)
        result.append({**entry, "name": name, "aliases": aliases, "kind": kind})
    problems.raise_errors()
    return result


def _entity_aliases(entry: dict, label: str, report: Callable[[str, str], None]) -> list[str]:
    """An entry's aliases, NFC-normalised; none when they are not a list of names."""
    aliases = entry.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        report(f"{label}: 'aliases' must be a list of names", "aliases")
        return []
    return [normal_name(alias) for alias in aliases]


def _check_entity_fields(entry: dict, label: str, report: Callable[[str, str], None]) -> None:
    """The optional fields of a person or organisation: a known pronoun, text, a web address."""
    pronoun = entry.get("pronoun")
    if pronoun is not None and pronoun not in PRONOUNS:
        report(f"{label}: 'pronoun' must be one of {', '.join(sorted(PRONOUNS))}", "pronoun")
    for key in ("role", "organisation", "abbreviation", "url", "same_as"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            report(f"{label}: '{key}' must be text", key)
        elif key == "url" and entry.get(key) is not None and (why := link_problem(entry[key])):
            report(f"{label}: '{key}' {why}", key)


def _check_unique_names(path, meta: dict, entry_lines: dict[str, list[dict[str, int]]]) -> None:
    """A name or alias may stand for one entity only, or attribution would be a guess."""
    owner: dict[str, str] = {}
    problems = Problems()
    for kind in ENTITY_KINDS:
        lines = entry_lines.get(kind, [])
        for index, entity in enumerate(meta[kind]):
            line = lines[index].get("") if index < len(lines) else None
            names = {entity["name"], *entity["aliases"]}
            if entity.get("abbreviation"):
                names.add(entity["abbreviation"])
            for name in sorted(names):
                key = name.casefold()
                if key in owner and owner[key] != entity["name"]:
                    problems.add(
                        InputError(
                            path, f"name or alias '{name}' is given to both '{owner[key]}' and '{entity['name']}'", line
                        )
                    )
                if key in owner and name == entity["name"] and owner[key] == entity["name"]:
                    problems.add(InputError(path, f"'{name}' is listed twice: keep one entry", line))
                owner[key] = entity["name"]
    problems.raise_errors()
