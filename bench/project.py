"""Throwaway project copies and timed builds, shared by the editor-side benchmarks."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_project  # noqa: E402,F401  (the tests' own project copy)

# As on an editor's machine: compiled modules are cached (this sandbox may turn that off).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build_cost(project: Path, site_dir: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the whole `mkdocs build --strict` command in ``project``,
    as an editor runs it (interpreter start and imports included)."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{result.stderr[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def timed_build(project: Path, site_dir: Path) -> float:
    """Seconds of one strict build of ``project`` in a fresh process, without the
    interpreter's start (bench/timed_build.py)."""
    result = subprocess.run(
        [sys.executable, str(BENCH / "timed_build.py"), str(site_dir)],
        cwd=project,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


def export_tree(project: Path, out: Path) -> Path:
    """The project's fully expanded source, written by the engine's export step (`make export`)."""
    result = subprocess.run(
        [sys.executable, "-m", "explainer.export", "--out", str(out)],
        cwd=project,
        env={**ENV, "PYTHONPATH": str(project / "hooks")},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"export of {project} failed:\n{result.stderr[-3000:]}")
    return out
