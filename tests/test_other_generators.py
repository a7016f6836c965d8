"""The same content without MkDocs 1.x: ProperDocs runs the hooks, Zensical reads the export.

Each build is held to the real MkDocs build (`site_dir`) and to the engine's own
model of the site, so the checks follow the content as pages, quotes and figures
are added.
"""

from __future__ import annotations

import copy
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import NavigableString

from explainer.export import MARKER, load_config
from explainer.pages import corrections
from explainer.site import build_site
from explainer.site.credits import site_credit
from explainer.site.nav import nav_paths, site_nav
from pagefind_index import fragments
from site_compare import (
    PROPERDOCS,
    ROOT,
    ZENSICAL,
    anchors,
    content,
    html_pages,
    internal_links,
    page_url,
    quotes,
    run,
    run_export,
    sections,
    third_party_urls,
)

PAGES = ("index.md", "figures.md", "people.md")
# What each generator makes for itself: theme assets, search index, sitemap.
GENERATOR_OWN = {"assets", "search", "search.json", "pagefind", "sitemap.xml", "sitemap.xml.gz"}


def _clean(result, name: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{name} failed:\n{output[-4000:]}"
    assert "WARNING" not in output and "Warning" not in output, f"{name} warned:\n{output[-4000:]}"


@pytest.fixture(scope="module")
def engine_site():
    credit = load_config(ROOT / "mkdocs.yml").get("copyright")
    return build_site(ROOT / "seeds", repo_root=ROOT, docs_dir=ROOT / "docs", credit=credit)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export") / "export"
    _clean(run_export(out), "export")
    return out


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("properdocs-site")
    assert PROPERDOCS.exists(), f"no {PROPERDOCS}: run `make test` (it installs requirements-properdocs.txt)"
    _clean(
        run([str(PROPERDOCS), "build", "--strict", "-f", "mkdocs.yml", "-d", str(out)], cwd=ROOT), "properdocs build"
    )
    return out


@pytest.fixture(scope="module")
def plain_mkdocs_site(exported, tmp_path_factory) -> Path:
    """The export built by MkDocs with no hooks at all: the benchmark's baseline."""
    out = tmp_path_factory.mktemp("export-mkdocs-site")
    _clean(
        run([str(PROPERDOCS.with_name("mkdocs")), "build", "--strict", "-d", str(out)], cwd=exported),
        "mkdocs build of the export",
    )
    return out


@pytest.fixture(scope="module")
def zensical_site(exported, tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("zensical") / "export"
    shutil.copytree(exported, project)
    assert ZENSICAL.exists(), (
        f"no {ZENSICAL}: run `make test` (it creates .venv-zensical from requirements-zensical.txt)"
    )
    _clean(run([str(ZENSICAL), "build", "--strict"], cwd=project), "zensical build")
    return project / "site"


def _without_hook_only_html(body) -> str:
    """Content HTML minus what only the hooks can add (hooks/README.md, "Building without MkDocs 1.x"):
    edit links that point at the seeds, glossary terms (marked once, focusable), tables
    wrapped at build time, the word "Analysis" on the editors' analysis (Markdown
    extensions the hook registers), the page's dates and the home byline's "Updated" date, error-report and citation lines
    (from git history and the page's address), and the site search's page wrapper with
    its page-kind and article filters (set per page by the hook)."""
    body = copy.copy(body)
    for line in body.select("p.ex-page-dates, p.ex-print-only"):
        line.decompose()
    for stamp in body.select("span.ex-byline > time"):  # "Updated <date>." from git history
        before, after = stamp.previous_sibling, stamp.next_sibling
        if isinstance(before, NavigableString):
            before.replace_with(before.removesuffix(" Updated "))
        if isinstance(after, NavigableString):
            after.replace_with(after.removeprefix("."))
        stamp.decompose()
    for label in body.select("p.analysis > span.analysis-label"):
        text = label.next_sibling
        label.decompose()
        if isinstance(text, NavigableString):
            text.replace_with(text.lstrip())
    for wrapper in body.select("div[data-pagefind-body]"):
        for facet in wrapper.find_all("data", recursive=False):
            facet.decompose()
        wrapper.unwrap()
    for button in body.select("a[rel~=edit]"):
        button.decompose()
    # which use of a term is marked (the first a reader can reach) is the hook's
    for term in body.select("abbr"):
        term.unwrap()
    for table in body.select("div.md-typeset__scrollwrap > div.md-typeset__table > table.ex-table"):
        del table["class"]
        table.parent.parent.replace_with(table)
    # whitespace between tags is no content: the search wrapper's edges shift some of it;
    # and the hook serves every line without its indentation (site/asset_comments.py)
    return re.sub(r">\s+<", ">\n<", re.sub(r"\n[ \t]+", "\n", str(body)))


# --- the export ---------------------------------------------------------------------------


def test_export_holds_every_page_and_download_of_the_engine(exported, engine_site):
    docs = exported / "docs"
    for item in engine_site.files:
        written = (docs / item.path).read_bytes()
        if isinstance(item.content, bytes):
            expected = item.content
        else:  # a page as the hook hands it to MkDocs: with its correction notices
            content = corrections.apply(item.content, item.path, engine_site.corrections)
            expected = (content if item.path.endswith(".md") else item.content).encode("utf-8")
        assert written == expected, item.path
    for source in (ROOT / "docs").rglob("*"):
        if source.is_file():
            assert (docs / source.relative_to(ROOT / "docs")).is_file(), source
    assert (exported / MARKER).is_file()


def test_export_config_is_the_project_config_without_hooks(exported, engine_site):
    """The same settings, but hooks: and watch:, and the nav as the hook extends it."""
    original, written = load_config(ROOT / "mkdocs.yml"), load_config(exported / "mkdocs.yml")
    assert "hooks" in original and "hooks" not in written
    expected = {key: value for key, value in original.items() if key not in ("hooks", "watch")}
    expected["nav"] = site_nav(original["nav"], engine_site)
    expected["copyright"] = site_credit(original["copyright"], engine_site.bundles)
    assert written == expected
    assert nav_paths(written["nav"]) >= {f"articles/{b.slug}/{page}" for b in engine_site.bundles for page in PAGES}
    assert not (exported / "hooks").exists() and not (exported / "seeds").exists()


def test_plain_mkdocs_builds_the_export_into_the_same_site(site_dir, plain_mkdocs_site):
    """No hooks, same output: the export holds everything the hooks add."""
    assert html_pages(plain_mkdocs_site) == html_pages(site_dir)
    for page in sorted(html_pages(site_dir)):
        ours, theirs = content(site_dir, page), content(plain_mkdocs_site, page)
        assert (ours is None) == (theirs is None), page
        if ours is not None:
            assert _without_hook_only_html(theirs) == _without_hook_only_html(ours), (
                f"{page}: the hooked build differs from a build of the export. Make the change in the "
                "engine (so build_site or directives.expand carries it), or list it as hook-only in "
                "_without_hook_only_html and in hooks/README.md's 'Building without MkDocs 1.x'"
            )


# --- ProperDocs: same mkdocs.yml, same hooks ------------------------------------------------


def test_properdocs_builds_the_same_pages(site_dir, properdocs_site):
    assert html_pages(properdocs_site) == html_pages(site_dir)

    # pagefind/: chunk names hash page numbers, which follow the order files are found on
    # disk; its content is compared page by page in test_properdocs_builds_the_same_search_index
    def files(site):
        return {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}

    assert files(properdocs_site) == files(site_dir)


def test_properdocs_has_the_same_anchors_and_content(site_dir, properdocs_site):
    for page in sorted(html_pages(site_dir)):
        assert anchors(properdocs_site, page) == anchors(site_dir, page), page
        ours, theirs = content(site_dir, page), content(properdocs_site, page)
        assert str(theirs) == str(ours), page


def test_properdocs_builds_the_same_search_index(site_dir, properdocs_site):
    """The hook runs Pagefind under ProperDocs too: the same pages, words, filters and anchors."""

    def index(site):
        return sorted((p["url"], p["content"], p["filters"], p["meta"], p["anchors"]) for p in fragments(site))

    assert index(properdocs_site) == index(site_dir)
    assert len(index(site_dir)) >= 9


def test_properdocs_has_every_paragraph_anchor_of_the_engine(properdocs_site, engine_site):
    for bundle in engine_site.bundles:
        page = page_url(f"articles/{bundle.slug}/index.md")
        expected = {paragraph.anchor for paragraph in bundle.article.paragraphs}
        assert expected <= anchors(properdocs_site, page)


# --- Zensical: the export, no hooks, no MkDocs installed ---------------------------------------


def test_zensical_builds_every_page(site_dir, zensical_site, engine_site):
    assert html_pages(zensical_site) >= html_pages(site_dir)
    editorial = [p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*.md")]
    generated = [item.path for item in engine_site.files if item.path.endswith(".md")]
    for docs_path in editorial + generated:
        assert (zensical_site / page_url(docs_path)).is_file(), docs_path


def test_zensical_has_every_anchor(site_dir, zensical_site, engine_site):
    for page in sorted(html_pages(site_dir)):
        missing = anchors(site_dir, page) - anchors(zensical_site, page)
        assert not missing, f"{page}: {sorted(missing)}"
    for bundle in engine_site.bundles:
        page = page_url(f"articles/{bundle.slug}/index.md")
        expected = {paragraph.anchor for paragraph in bundle.article.paragraphs}
        assert expected <= anchors(zensical_site, page), page


def test_zensical_has_every_quote(site_dir, zensical_site, engine_site):
    for page in sorted(html_pages(site_dir)):
        assert quotes(zensical_site, page) == quotes(site_dir, page), page
    for bundle in engine_site.bundles:
        text = bundle.article.text
        shown = " ".join(quotes(zensical_site, page_url(f"articles/{bundle.slug}/index.md")))
        for paragraph in bundle.article.paragraphs:
            for quote in paragraph.quotes:
                assert " ".join(text[quote.start : quote.end].split()) in shown


def test_zensical_has_every_figure_entry(site_dir, zensical_site, engine_site):
    for bundle in engine_site.bundles:
        figures = getattr(bundle.figures, "figures", ())
        assert figures, f"the engine found no figure in {bundle.slug}"
        page = page_url(f"articles/{bundle.slug}/figures.md")
        entries = sections(zensical_site, page, "fig-")
        assert set(entries) == {figure.anchor for figure in figures}
        assert entries == sections(site_dir, page, "fig-")
    for page in sorted(html_pages(site_dir)):
        ours = content(site_dir, page)
        if ours is not None:
            highlighted = [a.get_text() for a in ours.select("a.ex-figure")]
            assert [a.get_text() for a in content(zensical_site, page).select("a.ex-figure")] == highlighted, page


def test_zensical_keeps_every_internal_link(site_dir, zensical_site):
    for page in sorted(html_pages(site_dir)):
        assert internal_links(zensical_site, page) == internal_links(site_dir, page), page


def test_zensical_serves_every_data_download(site_dir, zensical_site, engine_site):
    """Every file of the MkDocs site that is not a page or the generator's own
    (theme assets, search index, sitemap), byte for byte: downloads, styles, scripts."""
    downloads = {item.path for item in engine_site.files if not item.path.endswith(".md")}
    assert downloads, "the engine makes no data download"
    ours = {
        path.relative_to(site_dir).as_posix()
        for path in site_dir.rglob("*")
        if path.is_file() and path.suffix != ".html" and path.relative_to(site_dir).parts[0] not in GENERATOR_OWN
    }
    assert downloads <= ours
    for path in sorted(ours):
        assert (zensical_site / path).read_bytes() == (site_dir / path).read_bytes(), path


def test_zensical_pages_fetch_nothing_from_third_parties(zensical_site):
    assert third_party_urls(zensical_site) == []


def test_zensical_builds_with_no_network(exported, tmp_path):
    """Zensical makes no request at build time: it builds inside a network namespace with no interface up."""
    project = tmp_path / "export"
    shutil.copytree(exported, project, ignore=shutil.ignore_patterns("site", ".cache"))
    result = run(["unshare", "--user", "--map-root-user", "--net", str(ZENSICAL), "build", "--strict"], cwd=project)
    _clean(result, "zensical build without network")
    assert (project / "site" / "index.html").is_file()


def test_zensical_pages_work_in_a_browser(zensical_site, browser):
    """Every Zensical page loads with no console error, no failed or off-site request,
    and its editor's notes open on click, as on the MkDocs site."""
    from browser import page_paths, serve

    with serve(zensical_site) as base:
        page = browser.new_page()
        problems, opened = [], 0
        page.on("console", lambda m: m.type == "error" and problems.append(f"console: {m.text}"))
        page.on("pageerror", lambda e: problems.append(f"uncaught: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
        page.on("response", lambda r: r.status >= 400 and problems.append(f"HTTP {r.status}: {r.url}"))
        page.on("request", lambda r: urlsplit(r.url).hostname == "127.0.0.1" or problems.append(f"off-site: {r.url}"))
        for path in page_paths(zensical_site):
            if path.startswith("404"):
                continue
            page.goto(base + path, wait_until="networkidle")
            markers = page.locator("button.ex-note-ref")
            if markers.count():
                markers.first.click()
                panel = page.locator(f'[id="{markers.first.get_attribute("popovertarget")}"]')
                panel.wait_for(state="visible", timeout=5000)
                assert panel.evaluate("p => p.matches(':popover-open')")
                opened += 1
        page.close()
    assert problems == []
    assert opened, "no page of the Zensical build has an editor's note to open"
