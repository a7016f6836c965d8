"""Find the seed files of every article and load each one exactly once."""

from __future__ import annotations

import re
from contextlib import nullcontext
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError, Problems
from explainer.text import editor_files
from explainer.text.article import Article, parse_article
from explainer.text.metadata import default_meta, parse_meta

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
# a slug names a folder and files (with a cache key after it): file names stop at 255 bytes
MAX_SLUG = 100


class SeedFiles(NamedTuple):
    slug: str
    text: Path
    meta: Path
    notes: Path


def find_seeds(seeds_dir: str | Path) -> list[SeedFiles]:
    """Every ``<slug>.txt`` in the folder, sorted, with its companion file paths."""
    folder = Path(seeds_dir)
    if not folder.is_dir():
        raise InputError(folder, "no seeds folder: create it and put the article in <slug>.txt")
    found = []
    for path in sorted(folder.glob("*.txt")):
        slug = path.stem
        if not SLUG.match(slug):
            raise InputError(path, "seed file name must be a slug: lower-case letters, digits, '-' or '_', then .txt")
        if len(slug) > MAX_SLUG:
            raise InputError(path, f"seed file name is {len(slug)} characters before .txt; the limit is {MAX_SLUG}")
        seed = SeedFiles(slug, path, folder / f"{slug}.yml", folder / f"{slug}.notes.md")
        for companion in (*seed[1:], folder / f"{slug}.figures.yml"):
            editor_files.check_inside(companion, folder)
        found.append(seed)
    if not found:
        raise InputError(folder, "no seed in the seeds folder: add the article as <slug>.txt")
    return found


def load_article(seed: SeedFiles, problems: Problems | None = None) -> Article:
    """The article with its metadata; with ``problems``, bad metadata is recorded
    there and the article loads with default metadata, so later stages still run."""
    meta = default_meta(seed.slug)
    if seed.meta.exists():
        with problems.inside() if problems is not None else nullcontext():
            meta = parse_meta(seed.meta, editor_files.read_bytes(seed.meta, "metadata"), seed.slug)
    return parse_article(seed.slug, seed.text, editor_files.read_bytes(seed.text, "seed"), meta)
