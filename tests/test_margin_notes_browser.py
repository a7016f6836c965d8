"""Notes in the margin (issue 28, the design's point 2), as a reader meets them in
Debian's Chromium: on a wide screen each note's first words stand beside their
marker, never over another note or the text; the annotated phrase opens its note
as the marker does; a correction notice takes a line, not a screenful; on a phone
"show all notes" holds; on paper the notes are numbered 1 to N (those two are
tests/test_reader_paths_browser.py's)."""

from __future__ import annotations

import pytest

from conftest import SEED_SLUG
from test_every_reader_browser import DESKTOP, PHONE, SEEDS, new_page

# Each margin teaser of the page's own paragraphs with its marker and the line height
# of the text, and every box of the reading column a teaser must not cover.
MARGIN = """() => {
  const box = e => { const r = e.getBoundingClientRect(); return {top: r.top + scrollY, bottom: r.bottom + scrollY,
                                                                  left: r.left, right: r.right, height: r.height}; };
  const teasers = [...document.querySelectorAll('.ex-para:not(.ex-para--quoted) .ex-note__teaser')].map(t => {
    const para = t.closest('.ex-para'), number = t.querySelector('.ex-note__number').textContent;
    const marker = para.querySelector(`.ex-note-ref[data-note="${number}"]`);
    const note = document.getElementById(marker.getAttribute('aria-controls') || marker.getAttribute('popovertarget'));
    const line = parseFloat(getComputedStyle(para.querySelector('.ex-para__text')).lineHeight);
    return {number: Number(number), box: box(t), marker: box(marker), line, shown: t.checkVisibility(),
            text: t.textContent.trim(), note: note.textContent.replace('Editor’s note ' + number, '').trim()};
  });
  const column = [...document.querySelectorAll('article h1, .ex-para > :not(.ex-notes)')].map(box);
  return {teasers, column};
}"""


def overlap(a: dict, b: dict) -> bool:
    return (
        a["top"] < b["bottom"] - 0.5
        and b["top"] < a["bottom"] - 0.5
        and a["left"] < b["right"]
        and b["left"] < a["right"]
    )


def assert_each_note_stands_level_with_its_marker(page, slug: str) -> None:
    margin = page.evaluate(MARGIN)
    teasers = margin["teasers"]
    if slug == SEED_SLUG:
        assert len(teasers) >= 12, "the seed's notes are in the margin"
    previous = None
    for teaser in teasers:
        box, marker, line = teaser["box"], teaser["marker"], teaser["line"]
        name = f"{slug} note {teaser['number']}"
        # the note's first words are on screen without a click
        assert teaser["shown"] and box["height"] > 0, name
        words = teaser["text"].split()[1:4]
        assert teaser["note"].split()[:3] == words, (name, teaser["text"], teaser["note"][:60])
        # beside the text, never over it
        assert all(not overlap(box, other) for other in margin["column"]), f"{name} covers the text"
        # level with its marker, or right under the note before it, which pushed it down
        pushed = previous is not None and box["top"] - previous["bottom"] < line
        assert box["top"] >= marker["top"] - line, f"{name} starts {marker['top'] - box['top']:.0f} px above its marker"
        assert box["top"] <= marker["top"] + line or pushed, f"{name} is {box['top'] - marker['top']:.0f} px below"
        if previous is not None:
            assert box["top"] >= previous["bottom"] - 0.5, f"{name} overlaps the note before it"
        previous = box


@pytest.mark.parametrize("width", [960, DESKTOP["width"], 1600])
@pytest.mark.parametrize("slug", SEEDS)
def test_on_a_wide_screen_each_note_stands_level_with_its_marker_and_covers_nothing(browser, served_site, slug, width):
    page = new_page(browser, served_site, {**DESKTOP, "width": width})
    page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
    assert_each_note_stands_level_with_its_marker(page, slug)
    page.context.close()


def test_notes_move_level_with_their_markers_when_a_window_grows_wide(browser, served_site):
    page = new_page(browser, served_site, PHONE)
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    page.set_viewport_size(DESKTOP)
    page.evaluate("() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert_each_note_stands_level_with_its_marker(page, SEED_SLUG)
    page.context.close()


# Where a reader clicks on the annotated words: the middle of the phrase's longest run
# of its own text, away from any link or term in it (those keep their own click, and a
# tap near one lands on it), or null if it has none.
PLAIN_WORDS = """p => {
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let longest = null;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (!t.parentElement.closest('a, abbr, button') && t.data.trim() && (!longest || t.length > longest.length)) longest = t;
  }
  if (!longest) return null;
  const r = document.createRange(), at = Math.floor(longest.length / 2);
  r.setStart(longest, at); r.setEnd(longest, at + 1);
  const box = r.getClientRects()[0];
  return [box.x + box.width / 2, box.y + box.height / 2];
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_clicking_or_tapping_the_annotated_words_opens_their_note(browser, served_site, viewport):
    phone = viewport is PHONE
    page = new_page(browser, served_site, viewport, has_touch=phone, is_mobile=phone)
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    phrases = page.locator(".ex-para .ex-note-phrase").all()
    opened = 0
    for phrase in phrases:
        marker = phrase.locator("xpath=following-sibling::button[contains(@class, 'ex-note-ref')][1]")
        target = marker.get_attribute("aria-controls") or marker.get_attribute("popovertarget")
        note = page.locator(f'[id="{target}"]')
        phrase.scroll_into_view_if_needed()
        point = phrase.evaluate(PLAIN_WORDS)
        if point is None:  # the phrase is all link (a figure): the link keeps its own click
            continue
        assert not note.is_visible(), target
        if phone:
            page.touchscreen.tap(*point)
        else:
            page.mouse.click(*point)
        assert note.is_visible(), f"{phrase.inner_text()!r} does not open {target}"
        if phone:
            assert marker.get_attribute("aria-expanded") == "true"
        page.keyboard.press("Escape")
        if phone:  # a note opened in place closes from its marker or by Escape anywhere
            assert marker.get_attribute("aria-expanded") == "false"
        assert not note.is_visible(), target
        opened += 1
    assert opened >= 10, f"{opened} of {len(phrases)} phrases opened their note"
    # the phrase is text, not a second control: read once, and no extra Tab stop
    assert page.locator(".ex-note-phrase[tabindex], .ex-note-phrase[role]").count() == 0
    page.context.close()


def test_selecting_the_annotated_words_to_copy_them_opens_nothing(browser, served_site):
    page = new_page(browser, served_site, DESKTOP)
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    phrase = page.locator("#p1 .ex-note-phrase").first
    box = phrase.bounding_box()
    page.mouse.move(box["x"] + 2, box["y"] + box["height"] / 2)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 2, box["y"] + box["height"] / 2, steps=5)
    page.mouse.up()
    assert page.evaluate("() => getSelection().toString().trim()") != ""
    assert page.locator(".ex-note:popover-open").count() == 0
    page.context.close()


# every word of an element inside its box: no line cut short by an ellipsis
WHOLE = """e => {
  const r = document.createRange(); r.selectNodeContents(e);
  const words = r.getBoundingClientRect(), box = e.getBoundingClientRect();
  return words.right <= box.right + 1 && words.bottom <= box.bottom + 1;
}"""
NOTICE = """n => {
  const line = parseFloat(getComputedStyle(n.closest('.ex-para') || n.parentElement).lineHeight);
  const text = n.closest('.ex-para')?.querySelector('.ex-para__text');
  return {height: n.getBoundingClientRect().height, line, text: text ? text.getBoundingClientRect().height : null};
}"""


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
@pytest.mark.parametrize("slug", SEEDS)
def test_a_correction_notice_takes_a_line_and_opens_to_its_whole_text(browser, served_site, slug, viewport):
    """A correction of our own note's words is a dated line (two on a phone) under the
    paragraph, not a block longer than the paragraph; the reader opens it (click, or Enter on it) to
    read what was wrong and what it says now, and reaches the Corrections page."""
    page = new_page(browser, served_site, viewport)
    page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
    notices = page.locator(".ex-para .ex-correction").all()
    if slug == SEED_SLUG:
        assert len(notices) >= 5, "the seed's article carries its corrections"
    for index, notice in enumerate(notices):
        size = notice.evaluate(NOTICE)
        name = f"{slug} notice {notice.get_attribute('id')}"
        assert size["height"] <= 2 * size["line"] + 4, f"{name} is {size['height']:.0f} px high"
        assert size["height"] < size["text"], f"{name} is taller than its paragraph"
        assert notice.locator("time").is_visible()
        summary = notice.locator("summary")
        assert summary.get_attribute("aria-expanded") is None  # the browser's own disclosure state
        if index % 2:
            summary.focus()
            page.keyboard.press("Enter")
        else:
            summary.click()
        assert notice.get_by_text("What was wrong:").is_visible(), name
        assert summary.evaluate(WHOLE), f"{name}: open, its line shows whole"
        link = notice.get_by_role("link", name="All corrections")
        assert link.is_visible() and link.get_attribute("href").rstrip("/").endswith("corrections"), name
    page.context.close()


def test_a_printed_correction_notice_is_whole(browser, served_site):
    page = new_page(browser, served_site, DESKTOP)
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    page.emulate_media(media="print")
    notices = page.locator(".ex-para .ex-correction").all()
    assert notices, "the seed's article carries its corrections"
    for notice in notices:
        assert not notice.evaluate("d => d.open")
        assert notice.get_by_text("What was wrong:").is_visible(), notice.get_attribute("id")
        assert notice.locator("summary").evaluate(WHOLE), notice.get_attribute("id")
    page.context.close()


@pytest.mark.parametrize("slug", SEEDS)
def test_on_paper_each_note_is_under_its_paragraph_with_its_number_across_the_article(browser, served_site, slug):
    page = new_page(browser, served_site, DESKTOP)
    page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
    page.emulate_media(media="print")
    printed = page.evaluate(
        """() => [...document.querySelectorAll('.ex-para .ex-note-ref')].map(m => {
          const note = document.getElementById(m.getAttribute('popovertarget') || m.getAttribute('aria-controls'));
          const text = m.closest('.ex-para').querySelector('.ex-para__text').getBoundingClientRect();
          return {shown: getComputedStyle(m, '::before').content, label: note.querySelector('.ex-note__label').textContent,
                  under: note.checkVisibility() && note.getBoundingClientRect().top >= text.bottom - 1,
                  own: note.closest('.ex-para') === m.closest('.ex-para')};
        })"""
    )
    for number, note in enumerate(printed, start=1):
        assert note["shown"] == f'"({number})"' and note["label"] == f"Editor’s note {number}", note
        assert note["under"] and note["own"], f"{slug}: note {number} is not printed under its paragraph"
    page.context.close()


@pytest.mark.parametrize("material", [True, False], ids=["with-material-script", "without-it"])
def test_a_correction_notice_opens_when_the_corrections_page_leads_to_it(browser, served_site, material):
    """Material's script opens a targeted notice; a page without it (or before it runs)
    must too."""
    page = new_page(browser, served_site, DESKTOP)
    if not material:
        page.route("**/assets/javascripts/bundle.*.js", lambda route: route.abort())
    page.goto(f"{served_site}corrections/", wait_until="networkidle")
    link = page.locator(f'article h2 a[href*="articles/{SEED_SLUG}/#corrected-"]').first
    anchor = link.get_attribute("href").split("#")[1]
    link.click()
    page.wait_for_url(f"**#{anchor}")
    notice = page.locator(f'details[id="{anchor}"]')
    assert notice.evaluate("d => d.open"), anchor
    assert notice.get_by_text("What was wrong:").is_visible()
    page.context.close()
