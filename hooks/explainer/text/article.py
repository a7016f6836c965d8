"""Read a seed article and split it into paragraphs, sentences and quotes.

Every piece keeps character offsets into ``Article.text`` so that later
stages (voices, figures, notes) can point at exact places in the source.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError, line_of
from explainer.text import editor_files
from explainer.text.folding import fold

MAX_SEED_BYTES = editor_files.LIMITS["seed"]

# Characters that can never be part of article text: C0/C1 controls (tab and
# newlines aside), bidirectional overrides and isolates (the text would read
# otherwise than the bytes a reviewer approved) and Unicode noncharacters.
# Python-Markdown also uses STX/ETX as internal placeholders, so letting them
# through would be an injection.
# (Two patterns: one class holding both compiles ten times slower.)
_FORBIDDEN = (
    re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"),
    re.compile("[\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]"),
)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n\s*")
# A line that ends a sentence: . ! ? or an ellipsis, maybe inside closing quotes or brackets.
_SENTENCE_LINE_END = re.compile(r"[.!?\u2026][\u201d\u2019\"')\]]*[ \t\u00a0]*$")
MAX_PARAGRAPH_WORDS = 400
# a long read has a hundred paragraphs or so; 20,000 one-line ones took the engine 14 s,
# and 1,000, each with a figure, build and render in about 6 s
MAX_PARAGRAPHS = 1_000
# one paragraph is one text run for the site's Markdown, whose cost grows faster than
# its length: a 250 KB run of hyphenated names took 30 s to render
MAX_PARAGRAPH_CHARS = 10_000
# quote marks in the whole article: a real one has dozens; each quote becomes a record
# in every download, and 50,000 marks took 79 s
MAX_QUOTE_MARKS = 10_000
_QUOTE_MARK = re.compile('[\u201c\u201d"]')
# ASCII punctuation: pages write each mark as an entity (text/markup.py), and MkDocs'
# Markdown renders about 35,000 of them a second; prose has one in thirty characters
MAX_PUNCTUATION = 50_000
_PUNCTUATION = re.compile(f"[{re.escape(string.punctuation)}]")
_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"'}
# A title before a name, or a month before its day, ends in a full stop that ends no sentence:
# "spokesperson Sr. Comr. Ari", "from Dec. 1".
_TITLE_ABBREVIATIONS = (
    "Mr Mrs Ms Dr Prof Sr Gen Lt Col Capt Maj Sgt Cmdr Comr Insp Supt Adm Gov Sen Rep Rev Hon Brig"
    " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"  # "starting Dec. 1, the minister said"
    " St"  # "the St. Louis plant"
)
# Before a number, a currency or a "number" ends no sentence: "Rs. 400 crore", "Tk. 50", "No. 1 reactor".
NUMBER_ABBREVIATIONS = "Rs Re Rp Tk Nu No Nos Art Sec Vol"
# A company's suffixes in a row: "Acme Co. Ltd."
_COMPANY_SUFFIX = (
    r"(?!(?<=\bCo)\.\s+(?:Ltd|Inc|Limited|Bhd|Plc|LLC)\b)"
    # "Rizal Commercial Banking Corp. (RCBC) said": a suffix before the acronym in brackets
    r"(?!(?:(?<=\bCorp)|(?<=\bInc)|(?<=\bLtd)|(?<=\bCo)|(?<=\bBhd)|(?<=\bPlc)|(?<=\bPte))\.\s+\()"
)
_SENTENCE_END = re.compile(
    "".join(rf"(?<!\b{title})" for title in _TITLE_ABBREVIATIONS.split())
    + "(?!(?:"
    + "|".join(rf"(?<=\b{word})" for word in NUMBER_ABBREVIATIONS.split())
    + r")\.\s+\d)"
    + _COMPANY_SUFFIX
    + r"[.!?][\u201d\"')\]]*(?=\s+[\u201c\"'(\[]?[A-Z0-9])"
)


class Span(NamedTuple):
    """A slice of the article text, ``text[start:end]``."""

    start: int
    end: int


class Quote(NamedTuple):
    """A quoted passage; ``start``/``end`` include the quotation marks."""

    start: int
    end: int
    inner_start: int
    inner_end: int


class Paragraph(NamedTuple):
    """A paragraph, ``text[start:end]``, with its sentences and quotes."""

    start: int
    end: int
    number: int
    text: str
    sentences: tuple[Span, ...]
    quotes: tuple[Quote, ...]

    @property
    def anchor(self) -> str:
        return f"p{self.number}"


@dataclass(frozen=True)
class Article:
    slug: str
    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    meta: dict = field(default_factory=dict, compare=False)

    @cached_property
    def folded(self):
        """The text folded for phrase matching, computed once per article."""
        return fold(self.text)

    def paragraph_at(self, offset: int) -> Paragraph:
        for paragraph in self.paragraphs:
            if paragraph.start <= offset < paragraph.end:
                return paragraph
        raise ValueError(f"offset {offset} is outside every paragraph")


def decode_seed(raw: bytes, path: str | Path) -> str:
    """Decode and normalise seed bytes: UTF-8 (BOM allowed), LF line ends, NFC."""
    if len(raw) > MAX_SEED_BYTES:
        raise InputError(
            path,
            f"seed is {len(raw):,} bytes; the limit is {MAX_SEED_BYTES:,}: split the article",
            raw.count(b"\n", 0, MAX_SEED_BYTES) + 1,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(path, "seed is not valid UTF-8: save it as UTF-8", line) from None
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    bad = min(filter(None, (p.search(text) for p in _FORBIDDEN)), key=lambda m: m.start(), default=None)
    if bad:
        raise InputError(
            path,
            f"seed contains control character U+{ord(bad.group()):04X}: remove it",
            line_of(text, bad.start()),
        )
    if not text.strip():
        raise InputError(path, "seed is empty: paste the article text, paragraphs separated by blank lines")
    return text


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line-separated paragraph, outer whitespace trimmed."""
    spans, position = [], 0
    for match in [*_PARAGRAPH_BREAK.finditer(text), None]:
        stop = match.start() if match else len(text)
        chunk = text[position:stop]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((position + lead, position + len(chunk.rstrip())))
        if match:
            position = match.end()
    return spans


def _nth_match(pattern: re.Pattern, text: str, n: int) -> int | None:
    """Where the ``n``-th match of ``pattern`` starts, or None when there are fewer."""
    for count, match in enumerate(pattern.finditer(text), start=1):
        if count == n:
            return match.start()
    return None


def check_paragraphs(text: str, spans: list[tuple[int, int]], path: str | Path) -> None:
    """Stop on a paste that lost its blank lines: a news paragraph is one to a few
    sentences, so several lines that each end a sentence, or a paragraph of more
    than MAX_PARAGRAPH_WORDS words, is several paragraphs read as one. More than
    MAX_PARAGRAPHS paragraphs is several articles (or no article at all)."""
    for marks, limit, what in (
        (_QUOTE_MARK, MAX_QUOTE_MARKS, 'quote marks (“ ” ")'),
        (_PUNCTUATION, MAX_PUNCTUATION, "punctuation marks"),
    ):
        over = _nth_match(marks, text, limit + 1)
        if over is not None:
            raise InputError(
                path, f"seed holds more than {limit:,} {what}, the limit: split the article", line_of(text, over)
            )
    if len(spans) > MAX_PARAGRAPHS:
        raise InputError(
            path,
            f"seed has {len(spans):,} paragraphs; the limit is {MAX_PARAGRAPHS:,}: split the article",
            line_of(text, spans[MAX_PARAGRAPHS][0]),
        )
    for start, end in spans:
        lines = text[start:end].split("\n")
        if len(lines) > 1 and all(_SENTENCE_LINE_END.search(line) for line in lines):
            raise InputError(
                path,
                f"{len(lines)} lines that each end a sentence are read as one paragraph: "
                "paragraphs must be separated by a blank line, so put an empty line between them",
                line_of(text, start),
            )
        words = len(text[start:end].split())
        if words > MAX_PARAGRAPH_WORDS:
            raise InputError(
                path,
                f"paragraph of {words:,} words (more than {MAX_PARAGRAPH_WORDS}): a blank line is missing "
                "between paragraphs; put an empty line where each paragraph ends",
                line_of(text, start),
            )
        if end - start > MAX_PARAGRAPH_CHARS:
            raise InputError(
                path,
                f"paragraph of {end - start:,} characters (more than {MAX_PARAGRAPH_CHARS:,}): "
                "a news paragraph is a few sentences; put an empty line where each paragraph ends",
                line_of(text, start),
            )


def find_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages in ``text[start:end]``: double marks, curly or straight, then the
    single curly marks some house styles quote with (‘...’) outside them; unbalanced
    marks are ignored."""
    doubles = _double_quotes(text, start, end)
    singles = [q for q in _single_quotes(text, start, end) if not any(d.start < q.start < d.end for d in doubles)]
    return sorted(doubles + singles)


# ‘ opening a quote: at the start, after a space or a bracket or a dash, before a word
# (not the ‘ of "‘90s")
_SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[\u2014\u2013-]))\u2018(?=[^\s\d])", re.M)
# ’ that may close one: not between letters, where it is an apostrophe ("dealer’s", "don’t")
_SINGLE_CLOSING = re.compile(r"\u2019(?![\w])")


def _single_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quotes in single curly marks (‘We will act,’ she said). A closing ’ after
    punctuation is taken first (‘the farmers’ plight,’ he said), else the first one not
    between letters; a quote runs no further than the next opening ‘."""
    if "\u2018" not in text[start:end]:
        return []
    openings = [m.start() for m in _SINGLE_OPENING.finditer(text, start, end)]
    quotes = []
    for index, opening in enumerate(openings):
        limit = openings[index + 1] if index + 1 < len(openings) else end
        closings = [m.start() for m in _SINGLE_CLOSING.finditer(text, opening + 1, limit)]
        if not closings:
            continue
        closing = next((c for c in closings if text[c - 1] in ",.!?;:\u2026\u2014-"), closings[0])
        quotes.append(Quote(opening, closing + 1, opening + 1, closing))
    return quotes


def _double_quotes(text: str, start: int, end: int) -> list[Quote]:
    """Quoted passages in double marks, curly or straight."""
    quotes, position = [], start
    while position < end:
        opening = min(
            (i for i in (text.find(mark, position, end) for mark in _QUOTE_PAIRS) if i >= 0),
            default=-1,
        )
        if opening < 0:
            break
        closing_mark = _QUOTE_PAIRS[text[opening]]
        closing = text.find(closing_mark, opening + 1, end)
        if closing < 0:
            break
        quotes.append(Quote(opening, closing + 1, opening + 1, closing))
        position = closing + 1
    return quotes


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans in a paragraph; a sentence never ends inside a quote's first words."""
    spans, position = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        spans.append(Span(position, match.end()))
        position = match.end()
        while position < end and text[position].isspace():
            position += 1
    if position < end:
        spans.append(Span(position, end))
    return spans


def parse_article(slug: str, path: str | Path, raw: bytes, meta: dict | None = None) -> Article:
    """Turn raw seed bytes into an Article; raises InputError for unusable input."""
    text = decode_seed(raw, path)
    spans = split_paragraphs(text)
    check_paragraphs(text, spans, path)
    paragraphs = tuple(
        Paragraph(
            start=start,
            end=end,
            number=number,
            text=text[start:end],
            sentences=tuple(split_sentences(text, start, end)),
            quotes=tuple(find_quotes(text, start, end)),
        )
        for number, (start, end) in enumerate(spans, start=1)
    )
    return Article(slug=slug, path=str(path), text=text, paragraphs=paragraphs, meta=meta or {})
