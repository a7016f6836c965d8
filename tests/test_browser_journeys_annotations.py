"""Reader journeys through the annotation layers (figures: issue 4, notes: issue 5).

Overview figure card -> glossary entry -> its paragraph in the annotated article
-> the highlighted figure back to the glossary; editors' notes open and close
with the mouse and the keyboard (Esc closes). Selectors are the documented ones:
links into figures/#..., `.ex-figure` in the article, `button.ex-note-ref` markers
that open native popovers.
"""

from __future__ import annotations

import re

import pytest

from test_browser_journeys import axe_violations, on_screen

ARTICLE = "articles/cambodian-workers-japan/"
# how many notes a reader can see right now
OPEN_NOTES = """() => [...document.querySelectorAll('div.ex-note')].filter(t => {
  const s = getComputedStyle(t);
  return s.visibility !== 'hidden' && s.display !== 'none' && parseFloat(s.opacity) > 0.5
    && t.getClientRects().length > 0; }).length"""
# the first paragraph link (#pN) inside the glossary entry whose heading has this id
MARK_ENTRY_LINK = """id => {
  const heading = document.getElementById(id);
  for (let node = heading.nextElementSibling; node && node.tagName !== heading.tagName;
       node = node.nextElementSibling) {
    const link = [...node.querySelectorAll('a[href]')].find(a => /#p\\d+$/.test(a.getAttribute('href')));
    if (link) { link.setAttribute('data-journey', ''); return link.getAttribute('href'); }
  }
  return null; }"""


def fragment(url: str) -> str:
    return url.partition("#")[2]


def test_key_figure_to_glossary_to_paragraph_and_back(page):
    page.goto(page.base, wait_until="networkidle")
    cards = page.locator('article a[href*="figures/#"]')
    assert cards.count() >= 3, "the overview shows key figures linking to their glossary entries"
    cards.first.click()
    page.wait_for_url(re.compile(r"/figures/#.+"))
    entry_id = fragment(page.url)
    assert on_screen(page.locator(f'[id="{entry_id}"]'))

    href = page.evaluate(MARK_ENTRY_LINK, entry_id)
    assert href, f"glossary entry {entry_id} links to no paragraph"
    page.locator("[data-journey]").click()
    page.wait_for_url(re.compile(rf"/{ARTICLE}#p\d+$"))
    paragraph = page.locator(f'div.ex-para[id="{fragment(page.url)}"]')
    assert on_screen(paragraph)
    assert page.evaluate("document.querySelector(':target')?.id") == fragment(page.url)

    figure = paragraph.locator(f'a.ex-figure[href$="#{entry_id}"]')
    assert figure.count() >= 1, "the paragraph highlights the figure and links it to its entry"
    figure.first.click()
    page.wait_for_url(re.compile(rf"/figures/#{re.escape(entry_id)}$"))
    assert on_screen(page.locator(f'[id="{entry_id}"]'))


def open_notes(page) -> int:
    return page.evaluate(OPEN_NOTES)


def wait_open(page, count: int) -> None:
    page.wait_for_function(f"({OPEN_NOTES})() === {count}", timeout=5000)


@pytest.fixture
def article(page):  # noqa: F811 - extends the page fixture
    page.goto(page.base + ARTICLE, wait_until="networkidle")
    markers = page.locator("button.ex-note-ref")
    assert markers.count() >= 12, "every editor's note shows as a marker"
    assert open_notes(page) == 0
    return page


def test_a_note_opens_and_closes_with_the_mouse(article):
    marker = article.locator("button.ex-note-ref").first
    box = marker.bounding_box()  # a real click at the marker's centre
    article.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_open(article, 1)
    note = article.locator("div.ex-note:popover-open")
    assert len(note.inner_text().strip()) > 40
    assert note.locator('a[href^="http"]').count() >= 1, "the note cites its source"
    assert axe_violations(article) == []  # with the note open
    article.locator("article h1").first.click()
    wait_open(article, 0)


def test_a_note_opens_with_the_keyboard_and_escape_closes_it(article):
    article.locator("#p1 a.ex-para__mark").focus()
    for _ in range(15):
        article.keyboard.press("Tab")
        if article.evaluate("document.activeElement.matches('button.ex-note-ref')"):
            break
    else:
        pytest.fail("Tab never reaches a note marker")
    assert open_notes(article) == 0, "focus alone opens nothing"
    article.keyboard.press("Enter")
    wait_open(article, 1)
    article.keyboard.press("Escape")
    wait_open(article, 0)
    assert article.evaluate("document.activeElement.matches('button.ex-note-ref')"), "Esc keeps focus"
