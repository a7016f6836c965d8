"""Topic pages, speaker lines and the People page, parsed from the real built site."""

from __future__ import annotations

import posixpath
import re

import pytest

from conftest import ROOT, SEED_SLUG, parse_html
from explainer.text.folding import fold_phrase

TOPIC_PAGES = ("summit", "plans", "critique")
ARTICLE = f"articles/{SEED_SLUG}/"
SEED_TEXT = (ROOT / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
EXPECTED_SPEAKERS = {n: "Hun Manet" for n in (1, *range(3, 12))} | {n: "Moeun Tola" for n in range(12, 16)}
# names of documents and programmes from FACTS.md, quoted in our prose as titles
TITLES_WE_QUOTE = {"Trusted Partners", "new skill development program"}


def page(site_dir, name: str):
    return parse_html(site_dir / name / "index.html")


def source_text(paragraph) -> str:
    """A rendered paragraph's text without the editors' note markers."""
    return "".join(t for t in paragraph.find_all(string=True) if not t.find_parent(class_="ex-note-ref"))


def resolve(site_dir, from_page: str, href: str):
    """The HTML file and fragment a relative link from ``from_page`` (e.g. "plans/") points at."""
    path, _, fragment = href.partition("#")
    target = posixpath.normpath(posixpath.join(from_page, path)) if path else from_page.rstrip("/")
    target = site_dir / target
    return (target / "index.html" if target.is_dir() else target), fragment


def quoted_blocks(site_dir):
    for name in TOPIC_PAGES:
        for block in page(site_dir, name).select("figure.ex-source"):
            yield name, block


def test_every_topic_page_quotes_the_article(site_dir):
    counts = {name: len(page(site_dir, name).select("figure.ex-source")) for name in TOPIC_PAGES}
    assert counts == {"summit": 3, "plans": 8, "critique": 4}


def test_quotes_are_byte_for_byte_substrings_of_the_seed(site_dir):
    for name, block in quoted_blocks(site_dir):
        text = source_text(block.select_one(".ex-para__text"))
        assert text in SEED_TEXT, f"{name}: {text[:60]}"
        assert len(text) > 40


def test_every_paragraph_of_the_article_is_used_by_a_topic_page(site_dir):
    used = {int(block.select_one("a.ex-para__mark")["href"].rsplit("#p", 1)[1]) for _, block in quoted_blocks(site_dir)}
    assert used == set(range(1, 16))


def test_paragraph_links_resolve_to_the_same_paragraph(site_dir):
    for name, block in quoted_blocks(site_dir):
        mark = block.select_one("a.ex-para__mark")
        target, fragment = resolve(site_dir, f"{name}/", mark["href"])
        assert target == site_dir / ARTICLE / "index.html"
        original = parse_html(target).find(id=fragment)
        assert original is not None, mark["href"]
        assert source_text(original.select_one(".ex-para__text")) == source_text(block.select_one(".ex-para__text"))
        for link in block.select("figcaption a"):
            target, fragment = resolve(site_dir, f"{name}/", link["href"])
            assert parse_html(target).find(id=fragment) is not None, link["href"]


def test_quote_ids_are_unique_and_never_heading_ids(site_dir):
    for name in TOPIC_PAGES:
        soup = page(site_dir, name)
        ids = [tag["id"] for tag in soup.select("[id]")]
        assert len(ids) == len(set(ids)), name
        for block in soup.select("figure.ex-source .ex-para"):
            assert re.fullmatch(r"q\d+-p\d+", block["id"])


def test_attribution_line_names_the_speaker(site_dir):
    for _, block in quoted_blocks(site_dir):
        number = int(block.select_one("a.ex-para__mark")["href"].rsplit("#p", 1)[1])
        caption = block.select_one("figcaption").get_text(" ", strip=True)
        if number in EXPECTED_SPEAKERS:
            speaker = block.select_one('figcaption a[href*="people/#"]')
            assert speaker.get_text() == EXPECTED_SPEAKERS[number]
        else:
            assert caption.startswith("Narration:")
        assert f"paragraph {number} of the annotated article" in caption


def without_role(line) -> str:
    """A speaker line's words without the role it gives at a speaker's first appearance."""
    words = "".join(t for t in line.find_all(string=True) if not t.find_parent(class_="ex-speaker__role"))
    return " ".join(words.split())


def test_a_topic_page_gives_a_speakers_role_in_the_first_caption_that_names_them(site_dir):
    later = 0
    for name in TOPIC_PAGES:
        seen: set[str] = set()
        for caption in page(site_dir, name).select("figure.ex-source figcaption"):
            for link in caption.select('a[href*="people/#"]'):
                role = link.find_next_sibling()
                has_role = role is not None and "ex-speaker__role" in (role.get("class") or [])
                assert has_role == (link.get_text() not in seen), (name, caption.get_text(" ", strip=True))
                later += link.get_text() in seen
                seen.add(link.get_text())
    assert later >= 8


def test_article_paragraphs_show_their_speaker(article_soup):
    for number in range(1, 16):
        line = article_soup.select_one(f"#p{number} .ex-speaker")
        if number in EXPECTED_SPEAKERS:
            # a line repeating the paragraph before's speaker is plain text, for screen readers only
            repeat = "ex-speaker--same" in line["class"]
            previous = article_soup.select_one(f"#p{number - 1} .ex-speaker")
            assert repeat == (previous is not None and without_role(previous) == without_role(line))
            if repeat:
                assert line.get_text(" ", strip=True).startswith(f"Speaker: {EXPECTED_SPEAKERS[number]}")
                assert line.select("a") == []
                continue
            assert line["role"] == "heading"
            link = line.select_one("a")
            assert link.get_text() == EXPECTED_SPEAKERS[number]
            assert link["href"] == f"people/#{link.get_text().lower().replace(' ', '-')}"
        else:
            assert line.get_text(" ", strip=True).startswith("Narration:")
    # the role where the page first names the speaker, the name alone after
    assert "Prime Minister of Cambodia" in article_soup.select_one("#p1 .ex-speaker").get_text()
    assert "Prime Minister" not in article_soup.select_one("#p3 .ex-speaker").get_text()
    assert "Prime Minister" not in article_soup.select_one("#p4 .ex-speaker").get_text()
    insertion = article_soup.select_one("#p4 .ex-quote .ex-insertion")
    assert insertion.get_text() == "[Cambodian]" and "Phnom Penh Post" in insertion["title"]


def test_article_paragraphs_link_back_to_the_pages_that_quote_or_link_them(site_dir, article_soup):
    for number in range(1, 16):
        links = article_soup.select(f"#p{number} .ex-para__topics a")
        assert links, f"¶{number} links to no topic page"
        for link in links:
            target, fragment = resolve(site_dir, ARTICLE, link["href"])
            quoted = parse_html(target).find(id=fragment)
            assert quoted is not None
            # a quoted block whose ¶ mark links back, or a phrase link to the paragraph itself
            back = quoted if quoted.name == "a" else quoted.select_one("a.ex-para__mark")
            assert back["href"].endswith(f"#p{number}")


def test_topic_links_come_after_the_notes(article_soup):
    for block in article_soup.select("div.ex-para"):
        text = block.select_one(".ex-para__text")
        # a dated correction notice, if any, follows the text it corrects
        following = next(s for s in text.find_next_siblings() if "ex-correction" not in s["class"])
        notes = block.select_one("div.ex-notes")
        if notes is not None:
            assert following is notes
        before_topics = block.select_one(".ex-para__topics").find_previous_siblings()
        assert next(s for s in before_topics if "ex-correction" not in s["class"]) in (notes or text, text)


def test_people_page_lists_speakers_and_mentions(site_dir):
    soup = parse_html(site_dir / ARTICLE / "people" / "index.html")

    def section(key: str) -> str:
        """The text from an entity's heading to the next heading."""
        parts = []
        for tag in soup.find(id=key).find_next_siblings():
            if tag.name in ("h2", "h3"):
                break
            parts.append(" ".join(tag.get_text(" ").split()))
        return " ".join(parts)

    manet = section("hun-manet")
    assert "Prime Minister of Cambodia" in manet
    spoken = [a["href"] for a in soup.find(id="hun-manet").find_next("ul").select("a")]
    assert spoken == [f"../#p{n}" for n in (1, *range(3, 12))]
    tola = [a["href"] for a in soup.find(id="moeun-tola").find_next("ul").select("a")]
    assert tola == [f"../#p{n}" for n in range(12, 16)]
    hun_sen = section("hun-sen")
    assert "Mentioned in: ¶8" in hun_sen and "Speaks in" not in hun_sen
    assert soup.find(id="center-for-alliance-of-labor-and-human-rights") is not None
    assert soup.find(id="association-of-southeast-asian-nations") is not None


@pytest.mark.parametrize("name", TOPIC_PAGES)
def test_our_own_quotation_marks_hold_the_articles_words(name):
    """Outside the pulled paragraphs, anything we put in quotation marks is verbatim."""
    markdown = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")
    prose = "\n".join(line for line in markdown.splitlines() if not line.startswith(("::: ", "description:")))
    prose = re.sub(r"\]\([^)]*\)", "]", prose)  # link targets are not quotes
    quoted = re.findall(r"[\"“]([^\"”]+)[\"”]", prose)
    assert quoted
    for words in quoted:
        if " ".join(words.split()) in TITLES_WE_QUOTE:
            continue
        assert fold_phrase(words) in fold_phrase(SEED_TEXT), f"{name}.md quotes {words!r}, not in the article"


def test_critique_uses_the_organisations_spelling_and_notes_the_articles_once():
    markdown = (ROOT / "docs" / "critique.md").read_text(encoding="utf-8")
    assert "Center for Alliance of Labor and Human Rights" in markdown
    assert markdown.count("Centre for Alliance of Labour") == 1
    for name in ("summit", "plans"):
        assert "Centre for Alliance" not in (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", TOPIC_PAGES)
def test_every_prose_paragraph_with_a_number_cites_a_source(name):
    """Numbers and dates are facts: the paragraph or list item that gives one links
    to where it comes from (an outside source or the article's paragraph), or says
    plainly that it is unconfirmed."""
    markdown = (ROOT / "docs" / f"{name}.md").read_text(encoding="utf-8").split("\n---\n", 1)[1]
    blocks = re.split(r"\n\s*\n|\n(?=- )", markdown)
    prose = [b for b in blocks if not b.lstrip().startswith(("#", "::: ")) and re.search(r"\d", b)]
    assert prose
    for block in prose:
        cited = re.search(r"\]\((?:https://|articles/|phrase:)", block) or "**Unconfirmed:**" in block
        assert cited, f"{name}.md: no source for: {block[:80]!r}"


def test_voices_json_gives_every_attribution_with_its_evidence(site_dir):
    import json

    data = json.loads((site_dir / ARTICLE / "voices.json").read_text(encoding="utf-8"))
    speakers = {p["paragraph"]: p["speakers"] for p in data["paragraphs"]}
    keys = {"Hun Manet": "hun-manet", "Moeun Tola": "moeun-tola"}
    assert speakers == {n: [keys[EXPECTED_SPEAKERS[n]]] if n in EXPECTED_SPEAKERS else [] for n in range(1, 16)}
    for paragraph in data["paragraphs"]:
        for attribution in paragraph["attributions"]:
            assert SEED_TEXT[attribution["start"] : attribution["end"]] == attribution["text"]
            cue = attribution["cue"]
            assert SEED_TEXT[cue["start"] : cue["end"]] == cue["text"]
            assert attribution["rule"] and attribution["resolution"]
    [p4] = [p for p in data["paragraphs"] if p["paragraph"] == 4]
    assert p4["attributions"][0]["cue"]["text"] == "Manet said"
    assert p4["insertions"] == [
        {"start": SEED_TEXT.index("[Cambodian]"), "end": SEED_TEXT.index("[Cambodian]") + 11, "text": "[Cambodian]"}
    ]
    assert {e["id"] for e in data["entities"]} >= {"hun-manet", "hun-sen", "moeun-tola"}
