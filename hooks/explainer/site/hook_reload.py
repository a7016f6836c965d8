"""Under ``mkdocs serve``: re-run the hook file when anything under ``hooks/`` changed.

MkDocs loads a hook file once per process (its loader is cached, mkdocs issue
3993), so an edit to hooks/ would otherwise build with the old code. Re-running
the file drops and re-imports the engine; the running build's event handlers
are swapped for the new ones. An unchanged hooks/ costs one stat per file, so a
seed edit still rebuilds at full speed.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType


def hook_sources(hooks_dir: Path) -> dict[str, int]:
    """Modification time of every Python file under hooks/: the adapter and the engine."""
    return {str(p): p.stat().st_mtime_ns for p in hooks_dir.rglob("*.py")}


def rerun_hook(module: ModuleType, hooks_dir: Path, events: dict[str, list]) -> None:
    """Run the hook file again in its own module, then point every ``on_*`` handler
    MkDocs holds for this build (``events``: its plugin events) at the new function."""
    old = {name: value for name, value in vars(module).items() if name.startswith("on_")}
    importlib.invalidate_caches()
    saved_path = sys.path.copy()
    sys.path.insert(0, str(hooks_dir))
    try:
        spec = module.__spec__
        assert spec is not None and spec.loader is not None, "a hook file always has a loader"
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved_path
    for handlers in events.values():
        for index, handler in enumerate(handlers):
            for name, previous in old.items():
                if handler is previous and callable(getattr(module, name, None)):
                    handlers[index] = getattr(module, name)
