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
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from pathlib import Path

from explainer.errors import InputError
from explainer.export import load_config
from explainer.site.build import Site, build_site

INPUT_PARTS = ("mkdocs.yml", "docs", "seeds")


def analyse_tree(root: Path) -> tuple[Site, dict[str, str]]:
    """The site model of one tree, and every page's Markdown by its path."""
    docs = root / str(load_config(root / "mkdocs.yml").get("docs_dir", "docs"))
    site = build_site(root / "seeds", repo_root=root, docs_dir=docs)
    pages = {p.relative_to(docs).as_posix(): p.read_text(encoding="utf-8") for p in sorted(docs.rglob("*.md"))}
    pages |= {f.path: str(f.content) for f in site.files if f.path.endswith(".md")}
    return site, pages


def checkout(root: Path, ref: str, into: Path) -> Path:
    """The input files at ``ref`` written into ``into``, by ``git archive``."""
    archive = subprocess.run(
        ["git", "archive", "--format=tar", ref, *INPUT_PARTS], cwd=root, capture_output=True, check=False
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


def _notes(site: Site) -> dict[tuple[str, str, str, str], tuple[int, str]]:
    return {(b.slug, n.exact, n.prefix, n.suffix): (n.paragraph, n.body) for b in site.bundles for n in b.notes}


def _quotes(site: Site) -> Counter[tuple[str, str, int]]:
    """How often each page quotes each paragraph: a page may quote one paragraph twice."""
    return Counter(
        (place.page, b.slug, number)
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


def report(before: tuple[Site, dict[str, str]], after: tuple[Site, dict[str, str]], preview: str = "") -> str:
    """The Markdown review of a change from ``before`` to ``after``."""
    (old, old_pages), (new, new_pages) = before, after
    link = (lambda path: f"[{path}]({_url(path, preview)})") if preview else (lambda path: f"`{path}`")
    out = ["## What this change does for readers", ""]
    pages = [f"- added: {link(p)}" for p in sorted(new_pages.keys() - old_pages.keys())]
    pages += [f"- removed: `{p}`" for p in sorted(old_pages.keys() - new_pages.keys())]
    pages += [
        f"- changed: {link(p)}" for p in sorted(old_pages.keys() & new_pages.keys()) if old_pages[p] != new_pages[p]
    ]
    out += _section("Pages", pages)

    notes_before, notes_after = _notes(old), _notes(new)
    notes = [
        f'- added: ¶{notes_after[k][0]} "{k[1]}" ({k[0]})' for k in sorted(notes_after.keys() - notes_before.keys())
    ]
    notes += [
        f'- removed: ¶{notes_before[k][0]} "{k[1]}" ({k[0]})' for k in sorted(notes_before.keys() - notes_after.keys())
    ]
    notes += [
        f'- changed: ¶{notes_after[k][0]} "{k[1]}" ({k[0]})'
        for k in sorted(notes_before.keys() & notes_after.keys())
        if notes_before[k] != notes_after[k]
    ]
    out += _section("Notes", notes)

    quotes_before, quotes_after = _quotes(old), _quotes(new)
    quotes = [f"- added on `{q[0]}`: ¶{q[2]} ({q[1]})" for q in sorted((quotes_after - quotes_before).elements())]
    quotes += [f"- removed from `{q[0]}`: ¶{q[2]} ({q[1]})" for q in sorted((quotes_before - quotes_after).elements())]
    out += _section("Quotes on editorial pages", quotes)

    speakers_before, speakers_after = _speakers(old), _speakers(new)
    speakers = [
        f"- ¶{k[1]} ({k[0]}): {speakers_before[k]} -> {speakers_after[k]}"
        for k in sorted(speakers_before.keys() & speakers_after.keys())
        if speakers_before[k] != speakers_after[k]
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
        diff = difflib.unified_diff(
            [p.text for p in previous.paragraphs], [p.text for p in article.paragraphs], lineterm="", n=0
        )
        edits += [f"- `{article.slug}`:", "", "  ```diff", *(f"  {line}" for line in list(diff)[2:]), "  ```"]
    edits += [f"- article removed: `{slug}`" for slug in sorted(old_articles.keys() - {a.slug for a in new.articles})]
    out += _section("Seed text edits", edits)
    return "\n".join(out).rstrip() + "\n"


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
