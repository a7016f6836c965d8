"""`make review BASE=<ref>` on a scratch git repository with scripted base and head commits."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import SEED_SLUG, copy_project
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
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
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
    key = build_site(project / "seeds", repo_root=project).bundle(SEED_SLUG).figures.figures[-1].key
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
    assert f"- added: ¶{last} `{words}` (`{slug}`)" in section(report, "Notes")
    assert f"- added on `about.md`: ¶2 (`{slug}`)" in section(report, "Quotes on editorial pages")
    pages = section(report, "Pages")
    assert "- changed: [`about.md`](<https://example.org/pr-1/about/>)\n" in pages
    assert f"- changed: [`articles/{slug}/index.md`](<https://example.org/pr-1/articles/{slug}/>)\n" in pages
    edits = section(report, "Seed text edits")
    assert f"- ¶{last}: added `An added sentence.`" in edits
    assert "no note or quote moved" in edits
    assert section(report, "Speaker labels").strip() == "None."
    assert f"`{key}` (`{slug}`)" in section(report, "Figures and explanations")


def test_review_of_no_change_says_none_everywhere(scratch):
    project = scratch[0]
    report = run_review(project, "HEAD").stdout
    # (the editor's queue is listed whole, not as a change: other articles may have one)
    assert report.split("### Needs a human check")[0].count("None.") == 9


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
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
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
    rewritten = next(line for line in edits.splitlines() if line.startswith(f"  - ¶{count + 1} (was ¶{count}): "))
    was, now = rewritten.split(": ", 1)[1].split(" → ")
    sentence = next(
        s for s in re.split(r"(?<=[.!?”])\s+", seed_paragraphs(project, slug)[-1]) if "Words an editor" in s
    )
    assert now == f"`{' '.join(sentence.split())}`" and lost in was and "…" not in rewritten
    assert f"  - note `{second}`: ¶2 → ¶3 (its paragraph moved)" in edits
    assert f"  - note `{lost}`: ¶{count} → no longer resolves: `phrase" in edits
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
    assert section(result.stdout, "Notes").strip() == f"- removed: ¶{count} `{lost}` (`{slug}`)"
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
    bundle = build_site(project / "seeds", repo_root=project).bundle(SEED_SLUG)
    number, names = next(
        (p.number, ", ".join(f"`{e.name}`" for e in bundle.voices.speakers_of(p.number)))
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
    assert section(result.stdout, "Speaker labels").strip() == f"- ¶{number} (`{bundle.slug}`): {names} → no speaker"
    assert section(result.stdout, "Seed text edits").strip() == "None."


def dump_yaml(path, data) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def data_change(tmp_path):
    """Base: the project. Head: a correction of the seed added, a timeline event relabelled and
    one added, and a chart point's count changed."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    text = (project / "seeds" / f"{SEED_SLUG}.txt").read_text(encoding="utf-8")
    paragraphs = seed_paragraphs(project, SEED_SLUG)
    phrase = unique_words(text, paragraphs[3])  # in ¶4
    correction = {"date": dt.date(2026, 12, 1), "article": SEED_SLUG, "phrase": phrase}
    corrections = project / "data" / "corrections.yml"
    logged = yaml.safe_load(corrections.read_text(encoding="utf-8")) or []  # the project's own stay
    dump_yaml(corrections, [{**correction, "wrong": "A wrong date.", "now": "The date."}, *logged])
    timeline = project / "data" / "timeline.yml"
    events = yaml.safe_load(timeline.read_text(encoding="utf-8"))
    relabelled = {**events[0], "label": "A label an editor rewrote"}
    added = {"date": "2024-02", "label": "An event we made up", "source": "https://example.org/e", "source_name": "X"}
    dump_yaml(timeline, [relabelled, *events[1:], added])
    chart_file = project / "data" / "cambodians-in-japan.yml"
    chart = yaml.safe_load(chart_file.read_text(encoding="utf-8"))
    point = chart["points"][0]
    chart["points"][0] = {**point, "value": point["value"] + 1000, "written": "an edited count"}
    dump_yaml(chart_file, chart)
    git(project, "commit", "-q", "-am", "head")
    return project, 4, phrase, events[0], point


def test_review_lists_corrections_timeline_events_chart_points_and_the_pages_they_change(data_change):
    project, number, phrase, event, point = data_change
    title = yaml.safe_load((project / "seeds" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"))["title"]
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    pages = section(report, "Pages").splitlines()
    preview = "https://example.org/pr-1"
    assert pages == [
        f"- changed: [`articles/{SEED_SLUG}/index.md`](<{preview}/articles/{SEED_SLUG}/>) (correction notices)",
        f"- changed: [`corrections.md`](<{preview}/corrections/>)",
        f"- changed: [`summit.md`](<{preview}/summit/>) (chart `data/cambodians-in-japan.yml`)",
        f"- changed: [`timeline.md`](<{preview}/timeline/>)",
    ], pages
    assert section(report, "Corrections").strip() == (
        f"- added: 2026-12-01 on `{title}` ([`articles/{SEED_SLUG}/index.md`]"
        f"(<{preview}/articles/{SEED_SLUG}/#corrected-2026-12-01>)), ¶{number}: "
        f"phrase `{phrase}`; wrong `A wrong date.`; now `The date.`"
    )
    timeline = section(report, "Timeline events").strip().splitlines()
    assert timeline == [
        "- added: 2024-02: `An event we made up` (source `X` `https://example.org/e`)",
        f"- changed: {event['date']}: label `{event['label']}` → `A label an editor rewrote`",
    ], timeline
    assert section(report, "Chart data").strip() == (
        f"- `data/cambodians-in-japan.yml` point `{point['who']}` ({point['when']}): "
        f"value `{point['value']}` → `{point['value'] + 1000}`; written `{point['written']}` → `an edited count`"
    )
    for unchanged in ("Notes", "Quotes on editorial pages", "Speaker labels", "Figures and explanations"):
        assert section(report, unchanged).strip() == "None.", unchanged
    assert section(report, "Seed text edits").strip() == "None."


def test_review_lists_a_correction_changed_then_removed(data_change):
    project, number, phrase = data_change[:3]
    corrections = project / "data" / "corrections.yml"
    entries = yaml.safe_load(corrections.read_text(encoding="utf-8"))
    on_page = {"date": dt.date(2026, 12, 2), "page": "summit.md", "phrase": "sidelines of the summit"}
    dump_yaml(
        corrections, [{**entries[0], "now": "The right date."}, {**on_page, "wrong": "W.", "now": "N."}, *entries[1:]]
    )
    added, changed = section(run_review(project, "HEAD").stdout, "Corrections").strip().splitlines()
    assert changed.startswith("- changed: 2026-12-01 on `") and f"¶{number}: phrase `{phrase}`" in changed
    assert changed.endswith(": now `The date.` → `The right date.`"), changed
    lines = (project / "docs" / "summit.md").read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("It then says where he said it"))
    assert added == (
        "- added: 2026-12-02 on `Summit context` ([`summit.md`](<https://example.org/pr-1/summit/#corrected-2026-12-02>)), "
        f"the paragraph at line {line}: phrase `sidelines of the summit`; wrong `W.`; now `N.`"
    )
    dump_yaml(corrections, entries[1:])
    report = run_review(project, "HEAD").stdout
    [removed] = section(report, "Corrections").strip().splitlines()
    assert (
        removed.startswith("- removed: 2026-12-01 on `") and f"(`articles/{SEED_SLUG}/index.md`), ¶{number}" in removed
    )
    assert (
        f"[`articles/{SEED_SLUG}/index.md`](<https://example.org/pr-1/articles/{SEED_SLUG}/>) (correction notices)"
        in report
    )


HOSTILE = "@someone @org/team [click me](https://x.example/) ![px](https://x.example/p.png) fixes #1 <b>x</b>"
# a value that also tries to end its code span and start blocks of its own
BREAKOUT = "`` ` ``\n\n# A heading\n\n- a list item @someone\n```\n" + HOSTILE


def github_html(markdown_text: str) -> BeautifulSoup:
    """The review as GitHub would show it: Markdown with @mentions, #issue references,
    repository names and bare addresses turned into links (pymdownx.magiclink, offline)."""
    rendered = markdown.markdown(
        markdown_text,
        extensions=["extra", "pymdownx.magiclink", "pymdownx.tilde"],
        extension_configs={
            "pymdownx.magiclink": {
                "repo_url_shorthand": True,
                "social_url_shorthand": True,
                "provider": "github",
                "user": "owner",
                "repo": "repo",
            }
        },
    )
    return BeautifulSoup(rendered, "html.parser")


def test_the_review_comment_is_inert_whatever_editors_write(tmp_path):
    """A person renamed, a correction, a timeline event, a chart point and a seed sentence
    carrying mentions, links, an image, an issue reference and Markdown blocks: rendered as
    GitHub renders a comment, no link but the preview's, no image, no mention, no new block."""
    project = copy_project(tmp_path / "project")
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "base")
    meta_file = project / "seeds" / f"{SEED_SLUG}.yml"
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    renamed = meta["people"][0]["name"]
    meta["people"][0]["name"] = HOSTILE
    meta.pop("speakers", None)  # its confirmations name the person by the old name
    dump_yaml(meta_file, meta)
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
    paragraphs[-1] = paragraphs[-1].rstrip() + " " + HOSTILE.replace("#", "issue #") + "."
    seed.write_text("\n\n".join(paragraphs), encoding="utf-8")
    phrase = unique_words(seed.read_text(encoding="utf-8"), paragraphs[3])
    correction = {"date": dt.date(2026, 12, 1), "article": SEED_SLUG, "phrase": phrase}
    dump_yaml(project / "data" / "corrections.yml", [{**correction, "wrong": BREAKOUT, "now": HOSTILE}])
    timeline = project / "data" / "timeline.yml"
    events = yaml.safe_load(timeline.read_text(encoding="utf-8"))
    dump_yaml(timeline, [{**events[0], "label": BREAKOUT, "source_name": HOSTILE}, *events[1:]])
    chart_file = project / "data" / "cambodians-in-japan.yml"
    chart = yaml.safe_load(chart_file.read_text(encoding="utf-8"))
    chart["points"][0] = {**chart["points"][0], "who": HOSTILE, "written": BREAKOUT}
    dump_yaml(chart_file, chart)
    git(project, "commit", "-q", "-am", "head")
    result = run_review(project, "HEAD~1")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    # every place the values reach says so (a value reaching no section would prove nothing)
    for title in ("Speaker labels", "Corrections", "Timeline events", "Chart data", "Seed text edits"):
        assert "@someone" in section(report, title), title
    assert renamed in section(report, "Speaker labels")
    soup = github_html(report)
    links = [a["href"] for a in soup.find_all("a")]
    assert links and all(href.startswith("https://example.org/pr-1/") for href in links), links
    assert soup.find("img") is None and soup.find("b") is None
    assert [h.get_text() for h in soup.find_all(["h1", "h2", "h3", "h4"])] == [
        "What this change does for readers",
        *re.findall(r"^### (.+)$", report, re.M),
    ]
    for code in soup.find_all("code"):
        code.decompose()
    outside_code = soup.get_text()
    assert not re.search(r"@\w|#\d|https?:|click me|\]\(", outside_code), outside_code


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
