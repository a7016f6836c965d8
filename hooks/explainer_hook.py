"""MkDocs adapter: the only place the engine meets MkDocs.

Seeds are parsed once per build in ``on_config``; generated pages and data
downloads join the file list in ``on_files``; editorial pages get their
directives expanded in ``on_page_markdown``; schema.org data is added in
``on_page_context`` with the page's search filters, where the page's nav also
gets its window of "All articles" (found in ``on_nav``); Material's invalid HTML is
mended in ``on_post_page``; Pagefind indexes the built site in ``on_post_build``.
"""

from __future__ import annotations

import dataclasses
import datetime
import functools
import html
import logging
import os
import sys
from pathlib import Path
from typing import Any

# Whenever this file runs, import the engine afresh (see _reload_if_edited: under
# `mkdocs serve` MkDocs runs it only once, so on_config re-runs it after an edit).
for _name in [m for m in sys.modules if m == "explainer" or m.startswith("explainer.")]:
    del sys.modules[_name]

from jinja2 import Environment  # noqa: E402
from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.livereload import LiveReloadServer  # noqa: E402
from mkdocs.structure.files import File, Files, InclusionLevel  # noqa: E402
from mkdocs.structure.nav import Navigation  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402
from mkdocs.utils import CountHandler  # noqa: E402

from explainer.errors import InputError, Problems, report_lines  # noqa: E402
from explainer.markdown_ext.abbr_focus import FocusableAbbrExtension  # noqa: E402
from explainer.markdown_ext.analysis_label import AnalysisLabelExtension  # noqa: E402
from explainer.markdown_ext.table_wrap import WrappedTablesExtension  # noqa: E402
from explainer.material_fixes.autoescape import as_text, mark_rendered_html  # noqa: E402
from explainer.material_fixes.htmlfix import fix_material_html  # noqa: E402
from explainer.material_fixes.serve_speed import TEMPLATES, disk_templates, poll_faster  # noqa: E402
from explainer.pages import corrections, directives, phrase_links, problem_banner  # noqa: E402
from explainer.site import Site, build_site  # noqa: E402
from explainer.site.analysis_cache import AnalysisCache, checkout_key  # noqa: E402
from explainer.site.asset_comments import strip_served, without_indentation  # noqa: E402
from explainer.site.build import article_of, publish_policy  # noqa: E402
from explainer.site.byline import annotations_updated, with_updated  # noqa: E402
from explainer.site.card_highlight import NO_CARDS, CardSources, card_sources, words_of  # noqa: E402
from explainer.site.credits import site_credit  # noqa: E402
from explainer.site.git_dates import History, read_history  # noqa: E402
from explainer.site.hook_reload import hook_sources, rerun_hook  # noqa: E402
from explainer.site.inline_styles import InlineStylesError, inline_stylesheets, reader_styles  # noqa: E402
from explainer.site.memory import RELEASE_FROM_ARTICLES, release_memory  # noqa: E402
from explainer.site.nav import articles_section, nav_paths, nav_problems, site_nav, window  # noqa: E402
from explainer.site.page_meta import page_meta, with_page_meta  # noqa: E402
from explainer.site.preview_image import Previews  # noqa: E402
from explainer.site.schema_org import PageGraphs  # noqa: E402
from explainer.site.search_facets import Facets, facets_of, page_facets  # noqa: E402
from explainer.site.search_index import SearchIndexError, index_site  # noqa: E402
from explainer.site.serve_banner import (  # noqa: E402
    MkDocsWarnings,
    banner_written_pages,
    print_problems,
    watch_mkdocs_warnings,
)
from explainer.site.social import document_title  # noqa: E402

HOOKS = Path(__file__).resolve().parent

log = logging.getLogger("mkdocs.hooks.explainer")


@dataclasses.dataclass
class HookState:
    """What the events of one build hand each other, kept across `mkdocs serve` rebuilds."""

    fresh: bool = True  # no build has run since this file ran
    serving: bool = False  # under `mkdocs serve`
    loaded_sources: dict[str, int] | None = None  # hooks/ when this file last ran (serve only)
    # the last Site built without errors (good), or under serve before there is one,
    # the input without its broken files
    site: Site | None = None
    good: bool = False
    problems: Problems | None = None  # this build's, under serve only
    shown: str = ""  # what the banner says the preview shows
    mkdocs_warnings: MkDocsWarnings | None = None  # MkDocs' own, under serve
    root: Path = Path()
    history: History | None = None
    previews: Previews | None = None
    jsonld: PageGraphs | None = None
    cards: CardSources = NO_CARDS  # what each page's share card leads with
    sources: dict[str, str] = dataclasses.field(default_factory=dict)  # generated page: the file to edit
    facets: dict[str, Facets] = dataclasses.field(default_factory=dict)
    downloads: list[File] = dataclasses.field(default_factory=list)
    articles_nav: tuple | None = None
    styles: dict[str, str] = dataclasses.field(default_factory=dict)  # inlined in every page


def _carried_over(old: object) -> HookState:
    """The state a re-run of this file starts with: what the last run knew, no build run yet."""
    known = {f.name: getattr(old, f.name) for f in dataclasses.fields(HookState) if hasattr(old, f.name)}
    return HookState(**{**known, "fresh": True})


# Re-running this file (see _reload_if_edited) keeps what it knew; only `mkdocs serve`
# reloads (a build skips the walk of hooks/: on_startup fills it in under serve)
_state: HookState = _carried_over(globals().get("_state"))
if _state.serving:
    _state.loaded_sources = hook_sources(HOOKS)


def _reload_if_edited(config: MkDocsConfig) -> bool:
    """Re-run this file if anything under hooks/ changed since it last ran
    (``site/hook_reload.py`` says why); the first build after it ran skips even the
    look at hooks/, having just read it."""
    if _state.fresh:
        _state.fresh = False
        return False
    if hook_sources(HOOKS) == _state.loaded_sources:
        return False
    rerun_hook(sys.modules[__name__], HOOKS, config.plugins.events)
    return True


def on_startup(command: str, dirty: bool) -> None:
    _state.serving = command == "serve"
    if _state.serving and _state.loaded_sources is None:
        _state.loaded_sources = hook_sources(HOOKS)


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _reload_if_edited(config):
        return globals()["on_config"](config)
    root = Path(config.config_file_path).resolve().parent
    seeds_dir = root / "seeds"
    for watched in (seeds_dir, root / "hooks"):
        if watched.is_dir() and str(watched) not in config.watch:
            config.watch.append(str(watched))
    problems = Problems()
    built = None
    cache = AnalysisCache(root / "build" / "analysis-cache")
    publish = "resolved"
    with problems.inside():
        publish = publish_policy(config.extra)
        built = build_site(
            seeds_dir, repo_root=root, docs_dir=config.docs_dir, credit=config.copyright, cache=cache, publish=publish
        )
        problems.found += built.warnings + built.to_check
    log.debug(cache.summary())
    if built is not None:
        _state.site, _state.good = built, True
    elif _state.serving and not _state.good:
        # the first build of the preview: no good site to keep, so the input without its broken files
        from explainer.site.first_preview import preview_site  # serve only: a build never needs it

        _state.site = preview_site(
            root, Path(config.docs_dir), problems.found, credit=config.copyright, publish=publish
        )
    config_path = Path(config.config_file_path)
    problems.found += nav_problems(config_path, config.nav, Path(config.docs_dir), str(config.not_in_nav or ""))
    _state.root = root
    _state.history = history = read_history(root)
    if history.note:
        log.info(history.note)
    _state.previews = Previews(root / "build" / "og-cache", checkout_key(root / "build"))
    if _state.serving and _state.site is not None:
        # the live preview keeps serving the last good site with the problems on every
        # page, and stays live: a failed build would leave the open tab stuck
        _state.problems = problems.relative_to(root)
        _state.shown = problem_banner.LAST_GOOD if _state.good else problem_banner.LEFT_OUT
        print_problems(_state.problems)
        _state.mkdocs_warnings = watch_mkdocs_warnings(
            Path(config.docs_dir).resolve(), root, log.name, _state.mkdocs_warnings, strict_counter=CountHandler
        )
    else:
        _report(problems.relative_to(root))
    if _state.site is not None:
        config.nav = site_nav(config.nav, _state.site)
        config.copyright = site_credit(config.copyright, _state.site.bundles)
        _state.jsonld = PageGraphs(_state.site)  # what pages need from other articles, once per build
        _state.cards = card_sources(_state.site)
        # the repo file an editor edits for each generated page, looked up per page
        _state.sources = {item.path: item.edit_source for item in _state.site.files}
    for extension in (FocusableAbbrExtension, WrappedTablesExtension, AnalysisLabelExtension):
        if not any(isinstance(e, extension) for e in config.markdown_extensions):
            config.markdown_extensions.append(extension())
    return config


def _report(problems: Problems) -> None:
    """Log every problem, one ``file:line: message`` line each (warnings fail only a
    strict build; paragraphs to check, logged as information, fail nothing), then the
    counts as ``make check`` prints them; with any error, stop the build saying so."""
    github = bool(os.environ.get("GITHUB_ACTIONS"))
    for problem in problems.found:
        level = logging.INFO if problem.to_check else logging.WARNING if problem.warning else logging.ERROR
        log.log(level, report_lines([problem], github=False)[0] if problem.to_check else str(problem))
        if github:
            print(report_lines([problem], github=True)[-1], flush=True)
    if problems.found:
        log.info(f"input: {problems.summary}")
    if problems.errors:
        raise PluginError(f"{problems.summary} in the input, listed above: fix the problems and build again")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    site = _built()
    root, docs = _state.root, Path(config.docs_dir).resolve()
    in_nav = nav_paths(config.nav)
    for item in site.files:
        inclusion = InclusionLevel.UNDEFINED if item.path in in_nav else InclusionLevel.NOT_IN_NAV
        if not item.path.endswith(".md"):
            inclusion = InclusionLevel.UNDEFINED
        generated = File.generated(config, item.path, content=item.content, inclusion=inclusion)
        edit_target = (root / item.edit_source).resolve()
        generated.edit_uri = _relative_posix(edit_target, docs)
        files.append(generated)
    _state.facets = page_facets(site)
    _state.downloads = [f for f in files if f.generated_by and not f.src_uri.endswith(".md")]
    # each page carries its styles (site/inline_styles.py): read once a build
    try:
        _state.styles = reader_styles(docs, [str(path) for path in config.extra_css])
    except InlineStylesError as error:
        raise PluginError(str(error)) from None
    if not _state.serving:
        # MkDocs holds the contents now; only the preview reuses a good site's files
        site.files = []
    return files


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    # the "All articles" section, whose article groups each page's nav shows a window of
    _state.articles_nav = articles_section(nav.items)
    return nav


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # an editorial page's directives expand once its corrections have marked their paragraphs
    expand = None
    if not page.file.generated_by:
        expand = functools.partial(_expand_directives, page=page, first_line=_first_line(page, markdown))
    try:
        return corrections.apply(markdown, page.file.src_uri, _built().corrections, expand)
    except InputError as error:
        if _state.problems is not None:  # under serve: the banner says so already
            return expand(markdown) if expand else markdown
        raise PluginError(str(error.relative_to(_state.root))) from None


def _expand_directives(markdown: str, page: Page, first_line: int) -> str:
    source = page.file.abs_src_path or page.file.src_uri
    site = _built()
    if _state.problems is not None:
        shown = Problems()  # under serve: a bad directive is in the banner already
        markdown = phrase_links.expand(markdown, source, page.file.src_uri, site, first_line, shown)
        return directives.expand(markdown, source, page.file.src_uri, site, first_line, shown)
    try:
        markdown = phrase_links.expand(markdown, source, page.file.src_uri, site, first_line)
        return directives.expand(markdown, source, page.file.src_uri, site, first_line)
    except InputError as error:
        raise PluginError(str(error.relative_to(_state.root))) from None


def headline(page: Page) -> str | None:
    """The page's H1 as text: the headline a reader sees (on the annotated article, the
    news report's own), not its short name in the navigation ("Annotated article")."""
    top = next((item for item in page.toc if item.level == 1), None)
    return (html.unescape(top.title).strip() or None) if top is not None else None


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig, nav: Navigation) -> dict[str, Any]:
    if _state.articles_nav:
        section, index, groups, opened = _state.articles_nav
        section.children = [index, *window(groups, opened.get(article_of(page.file.src_uri)))]
    title = as_text(page.meta.get("title") or page.title or config.site_name)
    description = page.meta.get("description") or config.site_description
    assert _state.jsonld is not None and _state.history is not None and _state.previews is not None, "set in on_config"
    graph = _state.jsonld.page_graph(
        page.file.src_uri,
        url=page.canonical_url or page.abs_url or page.url,
        title=headline(page) or as_text(page.title or config.site_name),
        description=description,
        site_name=config.site_name,
        site_url=config.site_url or "",
    )
    meta = page_meta(
        _state.cards,
        _state.history,
        _state.previews,
        page.file.src_uri,
        page_url=page.url,
        title=config.site_name if page.is_homepage else title,
        description=description or "",  # a card with no description says nothing, not "None"
        source=_source_of(page, config),
        site_name=config.site_name,
        site_url=config.site_url or "",
        page_text=words_of(page.content or ""),
        headline=headline(page),
    )
    # written now, not held: at 2,000 articles the images of 6,000 pages would fill memory
    target = Path(config.site_dir) / meta.image_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(meta.image)
    page.meta["explainer_jsonld"] = with_page_meta(graph, meta)
    page.meta["explainer_title"] = document_title(meta.title, config.site_name)
    page.meta["explainer_social"] = meta.tags
    page.meta["explainer_dates"] = meta.dates.shown() if meta.dates else None
    # the version a printout names: the page's last commit, or the build's day with no git history
    page.meta["explainer_version"] = meta.dates.modified[:10] if meta.dates else _today()
    page.meta["explainer_search"] = facets_of(_state.facets, page.file.src_uri)
    return context


def on_post_build(config: MkDocsConfig) -> None:
    # the site's own stylesheets and scripts, served without their comments
    strip_served(config.site_dir)
    # every build and every `mkdocs serve` rebuild: the search index of the site just written
    if not _state.serving and _state.site is not None and len(_state.site.bundles) >= RELEASE_FROM_ARTICLES:
        _release_before_indexing()
    try:
        log.debug(index_site(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    if _state.previews is not None:
        log.info(_state.previews.summary())
    watcher = _state.mkdocs_warnings
    if _state.serving and watcher is not None and watcher.found and _state.problems is not None:
        # found while pages were written: every page written gets the banner now, with them
        banner_written_pages(Path(config.site_dir), [*_state.problems.found, *watcher.found], _state.shown)


def _release_before_indexing() -> None:
    """Drop what no later step of a one-off build reads, then hand the memory back."""
    _state.site, _state.jsonld, _state.articles_nav = None, None, None
    _state.cards, _state.facets, _state.sources = NO_CARDS, {}, {}
    release_memory()


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    # compiled templates outlive this build's Jinja environment so rebuilds skip them: in
    # memory under `serve`, in the user's cache folder between one-off builds
    if _state.serving:
        env.bytecode_cache = TEMPLATES
    else:
        env.bytecode_cache = disk_templates(Path(config.config_file_path).parent)
    # every value a template prints is escaped, Material's templates included; the HTML
    # MkDocs made is marked as such in on_page_content (material_fixes/autoescape.py)
    env.autoescape = True
    return env


def on_serve(server: LiveReloadServer, config: MkDocsConfig, builder: Any) -> LiveReloadServer:
    poll_faster(server)
    return server


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # Memory at 2,000 articles: MkDocs keeps every page until the build ends, and
    # nothing reads a page's Markdown (or a generated page's source) once it is HTML
    page.markdown = None
    if page.file.generated_by:
        page.file.content_string = ""
    if _state.history is not None:
        html = with_updated(html, annotations_updated(_state.history))
    return mark_rendered_html(page, html)


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    # ... nor its HTML (or this hook's data for its template) once the whole page is
    # written, and downloads are copied by now
    page.content = None
    for key in [key for key in page.meta if key.startswith("explainer_")]:
        del page.meta[key]
    for download in _state.downloads:
        download.content_bytes = b""
    _state.downloads = []
    problems = _state.problems
    if problems is not None and problems.found:
        output = problem_banner.insert(output, problems.found, _state.shown)
    return without_indentation(inline_stylesheets(fix_material_html(output), _state.styles))


def on_post_template(output_content: str, template_name: str, config: MkDocsConfig) -> str:
    # 404.html is rendered as a static template and never passes on_post_page
    if not template_name.endswith(".html"):
        return output_content
    return inline_stylesheets(fix_material_html(output_content), _state.styles)


def _built() -> Site:
    """The site this build serves: on_config always sets one, or stops the build."""
    assert _state.site is not None, "on_config builds the site before any page event"
    return _state.site


def _today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def _source_of(page: Page, config: MkDocsConfig) -> str:
    """The repo file an editor edits to change the page (a seed file for a generated page)."""
    if page.file.src_uri in _state.sources:
        return _state.sources[page.file.src_uri]
    docs = Path(config.docs_dir).resolve() / page.file.src_uri
    return _relative_posix(docs, _state.root)


def _first_line(page: Page, markdown: str) -> int:
    """The file line the page's Markdown starts on, after MkDocs took the front matter."""
    raw = page.file.content_string.replace("\r\n", "\n")
    if markdown and raw.endswith(markdown):
        return raw[: len(raw) - len(markdown)].count("\n") + 1
    return 1


def _relative_posix(target: Path, start: Path) -> str:
    return Path(os.path.relpath(target, start)).as_posix()
