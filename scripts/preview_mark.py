"""Mark a built site as the preview of a pull request, before it is published.

Every HTML page gets ``<meta name="robots" content="noindex">`` (search engines
keep to production, which the canonical links already name) and a visible banner,
"Preview of pull request #N", linking to the pull request.

    python scripts/preview_mark.py site 42 https://github.com/owner/repo/pull/42
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

NOINDEX = '<meta name="robots" content="noindex">'
STYLE = "margin:0;padding:.5rem 1rem;background:#1a237e;color:#fff;font:0.9rem/1.4 system-ui,sans-serif"


def mark(page: str, number: int, url: str) -> str:
    banner = (
        f'<aside class="ex-pr-preview" aria-label="Pull request preview" style="{STYLE}">'
        f"<strong>Preview of pull request #{number}</strong>, not the published site: "
        f'<a style="color:inherit" href="{html.escape(url, quote=True)}">review the change</a></aside>'
    )
    if NOINDEX not in page:
        page = re.sub(r"<head\b[^>]*>", lambda m: m.group(0) + NOINDEX, page, count=1)
    return re.sub(r"<body\b[^>]*>", lambda m: m.group(0) + banner, page, count=1)


def main(argv: list[str]) -> int:
    site, number, url = Path(argv[0]), int(argv[1]), argv[2]
    pages = sorted(site.rglob("*.html"))
    for path in pages:
        path.write_text(mark(path.read_text(encoding="utf-8"), number, url), encoding="utf-8")
    print(f"marked {len(pages)} pages as the preview of pull request #{number}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
