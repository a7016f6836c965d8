"""Reader journeys in a real browser: search, light/dark, the phone-sized menu."""

from __future__ import annotations

import re

from axe_playwright_python.sync_playwright import Axe

from test_browser_pages import AXE_OPTIONS, describe

PHONE = {"width": 375, "height": 812}


def axe_violations(page) -> list[str]:
    return describe(Axe().run(page, options=AXE_OPTIONS).response["violations"])


def heading(page) -> str:
    return page.locator("article h1").first.inner_text().removesuffix("¶").strip()


def test_search_for_servitude_lands_on_the_right_page(page):
    """The word is in the article's paragraph 4 and in the plans page's rebuttal section."""
    page.goto(page.base, wait_until="networkidle")
    page.locator(".md-search__input").click()
    page.keyboard.type("servitude", delay=20)
    results = page.locator(".md-search-result__item a.md-search-result__link")
    results.first.wait_for()
    hrefs = [
        a.get_attribute("href").split("?")[0] + "#" + a.get_attribute("href").partition("#")[2] for a in results.all()
    ]
    article, rebuttal = "/articles/cambodian-workers-japan/#p4", re.compile(r"/plans/#[\w-]*servitude")
    assert any(h.endswith(article) for h in hrefs) and any(rebuttal.search(h) for h in hrefs), hrefs
    assert hrefs[0].endswith(article) or rebuttal.search(hrefs[0]), hrefs
    assert axe_violations(page) == []  # the open search dialog, results shown
    results.first.click()
    page.wait_for_url(re.compile(r"/(articles/cambodian-workers-japan|plans)/"))
    marks = page.locator("article mark.pagefind-highlight")
    marks.first.wait_for(state="attached", timeout=10_000)  # ?h=servitude, marked by Pagefind's highlighter
    assert marks.first.inner_text().lower().startswith("servitude")
    if heading(page) == "PM boosts job prospects for Cambodians in Japan":
        assert page.locator("#p4 mark.pagefind-highlight").count() == 1
    else:
        assert heading(page) == "Government plans"
        assert marks.first.is_visible()


def scheme(page) -> str:
    return page.get_attribute("body", "data-md-color-scheme")


def test_switching_to_dark_and_back_sticks_across_pages(page):
    page.goto(page.base, wait_until="networkidle")
    assert scheme(page) == "default"
    page.get_by_title("Switch to dark mode").click()
    assert scheme(page) == "slate"
    page.get_by_role("link", name="Annotated article").first.click()
    page.wait_for_url(re.compile(r"/articles/cambodian-workers-japan/$"))
    assert scheme(page) == "slate"
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background not in ("rgb(255, 255, 255)", "rgba(0, 0, 0, 0)")
    page.reload(wait_until="networkidle")
    assert scheme(page) == "slate"
    page.get_by_title("Switch to light mode").click()
    assert scheme(page) == "default"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


def on_screen(locator) -> bool:
    """Really in the viewport: Material slides its drawer off-screen, it does not hide it."""
    return locator.is_visible() and locator.evaluate(
        "e => { const r = e.getBoundingClientRect();"
        " return r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight; }"
    )


def test_the_menu_works_at_375px(page):
    page.set_viewport_size(PHONE)
    page.goto(page.base, wait_until="networkidle")
    nav = page.locator("nav.md-nav--primary")
    assert not on_screen(nav.get_by_role("link", name="Government plans"))
    page.locator('label.md-header__button[for="__drawer"]').click()
    link = nav.get_by_role("link", name="Government plans")
    page.wait_for_function("document.getElementById('__drawer').checked")
    page.wait_for_timeout(300)  # the drawer slides in
    assert on_screen(link)
    assert axe_violations(page) == []  # the open drawer
    link.click()
    page.wait_for_url(re.compile(r"/plans/$"))
    assert heading(page) == "Government plans"
    assert not on_screen(nav.get_by_role("link", name="Summit context"))  # drawer closed again
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
