"""What a change does for readers: ``make review BASE=<git ref>``.

Analyses the input at ``BASE`` (taken with ``git archive``, the working tree left
alone) and in the working tree, with this engine, and writes a Markdown report:
pages, notes, quotes on editorial pages, speaker labels, figures and their
explanations, and seed text edits. Both sides run the same engine code, so the
report shows what the change to content does; an engine change is reviewed as code.

Run it with ``hooks/`` on ``PYTHONPATH``: ``python -m explainer.review --base main``.
"""

from __future__ import annotations

import argparse
import difflib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError, Problems
from explainer.export import load_config
from explainer.pages.directives import Call, find_calls
from explainer.pages.sources import pull
from explainer.site.build import Site, build_site
from explainer.text.anchoring import resolve
from explainer.text.article import Article, Paragraph

INPUT_PARTS = ("mkdocs.yml", "docs", "seeds", "data")
SNIPPET_WORDS = 16  # longer runs of changed words are shortened in the middle


class Tree(NamedTuple):
    """One side of the review: the site model, every page's Markdown, every ``::: source`` call."""

    site: Site
    pages: dict[str, str]
    quotes: list[Call]


def analyse_tree(root: Path) -> Tree:
    """The site model of one tree, every page's Markdown by its path, and its quotes."""
    docs = root / str(load_config(root / "mkdocs.yml").get("docs_dir", "docs"))
    site = build_site(root / "seeds", repo_root=root, docs_dir=docs)
    written = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8-sig") for p in sorted(docs.rglob("*.md"))}
    quotes = [
        call
        for url, markdown in written.items()
        if not any(part.startswith(".") for part in url.split("/"))  # MkDocs leaves these out, as scan_pages does
        for call in find_calls(markdown, url, url, problems=Problems())
        if call.kind == "source"
    ]
    pages = written | {f.path: str(f.content) for f in site.files if f.path.endswith(".md")}
    return Tree(site, pages, quotes)


def checkout(root: Path, ref: str, into: Path) -> Path:
    """The input files at ``ref`` written into ``into``, by ``git archive``."""
    # data/ (corrections, timeline, charts) is newer than some refs a review may compare with
    listed = subprocess.run(["git", "ls-tree", "--name-only", ref], cwd=root, capture_output=True, text=True)
    parts = [part for part in INPUT_PARTS if part in listed.stdout.split("\n")] or list(INPUT_PARTS)
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, *parts], cwd=root, capture_output=True, check=False
    )
    if archive.returncode:
        raise InputError(root, f"git cannot read '{ref}': {archive.stderr.decode(errors='replace').strip()}")
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(into, filter="data")
    return into


def _url(path: str, preview: str) -> str:
    page = path.removesuffix(".md")
    page = page.removesuffix("index").rstrip("/")
    return f"{preview.rstrip('/')}/{page + '/' if page else ''}"


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"### {title}", "", *(lines or ["None."]), ""]


def _code(text: str) -> str:
    """``text`` as an inline code span: seed and editor text shown verbatim, never as Markdown."""
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _snippet(words: list[str]) -> str:
    if len(words) > SNIPPET_WORDS:
        half = SNIPPET_WORDS // 2
        words = [*words[:half], "…", *words[-half:]]
    return _code(" ".join(words)) if words else "(nothing)"


class Aligned(NamedTuple):
    """A paragraph of the base paired with one of the head: either is None when added or removed."""

    before: Paragraph | None
    after: Paragraph | None


def align(old: Article, new: Article) -> list[Aligned]:
    """The base's paragraphs paired with the head's, in reading order. Unchanged paragraphs pair
    wherever they moved to; edited ones pair in order within the edited run, the rest of a longer
    run is added or removed. Pairing, not numbers, is what says a note followed its paragraph."""
    matcher = difflib.SequenceMatcher(None, [p.text for p in old.paragraphs], [p.text for p in new.paragraphs])
    pairs: list[Aligned] = []
    for _tag, i1, i2, j1, j2 in matcher.get_opcodes():
        before, after = old.paragraphs[i1:i2], new.paragraphs[j1:j2]
        pairs += [Aligned(b, a) for b, a in zip(before, after, strict=False)]
        pairs += [Aligned(b, None) for b in before[len(after) :]]
        pairs += [Aligned(None, a) for a in after[len(before) :]]
    return pairs


def renumbering(old: Site, new: Site) -> dict[tuple[str, int], int]:
    """Each base paragraph's number in the head, for articles in both: (slug, before) -> after."""
    heads = {a.slug: a for a in new.articles}
    return {
        (article.slug, pair.before.number): pair.after.number
        for article in old.articles
        if article.slug in heads
        for pair in align(article, heads[article.slug])
        if pair.before and pair.after
    }


def word_edits(before: str, after: str) -> list[str]:
    """Each run of changed words as ``before`` → ``after``, with a word of context either side."""
    old, new = before.split(), after.split()
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    edits = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        i1, j1 = (i1 - 1, j1 - 1) if i1 and j1 else (i1, j1)
        i2, j2 = (i2 + 1, j2 + 1) if i2 < len(old) and j2 < len(new) else (i2, j2)
        edits.append(f"{_snippet(old[i1:i2])} → {_snippet(new[j1:j2])}")
    return edits


def _number(pair: Aligned) -> str:
    assert pair.before and pair.after, "only paired paragraphs are edited"
    moved = f" (was ¶{pair.before.number})" if pair.before.number != pair.after.number else ""
    return f"¶{pair.after.number}{moved}"


def text_edits(old: Article, new: Article) -> list[str]:
    """One line per edited, added or removed paragraph of one article."""
    lines = []
    for pair in align(old, new):
        if pair.before is None and pair.after is not None:
            lines.append(f"- ¶{pair.after.number} added: {_snippet(pair.after.text.split())}")
        elif pair.after is None and pair.before is not None:
            lines.append(f"- ¶{pair.before.number} of the base removed: {_snippet(pair.before.text.split())}")
        elif pair.before and pair.after and pair.before.text != pair.after.text:
            lines += [f"- {_number(pair)}: {edit}" for edit in word_edits(pair.before.text, pair.after.text)]
    return lines


def _landing(before: int, after: int | None, renumbered: int | None) -> str:
    if after is None:
        return f"¶{before} → no longer resolves"
    if after == before:
        return ""
    followed = "its paragraph moved" if after == renumbered else "now in another paragraph"
    return f"¶{before} → ¶{after} ({followed})"


def moved_notes(old: Site, new: Article, renumber: dict[tuple[str, int], int]) -> list[str]:
    """The base's notes on this article, anchored again in the head's text: those the edit moved or lost."""
    lines = []
    for note in next((b.notes for b in old.bundles if b.slug == new.slug), []):
        try:
            anchor = resolve([new], note.exact, path=note.path, line=note.line, prefix=note.prefix, suffix=note.suffix)
            after, why = anchor.paragraph.number, ""
        except InputError as error:
            after, why = None, f": {error.message}"
        if landing := _landing(note.paragraph, after, renumber.get((new.slug, note.paragraph))):
            lines.append(f"- note {_code(note.exact)}: {landing}{why}")
    return lines


def moved_quotes(old: Tree, new: Site, slug: str, renumber: dict[tuple[str, int], int]) -> list[str]:
    """The base's ``::: source`` quotes of this article, resolved again in the head: those the edit moved or lost."""
    lines = []
    for call in old.quotes:
        was = pull(call, old.site)
        if was.bundle.slug != slug:
            continue
        try:
            now = pull(call, new)
            after, why = now.anchor.paragraph.number if now.bundle.slug == slug else None, ""
        except InputError as error:
            after, why = None, f": {error.message}"
        before = was.anchor.paragraph.number
        if landing := _landing(before, after, renumber.get((slug, before))):
            lines.append(f"- quote on `{call.page_url}` (line {call.line}): {landing}{why}")
    return lines


def _notes(site: Site) -> dict[tuple[str, str, str, str], tuple[int, str]]:
    return {(b.slug, n.exact, n.prefix, n.suffix): (n.paragraph, n.body) for b in site.bundles for n in b.notes}


def _quotes(site: Site, renumber: dict[tuple[str, int], int] | None = None) -> Counter[tuple[str, str, str]]:
    """How often each page quotes each paragraph (a page may quote one twice). With ``renumber``
    (the base), paragraphs take their head numbers, so a quote that moved with its paragraph is
    not counted as removed and added; a base paragraph the head lacks is marked so."""

    def label(slug: str, number: int) -> str:
        if renumber is None:
            return f"¶{number}"
        return f"¶{renumber[(slug, number)]}" if (slug, number) in renumber else f"¶{number} of the base"

    return Counter(
        (place.page, b.slug, label(b.slug, number))
        for b in site.bundles
        for number, places in b.quoted_on.items()
        for place in places
        if place.quoted
    )


def _speakers(site: Site) -> dict[tuple[str, int], str]:
    labels = {}
    for b in site.bundles:
        for p in b.article.paragraphs:
            who = b.voices.speakers_of(p.number)
            labels[(b.slug, p.number)] = ", ".join(e.name for e in who) or "no speaker"
    return labels


def _figures(site: Site) -> tuple[set[tuple[str, str]], dict[tuple[str, str], str]]:
    keys = {(b.slug, f.key) for b in site.bundles for f in b.figures.figures}
    explained = {(b.slug, k): e.source for b in site.bundles for k, e in b.figures.explanations.items()}
    return keys, explained


def report(before: Tree, after: Tree, preview: str = "") -> str:
    """The Markdown review of a change from ``before`` to ``after``."""
    (old, old_pages, _), (new, new_pages, _) = before, after
    renumber = renumbering(old, new)
    link = (lambda path: f"[{path}]({_url(path, preview)})") if preview else (lambda path: f"`{path}`")
    out = ["## What this change does for readers", ""]
    pages = [f"- added: {link(p)}" for p in sorted(new_pages.keys() - old_pages.keys())]
    pages += [f"- removed: `{p}`" for p in sorted(old_pages.keys() - new_pages.keys())]
    pages += [
        f"- changed: {link(p)}" for p in sorted(old_pages.keys() & new_pages.keys()) if old_pages[p] != new_pages[p]
    ]
    out += _section("Pages", pages)

    # a note that only moved with the text is listed under the seed text edits, not here
    notes_before, notes_after = _notes(old), _notes(new)
    notes = [
        f"- added: ¶{notes_after[k][0]} {_code(k[1])} ({k[0]})"
        for k in sorted(notes_after.keys() - notes_before.keys())
    ]
    notes += [
        f"- removed: ¶{notes_before[k][0]} {_code(k[1])} ({k[0]})"
        for k in sorted(notes_before.keys() - notes_after.keys())
    ]
    notes += [
        f"- changed: ¶{notes_after[k][0]} {_code(k[1])} ({k[0]})"
        for k in sorted(notes_before.keys() & notes_after.keys())
        if notes_before[k][1] != notes_after[k][1]
    ]
    out += _section("Notes", notes)

    quotes_before, quotes_after = _quotes(old, renumber), _quotes(new)
    quotes = [f"- added on `{q[0]}`: {q[2]} ({q[1]})" for q in sorted((quotes_after - quotes_before).elements())]
    quotes += [f"- removed from `{q[0]}`: {q[2]} ({q[1]})" for q in sorted((quotes_before - quotes_after).elements())]
    out += _section("Quotes on editorial pages", quotes)

    # paragraphs compared as aligned, so an inserted paragraph does not relabel every later one
    speakers_before, speakers_after = _speakers(old), _speakers(new)
    speakers = [
        f"- ¶{now}{f' (was ¶{was})' if was != now else ''} ({slug}): "
        f"{speakers_before[(slug, was)]} → {speakers_after[(slug, now)]}"
        for (slug, was), now in sorted(renumber.items(), key=lambda item: (item[0][0], item[1]))
        if speakers_before[(slug, was)] != speakers_after[(slug, now)]
    ]
    out += _section("Speaker labels", speakers)

    (keys_before, expl_before), (keys_after, expl_after) = _figures(old), _figures(new)
    figures = [f"- figure added: `{k[1]}` ({k[0]})" for k in sorted(keys_after - keys_before)]
    figures += [f"- figure removed: `{k[1]}` ({k[0]})" for k in sorted(keys_before - keys_after)]
    figures += [f"- explanation added: `{k[1]}` ({k[0]})" for k in sorted(expl_after.keys() - expl_before.keys())]
    figures += [f"- explanation removed: `{k[1]}` ({k[0]})" for k in sorted(expl_before.keys() - expl_after.keys())]
    figures += [
        f"- explanation changed: `{k[1]}` ({k[0]})"
        for k in sorted(expl_before.keys() & expl_after.keys())
        if expl_before[k] != expl_after[k]
    ]
    out += _section("Figures and explanations", figures)

    edits = []
    old_articles = {a.slug: a for a in old.articles}
    for article in new.articles:
        previous = old_articles.get(article.slug)
        if previous is None:
            edits.append(f"- new article: `{article.slug}`")
            continue
        if previous.text == article.text:
            continue
        moved = moved_notes(old, article, renumber) + moved_quotes(before, new, article.slug, renumber)
        edits += [f"- `{article.slug}`:", *(f"  {line}" for line in text_edits(previous, article))]
        edits += [f"  {line}" for line in moved] or ["  - no note or quote moved"]
    edits += [f"- article removed: `{slug}`" for slug in sorted(old_articles.keys() - {a.slug for a in new.articles})]
    out += _section("Seed text edits", edits)
    out += _section("Needs a human check", needs_a_human_check(new))
    return "\n".join(out).rstrip() + "\n"


# the editor's queue ---------------------------------------------------------------


def needs_a_human_check(site: Site) -> list[str]:
    """Every paragraph of the changed tree whose speaker is unclear or only resolved,
    as ``make check`` lists it, with the ``speakers:`` entry to paste (all of them,
    not only the ones this change made: a queue is settled, not diffed)."""
    # the message quotes seed words: a code span, never Markdown
    return [f"- `seeds/{Path(item.path).name}:{item.line}`: {_code(item.message)}" for item in site.to_check]


def review(root: str | Path, base: str, preview: str = "") -> str:
    root = Path(root).resolve()
    with tempfile.TemporaryDirectory(prefix="review-base-") as folder:
        before = analyse_tree(checkout(root, base, Path(folder)))
    return report(before, analyse_tree(root), preview)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.review", description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git ref to compare the working tree with, e.g. main")
    parser.add_argument("--root", default=".", help="project folder holding mkdocs.yml (default: current folder)")
    parser.add_argument("--out", help="write the report here (default: print it)")
    parser.add_argument("--preview", default="", help="URL of the preview, to link changed pages")
    args = parser.parse_args(argv)
    try:
        text = review(args.root, args.base, args.preview)
    except InputError as error:
        print(f"review failed: {error}", file=sys.stderr)
        return 1
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
