"""The home page's byline says when the annotations last changed ("Annotated by the
explainer team ... Updated 7 December 2026."), so a reader sees at once how fresh the
reading is. The date is the newest commit to what editors write (``seeds/`` and
``docs/``), never typed by hand, so it cannot go stale; without git history the
byline stays as written rather than guess.
"""

from __future__ import annotations

import datetime as dt
import re
from html import escape

from explainer.site.git_dates import Dates, History

EDITED_FOLDERS = ("seeds", "docs")
_BYLINE = re.compile(r'(<span class="ex-byline">)(.*?)(</span>)', re.S)


def annotations_updated(history: History) -> Dates | None:
    """The span from the first to the newest commit of anything editors write."""
    dated = [d for d in (history.dates(folder) for folder in EDITED_FOLDERS) if d is not None]
    if not dated:
        return None
    return max(dated, key=lambda d: dt.datetime.fromisoformat(d.modified))


def with_updated(html: str, dates: Dates | None) -> str:
    """The page's first byline with "Updated <date>." added at its end."""
    if dates is None:
        return html
    shown = dates.shown()
    stamp = f' Updated <time datetime="{escape(shown["modified"])}">{escape(shown["modified_text"])}</time>.'
    return _BYLINE.sub(lambda m: m.group(1) + m.group(2).rstrip() + stamp + m.group(3), html, count=1)
