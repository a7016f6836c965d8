"""Every page carries its stylesheets in a ``<style>`` element instead of linking them.

On a slow phone (400 kbps, 400 ms round trip: ``BENCH_ONLY=slowphone make bench``) a
linked stylesheet costs a round trip after the page's first bytes, and the page
cannot paint until it is in: first text came at 1.69 s with three stylesheets linked,
1.08 s with the same bytes inline. What is inlined is Material's stylesheets cut to
the rules this site uses (docs/stylesheets/material.css, made by
scripts/reader_css.py: 9 KB gzipped instead of 24.6 KB) and the site's own, as served
(without comments). A page is then one request; a second page carries the styles
again (about 12 KB gzipped) instead of taking them from the cache.

The site's own stylesheets are also linked at the end of the body, whole: their
``@supports`` blocks (CSS anchor positioning for notes) are left out of the inline
copy, because the Nu HTML Checker checks the CSS of a ``<style>`` and does not know
those properties (tests/test_html_valid.py); the link at the end applies every rule
again in the same order, those blocks included, without holding back the first paint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from explainer.site.asset_comments import without_comments

MATERIAL_CUT = "stylesheets/material.css"
_SUPPORTS = re.compile(r"^@supports\b", re.MULTILINE)  # under docs/: scripts/reader_css.py writes it
_LINK = re.compile(r'<link rel="stylesheet" href="([^"]+)">')
_HASHED = re.compile(r"\.[0-9a-f]{8}\.min\.css$")


class InlineStylesError(ValueError):
    """A stylesheet that cannot go inline, named."""


def sheet_name(href: str) -> str:
    """A stylesheet link's file name without Material's content hash: ``main.css``."""
    return _HASHED.sub(".css", href.rsplit("/", 1)[-1].split("?", 1)[0])


def reader_styles(docs_dir: Path, extra_css: Sequence[str]) -> dict[str, str]:
    """What each stylesheet a page links is replaced with, by ``sheet_name``: Material's
    two by the cut of both (palette included), the site's own by their served text."""
    styles = {"main.css": _read(docs_dir / MATERIAL_CUT), "palette.css": ""}
    for path in extra_css:
        styles[sheet_name(path)] = without_supports(without_comments(_read(docs_dir / path)))
    return styles


def without_supports(css: str) -> str:
    """``css`` without its top-level ``@supports`` blocks (a block ends where its braces close)."""
    out, at = [], 0
    for match in _SUPPORTS.finditer(css):
        if match.start() < at:
            continue
        out.append(css[at : match.start()])
        depth, end = 0, match.start()
        for end in range(css.index("{", match.start()), len(css)):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            if depth == 0:
                break
        at = end + 1
    return "".join(out) + css[at:]


def _read(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InlineStylesError(f"{path}: cannot read the stylesheet ({error.strerror})") from None
    if "</style" in text.lower():
        raise InlineStylesError(f"{path}: a stylesheet with </style in it cannot go inline")
    return text


def inline_stylesheets(html: str, styles: Mapping[str, str]) -> str:
    """``html`` with its links to ``styles`` replaced by one ``<style>`` where the first
    was, holding them all in the page's order, and the site's own linked again at the
    end of the body; other links stay as they are."""
    texts: list[str] = []
    again: list[str] = []

    def take(match: re.Match[str]) -> str:
        name = sheet_name(match.group(1))
        if name not in styles:
            return match.group(0)
        texts.append(styles[name].strip())
        if name not in ("main.css", "palette.css"):
            again.append(match.group(0))
        return "\0" if len(texts) == 1 else ""

    linked = _LINK.sub(take, html)
    if not texts:
        return html
    inlined = linked.replace("\0", "<style>" + "\n".join(t for t in texts if t) + "</style>", 1)
    head, body_end, tail = inlined.rpartition("</body>")
    return head + "".join(again) + body_end + tail if body_end else inlined
