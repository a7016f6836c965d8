"""Real-browser helpers: serve the built site on loopback, drive Debian's Chromium."""

from __future__ import annotations

import functools
import http.server
import shutil
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(directory, prefix: str = ""):
    """Serve a folder on 127.0.0.1 on a free port; yields the base URL.

    With ``prefix`` (e.g. "cambodian-workers-japan") the folder is served under
    that path, as on the real host, so absolute URLs in 404.html resolve.
    """
    with tempfile.TemporaryDirectory(prefix="served-") as mount:
        root = Path(directory).resolve()
        if prefix:
            (Path(mount) / prefix).symlink_to(root, target_is_directory=True)
            root = Path(mount)
        handler = functools.partial(_QuietHandler, directory=str(root))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}/"
            yield base + (f"{prefix}/" if prefix else "")
        finally:
            server.shutdown()
            server.server_close()


def page_paths(site_dir) -> list[str]:
    """Every HTML page of a built site, as URL paths relative to its root."""
    paths = (p.relative_to(site_dir).as_posix() for p in Path(site_dir).rglob("*.html"))
    return sorted(path.removesuffix("index.html") for path in paths)


def launch(playwright):
    """Chromium from Debian; never a downloaded browser."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
