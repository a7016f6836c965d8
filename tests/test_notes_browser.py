"""Editors' notes and glossary terms in a real browser: mouse, keyboard, touch, Escape.

Notes are native popovers (hooks/explainer/pages/note_layer.py), so these tests drive
what the browser itself does with them; glossary terms show their definition
on focus from CSS, with Escape handled by javascripts/terms.js.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import SEED_SLUG

ARTICLE = f"articles/{SEED_SLUG}/"
# the definition a focused glossary term shows ("none" when it shows none)
TERM_TIP = "t => getComputedStyle(t, '::after').content"


@pytest.fixture
def article(browser, served_site):
    page = browser.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    yield page
    page.close()
    assert errors == []


def is_open(panel) -> bool:
    return panel.evaluate("p => p.matches(':popover-open')")


def panel_of(page, marker):
    return page.locator(f'[id="{marker.get_attribute("popovertarget")}"]')


def _focused_inside(page, selector: str) -> bool:
    return page.evaluate("s => !!document.activeElement.closest(s)", selector)


def _tab_to(page, start: str, target: str, limit: int = 10) -> None:
    page.focus(start)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if _focused_inside(page, target):
            return
    raise AssertionError(f"{target} is not reachable with Tab from {start}")


def test_markers_are_numbered_named_buttons_and_notes_start_closed(article):
    marker = article.locator("#p3").get_by_role("button", name="Note 5", exact=True)
    expect(marker).to_have_count(1)
    expect(marker).to_be_visible()
    assert marker.evaluate("m => getComputedStyle(m, '::before').content") == '"5"'
    box = marker.bounding_box()
    assert box["width"] >= 24 and box["height"] >= 24, "WCAG 2.2 target size"
    expect(article.locator("#p3-note1")).to_be_hidden()
    markers = article.locator("button.ex-note-ref")
    assert markers.count() == article.locator("div.ex-note[popover]").count() >= 12
    assert article.locator("div.ex-note:popover-open").count() == 0


def test_click_opens_the_note_under_its_marker_and_escape_closes_it(article):
    marker = article.locator("#p3 button.ex-note-ref")
    marker.click()
    note = panel_of(article, marker)
    expect(note).to_be_visible()
    assert is_open(note)
    expect(note).to_contain_text("Editor’s note 5")
    expect(note).to_contain_text("19,000")
    expect(note.locator('a[href^="https://english.cambodiadaily.com/"]')).to_be_visible()
    note_box, marker_box = note.bounding_box(), marker.bounding_box()
    assert note_box["y"] >= marker_box["y"] + marker_box["height"], "the note opens under its marker"
    assert note_box["y"] - (marker_box["y"] + marker_box["height"]) < 40
    article.keyboard.press("Escape")
    expect(note).to_be_hidden()


def test_a_click_elsewhere_closes_the_note_and_only_one_is_open_at_a_time(article):
    first, second = article.locator("#p4 button.ex-note-ref").all()
    first.click()
    expect(panel_of(article, first)).to_be_visible()
    second.click(position={"x": 12, "y": 12})
    expect(panel_of(article, second)).to_be_visible()
    expect(panel_of(article, first)).to_be_hidden()
    article.locator("article h1").click()
    expect(panel_of(article, second)).to_be_hidden()


def test_keyboard_opens_the_note_reads_into_it_and_escape_returns_to_the_marker(article):
    _tab_to(article, "#p3 a.ex-para__mark", "#p3 button.ex-note-ref")
    note = article.locator("#p3-note1")
    expect(note).to_be_hidden()
    article.keyboard.press("Enter")
    expect(note).to_be_visible()
    expect(note).to_contain_text("more than 30,000")
    # the next Tab goes into the note, to its first source link
    article.keyboard.press("Tab")
    assert _focused_inside(article, "#p3-note1")
    article.keyboard.press("Escape")
    expect(note).to_be_hidden()
    assert _focused_inside(article, "#p3 button.ex-note-ref"), "Esc hands focus back to the marker"
    article.keyboard.press("Space")
    expect(note).to_be_visible()


def test_an_open_note_stays_on_a_small_screen(browser, served_site):
    page = browser.new_page(viewport={"width": 375, "height": 700})
    page.goto(served_site + ARTICLE + "#p12", wait_until="networkidle")
    markers = page.locator("#p12 button.ex-note-ref").all()
    assert markers, "paragraph 12 of the seed has notes"
    for marker in markers:
        marker.click()
        # on a phone the note opens in place (javascripts/terms.js)
        note = page.locator(f'[id="{marker.get_attribute("aria-controls")}"]')
        expect(note).to_be_visible()
        box = note.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        page.keyboard.press("Escape")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.close()


def test_glossary_term_in_the_article_shows_its_definition_on_focus(article):
    # ASEAN's first use on the page (tests/test_terms.py): the one marked
    term = article.locator("#p2 .ex-para__text abbr", has_text="ASEAN")
    expect(term).to_have_attribute("tabindex", "0")
    _tab_to(article, "#p2 a.ex-para__mark", "#p2 .ex-para__text abbr")
    focused = article.locator("#p2 .ex-para__text abbr:focus")
    assert "Association of Southeast Asian Nations" in focused.evaluate(TERM_TIP)
    article.keyboard.press("Escape")
    assert focused.evaluate(TERM_TIP) == "none"
    assert _focused_inside(article, "#p2 .ex-para__text abbr"), "Esc keeps focus on the term"
    article.keyboard.press("Shift+Tab")
    article.keyboard.press("Tab")
    assert "Association of Southeast" in article.locator("abbr:focus").evaluate(TERM_TIP)


def test_glossary_term_shows_its_definition_on_tap(browser, served_site):
    context = browser.new_context(has_touch=True, viewport={"width": 375, "height": 700})
    page = context.new_page()
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    term = page.locator("#p2 .ex-para__text abbr", has_text="ASEAN").first
    # a mouse gets the browser's own tooltip from the title
    expect(term).to_have_attribute("title", re.compile(r"^Association of Southeast Asian Nations\b"))
    assert term.evaluate(TERM_TIP) == "none"
    term.tap()
    assert "Association of Southeast Asian Nations" in term.evaluate(TERM_TIP)
    context.close()


def test_note_opens_where_a_topic_page_quotes_the_paragraph(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}plans/", wait_until="networkidle")
    block = page.locator("div.ex-para", has=page.locator(".ex-note-phrase", has_text="servitude")).first
    marker = block.locator("button.ex-note-ref").nth(1)
    marker.click()
    note = panel_of(page, marker)
    expect(note).to_be_visible()
    expect(note).to_contain_text("Trafficking in Persons")
    page.keyboard.press("Escape")
    expect(note).to_be_hidden()
    page.close()


def test_without_javascript_the_notes_still_open(browser, served_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served_site + ARTICLE)
    page.locator("#p3 button.ex-note-ref").click()
    expect(page.locator("#p3-note1")).to_be_visible()
    expect(page.locator("#p3-note1")).to_contain_text("19,000")
    context.close()


def test_a_printed_article_shows_every_note_under_its_paragraph(article):
    article.emulate_media(media="print")
    notes = article.locator("div.ex-note[popover]")
    assert notes.count() >= 12
    for index in range(notes.count()):
        expect(notes.nth(index)).to_be_visible()
    marker = article.locator("#p3 button.ex-note-ref")
    assert marker.evaluate("m => getComputedStyle(m, '::before').content") == '"(5)"', "numbered across the article"
    first = article.locator("#p3-note1").bounding_box()
    text = article.locator("#p3 .ex-para__text").bounding_box()
    assert first["y"] >= text["y"] + text["height"] - 1, "each note prints under its own paragraph"
