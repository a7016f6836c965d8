"""Time one strict ``mkdocs build`` of the project in the current folder, in process.

Runs as its own process (``python timed_build.py OUT_DIR``) so every build starts
cold, as an editor's does, but times only config load (which imports the hooks)
and the build, not the interpreter and MkDocs start-up both sides share.
Prints the seconds as JSON on the last line.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")

from mkdocs.commands.build import build  # noqa: E402
from mkdocs.config import load_config  # noqa: E402


def main(site_dir: str) -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    start = time.perf_counter()
    config = load_config("mkdocs.yml", strict=True, site_dir=site_dir)
    loaded = time.perf_counter()
    build(config)
    done = time.perf_counter()
    print(json.dumps({"seconds": done - start, "config_seconds": loaded - start}))


if __name__ == "__main__":
    main(sys.argv[1])
