"""Find an exact phrase in an article, the way a W3C TextQuoteSelector does.

Editors type phrases by hand, so matching forgives what a reader cannot see:
Unicode normalisation (NFC), runs of whitespace, straight vs curly quotes and
apostrophes, dash variants, and zero-width characters. Offsets always refer to
the original article text, so what is shown is the source, never the phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from explainer.errors import InputError
from explainer.text.folding import Folded, fold, fold_phrase

if TYPE_CHECKING:
    from explainer.text.article import Article, Paragraph

_SUGGESTION_CHARS = 120


class Match(NamedTuple):
    start: int
    end: int


def find_all(folded: Folded, exact: str, prefix: str = "", suffix: str = "") -> list[Match]:
    """Every place ``exact`` occurs as whole words, optionally right after ``prefix`` /
    before ``suffix``: "8,000" is not the end of "38,000", nor "Tola" the start of "Tolan"."""
    needle = fold_phrase(exact)
    before, after = fold_phrase(prefix), fold_phrase(suffix)
    if not needle:
        return []
    matches, position = [], 0
    while (found := folded.text.find(needle, position)) >= 0:
        end = found + len(needle)
        position = found + 1
        if not _on_word_boundaries(folded.text, found, end):
            continue
        if before and not folded.text[:found].rstrip().endswith(before):
            continue
        if after and not folded.text[end:].lstrip().startswith(after):
            continue
        matches.append(Match(*folded.span(found, end)))
    return matches


def _on_word_boundaries(text: str, start: int, end: int) -> bool:
    """No letter or digit runs on past a match that itself starts/ends with one."""
    if text[start].isalnum() and start > 0 and text[start - 1].isalnum():
        return False
    return not (text[end - 1].isalnum() and end < len(text) and text[end].isalnum())


def nearest_passage(text: str, phrase: str) -> tuple[int, int] | None:
    """Original (start, end) of the passage most like ``phrase`` (a fuzzy match)."""
    from rapidfuzz import fuzz  # only a failing build needs it: keep it out of every build's start-up

    folded = fold(text)
    needle = fold_phrase(phrase)
    if not needle or not folded.text:
        return None
    alignment = fuzz.partial_ratio_alignment(needle, folded.text)
    if alignment is None or alignment.score < 40:
        return None
    return folded.span(alignment.dest_start, max(alignment.dest_end, alignment.dest_start + 1))


def shorten(text: str, limit: int = _SUGGESTION_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class Anchor(NamedTuple):
    """A resolved phrase: which article, which characters, which paragraph."""

    article: Article
    start: int
    end: int

    @property
    def paragraph(self) -> Paragraph:
        return self.article.paragraph_at(self.start)

    @property
    def exact(self) -> str:
        return self.article.text[self.start : self.end]


def resolve(
    articles: list[Article],
    exact: str,
    *,
    path: str,
    line: int | None,
    prefix: str = "",
    suffix: str = "",
    how_to_pick: str = "add a prefix/suffix to pick one",
    where: str = "in the article",
    unit: str = "¶",
) -> Anchor:
    """The one place ``exact`` names across ``articles``, or an InputError that says
    what is wrong and suggests the closest passage. ``how_to_pick`` tells the editor,
    in the syntax of the file at hand, how to choose one of several places; ``where``
    and ``unit`` name the text and its paragraphs (a page's blocks are "line 12")."""
    found = [
        Anchor(article, match.start, match.end)
        for article in articles
        for match in find_all(article.folded, exact, prefix, suffix)
    ]
    if len(found) == 1:
        return found[0]
    shown = f'"{shorten(exact, 80)}"'
    if not found and (prefix or suffix):
        anywhere = [Anchor(a, m.start, m.end) for a in articles for m in find_all(a.folded, exact)]
        if anywhere:
            selectors = " and ".join(
                f'{name} "{shorten(value, 40)}"' for name, value in (("prefix", prefix), ("suffix", suffix)) if value
            )
            raise InputError(
                path,
                f"phrase {shown} is {where} ({_places(articles, anywhere, unit)}), but the {selectors} match"
                " nothing next to it: copy the words right before or after it from the seed",
                line,
            )
    if not found:
        raise InputError(path, f"phrase {shown} is not {where}{_suggestion(articles, exact, unit)}", line)
    raise InputError(
        path,
        f"phrase {shown} occurs {len(found)} times ({_places(articles, found, unit)}): "
        f"quote more of it, or {how_to_pick}",
        line,
    )


def _places(articles: list[Article], found: list[Anchor], unit: str = "¶") -> str:
    return ", ".join(
        f"{a.article.slug} {unit}{a.paragraph.number}" if len(articles) > 1 else f"{unit}{a.paragraph.number}"
        for a in found
    )


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole words, so a suggestion can be pasted back as is."""
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    while end < len(text) and not text[end].isspace():
        end += 1
    return start, end


def _suggestion(articles: list[Article], exact: str, unit: str = "¶") -> str:
    from rapidfuzz import fuzz

    best: tuple[float, str, str] | None = None
    for article in articles:
        span = nearest_passage(article.text, exact)
        if span is None:
            continue
        passage = article.text[slice(*_whole_words(article.text, *span))]
        score = fuzz.ratio(fold_phrase(exact), fold_phrase(passage))
        paragraph = article.paragraph_at(span[0]).number
        if best is None or score > best[0]:
            best = (score, passage, f"{article.slug} {unit}{paragraph}" if len(articles) > 1 else f"{unit}{paragraph}")
    if best is None:
        return ": check the spelling against the seed"
    return f'; closest passage ({best[2]}): "{shorten(best[1])}"'
