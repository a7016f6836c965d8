"""Each article's analysis kept between builds, keyed by everything it was made from.

An editor's build usually changes one page of ``docs/`` or one seed, yet every build
analysed every article again, and loaded the analysers to do it: a third of what the
hooks add to a build. An entry holds one article's bundle, as analysis left it, and
the downloads made from it alone; a second one its pages, which also depend on what
``docs/`` quotes of it and on its credit line. Its key is the seed's four files (text, metadata,
notes, figure explanations, by content), the engine's code (by size and time, as
Python's bytecode cache) and Python's version, so any change to one of them misses
and analyses afresh: a stale entry is never read. Only an
analysis without problems is kept, so a seed with an error reports it on every build.
One file per article, replaced when its key changes: the folder does not grow.

Entries are pickles, so each is signed: HMAC-SHA256 over its bytes and its file name,
with a key made for this checkout and kept outside it (``checkout_key``). An entry
whose signature does not check - planted, edited, copied from another checkout - is a
miss and is never unpickled, so a file under ``build/`` cannot run code in the build.
Signing costs one hash of each entry read or written (0.35 ms for the seed's two
entries, 133 KB); keeping the bundle as JSON instead would need a writer and a reader
for every record type of the engine, and a slower read on every rebuild.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import pickle
import secrets
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from explainer.bundle import ArticleBundle
from explainer.figures.explanations import explanations_path
from explainer.text.editor_files import LIMITS
from explainer.text.seeds import SeedFiles

ENGINE = Path(__file__).resolve().parents[1]  # hooks/explainer/
FORMAT = 2  # raise when an entry's layout changes


class Entry(NamedTuple):
    bundle: ArticleBundle
    downloads: dict[str, str]  # file name in the article's folder -> content


def engine_fingerprint(engine: Path = ENGINE) -> bytes:
    """The engine's code as one digest: an edit to any module makes every key new.
    Each module counts by its size and modification time, as Python's own bytecode
    cache checks it: a stat, where hashing the code cost more than the cache saved."""
    digest = hashlib.sha256(f"{FORMAT} {sys.version} {pickle.HIGHEST_PROTOCOL}".encode())
    for module in sorted(engine.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(engine).as_posix()} {stat.st_size} {stat.st_mtime_ns}\n".encode())
    return digest.digest()


def checkout_key(folder: Path) -> bytes:
    """The signing key of the checkout whose ``build/`` is ``folder``, made on first use. It
    lives in the user's cache folder (``$XDG_CACHE_HOME``, else ``~/.cache``), named by
    the checkout's path, never inside the repository; where it cannot be written the
    build signs with a key of its own, and the next build analyses afresh."""
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "explainer-keys"
    name = hashlib.sha256(str(folder.resolve()).encode()).hexdigest()[:32]
    path = home / f"{name}.key"
    try:
        key = path.read_bytes()
        if len(key) == KEY_BYTES:
            return key
    except OSError:
        pass
    key = secrets.token_bytes(KEY_BYTES)
    try:
        home.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle, temporary = tempfile.mkstemp(dir=home, prefix=".key.")
        with os.fdopen(handle, "wb") as out:
            out.write(key)
        os.replace(temporary, path)
    except OSError:
        pass
    return key


KEY_BYTES = 32


def seed_inputs(seed: SeedFiles) -> list[Path]:
    """Every file an article's analysis reads."""
    return [seed.text, seed.meta, seed.notes, explanations_path(seed.text)]


def _content(path: Path) -> bytes:
    """What a key holds of one input: its bytes, or a marker for a file that is absent
    or over every size limit (the analysis refuses it; it is not read whole for a key)."""
    if not path.is_file():
        return b"\1absent"
    size = path.stat().st_size
    if size > max(LIMITS.values()):
        return f"\2over the limit {size} {path.stat().st_mtime_ns}".encode()
    return path.read_bytes()


class AnalysisCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.engine = engine_fingerprint()
        self._key = checkout_key(folder.parent)
        self.hits = self.misses = 0
        self._keys: dict[Path, str] = {}

    def key(self, seed: SeedFiles) -> str:
        if seed.text not in self._keys:
            self._keys[seed.text] = self._digest(seed)
        return self._keys[seed.text]

    def _digest(self, seed: SeedFiles) -> str:
        digest = hashlib.sha256(self.engine)
        for path in seed_inputs(seed):
            digest.update(str(path.resolve()).encode() + b"\0")
            digest.update(_content(path))
            digest.update(b"\0")
        return digest.hexdigest()[:32]

    def _path(self, seed: SeedFiles, kind: str, key: str) -> Path:
        return self.folder / f"{seed.slug}.{kind}.{key}.pickle"

    def _signature(self, path: Path, data: bytes) -> bytes:
        return hmac.new(self._key, path.name.encode() + b"\0" + data, hashlib.sha256).digest()

    def _read(self, path: Path, expected: type) -> object | None:
        """The entry's value, when its signature checks; else None, without unpickling it."""
        try:
            signed = path.read_bytes()
        except OSError:
            return None
        signature, data = signed[: hashlib.sha256().digest_size], signed[hashlib.sha256().digest_size :]
        if not hmac.compare_digest(signature, self._signature(path, data)):
            return None  # not made by this checkout's builds: never unpickled
        try:
            value = pickle.loads(data)  # noqa: S301 (signed by this checkout, see the module's docstring)
        except Exception:  # an entry of an older engine: a miss, never a failed build
            return None
        return value if isinstance(value, expected) else None

    def get(self, seed: SeedFiles) -> Entry | None:
        """The entry made from exactly these inputs, or None (also for an unreadable file)."""
        entry = self._read(self._path(seed, "analysis", self.key(seed)), Entry)
        if isinstance(entry, Entry):
            self.hits += 1
            return entry
        self.misses += 1
        return None

    def put(self, seed: SeedFiles, entry: Entry) -> Entry:
        """Keep the entry; returns it as kept, for the build to use instead (see ``_write``)."""
        kept = self._write(seed, "analysis", self.key(seed), entry)
        return kept if isinstance(kept, Entry) else entry

    def pages(self, seed: SeedFiles, depends_on: str, render: Callable[[], dict[str, str]]) -> dict[str, str]:
        """An article's pages (file name -> Markdown): kept, or rendered and kept. They
        read its analysis and ``depends_on``: what docs/ quotes of it, its credit."""
        key = hashlib.sha256(f"{self.key(seed)}\0{depends_on}".encode()).hexdigest()[:32]
        path = self._path(seed, "pages", key)
        pages = self._read(path, dict)
        if isinstance(pages, dict):
            return pages
        rendered = render()
        kept = self._write(seed, "pages", key, rendered)
        return kept if isinstance(kept, dict) else rendered

    def _write(self, seed: SeedFiles, kind: str, key: str, value: object) -> object:
        """Keep a value, atomically, and drop the article's older ones of its kind.

        Returns the value read back from what was written, which the build holds
        instead: pickling a string that is not ASCII leaves a UTF-8 copy of it inside
        the string for good, 150 MB more at the peak of a first build of 2,000
        articles. The copy read back has none, and is what the next build reads."""
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        target = self._path(seed, kind, key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            for older in self.folder.glob(f"{seed.slug}.{kind}.*.pickle"):
                if older != target:
                    older.unlink(missing_ok=True)
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=f".{seed.slug}.")
        except OSError:
            return pickle.loads(data)  # a read-only checkout builds as before, only without the cache
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self._signature(target, data) + data)
            os.replace(temporary, target)
        except OSError:
            pass  # a full disk: the next build analyses again
        finally:
            Path(temporary).unlink(missing_ok=True)
        return pickle.loads(data)

    def summary(self) -> str:
        return f"analysis cache: {self.hits} article(s) reused, {self.misses} analysed"
