"""Load and validate ``seeds/<slug>.yml``: facts about the article and its people.

The file is optional (an article dropped in alone still builds), but when it is
there it must be complete, so a typo never silently empties a page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from explainer.errors import InputError

REQUIRED_FIELDS = ("title", "outlet", "url", "published")
ENTITY_KINDS = ("people", "organisations")
PRONOUNS = {"he", "she", "they"}


# libyaml's parser when PyYAML has it (ten times faster: every build parses every seed)
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _UniqueKeyLoader(_SAFE_LOADER):  # type: ignore[misc,valid-type]  # a base chosen at import time
    """SafeLoader that refuses duplicate keys instead of silently keeping the last."""


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


def _line(node_mark) -> int | None:
    return node_mark.line + 1 if node_mark is not None else None


def parse_meta(path: str | Path, raw: bytes, slug: str) -> dict:
    """Parse and validate one metadata file; returns a normalised dict."""
    try:
        data = yaml.load(raw.decode("utf-8-sig"), Loader=_UniqueKeyLoader)
    except UnicodeDecodeError:
        raise InputError(path, "metadata is not valid UTF-8: save it as UTF-8") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise InputError(path, f"invalid YAML: {problem}", _line(mark)) from None
    if not isinstance(data, dict):
        raise InputError(path, "metadata must be a mapping of fields (title:, outlet:, url:, published:, ...)")
    missing = [name for name in REQUIRED_FIELDS if data.get(name) in (None, "")]
    if missing:
        raise InputError(path, f"missing required field(s): {', '.join(missing)}")
    meta = default_meta(slug)
    meta.update(data)
    for name in ("title", "outlet", "url"):
        if not isinstance(meta[name], str):
            raise InputError(path, f"field '{name}' must be text")
    if not meta["url"].startswith(("https://", "http://")):
        raise InputError(path, "field 'url' must be an http(s) address")
    published = meta["published"]
    if isinstance(published, str):
        try:
            published = dt.date.fromisoformat(published)
        except ValueError:
            raise InputError(path, "field 'published' must be a date like 2023-12-17") from None
    if not isinstance(published, dt.date):
        raise InputError(path, "field 'published' must be a date like 2023-12-17")
    meta["published"] = published
    meta["published_approximate"] = bool(meta.get("published_approximate", False))
    for kind in ENTITY_KINDS:
        meta[kind] = _entities(path, kind, meta.get(kind) or [])
    _check_unique_names(path, meta)
    meta["speakers"] = _speakers(path, meta.get("speakers"), raw)
    meta["meta_path"] = str(path)
    return meta


def _speakers(path, entries, raw: bytes) -> list[dict]:
    """``speakers:`` as a list of {paragraph, speaker, says, line}: each paragraph number
    maps to a name (or ``narration``), or to {speaker: ..., says: "words of it"}."""
    if entries is None:
        return []
    if not isinstance(entries, dict):
        raise InputError(
            path, "'speakers' must map paragraph numbers to a speaker, e.g. speakers: {5: Hun Manet, 8: narration}"
        )
    lines = _key_lines(raw, "speakers")
    result = []
    for number, value in entries.items():
        line = lines.get(str(number))
        if not isinstance(number, int) or isinstance(number, bool):
            raise InputError(path, f"speakers: '{number}' is not a paragraph number (1, 2, 3, ...)", line)
        says = None
        if isinstance(value, dict):
            unknown = set(value) - {"speaker", "says"}
            if unknown:
                raise InputError(
                    path,
                    f"speakers: paragraph {number}: unknown field(s) {', '.join(map(str, unknown))}: "
                    "use speaker: and says:",
                    line,
                )
            value, says = value.get("speaker"), value.get("says")
        if not isinstance(value, str) or not value.strip() or (says is not None and not isinstance(says, str)):
            raise InputError(
                path,
                f"speakers: paragraph {number} needs a speaker's name (or narration), and says: must be text",
                line,
            )
        result.append({"paragraph": number, "speaker": value.strip(), "says": says, "line": line})
    return result


def _key_lines(raw: bytes, field: str) -> dict[str, int]:
    """Line of each key under a top-level mapping field, for error messages."""
    try:
        root = yaml.compose(raw.decode("utf-8-sig"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    for key, value in getattr(root, "value", []):
        if getattr(key, "value", None) == field and isinstance(value, yaml.MappingNode):
            return {k.value: k.start_mark.line + 1 for k, _ in value.value}
    return {}


def _entities(path, kind: str, entries) -> list[dict]:
    if not isinstance(entries, list):
        raise InputError(path, f"'{kind}' must be a list of entries with a name")
    result = []
    for index, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
            raise InputError(path, f"{kind} entry {index} needs a 'name'")
        aliases = entry.get("aliases") or []
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise InputError(path, f"{kind} entry '{entry['name']}': 'aliases' must be a list of names")
        pronoun = entry.get("pronoun")
        if pronoun is not None and pronoun not in PRONOUNS:
            raise InputError(
                path, f"{kind} entry '{entry['name']}': 'pronoun' must be one of {', '.join(sorted(PRONOUNS))}"
            )
        for name in ("role", "organisation", "abbreviation", "url"):
            if entry.get(name) is not None and not isinstance(entry[name], str):
                raise InputError(path, f"{kind} entry '{entry['name']}': '{name}' must be text")
        result.append({**entry, "name": entry["name"].strip(), "aliases": [a.strip() for a in aliases], "kind": kind})
    return result


def _check_unique_names(path, meta: dict) -> None:
    """A name or alias may stand for one entity only, or attribution would be a guess."""
    owner: dict[str, str] = {}
    for entity in meta["people"] + meta["organisations"]:
        names = {entity["name"], *entity["aliases"]}
        if entity.get("abbreviation"):
            names.add(entity["abbreviation"])
        for name in names:
            key = name.casefold()
            if key in owner and owner[key] != entity["name"]:
                raise InputError(path, f"name or alias '{name}' is given to both '{owner[key]}' and '{entity['name']}'")
            if key in owner and name == entity["name"] and owner[key] == entity["name"]:
                raise InputError(path, f"'{name}' is listed twice: keep one entry")
            owner[key] = entity["name"]
