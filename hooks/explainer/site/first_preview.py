"""The live preview's first build when the input has problems: the site without the files that have them.

Later builds with problems keep the last good site; the first has none, and a preview
that stops would leave the editor with nothing to open. So the site is built from a
copy of ``seeds/`` and ``data/`` that leaves out each file with an error (a whole seed
when its text or metadata is bad, else only its notes or figure explanations), and
without quotes on editorial pages when a page has one; a build that finds more is
retried without those too. Used only under ``mkdocs serve``; a build still fails.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from explainer.errors import InputError
from explainer.site.build import Site, build_site

ATTEMPTS = 5  # each attempt leaves out at least one more file, so a few always settle it
_OWN_FILES = (".notes.md", ".figures.yml")  # an article without these still builds


def _relative(problem: InputError, *roots: Path) -> str:
    """The problem's file relative to the first root that holds it, as ``seeds/x.yml``."""
    path = Path(problem.path).resolve()
    for root in roots:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return problem.path


def left_out(names: set[str], seeds: list[str]) -> set[str]:
    """The input files to leave out for problems in ``names``: a seed's text or metadata
    takes all of that seed's files with it, since its pages cannot be made without them."""
    out = set(names)
    for name in names:
        if name.startswith("seeds/") and not name.endswith(_OWN_FILES):
            slug = name.removeprefix("seeds/").split(".")[0]
            out |= {seed for seed in seeds if seed.removeprefix("seeds/").split(".")[0] == slug}
    return out


def _copy(root: Path, into: Path, leave_out: set[str]) -> None:
    for part in ("seeds", "data"):
        (into / part).mkdir()
        folder = root / part
        for path in sorted(folder.iterdir()) if folder.is_dir() else ():
            if path.is_file() and f"{part}/{path.name}" not in leave_out:
                shutil.copy2(path, into / part / path.name)


def preview_site(
    root: Path, docs_dir: Path, found: list[InputError], credit: str | None = None, publish: str = "resolved"
) -> Site:
    """The site built from the input minus the files with errors in ``found`` (and any
    more such a build reports); an empty site if nothing builds. Generated pages name
    the real files as their edit source, the copy's paths being the project's."""
    root, docs_dir = root.resolve(), docs_dir.resolve()
    seeds = [f"seeds/{p.name}" for p in sorted((root / "seeds").glob("*")) if p.is_file()]
    errors = [problem for problem in found if not problem.warning]
    names = {_relative(problem, root) for problem in errors}
    with tempfile.TemporaryDirectory(prefix="explainer-preview-") as folder:
        for attempt in range(ATTEMPTS):
            into = Path(folder) / str(attempt)
            into.mkdir()
            _copy(root, into, left_out(names, seeds))
            pages_ok = not any(Path(problem.path).resolve().is_relative_to(docs_dir) for problem in errors)
            try:
                return build_site(
                    into / "seeds",
                    repo_root=into,
                    docs_dir=docs_dir if pages_ok else None,
                    credit=credit,
                    publish=publish,
                )
            except InputError as problems:
                more = [p for p in getattr(problems, "found", [problems]) if not p.warning]
                if {_relative(p, into, root) for p in more} <= names:
                    break
                errors += more
                names |= {_relative(p, into, root) for p in more}
    return Site(bundles=[])
