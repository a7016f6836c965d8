"""Fail when a function in the engine is too complex to change safely: `make lint`.

Cyclomatic complexity as radon counts it (`radon cc`), at most MAX for every function
and method under the folders given (default: hooks/). A function over it is split, the
way voices/grammar.py reads a subject through an ordered table of small named rules.
CEILINGS lists the functions still over MAX, each with the complexity it may not
exceed; an entry goes when its function is split, and is never raised.

    python scripts/complexity.py [folder ...]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit

MAX = 25
# path:function -> the most it may reach until it is split (never raised; remove when under MAX)
CEILINGS: dict[str, int] = {}
ROOT = Path(__file__).resolve().parents[1]


def too_complex(folders: list[Path]) -> list[str]:
    """One line per function over its limit: `path:line: name complexity N (at most M)`."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            where = path.resolve().relative_to(ROOT) if path.resolve().is_relative_to(ROOT) else path
            for block in _functions(cc_visit(path.read_text(encoding="utf-8"))):
                name = block.fullname
                limit = max(MAX, CEILINGS.get(f"{where}:{name}", MAX))
                if block.complexity > limit:
                    found.append(f"{where}:{block.lineno}: {name} complexity {block.complexity} (at most {limit})")
    return found


def _functions(blocks: list) -> Iterator:
    """Every function, method and nested function in radon's blocks (which hold the
    methods of a class beside it: a class's own count is not a function's)."""
    for block in blocks:
        if not hasattr(block, "methods"):
            yield block
            yield from _functions(block.closures)


def main(argv: list[str]) -> int:
    folders = [Path(a) for a in argv] or [ROOT / "hooks"]
    found = too_complex(folders)
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} function(s) over cyclomatic complexity {MAX}: split them into small named rules")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
