"""Corrections: what an editor fixed, when, and where, from ``data/corrections.yml``
(read by ``editorial/corrections_data.py``).

Each entry names a page (``docs/``-relative, e.g. ``plans.md``) or an article
(``article: <slug>``) and a ``phrase`` found there, with an optional ``prefix`` /
``suffix`` (the words right before / after it) to pick one of several places.
The phrase is matched as a note's is (whole words; quotes, dashes and spaces
forgiven) against what a reader reads: the article's text, or a page's prose with
its Markdown, links and figure links taken out. A phrase found nowhere, or in two
paragraphs, stops the build with the file, line and closest passage. The notice
goes right after the paragraph holding the phrase; the generated Corrections page
lists every correction under its article's or page's title.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from collections.abc import Callable
from pathlib import Path

from explainer.editorial.corrections_data import Correction, entries
from explainer.errors import InputError
from explainer.pages import prose
from explainer.text import editor_files
from explainer.text.anchoring import find_all, resolve
from explainer.text.article import Article, Paragraph
from explainer.text.markup import escape_text as escape_markdown

PAGE = "corrections.md"
HOW_TO_PICK = "add prefix: or suffix: (the words right before or after it) to the correction"
# where a notice waits at the end of its paragraph's last line while directives expand:
# control characters, which no page can show, so no editor text can forge one
_MARK = "\x02ex-correction:{}\x03"
_MARKED = re.compile("\x02ex-correction:([0-9]+)\x03")


def load(path: Path, docs_dir: Path | None, bundles) -> list[Correction]:
    """Every correction of the file, each checked against the page or article it names."""
    found = []
    articles = {b.slug: b.article for b in bundles}
    for base, slug, page in entries(path):
        line = base.line
        if slug:
            if slug not in articles:
                raise InputError(path, f"no article '{slug}' in seeds/ (known: {', '.join(articles)})", line)
            article = articles[slug]
            found.append(
                base._replace(
                    page=f"articles/{slug}/index.md",
                    title=str(article.meta.get("title") or slug),
                    paragraph=_paragraph(article, base, f"in the article '{slug}'").number,
                )
            )
            continue
        if docs_dir is None:  # nothing to check the page against
            found.append(base._replace(page=page, title=page))
            continue
        markdown = _page_source(path, line, Path(docs_dir), page)
        page_block(markdown, base._replace(page=page))
        found.append(base._replace(page=page, title=prose.title(markdown, page)))
    return _with_anchors(sorted(found, key=lambda c: c.date, reverse=True))


def _page_source(path: Path, line: int, docs_dir: Path, page: str) -> str:
    """The Markdown of a page of docs/ named by a correction: a file inside docs/, not a link out of it."""
    where = editor_files.relative_path(page, path, line, "page:", "plans.md")
    source = docs_dir / where
    inside = not where.is_absolute() and ".." not in where.parts and not set(page) & {"\\", "\0"}
    inside = inside and source.resolve().is_relative_to(docs_dir.resolve())  # no symlinked folder either
    if not page.endswith(".md") or not inside or source.is_symlink() or not source.is_file():
        shown = re.sub("[\x00-\x1f\x7f]", lambda c: f"\\x{ord(c.group()):02x}", page)  # a log line stays one line
        raise InputError(path, f"no page '{shown}' in docs/ (give page: x.md or article: <slug>)", line)
    return editor_files.read_text(source, "page", docs_dir)


def _paragraph(article: Article, correction: Correction, where: str, unit: str = "¶") -> Paragraph:
    """The one paragraph holding the phrase (twice in it is still one), or the InputError
    a note's phrase would give: not found, with the closest passage, or found in several."""
    matches = find_all(article.folded, correction.phrase, correction.prefix, correction.suffix)
    found = {article.paragraph_at(m.start) for m in matches if article.paragraph_at(m.end - 1).start <= m.start}
    if len(found) == 1:
        return found.pop()
    resolve(
        [article],
        correction.phrase,
        path=correction.file,
        line=correction.line,
        prefix=correction.prefix,
        suffix=correction.suffix,
        how_to_pick=HOW_TO_PICK,
        where=where,
        unit=unit,
    )
    raise InputError(correction.file, f"the phrase “{correction.phrase}” spans two paragraphs", correction.line)


def page_block(markdown: str, correction: Correction) -> prose.Block:
    """The one prose block of a page holding the phrase: the page read as an article
    whose paragraphs are its blocks, numbered by their first lines."""
    blocks = {block.first_line: block for block in prose.blocks(markdown)}
    text, paragraphs = "", []
    for block in blocks.values():
        start = len(text) + 2 if text else 0
        text = f"{text}\n\n{block.text}" if text else block.text
        paragraphs.append(Paragraph(start, len(text), block.first_line, block.text, (), ()))
    page = Article(correction.page, correction.page, text, tuple(paragraphs))
    return blocks[_paragraph(page, correction, f"on the page '{correction.page}'", unit="line ").number]


def _with_anchors(corrections: list[Correction]) -> list[Correction]:
    """Each notice's id on its page: ``corrected-<date>``, numbered after the first of a day."""
    seen: dict[tuple[str, dt.date], int] = {}
    named = []
    for correction in sorted(corrections, key=lambda c: (c.date, c.line)):
        count = seen[(correction.page, correction.date)] = seen.get((correction.page, correction.date), 0) + 1
        anchor = f"corrected-{correction.date.isoformat()}" + (f"-{count}" if count > 1 else "")
        named.append(correction._replace(anchor=anchor))
    return sorted(named, key=lambda c: (c.date, -c.line), reverse=True)


def _day(date: dt.date) -> str:
    return f"{date.day} {date:%B %Y}"


def notice(correction: Correction, indent: str = "") -> str:
    """The dated notice under the corrected paragraph (HTML, seed-free text escaped):
    one line, the date and what the passage says now, that opens (a native disclosure,
    keyboard and screen readers included) to what was wrong and the Corrections page,
    so a correction of a note's words never takes more room than the paragraph.
    Every line carries ``indent``, the corrected block's own (a list item's)."""
    corrections_page = posixpath.relpath(PAGE, posixpath.dirname(correction.page) or ".")
    lines = [
        f'<details class="ex-correction" id="{correction.anchor}" markdown="block">',
        f'<summary markdown="span"><strong>Corrected on <time datetime="{correction.date.isoformat()}">'
        f"{_day(correction.date)}</time>:</strong> {escape_markdown(correction.now)}</summary>",
        f'<p markdown="span">What was wrong: {escape_markdown(correction.wrong)} '
        f"[All corrections]({corrections_page})</p>",
        "</details>",
    ]
    return "\n".join(indent + line for line in lines)


def _after_article_paragraph(markdown: str, correction: Correction) -> int:
    """Where the notice goes on an annotated article: right after the paragraph's text."""
    opening = re.search(f'<div class="ex-para[^"]*" id="p{correction.paragraph}"', markdown)
    block = opening.start() if opening else -1
    text = markdown.find('<p class="ex-para__text"', block) if block >= 0 else -1
    end = markdown.find("</p>\n", text) if text >= 0 else -1
    if end < 0:
        raise InputError(
            correction.file, f"no paragraph {correction.paragraph} on '{correction.page}'", correction.line
        )
    return end + len("</p>\n")


def apply(markdown: str, page: str, corrections: list[Correction], expand: Callable[[str], str] | None = None) -> str:
    """The page's Markdown with each of its corrections' notices right after the paragraph
    holding the phrase. On an editorial page, ``expand`` (its directives) runs between
    finding the paragraph in the editor's Markdown and placing the notice after it, and
    the page's lines stay where they were, so a directive's problem keeps its line."""
    own = [c for c in corrections if c.page == page]
    for correction in [c for c in own if c.paragraph is not None]:
        at = _after_article_paragraph(markdown, correction)
        markdown = f"{markdown[:at]}{notice(correction)}\n{markdown[at:]}"
    placed = {}
    for number, correction in enumerate(c for c in own if c.paragraph is None):
        block = page_block(markdown, correction)
        placed[str(number)] = (block.indent, correction)
        markdown = f"{markdown[: block.end]}{_MARK.format(number)}{markdown[block.end :]}"
    markdown = expand(markdown) if expand else markdown

    def placed_notice(mark: re.Match) -> str:
        if mark.group(1) not in placed:  # not one of ours: left as the page wrote it
            return mark.group()
        indent, correction = placed[mark.group(1)]
        return f"\n\n{notice(correction, indent)}"

    return _MARKED.sub(placed_notice, markdown)


def corrections_page(corrections: list[Correction]) -> str:
    """The generated Corrections page: newest first, each under its article's or page's
    title and linked to its notice."""
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
        target = f"{c.page}#{c.anchor}" if c.anchor else c.page
        lines += [
            f'## <time datetime="{c.date.isoformat()}">{_day(c.date)}</time>: [{escape_markdown(c.title)}]({target})',
            "",
            f"- **Phrase:** “{escape_markdown(c.phrase)}”",
            f"- **What was wrong:** {escape_markdown(c.wrong)}",
            f"- **What it says now:** {escape_markdown(c.now)}",
            "",
        ]
    return "\n".join(lines) + "\n"
