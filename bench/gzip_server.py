"""Serve a built site on 127.0.0.1 with gzip, the way any real host would.

Lighthouse's byte budget only means something if text is compressed as in
production; Python's own http.server sends everything uncompressed.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import threading
from contextlib import contextmanager
from pathlib import Path

COMPRESSIBLE = {".html", ".css", ".js", ".json", ".svg", ".txt", ".xml", ".map", ".csv", ".jsonld"}


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files; text types gzip-encoded when the client accepts it."""

    protocol_version = "HTTP/1.1"  # keep-alive, as any real host; HTTP/1.0 reconnects per file
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map, ".jsonld": "application/ld+json"}

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = _gzipped(str(path), path.stat().st_mtime_ns)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Cache-Control", "max-age=3600")
        self.end_headers()
        return _Body(body)


class _Body:
    """File-like wrapper so SimpleHTTPRequestHandler.do_GET can copy it out."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self, size=-1):
        data, self.data = self.data, b""
        return data

    def close(self):
        pass


@functools.lru_cache(maxsize=512)
def _gzipped(path: str, mtime_ns: int) -> bytes:
    return gzip.compress(Path(path).read_bytes(), compresslevel=9, mtime=0)


@contextmanager
def serve(directory):
    """Serve ``directory`` on a free loopback port; yields the base URL."""
    handler = functools.partial(GzipHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
