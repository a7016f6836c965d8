"""Links between pages written as relative Markdown links, so MkDocs checks them."""

from __future__ import annotations

import posixpath


def relative(target: str, page_url: str) -> str:
    """Link from the page at ``page_url`` to ``target`` (both docs-relative, anchor kept)."""
    path, hash_mark, anchor = target.partition("#")
    return posixpath.relpath(path, posixpath.dirname(page_url) or ".") + hash_mark + anchor
