"""Seed text is untrusted: every hostile string must come out as the same text."""

from __future__ import annotations

import pytest

from conftest import build_with_extra_seed, parse_html

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "*emphasis*",
    "[link](javascript:alert(1))",
    "# heading",
    "{{ jinja }}",
    "{% raw %}",
    '--8<-- "README.md"',
    "*[HTML]: abbreviation",
    "[^1]",
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    # each string as its own paragraph, at the start of a line, and mid-sentence
    paragraphs = [*HOSTILE, *(f"She said {s} and (1) left." for s in HOSTILE)]
    base = build_with_extra_seed(tmp_path_factory.mktemp("hostile"), "hostile", paragraphs)
    return parse_html(base / "index.html"), paragraphs


@pytest.mark.parametrize("index", range(len(HOSTILE)))
def test_hostile_string_renders_literally(hostile_site, index):
    soup, paragraphs = hostile_site
    texts = [" ".join(p.get_text().split()) for p in soup.select("div.ex-para .ex-para__text")]
    assert texts[index] == HOSTILE[index]
    assert texts[len(HOSTILE) + index] == paragraphs[len(HOSTILE) + index]


def test_no_markup_was_created_from_seed_text(hostile_site):
    soup, _ = hostile_site
    content = soup.select_one("article")
    for block in content.select("div.ex-para .ex-para__text"):
        assert not block.select("script, img, em, strong, h1, h2, abbr, sup, a")
    assert not soup.select(".footnote")
