"""Phrase links in docs/: ``[words](phrase: "exact words")`` lands on the paragraph
that says them, however the seed's paragraphs shift, and a hand-written ``#pN``
link to an article stops the build (and ``make check``) with file:line and the
phrase link to write instead."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEED_SLUG, copy_project, parse_html, run_mkdocs_build
from explainer.pages.phrase_links import suggest_phrase
from explainer.site.build import check_site
from test_check import check
from test_source_directive import add_lines, failing_build

SLUGS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def target(project, slug: str):
    """A paragraph of the seed (the first with a quote in it, else its second) and
    words only it holds."""
    site = check_site(project / "seeds")
    bundle = site.bundle(slug)
    paragraphs = bundle.article.paragraphs
    paragraph = next((p for p in paragraphs if p.quotes), paragraphs[min(1, len(paragraphs) - 1)])
    return paragraph, suggest_phrase(site, bundle, paragraph)


def links_on(site, page: str, slug: str, line: int) -> list:
    """The phrase links to the article written on one line of the page (its others are the editors')."""
    soup = parse_html(site / page / "index.html")
    return [
        a
        for a in soup.select("article a[href]")
        if f"articles/{slug}/#p" in a["href"] and a.get("id", "").startswith(f"l{line}-")
    ]


def holds(site, slug: str, anchor: str, phrase: str) -> bool:
    soup = parse_html(site / "articles" / slug / "index.html")
    words = " ".join(soup.find(id=anchor).get_text(" ").split())
    return all(word in words for word in phrase.replace("“", " ").split())


@pytest.mark.parametrize("slug", SLUGS)
def test_a_phrase_link_follows_its_paragraph_when_paragraphs_shift(tmp_path, slug):
    project = copy_project(tmp_path / "project")
    paragraph, phrase = target(project, slug)
    line = add_lines(
        project,
        "about.md",
        f'See [¶](phrase:{slug} "{phrase}"), [its words](phrase: "{phrase}") and, as an example,'
        ' `[x](phrase: "words in no article")`.',
        '```markdown\n[y](phrase: "words in no article") [z](articles/x/#p2)\n```',
    )
    before = project / "site-before"
    assert run_mkdocs_build(project, before).returncode == 0
    anchors = [a["href"].rsplit("#", 1)[1] for a in links_on(before, "about", slug, line)]
    assert anchors == [paragraph.anchor] * 2
    assert holds(before, slug, paragraph.anchor, phrase)

    seed = project / "seeds" / f"{slug}.txt"
    text = seed.read_text(encoding="utf-8")
    assert paragraph.text[:60] in text
    # at the top: every paragraph shifts, and no chain of "he said" is cut in two (which a
    # confirm: in the seed's speakers: would rightly refuse)
    seed.write_text("An editor's new paragraph, put first.\n\n" + text, encoding="utf-8")
    after = project / "site-after"
    result = run_mkdocs_build(project, after)
    assert result.returncode == 0, result.stderr
    links = links_on(after, "about", slug, line)
    moved = f"p{paragraph.number + 1}"
    assert [a["href"].rsplit("#", 1)[1] for a in links] == [moved, moved]
    assert holds(after, slug, moved, phrase)
    assert links[0].get_text() == f"¶{paragraph.number + 1}"  # the ¶ text follows too
    assert links[0]["id"] == f"l{line}-1-{moved}"
    # the paragraph lists the page among "Discussed in", linking to the page's first link
    # to it: the new one, or one the editors wrote higher up the page
    soup = parse_html(after / "articles" / slug / "index.html")
    back = [a["href"] for a in soup.find(id=moved).select(".ex-para__topics a")]
    to_moved = [
        a["id"]
        for a in parse_html(after / "about" / "index.html").select("article a[href][id]")
        if a["href"].endswith(f"articles/{slug}/#{moved}")
    ]
    assert links[0]["id"] in to_moved and f"../../about/#{to_moved[0]}" in back
    # a link shows none of the paragraph's words: no schema.org Quotation claims it does
    about = (after / "about" / "index.html").read_text(encoding="utf-8")
    assert f"#{links[0]['id']}" not in about.split('type="application/ld+json"', 1)[-1].split("</script>", 1)[0]


def test_a_hand_written_paragraph_number_fails_the_build_and_make_check(project_copy, tmp_path):
    slug = SEED_SLUG
    paragraph, phrase = target(project_copy, slug)
    number = paragraph.number
    first = add_lines(
        project_copy,
        "about.md",
        f"As [¶{number}](articles/{slug}/#{paragraph.anchor}) says,",
        f"and [again](articles/{slug}/index.md#{paragraph.anchor}), [not here](articles/{slug}/#p9999).",
        f"[the same]: articles/{slug}/index.md#{paragraph.anchor}",
    )
    lines = [first, first + 2, first + 2, first + 4]
    stderr = failing_build(project_copy, tmp_path)
    expected = [f"docs/about.md:{line}: the link to articles/{slug}/" for line in lines]
    for line in expected:
        assert line in stderr
    assert stderr.count(f'link by phrase instead: [¶](phrase: "{phrase}")') == 3
    assert "link by phrase instead; copy words of the paragraph you mean" in stderr  # ¶9999
    result = check(project_copy)
    assert result.returncode == 1
    reported = [line for line in result.stdout.splitlines() if "names a paragraph by its number" in line]
    assert [line.split(": the link")[0] for line in reported] == [f"docs/about.md:{line}" for line in lines]


def test_a_phrase_found_nowhere_twice_or_misspelt_fails_with_file_line_and_what_to_write(project_copy, tmp_path):
    slug = SEED_SLUG
    paragraph, phrase = target(project_copy, slug)
    words = phrase.split()
    misspelt = " ".join([*words[:-1], words[-1] + "zq"])
    first = add_lines(
        project_copy,
        "critique.md",
        f'[a](phrase: "{misspelt}")',
        "[b](phrase: 'the')",
        f"[c](phrase: {phrase})",
        f'[d](phrase:no-such-seed "{phrase}")',
    )
    stderr = failing_build(project_copy, tmp_path)
    assert f'docs/critique.md:{first}: phrase "{misspelt}" is not in the article' in stderr
    assert re.search(rf"docs/critique\.md:{first}: .*closest passage", stderr)
    assert re.search(rf'docs/critique\.md:{first + 2}: phrase "the" occurs \d+ times .*: quote more of it', stderr)
    assert f'docs/critique.md:{first + 4}: a phrase link is written [words](phrase: "exact words' in stderr
    assert f"docs/critique.md:{first + 6}: phrase link names no seed 'no-such-seed'" in stderr
