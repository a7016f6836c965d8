"""Reader side: Lighthouse (mobile, simulated throttling) on every page, served with gzip.

Prints each page's four category scores and its first-view transfer, and
returns table rows against the budgets: 100 in every category, at most
80 KiB transferred, no web font. Each page is measured RUNS times and the
median run (by performance score) is kept, as Lighthouse's docs advise,
because the machine's CPU is shared and simulated timings inherit its noise.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from gzip_server import serve
from table import Row

BENCH = Path(__file__).resolve().parent
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --disable-quic --no-first-run"
)
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
MAX_BYTES = 80 * 1024
RUNS = int(os.environ.get("BENCH_LIGHTHOUSE_RUNS", "3"))
FONT_SUFFIXES = (".woff", ".woff2", ".ttf", ".otf", ".eot")


def page_urls(site_dir: Path) -> list[str]:
    """Every page of the built site as a URL path; 404.html is not a page a reader asks for."""
    pages = (p.relative_to(site_dir).as_posix() for p in site_dir.rglob("index.html"))
    return sorted("/" + path.removesuffix("index.html") for path in pages)


def run_lighthouse(url: str, out: Path) -> dict:
    """One Lighthouse run with its defaults (mobile, simulated throttling)."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={out}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    env = {**os.environ, "CHROME_PATH": CHROME_PATH}
    subprocess.run(command, check=True, env=env, timeout=180, capture_output=True)
    return json.loads(out.read_text(encoding="utf-8"))


def summarise(report: dict) -> dict:
    """Scores (0-100), bytes transferred and web fonts fetched, from one report."""
    audits = report["audits"]
    requests = audits["network-requests"]["details"]["items"]
    fonts = [r["url"] for r in requests if r.get("resourceType") == "Font" or r["url"].lower().endswith(FONT_SUFFIXES)]
    scores = {name: round(100 * (report["categories"][name]["score"] or 0)) for name in CATEGORIES}
    failing = sorted(
        key
        for key, audit in audits.items()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
    )
    return {
        "scores": scores,
        "bytes": int(audits["total-byte-weight"]["numericValue"]),
        "fonts": fonts,
        "failing": failing,
    }


def measure_page(url: str, workdir: Path) -> dict:
    """The median of RUNS Lighthouse runs, by performance score."""
    runs = [summarise(run_lighthouse(url, workdir / f"run{i}.json")) for i in range(RUNS)]
    median = statistics.median_low(r["scores"]["performance"] for r in runs)
    chosen = next(r for r in runs if r["scores"]["performance"] == median)
    return {**chosen, "all_performance": [r["scores"]["performance"] for r in runs]}


def rows_for(path: str, result: dict) -> list[Row]:
    scores = result["scores"]
    ok_scores = all(value == 100 for value in scores.values())
    runs = "/".join(map(str, result["all_performance"]))
    return [
        Row(
            f"lighthouse {path} perf/a11y/bp/seo",
            " ".join(str(scores[c]) for c in CATEGORIES) + f" (perf runs {runs})",
            "100 each",
            ok_scores,
        ),
        Row(f"first view {path}", f"{result['bytes'] / 1024:.1f} KiB", "<= 80 KiB", result["bytes"] <= MAX_BYTES),
    ]


def measure(site_dir: Path) -> list[Row]:
    """Rows for every page of an already built site."""
    rows, fonts = [], []
    with serve(site_dir) as base, tempfile.TemporaryDirectory(prefix="7-lighthouse-") as tmp:
        for path in page_urls(site_dir):
            result = measure_page(base.rstrip("/") + path, Path(tmp))
            scores = " ".join(f"{c}={result['scores'][c]}" for c in CATEGORIES)
            print(
                f"  {path}: {scores} bytes={result['bytes']} fonts={len(result['fonts'])}"
                + (f" below 1: {', '.join(result['failing'])}" if result["failing"] else ""),
                flush=True,
            )
            rows += rows_for(path, result)
            fonts += result["fonts"]
    rows.append(Row("web fonts downloaded (all pages)", str(len(fonts)), "0", not fonts))
    return rows


if __name__ == "__main__":
    from table import all_pass, render

    table_rows = measure(Path(sys.argv[1]).resolve())
    print(render(table_rows))
    sys.exit(0 if all_pass(table_rows) else 1)
