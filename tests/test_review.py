"""`make review BASE=<ref>` on a scratch git repository with scripted base and head commits."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from conftest import copy_project
from explainer.site import build_site
from explainer.voices.overrides import phrase_for


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


def seed_paragraphs(project, slug: str, ref: str | None = None) -> list[str]:
    text = git(project, "show", f"{ref}:seeds/{slug}.txt") if ref else (project / "seeds" / f"{slug}.txt").read_text()
    return [p for p in text.split("\n\n") if p.strip()]


def unique_words(text: str, paragraph: str, count: int = 6) -> str:
    """The first run of ``count`` words of ``paragraph`` found once in the whole ``text``."""
    words = paragraph.split()
    for start in range(len(words) - count + 1):
        phrase = " ".join(words[start : start + count])
        if " ".join(text.split()).count(phrase) == 1 and '"' not in phrase:
            return phrase
    raise AssertionError(f"no unique run of {count} words in {paragraph[:60]!r}")


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
    assert f"- added: ¶{last} `{words}` ({slug})" in section(report, "Notes")
    assert f"- added on `about.md`: ¶2 ({slug})" in section(report, "Quotes on editorial pages")
    pages = section(report, "Pages")
    assert "- changed: [about.md](https://example.org/pr-1/about/)" in pages
    assert f"- changed: [articles/{slug}/index.md](https://example.org/pr-1/articles/{slug}/)" in pages
    edits = section(report, "Seed text edits")
    last_word = seed_paragraphs(project, slug, "HEAD~1")[-1].split()[-1]
    assert f"- ¶{last}: `{last_word}` → `{last_word} An added sentence.`" in edits
    assert "no note or quote moved" in edits
    assert section(report, "Speaker labels").strip() == "None."
    assert f"`{key}` ({slug})" in section(report, "Figures and explanations")


def test_review_of_no_change_says_none_everywhere(scratch):
    project = scratch[0]
    report = run_review(project, "HEAD").stdout
    # (the editor's queue is listed whole, not as a change: other articles may have one)
    assert report.split("### Needs a human check")[0].count("None.") == 6


def test_review_with_an_unknown_ref_is_one_line(scratch):
    result = run_review(scratch[0], "no-such-ref")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("review failed:") and "no-such-ref" in result.stderr


@pytest.fixture
def moved(tmp_path):
    """Base: the project with a note on ¶2, one on the last paragraph and a quote of ¶3.
    Head: a paragraph inserted at the top, the last paragraph's noted words rewritten and
    that note deleted with them."""
    project = copy_project(tmp_path / "project")
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    text = seed.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    second, lost, quoted = (unique_words(text, paragraphs[i]) for i in (1, -1, 2))
    notes = seed.with_name(f"{seed.stem}.notes.md")
    original_notes = notes.read_text(encoding="utf-8") if notes.exists() else ""
    ours = f'\n## "{second}"\n\nMoved note [source](https://example.org).\n'
    notes.write_text(original_notes + ours + f'\n## "{lost}"\n\nLost note [source](https://example.org).\n')
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + f'\n::: source "{quoted}" {seed.stem}\n', encoding="utf-8")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    notes.write_text(original_notes + ours, encoding="utf-8")
    meta = seed.with_suffix(".yml")
    data = yaml.safe_load(meta.read_text(encoding="utf-8")) if meta.exists() else None
    if data and data.get("speakers"):
        # an editor who rewrites a paragraph's speech takes back its confirmed speaker
        data["speakers"] = [entry for entry in data["speakers"] if entry["says"] not in paragraphs[-1]] or None
        meta.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    paragraphs[-1] = paragraphs[-1].replace(lost, "Words an editor rewrote")
    seed.write_text("\n\n".join(["A paragraph inserted for the review.", *paragraphs]) + "\n", encoding="utf-8")
    git(project, "commit", "-q", "-am", "head")
    return project, seed.stem, second, lost, len(paragraphs)


def test_review_lists_the_notes_and_quotes_a_seed_edit_moved(moved):
    project, slug, second, lost, count = moved
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    edits = section(result.stdout, "Seed text edits")
    assert edits.startswith(f"- `{slug}`:\n  - ¶1 added: `A paragraph inserted for the review.`\n"), edits
    assert f"  - ¶{count + 1} (was ¶{count}): " in edits and "→ `Words an editor rewrote" in edits
    assert f"  - note `{second}`: ¶2 → ¶3 (its paragraph moved)" in edits
    assert f"  - note `{lost}`: ¶{count} → no longer resolves: phrase" in edits
    assert "is not in the article" in edits.split(f"note `{lost}`")[1].splitlines()[0]
    assert "- quote on `about.md` (line " in edits and "): ¶3 → ¶4 (its paragraph moved)" in edits
    # every note and quote of the base moved with its paragraph: each is listed
    git(project, "checkout", "-q", "HEAD~1")
    base = build_site(project / "seeds", repo_root=project, docs_dir=project / "docs").bundle(slug)
    for note in base.notes:
        if note.exact != lost:
            assert f"  - note `{note.exact}`: ¶{note.paragraph} → ¶{note.paragraph + 1} (its paragraph" in edits
    quoted = sum(1 for places in base.quoted_on.values() for place in places if place.quoted)
    assert edits.count("- quote on ") == quoted > 0
    # moving with the text is not a change of notes, quotes or speakers
    assert section(result.stdout, "Notes").strip() == f"- removed: ¶{count} `{lost}` ({slug})"
    assert section(result.stdout, "Quotes on editorial pages").strip() == "None."
    # only the rewritten paragraph may have changed speaker (its words of speech may be gone)
    speakers = section(result.stdout, "Speaker labels").strip().splitlines()
    assert speakers == ["None."] or all(line.startswith(f"- ¶{count + 1} (was ¶{count}) (") for line in speakers)


def test_review_shows_a_changed_speaker_label(tmp_path):
    """Head: an editor's ``speakers:`` entry makes a paragraph that had a speaker narration."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    bundle = build_site(project / "seeds", repo_root=project).bundles[0]
    number, names = next(
        (p.number, ", ".join(e.name for e in bundle.voices.speakers_of(p.number)))
        for p in bundle.article.paragraphs
        if bundle.voices.speakers_of(p.number)
    )
    meta = project / "seeds" / f"{bundle.slug}.yml"
    data = yaml.safe_load(meta.read_text(encoding="utf-8"))
    text = bundle.article.paragraphs[number - 1].text
    kept = [entry for entry in data.get("speakers") or [] if entry["says"] not in text]
    data["speakers"] = [
        *kept,
        {"says": phrase_for(bundle.article, bundle.article.paragraphs[number - 1]), "speaker": "narration"},
    ]
    meta.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    git(project, "commit", "-q", "-am", "head")
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    assert section(result.stdout, "Speaker labels").strip() == f"- ¶{number} ({bundle.slug}): {names} → no speaker"
    assert section(result.stdout, "Seed text edits").strip() == "None."


# the editor's queue -----------------------------------------------------------------

CENTRE = """\
Chea Sophal, the centre's director, said the centre would take 40 more trainees this year.

The centre opened in 2019 with *twelve* teachers and a workshop for welders.

"We cannot promise every trainee a job," he said.

Sophal and Sovann toured the new workshop. "The machines arrive in June," he said.
"""


def test_review_lists_every_paragraph_that_needs_a_human_check_with_the_yaml_to_paste(tmp_path):
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    (project / "seeds" / "training-centre.txt").write_text(CENTRE, encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "head")
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    listed = section(result.stdout, "Needs a human check")
    assert "cambodian-workers-japan" not in listed  # the seed confirms its resolved paragraphs
    lines = [line for line in listed.splitlines() if "training-centre" in line]
    assert len(lines) == 2, listed
    assert lines[0].startswith("- `seeds/training-centre.txt:5`: `¶3: speaker resolved, Chea Sophal from “he” (named")
    assert '- {says: "We cannot promise every trainee a job", confirm: Chea Sophal}' in lines[0]
    assert lines[1].startswith("- `seeds/training-centre.txt:7`: `¶4: speaker unclear")
    assert all(line.endswith("`") for line in lines)  # seed words in a code span, never Markdown
