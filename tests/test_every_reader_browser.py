"""Readers the axe and vnu gates cannot stand in for: keyboard users next to an
open note, screen-reader users moving through the article, forced colours,
200% text on a phone, paper and no JavaScript. Every page of the real built
site, in Debian's Chromium (issue 15).
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from browser import page_paths
from conftest import ROOT, SEED_SLUG

SEEDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
assert SEED_SLUG in SEEDS, "every loop over SEEDS sees at least the seed"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
# (viewport, default font size in px): 16 px is 100% text, 32 px is 200%
SETUPS = {"desktop": (DESKTOP, 16), "phone": (PHONE, 16), "phone-200%": (PHONE, 32)}

FOCUSED_RECT = (
    "() => { const r = document.activeElement.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }"
)
# every open popover that overlaps the focused element: what hides focus (WCAG 2.4.11)
COVERING = """() => {
  const f = document.activeElement, r = f.getBoundingClientRect();
  return [...document.querySelectorAll(':popover-open')].filter(p => !p.contains(f)).filter(p => {
    const b = p.getBoundingClientRect();
    return b.left < r.right && r.left < b.right && b.top < r.bottom && r.top < b.bottom;
  }).map(p => p.id);
}"""


def new_page(browser, base: str, viewport: dict, font_px: int = 16, **options):
    """A tab whose browser default text size is ``font_px`` (what a reader sets for large text)."""
    context = browser.new_context(viewport=viewport, **options)
    page = context.new_page()
    if font_px != 16:
        cdp = context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": font_px, "fixed": font_px}})
    page.base = base
    return page


def pages_with(site_dir: Path, selector: str) -> list[str]:
    found = []
    for path in page_paths(site_dir):
        html = (site_dir / (path + "index.html" if not path.endswith(".html") else path)).read_text(encoding="utf-8")
        if BeautifulSoup(html, "html.parser").select(selector):
            found.append(path)
    return found


def in_note(page, note_id: str) -> bool:
    return page.evaluate("id => !!document.activeElement.closest('[id=\"' + id + '\"]')", note_id)


# --- 1. Focus is never hidden under an open note ---------------------------------


@pytest.mark.parametrize("setup", SETUPS)
def test_leaving_an_open_note_never_leaves_focus_under_a_note(browser, served_site, site_dir, setup):
    viewport, font_px = SETUPS[setup]
    pages = pages_with(site_dir, "button.ex-note-ref")
    assert pages, "the site has notes"
    hidden, checked = [], 0
    for path in pages:
        page = new_page(browser, served_site, viewport, font_px)
        page.goto(served_site + path, wait_until="networkidle")
        for marker in page.locator("button.ex-note-ref").all():
            target = marker.get_attribute("aria-controls") or marker.get_attribute("popovertarget")
            marker.focus()
            page.keyboard.press("Enter")
            assert page.locator(f'[id="{target}"]').is_visible(), f"{path}: {target} opens"
            for _ in range(30):  # into the note, through its links, and out of it
                page.keyboard.press("Tab")
                if in_note(page, target):
                    break
            for _ in range(30):
                if not in_note(page, target):
                    break
                page.keyboard.press("Tab")
            for stop in range(3):
                covering = page.evaluate(COVERING)
                if covering:
                    hidden.append(f"{path} {target} stop {stop + 1} under {covering}")
                checked += 1
                page.keyboard.press("Tab")
            page.evaluate("() => document.querySelectorAll(':popover-open').forEach(p => p.hidePopover())")
        page.context.close()
    assert checked >= 3 * 12
    assert hidden == []


@pytest.mark.parametrize("setup", ["phone", "phone-200%"])
def test_on_a_phone_a_note_opens_in_place_after_its_marker_without_covering_text(browser, served_site, setup):
    viewport, font_px = SETUPS[setup]
    opened = 0
    for slug in SEEDS:
        page = new_page(browser, served_site, viewport, font_px)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        for marker in page.locator("button.ex-note-ref").all():
            opened += 1
            target = marker.get_attribute("aria-controls") or marker.get_attribute("popovertarget")
            marker.click()
            note = page.locator(f'[id="{target}"]')
            assert note.is_visible()
            box = note.bounding_box()
            # in the flow right after its marker: under it, and over no line of the text
            assert box["y"] >= marker.bounding_box()["y"] + marker.bounding_box()["height"] - 1
            covered = marker.evaluate(
                """(m, id) => {
                  const note = document.getElementById(id).getBoundingClientRect();
                  const text = m.closest('.ex-para__text'), out = [];
                  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
                  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                    if (t.parentElement.closest('.ex-note')) continue;
                    const r = document.createRange(); r.selectNodeContents(t);
                    for (const b of r.getClientRects()) {
                      if (b.left < note.right && note.left < b.right && b.top < note.bottom && note.top < b.bottom) {
                        out.push(t.data.slice(0, 20));
                      }
                    }
                  }
                  return out;
                }""",
                target,
            )
            assert covered == [], f"{target} covers {covered}"
            assert box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"]
            assert note.evaluate("n => n.scrollHeight <= n.clientHeight + 1"), f"{target} needs inner scrolling"
            assert marker.get_attribute("aria-expanded") == "true"
            page.keyboard.press("Escape")
            assert not note.is_visible(), "Escape closes it"
            assert page.evaluate("() => document.activeElement.matches('button.ex-note-ref')")
        page.context.close()
    assert opened >= 12, "the seed's notes were opened"


# --- 2. Names that say what a note is about; paragraphs and speakers to jump between ---


def test_note_buttons_and_paragraph_links_have_names_that_tell_them_apart(browser, served_site, site_dir):
    pages = pages_with(site_dir, "button.ex-note-ref")
    assert pages, "the site has notes"
    for path in pages:
        page = new_page(browser, served_site, DESKTOP)
        page.goto(served_site + path, wait_until="networkidle")
        names = [
            b.evaluate("b => b.getAttribute('aria-label') || b.textContent")
            for b in page.locator("button.ex-note-ref").all()
        ]
        assert len(names) == len(set(names)), f"{path}: note buttons share names"
        for marker, name in zip(page.locator("button.ex-note-ref").all(), names, strict=True):
            # the number the marker shows is in its name (WCAG 2.5.3); the phrase, read
            # just before it, is not read twice
            shown = marker.evaluate("m => getComputedStyle(m, '::before').content").strip('"')
            assert name == f"Note {shown}", name
        page.context.close()
    for slug in SEEDS:
        page = new_page(browser, served_site, DESKTOP)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        blocks = page.locator("div.ex-para").count()
        for number in (1, blocks):
            link = page.get_by_role("link", name=f"Paragraph {number}", exact=True)
            assert link.count() == 1 and link.get_attribute("href") == f"#p{number}"
        page.context.close()


def test_the_article_has_a_heading_per_paragraph_and_per_change_of_speaker(browser, served_site):
    for slug in SEEDS:
        page = new_page(browser, served_site, DESKTOP)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        blocks = page.locator("div.ex-para").count()
        paragraphs = page.get_by_role("heading", level=3)
        assert paragraphs.count() == blocks
        assert paragraphs.first.inner_text().strip().endswith("1")
        speakers = page.get_by_role("heading", level=2)
        labels = page.locator("div.ex-para .ex-speaker")
        lines = [" ".join(t.split()) for t in labels.all_inner_texts()]
        # who speaks, without the role a line gives where the page first names them
        names = labels.evaluate_all(
            "ps => ps.map(p => { const c = p.cloneNode(true);"
            " c.querySelectorAll('.ex-speaker__role').forEach(r => r.remove());"
            " return c.textContent.split(/\\s+/).join(' ').trim(); })"
        )
        changes = [line for i, line in enumerate(lines) if i == 0 or names[i] != names[i - 1]]
        assert [" ".join(h.split()) for h in speakers.all_inner_texts()] == changes
        assert 1 < len(changes) <= blocks or blocks == 1  # a label with its evidence is a change too
        # a repeated speaker line is read but not shown again, and adds no keyboard stop
        repeats = page.locator("div.ex-para .ex-speaker--same")
        assert repeats.count() == blocks - len(changes)
        assert repeats.locator("a, [tabindex]").count() == 0
        assert repeats.evaluate_all("ps => ps.every(p => p.getBoundingClientRect().width <= 1)")
        # and the headings add no visible clutter: the visible page is as before
        assert page.locator("div.ex-para [role=heading]").evaluate_all(
            "hs => hs.every(h => parseFloat(getComputedStyle(h).fontSize)"
            " <= parseFloat(getComputedStyle(h.closest('.ex-para').querySelector('.ex-para__text')).fontSize))"
        )
        page.context.close()


# --- 3. Forced colours -----------------------------------------------------------------

STYLE = "(e, pseudo) => { const s = getComputedStyle(e, pseudo); return {bg: s.backgroundColor, border: s.borderTopStyle + ' ' + s.borderTopWidth, bottom: s.borderBottomStyle, outline: s.outlineStyle, deco: s.textDecorationLine}; }"


def test_forced_colours_keep_quotes_markers_notes_and_term_boxes_visible(browser, served_site):
    page = new_page(browser, served_site, DESKTOP, forced_colors="active")
    page.goto(f"{served_site}articles/{SEED_SLUG}/", wait_until="networkidle")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    plain = page.locator("div.ex-para .ex-para__text").first.evaluate(STYLE, None)
    quote = page.locator(".ex-quote").first.evaluate(STYLE, None)
    legend = page.locator(".ex-legend__quote").first.evaluate(STYLE, None)
    for style in (quote, legend):
        marked = style["bg"] not in (plain["bg"], "rgba(0, 0, 0, 0)") or style["bottom"] != "none"
        assert marked, f"quotations look like narration in forced colours: {style}"
    marker = page.locator("button.ex-note-ref").first
    style = marker.evaluate(STYLE, None)
    assert not style["border"].startswith("none"), f"a note marker loses its button shape: {style}"
    marker.click()
    note = page.locator(".ex-note:popover-open")
    assert not note.evaluate(STYLE, None)["border"].startswith("none")
    page.keyboard.press("Escape")
    term = page.locator("div.ex-para abbr[tabindex]").first
    term.focus()
    box = term.evaluate(STYLE, "::after")
    assert not box["border"].startswith("none") and not box["border"].endswith(" 0px"), box
    page.context.close()


# --- 4. 200% text on a phone ---------------------------------------------------------


def test_200_percent_text_on_a_phone_keeps_the_width_for_the_text(browser, served_site):
    for slug in SEEDS:
        page = new_page(browser, served_site, PHONE, 32)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32
        widths = page.locator("div.ex-para .ex-para__text").evaluate_all(
            "ps => ps.map(p => p.getBoundingClientRect().width)"
        )
        assert widths and min(widths) >= 0.8 * PHONE["width"], min(widths)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        title = page.locator(".md-header__title").bounding_box()
        assert title["width"] >= 0.3 * PHONE["width"], f"the header title is {title['width']} px wide"
        page.context.close()


# --- 5. Print ------------------------------------------------------------------------


def canonical(path: str) -> str:
    import yaml

    site_url = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["site_url"]
    return site_url.rstrip("/") + "/" + path


def pdf_text(page) -> str:
    """All the text of the page printed to PDF, with whitespace and line-break hyphens gone,
    so an address broken across lines is still found whole."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    text = unicodedata.normalize("NFKC", "".join(p.extract_text() for p in reader.pages))  # "ﬁ" is "fi"
    return re.sub(r"\s+", "", text)


def test_the_printed_article_holds_its_source_addresses_and_its_own_address(browser, served_site):
    for slug in SEEDS:
        page = new_page(browser, served_site, DESKTOP)
        path = f"articles/{slug}/"
        page.goto(served_site + path, wait_until="networkidle")
        # every web address in the text (the edit button is not printed at all)
        sources = set(
            page.locator("article a[href^='http']:not(.md-content__button)").evaluate_all("as => as.map(a => a.href)")
        )
        assert sources
        text = pdf_text(page)
        missing = [url for url in sources if re.sub(r"\s+", "", url) not in text]
        assert missing == []
        assert canonical(path) in text, "the page's own address is on paper"
        assert re.search(
            r"(January|February|March|April|May|June|July|August|September|October|November|December)\d{1,2},20\d\d|20\d\d-\d\d-\d\d",
            text,
        )
        page.emulate_media(media="print")
        assert page.locator(".ex-speaker").first.evaluate("e => getComputedStyle(e).breakAfter") == "avoid"
        if page.locator(".ex-notes").count():  # an article without editors' notes has none to keep
            assert page.locator(".ex-notes").first.evaluate("e => getComputedStyle(e).breakBefore") == "avoid"
        page.context.close()


def test_the_printed_about_page_leaves_out_the_developer_field_list(browser, served_site):
    page = new_page(browser, served_site, DESKTOP)
    page.goto(f"{served_site}about/", wait_until="networkidle")
    fields = page.locator("#data-fields ~ .ex-developer code").first.inner_text()
    text = pdf_text(page)
    assert "Aboutthissite" in text.replace(" ", "") or "about this site" in text.lower()
    assert "Fieldsofeachfigure" not in text and f"`{fields}`" not in text
    page.context.close()


# --- 6. Without JavaScript -------------------------------------------------------------


def test_without_javascript_a_dark_system_gets_the_dark_palette_and_a_word_on_search(browser, served_site, site_dir):
    for path in ["", f"articles/{SEED_SLUG}/"]:
        page = new_page(browser, served_site, DESKTOP, java_script_enabled=False, color_scheme="dark")
        page.goto(served_site + path)
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
        assert max(channels) < 80, f"a light page for a dark system: {background}"
        notice = page.locator("header noscript > *")  # noscript content is real markup without JavaScript
        assert notice.count() == 1 and notice.is_visible() and notice.inner_text() == "Search needs JavaScript"
        page.context.close()
    light = new_page(browser, served_site, DESKTOP, java_script_enabled=False, color_scheme="light")
    light.goto(served_site)
    assert (
        min(int(c) for c in re.findall(r"\d+", light.evaluate("getComputedStyle(document.body).backgroundColor"))[:3])
        > 200
    )
    light.context.close()


def test_without_javascript_tab_reaches_the_end_of_every_page(browser, served_site, site_dir):
    """Nothing traps focus: Tab alone walks every page to its last focus stop."""
    paths = [p for p in page_paths(site_dir) if p != "404.html"]
    assert len(paths) >= 10, paths
    for path in paths:
        page = new_page(browser, served_site, DESKTOP, java_script_enabled=False)
        page.goto(served_site + path)
        stops = "[...document.querySelectorAll('a[href], button, input, [tabindex]')].filter(e => e.tabIndex >= 0 && e.getClientRects().length)"
        count = page.evaluate(f"() => {stops}.length")
        reached = -1
        for _ in range(count + 10):
            page.keyboard.press("Tab")
            reached = max(reached, page.evaluate(f"() => {stops}.indexOf(document.activeElement)"))
        assert count > 10 and reached == count - 1, f"{path}: stuck before the last of {count} focus stops"
        page.context.close()
