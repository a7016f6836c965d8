"""The annotated article page, parsed from the real built site."""

from __future__ import annotations

import json

from conftest import ROOT, SEED_SLUG, parse_html


def normalise(text: str) -> str:
    return " ".join(text.split())


def paragraph_blocks(soup):
    return soup.select("div.ex-para")


def test_one_block_per_source_paragraph_in_order(article_soup, seed_paragraphs):
    blocks = paragraph_blocks(article_soup)
    assert len(blocks) == len(seed_paragraphs) == 15
    for number, (block, source) in enumerate(zip(blocks, seed_paragraphs, strict=True), start=1):
        assert block["id"] == f"p{number}"
        text = block.select_one(".ex-para__text")
        # editors' note markers "(N)" are not article text
        shown = "".join(t for t in text.find_all(string=True) if not t.find_parent(class_="ex-note-ref"))
        assert normalise(shown) == source


def test_every_paragraph_anchor_is_present_and_linked(article_soup, seed_paragraphs):
    ids = {tag["id"] for tag in article_soup.select("[id]")}
    for number in range(1, len(seed_paragraphs) + 1):
        assert f"p{number}" in ids
        marks = article_soup.select(f'a.ex-para__mark[href="#p{number}"]')
        assert len(marks) == 1, f"paragraph {number} has no permalink mark"
        assert marks[0].get_text(strip=True).endswith(str(number))


def test_quoted_spans_are_marked_up(article_soup, seed_paragraphs):
    quotes = [normalise(q.get_text()) for q in article_soup.select(".ex-quote")]
    assert len(quotes) == sum(p.count("“") for p in seed_paragraphs) == 7
    assert quotes[0].startswith("“The government’s actions align with global norms")
    assert all(q[0] in '“"' and q[-1] in '”"' for q in quotes)


def test_source_is_credited_with_a_link(article_soup):
    credit = article_soup.select_one(".ex-credit")
    assert "Phnom Penh Post" in credit.get_text()
    assert credit.select_one('a[href^="https://www.phnompenhpost.com/"]')


def test_generated_page_edit_link_points_at_the_seed(article_soup):
    edit = article_soup.select_one('a[href*="/edit/"]')
    assert edit is not None
    assert edit["href"].endswith("/seeds/cambodian-workers-japan.txt")


def test_a_speakers_role_is_given_where_the_page_first_names_them(site_dir):
    """Every article: the speaker line gives a role once, at the speaker's first
    appearance on the page, and the name alone after; every paragraph still has its
    line (visually hidden where the speaker goes on)."""
    slugs = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert SEED_SLUG in slugs
    later = 0
    for slug in slugs:
        voices = json.loads((site_dir / "articles" / slug / "voices.json").read_text(encoding="utf-8"))
        entities = {entity["id"]: entity for entity in voices["entities"]}
        soup = parse_html(site_dir / "articles" / slug / "index.html")
        introduced: set[str] = set()
        for entry in voices["paragraphs"]:
            line = soup.select_one(f"#p{entry['paragraph']} .ex-speaker")
            assert line is not None, (slug, entry["paragraph"])
            roles = [normalise(role.get_text()) for role in line.select(".ex-speaker__role")]
            for key in entry["speakers"]:
                role = entities[key]["role"]
                if not role:
                    continue
                given = f", {normalise(role)}" in roles
                assert given == (key not in introduced), (slug, entry["paragraph"], key, roles)
                later += key in introduced
            introduced.update(entry["speakers"])
    assert later >= 10, "the seed names Hun Manet and Moeun Tola again after their first paragraphs"
