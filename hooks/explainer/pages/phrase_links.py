"""Links from editorial pages to "the paragraph that says X", which cannot drift.

A paragraph's number changes when the seed gains, loses, splits or merges a
paragraph, so a hand-written ``[¶3](articles/<slug>/#p3)`` silently points at
another paragraph. An editor links by phrase instead, in plain Markdown that any
preview shows as a link (the phrase is the link's title)::

    [the 8,000 plan](phrase: "increase [Cambodian] migrant workers")
    [¶](phrase: "increase [Cambodian] migrant workers")     text becomes ¶4
    [the plan](phrase:cambodian-workers-japan "8,000 next year")   one article only

At build time the phrase is found in the seeds as ``::: source`` finds it (whole
words; quotes, dashes and spaces forgiven) and the link becomes a relative link
to ``articles/<slug>/#pN`` with an id, so the paragraph's "Discussed in" links
back to the very spot. A phrase found nowhere, or in two paragraphs, and a link
to ``#pN`` of an article written by hand, are input problems with file:line.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import NamedTuple

from explainer.bundle import ArticleBundle
from explainer.errors import InputError, Problems
from explainer.pages.links import relative
from explainer.text import fences
from explainer.text.anchoring import find_all, resolve
from explainer.text.article import Paragraph

SYNTAX = '[words](phrase: "exact words from the paragraph")'
_LINK = re.compile(
    r"\]\(\s*phrase:(?:(?P<slug>[A-Za-z0-9_][A-Za-z0-9_.-]*):?)?[ \t]*"
    r"(?:\"(?P<double>[^\"]+)\"|'(?P<single>[^']+)')[ \t]*\)"
)
_ATTEMPT = re.compile(r"\]\(\s*phrase:")
# where a link's destination starts: inline links, reference definitions, raw HTML
_DESTINATION = re.compile(r"(?:\]\(\s*<?|^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?|href=[\"'])(?P<url>[^\s)\"'>]+)")
_NUMBERED = re.compile(r"^p(?P<number>[0-9]+)$")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")
_AUTO_TEXT = ("[¶", "[")  # link text left for the build to fill in: ¶N


class PhraseLink(NamedTuple):
    """A phrase link as written, and the paragraph it resolved to."""

    line: int
    start: int  # columns of "](phrase: ...)" in the line
    end: int
    bundle: ArticleBundle
    paragraph: Paragraph
    link_id: str  # id of the link on its page, for the article's "Discussed in"


def _lines(markdown: str, first_line: int) -> Iterator[tuple[int, str, list[tuple[int, int]]]]:
    """Each line outside fenced code, its file line number and its inline code spans."""
    for number, line in fences.outside_code(markdown, first_line):
        yield number, line, [m.span() for m in _CODE_SPAN.finditer(line)]


def _in_code(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _paragraphs_holding(bundles: list[ArticleBundle], phrase: str) -> dict[tuple[str, int], tuple]:
    found: dict[tuple[str, int], tuple] = {}
    for bundle in bundles:
        for match in find_all(bundle.article.folded, phrase):
            paragraph = bundle.article.paragraph_at(match.start)
            found.setdefault((bundle.slug, paragraph.number), (bundle, paragraph))
    return found


def _resolve(phrase: str, slug: str | None, page: str, line: int, site) -> tuple[ArticleBundle, Paragraph]:
    bundles = site.bundles
    if slug:
        bundles = [b for b in site.bundles if b.slug == slug]
        if not bundles:
            known = ", ".join(b.slug for b in site.bundles)
            raise InputError(page, f"phrase link names no seed '{slug}' (seeds: {known})", line)
    found = _paragraphs_holding(bundles, phrase)
    if len(found) == 1:
        return next(iter(found.values()))
    slugs = sorted({key[0] for key in found})
    how = (
        f'name the article: [words](phrase:{slugs[0]} "{phrase}")'
        if len(slugs) > 1
        else "use words only one paragraph has"
    )
    # no place, or places in several paragraphs: resolve() says so, with the closest passage
    resolve([b.article for b in bundles], phrase, path=page, line=line, how_to_pick=how)
    raise AssertionError("resolve() accepts one place only")  # pragma: no cover


def find_links(markdown: str, page: str, page_url: str, site, first_line: int = 1, problems=None) -> list[PhraseLink]:
    """Every phrase link of a page, resolved. Problems (a phrase found nowhere or in
    two paragraphs, a malformed link, a hand-written ``#pN`` link to an article) go
    to ``problems`` and the link is left out; without it the first one is raised."""
    collector = problems if problems is not None else Problems()
    links: list[PhraseLink] = []
    for number, line, code in _lines(markdown, first_line):
        written = 0
        for match in _LINK.finditer(line):
            if _in_code(match.start(), code):
                continue
            written += 1
            phrase = match.group("double") or match.group("single")
            with collector.inside():
                bundle, paragraph = _resolve(phrase, match.group("slug"), page, number, site)
                link_id = f"l{number}-{written}-{paragraph.anchor}"
                links.append(PhraseLink(number, match.start(), match.end(), bundle, paragraph, link_id))
        resolved = {match.start() for match in _LINK.finditer(line)}
        for attempt in _ATTEMPT.finditer(line):
            if attempt.start() not in resolved and not _in_code(attempt.start(), code):
                collector.add(
                    InputError(page, f"a phrase link is written {SYNTAX}, the phrase in straight quotes", number)
                )
        for destination in _DESTINATION.finditer(line):
            if not _in_code(destination.start(), code):
                with collector.inside():
                    _refuse_numbered_link(destination.group("url"), page, page_url, number, site)
    if problems is None:
        collector.raise_errors()
    return links


def _article_slug(path: str, page_url: str) -> str | None:
    """The slug of the annotated article a link's path points at, if it does."""
    if not path or "://" in path or path.startswith(("/", "mailto:")):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page_url), path))
    for ending in ("/index.md", "/index.html"):
        target = target.removesuffix(ending)
    parts = target.split("/")
    return parts[1] if len(parts) == 2 and parts[0] == "articles" else None


def _refuse_numbered_link(url: str, page: str, page_url: str, line: int, site) -> None:
    path, _, fragment = url.partition("#")
    number = _NUMBERED.match(fragment)
    slug = _article_slug(path, page_url)
    if not number or slug is None:
        return
    wanted = int(number.group("number"))
    bundle = next((b for b in site.bundles if b.slug == slug), None)
    paragraphs = bundle.article.paragraphs if bundle else ()
    if bundle is None or not 1 <= wanted <= len(paragraphs):
        suggestion = "; copy words of the paragraph you mean into " + SYNTAX
    else:
        suggestion = f': [¶](phrase: "{suggest_phrase(site, bundle, paragraphs[wanted - 1])}")'
    raise InputError(
        page,
        f"the link to {url} names a paragraph by its number, which moves when the seed's paragraphs"
        f" change: link by phrase instead{suggestion}",
        line,
    )


def suggest_phrase(site, bundle: ArticleBundle, paragraph: Paragraph) -> str:
    """The paragraph's first words, as few as (six or more) only that paragraph holds."""
    words = paragraph.text.replace('"', "\u201c").split()
    words[0] = words[0].lstrip("\u201c\u2018'([")
    phrase = " ".join(words)
    for count in range(min(6, len(words)), len(words) + 1):
        candidate = " ".join(words[:count])
        if set(_paragraphs_holding(site.bundles, candidate)) == {(bundle.slug, paragraph.number)}:
            phrase = candidate
            break
    return phrase


def expand(markdown: str, page: str, page_url: str, site, first_line: int = 1, problems=None) -> str:
    """The page with every phrase link made a relative link to its paragraph."""
    if "phrase:" not in markdown:
        return markdown
    links = find_links(markdown, page, page_url, site, first_line, problems)
    lines = markdown.splitlines()
    for link in sorted(links, key=lambda item: (item.line, -item.start)):
        index = link.line - first_line
        line = lines[index]
        href = relative(f"articles/{link.bundle.slug}/index.md", page_url) + f"#{link.paragraph.anchor}"
        before = line[: link.start]
        for text in _AUTO_TEXT:
            if before.endswith(text):
                before = before[: len(before) - len(text)] + f"[¶{link.paragraph.number}"
                break
        lines[index] = f"{before}]({href}){{ #{link.link_id} }}{line[link.end :]}"
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
