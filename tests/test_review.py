"""`make review BASE=<ref>` on a scratch git repository with scripted base and head commits."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from conftest import copy_project
from explainer.site import build_site


def git(project, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.fixture
def scratch(tmp_path):
    """A git repository: base commit = the project; head = a scripted editorial change."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
    words = " ".join(paragraphs[-1].split()[:4])
    notes = seed.with_name(f"{seed.stem}.notes.md")
    notes.write_text(
        (notes.read_text(encoding="utf-8") if notes.exists() else "")
        + f'\n## "{words}"\n\nA new note [source](https://example.org).\n',
        encoding="utf-8",
    )
    quote_words = " ".join(paragraphs[1].split()[:6])
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + f'\n::: source "{quote_words}" {seed.stem}\n', encoding="utf-8")
    figures = seed.with_name(f"{seed.stem}.figures.yml")
    key = build_site(project / "seeds", repo_root=project).bundles[0].figures.figures[-1].key
    figures.write_text(f'"{key}": "Explained [source](https://example.org)."\n', encoding="utf-8")
    git(project, "add", "-A")
    paragraphs[-1] = paragraphs[-1].rstrip() + " An added sentence."
    seed.write_text("\n\n".join(paragraphs), encoding="utf-8")
    git(project, "commit", "-q", "-am", "head")
    return project, seed.stem, words, len(paragraphs), key


def run_review(project, base: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "explainer.review", "--base", base, "--preview", "https://example.org/pr-1/"],
        cwd=project,
        env={"PYTHONPATH": str(project / "hooks"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )


def section(report: str, title: str) -> str:
    return re.search(rf"### {title}\n\n(.*?)(?:\n### |\Z)", report, re.S).group(1)


def test_review_reports_notes_quotes_pages_and_seed_edits(scratch):
    project, slug, words, last, key = scratch
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert f'- added: ¶{last} "{words}" ({slug})' in section(report, "Notes")
    assert f"- added on `about.md`: ¶2 ({slug})" in section(report, "Quotes on editorial pages")
    pages = section(report, "Pages")
    assert "- changed: [about.md](https://example.org/pr-1/about/)" in pages
    assert f"- changed: [articles/{slug}/index.md](https://example.org/pr-1/articles/{slug}/)" in pages
    edits = section(report, "Seed text edits")
    assert "+" in edits and "An added sentence." in edits
    assert section(report, "Speaker labels").strip() == "None."
    assert f"`{key}` ({slug})" in section(report, "Figures and explanations")


def test_review_of_no_change_says_none_everywhere(scratch):
    project = scratch[0]
    report = run_review(project, "HEAD").stdout
    assert report.count("None.") == 6


def test_review_with_an_unknown_ref_is_one_line(scratch):
    result = run_review(scratch[0], "no-such-ref")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("review failed:") and "no-such-ref" in result.stderr
