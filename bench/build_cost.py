"""Editor side: what the hooks cost a build.

The full hooked ``mkdocs build`` against a build of the same site from the
fully expanded Markdown (``make export``: the same pages as plain files, no
hooks), both in one run and interleaved so machine load hits both alike.
Budget: the hooked build takes at most 1.10 times the plain one.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

from project import ROOT, copy_project, export_tree, timed_build
from table import Row

MAX_RATIO = 1.10
ROUNDS = 5


def measure(rounds: int = ROUNDS) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-buildcost-") as tmp:
        project = copy_project(Path(tmp) / "project")
        exported = export_tree(project, Path(tmp) / "export")
        hooked, plain = [], []
        for round_ in range(rounds + 1):
            hook_seconds = timed_build(project, Path(tmp) / "site-hooks")
            plain_seconds = timed_build(exported, Path(tmp) / "site-plain")
            if round_:  # the first round warms the disk cache and .pyc files
                hooked.append(hook_seconds)
                plain.append(plain_seconds)
    with_hooks, without = statistics.median(hooked), statistics.median(plain)
    ratio = with_hooks / without
    print(f"  hooked builds {_list(hooked)} s; plain builds {_list(plain)} s", flush=True)
    return [
        Row("full build with hooks (median of 5)", f"{with_hooks:.2f} s"),
        Row("build of `make export` tree, no hooks", f"{without:.2f} s"),
        Row("hooks build / plain build", f"{ratio:.2f}", f"<= {MAX_RATIO:.2f}", ratio <= MAX_RATIO),
    ]


def _list(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    from table import all_pass, render

    rows = measure()
    print(render(rows))
    sys.exit(0 if all_pass(rows) else 1)
