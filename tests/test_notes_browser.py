"""Editors' notes and glossary terms in a real browser: mouse, keyboard, Escape."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import SEED_SLUG

ACTIVE = re.compile(r"\bmd-tooltip--active\b")
TERM_ACTIVE = re.compile(r"\bmd-tooltip2--active\b")


@pytest.fixture
def article(browser, served_site):
    page = browser.new_page()
    errors = []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    yield page
    page.close()
    assert errors == []


def _focused_inside(page, selector: str) -> bool:
    return page.evaluate("s => !!document.activeElement.closest(s)", selector)


def _tab_to(page, start: str, target: str, limit: int = 10) -> None:
    page.focus(start)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if _focused_inside(page, target):
            return
    raise AssertionError(f"{target} is not reachable with Tab from {start}")


def test_markers_replace_the_list_and_are_named(article):
    markers = article.locator("#p3 .md-annotation")
    expect(markers).to_have_count(1)
    expect(article.locator("#p3 .md-annotation__index")).to_have_attribute("aria-label", "Editor's note 1")
    expect(article.locator("#p3 ol.ex-notes")).to_be_hidden()
    assert article.locator(".md-annotation").count() == article.locator("ol.ex-notes > li").count() >= 12


def test_click_opens_the_note_and_escape_closes_it(article):
    # Material's marker pulses for ever, so it never counts as "stable": click anyway
    article.click("#p3 .md-annotation__index", force=True)
    tooltip = article.locator("#p3 .md-annotation .md-tooltip")
    expect(tooltip).to_have_class(ACTIVE)
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("19,000")
    expect(tooltip.locator('a[href^="https://english.cambodiadaily.com/"]')).to_be_visible()
    article.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()


def test_keyboard_focus_opens_the_note_and_escape_closes_it_without_moving_focus(article):
    _tab_to(article, "#p3 a.ex-para__mark", "#p3 .md-annotation")
    tooltip = article.locator("#p3 .md-annotation .md-tooltip")
    expect(tooltip).to_have_class(ACTIVE)
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("more than 30,000")
    article.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    assert _focused_inside(article, "#p3 .md-annotation")
    # moving on and coming back opens it again
    article.keyboard.press("Shift+Tab")
    article.keyboard.press("Tab")
    expect(article.locator("#p3 .md-annotation .md-tooltip")).to_be_visible()


def test_glossary_term_in_the_article_shows_its_definition_on_focus(article):
    term = article.locator("#p12 .ex-para__text abbr", has_text="CENTRAL")
    expect(term).to_have_attribute("tabindex", "0")
    _tab_to(article, "#p12 a.ex-para__mark", "#p12 abbr")
    tooltip = article.locator(".md-tooltip2", has_text="Center for Alliance of Labor and Human Rights")
    expect(tooltip).to_have_class(TERM_ACTIVE)
    expect(tooltip).to_be_visible()
    article.keyboard.press("Escape")
    expect(tooltip).not_to_have_class(TERM_ACTIVE)
    expect(tooltip).to_have_css("opacity", "0")
    assert _focused_inside(article, "#p12 abbr")


def test_note_opens_where_a_topic_page_quotes_the_paragraph(browser, served_site):
    page = browser.new_page()
    page.goto(f"{served_site}plans/", wait_until="networkidle")
    block = page.locator("div.ex-para", has=page.locator(".ex-note-phrase", has_text="servitude")).first
    marker = block.locator(".md-annotation").nth(1)
    marker.locator(".md-annotation__index").click(force=True)
    tooltip = marker.locator(".md-tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Trafficking in Persons")
    page.keyboard.press("Escape")
    expect(tooltip).to_be_hidden()
    page.close()


def test_without_javascript_the_notes_are_a_list_under_the_paragraph(browser, served_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{served_site}articles/{SEED_SLUG}/")
    expect(page.locator("#p3 .ex-note-ref")).to_have_text("(1)")
    notes = page.locator("#p3 ol.ex-notes")
    expect(notes).to_be_visible()
    expect(notes.locator("li").first).to_contain_text("19,000")
    assert page.locator(".md-annotation").count() == 0
    context.close()


def test_glossary_term_shows_its_definition_on_hover(article):
    term = article.locator("#p2 .ex-para__text abbr", has_text="ASEAN").first
    term.hover()
    tooltip = article.locator(".md-tooltip2", has_text="Association of Southeast Asian Nations")
    expect(tooltip).to_have_class(TERM_ACTIVE)
    expect(tooltip).to_have_css("opacity", "1")
