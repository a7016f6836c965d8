"""Run `mkdocs serve` on a project folder, on 127.0.0.1 and a free port, and poll its pages.

Used by the serve tests and by the live-preview benchmark (bench/live_preview.py).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

# "Serving on http://127.0.0.1:PORT/<site_url path>/": serve mounts the site under site_url's path.
SERVING = re.compile(r"Serving on (http://\S+/)")


# Appended to the engine's entry point by edit_engine: build_site also makes one page.
_PROBE_START = "\n\n# --- engine probe ---\n"
_ENGINE_PROBE = (
    _PROBE_START
    + """_unprobed_build_site = build_site


def build_site(*args, **kwargs):
    site = _unprobed_build_site(*args, **kwargs)
    site.files.append(GeneratedFile("engine-probe.md", "# Engine probe\\n\\n{marker}\\n", "seeds"))
    return site
"""
)
PROBE_PAGE = "engine-probe/"


def edit_engine(project: Path, marker: str) -> None:
    """Edit the engine in ``project`` as a developer would: from now on it also makes the
    page PROBE_PAGE showing ``marker``. A later call replaces the earlier edit."""
    site_py = project / "hooks" / "explainer" / "site" / "build.py"
    original = site_py.read_text(encoding="utf-8").split(_PROBE_START)[0]
    site_py.write_text(original + _ENGINE_PROBE.format(marker=marker), encoding="utf-8")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> str | None:
    """The page's text, or None while it is missing or the server is not up."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for_text(url: str, text: str, timeout: float, interval: float = 0.01) -> float:
    """Poll ``url`` until its page contains ``text``; returns the seconds it took."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        page = fetch(url)
        if page is not None and text in page:
            return time.perf_counter() - start
        time.sleep(interval)
    raise TimeoutError(f"{text!r} did not appear at {url} within {timeout:.0f} s")


@contextmanager
def mkdocs_serve(project: Path, timeout: float = 180):
    """`mkdocs serve --strict --livereload` (as `make serve`) in ``project``; yields the site's
    URL once the first build is served. The server's log is in the error if it never comes up."""
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    with tempfile.TemporaryFile(mode="w+") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--strict", "--livereload", "-a", f"127.0.0.1:{port}"],
            cwd=project,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            start, base = time.perf_counter(), None
            while base is None or fetch(base) is None:
                if process.poll() is not None or time.perf_counter() - start > timeout:
                    log.seek(0)
                    raise RuntimeError(f"mkdocs serve did not come up:\n{log.read()[-3000:]}")
                time.sleep(0.1)
                log.seek(0)
                served = SERVING.search(log.read())
                base = served.group(1) if served else None
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
