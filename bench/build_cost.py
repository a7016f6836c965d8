"""Editor side: what the hooks cost a build.

The full hooked `mkdocs build --strict` against the same command on the fully
expanded Markdown (`make export`: the same pages as plain files, no hooks),
both in one run and interleaved so machine load hits both alike, nine times
each: the median of nine steadies a ratio of two half-second builds on a shared
machine. Cost is the CPU time of the whole command as an editor runs it; the
machine is shared, so wall-clock time (also shown) carries other work's noise.
Budget: the hooked build costs at most 1.10 times the plain one.

Search indexing is counted on both sides, as Material's search plugin was before
Pagefind: the hooked build runs Pagefind in its on_post_build (its CPU is part of
the command's), and the plain build is followed by the same Pagefind run
(the hook's own ``index_site``, so the Pagefind binary alone, as inside the hooked
build), whose CPU is added to it. The indexing's own CPU is shown on its own row.
"""

from __future__ import annotations

import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from project import ENV, ROOT, copy_project, export_tree, mkdocs_build_cost
from table import Row

MAX_RATIO = 1.10
ROUNDS = 9


def measure(rounds: int = ROUNDS) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-buildcost-") as tmp:
        project = copy_project(Path(tmp) / "project")
        exported = export_tree(project, Path(tmp) / "export")
        hooked, plain, indexing = [], [], []
        for round_ in range(rounds + 1):
            hook_cost = mkdocs_build_cost(project, Path(tmp) / "site-hooks")
            plain_cost = mkdocs_build_cost(exported, Path(tmp) / "site-plain")
            index_cpu = indexing_cost(Path(tmp) / "site-plain")
            plain_cost = (plain_cost[0], plain_cost[1] + index_cpu)
            indexing.append(index_cpu)
            if round_:  # the first round writes the .pyc files and warms the disk cache
                hooked.append(hook_cost)
                plain.append(plain_cost)
        counted = instruction_counts(project, exported, Path(tmp))
    cpu_hooks, cpu_plain = (statistics.median(c for _, c in runs) for runs in (hooked, plain))
    wall_hooks, wall_plain = (statistics.median(w for w, _ in runs) for runs in (hooked, plain))
    ratio = cpu_hooks / cpu_plain
    print(f"  CPU s, hooked: {_list(c for _, c in hooked)}; plain: {_list(c for _, c in plain)}", flush=True)
    return [
        Row(f"`mkdocs build` with hooks (median of {rounds})", f"{cpu_hooks:.2f} s CPU, {wall_hooks:.2f} s wall"),
        Row("same, `make export` tree, no hooks", f"{cpu_plain:.2f} s CPU, {wall_plain:.2f} s wall"),
        Row("Pagefind indexing, in both (CPU, median)", f"{statistics.median(indexing):.2f} s"),
        Row("hooks build / plain build (CPU)", f"{ratio:.2f}", f"<= {MAX_RATIO:.2f}", ratio <= MAX_RATIO),
        Row("same, in instructions (no Pagefind; the same in every run)", counted),
    ]


def instruction_counts(project: Path, exported: Path, tmp: Path) -> str:
    """Both builds' instructions under valgrind's callgrind (Pagefind, a child process,
    runs natively and is left out): a ratio that other work on the machine cannot move,
    to tell a real change of a few per cent from noise."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return "not measured: install Debian's valgrind"
    counts = []
    for tree, site in ((project, tmp / "site-hooks-vg"), (exported, tmp / "site-plain-vg")):
        done = subprocess.run(
            [valgrind, "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-m", "mkdocs"]
            + ["build", "--strict", "--quiet", "-d", str(site)],
            cwd=tree,
            env=ENV,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode != 0 or found is None:
            return f"not measured: valgrind run failed in {tree.name}"
        counts.append(int(found.group(1)))
    hooks, plain = counts
    return f"{hooks / 1e9:.2f} / {plain / 1e9:.2f} billion = {hooks / plain:.3f}"


def indexing_cost(site: Path) -> float:
    """CPU seconds of the Pagefind run the hook makes (the binary alone, as inside a build)."""
    sys.path.insert(0, str(ROOT / "hooks"))
    from explainer.site.search_index import index_site

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    index_site(site)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _list(values) -> str:
    return " ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    from table import all_pass, render

    rows = measure()
    print(render(rows))
    sys.exit(0 if all_pass(rows) else 1)
