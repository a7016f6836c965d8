"""Material's stylesheets cut to the rules this site's pages can use: docs/stylesheets/material.css.

Every page carries its styles inline (hooks/explainer/site/inline_styles.py): on a slow
phone a stylesheet is one more round trip before the first paint (bench/README.md, "A
slow phone"). Material's two stylesheets are 24.6 KB gzipped, most of it for components
this site never shows (code blocks, admonitions, tabs, blog, versions, and every colour
but indigo), so the rules kept are those whose every class and colour could be on a page:

- a selector is dropped when it needs a class that no page of the built site has in a
  `class` attribute, no script of the site names and no template of the navigation
  writes (a site with more articles nests its nav), or a `data-md-color-*` value no
  page has (a class inside `:not()` is not needed);
- a custom property is dropped when no kept rule, page or script reads it;
- `.focus-visible`, a class Material's script set (a polyfill), becomes the
  browser's own `:focus-visible`, since Material's script is not loaded.

Run after a build (`make reader-css` does both); tests/test_reader_css.py fails when
the file differs from what this script makes of the built site.

    .venv/bin/python scripts/reader_css.py site
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

import material
import tinycss2
from tinycss2 import ast

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "stylesheets" / "material.css"
MATERIAL_TEMPLATES = Path(material.__file__).parent / "templates"
MATERIAL_CSS = MATERIAL_TEMPLATES / "assets" / "stylesheets"
SHEETS = ("main.*.min.css", "palette.*.min.css")  # in the order Material's pages link them
HEADER = "/* Material for MkDocs {version} (MIT licence), cut to this site by scripts/reader_css.py */\n"

_CLASS_ATTRIBUTE = re.compile(r'\sclass="([^"]*)"')
_COLOR_ATTRIBUTE = re.compile(r'\sdata-md-color-[a-z]+="([^"]*)"')
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script>", re.DOTALL)
_WORD = re.compile(r"[A-Za-z_][\w-]*")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
_POLYFILLED = re.compile(r"(?<![\w-])\.focus-visible(?![\w-])")


def template_classes() -> set[str]:
    """Every class name the navigation's templates (Material's, the site's overrides) can
    write: a site with more articles nests its nav, with classes this build may not have."""
    words: set[str] = set()
    for folder in (MATERIAL_TEMPLATES / "partials", ROOT / "overrides" / "partials"):
        for template in [*folder.glob("nav*.html"), *folder.glob("toc*.html")]:
            for value in _CLASS_ATTRIBUTE.findall(template.read_text(encoding="utf-8")):
                words.update(_WORD.findall(value))
    return words


def vocabulary(site_dir: Path) -> set[str]:
    """Every class and colour name a page of the site has or a template writes, and every
    word its scripts use."""
    words = template_classes()
    for page in site_dir.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for value in _CLASS_ATTRIBUTE.findall(html) + _COLOR_ATTRIBUTE.findall(html):
            words.update(value.split())
        for script in _SCRIPT.findall(html):
            words.update(_WORD.findall(script))
    for script in (site_dir / "javascripts").rglob("*.js"):
        words.update(_WORD.findall(script.read_text(encoding="utf-8")))
    return words


def _selectors(prelude: list) -> list[list]:
    """A rule's selector list, split at its top-level commas."""
    parts: list[list] = [[]]
    for token in prelude:
        if isinstance(token, ast.LiteralToken) and token.value == ",":
            parts.append([])
        else:
            parts[-1].append(token)
    return parts


def _needed(tokens: Iterable) -> Iterable[str]:
    """The classes and colour values a selector needs on the page to match anything."""
    tokens = [t for t in tokens if not isinstance(t, ast.WhitespaceToken | ast.Comment)]
    for before, token in zip([None, *tokens], tokens, strict=False):
        if isinstance(token, ast.IdentToken) and isinstance(before, ast.LiteralToken) and before.value == ".":
            yield token.value
        elif isinstance(token, ast.SquareBracketsBlock):
            inner = [t for t in token.content if not isinstance(t, ast.WhitespaceToken)]
            name = inner[0].value if inner and isinstance(inner[0], ast.IdentToken) else ""
            if name.startswith("data-md-color-") and len(inner) == 3 and hasattr(inner[2], "value"):
                yield str(inner[2].value)
        elif isinstance(token, ast.FunctionBlock) and token.lower_name not in ("not", "nth-child", "nth-last-child"):
            yield from _needed(token.arguments)


def _kept_rules(rules: list, words: set[str]) -> list:
    """The rules (and at-rules' inner rules) with at least one selector that can match."""
    kept = []
    for rule in rules:
        if isinstance(rule, ast.QualifiedRule):
            selectors = [s for s in _selectors(rule.prelude) if set(_needed(s)) <= words]
            if selectors:
                prelude = tinycss2.serialize(sum(([ast.LiteralToken(0, 0, ",")] + s for s in selectors), [])[1:])
                kept.append((prelude.strip(), rule.content))
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword in ("media", "supports") and rule.content:
            inner = _kept_rules(tinycss2.parse_rule_list(rule.content, skip_whitespace=True), words)
            if inner:
                kept.append((f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}", inner))
        elif isinstance(rule, ast.AtRule) and rule.lower_at_keyword != "charset":  # not for a <style>
            kept.append((f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude).rstrip()}", rule.content))
    return kept


def _declarations(content: list | None, unread: set[str]) -> str:
    """A rule's declarations, without the custom properties nothing reads."""
    if content is None:
        return ""
    out = []
    for item in tinycss2.parse_blocks_contents(content, skip_whitespace=True, skip_comments=True):
        if isinstance(item, ast.Declaration):
            if item.name in unread:
                continue
            value = tinycss2.serialize(item.value).strip()
            out.append(f"{item.name}:{value}{'!important' if item.important else ''}")
        else:
            out.append(tinycss2.serialize([item]))
    return ";".join(out)


def _write(kept: list, unread: set[str]) -> str:
    parts = []
    for prelude, content in kept:
        if isinstance(content, list) and content and isinstance(content[0], tuple):
            parts.append(f"{prelude}{{{_write(content, unread)}}}")
        elif prelude.startswith("@") and prelude.split()[0].lower() in ("@keyframes", "@-webkit-keyframes"):
            parts.append(f"{prelude}{{{tinycss2.serialize(content or []).strip()}}}")
        elif content is None:
            parts.append(f"{prelude};")
        else:
            body = _declarations(content, unread)
            if body:
                parts.append(f"{prelude}{{{body}}}")
    return "".join(parts)


def cut(css: str, words: set[str], read_elsewhere: str) -> str:
    """``css`` with only the rules ``words`` can match and the custom properties something reads."""
    rules = tinycss2.parse_stylesheet(_POLYFILLED.sub(":focus-visible", css), skip_whitespace=True, skip_comments=True)
    kept = _kept_rules(rules, words)
    declared = set(re.findall(r"(--[\w-]+)\s*:", css))
    unread: set[str] = set()
    while True:
        text = _write(kept, unread)
        now_unread = declared - set(_VAR.findall(text + read_elsewhere))
        if now_unread == unread:
            return text
        unread = now_unread


def reader_css(site_dir: Path) -> str:
    """The file this script writes, for the site built in ``site_dir``."""
    words = vocabulary(site_dir)
    elsewhere = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.css") if p != OUT)
    elsewhere += "".join(p.read_text(encoding="utf-8") for p in site_dir.rglob("*.html"))
    sheets = [next(MATERIAL_CSS.glob(pattern)) for pattern in SHEETS]
    body = "\n".join(cut(sheet.read_text(encoding="utf-8"), words, elsewhere) for sheet in sheets)
    return HEADER.format(version=material.__version__) + body + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not (Path(argv[0]) / "index.html").is_file():
        print("usage: scripts/reader_css.py SITE_DIR (a built site, e.g. `site` after `make build`)", file=sys.stderr)
        return 2
    OUT.write_text(reader_css(Path(argv[0])), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {OUT.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
