"""Throwaway project copies and timed builds, shared by the editor-side benchmarks."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import NamedTuple

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests"))

from conftest import copy_project  # noqa: E402,F401  (the tests' own project copy)

# As on an editor's machine: compiled modules are cached (this sandbox may turn that off).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_MKDOCS_2_WARNING": "1"}


class BuildUsage(NamedTuple):
    """What one `mkdocs build --strict` process used, from its own resource usage."""

    wall: float  # seconds
    cpu: float  # user + system seconds of the build process (and the Pagefind it runs)
    peak_bytes: int  # the most memory the build held at once: its processes' resident sets, summed


def _tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and every process under it (Linux /proc), 0 once gone."""
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            for task in Path(f"/proc/{pid}/task").iterdir():
                stack += [int(child) for child in (task / "children").read_text().split()]
        except (OSError, ValueError, IndexError):
            continue  # the process ended between two reads
    return total


PAGE = os.sysconf("SC_PAGE_SIZE")


class _TreePeak(threading.Thread):
    """Samples the summed memory of a process tree: the build and the Pagefind run it
    waits for hold memory at the same time, and ru_maxrss reports only the larger."""

    def __init__(self, pid: int, every: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.every, self.peak = pid, every, 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.every):
            self.peak = max(self.peak, _tree_rss(self.pid))


def mkdocs_build_usage(project: Path, site_dir: Path, timeout: float = 3600) -> BuildUsage:
    """The whole `mkdocs build --strict` command in ``project``, as an editor runs it
    (interpreter start and imports included), measured on that process alone (wait4)."""
    with tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site_dir)],
            cwd=project,
            env=ENV,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
        watchdog = threading.Timer(timeout, child.kill)
        watchdog.start()
        sampler = _TreePeak(child.pid)
        sampler.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)
        finally:
            watchdog.cancel()
            sampler.done.set()
            sampler.join()
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            stderr.seek(0)
            raise RuntimeError(f"build of {project} failed:\n{stderr.read().decode(errors='replace')[-3000:]}")
    # Linux reports ru_maxrss in KiB: the largest single process, a floor for a short peak the samples missed
    return BuildUsage(wall, usage.ru_utime + usage.ru_stime, max(sampler.peak, usage.ru_maxrss * 1024))


def mkdocs_build_cost(project: Path, site_dir: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the whole `mkdocs build --strict` command in ``project``."""
    usage = mkdocs_build_usage(project, site_dir)
    return usage.wall, usage.cpu


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
