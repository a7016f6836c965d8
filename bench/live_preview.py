"""Editor side: how long `mkdocs serve` takes to show an edit, and whether hooks/ edits land.

In a project copy under `mkdocs serve` (as `make serve` runs it), an editor's
note in seeds/<slug>.notes.md is changed and the annotated article polled until
the change is served: the time from saving to the rebuilt page. Budget: under
one second (median of ROUNDS edits). Then an edit to the engine (hooks/) must
show up too, without restarting the server.
"""

from __future__ import annotations

import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from mkdocs_serve import PROBE_PAGE, edit_engine, mkdocs_serve, wait_for_text  # tests/ helper, on the path via project
from project import copy_project
from table import Row

SEED = "cambodian-workers-japan"
ROUNDS = 3
MAX_SECONDS = 1.0
FIRST_NOTE_BODY = re.compile(r"^## .*\n(?:(?:prefix|suffix):.*\n)*\n", re.M)


def edit_note(notes: Path, marker: str, original: str) -> None:
    """The first note's body, starting with a new sentence holding ``marker``."""
    match = FIRST_NOTE_BODY.search(original)
    if not match:
        raise RuntimeError(f"{notes}: no note to edit")
    edited = original[: match.end()] + f"Preview check {marker}. " + original[match.end() :]
    notes.write_text(edited, encoding="utf-8")


def measure(rounds: int = ROUNDS) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="7-preview-") as tmp:
        project = copy_project(Path(tmp) / "project")
        notes = project / "seeds" / f"{SEED}.notes.md"
        original = notes.read_text(encoding="utf-8")
        with mkdocs_serve(project) as base:
            page = f"{base}articles/{SEED}/"
            times = []
            for round_ in range(rounds):
                # letters and digits only: a note's hyphens reach the HTML as &#45; (escaped seed text)
                marker = f"preview{round_}x{time.time_ns()}"
                time.sleep(1.5)  # let the server settle after the previous rebuild
                start = time.perf_counter()
                edit_note(notes, marker, original)
                wait_for_text(page, marker, timeout=120)
                times.append(time.perf_counter() - start)
            edit_engine(project, "engine-edit-served")
            try:
                wait_for_text(base + PROBE_PAGE, "engine-edit-served", timeout=120)
                engine_edit_served = True
            except TimeoutError:
                engine_edit_served = False
    median = statistics.median(times)
    print(
        f"  notes edit to served page: {' '.join(f'{t:.2f}' for t in times)} s; "
        f"hooks edit served without restart: {engine_edit_served}",
        flush=True,
    )
    return [
        Row(
            f"live preview: notes edit -> page (median of {rounds})",
            f"{median:.2f} s (runs {' '.join(f'{t:.2f}' for t in times)})",
            f"< {MAX_SECONDS:.2f} s",
            median < MAX_SECONDS,
        ),
        Row(
            "live preview: hooks/ edit served without restart",
            "yes" if engine_edit_served else "no",
            "yes",
            engine_edit_served,
        ),
    ]


if __name__ == "__main__":
    from table import all_pass, render

    table_rows = measure()
    print(render(table_rows))
    sys.exit(0 if all_pass(table_rows) else 1)
