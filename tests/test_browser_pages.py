"""Every built page in a real browser, in both palettes and at two widths.

One sweep per palette visits every page once and records what the quality
gates need: console errors, requests, axe-core violations and screenshots
(written to test-artifacts/screenshots/ for a human to look at).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from browser import page_paths
from conftest import ROOT

PALETTES = {"light": "default", "dark": "slate"}  # emulated colour scheme -> Material scheme
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "mobile": {"width": 375, "height": 812}}
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
    },
    "resultTypes": ["violations"],
}
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@dataclass
class Visit:
    """What one page did in one palette."""

    path: str
    palette: str
    scheme: str | None = None
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    violations: dict[str, list[dict]] = field(default_factory=dict)  # width -> axe violations
    widths: dict[str, int] = field(default_factory=dict)  # width -> the page's scroll width
    screenshots: list = field(default_factory=list)


def screenshot_name(path: str, palette: str, width: str) -> str:
    slug = path.removesuffix(".html").strip("/").replace("/", "-") or "overview"
    return f"{slug}--{palette}--{width}.png"


def run_axe(page) -> list[dict]:
    """axe-core's violations on the page as it is now (axe already injected)."""
    return page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)["violations"]


def visit_all(browser, base: str, paths: list[str], palette: str) -> list[Visit]:
    context = browser.new_context(color_scheme=palette, viewport=WIDTHS["desktop"])
    context.add_init_script(Axe().axe_script)  # axe-core in every page once, not once per run
    page = context.new_page()
    visits: list[Visit] = []
    current = lambda: visits[-1]  # noqa: E731 - events belong to the page being visited
    page.on("console", lambda m: m.type == "error" and current().console_errors.append(m.text))
    page.on("pageerror", lambda e: current().console_errors.append(f"uncaught: {e}"))
    page.on("request", lambda r: current().requests.append(r.url))
    page.on("requestfailed", lambda r: current().failures.append(f"{r.url}: {r.failure}"))
    page.on("response", lambda r: r.status >= 400 and current().failures.append(f"{r.url}: HTTP {r.status}"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    try:
        for path in paths:
            visits.append(Visit(path, palette))
            page.goto(base + path, wait_until="networkidle")
            current().scheme = page.get_attribute("body", "data-md-color-scheme")
            for width, size in WIDTHS.items():
                page.set_viewport_size(size)
                current().widths[width] = page.evaluate("document.documentElement.scrollWidth")
                # colours do not change with width: one palette is enough for the narrow layout
                if width == "desktop" or palette == "light":
                    current().violations[width] = run_axe(page)
                shot = SCREENSHOTS / screenshot_name(path, palette, width)
                page.screenshot(path=shot, full_page=True)
                current().screenshots.append(shot)
            page.set_viewport_size(WIDTHS["desktop"])
    finally:
        context.close()
    return visits


@pytest.fixture(scope="module")
def pages(site_dir) -> list[str]:
    return page_paths(site_dir)


@pytest.fixture(scope="module")
def sweep(browser, served_site, pages) -> dict[str, list[Visit]]:
    return {palette: visit_all(browser, served_site, pages, palette) for palette in PALETTES}


def all_visits(sweep) -> list[Visit]:
    return [visit for visits in sweep.values() for visit in visits]


def test_every_built_page_is_visited(sweep, pages):
    assert len(pages) >= 10 and "404.html" in pages and "" in pages
    for visits in sweep.values():
        assert [v.path for v in visits] == pages


def test_each_palette_really_applies(sweep):
    for palette, visits in sweep.items():
        assert {v.scheme for v in visits} == {PALETTES[palette]}


def test_no_console_errors(sweep):
    errors = {(v.palette, v.path): v.console_errors for v in all_visits(sweep) if v.console_errors}
    assert errors == {}


def test_requests_only_go_to_the_local_server(sweep, served_site):
    origin = urlsplit(served_site).netloc
    visits = all_visits(sweep)
    foreign = sorted({url for v in visits for url in v.requests if urlsplit(url).netloc != origin})
    assert foreign == []
    # the page, its stylesheets and scripts really were fetched through the server
    assert all(len(v.requests) >= 4 for v in visits)


def test_no_request_fails(sweep):
    failures = {(v.palette, v.path): v.failures for v in all_visits(sweep) if v.failures}
    assert failures == {}


def describe(violations: list[dict]) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes'][:3]]}" for v in violations]


@pytest.mark.parametrize("palette", PALETTES)
def test_axe_finds_no_violation(sweep, palette):
    found = {
        f"{v.path or 'index'} @ {width}": describe(violations)
        for v in sweep[palette]
        for width, violations in v.violations.items()
        if violations
    }
    assert found == {}


def test_axe_ran_on_every_page(sweep):
    for palette, visits in sweep.items():
        assert all("desktop" in v.violations for v in visits), palette
    assert all("mobile" in v.violations for v in sweep["light"])


def test_nothing_scrolls_sideways_on_a_phone(sweep):
    wide = {
        (v.palette, v.path): v.widths["mobile"]
        for v in all_visits(sweep)
        if v.widths["mobile"] > WIDTHS["mobile"]["width"]
    }
    assert wide == {}


def test_screenshots_are_written(sweep, pages):
    shots = [shot for v in all_visits(sweep) for shot in v.screenshots]
    assert len(shots) == len(pages) * len(PALETTES) * len(WIDTHS)
    assert all(shot.stat().st_size > 5_000 for shot in shots)


def test_the_axe_gate_really_checks(browser):
    """The same axe call finds a missing alt text and Material's old unnamed dialog."""
    context = browser.new_context()
    context.add_init_script(Axe().axe_script)
    page = context.new_page()
    page.set_content(
        '<!doctype html><html lang="en"><title>t</title><main><h1>t</h1><img src="data:,">'
        '<div role="dialog">x</div></main></html>'
    )
    found = {v["id"] for v in run_axe(page)}
    context.close()
    assert {"image-alt", "aria-dialog-name"} <= found
