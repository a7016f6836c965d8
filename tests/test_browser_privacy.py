"""In a real browser, every page loads with no request leaving the machine."""

from __future__ import annotations

import pytest
from playwright.sync_api import sync_playwright

from browser import launch, serve


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


def test_pages_request_only_the_local_server(site_dir, browser):
    pages = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))
    assert len(pages) >= 8
    with serve(site_dir) as base:
        context = browser.new_context()
        requests, errors = [], []
        context.on("request", lambda request: requests.append(request.url))
        page = context.new_page()
        page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
        for path in pages:
            page.goto(base + path.removesuffix("index.html"), wait_until="networkidle")
        context.close()
    foreign = [url for url in requests if not url.startswith(base)]
    assert foreign == []
    assert errors == []
    assert len(requests) > len(pages)
