"""What readers met that the automated gates did not catch (issue 28), each checked
as that reader meets it, in Debian's Chromium: search filters in light mode, a
slow phone, search over editors' notes, the keyboard under the sticky header and
around the search dialog, screen readers, phones and 200% text, no script, paper,
and the signals that make a reader trust the page.
"""

from __future__ import annotations

import io
import re

import pytest
import yaml
from pypdf import PdfReader

from browser import page_paths, serve
from conftest import ROOT, SEED_SLUG, build_with_extra_seed, parse_html
from test_browser_journeys import axe_violations
from test_every_reader_browser import DESKTOP, PHONE, SEEDS, new_page
from test_search_browser import RESULT, choose, search

SITE_NAME = "Cambodian workers in Japan, annotated"
ARTICLE = f"articles/{SEED_SLUG}/"
SCHEMES = ["light", "dark"]

# WCAG relative luminance contrast of an element's text against the first opaque
# background behind it (the element's own or an ancestor's)
CONTRAST = """e => {
  const rgb = c => (c.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
  let bg = null;
  for (let n = e; n && !bg; n = n.parentElement) {
    const c = rgb(getComputedStyle(n).backgroundColor);
    if (c.length === 3 || c[3] === 1) { bg = c.slice(0, 3); }
  }
  bg = bg || [255, 255, 255];
  const fg = rgb(getComputedStyle(e).color).slice(0, 3);
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


def tab(browser, base: str, viewport: dict = DESKTOP, scheme: str = "light", **options):
    page = new_page(browser, base, viewport, color_scheme=scheme, **options)
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.errors = errors
    return page


# --- 1. Search filters are readable ----------------------------------------------------


@pytest.mark.parametrize("scheme", SCHEMES)
def test_search_filters_are_readable_in_both_palettes(browser, served_site, scheme):
    page = tab(browser, served_site, scheme=scheme)
    page.goto(served_site, wait_until="networkidle")
    page.keyboard.press("/")
    page.locator(".ex-search-filters summary").click()
    texts = [page.locator(".ex-search-filters summary")] + page.locator(".ex-search-filters label").all()
    assert len(texts) == 4, "the Filters band and its Article, Page and Speaker labels"
    for text in texts:
        ratio = text.evaluate(CONTRAST)
        assert ratio >= 4.5, f"{text.inner_text().split()[0]}: {ratio:.2f}:1 in {scheme} mode"
    page.context.close()


# --- 2. A note tapped early on a slow phone stays open ---------------------------------


def test_a_note_tapped_before_the_scripts_run_on_a_slow_phone_stays_open(browser, served_site):
    """400 kbps, 400 ms round trip, CPU x4; the note script arrives after the tap."""
    page = tab(browser, served_site, PHONE, has_touch=True, is_mobile=True)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": 4})
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8},
    )
    held = []
    page.route("**/javascripts/terms.js", lambda route: held.append(route))
    page.goto(served_site + ARTICLE, wait_until="commit")
    marker = page.locator("#p1 button.ex-note-ref").first
    marker.wait_for(state="visible", timeout=30_000)
    target = marker.get_attribute("popovertarget")
    marker.tap()
    note = page.locator(f'[id="{target}"]')
    assert note.is_visible(), "the tap opens the note"
    page.wait_for_function("() => document.readyState !== 'loading'")
    assert held, "the note script was requested"
    held[0].continue_()
    page.wait_for_function("() => document.querySelector('button.ex-note-ref[aria-controls]')", timeout=30_000)
    page.wait_for_timeout(1500)
    assert note.is_visible(), "the note the reader opened closed by itself"
    assert page.locator(f'button[aria-controls="{target}"]').get_attribute("aria-expanded") == "true"
    page.context.close()


# --- 3. Editors' notes are searchable, never credited to the speaker -------------------


def words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[A-Za-z]{7,}", text)}


def test_words_only_in_an_editors_note_find_the_article_but_not_as_the_speakers(browser, served_site, article_soup):
    article_words = words(" ".join(p.get_text(" ") for p in article_soup.select(".ex-para__text")))
    chosen = None
    for block in article_soup.select("div.ex-para"):
        for note in block.select(".ex-note"):
            only_here = sorted(words(note.get_text(" ")) - article_words)
            if only_here and "|" not in block["data-ex-speakers"] and block["data-ex-speakers"] != "Narration":
                chosen = (only_here[0], block["id"], block["data-ex-speakers"])
                break
        if chosen:
            break
    assert chosen, "a note with words of its own on a quoted speaker's paragraph"
    word, paragraph, speaker = chosen
    page = tab(browser, served_site)
    page.goto(served_site, wait_until="networkidle")
    found = search(page, word)
    assert f"/{ARTICLE}#{paragraph}" in [h[h.index("/articles/") :] for h in found if "/articles/" in h], found
    result = page.locator(f'{RESULT}[href*="/{ARTICLE}"][href$="#{paragraph}"]').first
    assert "editor’s note" in result.inner_text()
    # the speaker filter never credits the editors' words to the speaker
    filtered = choose(page, "speaker", speaker)
    assert not any(re.search(r"#(q\d+-)?p\d+$", h) for h in filtered), filtered
    page.context.close()


def test_the_speaker_filter_leaves_out_editors_words_after_a_quote_on_a_topic_page(browser, served_site, site_dir):
    article_words = words(parse_html(site_dir / ARTICLE / "index.html").get_text(" "))
    chosen = None
    for path in page_paths(site_dir):
        soup = parse_html(site_dir / path / "index.html") if not path.endswith(".html") else None
        for figure in soup.select("figure.ex-source") if soup else []:
            after = figure.find_next_sibling("p")
            quote = figure.select_one("div.ex-para")
            own = sorted(words(after.get_text(" ")) - article_words) if after else []
            if own and "|" not in quote["data-ex-speakers"] and quote["data-ex-speakers"] != "Narration":
                chosen = (path, own[0], quote["data-ex-speakers"])
                break
        if chosen:
            break
    assert chosen, "a topic page with editors' words after a quote"
    path, word, speaker = chosen
    page = tab(browser, served_site)
    page.goto(served_site, wait_until="networkidle")
    assert any(f"/{path}" in h for h in search(page, word)), word
    filtered = choose(page, "speaker", speaker)
    assert not any(f"/{path}" in h for h in filtered), (word, speaker, filtered)
    page.context.close()


# --- 4. The keyboard: the sticky header, and out of the search dialog ------------------


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_focus_never_hides_under_the_sticky_header_when_tabbing_backwards(browser, served_site, viewport):
    hidden, checked = [], 0
    for path in ["", ARTICLE, f"{ARTICLE}figures/", "plans/"]:
        page = tab(browser, served_site, viewport)
        page.goto(served_site + path, wait_until="networkidle")
        page.keyboard.press("End")
        for _ in range(120):
            page.keyboard.press("Shift+Tab")
            where = page.evaluate(
                """async () => {
                  // what the reader sees once the focus scroll has been painted
                  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
                  const f = document.activeElement, h = document.querySelector('.md-header');
                  if (!f || f === document.body || h.contains(f)) return null;
                  if (!f.checkVisibility({visibilityProperty: true, opacityProperty: true})) return null;
                  const r = f.getBoundingClientRect();
                  if (r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth) return null;
                  // hidden: the header, not the element, is what shows at the element's top edge
                  const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
                  const top = document.elementFromPoint(x, Math.max(r.top + 1, 0));
                  const under = r.top < h.getBoundingClientRect().bottom - 1 && !!top && h.contains(top);
                  return [under, f.outerHTML.slice(0, 80)];
                }"""
            )
            if where is None:
                continue
            checked += 1
            if where[0]:
                hidden.append(f"{path}: {where[1]}")
        page.context.close()
    assert checked >= 100
    assert hidden == []


def test_tabbing_out_of_the_search_dialog_closes_it(browser, served_site):
    page = tab(browser, served_site)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    search(page, "Japan")
    for _ in range(60):
        page.keyboard.press("Tab")
        if not page.evaluate("() => !!document.activeElement.closest('.md-search')"):
            break
    assert not page.evaluate("() => document.getElementById('__search').checked"), "the dialog closed"
    assert page.evaluate("() => document.activeElement !== document.body"), "focus moved on, to the page"
    # and backwards from the query box
    page.keyboard.press("/")
    page.keyboard.press("Shift+Tab")
    assert not page.evaluate("() => document.getElementById('__search').checked")
    assert page.locator("[inert]").count() == 0
    page.context.close()


# --- 5. Behind the open search dialog the page is inert --------------------------------


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
@pytest.mark.parametrize("scheme", SCHEMES)
def test_behind_the_open_search_dialog_the_page_is_inert(browser, served_site, viewport, scheme):
    page = tab(browser, served_site, viewport, scheme)
    page.goto(served_site, wait_until="networkidle")
    search(page, "servitude")
    assert page.evaluate("() => !!document.querySelector('main').closest('[inert]')")
    assert page.evaluate("() => !document.querySelector('.md-search').closest('[inert]')")
    assert axe_violations(page) == []
    page.keyboard.press("Escape")
    assert page.locator("[inert]").count() == 0
    page.context.close()


# --- 6. Screen readers -------------------------------------------------------------------


def test_every_paragraph_tells_a_screen_reader_its_speaker(browser, served_site):
    checked = 0
    for slug in SEEDS:
        page = tab(browser, served_site)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        for block in page.locator("div.ex-para").all():
            tree = block.aria_snapshot()
            first = block.get_attribute("data-ex-speakers").split("|")[0]
            expected = "Narration" if first == "Narration" else first
            if "Speaker unclear" in tree or "unclear" in (block.locator(".ex-speaker").all_inner_texts() or [""])[0]:
                expected = "nclear"
            assert expected in tree, f"{block.get_attribute('id')}: no speaker in {tree[:200]}"
            checked += 1
        page.context.close()
    assert checked >= 15


def test_an_annotated_phrase_is_read_once_and_its_marker_by_the_number_it_shows(browser, served_site):
    page = tab(browser, served_site)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    markers = page.locator("button.ex-note-ref").all()
    assert len(markers) >= 12
    for marker in markers:
        phrase = " ".join(marker.evaluate("m => m.previousElementSibling.textContent").split())
        assert phrase, "a marker follows its phrase"
        tree = marker.locator("xpath=ancestor::p[1]").aria_snapshot()
        shown = marker.evaluate("m => getComputedStyle(m, '::before').content").strip('"')
        buttons = [line for line in tree.splitlines() if "button " in line]
        assert len([b for b in buttons if f'button "Note {shown}"' in b]) == 1, buttons
        # the phrase is read once, in the text: no button's name repeats it
        assert all(re.fullmatch(r'\s*- button "Note \d+": "\d+"', b) for b in buttons), (phrase, buttons)
    page.context.close()


def test_a_focused_term_is_named_by_its_words_and_described_by_its_definition(browser, served_site):
    page = tab(browser, served_site)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    cdp = page.context.new_cdp_session(page)
    # a term inside a closed note or correction notice is focusable once that is open
    terms = page.locator("abbr[tabindex]:visible")
    assert terms.count() >= 3
    for index in range(min(terms.count(), 6)):
        term = terms.nth(index)
        term.focus()
        words, definition = term.inner_text(), term.get_attribute("title")
        document = cdp.send("DOM.getDocument", {"depth": 0})
        node = cdp.send("DOM.querySelector", {"nodeId": document["root"]["nodeId"], "selector": "abbr[tabindex]:focus"})
        tree = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node["nodeId"], "fetchRelatives": False})
        [ax] = tree["nodes"]
        assert ax["name"]["value"] == words
        assert ax.get("description", {}).get("value") == definition
    page.context.close()


def test_no_page_has_an_empty_navigation_landmark(browser, served_site, site_dir):
    checked = 0
    for path in [p for p in page_paths(site_dir) if not p.endswith(".html")]:
        page = tab(browser, served_site)
        page.goto(served_site + path, wait_until="domcontentloaded")
        empty = page.evaluate(
            "() => [...document.querySelectorAll('nav[aria-label]')]"
            ".filter(n => !n.querySelector('a[href], button, label')).map(n => n.getAttribute('aria-label'))"
        )
        assert empty == [], f"{path}: {empty}"
        checked += 1
        page.context.close()
    assert checked >= 10


# --- 7. Phones and 200% text ---------------------------------------------------------------


@pytest.mark.parametrize("setup", [(PHONE, 16), (PHONE, 32), (DESKTOP, 32)], ids=["375", "375-200%", "1280-200%"])
def test_every_note_opens_on_screen_by_its_marker_is_the_next_tab_and_closes_on_escape(browser, served_site, setup):
    viewport, font_px = setup
    page = new_page(browser, served_site, viewport, font_px)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    markers = page.locator("button.ex-note-ref").all()
    assert len(markers) >= 12
    for marker in markers:
        target = marker.get_attribute("aria-controls") or marker.get_attribute("popovertarget")
        marker.focus()
        page.keyboard.press("Enter")
        note = page.locator(f'[id="{target}"]')
        assert note.is_visible(), target
        top, bottom = note.evaluate("n => [n.getBoundingClientRect().top, n.getBoundingClientRect().bottom]")
        marker_bottom = marker.evaluate("m => m.getBoundingClientRect().bottom")
        assert 0 <= top < viewport["height"], f"{target} opens off screen ({top:.0f})"
        assert top - marker_bottom < viewport["height"] / 3, f"{target} opens far from its marker"
        page.keyboard.press("Tab")
        assert page.evaluate("id => !!document.activeElement.closest('[id=\"' + id + '\"]')", target), target
        page.keyboard.press("Escape")
        assert not note.is_visible(), f"Escape leaves {target} open"
    page.context.close()


@pytest.mark.parametrize("font_px", [16, 32], ids=["100%", "200%"])
def test_headings_never_break_inside_a_word(browser, served_site, font_px):
    checked = 0
    for path in ["", ARTICLE, f"{ARTICLE}figures/", "critique/"]:
        page = new_page(browser, served_site, PHONE, font_px)
        page.goto(served_site + path, wait_until="networkidle")
        broken = page.evaluate(
            """() => {
              const h = document.querySelector('article h1'), out = [];
              const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                for (const m of t.data.matchAll(/\\S+/g)) {
                  const r = document.createRange();
                  r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);
                  const tops = new Set([...r.getClientRects()].map(x => Math.round(x.top)));
                  if (tops.size > 1) out.push(m[0]);
                }
              }
              return out;
            }"""
        )
        assert broken == [], f"{path}: {broken}"
        checked += 1
        page.context.close()
    assert checked == 4


# --- 8. Without script -------------------------------------------------------------------


def test_without_script_an_open_note_hides_once_focus_moves_on(browser, served_site):
    page = new_page(browser, served_site, DESKTOP, java_script_enabled=False)
    page.goto(served_site + ARTICLE, wait_until="load")
    markers = page.locator("button.ex-note-ref").all()
    assert len(markers) >= 12
    for marker in markers:
        target = marker.get_attribute("popovertarget")
        marker.focus()
        page.keyboard.press("Enter")
        note = page.locator(f'[id="{target}"]')
        assert note.is_visible(), target
        for _ in range(30):
            page.keyboard.press("Tab")
            inside = page.evaluate(
                "id => !!document.activeElement.closest('[id=\"' + id + '\"]') || "
                "document.activeElement.getAttribute('popovertarget') === id",
                target,
            )
            if not inside:
                break
        assert not note.is_visible(), f"{target} stays over the page after focus left it"
        page.evaluate("() => document.querySelectorAll(':popover-open').forEach(p => p.hidePopover())")
    page.context.close()


# --- 9. Print --------------------------------------------------------------------------------


def test_printed_notes_are_numbered_1_to_n_across_the_article(browser, served_site):
    for slug in SEEDS:
        page = new_page(browser, served_site, DESKTOP)
        page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
        page.emulate_media(media="print")
        numbers = page.locator("button.ex-note-ref").evaluate_all(
            "ms => ms.map(m => getComputedStyle(m, '::before').content)"
        )
        assert numbers == [f'"({n})"' for n in range(1, len(numbers) + 1)], numbers
        page.context.close()


SPEAKER_LINE = re.compile(r"^(Speaker|Narration|Speakers?\b.*:|Speaker unclear)")


def test_a_printed_speaker_line_is_never_left_at_the_foot_of_a_page(browser, served_site):
    checked = 0
    for slug in SEEDS:
        for size in ["A4", "Letter", "A5"]:
            page = new_page(browser, served_site, DESKTOP)
            page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
            page.emulate_media(media="print")
            reader = PdfReader(io.BytesIO(page.pdf(format=size)))
            for number, sheet in enumerate(reader.pages[:-1], start=1):
                lines = [ln.strip() for ln in sheet.extract_text().splitlines() if ln.strip()]
                lines = [ln for ln in lines if not re.fullmatch(r"¶?\s*\d+", ln)]
                if not lines:
                    continue
                assert not SPEAKER_LINE.match(lines[-1]), f"{slug} {size} page {number} ends with: {lines[-1]}"
                checked += 1
            page.context.close()
    assert checked >= 6


# --- 10. Trust signals -------------------------------------------------------------------------


def test_every_page_names_the_site_and_offers_no_placeholder_address(browser, served_site, site_dir):
    checked = 0
    for path in [p for p in page_paths(site_dir) if not p.endswith(".html")]:
        page = tab(browser, served_site)
        page.goto(served_site + path, wait_until="domcontentloaded")
        assert page.title().endswith(SITE_NAME), f"{path}: {page.title()}"
        body = page.locator("body").inner_text()
        assert "example.org" not in body and "example.org" not in page.content(), path
        report = page.get_by_role("link", name="Report an error")
        assert report.get_attribute("href").startswith("https://github.com/"), path
        checked += 1
        page.context.close()
    assert checked >= 10


def test_the_article_is_named_one_way_and_its_date_is_the_annotated_editions(browser, served_site, site_dir):
    page = tab(browser, served_site)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    title = yaml.safe_load((ROOT / "seeds" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"))["title"]
    assert page.locator("article h1").inner_text().removesuffix("¶").strip() == title
    dates = page.locator(".ex-page-dates").first.inner_text()
    if (ROOT / ".git").exists():  # a copy without history has no dates to show
        assert dates.startswith("Annotated edition published"), dates
    for path in [p for p in page_paths(site_dir) if not p.endswith(".html")]:
        text = parse_html(site_dir / path / "index.html").get_text(" ")
        for other in ["The annotated article", "Annotated: "]:
            assert other not in text, f"{path} calls the article {other!r}"
    page.context.close()


def test_a_second_articles_page_is_headed_by_its_headline_and_its_footer_names_its_neighbours(browser, tmp_path):
    slug = "harbour-ferry"
    meta = "title: Ferry fares rise on the harbour route\noutlet: Test Weekly\nurl: https://news.test/ferry\n"
    meta += "published: 2024-03-02\n"
    site = build_with_extra_seed(
        tmp_path,
        slug,
        ["Ferry fares rise by 40 cents on Monday, the port authority said.", '"We had no choice," said Dara Sok.'],
        meta=meta,
    ).parent.parent
    with serve(site) as base:
        page = tab(browser, base)
        for path in [f"articles/{slug}/", f"articles/{slug}/figures/", f"articles/{slug}/people/", "timeline/"]:
            page.goto(base + path, wait_until="domcontentloaded")
            footer = page.locator(".md-footer").inner_text()
            assert "None" not in footer, f"{path}: {footer}"
        page.goto(f"{base}articles/{slug}/", wait_until="domcontentloaded")
        assert (
            page.locator("article h1").inner_text().removesuffix("¶").strip() == "Ferry fares rise on the harbour route"
        )
        page.context.close()


# --- The design: no developer furniture, the story first, a quiet visual code ----------------


def test_reader_pages_carry_no_developer_furniture_and_editors_find_the_edit_link_in_the_footer(
    browser, served_site, site_dir
):
    checked = 0
    for path in [p for p in page_paths(site_dir) if not p.endswith(".html")]:
        page = tab(browser, served_site)
        page.goto(served_site + path, wait_until="domcontentloaded")
        assert page.locator(".md-header a[href*='github.com']").count() == 0, f"{path}: repository link in header"
        assert page.locator("article h1 ~ a[rel=edit], article a.md-content__button").count() == 0, path
        assert page.locator(".ex-page-dates a[rel=edit]").count() == 1, f"{path}: no edit link in the footer"
        if path != "about/":
            text = page.locator("article").inner_text()
            for word in ["seeds/", "voices.json", "metadata file"]:
                assert word not in text, f"{path} says {word!r}"
        checked += 1
        page.context.close()
    assert checked >= 10


def test_the_home_page_opens_with_a_headline_a_standfirst_and_the_way_in(browser, served_site):
    page = tab(browser, served_site, PHONE)
    page.goto(served_site, wait_until="networkidle")
    h1 = page.locator("article h1").inner_text().removesuffix("¶").strip()
    assert h1 != SITE_NAME, "the H1 repeats the site name"
    standfirst = page.locator(".ex-standfirst")
    way_in = page.get_by_role("link", name="Read the annotated article")
    box = way_in.bounding_box()
    assert box["y"] + box["height"] <= PHONE["height"], "the way in is on the first screen of a phone"
    assert standfirst.bounding_box()["y"] < PHONE["height"]
    assert way_in.get_attribute("href").rstrip("/").endswith(f"articles/{SEED_SLUG}")
    page.context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_quotes_figure_links_and_links_look_different(browser, served_site, scheme):
    page = tab(browser, served_site, scheme=scheme)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    style = (
        "e => { const s = getComputedStyle(e); return {deco: s.textDecorationLine, shadow: s.boxShadow,"
        " bg: s.backgroundColor, weight: Number(s.fontWeight)}; }"
    )
    quote = page.locator(".ex-para__text .ex-quote").first.evaluate(style)
    figure_link = page.locator(".ex-para__text > a.ex-figure").first
    figure = figure_link.evaluate(style)
    link = page.locator(".ex-credit a").first.evaluate(style)
    transparent = "rgba(0, 0, 0, 0)"
    # a quote is a tint: no underline, no underline-like edge
    assert quote["bg"] != transparent and quote["deco"] == "none" and quote["shadow"] == "none", quote
    # a figure is semibold, underlined only on hover or focus
    assert figure["deco"] == "none" and figure["weight"] >= 600 and figure["bg"] == transparent, figure
    figure_link.hover()
    assert figure_link.evaluate(style)["deco"] == "underline"
    # a link in running text is underlined
    assert link["deco"] == "underline" and link["bg"] == transparent, link
    signatures = {(s["deco"], s["bg"] != transparent, s["weight"] >= 600) for s in (quote, figure, link)}
    assert len(signatures) == 3
    page.context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_speakers_name_is_bold_in_body_colour_and_narration_is_set_apart(browser, served_site, scheme):
    page = tab(browser, served_site, scheme=scheme)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    style = "e => { const s = getComputedStyle(e); return [s.color, Number(s.fontWeight), s.fontStyle]; }"
    body = page.locator("#p1 .ex-para__text").evaluate(style)
    name = page.locator("#p1 .ex-speaker a").evaluate(style)
    assert name[0] == body[0] and name[1] >= 700, (name, body)
    # the role, given once, is in the line's body colour, not bold
    role = page.locator("#p1 .ex-speaker .ex-speaker__role").evaluate(style)
    assert role[0] == body[0] and role[1] < 700, role
    narration = page.locator(".ex-para .ex-speaker--none:not(.ex-speaker--same)").first.evaluate(style)
    speaker = page.locator("#p1 .ex-speaker").evaluate(style)
    assert narration[2] == "italic" and speaker[2] == "normal" and narration[0] != speaker[0], (narration, speaker)
    page.context.close()


def test_a_glossary_explanation_is_at_body_size(browser, served_site):
    page = tab(browser, served_site)
    page.goto(f"{served_site}{ARTICLE}figures/", wait_until="networkidle")
    size = "e => parseFloat(getComputedStyle(e).fontSize)"
    body = page.locator("article > div > p").first.evaluate(size)
    explanations = page.locator("article .admonition.note p:not(.admonition-title)")
    assert explanations.count() >= 5
    assert {round(s, 1) for s in explanations.evaluate_all(f"ps => ps.map({size})")} == {round(body, 1)}
    page.context.close()


def test_on_a_phone_show_all_notes_opens_every_note_and_the_choice_persists(browser, served_site):
    page = tab(browser, served_site, PHONE)
    page.goto(served_site + ARTICLE, wait_until="networkidle")
    toggle = page.get_by_role("button", name="Show all notes")
    notes = page.locator(".ex-para .ex-note")
    assert notes.count() >= 12 and not any(n.is_visible() for n in notes.all())
    toggle.click()
    assert all(n.is_visible() for n in notes.all()) and toggle.get_attribute("aria-pressed") == "true"
    page.reload(wait_until="networkidle")
    assert all(n.is_visible() for n in notes.all()), "the choice holds on the next visit"
    page.get_by_role("button", name="Show all notes").click()
    page.reload(wait_until="networkidle")
    assert not any(n.is_visible() for n in notes.all())
    page.context.close()


SCREENSHOT_PAGES = {"home": "", "article": ARTICLE, "figures": f"{ARTICLE}figures/", "topic": "plans/"}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_design_pages_fit_the_screen_and_are_saved_for_review(browser, served_site, viewport, scheme):
    """Screenshots in test-artifacts/design/ for a person to compare with the design;
    the check: no page is wider than the screen."""
    folder = ROOT / "test-artifacts" / "design"
    folder.mkdir(parents=True, exist_ok=True)
    page = tab(browser, served_site, viewport, scheme)
    for name, path in SCREENSHOT_PAGES.items():
        page.goto(served_site + path, wait_until="networkidle")
        assert page.evaluate("() => document.scrollingElement.scrollWidth") <= viewport["width"], name
        page.screenshot(path=str(folder / f"{name}-{viewport['width']}-{scheme}.png"))
    assert len(list(folder.glob(f"*-{viewport['width']}-{scheme}.png"))) == len(SCREENSHOT_PAGES)
    page.context.close()
