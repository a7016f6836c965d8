"""Editors' notes: read from ``seeds/<slug>.notes.md``, each anchored to an
exact phrase of the article (``notes_file``), and exported as W3C Web
Annotations (``webannotation``).

May import the text layer only; never voices, figures or pages.
"""

from explainer.notes.notes_file import (
    Note,
    anchor_notes,
    check_notes_files,
    load_notes,
    missing_sources,
    parse_notes,
    quote_context,
)

__all__ = [
    "Note",
    "anchor_notes",
    "check_notes_files",
    "load_notes",
    "missing_sources",
    "parse_notes",
    "quote_context",
]
