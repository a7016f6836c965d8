"""`make lint` fails on an engine function over cyclomatic complexity 25 (scripts/complexity.py)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import complexity  # noqa: E402


def _branches(count: int) -> str:
    body = "".join(f"    if x == {n}:\n        return {n}\n" for n in range(count))
    return f"def choose(x):\n{body}    return -1\n\n\nclass Reader:\n    def read(self, x):\n{body.replace('    ', '        ')}        return -1\n"


def test_a_function_over_the_limit_is_named_with_its_line(tmp_path):
    (tmp_path / "simple.py").write_text(_branches(complexity.MAX - 1), encoding="utf-8")
    assert complexity.too_complex([tmp_path]) == []
    (tmp_path / "tangled.py").write_text(_branches(complexity.MAX), encoding="utf-8")
    found = complexity.too_complex([tmp_path])
    assert [line.split(": ", 1)[1] for line in found] == [
        f"choose complexity {complexity.MAX + 1} (at most {complexity.MAX})",
        f"Reader.read complexity {complexity.MAX + 1} (at most {complexity.MAX})",
    ]
    assert found[0].endswith("(at most 25)") and ":1: " in found[0]
    assert complexity.main([str(tmp_path)]) == 1


def test_the_engine_holds_the_limit_and_every_ceiling_is_still_needed():
    assert complexity.main([str(ROOT / "hooks")]) == 0
    for where, ceiling in complexity.CEILINGS.items():
        assert ceiling > complexity.MAX, where
        path, name = where.split(":")
        assert (ROOT / path).exists(), where
