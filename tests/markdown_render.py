"""Render generated Markdown with Python-Markdown configured exactly like mkdocs.yml.

Fast enough to run per Hypothesis example, without a full `mkdocs build`.
"""

from __future__ import annotations

from functools import lru_cache

import markdown
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT


@lru_cache(maxsize=1)
def _extensions() -> tuple[list[str], dict]:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        options = dict(options or {})
        if name == "pymdownx.snippets":  # base paths are relative to the project, not the cwd
            options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
        names.append(name)
        settings[name] = options
    return names, settings


def strip_front_matter(page: str) -> str:
    if page.startswith("---\n"):
        end = page.index("\n---\n", 4)
        return page[end + 5 :]
    return page


def render_page(page: str) -> BeautifulSoup:
    """A generated .md page as the HTML MkDocs would put in the page body."""
    names, settings = _extensions()
    html = markdown.Markdown(extensions=names, extension_configs=settings).convert(strip_front_matter(page))
    return BeautifulSoup(html, "html.parser")


def normalise(text: str) -> str:
    return " ".join(text.split())


def paragraph_texts(soup: BeautifulSoup) -> list[str]:
    """The article text of each paragraph, whitespace-normalised (note markers left out)."""
    texts = []
    for paragraph in soup.select("div.ex-para .ex-para__text"):
        for marker in paragraph.select(".ex-note-ref"):
            marker.decompose()
        texts.append(normalise(paragraph.get_text()))
    return texts
