"""What Material's script did for readers still works without it (bench/README.md, "A slow phone").

The site loads neither Material's bundle nor a linked stylesheet: the palette is an
inline script in the header (overrides/partials/javascripts/palette.html), the drawer,
header and page keys are javascripts/reader.js, and every page carries its styles
inline (hooks/explainer/site/inline_styles.py, scripts/reader_css.py). Each test
drives the real built site in Debian's Chromium.
"""

from __future__ import annotations

import re
import sys

import pytest

from conftest import ROOT, SEED_SLUG

sys.path.insert(0, str(ROOT / "scripts"))
import reader_css  # noqa: E402

ARTICLE = f"articles/{SEED_SLUG}/"
PHONE = {"width": 375, "height": 740}
RULE = re.compile(r"[^{}]+\{[^{}]*\}")  # a rule (inside an at-rule: the inner one)


def test_no_page_loads_materials_script_or_links_a_stylesheet(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "assets/javascripts/bundle." not in html, page
        head = html.split("<body", 1)[0]
        links = re.findall(r"<link rel=\"stylesheet\"[^>]*>", head)
        # in the head, only the stylesheet for a dark system without script, inside <noscript>
        assert all("noscript-dark.css" in link for link in links), (page, links)
        assert head.count("<style>") == 1, page
        # the site's own stylesheet again, whole, once the page is there
        assert re.search(r'<link rel="stylesheet" href="[^"]*stylesheets/explainer\.css"></body>', html), page


def test_the_cut_of_materials_stylesheets_has_every_rule_the_site_uses(site_dir):
    """docs/stylesheets/material.css holds every rule scripts/reader_css.py keeps for this
    build (with more articles too: the nav's templates are counted whatever the build)."""
    made = reader_css.reader_css(site_dir)
    committed = reader_css.OUT.read_text(encoding="utf-8")
    missing = set(RULE.findall(made)) - set(RULE.findall(committed))
    assert not missing, f"docs/stylesheets/material.css is stale (run `make reader-css`): {sorted(missing)[:5]}"
    assert ".md-header__button:not(:focus-visible)" in made  # the polyfill's class is the browser's
    assert "data-md-color-primary=red" not in made and "data-md-color-primary=indigo" in made
    assert ".md-typeset .highlight" not in made  # no code blocks on the site: their rules go


def _context(browser, **options):
    return browser.new_context(**options)


@pytest.mark.parametrize("scheme, expected", [("light", "default"), ("dark", "slate")])
def test_the_palette_follows_the_system_before_the_first_paint(browser, served_site, scheme, expected):
    context = _context(browser, color_scheme=scheme)
    page = context.new_page()
    # the scheme as the body has it when the first paint is committed, not after load
    page.add_init_script(
        "new PerformanceObserver(list => { if (!window.__firstScheme) {"
        " window.__firstScheme = document.body.getAttribute('data-md-color-scheme'); } })"
        ".observe({ type: 'paint', buffered: true });"
    )
    page.goto(served_site + ARTICLE, wait_until="load")
    page.wait_for_function("window.__firstScheme")
    assert page.evaluate("window.__firstScheme") == expected
    visible = page.locator("form[data-md-component=palette] label:not([hidden])")
    assert visible.count() == 1
    context.close()


def test_the_palette_toggle_switches_remembers_and_answers_enter(browser, served_site):
    context = _context(browser, color_scheme="light")
    page = context.new_page()
    page.goto(served_site, wait_until="load")
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.get_by_title("Switch to dark mode").click()
    assert page.evaluate(scheme) == "slate"
    assert page.get_by_title("Switch to light mode").is_visible()
    page.goto(served_site + ARTICLE, wait_until="load")
    assert page.evaluate(scheme) == "slate"  # remembered on the next page
    page.locator("#__palette_1").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(scheme) == "default"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"
    assert re.fullmatch(r"#[0-9a-f]{6}", page.evaluate("document.querySelector('meta[name=theme-color]').content"))
    context.close()


def test_a_link_within_the_page_closes_the_drawer(browser, served_site):
    context = _context(browser, viewport=PHONE)
    page = context.new_page()
    page.goto(served_site + "critique/", wait_until="load")
    page.locator('label.md-header__button[for="__drawer"]').click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    links = page.locator("nav.md-nav--primary .md-nav--secondary a.md-nav__link[href^='#']")
    assert links.count() > 0, "the drawer lists this page's sections"
    page.wait_for_timeout(300)  # the drawer slides in
    links.first.click()
    page.wait_for_function("!document.getElementById('__drawer').checked")
    assert "#" in page.url
    context.close()


def test_the_header_and_contents_follow_the_reading_and_keys_turn_pages(browser, served_site):
    context = _context(browser, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served_site + "critique/", wait_until="load")
    title = page.locator("[data-md-component=header-title]")
    header = page.locator("[data-md-component=header]")
    assert "md-header__title--active" not in (title.get_attribute("class") or "")
    toc = page.locator(".md-sidebar--secondary .md-nav__link[href^='#']")
    assert toc.count() > 2, "the critique has sections in its table of contents"
    third = toc.nth(2).get_attribute("href")
    page.evaluate("id => document.getElementById(id).scrollIntoView()", third.removeprefix("#"))
    page.wait_for_function("document.querySelector('.md-header__title--active')")
    assert "md-header--shadow" in (header.get_attribute("class") or "")
    # the table of contents marks the section being read, and those before it
    page.wait_for_function("document.querySelectorAll('.md-sidebar--secondary .md-nav__link--passed').length === 2")
    assert page.locator(".md-sidebar--secondary .md-nav__link--active").get_attribute("href") == third
    page.locator("body").press("n")
    page.wait_for_url(re.compile(r"/articles/cambodian-workers-japan/figures/$"))
    page.wait_for_load_state("load")
    page.keyboard.press("p")
    page.wait_for_url(re.compile(r"/critique/$"))
    context.close()


@pytest.mark.parametrize("how", ["tap", "click", "keyboard"])
def test_a_note_opened_before_the_scripts_arrive_opens_and_stays_open(browser, served_site, how):
    """A slow phone: the page paints and a reader taps a note (or clicks it, or presses
    Enter on it) while the deferred scripts are still on the way; when they run, the
    note is still open."""
    context = _context(browser, viewport=PHONE, has_touch=True, is_mobile=True)
    page = context.new_page()
    held: list = []
    scripts = re.compile(r"/javascripts/(terms|reader)\.js$")
    page.route(scripts, lambda route: held.append(route))  # answered only when released below
    page.goto(served_site + ARTICLE, wait_until="commit")
    for _ in range(100):
        if len(held) == 2:
            break
        page.wait_for_timeout(50)
    assert len(held) == 2, "both deferred scripts were requested and held back"
    marker = page.locator("button.ex-note-ref").first
    marker.scroll_into_view_if_needed()
    if how == "tap":
        marker.tap()
    elif how == "click":
        marker.click()
    else:
        marker.focus()
        page.keyboard.press("Enter")
    note_id = marker.get_attribute("popovertarget") or marker.get_attribute("aria-controls")
    shown = "id => { const n = document.getElementById(id); return n.checkVisibility() && n.getBoundingClientRect().height > 0; }"
    page.wait_for_function(shown, arg=note_id, timeout=5000)
    for route in held:
        route.continue_()
    page.wait_for_load_state("load")
    page.wait_for_timeout(2000)
    assert page.evaluate(shown, note_id), "the note closed by itself once the scripts ran"
    context.close()


def test_a_page_opened_at_a_section_marks_it_without_a_scroll(browser, served_site):
    context = _context(browser, viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(served_site + "critique/", wait_until="load")
    third = page.locator(".md-sidebar--secondary .md-nav__link[href^='#']").nth(2).get_attribute("href")
    page.goto(served_site + "critique/" + third, wait_until="load")
    page.reload(wait_until="load")
    page.wait_for_function(
        "href => (document.querySelector('.md-sidebar--secondary .md-nav__link--active') || {}).getAttribute?.('href') === href",
        arg=third,
    )
    assert page.locator(".md-header__title--active").count() == 1
    context.close()
