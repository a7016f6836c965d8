"""Search at 1, 100 and 500 articles (2,000 with BENCH_SEARCH_2000=1): Pagefind beside
Material's search on the same corpus, in the same run.

For each size the corpus (bench/corpus.py) is built twice: as the project builds it
(Pagefind, indexed in the build), and with Material's search plugin and the
project's previous search partials (git show SEARCH_BEFORE). Both sites are served
on 127.0.0.1 (uncompressed, every byte counted by the server) and searched in
Debian's Chromium like a reader: tap the search box, type a phrase from the
article at 100 ms a key, until the first result shows.

The CPU is throttled 4x for the whole browser, workers included (both engines
search in a Web Worker, which DevTools' CPU throttling does not reach): Chromium
runs pinned to one core (taskset) in a cpu cgroup with a quota of a quarter of
that core. Without a writable cgroup it falls back to DevTools' 4x throttling of
the main thread only, and the rows say so.

Measured per query: first result after the last keystroke, bytes downloaded from
the tap to the results, renderer memory (resident, all renderer processes) added
by the search. Indexing cost: Pagefind's CPU seconds on the built site, run as the
hook runs it (hooks/explainer/site/search_index.py).
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from build_cost import indexing_cost
from corpus import make_corpus
from project import ROOT, copy_project, mkdocs_build_usage
from table import Row

SIZES = (1, 100, 500, 2000) if os.environ.get("BENCH_SEARCH_2000") else (1, 100, 500)
if os.environ.get("BENCH_SEARCH_SIZES"):  # e.g. BENCH_SEARCH_SIZES=1,100 for a quick look
    SIZES = tuple(int(size) for size in os.environ["BENCH_SEARCH_SIZES"].split(","))
# BENCH_SEARCH_ENGINES=pagefind skips Material's search (a quick look at Pagefind alone)
ENGINES = tuple(os.environ.get("BENCH_SEARCH_ENGINES", "pagefind,material").split(","))
QUERY = "skills of returnees"
KEY_DELAY_MS = 100
THROTTLE = 4
MAX_FIRST_RESULT = 1.0  # seconds after the last keystroke, at 2,000 articles
MAX_BYTES = 500_000  # per query, at 2,000 articles
# The commit whose search was Material's plugin, for the comparison build.
SEARCH_BEFORE = "96569f9"
CGROUP = Path("/sys/fs/cgroup/cpu")


class _Counting(http.server.SimpleHTTPRequestHandler):
    sent = [0]

    def log_message(self, *args):
        pass

    def copyfile(self, source, outputfile):
        data = source.read()
        type(self).sent[0] += len(data)
        outputfile.write(data)


@contextmanager
def serve(directory: Path):
    counter = [0]
    handler_class = type("Counting", (_Counting,), {"sent": counter})
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", counter
    finally:
        server.shutdown()
        server.server_close()


def material_variant(project: Path) -> None:
    """The same project with Material's search plugin and the partials it had before."""
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8").replace("plugins: []", "plugins:\n  - search")
    config.write_text(text.replace("    - navigation.footer\n", "    - navigation.footer\n    - search.highlight\n"))
    (project / "overrides/partials/header.html").unlink()
    for partial in ("overrides/partials/search.html", "overrides/partials/javascripts/search-on-demand.html"):
        old = subprocess.run(["git", "show", f"{SEARCH_BEFORE}:{partial}"], cwd=ROOT, capture_output=True, check=True)
        (project / partial).write_bytes(old.stdout)


@contextmanager
def throttled_chromium(workdir: Path):
    """An executable that starts Debian's Chromium on one core at 1/THROTTLE of it."""
    group = CGROUP / f"explainer-bench-{os.getpid()}"
    try:
        group.mkdir()
        (group / "cpu.cfs_period_us").write_text("100000")
        (group / "cpu.cfs_quota_us").write_text(str(100000 // THROTTLE))
    except OSError:
        group = None  # type: ignore[assignment]
    wrapper = workdir / "chromium-throttled"
    enter = f"echo $$ > {group / 'cgroup.procs'}\n" if group else ""
    wrapper.write_text(f'#!/bin/sh\n{enter}exec taskset -c 0 /usr/bin/chromium "$@"\n')
    wrapper.chmod(0o755)
    try:
        yield wrapper, group
    finally:
        if group is not None:
            for pid in (group / "cgroup.procs").read_text().split():
                (CGROUP / "cgroup.procs").write_text(pid)
            group.rmdir()


def renderer_rss(group) -> int:
    """Resident bytes of Chromium's renderer processes (the page and its workers)."""
    pids = (group / "cgroup.procs").read_text().split() if group else []
    total = 0
    for pid in pids:
        try:
            if b"--type=renderer" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                continue
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def one_query(playwright, executable: Path, group, base: str, counter: list[int]) -> dict:
    from browser import CHROMIUM_ARGS

    browser = playwright.chromium.launch(executable_path=str(executable), args=CHROMIUM_ARGS, headless=True)
    try:
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        if group is None:
            page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": THROTTLE})
        page.goto(base, wait_until="networkidle")
        page.wait_for_timeout(500)
        memory_before, sent_before = renderer_rss(group), counter[0]
        tap = time.perf_counter()
        page.locator(".md-search__input").click()
        page.keyboard.type(QUERY, delay=KEY_DELAY_MS)
        last_key = time.perf_counter()
        page.locator(".md-search-result__item").first.wait_for(timeout=180_000)
        shown = time.perf_counter()
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        return {
            "after_key": shown - last_key,
            "from_tap": shown - tap,
            "bytes": counter[0] - sent_before,
            "memory": renderer_rss(group) - memory_before,
        }
    finally:
        browser.close()


def measure_size(articles: int, workdir: Path, playwright, executable, group) -> dict:
    result: dict = {"articles": articles}
    for engine in ENGINES:
        project = copy_project(workdir / f"{engine}-{articles}")
        make_corpus(project, articles)
        if engine == "material":
            material_variant(project)
        site = workdir / f"site-{engine}-{articles}"
        result[f"{engine}_build"] = mkdocs_build_usage(project, site).wall
        if engine == "pagefind":
            result["index_cpu"] = indexing_cost(site)
        with serve(site) as (base, counter):
            result[engine] = one_query(playwright, executable, group, base, counter)
        q = result[engine]
        print(
            f"  {articles} articles, {engine}: first result {q['after_key']:.2f} s after the last key "
            f"({q['from_tap']:.2f} s from the tap), {q['bytes'] / 1024:.0f} KiB, "
            f"renderer memory +{q['memory'] / 2**20:.0f} MiB, build {result[f'{engine}_build']:.1f} s",
            flush=True,
        )
    return result


def rows_for(results: list[dict], throttle: str) -> list[Row]:
    rows = []
    for r in results:
        n, pf = r["articles"], r["pagefind"]
        mat = r.get("material") or {"after_key": float("nan"), "bytes": float("nan"), "memory": float("nan")}
        budgeted = n >= 2000
        rows += [
            Row(
                f"{n} articles: Pagefind first result after last key ({throttle})",
                f"{pf['after_key']:.2f} s (Material {mat['after_key']:.2f} s)",
                f"<= {MAX_FIRST_RESULT:.1f} s" if budgeted else "",
                pf["after_key"] <= MAX_FIRST_RESULT if budgeted else None,
            ),
            Row(
                f"{n} articles: Pagefind bytes per query",
                f"{pf['bytes'] / 1000:.0f} KB (Material {mat['bytes'] / 1000:.0f} KB)",
                f"<= {MAX_BYTES // 1000} KB" if budgeted else "",
                pf["bytes"] <= MAX_BYTES if budgeted else None,
            ),
            Row(
                f"{n} articles: renderer memory added by search",
                f"{pf['memory'] / 2**20:.0f} MiB (Material {mat['memory'] / 2**20:.0f} MiB)",
            ),
            Row(f"{n} articles: Pagefind indexing (CPU)", f"{r['index_cpu']:.2f} s"),
        ]
    return rows


def measure() -> list[Row]:
    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory(prefix="18-search-") as tmp, sync_playwright() as playwright:
        with throttled_chromium(Path(tmp)) as (executable, group):
            throttle = "whole browser 4x" if group else "main thread 4x only"
            for articles in SIZES:
                results.append(measure_size(articles, Path(tmp), playwright, executable, group))
    return rows_for(results, throttle)


if __name__ == "__main__":
    from table import render

    print(render(measure()))
