"""Editor side, hostile input: the worst input of each kind, at its size limit, builds
or fails with one ``file:line: message`` in under 10 s.

Each input goes in a throwaway project of one article, and `hostile_run.py` runs the
engine on it in a process of its own (analysis, every page, the editorial pages'
directives and data files) and renders the article page with the site's Markdown
extensions, as MkDocs would. The budget is on that process's CPU time, imports included
(the machine is shared: wall-clock time, shown beside it, carries others' work); a run
still going at 60 s is stopped and fails its budget. What each input used to cost is
in the README of this folder.

Run this part alone: BENCH_ONLY=hostile make bench
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from project import ENV, ROOT
from table import Row

sys.path.insert(0, str(ROOT / "hooks"))

from explainer.notes.notes_file import MAX_NOTE_CHARS, MAX_NOTE_MARKERS, MAX_NOTES  # noqa: E402
from explainer.text.article import (  # noqa: E402
    MAX_PARAGRAPH_CHARS,
    MAX_PARAGRAPHS,
    MAX_PUNCTUATION,
    MAX_QUOTE_MARKS,
)
from explainer.text.editor_files import LIMITS  # noqa: E402

BUDGET = 10.0  # seconds, per input
STOP = 60  # seconds: a run this long is stopped
SEED_BYTES = min(LIMITS["seed"], 2_000_000)
META = (
    "title: A hostile input\noutlet: The Example Times\nurl: https://example.org/x\npublished: 2024-05-03\n"
    "people:\n  - name: Jane Roe\n    aliases: [Roe]\n"
)
STORY = "Jane Roe said on May 2 that the plan would help 500 workers.\n"
SOURCE = " ([source](https://example.org/source))"


def _fill(unit: str, size: int, end: str = "\n") -> str:
    return (unit * (size // len(unit)))[: size - len(end)] + end


def _chains(hyphens: int, longest: int, end: str) -> str:
    """Paragraphs of hyphenated capitalised words, each as long as a paragraph may be."""
    per = longest // 5
    return "".join("-".join(["Name"] * per) + end for _ in range(hyphens // per))


def _bomb(levels: int) -> str:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]\n']
    lines += [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(levels)]
    return "".join(lines)


def _note(body: str) -> str:
    return f'## "500 workers"\n\n{body}\n'


def inputs() -> dict[str, dict[str, str]]:
    """Each input by name: the files written over the one-article project."""
    words = (MAX_NOTE_CHARS - 400) // 5  # a note just under its limit once its marks are in
    return {
        "hyphenated chains of names, punctuation limit": {
            "seeds/story.txt": _chains(MAX_PUNCTUATION - 10, MAX_PARAGRAPH_CHARS - 20, ", 45, said it.\n\n")
        },
        "hyphenated chain of names, seed limit": {"seeds/story.txt": _fill("Name-", SEED_BYTES, ", 45, said it.\n")},
        "hyphens, punctuation limit": {"seeds/story.txt": ("-" * 999 + "\n\n") * (MAX_PUNCTUATION // 999)},
        "spaces, seed limit": {"seeds/story.txt": "It began." + " " * (SEED_BYTES - 40) + "It ended, and said so.\n"},
        '" marks, seed limit': {"seeds/story.txt": _fill('"', SEED_BYTES)},
        f"{MAX_QUOTE_MARKS:,} quote marks, the limit": {
            "seeds/story.txt": ('"a"' * (MAX_PARAGRAPH_CHARS // 4) + "\n\n")
            * (MAX_QUOTE_MARKS // (MAX_PARAGRAPH_CHARS // 2))
        },
        f"{MAX_PARAGRAPHS:,} one-line paragraphs with figures, the limit": {
            "seeds/story.txt": "".join(f"Group {i} counted {i + 7} workers.\n\n" for i in range(MAX_PARAGRAPHS))
        },
        "one-line paragraphs, seed limit": {"seeds/story.txt": _fill("Line 1 counts 5 things.\n\n", SEED_BYTES)},
        "note of [ marks, 3 times the note limit": {"seeds/story.notes.md": _note("[" * MAX_NOTE_CHARS * 3)},
        "note of nested *, 2,000 deep": {"seeds/story.notes.md": _note("*" * 2000 + "x" + "*" * 2000 + SOURCE)},
        "note at its limits ([ and * allowed, rest text)": {
            "seeds/story.notes.md": _note(
                "[" * (MAX_NOTE_MARKERS["["] - 1) + "*a " * (MAX_NOTE_MARKERS["*_"] // 2) + "word " * words + SOURCE
            )
        },
        f"{MAX_NOTES} notes, notes file limit": {
            "seeds/story.notes.md": _note("Context for the reader " * (LIMITS["notes"] // MAX_NOTES // 24) + SOURCE)
            * MAX_NOTES
        },
        "YAML alias bomb, 9 levels": {"seeds/story.yml": META + _bomb(8) + "author: *i\n"},
        "YAML lists nested 99,000 deep": {"seeds/story.yml": META + "author: " + "[" * 99_000 + "]" * 99_000 + "\n"},
        "metadata at its limit (comments)": {
            "seeds/story.yml": META + _fill("# a comment line\n", LIMITS["metadata"] - 200)
        },
        "data file of timeline events, data limit": {
            "data/timeline.yml": _fill(
                "- date: 2024-01-02\n  label: An event\n  source: https://example.org\n  source_name: Example\n",
                LIMITS["data"],
                "",
            )
        },
        "page with source directives, page limit": {
            "docs/page.md": "# Page\n\n" + _fill('::: source "500 workers"\n\n', LIMITS["page"] - 20)
        },
    }


def _write(root: Path, files: dict[str, str]) -> None:
    for path, content in ({"seeds/story.txt": STORY, "seeds/story.yml": META} | files).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_one(files: dict[str, str]) -> tuple[float, float, str]:
    """CPU and wall seconds, and the outcome ("built ..." or the first problem line), of one input."""
    with tempfile.TemporaryDirectory(prefix="7-hostile-") as tmp:
        root = Path(tmp)
        _write(root, files)
        started = time.perf_counter()
        cpu_before = _children_cpu()
        try:
            done = subprocess.run(
                [sys.executable, str(Path(__file__).with_name("hostile_run.py")), str(root)],
                capture_output=True,
                text=True,
                timeout=STOP,
                env=ENV,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return float(STOP), float(STOP), f"stopped after {STOP} s"
        wall, cpu = time.perf_counter() - started, _children_cpu() - cpu_before
        if done.returncode != 0:
            return cpu, wall, f"crashed: {(done.stderr.strip().splitlines() or ['?'])[-1][:100]}"
        return cpu, wall, json.loads(done.stdout)["outcome"]


def measure() -> list[Row]:
    rows = []
    for name, files in inputs().items():
        size = sum(len(content.encode()) for content in files.values())
        cpu, wall, outcome = run_one(files)
        one_line = "\n" not in outcome and not outcome.startswith(("crashed", "stopped"))
        print(f"   {name}: {cpu:.1f} s CPU ({wall:.1f} s wall), {outcome[:140]}", flush=True)
        rows.append(
            Row(
                f"hostile: {name} ({size / 1e6:.2f} MB)",
                f"{cpu:.1f} s CPU ({wall:.1f} s wall), {'built' if outcome.startswith('built') else 'refused'}",
                f"< {BUDGET:.0f} s, built or one file:line",
                cpu < BUDGET and one_line,
            )
        )
    return rows


if __name__ == "__main__":
    from table import render

    print(render(measure()))
