"""Throwaway project copies and timed builds, shared by the editor-side benchmarks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_project  # noqa: E402,F401  (the tests' own project copy)

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def timed_build(project: Path, site_dir: Path) -> float:
    """Seconds for one strict build of ``project``, in a fresh process (bench/timed_build.py)."""
    result = subprocess.run(
        [sys.executable, str(BENCH / "timed_build.py"), str(site_dir)],
        cwd=project, env=ENV, capture_output=True, text=True, timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"build of {project} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])["seconds"]


def export_tree(project: Path, out: Path) -> Path:
    """The project's fully expanded source, written by the engine's export step (`make export`)."""
    result = subprocess.run(
        [sys.executable, "-m", "explainer.export", "--out", str(out)],
        cwd=project, env={**ENV, "PYTHONPATH": str(project / "hooks")},
        capture_output=True, text=True, timeout=1800,
    )
    if result.returncode != 0:
        raise RuntimeError(f"export of {project} failed:\n{result.stderr[-3000:]}")
    return out
