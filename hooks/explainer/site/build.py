"""Assemble everything the site needs from the seeds folder, in one pass.

``build_site`` is the single entry point both the MkDocs adapter and the
export step call, so the two can never disagree about what a page holds.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import NamedTuple

from explainer.bundle import ArticleBundle
from explainer.downloads import figures_data as figure_export
from explainer.downloads import voices_data as voice_export
from explainer.editorial import corrections_data, timeline_data
from explainer.errors import InputError, Problems
from explainer.figures.explanations import figures_edit_source, unsourced_explanations
from explainer.notes import check_notes_files, missing_sources, webannotation
from explainer.pages import article_page as render
from explainer.pages import corrections as corrections_page
from explainer.pages import directives, figure_disagreements, figures_page, people_index, people_page
from explainer.pages import timeline as timeline_page
from explainer.pages.front_matter import with_fields
from explainer.site.analysis_cache import AnalysisCache, Entry
from explainer.site.credits import article_credit
from explainer.text.article import Article
from explainer.text.seeds import SeedFiles, find_seeds
from explainer.voices import queue as speaker_queue


class GeneratedFile(NamedTuple):
    """A page (.md) or data download made from seeds: where it goes, what it
    holds, and the repo file an editor changes to change it."""

    path: str
    content: str | bytes
    edit_source: str


@dataclass
class Site:
    bundles: list[ArticleBundle]
    # the seed files each bundle was analysed from, in the same order (a build never rescans seeds/)
    seeds: list[SeedFiles] = field(default_factory=list)
    files: list[GeneratedFile] = field(default_factory=list)
    # problems that fail only a strict build (a note or explanation without a source link)
    warnings: list[InputError] = field(default_factory=list)
    # the editor's queue: paragraphs whose speaker is unclear or only resolved (fail nothing)
    to_check: list[InputError] = field(default_factory=list)
    corrections: list[corrections_data.Correction] = field(default_factory=list)
    timeline: list[timeline_data.Event] = field(default_factory=list)
    # editors' data files (data/): the chart directive reads its file from here
    data_dir: Path | None = None
    # each article's downloads, by slug, where the analysis cache already held them
    downloads: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def articles(self) -> list[Article]:
        return [bundle.article for bundle in self.bundles]

    def bundle(self, slug: str) -> ArticleBundle:
        return next(b for b in self.bundles if b.slug == slug)


ARTICLES = "articles"  # the folder every article's pages go in, one folder per slug


def article_dir(slug: str) -> str:
    return f"{ARTICLES}/{slug}"


def article_of(page_path: str) -> str | None:
    """The slug whose folder holds a page (``articles/<slug>/...``), else None."""
    top, _, rest = page_path.partition("/")
    slug, inside, _ = rest.partition("/")
    return slug if top == ARTICLES and inside else None


PUBLISH = {
    "resolved": "show a speaker resolved from a pronoun, short form or role, with its evidence",
    "stated": "show a speaker only resolved as unclear until an editor confirms it",
}


def publish_policy(extra: object) -> str:
    """The site's speaker policy from mkdocs.yml's ``extra: {speakers: {publish: ...}}``
    ("resolved" when not set): which evidence a label needs to be shown."""
    speakers = extra.get("speakers") if isinstance(extra, Mapping) else None
    publish = speakers.get("publish", "resolved") if isinstance(speakers, Mapping) else "resolved"
    if speakers is not None and not isinstance(speakers, Mapping) or publish not in PUBLISH:
        choices = "; ".join(f"{name}: {meaning}" for name, meaning in PUBLISH.items())
        raise InputError("mkdocs.yml", f"extra: speakers: publish: must be one of: {choices}")
    return publish


def data_dir(seeds_dir: str | Path) -> Path:
    """Editors' data files (corrections, timeline events, chart data) sit next to seeds/."""
    return Path(seeds_dir).resolve().parent / "data"


def build_site(
    seeds_dir: str | Path,
    repo_root: str | Path | None = None,
    docs_dir: str | Path | None = None,
    credit: str | None = None,
    cache: AnalysisCache | None = None,
    publish: str = "resolved",
) -> Site:
    """Parse every seed once and render every generated page.

    With ``docs_dir``, the editorial pages' ``::: source`` quotes are resolved first,
    so each article paragraph can link to the pages that quote it. ``credit`` is
    mkdocs.yml's ``copyright``: an article's pages carry it with their own outlet. Every
    problem of every seed and page is collected, then raised at once as ``Problems``.
    With ``cache``, an article analysed before from the same inputs is reused.
    ``publish`` is the site's speaker policy (``publish_policy``): with "stated", a
    speaker only resolved is shown as unclear; the downloads keep every attribution.
    """
    site = check_site(seeds_dir, docs_dir, cache)
    analysed = {bundle.slug: bundle for bundle in site.bundles}
    if publish == "stated":
        site.bundles = [replace(b, voices=b.voices.holding_resolved()) if b.voices else b for b in site.bundles]
    root = Path(repo_root) if repo_root else Path(seeds_dir).resolve().parent

    def rel(path: Path) -> str:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    elsewhere = figure_disagreements.disagreements(site.bundles)
    for seed, bundle in zip(site.seeds, site.bundles, strict=True):
        base = article_dir(bundle.slug)
        disagree = {
            figure.key: figure_disagreements.disagreement_note(bundle.slug, figure, others)
            for key, others in elsewhere.get(bundle.slug, {}).items()
            if (figure := bundle.figures.get(key)) is not None
        }
        own = article_credit(credit, bundle)
        # taken, not read: held here, every download would outlive its copy into the site
        downloads = site.downloads.pop(bundle.slug, None) or article_downloads(analysed[bundle.slug])

        def render_pages(
            bundle: ArticleBundle = bundle, own: str | None = own, disagree: dict[str, str] = disagree
        ) -> dict[str, str]:
            return {
                "index.md": with_fields(render.article_page(bundle), copyright=own),
                "figures.md": with_fields(figures_page.figures_page(bundle, disagree), copyright=own),
                "people.md": with_fields(people_page.people_page(bundle), copyright=own),
            }

        if cache is not None:
            pages = cache.pages(
                seed, repr((sorted(bundle.quoted_on.items()), own, publish, sorted(disagree.items()))), render_pages
            )
        else:
            pages = render_pages()
        site.files += [
            GeneratedFile(f"{base}/index.md", pages["index.md"], rel(seed.text)),
            GeneratedFile(f"{base}/figures.md", pages["figures.md"], rel(figures_edit_source(seed.text))),
            GeneratedFile(f"{base}/people.md", pages["people.md"], rel(seed.meta)),
        ]
        edited = {
            FIGURES_JSON: figures_edit_source(seed.text),
            FIGURES_CSV: figures_edit_source(seed.text),
            voice_export.FILE_NAME: seed.text,
            webannotation.FILE_NAME: seed.notes,
        }
        site.files += [
            GeneratedFile(f"{base}/{name}", content, rel(edited[name])) for name, content in downloads.items()
        ]
    site.files.append(GeneratedFile("articles/index.md", render.articles_index(site.articles), rel(Path(seeds_dir))))
    site.files.append(
        GeneratedFile(
            corrections_page.PAGE,
            corrections_page.corrections_page(site.corrections),
            rel(data_dir(seeds_dir) / corrections_data.FILE_NAME),
        )
    )
    site.files.append(
        GeneratedFile(
            timeline_page.PAGE,
            timeline_page.timeline_page(site.timeline + timeline_page.article_events(site.bundles)),
            rel(data_dir(seeds_dir) / timeline_data.FILE_NAME),
        )
    )
    site.files.append(GeneratedFile(people_index.PATH, people_index.people_index(site.bundles), rel(Path(seeds_dir))))
    return site


FIGURES_JSON, FIGURES_CSV = "figures.json", "figures.csv"


def article_downloads(bundle: ArticleBundle) -> dict[str, str]:
    """The data files made from one article alone (so the analysis cache can keep them)."""
    return {
        FIGURES_JSON: figure_export.figures_json(bundle),
        FIGURES_CSV: figure_export.figures_csv(bundle),
        voice_export.FILE_NAME: voice_export.voices_json(bundle),
        webannotation.FILE_NAME: webannotation.collection_json(bundle),
    }


def _analysed(
    seed: SeedFiles, problems: Problems, cache: AnalysisCache | None
) -> tuple[ArticleBundle, dict[str, str] | None]:
    """One article's bundle, from the cache when it holds these inputs, with its downloads if cached."""
    entry = cache.get(seed) if cache is not None else None
    if entry is not None:
        return entry.bundle, entry.downloads
    # imported on a miss only: a build with every article cached never loads the analysers
    from explainer.analysis import analyse

    before = len(problems.found)
    bundle = analyse(seed, problems)
    if cache is not None and len(problems.found) == before:
        downloads = article_downloads(bundle)  # made from the bundle alone: the entry keeps them
        entry = cache.put(seed, Entry(bundle, downloads))
        return entry.bundle, entry.downloads
    return bundle, None


def check_site(seeds_dir: str | Path, docs_dir: str | Path | None = None, cache: AnalysisCache | None = None) -> Site:
    """Every seed analysed and every ``::: source`` resolved, with nothing rendered:
    what ``make check`` runs. Raises ``Problems`` listing every error (and warning)
    found; on success the site's ``warnings`` hold what only a strict build refuses."""
    problems = Problems()
    seeds = find_seeds(seeds_dir)
    with problems.inside():
        check_notes_files(seeds_dir, [seed.slug for seed in seeds])
    bundles, downloads = [], {}
    for seed in seeds:
        with problems.inside():
            bundle, cached = _analysed(seed, problems, cache)
            bundles.append(bundle)
            if cached is not None:
                downloads[bundle.slug] = cached
    site = Site(bundles=bundles, seeds=seeds, data_dir=data_dir(seeds_dir), downloads=downloads)
    with problems.inside():
        site.timeline = timeline_data.load(data_dir(seeds_dir) / timeline_data.FILE_NAME)
    # with an article missing, every quote of it would be a second, misleading error
    if docs_dir is not None and len(bundles) == len(seeds):
        with problems.inside():
            directives.scan_pages(docs_dir, site)
    if len(bundles) == len(seeds):
        with problems.inside():
            site.corrections = corrections_page.load(
                data_dir(seeds_dir) / corrections_data.FILE_NAME, Path(docs_dir) if docs_dir else None, bundles
            )
    problems.found += people_index.same_as_problems(bundles)
    for bundle in bundles:
        problems.found += missing_sources(bundle.notes)
        if bundle.figures is not None:
            problems.found += unsourced_explanations(bundle.figures)
    queue = [item for bundle in bundles for item in paragraphs_to_check(bundle, Path(seeds_dir))]
    if problems.errors:  # the queue is listed with the errors, as on a good build
        problems.found += queue
    problems.raise_errors()
    site.warnings, site.to_check = problems.warnings, queue
    return site


def paragraphs_to_check(bundle: ArticleBundle, seeds_dir: Path) -> list[InputError]:
    """The article's paragraphs in the editor's queue, naming its metadata file as
    the editor sees it (``seeds/<slug>.yml``)."""
    if bundle.voices is None:
        return []
    meta = Path(bundle.article.path).with_suffix(".yml")
    try:
        shown = meta.resolve().relative_to(seeds_dir.resolve().parent).as_posix()
    except ValueError:
        shown = meta.as_posix()
    if not meta.exists():
        shown += " (a new file: title:, outlet:, url: and published: first)"
    return speaker_queue.to_check(bundle.article, bundle.voices, shown)
