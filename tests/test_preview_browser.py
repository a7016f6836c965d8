"""A pull request preview in real Chromium, served at pr-preview/pr-42/ beside production as on
gh-pages: under its Content-Security-Policy every page loads
with no policy violation and no console error, the theme's inline scripts run, and search
(Pagefind: WebAssembly in a same-origin worker) still finds the article's words."""

from __future__ import annotations

import shutil
import subprocess
import sys
from urllib.parse import urlsplit

import pytest

from browser import page_paths, serve
from conftest import ROOT, SEED_SLUG, site_path_prefix
from test_search_browser import search


@pytest.fixture(scope="module")
def preview_site(site_dir, tmp_path_factory):
    preview = tmp_path_factory.mktemp("preview") / "site"
    shutil.copytree(site_dir, preview)
    mark = [
        sys.executable,
        str(ROOT / "scripts" / "preview_mark.py"),
        str(preview),
        "42",
        "https://github.com/o/r/pull/42",
    ]
    subprocess.run(mark, check=True, capture_output=True)
    # served as gh-pages holds it: production at the site's path, the preview in pr-preview/pr-42/
    mount = tmp_path_factory.mktemp("host")
    shutil.copytree(site_dir, mount / site_path_prefix())
    folder = mount / site_path_prefix() / "pr-preview" / "pr-42"
    folder.parent.mkdir()
    folder.symlink_to(preview, target_is_directory=True)
    with serve(mount) as base:
        yield preview, base + folder.relative_to(mount).as_posix() + "/"


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda m: m.type in ("error", "warning") and page.problems.append(m.text))
    page.on("pageerror", lambda e: page.problems.append(str(e)))
    yield page
    context.close()


def violations(tab) -> list[str]:
    return tab.evaluate("window.__cspViolations || []")


def test_every_preview_page_loads_under_its_policy_without_a_violation(tab, preview_site):
    preview, base = preview_site
    tab.add_init_script(
        "window.__cspViolations = [];"
        "document.addEventListener('securitypolicyviolation', e => "
        "window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    paths = page_paths(preview)
    assert len(paths) > 5
    for path in paths:
        tab.goto(base + path)
        tab.wait_for_load_state("networkidle")
        assert tab.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, path
        assert tab.locator("aside.ex-pr-preview").count() == 1, path
        assert violations(tab) == [], path
        # the palette and scope scripts are inline: their hashes in the policy let them run
        assert tab.evaluate("typeof __md_scope !== 'undefined'"), path
    assert tab.problems == []


def test_search_works_in_a_preview(tab, preview_site):
    _, base = preview_site
    tab.goto(base + f"articles/{SEED_SLUG}/")
    tab.wait_for_load_state("networkidle")
    links = search(tab, "Cambodian")
    assert links and all(urlsplit(link).path for link in links)
    assert tab.problems == []


def test_the_policy_stops_a_request_to_another_origin(tab, preview_site):
    _, base = preview_site
    tab.goto(base)
    tab.wait_for_load_state("networkidle")
    blocked = tab.evaluate("fetch('http://127.0.0.2:9/x').then(() => 'sent', e => 'blocked: ' + e.message)")
    assert blocked.startswith("blocked")
    assert any("Content Security Policy" in p for p in tab.problems)
