"""Links between pages written as relative Markdown links, so MkDocs checks them."""

from __future__ import annotations

import posixpath
from functools import cache


def relative(target: str, page_url: str) -> str:
    """Link from the page at ``page_url`` to ``target`` (both docs-relative, anchor kept)."""
    path, hash_mark, anchor = target.partition("#")
    return _relpath(path, posixpath.dirname(page_url) or ".") + hash_mark + anchor


@cache
def _relpath(path: str, start: str) -> str:
    # a build makes hundreds of links between a handful of pages; relpath asks the OS for the cwd each time
    return posixpath.relpath(path, start)
