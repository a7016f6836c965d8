"""MkDocs adapter: the only place the engine meets MkDocs.

Seeds are parsed once per build in ``on_config``; generated pages and data
downloads join the file list in ``on_files``; editorial pages get their
directives expanded in ``on_page_markdown``; schema.org data is added in
``on_page_context`` with the page's search filters, where the page's nav also
gets its window of "All articles" (found in ``on_nav``); Material's invalid HTML is
mended in ``on_post_page``; Pagefind indexes the built site in ``on_post_build``.
"""

from __future__ import annotations

import datetime
import functools
import gc
import importlib
import logging
import os
import sys
from pathlib import Path

# Whenever this file runs, import the engine afresh (see _reload_if_edited: under
# `mkdocs serve` MkDocs runs it only once, so on_config re-runs it after an edit).
for _name in [m for m in sys.modules if m == "explainer" or m.startswith("explainer.")]:
    del sys.modules[_name]

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.files import File, InclusionLevel  # noqa: E402
from mkdocs.utils import CountHandler  # noqa: E402

from explainer.errors import InputError, Problems, report_lines  # noqa: E402
from explainer.markdown_ext.abbr_focus import FocusableAbbrExtension  # noqa: E402
from explainer.markdown_ext.analysis_label import AnalysisLabelExtension  # noqa: E402
from explainer.markdown_ext.table_wrap import WrappedTablesExtension  # noqa: E402
from explainer.material_fixes.autoescape import as_text, mark_rendered_html  # noqa: E402
from explainer.material_fixes.htmlfix import fix_material_html  # noqa: E402
from explainer.material_fixes.serve_speed import TEMPLATES, disk_templates, poll_faster  # noqa: E402
from explainer.pages import corrections, directives, phrase_links, problem_banner  # noqa: E402
from explainer.site import build_site  # noqa: E402
from explainer.site.analysis_cache import AnalysisCache, checkout_key  # noqa: E402
from explainer.site.asset_comments import strip_served  # noqa: E402
from explainer.site.build import article_of, publish_policy  # noqa: E402
from explainer.site.credits import site_credit  # noqa: E402
from explainer.site.git_dates import read_history  # noqa: E402
from explainer.site.nav import articles_section, nav_paths, nav_problems, site_nav, window  # noqa: E402
from explainer.site.page_meta import key_quotes, page_meta, with_page_meta  # noqa: E402
from explainer.site.preview_image import Previews  # noqa: E402
from explainer.site.schema_org import PageGraphs  # noqa: E402
from explainer.site.search_facets import facets_of, page_facets  # noqa: E402
from explainer.site.search_index import SearchIndexError, index_site  # noqa: E402
from explainer.site.social import document_title  # noqa: E402

log = logging.getLogger("mkdocs.hooks.explainer")
# "fresh": no build has run since this file ran; "serving": under `mkdocs serve`;
# "site": the last Site built without errors ("good"), or under serve before there is
# one, the input without its broken files; "problems": this build's, under serve, and
# "shown": what the banner says the preview shows; "mkdocs_warnings": MkDocs' own.
# Re-running this file (see _reload_if_edited) keeps what it knew.
_state: dict = {**globals().get("_state", {}), "fresh": True}


def _hook_sources() -> dict[str, int]:
    """Modification time of every Python file under hooks/: the adapter and the engine."""
    return {str(p): p.stat().st_mtime_ns for p in Path(__file__).resolve().parent.rglob("*.py")}


# What hooks/ looked like when this file last ran; only `mkdocs serve` reloads (a build
# skips the walk: on_startup fills it in under serve, and a re-run of this file does here)
_LOADED_SOURCES: dict[str, int] | None = _hook_sources() if _state.get("serving") else None


def _reload_if_edited(config) -> bool:
    """Re-run this file if anything under hooks/ changed since it last ran.

    MkDocs loads a hook file once per process (its loader is cached, mkdocs
    issue 3993), so under `mkdocs serve` an edit to hooks/ would otherwise build
    with the old code. Re-running the file drops and re-imports the engine;
    this build's event handlers are swapped for the new ones. An unchanged
    hooks/ costs one stat per file, so a seed edit still rebuilds at full speed;
    the first build after this file ran skips even that, having just read hooks/.
    """
    if _state.pop("fresh", False) or _hook_sources() == _LOADED_SOURCES:
        return False
    module = sys.modules[__name__]
    old = {name: value for name, value in vars(module).items() if name.startswith("on_")}
    importlib.invalidate_caches()
    saved_path = sys.path.copy()
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        spec = module.__spec__
        assert spec is not None and spec.loader is not None, "a hook file always has a loader"
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved_path
    for handlers in config.plugins.events.values():
        for index, handler in enumerate(handlers):
            for name, previous in old.items():
                if handler is previous and callable(getattr(module, name, None)):
                    handlers[index] = getattr(module, name)
    return True


def on_config(config):
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
    serving = _state.get("serving")
    if built is not None:
        _state["site"], _state["good"] = built, True
    elif serving and not _state.get("good"):
        # the first build of the preview: no good site to keep, so the input without its broken files
        from explainer.site.first_preview import preview_site  # serve only: a build never needs it

        _state["site"] = preview_site(
            root, Path(config.docs_dir), problems.found, credit=config.copyright, publish=publish
        )
    config_path = Path(config.config_file_path)
    problems.found += nav_problems(config_path, config.nav, Path(config.docs_dir), str(config.not_in_nav or ""))
    _state["root"] = root
    _state["history"] = history = read_history(root)
    if history.note:
        log.info(history.note)
    _state["previews"] = Previews(root / "build" / "og-cache", checkout_key(root / "build"))
    if serving and "site" in _state:
        # the live preview keeps serving the last good site with the problems on every
        # page, and stays live: a failed build would leave the open tab stuck
        _state["problems"] = problems.relative_to(root)
        _state["shown"] = problem_banner.LAST_GOOD if _state.get("good") else problem_banner.LEFT_OUT
        _print_problems(_state["problems"])
        _watch_mkdocs_warnings(Path(config.docs_dir).resolve())
    else:
        _report(problems.relative_to(root))
    if "site" in _state:
        config.nav = site_nav(config.nav, _state["site"])
        config.copyright = site_credit(config.copyright, _state["site"].bundles)
        _state["jsonld"] = PageGraphs(_state["site"])  # what pages need from other articles, once per build
        _state["quotes"] = key_quotes(_state["site"])
        # the repo file an editor edits for each generated page, looked up per page
        _state["sources"] = {item.path: item.edit_source for item in _state["site"].files}
    for extension in (FocusableAbbrExtension, WrappedTablesExtension, AnalysisLabelExtension):
        if not any(isinstance(e, extension) for e in config.markdown_extensions):
            config.markdown_extensions.append(extension())
    return config


def on_startup(command, dirty):
    global _LOADED_SOURCES
    _state["serving"] = command == "serve"
    if _state["serving"] and _LOADED_SOURCES is None:
        _LOADED_SOURCES = _hook_sources()


def _print_problems(problems: Problems) -> None:
    """Under serve: the problems on the terminal, kept off MkDocs' logger so that
    --strict does not abort the preview (the banner shows them on every page)."""
    for problem in problems.found:
        level = "CHECK" if problem.to_check else "WARNING" if problem.warning else "ERROR"
        print(f"{level:<8}-  {problem}", file=sys.stderr, flush=True)


class _MkDocsWarnings(logging.Handler):
    """Under serve: MkDocs' own warnings of this build (a broken link in docs/), kept for the banner."""

    def __init__(self, docs_dir: Path, shown_as: str) -> None:
        super().__init__(logging.WARNING)
        self.docs_dir, self.shown_as = docs_dir, shown_as
        self.found: list[InputError] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(log.name):
            self.found.append(problem_banner.mkdocs_warning(record.getMessage(), self.docs_dir, self.shown_as))


def _watch_mkdocs_warnings(docs_dir: Path) -> None:
    """Collect MkDocs' warnings for the banner instead of letting ``--strict`` abort the
    build at its end: an aborted rebuild reloads no tab, and a first one stops the server.
    ``make build`` and CI are not serving: there they still fail the build."""
    logger = logging.getLogger("mkdocs")
    previous = _state.get("mkdocs_warnings")
    if previous in logger.handlers:
        logger.removeHandler(previous)
    _state["mkdocs_warnings"] = watcher = _MkDocsWarnings(docs_dir, _relative_posix(docs_dir, _state["root"]))
    logger.addHandler(watcher)
    for handler in logger.handlers:
        if isinstance(handler, CountHandler):  # MkDocs' strict-mode counter of this build
            handler.addFilter(lambda record: False)


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


def on_files(files, config):
    root, docs = _state["root"], Path(config.docs_dir).resolve()
    in_nav = nav_paths(config.nav)
    for item in _state["site"].files:
        inclusion = InclusionLevel.UNDEFINED if item.path in in_nav else InclusionLevel.NOT_IN_NAV
        if not item.path.endswith(".md"):
            inclusion = InclusionLevel.UNDEFINED
        generated = File.generated(config, item.path, content=item.content, inclusion=inclusion)
        edit_target = (root / item.edit_source).resolve()
        generated.edit_uri = _relative_posix(edit_target, docs)
        files.append(generated)
    _state["facets"] = page_facets(_state["site"])
    _state["downloads"] = [f for f in files if f.generated_by and not f.src_uri.endswith(".md")]
    if not _state.get("serving"):
        # MkDocs holds the contents now; only the preview reuses a good site's files
        _state["site"].files = []
    return files


def on_nav(nav, config, files):
    # the "All articles" section, whose article groups each page's nav shows a window of
    _state["articles_nav"] = articles_section(nav.items)
    return nav


def on_page_markdown(markdown, page, config, files):
    # an editorial page's directives expand once its corrections have marked their paragraphs
    expand = None
    if not page.file.generated_by:
        expand = functools.partial(_expand_directives, page=page, first_line=_first_line(page, markdown))
    try:
        return corrections.apply(markdown, page.file.src_uri, _state["site"].corrections, expand)
    except InputError as error:
        if _state.get("problems") is not None:  # under serve: the banner says so already
            return expand(markdown) if expand else markdown
        raise PluginError(str(error.relative_to(_state["root"]))) from None


def _expand_directives(markdown, page, first_line):
    source = page.file.abs_src_path or page.file.src_uri
    if _state.get("problems") is not None:
        shown = Problems()  # under serve: a bad directive is in the banner already
        markdown = phrase_links.expand(markdown, source, page.file.src_uri, _state["site"], first_line, shown)
        return directives.expand(markdown, source, page.file.src_uri, _state["site"], first_line, shown)
    try:
        markdown = phrase_links.expand(markdown, source, page.file.src_uri, _state["site"], first_line)
        return directives.expand(markdown, source, page.file.src_uri, _state["site"], first_line)
    except InputError as error:
        raise PluginError(str(error.relative_to(_state["root"]))) from None


def on_page_context(context, page, config, nav):
    if _state.get("articles_nav"):
        section, index, groups, opened = _state["articles_nav"]
        section.children = [index, *window(groups, opened.get(article_of(page.file.src_uri)))]
    title = as_text(page.meta.get("title") or page.title or config.site_name)
    description = page.meta.get("description") or config.site_description
    graph = _state["jsonld"].page_graph(
        page.file.src_uri,
        url=page.canonical_url or page.abs_url or page.url,
        title=as_text(page.title or config.site_name),
        description=description,
        site_name=config.site_name,
        site_url=config.site_url or "",
    )
    meta = page_meta(
        _state["quotes"],
        _state["history"],
        _state["previews"],
        page.file.src_uri,
        page_url=page.url,
        title=config.site_name if page.is_homepage else title,
        description=description,
        source=_source_of(page, config),
        site_name=config.site_name,
        site_url=config.site_url or "",
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
    page.meta["explainer_search"] = facets_of(_state.get("facets", {}), page.file.src_uri)
    return context


def _today() -> str:
    return datetime.datetime.now(datetime.UTC).date().isoformat()


def _source_of(page, config) -> str:
    """The repo file an editor edits to change the page (a seed file for a generated page)."""
    generated = _state["sources"]
    if page.file.src_uri in generated:
        return generated[page.file.src_uri]
    docs = Path(config.docs_dir).resolve() / page.file.src_uri
    return _relative_posix(docs, _state["root"])


def on_post_build(config):
    # the site's own stylesheets and scripts, served without their comments
    strip_served(config.site_dir)
    # every build and every `mkdocs serve` rebuild: the search index of the site just written
    if not _state.get("serving") and len(getattr(_state.get("site"), "bundles", ())) >= RELEASE_FROM_ARTICLES:
        _release_before_indexing()
    try:
        log.debug(index_site(config.site_dir))
    except SearchIndexError as error:
        raise PluginError(str(error)) from None
    if "previews" in _state:
        log.info(_state["previews"].summary())
    watcher = _state.get("mkdocs_warnings")
    if _state.get("serving") and watcher is not None and watcher.found:
        # found while pages were written: every page written gets the banner now, with them
        found = [*_state["problems"].found, *watcher.found]
        for page in Path(config.site_dir).rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            if "<body" in text:
                page.write_text(problem_banner.insert(text, found, _state["shown"]), encoding="utf-8")


# Below this many articles a build holds little, and a full collection (10-20 ms)
# would cost more than it gives back.
RELEASE_FROM_ARTICLES = 20


def _release_before_indexing() -> None:
    """Pagefind's memory grows with the words it indexes, and the build's own stays
    held while it runs: drop what no later step of a one-off build reads, and hand
    freed memory back to the system (glibc keeps it otherwise) before it starts."""
    for key in ("site", "jsonld", "quotes", "facets", "sources", "articles_nav"):
        _state.pop(key, None)
    gc.collect()
    import ctypes  # from RELEASE_FROM_ARTICLES only: most builds never load it

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass  # not glibc: nothing to trim


def on_env(env, config, files):
    # compiled templates outlive this build's Jinja environment so rebuilds skip them: in
    # memory under `serve`, in the user's cache folder between one-off builds
    if _state.get("serving"):
        env.bytecode_cache = TEMPLATES
    else:
        env.bytecode_cache = disk_templates(Path(config.config_file_path).parent)
    # every value a template prints is escaped, Material's templates included; the HTML
    # MkDocs made is marked as such in on_page_content (material_fixes/autoescape.py)
    env.autoescape = True
    return env


def on_serve(server, config, builder):
    poll_faster(server)
    return server


def on_page_content(html, page, config, files):
    # Memory at 2,000 articles: MkDocs keeps every page until the build ends, and
    # nothing reads a page's Markdown (or a generated page's source) once it is HTML
    page.markdown = None
    if page.file.generated_by:
        page.file.content_string = ""
    return mark_rendered_html(page, html)


def on_post_page(output, page, config):
    # ... nor its HTML (or this hook's data for its template) once the whole page is
    # written, and downloads are copied by now
    page.content = None
    for key in [key for key in page.meta if key.startswith("explainer_")]:
        del page.meta[key]
    for download in _state.pop("downloads", ()):
        download.content_bytes = b""
    problems = _state.get("problems")
    if problems is not None and problems.found:
        output = problem_banner.insert(output, problems.found, _state["shown"])
    return fix_material_html(output)


def on_post_template(output_content, template_name, config):
    # 404.html is rendered as a static template and never passes on_post_page
    return fix_material_html(output_content) if template_name.endswith(".html") else output_content


def _first_line(page, markdown: str) -> int:
    """The file line the page's Markdown starts on, after MkDocs took the front matter."""
    raw = page.file.content_string.replace("\r\n", "\n")
    if markdown and raw.endswith(markdown):
        return raw[: len(raw) - len(markdown)].count("\n") + 1
    return 1


def _relative_posix(target: Path, start: Path) -> str:
    return Path(os.path.relpath(target, start)).as_posix()
