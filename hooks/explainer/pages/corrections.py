"""Corrections: what an editor fixed, when, and where, from ``data/corrections.yml``.

Each entry names a page (``docs/``-relative, e.g. ``plans.md``) or an article
(``article: <slug>``) and a ``phrase`` found there, verified like a note's
phrase: one that occurs nowhere stops the build with the file and line. The
corrections are listed on a generated Corrections page and shown as a dated
notice right after the paragraph holding the phrase.
"""

from __future__ import annotations

import datetime as dt
import posixpath
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError
from explainer.pages import data_file
from explainer.text import editor_files
from explainer.text.anchoring import find_all
from explainer.text.folding import fold
from explainer.text.markup import escape_text as escape_markdown

FILE_NAME = "corrections.yml"
PAGE = "corrections.md"
FIELDS = ("date", "phrase", "wrong", "now")


class Correction(NamedTuple):
    date: dt.date
    page: str  # docs-relative page the notice goes on
    phrase: str
    wrong: str
    now: str
    line: int
    paragraph: int | None = None  # the article paragraph, for article corrections


def load(path: Path, docs_dir: Path | None, bundles) -> list[Correction]:
    """Every correction of the file, each checked against the page or article it names."""
    if not path.is_file():
        return []
    found = []
    articles = {b.slug: b.article for b in bundles}
    node, data = data_file.read(path)
    for item in data_file.entries(path, node, data, "corrections"):
        line, entry = item.line, item.fields
        if not isinstance(entry, dict) or any(not entry.get(f) for f in FIELDS):
            raise InputError(path, f"a correction needs {', '.join(FIELDS)} and a page or article", line)
        if not isinstance(entry["date"], dt.date):
            raise InputError(path, "date must be YYYY-MM-DD", line)
        phrase = str(entry["phrase"])
        if entry.get("article"):
            slug = str(entry["article"])
            if slug not in articles:
                raise InputError(path, f"no article '{slug}' in seeds/ (known: {', '.join(articles)})", line)
            article = articles[slug]
            matches = find_all(fold(article.text), phrase)
            if not matches:
                raise InputError(path, f"the phrase “{phrase}” is not in the article '{slug}'", line)
            number = next(p.number for p in article.paragraphs if p.start <= matches[0].start < p.end)
            page = f"articles/{slug}/index.md"
        else:
            page = str(entry.get("page") or "")
            if docs_dir is None:  # nothing to check the page against
                found.append(Correction(entry["date"], page, phrase, str(entry["wrong"]), str(entry["now"]), line))
                continue
            source = Path(docs_dir) / editor_files.relative_path(page, path, line, "page:", "plans.md")
            editor_files.check_inside(source, Path(docs_dir))
            if not page.endswith(".md") or not source.is_file():
                raise InputError(path, f"no page '{page}' in docs/ (give page: x.md or article: <slug>)", line)
            if not find_all(fold(editor_files.read_text(source, "page", Path(docs_dir))), phrase):
                raise InputError(path, f"the phrase “{phrase}” is not on the page '{page}'", line)
            number = None
        found.append(Correction(entry["date"], page, phrase, str(entry["wrong"]), str(entry["now"]), line, number))
    return sorted(found, key=lambda c: c.date, reverse=True)


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def notice(correction: Correction) -> str:
    """The dated notice under the corrected paragraph (HTML, seed-free text escaped)."""
    return (
        f'<p class="ex-correction" markdown="span"><strong>Corrected on '
        f'<time datetime="{correction.date.isoformat()}">{_day(correction.date)}</time>:</strong> '
        f"{escape_markdown(correction.wrong)} Now: {escape_markdown(correction.now)} "
        f"[All corrections]({posixpath.relpath(PAGE, posixpath.dirname(correction.page) or '.')})</p>"
    )


def apply(markdown: str, page: str, corrections: list[Correction]) -> str:
    """The page's Markdown with each of its corrections' notices after the paragraph
    (block, up to the next blank line) holding the phrase; unmatched ones go last."""
    for correction in [c for c in corrections if c.page == page]:
        matches = find_all(fold(markdown), correction.phrase)
        if correction.paragraph is not None:
            marker = f'id="p{correction.paragraph}"'
            start = markdown.find(marker)
            matches = [m for m in matches if m.start > start] if start >= 0 else matches
        at = markdown.find("\n\n", matches[0].end) if matches else -1
        at = len(markdown) if at < 0 else at
        markdown = f"{markdown[:at]}\n\n{notice(correction)}\n{markdown[at:]}"
    return markdown


def corrections_page(corrections: list[Correction]) -> str:
    """The generated Corrections page: newest first, each linked to its page."""
    lines = [
        "---",
        "title: Corrections",
        "description: Every correction made to this explainer, newest first, with what was wrong and what it says now.",
        "---",
        "",
        "# Corrections",
        "",
        "Every correction made to this site, newest first. Found a mistake? Use "
        "**Report an error** at the foot of any page.",
        "",
    ]
    if not corrections:
        lines.append("No corrections so far.")
    for c in corrections:
        target = f"{c.page}#p{c.paragraph}" if c.paragraph else c.page
        lines += [
            f'## <time datetime="{c.date.isoformat()}">{_day(c.date)}</time>: [{escape_markdown(c.page)}]({target})',
            "",
            f"- **Phrase:** “{escape_markdown(c.phrase)}”",
            f"- **What was wrong:** {escape_markdown(c.wrong)}",
            f"- **What it says now:** {escape_markdown(c.now)}",
            "",
        ]
    return "\n".join(lines) + "\n"
