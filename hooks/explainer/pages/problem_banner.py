"""The live preview's banner: every input problem, on every page, while there are any,
and the editor's queue of paragraphs to check, collapsed under them.

Under ``mkdocs serve`` a build with problems keeps the last good site and shows
them at the top of each page (file, line, message), so the editor sees them in
the open tab; the fix rebuilds and reloads the page without the banner.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from explainer.errors import InputError, line_of

_BODY = re.compile(r"<body\b[^>]*>")
_BANNER = re.compile(r'<aside class="ex-build-problems".*?</aside>', re.S)
LAST_GOOD = "this preview shows the last good build"
LEFT_OUT = "this preview leaves out the files that have them"
# MkDocs' own warnings name a page of docs/ like this, and a link in it in quotes
_DOC_FILE = re.compile(r"^Doc file '(?P<page>[^']+)' (?P<rest>.*?'(?P<link>[^']+)'.*)$", re.S)
STYLE = (
    "margin:0;padding:.75rem 1rem;background:#fff4e5;color:#3d2200;border-bottom:3px solid #b3261e;"
    "font:0.85rem/1.5 system-ui,sans-serif;position:relative;z-index:10"
)


def mkdocs_warning(message: str, docs_dir: Path, shown_as: str = "docs") -> InputError:
    """One of MkDocs' warnings as a problem: a broken link names its page in ``docs/``
    (and the line the link is on, which MkDocs does not say); others name ``mkdocs.yml``
    when about the configuration, else MkDocs itself. A warning: a strict build refuses it."""
    doc = _DOC_FILE.match(message)
    if doc is None:
        about_config = "'nav'" in message or message.startswith("Config value")
        return InputError("mkdocs.yml" if about_config else "MkDocs", message, warning=True)
    page, line = docs_dir / doc["page"], None
    try:
        text = page.read_text(encoding="utf-8-sig")
        at = text.find(doc["link"])
        line = line_of(text, at) if at >= 0 else None
    except (OSError, UnicodeDecodeError):
        pass
    return InputError(f"{shown_as}/{doc['page']}", doc["rest"], line, warning=True)


def banner(found: list[InputError], shown: str = LAST_GOOD) -> str:
    """The banner's HTML: a labelled region with one list item per problem; ``shown`` says
    what the preview shows meanwhile. The editor's queue (paragraphs to check) follows,
    collapsed: it fails nothing, so it waits until the editor opens it."""
    problems = [problem for problem in found if not problem.to_check]
    queue = [problem for problem in found if problem.to_check]
    errors = sum(not problem.warning for problem in problems)
    if errors:
        title = f"{errors} problem{'s' if errors != 1 else ''} in the input: {shown}"
    elif problems:
        title = f"{len(problems)} warning{'s' if len(problems) != 1 else ''}: a strict build refuses these"
    else:
        title = f"{_paragraphs(queue)} to check: the speaker is unclear or only resolved"
    listed = f'<ul style="margin:0;padding-left:1.25rem">{_items(problems)}</ul>' if problems else ""
    if queue:
        listed += (
            '<details class="ex-build-problems__queue"><summary style="cursor:pointer">'
            f"Needs a human check: {_paragraphs(queue)}</summary>"
            f'<ul style="margin:0;padding-left:1.25rem">{_items(queue)}</ul></details>'
        )
    return (
        f'<aside class="ex-build-problems" aria-labelledby="ex-build-problems" style="{STYLE}">'
        f'<h2 id="ex-build-problems" style="margin:0 0 .25rem;font-size:1rem;color:inherit">{html.escape(title)}</h2>'
        f"{listed}</aside>"
    )


def _paragraphs(queue: list[InputError]) -> str:
    return f"{len(queue)} paragraph{'s' if len(queue) != 1 else ''}"


def _items(found: list[InputError]) -> str:
    return "".join(
        f'<li><code style="color:inherit">{html.escape(problem.path)}'
        f"{':' + str(problem.line) if problem.line else ''}</code>: {html.escape(problem.message)}"
        f"{' (warning)' if problem.warning and not problem.to_check else ''}</li>"
        for problem in found
    )


def insert(page_html: str, found: list[InputError], shown: str = LAST_GOOD) -> str:
    """The page with the banner first in its body, in place of any banner it had."""
    page_html = _BANNER.sub("", page_html, count=1)
    body = _BODY.search(page_html)
    if body is None:
        return banner(found, shown) + page_html
    return page_html[: body.end()] + banner(found, shown) + page_html[body.end() :]
