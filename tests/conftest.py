"""Shared fixtures: the real site, built once per test session into a temp folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PARTS = ("mkdocs.yml", "docs", "seeds", "data", "hooks", "includes", "overrides")
SEED_SLUG = "cambodian-workers-japan"


def run_mkdocs_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """Build a project the way `make build` does; returns the finished process."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def copy_project(destination: Path) -> Path:
    """A throwaway copy of the project's sources, for builds with altered input."""
    destination.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, destination / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, destination / part)
    return destination


def build_with_extra_seed(workdir: Path, slug: str, paragraphs: list[str]) -> Path:
    """Build a copy of the project with one more article in seeds/; returns the
    built article folder (``site/articles/<slug>``), asserting a clean build."""
    project = copy_project(workdir / "project")
    (project / "seeds" / f"{slug}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    out = project / "site"
    result = run_mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out / "articles" / slug


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr, result.stderr
    return out


def parse_html(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


@pytest.fixture(scope="session")
def article_soup(site_dir) -> BeautifulSoup:
    return parse_html(site_dir / "articles" / SEED_SLUG / "index.html")


@pytest.fixture(scope="session")
def seed_paragraphs() -> list[str]:
    text = (ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def site_path_prefix() -> str:
    """The path the site is published under, from site_url (e.g. "cambodian-workers-japan")."""
    from urllib.parse import urlsplit

    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return urlsplit(config.get("site_url") or "/").path.strip("/")


@pytest.fixture(scope="session")
def served_site(site_dir):
    """Base URL of the real built site on 127.0.0.1, under its published path."""
    from browser import serve

    with serve(site_dir, prefix=site_path_prefix()) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright; per module, because the sync API
    cannot run two Playwright instances at once. Fails, never skips, without it."""
    from playwright.sync_api import sync_playwright

    from browser import launch

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def pytest_sessionfinish(session, exitstatus):
    """In CI a skipped test is a gate that did not run: fail the run instead."""
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if os.environ.get("CI") and skipped and session.exitstatus == 0:
        reporter.write_line(f"CI: {skipped} test(s) skipped; every quality gate must run", red=True)
        session.exitstatus = 1


@pytest.fixture
def page(browser, served_site):
    """A 1280 px wide tab on the served site that fails the test on any console error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    errors = []
    tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    tab.base = served_site
    yield tab
    context.close()
    assert errors == []


# --- markers for the fast loop (`make test-fast`: -m "not browser and not build and not slow") ---

BROWSER_FIXTURES = {"browser", "page", "served_site"}
BUILT_SITE_FIXTURES = {"site_dir", "article_soup", "export_dir"}
# calls that build a whole site, serve one or run a generator: seconds each
BUILD_CALLS = {
    "run_mkdocs_build",
    "build_with_extra_seed",
    "mkdocs_serve",
    "run_export",
    "run_bench_corpus",
    "subprocess",
}


def _building_names(module) -> set[str]:
    """Names of the module's own functions and fixtures that build a site, directly or
    through another of its functions: the test that calls one is a `build` test."""
    import ast
    import inspect

    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):
        return set()
    calls = {
        node.name: {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        | {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    building = set(BUILD_CALLS)
    grew = True
    while grew:
        grew = False
        for name, used in calls.items():
            if name not in building and used & building:
                building.add(name)
                grew = True
    return building


def pytest_collection_modifyitems(config, items):
    """Mark each test by what it needs, from its fixtures and calls, so the fast loop
    leaves out Chromium, whole-site builds and the slow property tests by itself."""
    cache: dict[str, set[str]] = {}
    for item in items:
        module = item.module
        building = cache.setdefault(module.__name__, _building_names(module))
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & BROWSER_FIXTURES:
            item.add_marker(pytest.mark.browser)
        if (fixtures & BUILT_SITE_FIXTURES) or ({item.originalname} | fixtures) & building:
            item.add_marker(pytest.mark.build)
