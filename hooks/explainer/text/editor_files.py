"""Reading an editor's file: only a regular file of the repository, within a size
limit, as UTF-8. Each refusal is one ``file:line: message``.

Every file a pull request changes reaches the published site, so a symbolic link
(``seeds/passwd.txt -> /etc/passwd``), a path out of the project (``../../x``,
``/etc/x``) or a file of gigabytes is refused before it is read. The limits sit
far above real use (the seed's largest file, its notes, holds 10 KB) and keep the
worst input of each kind to seconds; CONTRIBUTING.md lists them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath

from explainer.errors import InputError

# bytes per file, by kind
LIMITS = {
    "seed": 500_000,  # ten times a long read; the worst text of this size builds in seconds
    "metadata": 200_000,
    "notes": 500_000,
    "figures": 500_000,
    "data": 1_000_000,
    "page": 1_000_000,
}
KIND_NAMES = {
    "seed": "seed text",
    "metadata": "metadata",
    "notes": "notes file",
    "figures": "figure explanations",
    "data": "data file",
    "page": "page",
}


def check_inside(path: Path, root: Path) -> None:
    """``path`` must be a regular file (or absent) inside ``root``, reached without a
    symbolic link: anything else names the file and stops."""
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        raise InputError(path, "is outside the project: only files of the repository are read") from None
    real = Path(os.path.realpath(root)) / relative
    if os.path.realpath(path) != str(real):
        raise InputError(path, "is a symbolic link (or inside one): only files of the repository are read")
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISREG(mode):
        raise InputError(path, "is not a regular file: only files of the repository are read")


def relative_path(written: str, where: str | Path, line: int | None, what: str, example: str) -> PurePosixPath:
    """A path an editor writes in a file (a correction's ``page:``, a chart's data file):
    relative, with no ``..`` or ``\\`` and no empty parts."""
    pure = PurePosixPath(written)
    if (
        not written
        or pure.is_absolute()
        or "\\" in written
        or ":" in written.split("/")[0]
        or any(part in ("..", ".", "") for part in written.split("/"))
    ):
        raise InputError(
            where,
            f"{what} '{written}' must be a path inside the project, like {example} (no '..', no '/' first)",
            line,
        )
    return pure


def read_bytes(path: Path, kind: str, root: Path | None = None) -> bytes:
    """The file's bytes, checked: inside ``root`` (default its folder) and within its limit."""
    check_inside(path, root if root is not None else path.parent)
    limit = LIMITS[kind]
    with path.open("rb") as handle:
        raw = handle.read(limit + 1)
    if len(raw) > limit:
        raise InputError(
            path,
            f"{KIND_NAMES[kind]} is over {limit:,} bytes, the limit for one file: split it",
            raw.count(b"\n", 0, limit) + 1,
        )
    return raw


def decode(raw: bytes, path: Path, kind: str) -> str:
    """UTF-8 (a byte-order mark is dropped); anything else names its line and byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(
            path,
            f"{KIND_NAMES[kind]} is not valid UTF-8 (byte {error.start:,} is {raw[error.start]:#04x}): "
            "save it as UTF-8",
            raw.count(b"\n", 0, error.start) + 1,
        ) from None


def read_text(path: Path, kind: str, root: Path | None = None) -> str:
    """The file as text, checked: see read_bytes and decode."""
    return decode(read_bytes(path, kind, root), path, kind)
