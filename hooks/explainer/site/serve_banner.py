"""Under ``mkdocs serve``: the input's problems on the terminal and, with MkDocs' own
warnings of the build, in the banner on every page (``pages/problem_banner.py``)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from explainer.errors import InputError, Problems
from explainer.pages import problem_banner


def print_problems(problems: Problems) -> None:
    """The problems on the terminal, kept off MkDocs' logger so that --strict does not
    abort the preview (the banner shows them on every page)."""
    for problem in problems.found:
        level = "CHECK" if problem.to_check else "WARNING" if problem.warning else "ERROR"
        print(f"{level:<8}-  {problem}", file=sys.stderr, flush=True)


class MkDocsWarnings(logging.Handler):
    """MkDocs' own warnings of this build (a broken link in docs/), kept for the banner;
    the hook's own records (``own_logger`` and below) are in it already."""

    def __init__(self, docs_dir: Path, shown_as: str, own_logger: str) -> None:
        super().__init__(logging.WARNING)
        self.docs_dir, self.shown_as, self.own_logger = docs_dir, shown_as, own_logger
        self.found: list[InputError] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(self.own_logger):
            self.found.append(problem_banner.mkdocs_warning(record.getMessage(), self.docs_dir, self.shown_as))


def watch_mkdocs_warnings(
    docs_dir: Path, root: Path, own_logger: str, previous: MkDocsWarnings | None, strict_counter: type
) -> MkDocsWarnings:
    """Collect MkDocs' warnings for the banner instead of letting ``--strict`` abort the
    build at its end (its ``strict_counter`` handlers see none): an aborted rebuild
    reloads no tab, and a first one stops the server. ``make build`` and CI are not
    serving: there they still fail the build."""
    logger = logging.getLogger("mkdocs")
    if previous in logger.handlers:
        logger.removeHandler(previous)
    shown_as = Path(os.path.relpath(docs_dir, root)).as_posix()
    watcher = MkDocsWarnings(docs_dir, shown_as, own_logger)
    logger.addHandler(watcher)
    for handler in logger.handlers:
        if isinstance(handler, strict_counter):
            handler.addFilter(lambda record: False)
    return watcher


def banner_written_pages(site_dir: Path, found: list[InputError], shown: str) -> None:
    """Warnings found while pages were written: every page written gets the banner now."""
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "<body" in text:
            page.write_text(problem_banner.insert(text, found, shown), encoding="utf-8")
