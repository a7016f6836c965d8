"""Index the built site for search with Pagefind, after every build.

Pagefind splits its index into fragments that the reader's browser fetches per
query, so a search costs the same few hundred KiB at 1 or 2,000 articles
(``make bench``). It reads the built HTML: only what sits inside
``data-pagefind-body`` (the page content, see ``overrides/main.html``) is
indexed, with the filters and metadata the pages carry as ``data-pagefind-*``
attributes. Runs the binary pinned in requirements.txt (``pagefind[bin]``),
offline.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from explainer.pages import data_fields, figures_page, people_page
from explainer.site.build import ARTICLES, article_dir, article_of

# Words that are not the paragraph's: the ¶N permalink mark, the speaker line (a
# quote's caption), note markers and the notes' "Editor's note N" labels, the "quoted
# on" links, heading permalinks. Filters inside them (a speaker line's names) are
# still read. Editors' notes themselves are indexed: a word found only in a note
# finds its paragraph (under the notes' own anchor, never the speaker's).
# A correction notice after a paragraph is the editors' words, not the article's:
# search finds it on the Corrections page.
ARTICLE_NOT_TEXT = (
    ".ex-correction",
    ".ex-para__head",
    ".ex-para__markline",
    ".ex-source__caption",
    ".ex-speaker",
    ".ex-note-ref",
    ".ex-note__label",
    ".ex-note__teaser",
    ".ex-para__topics",
    ".headerlink",
)
# Words that repeat the article or are for editors: the figures and people pages'
# excerpts of paragraphs, the figures summary table, the hint on where to add an
# explanation, and the developers' field reference. Pagefind's memory grows with
# the words it indexes (about 400 bytes each), and these were two thirds of those
# pages' words, half of an article's; a search for a paragraph's words now leads
# to that paragraph alone, and a figure or person is still found by name. Listed here
# rather than as data-pagefind-ignore on the pages, so that every page keeps its
# markup free of one indexer's attributes and this one list says what search skips.
REPEATED_TEXT = tuple(
    f".{name}"
    for name in (
        figures_page.SUMMARY,
        figures_page.WHERE,
        figures_page.EDITOR_HINT,
        data_fields.DEVELOPER,
        people_page.PARAGRAPHS,
    )
)
NOT_TEXT = ARTICLE_NOT_TEXT + REPEATED_TEXT
OUTPUT = "pagefind"


class SearchIndexError(Exception):
    """Pagefind could not index the built site: one line saying what to do."""


def pagefind_command() -> list[str]:
    """The pinned binary (``pagefind_bin``), run with this Python's package."""
    return [sys.executable, "-m", "pagefind_bin"]


# Pagefind holds everything it indexes in memory until it writes the index (about
# 0.4 KB a word: 1 GB at 2,000 articles). Above this many articles the site is
# indexed in shards, one Pagefind run each, that the browser merges (mergeIndex).
SHARD_ARTICLES = 500
# The last shard is searched first, on its own, and its results show at once
# (docs/javascripts/search.js): ranking a query's pages costs time in proportion to
# the pages that match, so it holds fewer articles than the others.
LEAD_ARTICLES = 100
SHARDS_FILE = "shards.json"  # in the primary index: the shard folders, [] with none


def shards(site: Path, per_shard: int = SHARD_ARTICLES, lead: int = LEAD_ARTICLES) -> list[list[str]]:
    """The site's HTML in indexing runs, as site-relative globs: the first run holds
    every page outside an article's folder and the first ``per_shard`` articles,
    each further run the next ``per_shard``, and the last run the last ``lead``
    articles (at most ``per_shard``). One run (``["**/*.html"]``) unless the site
    has more articles than ``per_shard``."""
    folders = sorted(p.parent.name for p in (site / ARTICLES).glob("*/index.html"))
    if len(folders) <= per_shard:
        return [["**/*.html"]]
    pages = (path.relative_to(site).as_posix() for path in site.rglob("*.html"))
    outside = sorted(page for page in pages if article_of(page) is None)
    first = len(folders) - min(lead, per_shard)
    groups = [folders[start : min(start + per_shard, first)] for start in range(0, first, per_shard)]
    groups.append(folders[first:])
    runs = [[f"{article_dir(folder)}/**/*.html" for folder in group] for group in groups]
    runs[0] = outside + runs[0]
    return runs


def _glob(patterns: list[str]) -> str:
    return patterns[0] if len(patterns) == 1 else "{" + ",".join(patterns) + "}"


def _run(site: Path, output: str, patterns: list[str]) -> None:
    command = [
        *pagefind_command(),
        "--site",
        str(site),
        "--output-subdir",
        output,
        "--glob",
        _glob(patterns),
        "--exclude-selectors",
        ", ".join(NOT_TEXT),
        "--quiet",
    ]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as error:
        raise SearchIndexError(f"{site}: Pagefind could not run ({error}): pip install -r requirements.txt") from None
    if done.returncode != 0 or not (site / output / "pagefind-entry.json").is_file():
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise SearchIndexError(f"{site}: Pagefind failed to index it: {detail[-1] if detail else 'no output'}")


def index_site(site_dir: str | Path, per_shard: int = SHARD_ARTICLES) -> str:
    """Write ``<site_dir>/pagefind/`` (and ``pagefind/shard-N/`` past ``per_shard``
    articles, listed in ``pagefind/shards.json``); return a one-line summary.

    Raises SearchIndexError naming the site folder when Pagefind fails or indexes
    nothing, so a build never ships a search box with no index behind it.
    """
    site = Path(site_dir)
    runs = shards(site, per_shard)
    shutil.rmtree(site / OUTPUT, ignore_errors=True)  # Pagefind adds to what a re-index would leave
    _run(site, OUTPUT, runs[0])
    folders = [f"shard-{number}/" for number in range(1, len(runs))]
    for folder, patterns in zip(folders, runs[1:], strict=True):
        _run(site, f"{OUTPUT}/{folder.rstrip('/')}", patterns)
    (site / OUTPUT / SHARDS_FILE).write_text(json.dumps(folders), encoding="utf-8")
    return f"search index: {site / OUTPUT}" + (f" in {len(runs)} shards" if len(runs) > 1 else "")


def main(argv: list[str] | None = None) -> int:
    """``python -m explainer.site.search_index SITE_DIR``: index a site built without the
    hook (the ``make export`` tree built by another generator)."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m explainer.site.search_index SITE_DIR", file=sys.stderr)
        return 2
    try:
        print(index_site(args[0]))
    except SearchIndexError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
