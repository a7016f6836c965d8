"""Mark a built site as the preview of a pull request, before it is published.

Every HTML page gets ``<meta name="robots" content="noindex">`` (search engines
keep to production, which the canonical links already name), a visible banner,
"Preview of pull request #N", linking to the pull request, and a
Content-Security-Policy that keeps the page to its own origin: no third-party
request, no plugin, no form or ``<base>`` pointing elsewhere. The policy goes first
in the document, before anything the pull request wrote, so no earlier markup
escapes it. Its script hashes are those of the page's own inline scripts: a
preview's scripts come from the pull request anyway, so the policy is about where a
page may send and load things, not about which of its scripts run.

``stale`` adds "out of date: the build failed" to the banner of an already published
preview, when a later build of the pull request failed.

    python scripts/preview_mark.py site 42 https://github.com/owner/repo/pull/42
    python scripts/preview_mark.py --stale pr-preview/pr-42
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import sys
from collections.abc import Callable
from pathlib import Path

NOINDEX = '<meta name="robots" content="noindex">'
STYLE = "margin:0;padding:.5rem 1rem;background:#1a237e;color:#fff;font:0.9rem/1.4 system-ui,sans-serif"
STALE_STYLE = "margin:.25rem 0 0;font-weight:bold;color:#ffd54f"
STALE_CLASS = "ex-pr-preview-stale"
# Pagefind compiles WebAssembly ('wasm-unsafe-eval') and searches in a same-origin worker.
POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
CSP_MARK = '<meta http-equiv="Content-Security-Policy"'
_DOCTYPE = re.compile(r"\A\s*<!doctype[^>]*>", re.IGNORECASE)
_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_BANNER_OPEN = re.compile(r'<aside class="ex-pr-preview"[^>]*>')


def content_security_policy(page: str) -> str:
    """The policy for one page: its own origin only, plus a hash of each of its inline scripts."""
    hashes = sorted(
        {
            "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode("ascii") + "'"
            for body in _INLINE_SCRIPT.findall(page)
        }
    )
    return POLICY.format(hashes="".join(" " + h for h in hashes))


def mark(page: str, number: int, url: str) -> str:
    banner = (
        f'<aside class="ex-pr-preview" aria-label="Pull request preview" style="{STYLE}">'
        f"<strong>Preview of pull request #{number}</strong>, not the published site: "
        f'<a style="color:inherit" href="{html.escape(url, quote=True)}">review the change</a></aside>'
    )
    if NOINDEX not in page:
        page = re.sub(r"<head\b[^>]*>", lambda m: m.group(0) + NOINDEX, page, count=1)
    page = re.sub(r"<body\b[^>]*>", lambda m: m.group(0) + banner, page, count=1)
    csp = f'{CSP_MARK} content="{html.escape(content_security_policy(page), quote=True)}">'
    doctype = _DOCTYPE.match(page)
    at = doctype.end() if doctype else 0
    return page[:at] + csp + page[at:]


def stale(page: str) -> str:
    """The page with "out of date" in its preview banner (once, however often a build fails)."""
    if STALE_CLASS in page:
        return page
    notice = (
        f'<p class="{STALE_CLASS}" style="{STALE_STYLE}">This preview is out of date: the latest build of the '
        "pull request failed. The pull request's comment lists the problems.</p>"
    )
    return _BANNER_OPEN.sub(lambda m: m.group(0) + notice, page, count=1)


def mark_site(site: Path, number: int, url: str) -> int:
    """Mark every HTML page under site as the preview of pull request number; how many pages."""
    return _rewrite(site, lambda page: mark(page, number, url))


def mark_site_stale(site: Path) -> int:
    """Mark every page of a published preview out of date; how many pages."""
    return _rewrite(site, stale)


def _rewrite(site: Path, change: Callable[[str], str]) -> int:
    pages = sorted(site.rglob("*.html"))
    for path in pages:
        path.write_text(change(path.read_text(encoding="utf-8")), encoding="utf-8")
    return len(pages)


def main(argv: list[str]) -> int:
    if argv[:1] == ["--stale"]:
        print(f"marked {mark_site_stale(Path(argv[1]))} pages as out of date")
        return 0
    site, number, url = Path(argv[0]), int(argv[1]), argv[2]
    print(f"marked {mark_site(site, number, url)} pages as the preview of pull request #{number}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
