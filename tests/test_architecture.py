"""The engine's import graph, read directly, agrees with the contracts in pyproject.toml:
no module imports another that imports it back, and nothing below the adapter imports MkDocs."""

from __future__ import annotations

import sys
from pathlib import Path

import grimp

HOOKS = Path(__file__).resolve().parents[1] / "hooks"


def _graph() -> grimp.ImportGraph:
    sys.path.insert(0, str(HOOKS))
    try:
        return grimp.build_graph("explainer", include_external_packages=True, cache_dir=None)
    finally:
        sys.path.remove(str(HOOKS))


def _cycles(graph: grimp.ImportGraph, modules: set[str]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module) & modules:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(modules):
        if module not in index:
            visit(module)
    return found


def test_no_module_of_the_engine_imports_itself_back():
    graph = _graph()
    engine = {m for m in graph.modules if m == "explainer" or m.startswith("explainer.")}
    # a package's __init__ re-exporting its own modules is not a circle between modules
    leaves = {m for m in engine if not graph.find_children(m)}
    assert len(leaves) > 30
    assert _cycles(graph, leaves) == []


def test_voices_and_figures_never_import_each_other_or_pages():
    graph = _graph()
    for source, target in [
        ("explainer.voices", "explainer.figures"),
        ("explainer.figures", "explainer.voices"),
        ("explainer.voices", "explainer.pages"),
        ("explainer.figures", "explainer.pages"),
        ("explainer.notes", "explainer.pages"),
    ]:
        assert not graph.chain_exists(source, target, as_packages=True), f"{source} imports {target}"


def test_editors_data_files_are_read_below_pages_and_downloads_stand_beside_them():
    graph = _graph()
    assert graph.find_children("explainer.editorial") and graph.find_children("explainer.downloads")
    for source, target in [
        ("explainer.editorial", "explainer.pages"),
        ("explainer.editorial", "explainer.bundle"),
        ("explainer.editorial", "explainer.site"),
        ("explainer.downloads", "explainer.pages"),
        ("explainer.downloads", "explainer.site"),
    ]:
        assert not graph.chain_exists(source, target, as_packages=True), f"{source} imports {target}"
    assert graph.chain_exists("explainer.pages", "explainer.editorial", as_packages=True)


def test_only_the_adapter_imports_mkdocs():
    graph = _graph()
    assert "mkdocs" not in graph.modules or not graph.chain_exists("explainer", "mkdocs", as_packages=True)


def test_lint_sees_every_module_of_the_engine():
    """ruff's excludes once matched ``hooks/explainer/site/`` as well as the built ``site/``:
    every Python file under hooks/ must be in the file list ``make lint`` checks."""
    import subprocess

    root = HOOKS.parent
    listed = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--show-files", "hooks", "tests", "bench"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    linted = {Path(line).resolve() for line in listed if line.endswith(".py")}
    modules = {path.resolve() for path in HOOKS.rglob("*.py") if "__pycache__" not in path.parts}
    assert len(modules) > 70
    assert any("site" in path.parts for path in modules)
    assert modules - linted == set()
