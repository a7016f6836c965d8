"""One hostile input's run, in a process of its own (see hostile.py): the engine on the
project given, then the article page rendered with the site's Markdown extensions.
Prints {"outcome": "built, N pages" | "<first problem line>"} as JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent / "hooks"))
sys.path.insert(0, str(BENCH.parent / "tests"))

from explainer.errors import InputError  # noqa: E402
from explainer.site import build_site  # noqa: E402
from markdown_render import render_page  # noqa: E402


def main(root: Path) -> str:
    try:
        site = build_site(root / "seeds", repo_root=root, docs_dir=root / "docs")
    except InputError as problem:
        found = getattr(problem, "found", [problem])
        return str(found[0].relative_to(root))
    article = next(f for f in site.files if f.path.endswith("/index.md") and f.path.startswith("articles/"))
    render_page(article.content)
    return f"built, {len(site.files)} files, the article page rendered"


if __name__ == "__main__":
    print(json.dumps({"outcome": main(Path(sys.argv[1]))}))
