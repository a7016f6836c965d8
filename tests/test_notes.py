"""Editors' notes: parsing, anchoring (W3C TextQuoteSelector), and the build's verdict."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEED_SLUG, parse_html, run_mkdocs_build
from explainer.errors import InputError
from explainer.notes import anchor_notes, missing_sources, parse_notes
from explainer.text.article import parse_article

NOTES_FILE = ROOT / "seeds" / f"{SEED_SLUG}.notes.md"
TEXT = "The premier’s plan — “8,000 more” — was new.\n\nHe said 8,000 workers would go. Critics said 8,000 was too few."


@pytest.fixture
def article():
    return parse_article("story", "seeds/story.txt", TEXT.encode())


def test_parse_reads_heading_selectors_and_body():
    [first, second] = parse_notes(
        "n.md",
        "<!-- how to write notes -->\n# Notes\n\n"
        '## "8,000"\nprefix: "Critics said"\n\nToo few, says [a source](https://example.org).\n\n'
        "## “premier’s plan”\nBody *two*.\n",
    )
    assert (first.exact, first.prefix, first.suffix, first.line) == ("8,000", "Critics said", "", 4)
    assert first.body == "Too few, says [a source](https://example.org)."
    assert (second.exact, second.line, second.body) == ("premier’s plan", 9, "Body *two*.")


def test_straight_and_curly_quotes_and_dashes_anchor_the_same(article):
    typed = parse_notes("n.md", '## "premier\'s plan - "8,000 more""\nText [s](https://e.org).\n')
    [note] = anchor_notes(article, typed)
    assert article.text[note.start : note.end] == "premier’s plan — “8,000 more”"
    assert (note.paragraph, note.number) == (1, 1)


def test_prefix_and_suffix_pick_one_occurrence_and_numbering_follows_the_text(article):
    notes = anchor_notes(
        article,
        parse_notes(
            "n.md",
            '## "8,000"\nprefix: Critics said\n\nB [s](https://e.org)\n\n'
            '## "8,000"\nsuffix: workers\n\nA [s](https://e.org)\n',
        ),
    )
    assert [(n.paragraph, n.number, n.body[0]) for n in notes] == [(2, 1, "A"), (2, 2, "B")]
    assert article.text[notes[1].start - 13 : notes[1].end] == "Critics said 8,000"


def test_orphan_names_file_line_phrase_and_closest_passage(article):
    with pytest.raises(InputError) as error:
        anchor_notes(article, parse_notes("seeds/story.notes.md", '\n## "Critics sayd 8,000"\nx\n'))
    assert str(error.value).startswith('seeds/story.notes.md:2: phrase "Critics sayd 8,000" is not in the article')
    assert 'closest passage (¶2): "Critics said 8,000' in str(error.value)


def test_ambiguous_phrase_names_every_place(article):
    with pytest.raises(InputError, match=r'^n\.md:1: phrase "8,000" occurs 3 times \(¶1, ¶2, ¶2\)'):
        anchor_notes(article, parse_notes("n.md", '## "8,000"\nx\n'))


def test_a_phrase_across_two_paragraphs_is_refused(article):
    with pytest.raises(InputError, match=r'^n\.md:1: phrase "was new\. He said" runs across two paragraphs'):
        anchor_notes(article, parse_notes("n.md", '## "was new. He said"\nx\n'))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("## plan\nx\n", r"n\.md:1: note heading must be the exact phrase in quotes"),
        ('Intro text.\n## "plan"\nx\n', r"n\.md:1: text before the first note"),
        ('## "plan"\nx\n### More\n', r"n\.md:3: a note cannot hold a heading"),
        ('## "plan"\n\n## "new"\nx\n', r'n\.md:1: note on "plan" has no text'),
        ('## "plan"\nprefix:\nx\n', r"n\.md:2: 'prefix:' is empty"),
        ('## "plan"\nsuffix: a\nsuffix: b\nx\n', r"n\.md:3: note has two 'suffix:' lines"),
    ],
)
def test_malformed_notes_name_file_and_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_notes("n.md", text)


def test_a_heading_inside_a_code_fence_starts_no_note_and_the_fence_is_refused():
    with pytest.raises(InputError) as caught:
        parse_notes("n.md", '## "plan"\n```\n## not a note\n```\n')
    assert [str(p) for p in caught.value.found] == [
        "n.md:2: a code block is not allowed here: put code in `backticks` within a line"
    ]


@pytest.mark.parametrize(
    ("body", "sourced"),
    [
        ("See [the report](https://example.org/r).", True),
        ("See <https://example.org/r>.", True),
        ("Write to [the desk](mailto:desk@example.org).", False),
        ("No link at all, https is just a word.", False),
    ],
)
def test_a_source_is_a_web_link(body, sourced):
    [note] = parse_notes("n.md", f'## "plan"\n{body}\n')
    assert note.has_source is sourced
    assert [str(w) for w in missing_sources([note])] == (
        []
        if sourced
        else [
            'n.md:1: note on "plan" has no source link: add one like [name](https://...) to where the fact comes from'
        ]
    )


def test_a_notes_file_without_its_article_stops_the_build(tmp_path):
    from explainer.site import build_site

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text("One paragraph.\n", encoding="utf-8")
    (seeds / "stroy.notes.md").write_text('## "One"\nx\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"stroy\.notes\.md: notes file has no article: expected stroy\.txt"):
        build_site(seeds)


# --- The real notes file and the real build


def test_real_notes_file_has_a_dozen_sourced_notes():
    from explainer.notes import load_notes
    from explainer.text.seeds import find_seeds, load_article

    seed = next(s for s in find_seeds(ROOT / "seeds") if s.slug == SEED_SLUG)
    notes = load_notes(seed.notes, load_article(seed))
    assert len(notes) >= 12
    assert missing_sources(notes) == []


def _append_note(project, text: str) -> int:
    """Append a note to the project copy's notes file; returns its heading's line."""
    path = project / "seeds" / f"{SEED_SLUG}.notes.md"
    before = path.read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            '## "nearly 31,000 Cambodian citizen"\nA [source](https://example.org).\n',
            r'ERROR\s+-\s+seeds/{slug}\.notes\.md:{line}: phrase "nearly 31,000 Cambodian citizen" '
            r'is not in the article; closest passage \(¶3\): "nearly 30,000 Cambodian citizens,',
        ),
        (
            '## "an additional 8,000"\nA [source](https://example.org).\n',
            r'seeds/{slug}\.notes\.md:{line}: phrase "an additional 8,000" occurs 2 times \(¶4, ¶7\)',
        ),
        (
            '## "Moeun Tola, executive director"\nNo link here.\n',
            r'WARNING\s+-\s+seeds/{slug}\.notes\.md:{line}: note on "Moeun Tola, executive director" '
            r"has no source link",
        ),
    ],
    ids=["orphan", "ambiguous", "no-source-link"],
)
def test_bad_note_fails_the_strict_build_with_file_and_line(project_copy, tmp_path, note, expected):
    line = _append_note(project_copy, note)
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert re.search(expected.format(slug=SEED_SLUG, line=line), result.stderr), result.stderr
    assert "Traceback" not in result.stderr


# --- Rendered notes on the real built site


def _note_headings() -> list[str]:
    return re.findall(r'^## "(.*)"$', NOTES_FILE.read_text(encoding="utf-8"), re.MULTILINE)


def _marker_numbers(block) -> list[str]:
    return [marker["data-note"] for marker in block.select("button.ex-note-ref")]


def _panels(block) -> list:
    return block.select("div.ex-notes > div.ex-note[popover]")


def test_note_renders_after_its_phrase_and_its_text_under_the_paragraph(article_soup):
    block = article_soup.select_one("div.ex-para#p3")
    text = block.select_one("p.ex-para__text")
    [phrase] = text.select(".ex-note-phrase")
    assert phrase.get_text() == "nearly 30,000 Cambodian citizens"
    marker = phrase.find_next_sibling()
    assert marker.name == "button" and marker["type"] == "button" and "ex-note-ref" in marker["class"]
    assert marker["aria-label"] == "Editor’s note on “nearly 30,000 Cambodian citizens”" and marker["data-note"] == "1"
    assert marker.get_text() == "", "the number is drawn by CSS, so search snippets stay the article's words"
    assert marker.next_sibling.startswith(", mainly students")
    # the marker opens its own panel, which follows the paragraph text
    [panel] = _panels(block)
    assert marker["popovertarget"] == panel["id"] == "p3-note1"
    assert panel["popover"] == "auto" and panel["role"] == "note"
    # (a dated correction notice, if any, comes between: it belongs to the paragraph's text)
    assert next(s for s in text.find_next_siblings() if "ex-correction" not in s["class"]) is panel.parent
    assert panel.select_one(".ex-note__label").get_text() == "Editor’s note 1"
    assert "19,000" in panel.get_text()
    assert panel.select_one('a[href^="https://english.cambodiadaily.com/"]')


def test_every_note_appears_once_numbered_like_its_marker(article_soup):
    headings = _note_headings()
    assert len(article_soup.select("button.ex-note-ref")) == len(headings) >= 12
    for block in article_soup.select("div.ex-para"):
        panels = _panels(block)
        assert _marker_numbers(block) == [str(n) for n in range(1, len(panels) + 1)]
        assert [m["popovertarget"] for m in block.select("button.ex-note-ref")] == [p["id"] for p in panels]
        assert all(panel.select_one('a[href^="https://"]') for panel in panels)


def test_note_ids_are_unique_on_every_page(site_dir):
    for path in site_dir.rglob("*.html"):
        soup = parse_html(path)
        ids = [tag["id"] for tag in soup.select("[id]")]
        assert len(ids) == len(set(ids)), path
        for marker in soup.select("button.ex-note-ref"):
            assert soup.find(id=marker["popovertarget"]) is not None, (path, marker)


def test_quoted_paragraphs_on_topic_pages_carry_their_notes(site_dir, article_soup):
    def texts(block) -> list[str]:
        return [panel.get_text() for panel in _panels(block)]

    article_notes = {block["id"]: texts(block) for block in article_soup.select("div.ex-para")}
    seen = 0
    for page in ("summit", "plans", "critique"):
        soup = parse_html(site_dir / page / "index.html")
        for block in soup.select("div.ex-para"):
            paragraph = block["id"].rsplit("-", 1)[-1]  # "q22-p4" -> "p4"
            items = texts(block)
            assert items == article_notes[paragraph], f"{page}: {block['id']}"
            seen += len(items)
            for panel in _panels(block):
                assert panel["id"].startswith(block["id"] + "-note"), "ids are the quoted block's own"
    assert seen > 0, "no topic page quotes an annotated paragraph"


@pytest.mark.parametrize("phrase", ["nearly 30", "nearly 30,000", "30,000 Cambodian", "we have nearly 30"])
def test_a_marker_never_lands_inside_a_figure_link(phrase):
    from explainer.pages.article_page import paragraph_decorations
    from explainer.pages.decorate import render_decorated
    from explainer.site import build_site

    bundle = build_site(ROOT / "seeds").bundle(SEED_SLUG)
    article = bundle.article
    bundle.notes = anchor_notes(article, parse_notes("n.md", f'## "{phrase}"\nx [s](https://e.org)\n'))
    paragraph = article.paragraphs[2]
    html = render_decorated(article.text, paragraph.start, paragraph.end, paragraph_decorations(bundle, paragraph))
    marker = html.index('<button type="button" class="ex-note-ref"')
    links = list(re.finditer(r"\[[^\]]*\]\([^)]*\)|<a\b.*?</a>", html))
    assert all(not link.start() < marker < link.end() for link in links), html


def test_outside_links_moves_a_marker_past_the_link_it_falls_in():
    from explainer.pages.decorate import Decoration, render_decorated
    from explainer.pages.note_layer import outside_links

    text = "we have nearly 30,000 citizens"
    link = Decoration(8, 21, "[", "](figures.md)")
    button = '<button type="button" class="ex-note-ref" popovertarget="p3-note1"></button>'
    marker = Decoration(17, 17, button, "")
    html = render_decorated(text, 0, len(text), outside_links([link, marker]))
    assert html == f"we have [nearly 30,000](figures.md){button} citizens"


def test_search_results_show_the_article_words_without_note_numbers(site_dir):
    """Markers draw their number with CSS, so a search snippet reads "...citizens, mainly..."
    and not "...citizens(1), mainly..."; note panels, speaker lines and the ¶N marks are
    left out of the index too, so a paragraph's excerpt is only its own words."""
    from pagefind_index import fragments

    texts = " ".join(page["content"] for page in fragments(site_dir))
    assert "Cambodian citizens, mainly students" in texts
    assert not re.search(r"\w\(\d+\)", texts), "a note marker's number leaked into the search index"
    assert "Editor’s note" not in texts and "Speaker:" not in texts


def test_search_indexes_each_paragraph_as_exactly_its_words(site_dir):
    """Under each paragraph anchor the index holds the seed's paragraph, word for word: no
    ¶N mark, speaker line, note number or note, so a result's excerpt is the paragraph's."""
    from pagefind_index import fragments, paragraph_words

    pages = {page["url"]: page for page in fragments(site_dir)}
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    assert seeds
    for seed in seeds:
        page = pages[f"/articles/{seed.stem}/"]
        paragraphs = [" ".join(p.split()) for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        for number, text in enumerate(paragraphs, 1):
            assert paragraph_words(page, f"p{number}") == text, (seed.name, number)


def test_a_note_phrase_is_never_the_inside_of_a_longer_number():
    article = parse_article("story", "seeds/story.txt", b"Some 38,000 are there.\n\nAnother 8,000 will go.")
    [note] = anchor_notes(article, parse_notes("n.md", '## "8,000"\nMore [s](https://e.org).\n'))
    assert note.paragraph == 2  # not ambiguous: "38,000" does not hold "8,000"
    with pytest.raises(InputError, match=r'^n\.md:1: phrase "8,00" is not in the article'):
        anchor_notes(article, parse_notes("n.md", '## "8,00"\nx\n'))
