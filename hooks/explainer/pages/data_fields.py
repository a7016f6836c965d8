"""What each field of the figures downloads means: reference for readers who take the
data away, kept off the figures glossary (a reader's page) and shown on the About page
with ``::: data-fields``."""

from __future__ import annotations

from explainer.downloads.figures_data import FIGURE_FIELDS, OCCURRENCE_FIELDS
from explainer.pages.directive_syntax import Call

DEVELOPER = "ex-developer"  # the field tables: not printed, not in the site search


def fields_reference() -> str:
    """The fields of ``figures.json`` and ``figures.csv``, as Markdown."""
    lines = [
        "`figures.json` holds one entry per figure, occurrences nested; `figures.csv` one row per "
        "occurrence. Text cells of the CSV that start with `=`, `+`, `-` or `@` get a leading "
        "apostrophe so spreadsheets do not run them.",
        "",
        f'<div class="{DEVELOPER}" markdown>',
        "",
        "Fields of each figure in `figures.json`:",
        "",
        "| Field | Meaning |",
        "| --- | --- |",
        *(f"| `{name}` | {meaning} |" for name, meaning in FIGURE_FIELDS),
        "",
        "Fields of each occurrence (in `figures.json` under `occurrences`; in `figures.csv` after the "
        "figure's `id`, `key`, `kind`, `value`, `number` and `resolved` columns):",
        "",
        "| Field | Meaning |",
        "| --- | --- |",
        *(f"| `{name}` | {meaning} |" for name, meaning in OCCURRENCE_FIELDS),
        "",
        "`figures.json` also names the article (`article`: slug, title, url, published, "
        "published_approximate) and says whether speakers were attributed (`speakers_attributed`).",
        "",
        "</div>",
    ]
    return "\n".join(lines) + "\n"


def data_fields_directive(call: Call, site) -> str:
    """``::: data-fields``: the reference above, where an editor places it."""
    if call.args:
        raise call.error("::: data-fields takes no arguments")
    return fields_reference()
