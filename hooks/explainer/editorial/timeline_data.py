"""The editors' timeline file (``data/timeline.yml``): dated events, each with a date
written as precisely as it is known, a label, a source link and an optional
``unconfirmed`` flag. An event without a source link or with a date that is not
one stops the build at its line; ``pages/timeline.py`` writes the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from explainer.editorial import data_file
from explainer.editorial.data_file import When
from explainer.errors import Problems
from explainer.text.markup import escape_text

FILE_NAME = "timeline.yml"


class Event(NamedTuple):
    when: When
    label: str  # Markdown, already escaped or built from escaped text
    source: str  # Markdown link(s) to where it comes from
    unconfirmed: bool = False
    from_article: bool = False


def load(path: Path) -> list[Event]:
    """Every event of the editors' file, each with a date and a source link; every
    bad entry is reported, each at its line."""
    if not path.is_file():
        return []
    node, data = data_file.read(path)
    events, problems = [], Problems()
    for entry in data_file.entries(path, node, data, "events"):
        with problems.inside():
            events.append(_event(path, entry))
    problems.raise_errors()
    return events


def _event(path: Path, entry: data_file.Entry) -> Event:
    fields = entry.fields
    data_file.require(path, entry, ("date", "label", "source", "source_name"), "an event")
    unconfirmed = data_file.unconfirmed(path, entry)
    url = data_file.source_url(fields["source"], path, entry.line_of("source"))
    return Event(
        data_file.when(fields["date"], path, entry.line_of("date")),
        escape_text(str(fields["label"]).strip().rstrip(".")),
        f"[{escape_text(str(fields['source_name']))}]({url})",
        unconfirmed,
    )
