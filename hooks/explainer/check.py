"""Every input problem of the project in one run, in a few seconds: ``make check``.

Runs what a build runs before it renders anything (every seed, its metadata,
notes and figure explanations, every directive in ``docs/``, the ``nav:`` of
``mkdocs.yml``) and prints each problem as one ``file:line: message`` line; on
GitHub Actions (``GITHUB_ACTIONS`` set) each is also printed as a workflow
command, so it is shown on the changed line of the pull request. Exits 1 when
there is any problem, warnings included, as ``mkdocs build --strict`` would.
The editor's queue (paragraphs whose speaker the text gives only as "he", or not
at all) is listed too, each with the ``speakers:`` entry to paste, and fails
nothing; the last line counts all three as the build's log does.

Run it with ``hooks/`` on ``PYTHONPATH``: ``python -m explainer.check``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from explainer.errors import Problems, report_lines
from explainer.export import load_config
from explainer.site.build import check_site
from explainer.site.nav import nav_problems


def check(root: str | Path = ".") -> Problems:
    """Every problem found, paths relative to ``root`` (none: an empty Problems)."""
    root = Path(root).resolve()
    config_path = root / "mkdocs.yml"
    problems = Problems()
    with problems.inside():
        config = load_config(config_path)
        docs_dir = root / str(config.get("docs_dir", "docs"))
        with problems.inside():
            site = check_site(root / "seeds", docs_dir)
            problems.found += site.warnings + site.to_check
        problems.found += nav_problems(config_path, config.get("nav"), docs_dir, str(config.get("not_in_nav", "")))
    found = problems.relative_to(root).found
    return Problems(sorted(found, key=lambda p: (p.path, p.line or 0)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.check", description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".", help="project folder holding mkdocs.yml (default: current folder)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    problems = check(args.root)
    for line in report_lines(problems.found, github=bool(os.environ.get("GITHUB_ACTIONS"))):
        print(line)
    seconds = time.perf_counter() - started
    failing = problems.errors or problems.warnings
    print(f"input: {problems.summary}, in {seconds:.2f} s", file=sys.stderr if failing else sys.stdout)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
