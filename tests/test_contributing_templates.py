"""Every template in CONTRIBUTING.md is one the build accepts, and every "when it is
wrong" example gets the answer the guide shows.

Each fenced block of the guide that follows a ``<!-- template TASK: create|append PATH -->``
marker is written to (or appended to) PATH in a copy of the project; ``make check``
and a strict build must then pass, and each task's result must be on the built site.
A ``<!-- wrong TASK: ... -->`` block is applied on top of the templates and ``make check``
must print the ``<!-- answer -->`` block's line (its line number aside, which moves as
the project's files grow).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, SEED_SLUG, copy_project, run_mkdocs_build

GUIDE = ROOT / "CONTRIBUTING.md"
BLOCK = re.compile(
    r"<!-- (?P<kind>template|wrong) (?P<task>[a-z-]+): (?P<how>create|append) (?P<path>\S+) -->\n"
    r"```[a-z]*\n(?P<body>.*?)\n```\n"
    r"(?:\n<!-- answer -->\n```text\n(?P<answer>.*?)\n```)?",
    re.S,
)
TASKS = {
    "add-article",
    "note",
    "figure",
    "settle-speaker",
    "quote",
    "phrase-link",
    "correction",
    "timeline",
    "chart",
}
# where each task shows on the built site: (page, words the template put there)
SHOWN = {
    "add-article": ("articles/example-port-training/index.html", "Union leader Dara Kim"),
    "settle-speaker": ("articles/example-port-training/voices.json", '"evidence": "editor"'),
    "note": (f"articles/{SEED_SLUG}/index.html", "What the note adds to these words"),
    "figure": ("articles/example-port-training/figures/index.html", "What the amount pays for"),
    "quote": ("critique/index.html", "building future skills"),
    "phrase-link": ("critique/index.html", "Companies call the trainees"),
    "correction": ("corrections/index.html", "The page gave the wrong day for the statement."),
    "timeline": ("timeline/index.html", "What happened, in your own words"),
    "chart": ("summit/index.html", "How many port workers are trained each year?"),
}


class Block(NamedTuple):
    kind: str
    task: str
    how: str
    path: str
    body: str
    answer: str | None


def blocks() -> list[Block]:
    text = GUIDE.read_text(encoding="utf-8")
    return [Block(*m.group("kind", "task", "how", "path", "body", "answer")) for m in BLOCK.finditer(text)]


def templates(tasks: set[str]) -> list[Block]:
    return [b for b in blocks() if b.kind == "template" and b.task in tasks]


def apply(project: Path, block: Block) -> None:
    target = project / block.path
    if block.how == "create":
        target.write_text(block.body + "\n", encoding="utf-8")
        return
    text = target.read_text(encoding="utf-8")
    target.write_text(text.rstrip("\n") + "\n\n" + block.body + "\n", encoding="utf-8")


def make_check(project: Path) -> subprocess.CompletedProcess:
    """`make check` on a project copy: the module it runs, from the copy's folder."""
    environment = {k: v for k, v in os.environ.items() if k != "GITHUB_ACTIONS"}
    return subprocess.run(
        [sys.executable, "-m", "explainer.check"],
        cwd=project,
        env={**environment, "PYTHONPATH": str(project / "hooks")},
        capture_output=True,
        text=True,
        timeout=120,
    )


def project_with(tmp_path: Path, tasks: set[str]) -> Path:
    project = copy_project(tmp_path / "project")
    applied = templates(tasks)
    assert applied, tasks
    for block in applied:
        apply(project, block)
    return project


def test_the_guide_has_a_template_for_every_task_and_an_answer_for_every_mistake():
    found = blocks()
    assert {b.task for b in found if b.kind == "template"} == TASKS
    wrong = [b for b in found if b.kind == "wrong"]
    assert len(wrong) >= 7
    assert all(b.answer for b in wrong), [b.task for b in wrong if not b.answer]
    assert set(SHOWN) == TASKS


def test_every_template_passes_make_check_and_a_strict_build(tmp_path):
    project = project_with(tmp_path, TASKS)
    checked = make_check(project)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    out = tmp_path / "site"
    built = run_mkdocs_build(project, out)
    assert built.returncode == 0, built.stderr
    for task, (page, words) in SHOWN.items():
        text = " ".join(BeautifulSoup((out / page).read_text(encoding="utf-8"), "html.parser").get_text().split())
        assert words in text, f"{task}: '{words}' is not on {page}"


def _wrong_cases() -> list:
    return [pytest.param(b, id=b.task) for b in blocks() if b.kind == "wrong"]


@pytest.mark.parametrize("wrong", _wrong_cases())
def test_each_mistake_gets_the_answer_the_guide_shows(tmp_path, wrong):
    project = project_with(tmp_path, TASKS)
    apply(project, wrong)
    checked = make_check(project)
    assert checked.returncode == 1, checked.stdout + checked.stderr
    where, message = re.fullmatch(r"(.*?):\d+:(.*)", wrong.answer, re.S).groups()
    expected = re.escape(where) + r":\d+:" + re.escape(message)
    printed = (checked.stdout + checked.stderr).splitlines()
    assert any(re.fullmatch(expected, line) for line in printed), "\n".join(printed)
