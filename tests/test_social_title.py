"""Titles a link card shows whole: page first, site name only when both fit."""

from explainer.site.social import short_title

SITE = "Cambodian workers in Japan, annotated"


def test_short_titles_keep_the_site_name():
    assert short_title("Summit context", SITE) == f"Summit context - {SITE}"
    assert short_title(SITE, SITE) == SITE


def test_a_long_label_and_headline_keeps_the_headline():
    title = "Annotated article: PM boosts job prospects for Cambodians in Japan"
    assert short_title(title, SITE) == "PM boosts job prospects for Cambodians in Japan"
    assert short_title("People & organisations: " + "x" * 70, SITE).endswith("…")


def test_never_over_sixty_characters():
    for title in ["a" * 200, "word " * 40, "Label: " + "word " * 30, "x"]:
        assert len(short_title(title, SITE)) <= 60
