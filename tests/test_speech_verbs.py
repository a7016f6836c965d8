"""Speech verbs are found as whole words, as the old one-pattern-per-verb search found them."""

from __future__ import annotations

import pytest

from explainer.voices.grammar import ends_with_verb, leading_verb, verbs


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Manet said.", ["said"]),
        ("He pointed out that", ["pointed out"]),
        ("It pointed outward, she said", ["said"]),
        ("unsaid, said’s, said-so, Said, said_, 3said", []),
        ("they called for calm and asked", ["called for", "asked"]),
    ],
)
def test_verbs_are_whole_lower_case_words(text, found):
    assert [m.group() for m in verbs(text)] == found


def test_leading_verb_needs_whitespace_after_it():
    assert leading_verb("said  Kojima").end() == 6
    assert leading_verb("pointed out Kojima").group(1) == "pointed out"
    assert leading_verb("saidx Kojima") is None
    assert leading_verb("pointed Kojima") is None
    assert leading_verb("said,") is None


def test_ends_with_verb_ignores_trailing_whitespace_but_not_word_edges():
    assert ends_with_verb("Manet said \n")
    assert ends_with_verb("it went unsaid")
    assert not ends_with_verb("said:")
