"""Bad input stops the build with one line naming the file, never a traceback."""

from __future__ import annotations

import pytest

from conftest import run_mkdocs_build
from explainer.errors import InputError
from explainer.site import build_site
from explainer.text.seeds import find_seeds, load_article

GOOD_META = "title: A headline\noutlet: The Outlet\nurl: https://example.org/a\npublished: 2023-12-17\n"


def load(tmp_path, text: bytes, meta: bytes | None = None):
    seeds = tmp_path / "seeds"
    seeds.mkdir(exist_ok=True)
    (seeds / "story.txt").write_bytes(text)
    if meta is not None:
        (seeds / "story.yml").write_bytes(meta)
    [seed] = find_seeds(seeds)
    return load_article(seed)


def test_missing_seeds_folder_names_it(tmp_path):
    with pytest.raises(InputError, match=r"seeds: no seeds folder"):
        find_seeds(tmp_path / "seeds")


def test_empty_seeds_folder_names_it(tmp_path):
    (tmp_path / "seeds").mkdir()
    with pytest.raises(InputError, match=r"seeds: no seed in the seeds folder"):
        find_seeds(tmp_path / "seeds")


@pytest.mark.parametrize("text", [b"", b"   \n\n\t  \n", "\ufeff \u00a0\n".encode()])
def test_empty_or_blank_seed_names_the_file(tmp_path, text):
    with pytest.raises(InputError, match=r"story\.txt: seed is empty"):
        load(tmp_path, text)


def test_seed_that_is_not_utf8_names_file_and_line(tmp_path):
    with pytest.raises(InputError, match=r"story\.txt:3: seed is not valid UTF-8"):
        load(tmp_path, b"First.\n\nSecond \xe9t\xe9.\n")


def test_control_characters_are_refused_with_line(tmp_path):
    with pytest.raises(InputError, match=r"story\.txt:2: seed contains control character U\+0002"):
        load(tmp_path, b"One.\nTwo \x02 three.\n")


def test_invalid_yaml_names_file_and_line(tmp_path):
    with pytest.raises(InputError, match=r"story\.yml:2: invalid YAML: mapping values are not allowed"):
        load(tmp_path, b"Text.\n", b"title: A\noutlet: B: C\n")


@pytest.mark.parametrize("field", ["title", "outlet", "url", "published"])
def test_missing_required_field_names_the_field(tmp_path, field):
    meta = "".join(line + "\n" for line in GOOD_META.splitlines() if not line.startswith(field))
    with pytest.raises(InputError, match=rf"story\.yml: missing required field\(s\): {field}"):
        load(tmp_path, b"Text.\n", meta.encode())


def test_bad_date_is_explained(tmp_path):
    with pytest.raises(InputError, match=r"story\.yml:4: field 'published' must be a date"):
        load(tmp_path, b"Text.\n", GOOD_META.replace("2023-12-17", "last week").encode())


def test_bom_and_windows_line_endings_are_accepted(tmp_path):
    article = load(tmp_path, "\ufeffFirst line.\r\n\r\n“Quoted,” he said.\r\n".encode(), GOOD_META.encode())
    assert [p.text for p in article.paragraphs] == ["First line.", "“Quoted,” he said."]
    assert article.meta["title"] == "A headline"


def test_build_fails_cleanly_on_bad_seed(project_copy, tmp_path):
    (project_copy / "seeds" / "broken.txt").write_bytes(b"Caf\xe9\n")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "ERROR   -  seeds/broken.txt:1: seed is not valid UTF-8" in result.stderr


def test_build_fails_cleanly_without_seeds(project_copy, tmp_path):
    for path in (project_copy / "seeds").iterdir():
        path.unlink()
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "no seed in the seeds folder" in result.stderr


def test_site_model_names_generated_pages(tmp_path):
    load(tmp_path, b"One paragraph.\n")
    site = build_site(tmp_path / "seeds")
    assert {f.path for f in site.files} >= {"articles/story/index.md", "articles/index.md"}
