"""Read the Pagefind index of a built site back: one dict per indexed page.

A fragment (``pagefind/fragment/*.pf_fragment``) is gzip holding the marker
``pagefind_dcd`` then the page's JSON: url, content (the indexed words), filters,
meta and anchors (every element with an id, at the word it starts on).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

MARKER = b"pagefind_dcd"


def fragments(site_dir: Path, index: str = "pagefind") -> list[dict]:
    """The pages of one index: the primary one, or a shard (``pagefind/shard-N``)."""
    pages = []
    for path in sorted((Path(site_dir) / index / "fragment").glob("*.pf_fragment")):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(MARKER), path
        pages.append(json.loads(data[len(MARKER) :]))
    return pages


def paragraph_words(page: dict, anchor_id: str) -> str:
    """The indexed words of the block with this id, up to the next paragraph or heading."""
    words = page["content"].split()
    anchors = sorted(page["anchors"], key=lambda a: a["location"])
    start = next(a["location"] for a in anchors if a["id"] == anchor_id)
    later = [a["location"] for a in anchors if a["location"] > start and a["id"] and a["id"] != anchor_id]
    return " ".join(words[start : min(later, default=len(words))])
