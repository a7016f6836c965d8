"""Editor side: what the hooks cost a build.

The full hooked `mkdocs build --strict` against the same command on the fully
expanded Markdown (`make export`: the same pages as plain files, no hooks),
both in one run and interleaved so machine load hits both alike, nine times
each: the median of nine steadies a ratio of two half-second builds on a shared
machine. Cost is the CPU time of the whole command as an editor runs it; the
machine is shared, so wall-clock time (also shown) carries other work's noise.
Budget: the hooked build costs at most 1.10 times the plain one.

The hooked build is an editor's rebuild: Python's bytecode, the preview images and
each article's analysis (build/analysis-cache/, keyed by the seed's files and the
engine's code) are kept from the round before, as they are on an editor's machine.
A rebuild after a seed edit analyses that article again: the same build with the
analysis cache emptied first is shown beside it (every article analysed, as on a
fresh clone), not budgeted.

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
ANALYSIS_CACHE = Path("build/analysis-cache")


def measure(rounds: int = ROUNDS) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-buildcost-") as tmp:
        project = copy_project(Path(tmp) / "project")
        exported = export_tree(project, Path(tmp) / "export")
        hooked, cold, plain, indexing = [], [], [], []
        for round_ in range(rounds + 1):
            shutil.rmtree(project / ANALYSIS_CACHE, ignore_errors=True)
            cold_cost = mkdocs_build_cost(project, Path(tmp) / "site-hooks")
            hook_cost = mkdocs_build_cost(project, Path(tmp) / "site-hooks")
            plain_cost = mkdocs_build_cost(exported, Path(tmp) / "site-plain")
            index_cpu = indexing_cost(Path(tmp) / "site-plain")
            plain_cost = (plain_cost[0], plain_cost[1] + index_cpu)
            indexing.append(index_cpu)
            if round_:  # the first round writes the .pyc files and warms the disk cache
                hooked.append(hook_cost)
                cold.append(cold_cost)
                plain.append(plain_cost)
        counted = instruction_counts(project, exported, Path(tmp))
    cpu_hooks, cpu_cold, cpu_plain = (statistics.median(c for _, c in runs) for runs in (hooked, cold, plain))
    wall_hooks, wall_cold, wall_plain = (statistics.median(w for w, _ in runs) for runs in (hooked, cold, plain))
    ratio = cpu_hooks / cpu_plain
    print(
        f"  CPU s, hooked: {_list(c for _, c in hooked)}; analysis cache emptied: {_list(c for _, c in cold)}; "
        f"plain: {_list(c for _, c in plain)}",
        flush=True,
    )
    return [
        Row(f"`mkdocs build` with hooks, a rebuild (median of {rounds})", f"{cpu_hooks:.2f} s CPU, {wall_hooks:.2f} s"),
        Row("same, every article analysed (cache emptied)", f"{cpu_cold:.2f} s CPU, {wall_cold:.2f} s"),
        Row("same, `make export` tree, no hooks", f"{cpu_plain:.2f} s CPU, {wall_plain:.2f} s"),
        Row("Pagefind indexing, in both (CPU, median)", f"{statistics.median(indexing):.2f} s"),
        Row("hooks build / plain build (CPU)", f"{ratio:.2f}", f"<= {MAX_RATIO:.2f}", ratio <= MAX_RATIO),
        Row("same, every article analysed (CPU, not budgeted)", f"{cpu_cold / cpu_plain:.2f}"),
        Row("in instructions (no Pagefind; the same in every run): rebuild", counted[0]),
        Row("in instructions: every article analysed", counted[1]),
    ]


def instruction_counts(project: Path, exported: Path, tmp: Path) -> tuple[str, str]:
    """The builds' instructions under valgrind's callgrind (Pagefind, a child process,
    runs natively and is left out): a ratio that other work on the machine cannot move,
    to tell a real change of a few per cent from noise. The hooked build as a rebuild,
    then with the analysis cache emptied, each against the plain build."""
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return ("not measured: install Debian's valgrind",) * 2
    counts = []
    runs = ((project, tmp / "site-hooks-vg"), (exported, tmp / "site-plain-vg"), (project, tmp / "site-cold-vg"))
    for index, (tree, site) in enumerate(runs):
        if index == 2:
            shutil.rmtree(project / ANALYSIS_CACHE, ignore_errors=True)
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
            return (f"not measured: valgrind run failed in {tree.name}",) * 2
        counts.append(int(found.group(1)))
    hooks, plain, cold = counts
    return tuple(f"{count / 1e9:.3f} / {plain / 1e9:.3f} billion = {count / plain:.3f}" for count in (hooks, cold))


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
