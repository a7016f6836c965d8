"""The figure-pattern prefilter only skips patterns that could not have matched."""

from __future__ import annotations

import re
import sys

import pytest

from explainer.figures import extract as figures

TEXTS = [
    "Some 8,000 workers, nearly 30 percent, left three years ago on Monday.",
    "Hun Sen, 71, said on December 16, 2023 that US$2.5 million and 400 riel were paid.",
    "The 2nd and twenty-first meetings, aged forty, ran 12 per\u00a0cent over five hours a day.",
    "Next week, earlier this month, yesterday: the 1990s, mid-March, the 3rd of Sept. 2024, May 1899.",
    "On the 16th\u2013 17 Dec. and 3 of May, in March, since Sept, by mid-June, late April.",
    "A five-year plan, 8 years, \u0663 weeks, 2.5 million years, a dozen days, centuries.",
    "Someone often phoned; twenty-one, a dozen, hundreds, a million, seventy_two, sevenfold.",
    "FIVE YEARS AGO, TWO PER CENT, SIX-YEAR-OLD, TENTH, TEN DOLLARS",
    # characters IGNORECASE matches to ASCII letters though str.lower() does not
    "two years \u0430go, tw\u0131 ye\u0131rs \u017fix ye\u0130rs AGO, \u212aids aged \u0131",
    "Six years \u0130n, \u017fix centurie\u017f, a \u017fecond, fifth \u212aids, one-year-old",
]


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_keeps_every_match(text):
    kept = {pattern.pattern for _, pattern in figures._patterns(text)}
    for kind, source, flags, needs in figures._RULES:
        if re.search(source, text, flags):
            assert source in kept, (kind, needs)


def test_folding_covers_every_character_ignorecase_matches_to_an_ascii_letter():
    letter = re.compile("[a-z]", re.I)
    for char in map(chr, range(0x80, sys.maxunicode + 1)):
        if letter.fullmatch(char):
            folded = char.translate(figures._ASCII_TWINS).lower()
            assert folded.isascii() and re.fullmatch(folded, char, re.I), hex(ord(char))
