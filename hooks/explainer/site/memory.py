"""Memory of a large one-off build, handed back before Pagefind indexes the site."""

from __future__ import annotations

import gc

# Below this many articles a build holds little, and a full collection (10-20 ms)
# would cost more than it gives back.
RELEASE_FROM_ARTICLES = 20


def release_memory() -> None:
    """Pagefind's memory grows with the words it indexes, and the build's own stays
    held while it runs: once the caller dropped what no later step reads, collect it
    and hand freed memory back to the system (glibc keeps it otherwise)."""
    gc.collect()
    import ctypes  # from RELEASE_FROM_ARTICLES only: most builds never load it

    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass  # not glibc: nothing to trim
