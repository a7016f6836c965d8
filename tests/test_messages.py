"""Each error message says what is wrong in the editor's own syntax, with file and line."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT, SEED_SLUG, copy_project
from explainer.check import check
from explainer.errors import InputError
from explainer.figures.explanations import unsourced_explanations
from explainer.notes import anchor_notes, missing_sources, parse_notes
from explainer.site import build_site
from explainer.text.article import parse_article
from explainer.text.metadata import parse_meta
from markdown_render import render_page

TEXT = "He said 8,000 workers would go.\n\nCritics said 8,000 was too few."
META = "title: A\noutlet: B\nurl: https://example.org/a\npublished: 2023-12-17\n"


@pytest.fixture
def article():
    return parse_article("story", "seeds/story.txt", TEXT.encode())


def messages(error: InputError) -> list[str]:
    return [str(p) for p in getattr(error, "found", [error])]


def test_a_prefix_that_matches_nothing_says_so(article):
    notes = parse_notes("n.md", '## "8,000"\nprefix: Critics sayd\n\nText [s](https://example.org).\n')
    with pytest.raises(InputError) as error:
        anchor_notes(article, notes)
    [message] = messages(error.value)
    assert message.startswith('n.md:1: phrase "8,000" is in the article (¶1, ¶2), but the prefix "Critics sayd"')
    assert "match nothing next to it" in message and "not in the article" not in message


def test_a_suffix_that_matches_nothing_says_so(article):
    notes = parse_notes("n.md", '## "8,000"\nsuffix: were too few\n\nText [s](https://example.org).\n')
    with pytest.raises(InputError, match=r'but the suffix "were too few" match nothing'):
        anchor_notes(article, notes)


def test_repeated_phrase_in_a_note_shows_the_notes_syntax(article):
    with pytest.raises(InputError, match=r"add a line 'prefix: words before' or 'suffix: words after'"):
        anchor_notes(article, parse_notes("n.md", '## "8,000"\n\nText [s](https://example.org).\n'))


def test_repeated_phrase_in_a_source_directive_shows_its_own_syntax(project_copy):
    slug = SEED_SLUG
    text = (project_copy / "seeds" / f"{slug}.txt").read_text(encoding="utf-8")
    word = next(w for w in re.findall(r"[A-Za-z]{6,}", text) if len(re.findall(rf"\b{w}\b", text)) == 2)
    page = project_copy / "docs" / "plans.md"
    lines = page.read_text(encoding="utf-8").count("\n")
    page.write_text(page.read_text(encoding="utf-8") + f'\n::: source "{word}" {slug}\n', encoding="utf-8")
    [message] = [str(p) for p in check(project_copy).found if not p.to_check]
    assert message.startswith(f'docs/plans.md:{lines + 2}: phrase "{word}" occurs 2 times')
    assert f'::: source "{word}" prefix="words before" (or suffix="words after")' in message


@pytest.mark.parametrize(
    ("meta", "line", "advice"),
    [
        (META.replace("outlet: B", "outlet: B: the daily"), 2, "put the whole value in quotes"),
        (META + "people:\n  - name: A\n   role: x\n", 7, "check the indentation"),
        (META + "people:\n\t- name: A\n", 6, "indent with spaces, not tabs"),
    ],
)
def test_yaml_syntax_errors_are_explained_in_plain_words(meta, line, advice):
    with pytest.raises(InputError) as error:
        parse_meta("story.yml", meta.encode(), "story")
    assert str(error.value).startswith(f"story.yml:{line}: invalid YAML: ")
    assert advice in str(error.value)


def test_a_note_without_a_source_shows_the_link_form():
    [note] = parse_notes("n.md", '## "plan"\n\nNo link.\n')
    [warning] = missing_sources([note])
    assert warning.warning and "[name](https://...)" in str(warning)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        (META.replace("https://example.org/a", "example.org/a"), "story.yml:3: field 'url' must be an http(s) address"),
        (META.replace("2023-12-17", "last week"), "story.yml:4: field 'published' must be a date"),
        (META + "people:\n  - name: A\n    pronoun: it\n", "story.yml:7: people entry 'A': 'pronoun' must be one of"),
        (META + "people:\n  - name: A\n  - name: A\n", "story.yml:7: 'A' is listed twice"),
    ],
)
def test_metadata_errors_carry_line_numbers(meta, expected):
    with pytest.raises(InputError) as error:
        parse_meta("story.yml", meta.encode(), "story")
    assert any(m.startswith(expected) for m in messages(error.value)), messages(error.value)


def test_misspelt_keys_name_the_line_and_the_closest_key():
    meta = META.replace("title: A", "titel: A") + "people:\n  - name: A\n    rol: minister\n"
    with pytest.raises(InputError) as error:
        parse_meta("story.yml", meta.encode(), "story")
    found = messages(error.value)
    assert "story.yml:1: unknown key 'titel': did you mean 'title'?" in found
    assert "story.yml:7: unknown key 'rol' in people entry 'A': did you mean 'role'?" in found


def test_every_seed_metadata_file_uses_known_keys_only():
    for meta in sorted((ROOT / "seeds").glob("*.yml")):
        if meta.name.endswith(".figures.yml"):
            continue
        parse_meta(meta, meta.read_bytes(), meta.stem)


def test_a_page_missing_from_nav_names_mkdocs_yml_and_the_line_to_add(project_copy):
    (project_copy / "docs" / "background.md").write_text("# Some background\n\nText.\n", encoding="utf-8")
    config = (project_copy / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    nav_line = config.index("nav:") + 1
    [message] = [str(p) for p in check(project_copy).found if not p.to_check]
    assert message == (
        f"mkdocs.yml:{nav_line}: background.md is not in the nav, so no menu leads to it: "
        "add the line '  - Some background: background.md' under nav:"
    )


def test_a_figure_explanation_without_a_source_fails_like_a_note_without_one(project_copy):
    seed = project_copy / "seeds" / f"{SEED_SLUG}.txt"
    site = build_site(project_copy / "seeds", repo_root=project_copy)
    key = site.bundle(SEED_SLUG).figures.figures[0].key
    (seed.with_name(f"{seed.stem}.figures.yml")).write_text(f'"{key}": "No source here."\n', encoding="utf-8")
    site = build_site(project_copy / "seeds", repo_root=project_copy)
    [warning] = unsourced_explanations(site.bundle(SEED_SLUG).figures)
    assert warning.warning and warning.line == 1 and "has no source link" in str(warning)
    assert "[name](https://...)" in str(warning)
    assert [str(p) for p in check(project_copy).found if not p.to_check] == [
        f"seeds/{seed.stem}.figures.yml:1: the explanation of '{key}' has no source link: "
        "add one like [name](https://...)"
    ]


def test_figures_page_hint_shows_readers_no_file_name(tmp_path):
    """A figure without an explanation says so; where editors add one is in the
    README, not on a reader's page."""
    project = copy_project(tmp_path / "project")
    for explanations in (project / "seeds").glob("*.figures.yml"):
        explanations.unlink()
    site = build_site(project / "seeds", repo_root=project)
    for bundle in site.bundles:
        page = next(f for f in site.files if f.path == f"articles/{bundle.slug}/figures.md")
        rendered = render_page(str(page.content))
        assert "No editors’ explanation yet" in rendered.get_text()
        assert "seeds/" not in rendered.get_text() and ".figures.yml" not in rendered.get_text()
