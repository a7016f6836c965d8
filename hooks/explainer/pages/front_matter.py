"""The small pieces every generated page starts with: front matter and dates."""

from __future__ import annotations

import datetime as dt

import yaml

# libyaml's emitter when PyYAML has it: every generated page has front matter, and
# the pure-Python emitter was a tenth of rendering them (the output is the same)
_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def _yaml(fields: dict) -> str:
    return yaml.dump(fields, Dumper=_DUMPER, allow_unicode=True, sort_keys=False)


def front_matter(**fields) -> str:
    """YAML front matter; the safe dumper quotes untrusted values correctly."""
    clean = {key: value for key, value in fields.items() if value is not None}
    return "---\n" + _yaml(clean) + "---\n\n"


def with_fields(markdown: str, **fields) -> str:
    """A generated page (starting with ``front_matter``) with more fields in its front matter."""
    clean = {key: value for key, value in fields.items() if value is not None}
    if not clean or not markdown.startswith("---\n"):
        return markdown
    end = markdown.index("\n---\n", 3) + 1
    return markdown[:end] + _yaml(clean) + markdown[end:]


def format_date(date: dt.date | None, approximate: bool = False) -> str:
    if date is None:
        return "date unknown"
    text = f"{date.day} {date:%B %Y}"
    return f"on or after {text}" if approximate else text
