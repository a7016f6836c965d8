"""Reader side on a slow phone: first text, a note tapped open, first-view bytes.

The built site is served with gzip on 127.0.0.1 (`gzip_server.py`) and Debian's
Chromium, driven by Playwright with the tests' launch flags, emulates a slow phone
through the DevTools protocol: 400 kbps down and up with 400 ms round trip
(`Network.emulateNetworkConditions`), the page's main thread slowed 4x
(`Emulation.setCPUThrottlingRate`), a 412 x 823 touch screen (Lighthouse's phone).
Every view is a fresh browser context: nothing cached, nothing stored.

Three budgets, on the seed's annotated article (bench/README.md defines each number):

- first text: the page's first contentful paint, at most 1.0 s;
- a tapped note open and staying open: the first note marker is tapped from the
  moment the page can be tapped until its note opens and is still open 2 s later;
  the time it was seen open, at most 1.5 s after navigation started;
- first view: the bytes Chromium received (compressed bodies and response
  headers) for every request the page made with no reader input, until the load
  event has fired and no request has been in flight for 2 s, at most 60 KiB.

Each is the median of RUNS views; the same page with no throttling, measured in
the same run, is the baseline of the ratios. The other pages of the site get
first text and first view, reported without a budget.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from gzip_server import serve
from lighthouse_pages import page_urls
from project import ROOT
from table import Row

sys.path.insert(0, str(ROOT / "tests"))
from browser import launch  # noqa: E402  (the tests' Chromium: Debian's, with their flags)

ARTICLE = "/articles/cambodian-workers-japan/"
RUNS = int(os.environ.get("BENCH_SLOWPHONE_RUNS", "5"))
OTHER_RUNS = int(os.environ.get("BENCH_SLOWPHONE_OTHER_RUNS", "3"))
FIRST_TEXT_BUDGET = 1.0  # seconds
NOTE_BUDGET = 1.5  # seconds
BYTES_BUDGET = 60 * 1024
STAYS_OPEN = 2.0  # seconds a note must stay open to count
QUIET = 2.0  # seconds with no request in flight after the load event: the page is idle
GIVE_UP = 30.0  # seconds

# 400 kbps each way and 400 ms round trip, in the protocol's units (bytes per second, ms)
NETWORK = {"offline": False, "latency": 400, "downloadThroughput": 400_000 / 8, "uploadThroughput": 400_000 / 8}
CPU_SLOWDOWN = 4
PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
MARKER = "button.ex-note-ref"  # a note's marker (hooks/explainer/pages/note_layer.py)

# Where the first marker is and whether its note shows, in the page's own clock
# (performance.now(): milliseconds since navigation started). A marker off screen is
# scrolled to the middle, as a reader scrolls to it, and looked at again.
PROBE = """(selector) => {
  const now = performance.now();
  const marker = document.querySelector(selector);
  if (!marker) { return { now, marker: false }; }
  const note = document.getElementById(marker.getAttribute("popovertarget") || marker.getAttribute("aria-controls"));
  const box = marker.getBoundingClientRect();
  const open = !!note && note.checkVisibility() && note.getBoundingClientRect().height > 0;
  const onScreen = box.height > 0 && box.top > innerHeight * 0.25 && box.bottom < innerHeight * 0.75;
  if (!open && !onScreen && box.height > 0) { marker.scrollIntoView({ block: "center" }); }
  return { now, marker: true, open, onScreen, x: box.left + box.width / 2, y: box.top + box.height / 2 };
}"""
CLICKS = "window.__benchClicks || 0"
# Counts clicks the page has handled, so a tap is never sent while the last one waits in
# the page's queue (two queued taps would open and close the note).
COUNT_CLICKS = (
    "document.addEventListener('click', () => { window.__benchClicks = (window.__benchClicks || 0) + 1; }, true);"
)
FCP = "(performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime || null"


@dataclass
class View:
    """One page view: its first paint, the bytes it received, and (if asked) the note tap."""

    first_text: float | None = None  # seconds
    bytes: int = 0
    requests: list[str] = field(default_factory=list)
    note_open: float | None = None  # seconds after navigation start
    taps: int = 0
    first_tap: float | None = None  # seconds after navigation start
    closed_by_itself: int = 0  # times a note opened and closed with no tap


class Network:
    """Requests of one page, from the DevTools protocol: bytes received and what is in flight."""

    def __init__(self, cdp):
        self.pending: set[str] = set()
        self.received: dict[str, int] = {}
        self.urls: dict[str, str] = {}
        self.last_change = time.monotonic()
        cdp.on("Network.requestWillBeSent", self._sent)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.on("Network.loadingFailed", self._failed)

    def _sent(self, event):
        self.pending.add(event["requestId"])
        self.urls[event["requestId"]] = event["request"]["url"]
        self.last_change = time.monotonic()

    def _finished(self, event):
        self.pending.discard(event["requestId"])
        self.received[event["requestId"]] = int(event["encodedDataLength"])
        self.last_change = time.monotonic()

    def _failed(self, event):
        self.pending.discard(event["requestId"])
        self.last_change = time.monotonic()

    def quiet_for(self) -> float:
        return 0.0 if self.pending else time.monotonic() - self.last_change


def _probe(page) -> dict | None:
    try:
        return page.evaluate(PROBE, MARKER)
    except Exception:  # the document is being replaced: no page to look at yet
        return None


def _tap_until_open(page, view: View, url: str) -> None:
    """Tap the first marker from the first moment it can be tapped until its note stays open."""
    seen_open_at: float | None = None
    deadline = time.monotonic() + GIVE_UP
    while time.monotonic() < deadline:
        state = _probe(page)
        if state is None or not page.url.startswith(url) or not state["marker"]:
            time.sleep(0.02)
            continue
        if state["open"]:
            seen_open_at = seen_open_at if seen_open_at is not None else state["now"] / 1000
            if state["now"] / 1000 - seen_open_at >= STAYS_OPEN:
                view.note_open = seen_open_at
                return
            time.sleep(0.1)
            continue
        if seen_open_at is not None:
            view.closed_by_itself += 1
            seen_open_at = None
        if not state["onScreen"]:
            continue
        clicks = page.evaluate(CLICKS)
        view.first_tap = view.first_tap if view.first_tap is not None else state["now"] / 1000
        page.touchscreen.tap(state["x"], state["y"])
        view.taps += 1
        handled_by = time.monotonic() + 3
        while page.evaluate(CLICKS) == clicks and time.monotonic() < handled_by:
            time.sleep(0.02)
    raise RuntimeError(f"no note stayed open on {url} within {GIVE_UP:.0f} s ({view.taps} taps)")


def _wait_idle(page, network: Network) -> None:
    page.wait_for_load_state("load", timeout=GIVE_UP * 1000)
    deadline = time.monotonic() + GIVE_UP
    while network.quiet_for() < QUIET:
        if time.monotonic() > deadline:
            raise RuntimeError(f"{page.url} never went idle: {sorted(network.urls[r] for r in network.pending)}")
        time.sleep(0.1)


def view_page(browser, url: str, *, throttled: bool, tap: bool) -> View:
    """One first view of ``url`` in a fresh context; with ``tap``, the note tap too."""
    context = browser.new_context(**PHONE, service_workers="block")
    try:
        page = context.new_page()
        page.add_init_script(COUNT_CLICKS)
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        if throttled:
            cdp.send("Network.emulateNetworkConditions", NETWORK)
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
        network = Network(cdp)
        view = View()
        page.goto(url, wait_until="commit", timeout=GIVE_UP * 1000)
        if tap:
            _tap_until_open(page, view, url)
        _wait_idle(page, network)
        first_text = page.evaluate(FCP)
        view.first_text = first_text / 1000 if first_text is not None else None
        view.bytes = sum(network.received.values())
        view.requests = sorted(network.urls[r] for r in network.received)
        return view
    finally:
        context.close()


def median(values: list[float]) -> float:
    return statistics.median(values)


def _first_texts(views: list[View]) -> list[float]:
    found = [v.first_text for v in views if v.first_text is not None]
    if len(found) != len(views):
        raise RuntimeError("a view recorded no first contentful paint")
    return found


def _fmt(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def measure_article(browser, base: str) -> list[Row]:
    url = base.rstrip("/") + ARTICLE
    baseline = [view_page(browser, url, throttled=False, tap=True) for _ in range(3)]
    views = [view_page(browser, url, throttled=True, tap=False) for _ in range(RUNS)]
    taps = [view_page(browser, url, throttled=True, tap=True) for _ in range(RUNS)]
    first_text = median(_first_texts(views))
    first_text_base = median(_first_texts(baseline))
    note = median([t.note_open for t in taps if t.note_open is not None])
    note_base = median([t.note_open for t in baseline if t.note_open is not None])
    sizes = [v.bytes for v in views]
    weight = int(median(sizes))
    closed = sum(t.closed_by_itself for t in taps)
    print(f"  {ARTICLE} first text (s): {_fmt(_first_texts(views))}; unthrottled {_fmt(_first_texts(baseline))}")
    print(
        f"  {ARTICLE} note open and staying open (s): {_fmt([t.note_open or 0 for t in taps])}; "
        f"taps {[t.taps for t in taps]} from {_fmt([t.first_tap or 0 for t in taps])} s; "
        f"closed by itself {[t.closed_by_itself for t in taps]}; "
        f"unthrottled {_fmt([t.note_open or 0 for t in baseline])}"
    )
    print(f"  {ARTICLE} first view (bytes): {sizes}")
    for request_url in views[0].requests:
        print(f"    {request_url.removeprefix(base.rstrip('/'))}")
    return [
        Row(
            f"slow phone {ARTICLE} first text (FCP)",
            f"{first_text:.2f} s (x{first_text / first_text_base:.1f} unthrottled)",
            f"<= {FIRST_TEXT_BUDGET} s",
            first_text <= FIRST_TEXT_BUDGET,
        ),
        Row(
            f"slow phone {ARTICLE} tapped note open, still open {STAYS_OPEN:.0f} s later",
            f"{note:.2f} s (x{note / note_base:.1f} unthrottled; closed by itself {closed} times in {RUNS} views)",
            f"<= {NOTE_BUDGET} s",
            note <= NOTE_BUDGET,
        ),
        Row(
            f"slow phone {ARTICLE} first view, transferred",
            f"{weight / 1024:.1f} KiB ({weight:,} bytes, {len(views[0].requests)} requests)",
            f"<= {BYTES_BUDGET // 1024} KiB",
            weight <= BYTES_BUDGET,
        ),
    ]


def measure_other(browser, base: str, path: str) -> list[Row]:
    url = base.rstrip("/") + path
    views = [view_page(browser, url, throttled=True, tap=False) for _ in range(OTHER_RUNS)]
    first_text = median(_first_texts(views))
    weight = int(median([v.bytes for v in views]))
    print(f"  {path} first text (s): {_fmt(_first_texts(views))}; first view (bytes): {[v.bytes for v in views]}")
    return [
        Row(f"slow phone {path} first text (FCP)", f"{first_text:.2f} s", "(article's: 1.0 s)"),
        Row(f"slow phone {path} first view", f"{weight / 1024:.1f} KiB", "(article's: 60 KiB)"),
    ]


def measure(site_dir: Path) -> list[Row]:
    """Rows for an already built site: the article's three budgets, then every other page."""
    from playwright.sync_api import sync_playwright

    rows: list[Row] = []
    with serve(site_dir) as base, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            rows += measure_article(browser, base)
            for path in page_urls(site_dir):
                if path != ARTICLE:
                    rows += measure_other(browser, base, path)
        finally:
            browser.close()
    return rows


if __name__ == "__main__":
    from table import all_pass, render

    table_rows = measure(Path(sys.argv[1]).resolve())
    print(render(table_rows))
    sys.exit(0 if all_pass(table_rows) else 1)
