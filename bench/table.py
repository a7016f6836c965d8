"""One row per measured number, printed as one table with pass/fail per budget."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """A measurement; ``ok`` is None for numbers shown without a budget."""

    name: str
    value: str
    budget: str = ""
    ok: bool | None = None


def render(rows: list[Row]) -> str:
    """A plain-text table, one line per row, columns padded to fit."""
    header = Row("measure", "value", "budget", None)
    cells = [(r.name, r.value, r.budget, _verdict(r)) for r in [header, *rows]]
    cells[0] = ("measure", "value", "budget", "result")
    widths = [max(len(row[i]) for row in cells) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() for row in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def all_pass(rows: list[Row]) -> bool:
    return all(row.ok is not False for row in rows)


def _verdict(row: Row) -> str:
    return {True: "pass", False: "FAIL", None: ""}[row.ok]
