"""`make export`: the expanded site source, its config, and its errors on bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.errors import InputError
from explainer.export import MARKER, export_config, export_site, load_config, split_front_matter
from explainer.pages import directives
from site_compare import run_export


def test_directives_and_phrase_links_are_expanded_and_everything_else_kept(tmp_path):
    root = Path(__file__).resolve().parent.parent
    result = export_site(root, tmp_path / "out")
    expanded = links = 0
    for source in sorted((root / "docs").rglob("*.md")):
        rel = source.relative_to(root / "docs").as_posix()
        written = (result.out_dir / "docs" / rel).read_text(encoding="utf-8")
        front, body = split_front_matter(source.read_text(encoding="utf-8"), source)
        assert written.startswith(front), rel
        assert directives.find_calls(written[len(front) :], rel, rel) == [], f"{rel} still has a directive"
        calls = directives.find_calls(body, rel, rel)
        expanded += len(calls)
        assert "](phrase:" not in written, f"{rel} still has a phrase link"
        links += body.count("](phrase:")
        kept = [line for number, line in enumerate(body.splitlines(), 1) if number not in {c.line for c in calls}]
        for line in kept:
            assert line in written or "](phrase:" in line, f"{rel}: lost {line!r}"
    assert expanded, "no editorial page uses a ::: directive, so the expansion is untested"
    assert links, "no editorial page uses a phrase link, so their expansion is untested"


def test_export_config_drops_only_hooks_and_watch():
    text = (
        "site_name: x  # hooks: in a comment stays\n"
        "hooks:\n- hooks/a.py\n  # comment inside the block\n"
        "theme:\n  name: material\n"
        "watch:\n  - seeds\n"
        "markdown_extensions:\n  - toc:\n      permalink: true\n"
    )
    written = export_config(text)
    body = written.split("\n", 1)[1]
    assert (
        body
        == "site_name: x  # hooks: in a comment stays\ntheme:\n  name: material\nmarkdown_extensions:\n  - toc:\n      permalink: true\n"
    )


def test_reexport_replaces_the_folder(project_copy, tmp_path):
    out = tmp_path / "out"
    export_site(project_copy, out)
    (project_copy / "docs" / "extra.md").write_text("# Extra\n", encoding="utf-8")
    export_site(project_copy, out)
    assert (out / "docs" / "extra.md").is_file()
    (project_copy / "docs" / "extra.md").unlink()
    export_site(project_copy, out)
    assert not (out / "docs" / "extra.md").exists()
    assert (out / MARKER).is_file() and not list(tmp_path.glob(".out.partial-*"))


@pytest.mark.parametrize("where", ["foreign", "root", "docs"])
def test_export_never_replaces_a_folder_it_did_not_make(project_copy, where):
    out = {"foreign": project_copy.parent / "mine", "root": project_copy, "docs": project_copy / "docs" / "x"}[where]
    out.mkdir(parents=True, exist_ok=True)
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(InputError):
        export_site(project_copy, out)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def _one_line_failure(project: Path, tmp_path: Path) -> str:
    result = run_export(tmp_path / "out", root=project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_invalid_front_matter_names_file_and_line(project_copy, tmp_path):
    page = project_copy / "docs" / "about.md"
    page.write_text("---\ntitle: ok\ndescription: a: b\n---\n\n# About\n", encoding="utf-8")
    message = _one_line_failure(project_copy, tmp_path)
    assert message.startswith("export failed: docs/about.md:3: front matter is not valid YAML")


def test_bad_directive_is_reported_like_the_hook_does(project_copy, tmp_path):
    page = project_copy / "docs" / "about.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n::: no-such-directive x\n", encoding="utf-8")
    line = len((text + "\n").splitlines()) + 1
    message = _one_line_failure(project_copy, tmp_path)
    assert message.startswith(f"export failed: docs/about.md:{line}: unknown directive '::: no-such-directive'")


def test_load_config_reads_tags_without_running_them(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        "site_name: !ENV [NAME, x]\nmarkdown_extensions:\n  - pymdownx.emoji:\n      emoji_index: !!python/name:os.getcwd\n",
        encoding="utf-8",
    )
    loaded = load_config(config)
    assert isinstance(loaded["site_name"], str)
    assert "python/name:os.getcwd" in loaded["markdown_extensions"][0]["pymdownx.emoji"]["emoji_index"]
