"""The small pieces every generated page starts with: front matter and dates."""

from __future__ import annotations

import datetime as dt

import yaml


def front_matter(**fields) -> str:
    """YAML front matter; safe_dump quotes untrusted values correctly."""
    clean = {key: value for key, value in fields.items() if value is not None}
    return "---\n" + yaml.safe_dump(clean, allow_unicode=True, sort_keys=False) + "---\n\n"


def format_date(date: dt.date | None, approximate: bool = False) -> str:
    if date is None:
        return "date unknown"
    text = f"{date.day} {date:%B %Y}"
    return f"on or after {text}" if approximate else text
