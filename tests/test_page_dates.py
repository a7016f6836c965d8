"""Published and "last updated" dates: on every page and in its schema.org data,
equal to what git says about the file an editor edits (a seed for a generated page)."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess

from browser import page_paths
from conftest import ROOT, parse_html, run_mkdocs_build
from explainer.site.git_dates import parse_log


def git_dates(path: str) -> tuple[str, str] | None:
    """First and last commit date of one file, asked of git directly: every commit that
    changed it on any branch merged since (``--full-history``), a merge only where its own
    resolution changed the file (``diff-tree --cc``), not only the commits git's simplified
    history keeps when a merge took the other side."""
    if shutil.which("git") is None:
        return None

    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=False)
        return done.stdout if done.returncode == 0 else ""  # no history here: no dates

    dates = []
    for line in git("log", "--full-history", "--format=%H %P|%cI", "--", path).splitlines():
        commits, date = line.split("|")
        commit, *parents = commits.split()
        if len(parents) < 2 or git("diff-tree", "--cc", "--name-only", "--no-commit-id", commit, "--", path).strip():
            dates.append(date)
    return (min(dates), max(dates)) if dates else None


def test_dates_in_page_and_schema_org_agree_with_git(site_dir):
    checked = 0
    for path in [p for p in page_paths(site_dir) if p != "404.html"]:
        soup = parse_html(site_dir / path / "index.html")
        edit = soup.select_one('a[href*="/edit/main/"]')["href"]
        source = edit.split("/edit/main/", 1)[1]
        expected = git_dates(source)
        article = next(
            n
            for n in json.loads(soup.select_one("script[type='application/ld+json']").string)["@graph"]
            if n["@type"] == "Article"
        )
        assert article["author"]["name"] and article["publisher"]["name"], path
        assert article["image"].endswith(".png"), path
        shown = soup.select(".ex-page-dates time")
        if expected is None:  # not committed, or no git: no date rather than a wrong one
            assert not shown and "datePublished" not in article, path
            continue
        assert [t["datetime"] for t in shown] == list(expected), f"{path} ({source})"
        assert (article["datePublished"], article["dateModified"]) == expected, path
        meta = {m["property"]: m["content"] for m in soup.head.select("meta[property^='article:']")}
        if meta:
            assert (meta["article:published_time"], meta["article:modified_time"]) == expected, path
        checked += 1
    assert checked or git_dates("mkdocs.yml") is None, "a git checkout dates its pages"


def test_without_git_history_pages_have_no_dates_and_the_log_says_why(project_copy, tmp_path):
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    inside_git = subprocess.run(["git", "-C", str(project_copy), "rev-parse"], capture_output=True).returncode == 0
    if inside_git:
        return
    assert "no git history here" in result.stderr
    # the page's own dates are gone; dates in its content (a chart's table) stay
    assert not parse_html(tmp_path / "site" / "summit" / "index.html").select(".ex-page-dates time")


def test_log_parsing_keeps_first_and_last_commit():
    log = "\x1e2026-03-01T00:00:00+00:00\n\na.md\nb.md\n\x1e2026-01-01T00:00:00+00:00\n\na.md\n"
    dates = parse_log(log)
    assert dates["a.md"] == ("2026-01-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00")
    assert dates["b.md"] == ("2026-03-01T00:00:00+00:00", "2026-03-01T00:00:00+00:00")


def test_the_home_byline_says_when_the_annotations_last_changed(site_dir):
    """ "Annotated by ... Updated <date>.": the newest commit to what editors write."""
    byline = parse_html(site_dir / "index.html").select_one(".ex-byline")
    assert byline is not None and byline.get_text().startswith("Annotated by")
    tracked = subprocess.run(["git", "-C", str(ROOT), "ls-files", "seeds", "docs"], capture_output=True, text=True)
    dated = [git_dates(path) for path in tracked.stdout.split()] if shutil.which("git") else []
    newest = max((d[1] for d in dated if d), default=None, key=lambda iso: dt.datetime.fromisoformat(iso))
    stamp = byline.select_one("time")
    if newest is None:  # no history: the byline stays as written, with no guessed date
        assert stamp is None
        return
    assert stamp is not None and stamp["datetime"] == newest
    day = dt.datetime.fromisoformat(newest)
    assert byline.get_text().endswith(f"Updated {day.day} {day:%B %Y}.")
