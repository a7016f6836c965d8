"""Assemble everything the site needs from the seeds folder, in one pass.

``build_site`` is the single entry point both the MkDocs adapter and the
export step call, so the two can never disagree about what a page holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import render
from .article import Article
from .seeds import find_seeds, load_article


@dataclass(frozen=True)
class GeneratedPage:
    """A page made from seeds: where it goes, what it holds, what an editor edits."""

    path: str
    content: str
    edit_source: str


@dataclass
class Site:
    articles: list[Article]
    pages: list[GeneratedPage] = field(default_factory=list)

    def article(self, slug: str) -> Article:
        return next(a for a in self.articles if a.slug == slug)


def article_dir(slug: str) -> str:
    return f"articles/{slug}"


def build_site(seeds_dir: str | Path, repo_root: str | Path | None = None) -> Site:
    """Parse every seed once and render every generated page."""
    seeds = find_seeds(seeds_dir)
    root = Path(repo_root) if repo_root else Path(seeds_dir).resolve().parent

    def rel(path: Path) -> str:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    site = Site(articles=[load_article(seed) for seed in seeds])
    for seed, article in zip(seeds, site.articles):
        base = article_dir(article.slug)
        site.pages.append(GeneratedPage(f"{base}/index.md", render.article_page(article), rel(seed.text)))
        site.pages.append(GeneratedPage(f"{base}/figures.md", render.figures_page(article), rel(seed.text)))
        site.pages.append(GeneratedPage(f"{base}/people.md", render.people_page(article), rel(seed.meta)))
    site.pages.append(GeneratedPage("articles/index.md", render.articles_index(site.articles), rel(Path(seeds_dir))))
    return site
