"""Notes in the margin (issue 28, the design's point 2), as a reader meets them in
Debian's Chromium: on a wide screen each note's first words stand beside their
marker, never over another note or the text; the annotated phrase opens its note
as the marker does; a correction notice takes a line, not a screenful; on a phone
"show all notes" holds; on paper the notes are numbered 1 to N (those two are
tests/test_reader_paths_browser.py's)."""

from __future__ import annotations

import pytest

from conftest import SEED_SLUG
from test_every_reader_browser import DESKTOP, SEEDS, new_page

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


@pytest.mark.parametrize("slug", SEEDS)
def test_on_a_wide_screen_each_note_stands_level_with_its_marker_and_covers_nothing(browser, served_site, slug):
    page = new_page(browser, served_site, DESKTOP)
    page.goto(f"{served_site}articles/{slug}/", wait_until="networkidle")
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
    page.context.close()
