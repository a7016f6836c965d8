"""When each source file was first and last committed, from one ``git log``.

Pages show a published and a "last updated" date, and schema.org carries
them; both come from git so they change only when content is committed.
A page made from a seed is dated by the seed file an editor edits.
Without git or history (an export, a tarball) there are no dates, and
``History.note`` says why instead of a guess. In a shallow clone the oldest
fetched commit stands in for the first one, and ``note`` says so.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path
from typing import NamedTuple

RECORD = "\x1e"


class Dates(NamedTuple):
    published: str  # ISO 8601 commit date of the first commit touching the file
    modified: str  # ... of the last one

    def shown(self) -> dict[str, str]:
        """The dates as the page shows them: machine-readable and "25 November 2026"."""
        return {
            "published": self.published,
            "modified": self.modified,
            "published_text": _day(self.published),
            "modified_text": _day(self.modified),
        }


def _day(iso: str) -> str:
    day = dt.datetime.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


class History(NamedTuple):
    by_path: dict[str, Dates]  # repo-relative POSIX path -> dates
    note: str | None  # why dates are missing or approximate, for the build log

    def dates(self, path: str) -> Dates | None:
        """A file's dates; a folder's (the "All articles" page is made from seeds/)
        run from its oldest file's first commit to its newest change."""
        if path in self.by_path:
            return self.by_path[path]
        inside = [d for name, d in self.by_path.items() if name.startswith(path.rstrip("/") + "/")]
        if not inside:
            return None
        key = dt.datetime.fromisoformat
        return Dates(min((d.published for d in inside), key=key), max((d.modified for d in inside), key=key))


def _git(root: Path, *args: str) -> str | None:
    git = shutil.which("git")
    if git is None:
        return None
    try:
        done = subprocess.run([git, "-C", str(root), *args], capture_output=True, text=True, timeout=60)
    except OSError:
        return None
    return done.stdout if done.returncode == 0 else None


def parse_log(log: str) -> dict[str, Dates]:
    """``git log --format=<RS>%cI --name-only`` output (newest first) as dates per path."""
    by_path: dict[str, Dates] = {}
    for record in log.split(RECORD)[1:]:
        date, *names = record.strip("\n").split("\n")
        for name in filter(None, names):
            known = by_path.get(name)
            by_path[name] = Dates(date, known.modified if known else date)
    return by_path


def read_history(root: Path) -> History:
    """Dates of every committed file under ``root``'s repository, or none and why."""
    if not any((folder / ".git").exists() for folder in (Path(root).resolve(), *Path(root).resolve().parents)):
        return History({}, "no git history here (or no git): pages show no published or updated date")
    facts = _git(root, "rev-parse", "--show-toplevel", "--is-shallow-repository")
    if facts is None:
        return History({}, "no git history here (or no git): pages show no published or updated date")
    top, _, shallow = facts.strip().partition("\n")
    # --diff-merges=dense-combined: a merge counts for a file only where it changed it against
    # every parent (a resolved conflict), as `git log -- <file>` shows merges
    log = _git(
        root, "log", f"--format={RECORD}%cI", "--name-only", "--no-renames", "--diff-merges=dense-combined", "--", "."
    )
    if log is None:
        return History({}, "git log failed: pages show no published or updated date")
    prefix = Path(root).resolve().relative_to(Path(top.strip()).resolve()).as_posix()
    by_path = parse_log(log)
    if prefix != ".":
        by_path = {name[len(prefix) + 1 :]: d for name, d in by_path.items() if name.startswith(prefix + "/")}
    note = None
    if shallow.strip() == "true":
        note = "shallow clone: published dates are those of the oldest fetched commit (fetch-depth: 0 for real ones)"
    return History(by_path, note)
