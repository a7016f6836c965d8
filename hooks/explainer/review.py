"""What a change does for readers: ``make review BASE=<git ref>``.

Analyses the input at ``BASE`` (taken with ``git archive``, the working tree left
alone) and in the working tree, with this engine, and writes a Markdown report:
pages (with those changed only by a data file), notes, quotes on editorial pages,
speaker labels, figures and their explanations, corrections, timeline events, chart
data, and seed text edits. Both sides run the same engine code, so the report shows
what the change to content does; an engine change is reviewed as code.

The report is posted on pull requests, some from forks, so every value taken from
an editor's or a seed's file is an inline code span on one line (``_code``): it
cannot mention anyone, link, embed an image, refer to an issue or open a block.

Run it with ``hooks/`` on ``PYTHONPATH``: ``python -m explainer.review --base main``.
"""

from __future__ import annotations

import argparse
import difflib
import html
import io
import operator
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import quote

from explainer.editorial import chart_data, corrections_data
from explainer.errors import InputError, Problems
from explainer.export import load_config
from explainer.pages import chart as charts
from explainer.pages import corrections as corrections_page
from explainer.pages.directive_syntax import Call, find_calls
from explainer.pages.sources import pull
from explainer.site.build import Site, build_site
from explainer.text.anchoring import resolve
from explainer.text.article import Article, Paragraph

INPUT_PARTS = ("mkdocs.yml", "docs", "seeds", "data")


class Tree(NamedTuple):
    """One side of the review: the site model, every page's Markdown, every ``::: source``
    call, and every ``::: chart`` call with the chart its data file holds."""

    site: Site
    pages: dict[str, str]
    quotes: list[Call]
    charts: list[tuple[Call, chart_data.Chart]]


def analyse_tree(root: Path) -> Tree:
    """The site model of one tree, every page's Markdown by its path, its quotes and charts."""
    docs = root / str(load_config(root / "mkdocs.yml").get("docs_dir", "docs"))
    site = build_site(root / "seeds", repo_root=root, docs_dir=docs)
    written = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8-sig") for p in sorted(docs.rglob("*.md"))}
    calls = [
        call
        for url, markdown in written.items()
        if not any(part.startswith(".") for part in url.split("/"))  # MkDocs leaves these out, as scan_pages does
        for call in find_calls(markdown, url, url, problems=Problems())
    ]
    pages = written | {f.path: str(f.content) for f in site.files if f.path.endswith(".md")}
    drawn = [(call, chart_data.load(charts.data_path(call, site))) for call in calls if call.kind == "chart"]
    return Tree(site, pages, [call for call in calls if call.kind == "source"], drawn)


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
    return f"{preview.rstrip('/')}/{quote(page) + '/' if page else ''}"


def _section(title: str, lines: list[str]) -> list[str]:
    return [f"### {title}", "", *(lines or ["None."]), ""]


def _code(text: object) -> str:
    """``text`` as an inline code span on one line: editor and seed text shown verbatim and
    inert, never as Markdown (no mention, link, image, issue reference or new block)."""
    text = " ".join(str(text).split())
    ticks = "`" * (max((len(run) for run in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _link(path: str, preview: str, anchor: str = "") -> str:
    """A page path as inert text, linked to the preview when there is one."""
    if not preview:
        return _code(path)
    return f"[{_code(path)}](<{_url(path, preview)}{'#' + quote(anchor) if anchor else ''}>)"


def _text(words: str) -> str:
    return _code(words) if words.strip() else "(nothing)"


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


def _sentences(paragraph: Paragraph) -> list[str]:
    return [
        " ".join(paragraph.text[s.start - paragraph.start : s.end - paragraph.start].split())
        for s in paragraph.sentences
    ]


def sentence_edits(before: Paragraph, after: Paragraph) -> list[str]:
    """Each run of changed sentences, whole: ``before`` → ``after``, or added or removed."""
    old, new = _sentences(before), _sentences(after)
    edits = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        was, now = " ".join(old[i1:i2]), " ".join(new[j1:j2])
        if tag == "replace":
            edits.append(f"{_code(was)} → {_code(now)}")
        elif tag == "delete":
            edits.append(f"removed {_code(was)}")
        elif tag == "insert":
            edits.append(f"added {_code(now)}")
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
            lines.append(f"- ¶{pair.after.number} added: {_text(pair.after.text)}")
        elif pair.after is None and pair.before is not None:
            lines.append(f"- ¶{pair.before.number} of the base removed: {_text(pair.before.text)}")
        elif pair.before and pair.after and pair.before.text != pair.after.text:
            lines += [f"- {_number(pair)}: {edit}" for edit in sentence_edits(pair.before, pair.after)]
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
            after, why = None, f": {_code(error.message)}"
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
            after, why = None, f": {_code(error.message)}"
        before = was.anchor.paragraph.number
        if landing := _landing(before, after, renumber.get((slug, before))):
            lines.append(f"- quote on {_code(call.page_url)} (line {call.line}): {landing}{why}")
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
            labels[(b.slug, p.number)] = ", ".join(_code(e.name) for e in who) or "no speaker"
    return labels


def _figures(site: Site) -> tuple[set[tuple[str, str]], dict[tuple[str, str], str]]:
    keys = {(b.slug, f.key) for b in site.bundles for f in b.figures.figures}
    explained = {(b.slug, k): e.source for b in site.bundles for k, e in b.figures.explanations.items()}
    return keys, explained


def _shown_by_data(tree: Tree) -> dict[str, dict[str, str]]:
    """What the data files put on each page, by what puts it there: correction notices
    (with the paragraph they follow) and charts (with their data)."""
    shown: dict[str, dict[str, str]] = {}
    for correction in tree.site.corrections:
        where = shown.setdefault(correction.page, {})
        where["correction notices"] = where.get("correction notices", "") + repr(
            (corrections_page.notice(correction), _paragraph_of(tree, correction))
        )
    for call, chart in tree.charts:
        shown.setdefault(call.page_url, {})[f"chart {_code(call.args[0])}"] = repr(
            chart._replace(points=[p._replace(line=0) for p in chart.points])
        )
    return shown


def _paragraph_of(tree: Tree, correction: corrections_data.Correction) -> str:
    """The paragraph a correction's notice follows: ¶N of an article, a page's line N."""
    if correction.paragraph is not None:
        return f"¶{correction.paragraph}"
    block = corrections_page.page_block(tree.pages[correction.page], correction)
    return f"the paragraph at line {block.first_line}"


def pages_section(before: Tree, after: Tree, preview: str) -> list[str]:
    """Pages added, removed, and changed: in their own Markdown, or by what data files put on them."""
    old_pages, new_pages = before.pages, after.pages
    data_before, data_after = _shown_by_data(before), _shown_by_data(after)
    lines = [f"- added: {_link(p, preview)}" for p in sorted(new_pages.keys() - old_pages.keys())]
    lines += [f"- removed: {_code(p)}" for p in sorted(old_pages.keys() - new_pages.keys())]
    for page in sorted(old_pages.keys() & new_pages.keys()):
        was, now = data_before.get(page, {}), data_after.get(page, {})
        causes = [cause for cause in sorted(was.keys() | now.keys()) if was.get(cause) != now.get(cause)]
        if old_pages[page] != new_pages[page] or causes:
            because = f" ({'; '.join(causes)})" if causes else ""
            lines.append(f"- changed: {_link(page, preview)}{because}")
    return lines


def _changes(old: dict[str, object], new: dict[str, object]) -> str:
    """The fields that differ, each as ``name `before` → `after```."""
    return "; ".join(f"{name} {_code(old[name])} → {_code(new[name])}" for name in old if old[name] != new[name])


def _correction_line(tree: Tree, c: corrections_data.Correction, preview: str) -> str:
    where = f"{_code(c.title)} ({_link(c.page, preview, c.anchor)}), {_paragraph_of(tree, c)}"
    picked = "".join(
        f", {name} {_code(value)}" for name, value in (("prefix", c.prefix), ("suffix", c.suffix)) if value
    )
    return f"{c.date.isoformat()} on {where}: phrase {_code(c.phrase)}{picked}"


def _correction_fields(tree: Tree, c: corrections_data.Correction) -> dict[str, object]:
    return {"date": c.date.isoformat(), "wrong": c.wrong, "now": c.now, "after": _paragraph_of(tree, c)}


def corrections_section(before: Tree, after: Tree, preview: str) -> list[str]:
    """Corrections added, removed or changed, each with the page and paragraph its notice follows."""

    def keyed(tree: Tree) -> dict[tuple[str, str, str, str], corrections_data.Correction]:
        return {(c.page, c.phrase, c.prefix, c.suffix): c for c in tree.site.corrections}

    def whole(tree: Tree, c: corrections_data.Correction, link_to: str) -> str:
        return f"{_correction_line(tree, c, link_to)}; wrong {_code(c.wrong)}; now {_code(c.now)}"

    was, now = keyed(before), keyed(after)
    lines = [f"- added: {whole(after, now[k], preview)}" for k in sorted(now.keys() - was.keys())]
    lines += [f"- removed: {whole(before, was[k], '')}" for k in sorted(was.keys() - now.keys())]
    for key in sorted(was.keys() & now.keys()):
        if changes := _changes(_correction_fields(before, was[key]), _correction_fields(after, now[key])):
            lines.append(f"- changed: {_correction_line(after, now[key], preview)}: {changes}")
    return lines


_SOURCE_LINK = re.compile(r"^\[(?P<name>.*)\]\((?P<url>[^()]*)\)$", re.S)


def _unescaped(markdown: str) -> str:
    """Editor text the way it was written, from the escaped form a page holds (markup.escape_text)."""
    return html.unescape(markdown.replace("<span>&#40;</span>", "&#40;"))


def _event_fields(event) -> dict[str, object]:
    source = _SOURCE_LINK.match(event.source)
    name, url = (source.group("name"), source.group("url")) if source else (event.source, "")
    return {
        "date": event.when.iso,
        "label": _unescaped(event.label),
        "source_name": _unescaped(name),
        "source": url,
        "unconfirmed": event.unconfirmed,
    }


def _pairs(removed: list, added: list, same) -> list[tuple]:
    """Removed and added items that ``same`` says are one item edited, paired in order."""
    pairs = []
    for item in list(removed):
        match = next((other for other in added if same(item, other)), None)
        if match is not None:
            pairs.append((item, match))
            removed.remove(item)
            added.remove(match)
    return pairs


def timeline_section(before: Tree, after: Tree) -> list[str]:
    """The editors' timeline events added, removed or changed (an event keeps its date or its label)."""

    def shown(event) -> str:
        fields = _event_fields(event)
        source = f"{_code(fields['source_name'])} {_code(fields['source'])}"
        flag = ", unconfirmed" if event.unconfirmed else ""
        return f"{fields['date']}: {_code(fields['label'])} (source {source}{flag})"

    was, now = set(before.site.timeline), set(after.site.timeline)
    removed, added = sorted(was - now, key=shown), sorted(now - was, key=shown)
    changed = _pairs(removed, added, lambda a, b: a.when == b.when or a.label == b.label)
    lines = [f"- added: {shown(event)}" for event in added]
    lines += [f"- removed: {shown(event)}" for event in removed]
    lines += [f"- changed: {old.when.iso}: {_changes(_event_fields(old), _event_fields(new))}" for old, new in changed]
    return lines


def _point_fields(p: chart_data.Point) -> dict[str, object]:
    return {
        "who": p.who,
        "when": p.when.iso,
        "value": f"{p.value:g}",
        "written": p.written,
        "counts": p.counts,
        "source": p.source,
        "url": p.url or "",
        "unconfirmed": p.unconfirmed,
    }


def charts_section(before: Tree, after: Tree) -> list[str]:
    """Each chart's points added, removed or changed (before → after), and its title and summary."""

    def by_file(tree: Tree) -> dict[str, chart_data.Chart]:
        return {call.args[0]: chart for call, chart in tree.charts}

    def point(p: chart_data.Point) -> str:
        flag = ", unconfirmed" if p.unconfirmed else ""
        return f"{_code(p.who)} ({p.when.iso}): {_code(p.written)} ({p.value:g}) from {_code(p.source)}{flag}"

    was, now = by_file(before), by_file(after)
    lines = [
        f"- chart added: {_code(name)}, {len(now[name].points)} points" for name in sorted(now.keys() - was.keys())
    ]
    lines += [f"- chart removed: {_code(name)}" for name in sorted(was.keys() - now.keys())]
    for name in sorted(was.keys() & now.keys()):
        old, new = was[name], now[name]
        if changes := _changes(
            {"title": old.title, "summary": old.summary}, {"title": new.title, "summary": new.summary}
        ):
            lines.append(f"- {_code(name)}: {changes}")
        old_points = {repr(_point_fields(p)): p for p in old.points}
        new_points = {repr(_point_fields(p)): p for p in new.points}
        removed = sorted((old_points[k] for k in old_points.keys() - new_points.keys()), key=lambda p: p.line)
        added = sorted((new_points[k] for k in new_points.keys() - old_points.keys()), key=lambda p: p.line)
        changed = _pairs(removed, added, lambda a, b: a.who == b.who or a.when == b.when)
        lines += [
            f"- {_code(name)} point {_code(a.who)} ({a.when.iso}): {_changes(_point_fields(a), _point_fields(b))}"
            for a, b in changed
        ]
        lines += [f"- {_code(name)} point added: {point(p)}" for p in added]
        lines += [f"- {_code(name)} point removed: {point(p)}" for p in removed]
    return lines


def _keyed_changes(before: dict, after: dict, line: Callable[[str, Any, Any], str], differs=operator.ne) -> list[str]:
    """The "added", "removed" and "changed" lines of two keyed collections, each sorted by
    key; ``line(how, key, value)`` writes one (the value after, or before for a removal)."""
    return (
        [line("added", k, after[k]) for k in sorted(after.keys() - before.keys())]
        + [line("removed", k, before[k]) for k in sorted(before.keys() - after.keys())]
        + [line("changed", k, after[k]) for k in sorted(before.keys() & after.keys()) if differs(before[k], after[k])]
    )


def report(before: Tree, after: Tree, preview: str = "") -> str:
    """The Markdown review of a change from ``before`` to ``after``. Every value taken from an
    editor's or a seed's file is shown as inline code, so the review is inert wherever it is posted."""
    old, new = before.site, after.site
    renumber = renumbering(old, new)
    out = ["## What this change does for readers", ""]
    out += _section("Pages", pages_section(before, after, preview))

    # a note that only moved with the text is listed under the seed text edits, not here
    notes_before, notes_after = _notes(old), _notes(new)
    notes = _keyed_changes(
        notes_before,
        notes_after,
        lambda how, k, note: f"- {how}: ¶{note[0]} {_code(k[1])} ({_code(k[0])})",
        differs=lambda was, now: was[1] != now[1],
    )
    out += _section("Notes", notes)

    quotes_before, quotes_after = _quotes(old, renumber), _quotes(new)
    quotes = [
        f"- added on {_code(q[0])}: {q[2]} ({_code(q[1])})" for q in sorted((quotes_after - quotes_before).elements())
    ]
    quotes += [
        f"- removed from {_code(q[0])}: {q[2]} ({_code(q[1])})"
        for q in sorted((quotes_before - quotes_after).elements())
    ]
    out += _section("Quotes on editorial pages", quotes)

    # paragraphs compared as aligned, so an inserted paragraph does not relabel every later one
    speakers_before, speakers_after = _speakers(old), _speakers(new)
    speakers = [
        f"- ¶{now}{f' (was ¶{was})' if was != now else ''} ({_code(slug)}): "
        f"{speakers_before[(slug, was)]} → {speakers_after[(slug, now)]}"
        for (slug, was), now in sorted(renumber.items(), key=lambda item: (item[0][0], item[1]))
        if speakers_before[(slug, was)] != speakers_after[(slug, now)]
    ]
    out += _section("Speaker labels", speakers)

    (keys_before, expl_before), (keys_after, expl_after) = _figures(old), _figures(new)
    figures = [f"- figure added: {_code(k[1])} ({_code(k[0])})" for k in sorted(keys_after - keys_before)]
    figures += [f"- figure removed: {_code(k[1])} ({_code(k[0])})" for k in sorted(keys_before - keys_after)]
    figures += _keyed_changes(
        expl_before, expl_after, lambda how, k, _: f"- explanation {how}: {_code(k[1])} ({_code(k[0])})"
    )
    out += _section("Figures and explanations", figures)
    out += _section("Corrections", corrections_section(before, after, preview))
    out += _section("Timeline events", timeline_section(before, after))
    out += _section("Chart data", charts_section(before, after))

    edits = []
    old_articles = {a.slug: a for a in old.articles}
    for article in new.articles:
        previous = old_articles.get(article.slug)
        if previous is None:
            edits.append(f"- new article: {_code(article.slug)}")
            continue
        if previous.text == article.text:
            continue
        moved = moved_notes(old, article, renumber) + moved_quotes(before, new, article.slug, renumber)
        edits += [f"- {_code(article.slug)}:", *(f"  {line}" for line in text_edits(previous, article))]
        edits += [f"  {line}" for line in moved] or ["  - no note or quote moved"]
    edits += [
        f"- article removed: {_code(slug)}" for slug in sorted(old_articles.keys() - {a.slug for a in new.articles})
    ]
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
