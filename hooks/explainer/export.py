"""Write the fully expanded site source, so any Markdown generator can build it.

The folder holds what the MkDocs hooks add at build time, as plain files:
editorial pages with their ``:::`` directives expanded, every generated page and
data download of ``build_site``, correction notices in place, the stylesheets, the theme overrides and the
snippet folder, plus a ``mkdocs.yml`` without ``hooks:``. Zensical, MkDocs
without hooks, or any other reader of ``mkdocs.yml`` builds it as it is.

Nothing here renders anything itself: pages come from ``site.build_site`` and
editorial pages go through ``directives.expand`` and ``corrections.apply``, the very
calls the MkDocs adapter makes, so the export cannot drift from the hooked build.

Run it with ``hooks/`` on ``PYTHONPATH``: ``python -m explainer.export`` (the
``make export`` target), which writes ``build/export/``.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from explainer.errors import InputError, Problems
from explainer.pages import corrections, directives, phrase_links
from explainer.site.asset_comments import is_served_asset, without_comments
from explainer.site.build import Site, build_site, publish_policy
from explainer.site.credits import site_credit
from explainer.site.nav import site_nav
from explainer.text import editor_yaml

DEFAULT_OUT = Path("build") / "export"
# Keys of mkdocs.yml that only make sense next to the engine: the hooks
# themselves and the folders `serve` watches for them (seeds/, hooks/).
DROPPED_KEYS = ("hooks", "watch")
# Written into every export folder; an existing folder without it is never deleted.
MARKER = ".explainer-export"
# MkDocs' own front-matter pattern (mkdocs.utils.meta.YAML_RE), so a page body is
# cut exactly where MkDocs cuts it before on_page_markdown sees it.
FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)
TOP_LEVEL_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)[ \t]*:")


@dataclass(frozen=True)
class Export:
    """What one export wrote: the folder and the docs-relative paths in it."""

    out_dir: Path
    pages: list[str]  # every .md page, editorial and generated
    files: list[str]  # every other file under docs/: stylesheets, data downloads

    def summary(self, seconds: float) -> str:
        return (
            f"exported {len(self.pages)} pages and {len(self.files)} other files to {self.out_dir} in {seconds:.2f} s"
        )


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml without running its tags (!ENV, !!python/name:...)."""


_ConfigLoader.add_multi_constructor("", lambda loader, suffix, node: f"<{suffix}>")


def load_config(path: Path) -> dict:
    try:
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except yaml.YAMLError as error:
        raise InputError(path, f"not valid YAML ({_yaml_problem(error)})", _yaml_line(error)) from None
    if not isinstance(config, dict):
        raise InputError(path, "must be a mapping of MkDocs settings")
    return config


def export_config(text: str, replaced: dict | None = None) -> str:
    """mkdocs.yml without its DROPPED_KEYS blocks, everything else byte for byte.

    ``replaced`` holds settings the hook computes at build time (the nav with every
    article, the credit naming every outlet): their blocks are written anew at the
    end. Line-based so comments, anchors and tags survive; ``export_site`` checks
    the result parses to the original minus the dropped keys, plus the replaced ones.
    """
    replaced = replaced or {}
    kept, dropping = [], False
    for line in text.splitlines(keepends=True):
        top = TOP_LEVEL_KEY.match(line)
        if top:
            dropping = top.group("key") in DROPPED_KEYS or top.group("key") in replaced
        if not dropping:
            kept.append(line)
    header = "# Written by `make export` from the project's mkdocs.yml, without hooks: and watch:. Do not edit.\n"
    body = "".join(kept)
    if replaced:
        body = body.rstrip("\n") + "\n\n" + yaml.safe_dump(replaced, allow_unicode=True, sort_keys=False, width=1000)
    return header + body


def split_front_matter(text: str, source: Path) -> tuple[str, str]:
    """(front matter, body) cut the way MkDocs cuts a page; the body is what the
    hook's on_page_markdown receives.

    MkDocs silently renders invalid YAML front matter as page text and other
    generators refuse it, so here it is an error naming the file and line.
    """
    match = FRONT_MATTER.match(text)
    if not match:
        return "", text
    try:
        data = editor_yaml.load(match.group(1))
    except yaml.YAMLError as error:
        line = _yaml_line(error)
        raise InputError(
            source,
            f"front matter is not valid YAML ({_yaml_problem(error)}): put quotes around a value that holds ': '",
            line + 1 if line else None,
        ) from None
    if not isinstance(data, dict):
        return "", text
    body = text[match.end() :].lstrip("\n")
    return text[: len(text) - len(body)], body


def expand_page(text: str, source: Path, src_uri: str, site: Site) -> str:
    """An editorial page with its directives expanded and its correction notices placed by
    the hook's own calls: the body MkDocs hands to on_page_markdown, and the file line it
    starts on."""
    front, body = split_front_matter(text, source)
    first_line = front.count("\n") + 1

    def expand(markdown: str) -> str:
        markdown = phrase_links.expand(markdown, str(source), src_uri, site, first_line)
        return directives.expand(markdown, str(source), src_uri, site, first_line)

    return front + corrections.apply(body, src_uri, site.corrections, expand)


def generated_page(path: str, content: str, site: Site) -> str:
    """A generated page as the hook hands it to MkDocs: with its correction notices."""
    return corrections.apply(content, path, site.corrections)


def export_site(root: str | Path, out_dir: str | Path | None = None) -> Export:
    """Write the expanded site source of the project at ``root`` into ``out_dir``."""
    root = Path(root).resolve()
    config_path = root / "mkdocs.yml"
    config = load_config(config_path)
    docs = (root / config.get("docs_dir", "docs")).resolve()
    out = _checked_out_dir(root, docs, Path(out_dir) if out_dir else root / DEFAULT_OUT)
    # The call the adapter makes in on_config, so quoted-on links match too.
    publish = publish_policy(config.get("extra"))
    site = build_site(root / "seeds", repo_root=root, docs_dir=docs, credit=config.get("copyright"), publish=publish)

    out.parent.mkdir(parents=True, exist_ok=True)
    # A fresh sibling folder, renamed into place when complete: a failed or
    # concurrent export never leaves a half-written folder at ``out``.
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.partial-", dir=out.parent))
    staging.chmod(0o755)
    try:
        pages, files = _write(root, docs, config, site, staging)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    return Export(out, sorted(pages), sorted(files))


def _write(root: Path, docs: Path, config: dict, site: Site, staging: Path) -> tuple[list[str], list[str]]:
    """Everything the export holds, written into ``staging``; the docs-relative pages and files."""
    out_docs = staging / docs.relative_to(root)
    pages, files = [], []
    for source in _docs_files(docs):
        rel = source.relative_to(docs).as_posix()
        target = out_docs / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.suffix == ".md":
            text = _read_page(source)
            target.write_text(expand_page(text, source, rel, site), encoding="utf-8")
            pages.append(rel)
        elif is_served_asset(rel):
            # as the MkDocs build serves them (explainer.site.asset_comments)
            target.write_text(without_comments(source.read_text(encoding="utf-8")), encoding="utf-8")
            files.append(rel)
        else:
            shutil.copy2(source, target)
            files.append(rel)
    for item in site.files:
        target = out_docs / item.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(item.content, bytes):
            target.write_bytes(item.content)
        elif item.path.endswith(".md"):
            target.write_text(generated_page(item.path, item.content, site), encoding="utf-8")
        else:
            target.write_text(item.content, encoding="utf-8")
        (pages if item.path.endswith(".md") else files).append(item.path)

    for folder in _theme_folders(config, root):
        shutil.copytree(root / folder, staging / folder, ignore=shutil.ignore_patterns("__pycache__"))
    config_path = root / "mkdocs.yml"
    replaced = built_settings(config, site)
    exported = export_config(config_path.read_text(encoding="utf-8"), replaced)
    (staging / "mkdocs.yml").write_text(exported, encoding="utf-8")
    _check_config({**config, **replaced}, load_config(staging / "mkdocs.yml"), config_path)
    (staging / MARKER).write_text("made by explainer.export; `make export` replaces this folder\n", encoding="utf-8")
    return pages, files


def built_settings(config: dict, site: Site) -> dict:
    """The settings of mkdocs.yml the hook changes at build time, as it changes them."""
    built = {"nav": site_nav(config.get("nav"), site), "copyright": site_credit(config.get("copyright"), site.bundles)}
    return {key: value for key, value in built.items() if value != config.get(key)}


def _read_page(source: Path) -> str:
    """A page as MkDocs reads it: UTF-8, a byte-order mark dropped, newlines as \\n."""
    try:
        return source.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not UTF-8 text (byte {error.start}): save the page as UTF-8") from None


def _docs_files(docs: Path) -> list[Path]:
    """Files MkDocs would read from docs/: dot-files and dot-folders are skipped."""
    return sorted(
        path
        for path in docs.rglob("*")
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(docs).parts)
    )


def _theme_folders(config: dict, root: Path) -> list[str]:
    """Project folders the build reads besides docs/: theme overrides and snippet bases."""
    folders = []
    theme = config.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        folders.append(theme["custom_dir"])
    for extension in config.get("markdown_extensions") or []:
        if isinstance(extension, dict) and "pymdownx.snippets" in extension:
            bases = (extension["pymdownx.snippets"] or {}).get("base_path", ["."])
            folders += [bases] if isinstance(bases, str) else bases
    unique = []
    for folder in folders:
        path = (root / folder).resolve()
        if path != root and path.is_dir() and path.is_relative_to(root) and folder not in unique:
            unique.append(Path(folder).as_posix())
    return unique


def _checked_out_dir(root: Path, docs: Path, out: Path) -> Path:
    """The output folder, refused where replacing it could destroy sources."""
    out = out.resolve()
    if out == root or root.is_relative_to(out) or out.is_relative_to(docs):
        raise InputError(
            out, "export folder must not be the project, hold it, or lie inside docs/: pick e.g. build/export"
        )
    if out.exists() and any(out.iterdir()) and not (out / MARKER).exists():
        raise InputError(
            out, f"folder exists and was not made by the export (no {MARKER}): pick an empty or new folder"
        )
    return out


def _check_config(original: dict, exported: dict, path: Path) -> None:
    expected = {key: value for key, value in original.items() if key not in DROPPED_KEYS}
    if exported != expected:
        changed = sorted(set(expected) ^ set(exported) | {k for k in expected if expected[k] != exported.get(k)})
        raise InputError(
            path,
            f"could not drop {', '.join(DROPPED_KEYS)} cleanly "
            f"(settings changed: {', '.join(changed)}): keep them top-level blocks",
        )


def _yaml_problem(error: yaml.YAMLError) -> str:
    return getattr(error, "problem", None) or str(error).splitlines()[0]


def _yaml_line(error: yaml.YAMLError) -> int | None:
    mark = getattr(error, "problem_mark", None)
    return mark.line + 1 if mark else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer.export", description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".", help="project folder holding mkdocs.yml (default: current folder)")
    parser.add_argument("--out", help=f"output folder (default: <root>/{DEFAULT_OUT.as_posix()})")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        result = export_site(args.root, args.out)
    except InputError as error:
        shown = error.relative_to(Path(args.root))
        if isinstance(shown, Problems):  # the editor's queue is no reason the export failed
            shown = Problems([problem for problem in shown.found if not problem.to_check])
        print(f"export failed: {shown}", file=sys.stderr)
        return 1
    print(result.summary(time.perf_counter() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
