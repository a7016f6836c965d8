"""Property: any Unicode paragraphs go through the engine and Python-Markdown
(configured like mkdocs.yml) and come out as the same text, or stop with the
documented one-line InputError - nothing else."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from explainer.errors import InputError
from explainer.site import build_site
from markdown_render import normalise, paragraph_texts, render_page

# Paragraph text never holds a line break (paragraphs are joined with blank lines).
ANY_CHAR = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n")
# What an article may really contain: no control characters, no unassigned code points,
# no bidirectional overrides or isolates (refused, as a control character is).
BIDI_OVERRIDES = "".join(map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]))
TEXT_CHAR = st.characters(blacklist_categories=("Cs", "Cc", "Cn"), blacklist_characters="\r\n" + BIDI_OVERRIDES)
# Characters that mean something to Markdown, HTML, Jinja, snippets, abbreviations, annotations.
SYNTAX = st.sampled_from(
    list("<>&*_`[](){}#!|\\~^:=+-\"'“”‘’") + ["(1)", "--8<--", "{{", "{%", "*[", "[^1]", "&amp;", "\u00a0"]
)
# Words the analysis stages look for: quotes and speakers, figures and dates.
ENGINE = st.sampled_from(
    [
        "“",
        "”",
        ",” he said.",
        " Manet said",
        " She said that ",
        ". ",
        "8,000",
        "nearly 30,000",
        "next year",
        "December 16",
        "2.5%",
        "$300",
        "a dozen",
        "50th",
        "another",
        "٣٠٠",
        "１２",
        "1,000,000,000,000,000",
        "Hun Manet",
    ]
)


def paragraphs(alphabet) -> st.SearchStrategy[list[str]]:
    piece = st.one_of(st.text(alphabet, min_size=1, max_size=40), SYNTAX, ENGINE)
    paragraph = st.lists(piece, min_size=1, max_size=12).map("".join).filter(lambda p: p.strip())
    return st.lists(paragraph, min_size=1, max_size=5)


def render_seed(paras: list[str]) -> list[str]:
    """Write the paragraphs as a seed, build the site model, render the article page."""
    with tempfile.TemporaryDirectory(prefix="6-prop-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        (seeds / "prop.txt").write_text("\n\n".join(paras) + "\n", encoding="utf-8")
        try:
            site = build_site(seeds, repo_root=tmp)
        except InputError as error:
            message = str(error.relative_to(tmp))
            assert message.startswith("seeds/prop.txt") and "\n" not in message, message
            raise
    article = next(f for f in site.files if f.path == "articles/prop/index.md")
    return paragraph_texts(render_page(article.content))


def expected(paras: list[str]) -> list[str]:
    """The documented normalisation: NFC, whitespace runs folded (blank paragraphs dropped)."""
    return [normalise(unicodedata.normalize("NFC", p)) for p in paras if normalise(p)]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs(TEXT_CHAR))
@example(["(1) “Quoted (2)” [x](y) *[ABC]: z"])
@example(["a\u0301 \u212b \ufb01 ﬀ", "\u00a0\u2028\u3000x"])
@example(["&#40;1&#41; &lt;b&gt; \\*not\\* <!-- c --> <?php ?>"])
@example(["10000000000000000000000000000"])  # 29 digits: more than Decimal's default precision
def test_article_text_comes_out_unchanged(paras):
    assert render_seed(paras) == expected(paras)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs(ANY_CHAR))
def test_any_input_renders_or_raises_the_documented_error(paras):
    try:
        texts = render_seed(paras)
    except InputError:
        return
    assert texts == expected(paras)
