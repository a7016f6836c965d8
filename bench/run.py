"""`make bench`: every benchmark in one run, one table, non-zero exit if a budget fails.

Parts, in order (BENCH_ONLY=lighthouse,build,scale,preview runs a subset):
  lighthouse  reader side: Lighthouse on every page of the real site, served with gzip
  slowphone   reader side on a slow phone (400 kbps, 400 ms, CPU x4): first text, a tapped
              note open, first-view bytes of the annotated article (bench/slowphone.py)
  build       editor side: hooked build against the `make export` tree, no hooks
  scale       1, 10, 100, 500 (and 2000 with BENCH_SCALE_MAX=2000) articles: full build
              CPU per article and peak memory, engine per article, search index, nav
  preview     `mkdocs serve`: notes edit to served page; hooks/ edit without restart
  search      1, 100, 500 (and with BENCH_SEARCH_2000=1, 2,000) articles: Pagefind beside
              Material's search, CPU throttled 4x (bench/search.py)
  hostile     the worst input of each kind at its size limit: built or refused in under
              10 s (bench/hostile.py)
The table is also written to build/bench.txt.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import build_cost
import hostile
import lighthouse_pages
import live_preview
import scale
import search
import slowphone
from project import ENV, ROOT
from table import Row, all_pass, render

PARTS = ("lighthouse", "slowphone", "build", "scale", "preview", "search", "hostile")


def on_built_site(measure: Callable[[Path], list[Row]]) -> Callable[[], list[Row]]:
    """A part that measures the real site, built afresh into a temporary folder."""

    def rows() -> list[Row]:
        with tempfile.TemporaryDirectory(prefix="7-site-") as site:
            subprocess.run(
                [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", site],
                cwd=ROOT,
                env=ENV,
                check=True,
            )
            return measure(Path(site))

    return rows


RUNNERS = {
    "lighthouse": on_built_site(lighthouse_pages.measure),
    "slowphone": on_built_site(slowphone.measure),
    "build": build_cost.measure,
    "scale": scale.measure,
    "preview": live_preview.measure,
    "search": search.measure,
    "hostile": hostile.measure,
}


def main() -> int:
    wanted = [p for p in os.environ.get("BENCH_ONLY", ",".join(PARTS)).split(",") if p]
    unknown = set(wanted) - set(PARTS)
    if unknown:
        print(f"BENCH_ONLY: unknown part(s) {', '.join(sorted(unknown))}; known: {', '.join(PARTS)}")
        return 2
    rows: list[Row] = []
    for part in wanted:
        started = time.perf_counter()
        print(f"== {part}", flush=True)
        try:
            rows += RUNNERS[part]()
        except (RuntimeError, subprocess.CalledProcessError) as error:
            print(f"bench part {part!r} could not run: {error}", file=sys.stderr)
            return 1
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    table = render(rows)
    print("\n" + table)
    out = ROOT / "build" / "bench.txt"
    out.parent.mkdir(exist_ok=True)
    out.write_text(table + "\n", encoding="utf-8")
    ok = all_pass(rows)
    print(
        f"\n{'all budgets met' if ok else 'BUDGET FAILED'} ({sum(r.ok is True for r in rows)} pass, "
        f"{sum(r.ok is False for r in rows)} fail)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
