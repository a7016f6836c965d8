"""Every input problem in one run (`make check` and the build), and each one on the
pull request's changed line as a GitHub workflow command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, SEED_SLUG, copy_project, run_mkdocs_build
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


QUEUED = "(needs a human check)"


def four_mistakes(project: Path) -> list[str]:
    """Four mistakes in three files of any seed: two notes, one figure key, one quote.
    Returns the `file:line` each must be reported at."""
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
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
    # (other articles in seeds/ may have paragraphs to check: listed, never failing)
    lines = [line for line in result.stdout.splitlines() if not line.endswith(QUEUED)]
    assert len(lines) == 4, result.stdout
    for where in expected:
        assert sum(line.startswith(where) for line in lines) == 1, (where, lines)
    assert "Traceback" not in result.stderr
    assert seconds < 5, f"make check took {seconds:.2f} s"


def test_make_check_passes_on_the_project():
    result = check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1].startswith("input: 0 problems, 0 warnings, ")


def test_build_reports_the_same_four_problems_and_fails(broken_project, tmp_path):
    project, expected = broken_project
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    for where in expected:
        assert sum(where in line for line in errors) == 1, (where, errors)
    assert re.search(r"4 problems, 0 warnings, \d+ paragraphs? to check in the input", result.stderr)
    assert "Traceback" not in result.stderr


def test_on_github_actions_each_problem_is_also_a_workflow_command(broken_project):
    project, expected = broken_project
    result = check(project, GITHUB_ACTIONS="true")
    lines = result.stdout.splitlines()
    commands = [line for line in lines if line.startswith("::") and "title=Needs a human check::" not in line]
    queued = sum(line.endswith(QUEUED) for line in lines)
    assert len(commands) == 4 and len(lines) == 8 + 2 * queued
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


CENTRE = """\
Chea Sophal, the centre's director, said the centre would take 40 more trainees this year.

The centre opened in 2019 with twelve teachers and a workshop for welders.

"We cannot promise every trainee a job," he said.

Sophal and Sovann toured the new workshop. "The machines arrive in June," he said.
"""
CENTRE_META = "title: Training centre\noutlet: Test Weekly\nurl: https://example.org/c\npublished: 2024-05-02\n"


def with_centre(project: Path) -> Path:
    """The project with an article whose ¶3 speaker is only resolved ("he") and whose
    ¶4 is unclear (two people a "he" fits)."""
    (project / "seeds" / "training-centre.txt").write_text(CENTRE, encoding="utf-8")
    (project / "seeds" / "training-centre.yml").write_text(CENTRE_META, encoding="utf-8")
    return project


def test_make_check_lists_the_editors_queue_with_the_yaml_that_settles_it(tmp_path):
    project = with_centre(copy_project(tmp_path / "project"))
    result = check(project)
    assert result.returncode == 0, result.stdout + result.stderr  # a queue fails nothing
    queue = [line for line in result.stdout.splitlines() if line.startswith("seeds/training-centre.txt:")]
    assert queue == [
        "seeds/training-centre.txt:5: ¶3: speaker resolved, Chea Sophal from “he” (named in ¶1). "
        'Confirm it under speakers: in seeds/training-centre.yml: - {says: "We cannot promise every trainee a job", '
        'confirm: Chea Sophal} (or correct it: - {says: "We cannot promise every trainee a job", speaker: NAME}) '
        + QUEUED,
        "seeds/training-centre.txt:7: ¶4: speaker unclear (pronoun 'he': unclear, it fits Chea Sophal and Sovann, "
        "named together). Say who speaks under speakers: in seeds/training-centre.yml: "
        '- {says: "Sophal and Sovann toured the new workshop", speaker: NAME} '
        "(NAME: a name from the article's people page, or narration) " + QUEUED,
    ]
    # the YAML pasted as given (NAME filled in for the unclear one) empties the queue
    confirm = queue[0].split("speakers: in seeds/training-centre.yml: ", 1)[1].split(" (or correct it", 1)[0]
    settle = queue[1].split("speakers: in seeds/training-centre.yml: ", 1)[1].split(" (NAME:", 1)[0]
    settle = settle.replace("NAME", "Chea Sophal")
    meta = project / "seeds" / "training-centre.yml"
    meta.write_text(CENTRE_META + f"speakers:\n  {confirm}\n  {settle}\n", encoding="utf-8")
    after = check(project)
    assert after.returncode == 0, after.stdout + after.stderr
    assert "seeds/training-centre.txt" not in after.stdout


def test_on_github_actions_a_paragraph_to_check_is_a_warning_on_its_line(tmp_path):
    project = with_centre(copy_project(tmp_path / "project"))
    result = check(project, GITHUB_ACTIONS="true")
    commands = [line for line in result.stdout.splitlines() if line.startswith("::warning file=seeds/training-centre")]
    assert [c.split("::")[1] for c in commands] == [
        "warning file=seeds/training-centre.txt,line=5,title=Needs a human check",
        "warning file=seeds/training-centre.txt,line=7,title=Needs a human check",
    ]


def test_make_check_and_the_build_agree_on_every_count(broken_project, tmp_path):
    """Four problems, one warning (a note without a source link) and the paragraphs to
    check: the same counts, in the same words, from both."""
    project, _ = broken_project
    with_centre(project)
    notes = project / "seeds" / "training-centre.notes.md"
    notes.write_text('## "twelve teachers"\n\nA note with no source link.\n', encoding="utf-8")
    checked = check(project)
    built = run_mkdocs_build(project, tmp_path / "site")
    assert checked.returncode == 1 and built.returncode != 0
    pattern = r"(\d+) problems?, (\d+) warnings?, (\d+) paragraphs? to check"
    from_check = re.findall(pattern, checked.stderr)
    from_build = re.findall(pattern, built.stderr)
    assert from_check and from_build and len(set(from_build)) == 1, (checked.stderr, built.stderr)
    assert from_check[0] == from_build[0]
    problems, warnings, queue = map(int, from_check[0])
    assert problems == 4 and warnings == 1 and queue >= 2
    shown = [line for line in checked.stdout.splitlines() if not line.startswith("::")]
    assert len(shown) == problems + warnings + queue
