"""Every input problem in one run (`make check` and the build), and each one on the
pull request's changed line as a GitHub workflow command."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, run_mkdocs_build
from explainer.errors import InputError, Problems, github_annotation, report_lines


def check(project: Path, **env: str) -> subprocess.CompletedProcess:
    """`make check` on a project copy: the module it runs, from the copy's folder."""
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "explainer.check"],
        cwd=project,
        env={**environment, "PYTHONPATH": str(project / "hooks"), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def seed_files(project: Path) -> list[Path]:
    return sorted((project / "seeds").glob("*.txt"))


def four_mistakes(project: Path) -> list[str]:
    """Four mistakes in three files of any seed: two notes, one figure key, one quote.
    Returns the `file:line` each must be reported at."""
    seed = seed_files(project)[0]
    words = seed.read_text(encoding="utf-8").split()
    notes = seed.with_name(f"{seed.stem}.notes.md")
    before = notes.read_text(encoding="utf-8") if notes.exists() else ""
    start = before.count("\n") + (0 if before.endswith("\n") or not before else 1)
    notes.write_text(
        before
        + f'\n## "{words[0]} zzqx {words[1]}"\n\nNot there [s](https://example.org).\n'
        + "\n## an unquoted heading\n\nText [s](https://example.org).\n",
        encoding="utf-8",
    )
    figures = seed.with_name(f"{seed.stem}.figures.yml")
    figures.write_text('"no-such-figure-key": "x [s](https://example.org)"\n', encoding="utf-8")
    page = project / "docs" / "index.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text + '\n::: source "qqq words found nowhere qqq"\n', encoding="utf-8")
    page_line = text.count("\n") + 2
    return [
        f"seeds/{notes.name}:{start + 2}:",
        f"seeds/{notes.name}:{start + 6}:",
        f"seeds/{figures.name}:1:",
        f"docs/index.md:{page_line}:",
    ]


@pytest.fixture
def broken_project(tmp_path) -> tuple[Path, list[str]]:
    project = copy_project(tmp_path / "project")
    return project, four_mistakes(project)


def test_make_check_reports_four_mistakes_in_three_files_in_one_run(broken_project):
    project, expected = broken_project
    started = time.perf_counter()
    result = check(project)
    seconds = time.perf_counter() - started
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 4, result.stdout
    for where in expected:
        assert sum(line.startswith(where) for line in lines) == 1, (where, lines)
    assert "Traceback" not in result.stderr
    assert seconds < 5, f"make check took {seconds:.2f} s"


def test_make_check_passes_on_the_project():
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("no problems found")


def test_build_reports_the_same_four_problems_and_fails(broken_project, tmp_path):
    project, expected = broken_project
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    for where in expected:
        assert sum(where in line for line in errors) == 1, (where, errors)
    assert "4 problems in the input" in result.stderr
    assert "Traceback" not in result.stderr


def test_on_github_actions_each_problem_is_also_a_workflow_command(broken_project):
    project, expected = broken_project
    result = check(project, GITHUB_ACTIONS="true")
    lines = result.stdout.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    assert len(commands) == 4 and len(lines) == 8
    for where in expected:
        path, line = where.rstrip(":").split(":")
        assert sum(c.startswith(f"::error file={path},line={line},title=Explainer input::") for c in commands) == 1


def test_workflow_command_exact_output():
    problem = InputError("seeds/story.notes.md", 'phrase "x" is not in the article', 12)
    assert github_annotation(problem) == (
        '::error file=seeds/story.notes.md,line=12,title=Explainer input::phrase "x" is not in the article'
    )
    warning = InputError("docs/a.md", "no source link", None, warning=True)
    assert github_annotation(warning) == "::warning file=docs/a.md,title=Explainer input::no source link"


def test_workflow_command_escapes_as_github_documents():
    # properties: % CR LF : , ; the message: % CR LF only (':' and ',' stay); a line
    # break an editor's value brought in is already a visible escape in the message
    problem = InputError("docs/a,b:c%.md", "100% sure: one\r\ntwo, three", 3)
    assert github_annotation(problem, title="T: a, b") == (
        "::error file=docs/a%2Cb%3Ac%25.md,line=3,title=T%3A a%2C b::100%25 sure: one\\r\\ntwo, three"
    )


def test_an_editors_line_break_never_starts_a_workflow_command_in_the_plain_log():
    # a metadata key that carries a line break and a workflow command
    problem = InputError("seeds/story.yml", "unknown key 'x\n::warning file=README.md::owned\x1b[2J'", 4)
    lines = report_lines([problem], github=True)
    assert lines == [
        "seeds/story.yml:4: unknown key 'x\\n::warning file=README.md::owned\\x1b[2J'",
        "::error file=seeds/story.yml,line=4,title=Explainer input::"
        "unknown key 'x\\n::warning file=README.md::owned\\x1b[2J'",
    ]
    assert not any(line.startswith("::warning") for text in lines for line in text.splitlines())


def test_report_lines_pair_each_problem_with_its_command():
    found = [InputError("a.md", "bad", 1), InputError("b.md", "draft", 2, warning=True)]
    assert report_lines(found, github=False) == ["a.md:1: bad", "b.md:2: draft (warning)"]
    assert report_lines(found, github=True) == [
        "a.md:1: bad",
        "::error file=a.md,line=1,title=Explainer input::bad",
        "b.md:2: draft (warning)",
        "::warning file=b.md,line=2,title=Explainer input::draft",
    ]


def test_problems_is_raised_once_with_every_error():
    problems = Problems()
    with problems.inside():
        raise InputError("a.md", "first", 1)
    with problems.inside():
        raise Problems([InputError("b.md", "second", 2), InputError("b.md", "third", 3, warning=True)])
    problems.add(InputError("c.md", "fourth", 4))
    with pytest.raises(InputError) as raised:
        problems.raise_errors()
    assert isinstance(raised.value, Problems)
    assert [str(p) for p in raised.value.found] == [
        "a.md:1: first",
        "b.md:2: second",
        "b.md:3: third",
        "c.md:4: fourth",
    ]
    assert (raised.value.path, raised.value.line) == ("a.md", 1)
    assert len(raised.value.errors) == 3 and len(raised.value.warnings) == 1


def test_warnings_alone_do_not_raise():
    problems = Problems([InputError("a.md", "draft", 1, warning=True)])
    problems.raise_errors()
