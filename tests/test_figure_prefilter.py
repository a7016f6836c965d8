"""The figure-pattern prefilter only skips patterns that could not have matched."""

from __future__ import annotations

import re
import sys

import pytest

from explainer.figures import patterns as figures

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
    # the kinds the region's press adds: currencies before the number, periods, times, fractions, measures
    "RM\n13.3 billion, Rp 15 million, Rs. 8 lakh, VNĐ25-30 million, K300,000, S$5, 40 trillion rupiah, 9 kyats.",
    "THE END OF THE MONTH, Recent Years, decades, A Year Earlier, the previous year, Last Spring, mid-summer.",
    "The last fiscal year, fiscal 2027, FY2024/25, the first half of next year, spring 2024, Monday's, Friday.",
    "At 2:30pm, 7 A.M., 10.15 p.m., 14:30, noon; half, a third, Two-Thirds, ONE IN FIVE, double the level.",
    "400mm, 5 kilograms, 6 to 7 nanometers, 20\u00b0C, 15 km/h, 3-square kilometre, magnitude 6.1; his 80s.",
    "In March, between January and May, within an hour, a week of rain, Section 24, Programme 2.0, the 14th.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_prefilter_keeps_every_match(text):
    kept = {pattern.pattern for _, pattern in figures.patterns_for(text)}
    for kind, source, flags, needs in figures.RULES:
        if re.search(source, text, flags):
            assert source in kept, (kind, needs)


def test_folding_covers_every_character_ignorecase_matches_to_an_ascii_letter():
    letter = re.compile("[a-z]", re.I)
    for char in map(chr, range(0x80, sys.maxunicode + 1)):
        if letter.fullmatch(char):
            folded = char.translate(figures.ASCII_TWINS).lower()
            assert folded.isascii() and re.fullmatch(folded, char, re.I), hex(ord(char))
