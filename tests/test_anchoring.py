"""Phrase anchoring (W3C TextQuoteSelector style), shared by directives and notes."""

from __future__ import annotations

import pytest

from explainer.errors import InputError
from explainer.text.anchoring import find_all, resolve
from explainer.text.article import parse_article
from explainer.text.folding import fold

TEXT = (
    "The premier’s plan — “8,000 more” — was new.\n\n"
    "He said 8,000 workers\u200b would go. Critics said 8,000 was too few."
)


@pytest.fixture
def article():
    return parse_article("story", "seeds/story.txt", TEXT.encode())


def test_offsets_point_into_the_original_text(article):
    match = find_all(article.folded, 'premier\'s plan - "8,000 more"')[0]
    assert article.text[match.start : match.end] == "premier’s plan — “8,000 more”"


def test_whitespace_and_zero_width_characters_do_not_count(article):
    [match] = find_all(article.folded, "8,000   workers would\ngo")
    assert article.text[match.start : match.end] == "8,000 workers\u200b would go"


def test_prefix_and_suffix_pick_one_occurrence(article):
    assert len(find_all(article.folded, "8,000")) == 3
    [match] = find_all(article.folded, "8,000", prefix="Critics said")
    assert article.paragraph_at(match.start).number == 2
    [match] = find_all(article.folded, "8,000", suffix="more")
    assert article.paragraph_at(match.start).number == 1


def test_resolve_reports_ambiguity_with_places(article):
    with pytest.raises(InputError, match=r"^docs/a\.md:7: phrase \"8,000\" occurs 3 times \(¶1, ¶2, ¶2\)"):
        resolve([article], "8,000", path="docs/a.md", line=7)


def test_resolve_suggests_the_closest_whole_words(article):
    with pytest.raises(InputError) as error:
        resolve([article], "Critics sayd 8,000 was to few", path="docs/a.md", line=3)
    assert str(error.value).startswith('docs/a.md:3: phrase "Critics sayd 8,000 was to few" is not in the article')
    assert 'closest passage (¶2): "Critics said 8,000 was too few."' in str(error.value)


def test_fold_keeps_one_origin_per_character():
    folded = fold("a\u00a0 b\u2014c")
    assert folded.text == "a b-c"
    assert list(folded.origin) == [0, 1, 3, 4, 5]


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("Some 38,000 went; 8,000 stayed.", "8,000", ["8,000"]),  # not the end of 38,000
        ("Some 38,000 went.", "8,000", []),
        ("8,0001 is no 8,000.", "8,000", ["8,000"]),  # nor the start of a longer number
        ("Tolan met Moeun Tola.", "Tola", ["Tola"]),
        ("the [Cambodian] workers", "[Cambodian]", ["[Cambodian]"]),  # brackets need no boundary
        ("“8,000”", "8,000", ["8,000"]),  # quotes and punctuation are boundaries
        ("re-hired workers", "hired workers", ["hired workers"]),
    ],
)
def test_a_phrase_matches_whole_words_only(text, phrase, found):
    article = parse_article("story", "seeds/story.txt", text.encode())
    assert [article.text[m.start : m.end] for m in find_all(article.folded, phrase)] == found
