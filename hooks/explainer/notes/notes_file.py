"""Read an editor's notes file and pin each note to the exact text it annotates.

A notes file (``seeds/<slug>.notes.md``) is plain Markdown an editor changes in a
pull request. One section per note::

    ## "nearly 30,000 Cambodian citizens"
    prefix: we have
    suffix: mainly students

    What the figure counts, with a [source](https://example.org).

The heading is the annotated phrase in quotes (straight or curly); optional
``prefix:`` / ``suffix:`` lines right under it pick one of several occurrences,
as in a W3C TextQuoteSelector. Anchoring is ``anchoring.resolve``, so a note
that names no text, or more than one place, stops the build where the editor
can see it. A note without a source link is only a warning (``missing_sources``)
so that a draft still previews, while ``--strict`` refuses to publish it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError, Problems
from explainer.text import editor_files, fences
from explainer.text.anchoring import resolve
from explainer.text.article import Article
from explainer.text.characters import text_problems
from explainer.text.editor_markdown import safe_html, safe_markdown

_HEADING = re.compile(r"^#{1,6}(?:[ \t]|$)")
_NOTE_HEADING = re.compile(r"^##[ \t]+(?P<phrase>.*?)[ \t]*#*[ \t]*$")
_SELECTOR = re.compile(r"^(?P<key>prefix|suffix)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.IGNORECASE)
_COMMENT_OPEN, _COMMENT_CLOSE = "<!--", "-->"
_OPENING_QUOTES, _CLOSING_QUOTES = '"\u201c', '"\u201d'
# A source is a web address the reader can follow: an inline link, an autolink
# or a reference definition.
_SOURCE_LINK = re.compile(
    r"\]\(\s*<?https?://|<https?://[^>\s]+>|^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?https?://",
    re.MULTILINE,
)
CONTEXT_CHARS = 32


class Note(NamedTuple):
    """One editor's note; ``start``/``end`` are offsets into ``Article.text`` once anchored."""

    path: str
    line: int  # line of the heading, for messages
    exact: str  # the phrase as the editor typed it
    prefix: str
    suffix: str
    body: str  # the editor's Markdown, as written
    start: int = -1
    end: int = -1
    paragraph: int = 0  # number of the paragraph holding the phrase
    number: int = 0  # 1-based within its paragraph: the number on its marker
    markdown: str = ""  # the body made inert (text.editor_markdown): what pages show

    @property
    def html(self) -> str:
        """The body as sanitised HTML, for data files (annotations.jsonld)."""
        return safe_html(self.markdown)

    @property
    def has_source(self) -> bool:
        return bool(_SOURCE_LINK.search(self.body))


def _unquote(text: str) -> str | None:
    """The text inside one pair of surrounding quotes, or None without them."""
    if len(text) >= 2 and text[0] in _OPENING_QUOTES and text[-1] in _CLOSING_QUOTES:
        return text[1:-1]
    return None


# Per note, far above real use (the seed's longest note: 1,200 characters, 4 '[', 5 '*' or '_'):
# Markdown's link and emphasis parsing slows down or recurses on thousands of them (each
# unclosed '[' costs a scan to the note's end, in the site and in annotations.jsonld).
MAX_NOTE_CHARS = 10_000
MAX_NOTE_MARKERS = {"[": 100, "*_": 100}
MAX_NOTES = 300  # per article (the seed has 15): each is a marker and a panel on its paragraph


def _over_limits(body: str) -> str | None:
    """What makes a note too big to render safely, in words for the editor, or None."""
    if len(body) > MAX_NOTE_CHARS:
        return f"is {len(body):,} characters long; the limit is {MAX_NOTE_CHARS:,}: shorten it or split it"
    for marks, limit in MAX_NOTE_MARKERS.items():
        count = sum(body.count(mark) for mark in marks)
        if count > limit:
            shown = " or ".join(f"'{mark}'" for mark in marks)
            return f"holds {count:,} {shown}; the limit is {limit} per note: remove the extra marks"
    return None


def parse_notes(path: str | Path, text: str, found: Problems | None = None) -> list[Note]:
    """Every well-formed note in a notes file, in file order (not yet anchored).

    A malformed note is reported and skipped, so one run lists every mistake:
    into ``found`` when given, else raised as ``Problems`` at the end.
    """
    notes: list[Note] = []
    problems = Problems() if found is None else found
    current: dict | None = None
    fence: str | None = None
    in_comment = False
    before_first = 'text before the first note: start each note with a heading like ## "exact phrase"'

    def report(message: str, line: int | None) -> None:
        problems.add(InputError(path, message, line))

    def finish() -> None:
        if current is None or current["broken"]:
            return
        body = "\n".join(current["body"]).strip("\n")
        if not body.strip():
            report(f'note on "{current["exact"]}" has no text: write the note under its heading', current["line"])
            return
        too_much = _over_limits(body)
        if too_much:
            report(f'note on "{current["exact"]}" {too_much}', current["line"])
            return
        first = current["body_from"] + next(n for n, line in enumerate(current["body"]) if line.strip())
        try:
            markdown = safe_markdown(body, path, first)
        except InputError as error:
            problems.add(error)
            return
        notes.append(
            Note(
                path=str(path),
                line=current["line"],
                exact=current["exact"],
                prefix=current["prefix"],
                suffix=current["suffix"],
                body=body,
                markdown=markdown,
            )
        )

    for number, line in enumerate(text.splitlines(), start=1):
        in_code = fence is not None
        is_marker, next_fence = fences.step(line, fence)
        if in_comment:
            in_comment = _COMMENT_CLOSE not in line
        elif in_code or is_marker:
            if current is None and not in_code:
                report(before_first, number)
            fence = next_fence
        elif heading := _NOTE_HEADING.match(line):
            finish()
            current = _start_note(path, number, heading.group("phrase"), problems)
            continue
        elif current is None:
            if line.lstrip().startswith(_COMMENT_OPEN):
                in_comment = _COMMENT_CLOSE not in line
            elif line.strip() and not line.startswith("# "):
                report(before_first, number)
            continue
        elif _HEADING.match(line):
            report('a note cannot hold a heading: start a new note with ## "phrase", or use bold text', number)
            continue
        elif current["selecting"] and (selector := _SELECTOR.match(line)):
            key, value = selector.group("key").lower(), selector.group("value")
            if current[key]:
                report(f"note has two '{key}:' lines: keep one", number)
                continue
            current[key] = _unquote(value) if _unquote(value) is not None else value
            if not current[key].strip():
                side = "before" if key == "prefix" else "after"
                report(f"'{key}:' is empty: give the words right {side} the phrase", number)
            continue
        if current is not None:
            if line.strip():
                current["selecting"] = False
            current["body_from"] = current.get("body_from") or number
            current["body"].append(line)
    if fence is not None:
        report("a code fence is never closed", None)
    finish()
    if found is None:
        problems.raise_errors()
    return notes


def _start_note(path, line: int, heading: str, problems: Problems) -> dict:
    exact = _unquote(heading)
    broken = exact is None or not exact.strip()
    if broken:
        problems.add(
            InputError(
                path,
                f'note heading must be the exact phrase in quotes, like ## "the phrase", not: {heading[:80]}',
                line,
            )
        )
    return {
        "line": line,
        "exact": exact or "",
        "prefix": "",
        "suffix": "",
        "body": [],
        "selecting": True,
        "broken": broken,
    }


def anchor_notes(article: Article, notes: list[Note]) -> list[Note]:
    """Notes pinned to the article, in reading order, numbered within each paragraph."""
    pinned, problems = [], Problems()
    for note in notes:
        try:
            anchor = resolve(
                [article],
                note.exact,
                path=note.path,
                line=note.line,
                prefix=note.prefix,
                suffix=note.suffix,
                how_to_pick="add a line 'prefix: words before' or 'suffix: words after' right under the heading",
            )
        except InputError as error:
            problems.add(error)
            continue
        if anchor.end > anchor.paragraph.end:
            problems.add(
                InputError(
                    note.path,
                    f'phrase "{note.exact}" runs across two paragraphs: annotate words within one paragraph',
                    note.line,
                )
            )
            continue
        pinned.append(note._replace(start=anchor.start, end=anchor.end, paragraph=anchor.paragraph.number))
    problems.raise_errors()
    pinned.sort(key=lambda n: (n.start, n.end, n.line))
    numbered: list[Note] = []
    count: dict[int, int] = {}
    for note in pinned:
        count[note.paragraph] = count.get(note.paragraph, 0) + 1
        numbered.append(note._replace(number=count[note.paragraph]))
    return numbered


def load_notes(path: Path, article: Article) -> list[Note]:
    """The anchored notes of an article; none when it has no notes file."""
    if not path.exists():
        return []
    text = editor_files.read_text(path, "notes").replace("\r\n", "\n")
    if unsafe := text_problems(text, path):
        raise Problems(unsafe)  # before any message could echo the characters
    problems = Problems()
    notes = parse_notes(path, text, problems)
    if len(notes) > MAX_NOTES:
        raise InputError(
            path,
            f"{len(notes):,} notes; the limit is {MAX_NOTES} per article: keep the ones that matter",
            notes[MAX_NOTES].line,
        )
    with problems.inside():
        # notes that parsed are anchored even when others did not: every phrase is checked
        notes = anchor_notes(article, notes)
    problems.raise_errors()
    return notes


def check_notes_files(seeds_dir: str | Path, slugs: list[str]) -> None:
    """A notes file whose article is gone (renamed, deleted) would be ignored silently: stop instead."""
    problems = Problems()
    for path in sorted(Path(seeds_dir).glob("*.notes.md")):
        slug = path.name.removesuffix(".notes.md")
        if slug not in slugs:
            problems.add(
                InputError(path, f"notes file has no article: expected {slug}.txt next to it, or rename the notes file")
            )
    problems.raise_errors()


def missing_sources(notes: list[Note]) -> list[InputError]:
    """One warning per note without a source link (reported, not raised)."""
    return [
        InputError(
            note.path,
            f'note on "{note.exact}" has no source link: add one like [name](https://...) to where the fact comes from',
            note.line,
            warning=True,
        )
        for note in notes
        if not note.has_source
    ]


def quote_context(article: Article, note: Note) -> tuple[str, str]:
    """The article text just before and after a note's phrase (TextQuoteSelector prefix/suffix)."""
    return article.text[max(0, note.start - CONTEXT_CHARS) : note.start], article.text[
        note.end : note.end + CONTEXT_CHARS
    ]
