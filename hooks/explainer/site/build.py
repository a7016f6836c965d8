"""Assemble everything the site needs from the seeds folder, in one pass.

``build_site`` is the single entry point both the MkDocs adapter and the
export step call, so the two can never disagree about what a page holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from explainer.bundle import ArticleBundle, analyse
from explainer.notes import check_notes_files, webannotation
from explainer.figures.explanations import figures_edit_source
from explainer.pages import article_page as render
from explainer.pages import figures_data as figure_export
from explainer.pages import figures_page, people_page, sources
from explainer.pages import voices_data as voice_export
from explainer.pages.front_matter import with_fields
from explainer.site.credits import article_credit
from explainer.text.article import Article
from explainer.text.seeds import find_seeds


class GeneratedFile(NamedTuple):
    """A page (.md) or data download made from seeds: where it goes, what it
    holds, and the repo file an editor changes to change it."""

    path: str
    content: str | bytes
    edit_source: str


@dataclass
class Site:
    bundles: list[ArticleBundle]
    files: list[GeneratedFile] = field(default_factory=list)

    @property
    def articles(self) -> list[Article]:
        return [bundle.article for bundle in self.bundles]

    def bundle(self, slug: str) -> ArticleBundle:
        return next(b for b in self.bundles if b.slug == slug)


def article_dir(slug: str) -> str:
    return f"articles/{slug}"


def build_site(
    seeds_dir: str | Path,
    repo_root: str | Path | None = None,
    docs_dir: str | Path | None = None,
    credit: str | None = None,
) -> Site:
    """Parse every seed once and render every generated page.

    With ``docs_dir``, the editorial pages' ``::: source`` quotes are resolved first,
    so each article paragraph can link to the pages that quote it. ``credit`` is
    mkdocs.yml's ``copyright``: an article's pages carry it with their own outlet.
    """
    seeds = find_seeds(seeds_dir)
    check_notes_files(seeds_dir, [seed.slug for seed in seeds])
    root = Path(repo_root) if repo_root else Path(seeds_dir).resolve().parent

    def rel(path: Path) -> str:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    site = Site(bundles=[analyse(seed) for seed in seeds])
    if docs_dir is not None:
        sources.scan_pages(docs_dir, site)
    for seed, bundle in zip(seeds, site.bundles):
        base = article_dir(bundle.slug)
        own = article_credit(credit, bundle)
        site.files += [
            GeneratedFile(f"{base}/index.md", with_fields(render.article_page(bundle), copyright=own), rel(seed.text)),
            GeneratedFile(
                f"{base}/figures.md",
                with_fields(figures_page.figures_page(bundle), copyright=own),
                rel(figures_edit_source(seed.text)),
            ),
            GeneratedFile(f"{base}/figures.json", figure_export.figures_json(bundle), rel(figures_edit_source(seed.text))),
            GeneratedFile(f"{base}/figures.csv", figure_export.figures_csv(bundle), rel(figures_edit_source(seed.text))),
            GeneratedFile(f"{base}/people.md", with_fields(people_page.people_page(bundle), copyright=own), rel(seed.meta)),
            GeneratedFile(f"{base}/{voice_export.FILE_NAME}", voice_export.voices_json(bundle), rel(seed.text)),
            GeneratedFile(f"{base}/{webannotation.FILE_NAME}", webannotation.collection_json(bundle), rel(seed.notes)),
        ]
    site.files.append(
        GeneratedFile("articles/index.md", render.articles_index(site.articles), rel(Path(seeds_dir)))
    )
    return site
