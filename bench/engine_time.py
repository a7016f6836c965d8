"""Time the engine alone (``build_site``: every seed parsed, analysed and rendered) for
the project in the current folder. Prints the fastest of REPEATS runs as JSON, in
CPU seconds: the machine is shared, and wall-clock time would count others' work.

Runs as its own process with the copy's hooks/ on the path, so the engine
measured is the copy's; the import is left out, it does not grow with articles.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path("hooks").resolve()))

from explainer.site import build_site  # noqa: E402


def main(repeats: int) -> None:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        site = build_site(Path("seeds"), repo_root=Path("."), docs_dir=Path("docs"))
        times.append(time.process_time() - start)
    print(json.dumps({"seconds": min(times), "articles": len(site.bundles), "files": len(site.files)}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
