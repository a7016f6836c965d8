"""The guides stay short and their links lead somewhere: README.md at most 8 KB, every
relative link in the README, CONTRIBUTING.md and the developers' READMEs names a file of
the repository (and, for a heading anchor in a Markdown file, a heading), and the map of
the tests names every test file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from explainer.text import fences

GUIDES = ["README.md", "CONTRIBUTING.md", "hooks/README.md", "tests/README.md"]
LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
CODE_SPAN = re.compile(r"(`+).*?\1")


def relative_links(path: Path) -> list[tuple[int, str]]:
    found = []
    for number, line in fences.outside_code(path.read_text(encoding="utf-8")):
        for match in LINK.finditer(CODE_SPAN.sub("", line)):
            target = match.group("target")
            if not re.match(r"^[a-z][a-z0-9+.-]*:", target):  # https:, mailto:, phrase: ...
                found.append((number, target))
    return found


def heading_anchors(path: Path) -> set[str]:
    """The anchors GitHub gives a Markdown file's headings."""
    anchors = set()
    for _, line in fences.outside_code(path.read_text(encoding="utf-8")):
        if match := re.match(r"^#{1,6}\s+(.+?)\s*$", line):
            words = re.sub(r"[^\w\- ]", "", match.group(1).lower())
            anchors.add(words.replace(" ", "-"))
    return anchors


def test_the_readme_is_at_most_8_kb():
    size = len((ROOT / "README.md").read_bytes())
    assert size <= 8 * 1024, f"README.md is {size} bytes: move detail into a guide"


@pytest.mark.parametrize("guide", GUIDES)
def test_every_relative_link_of_a_guide_resolves(guide):
    path = ROOT / guide
    links = relative_links(path)
    assert links, f"{guide} links to the other guides"
    broken = []
    for number, target in links:
        file_part, _, anchor = target.partition("#")
        linked = (path.parent / file_part).resolve() if file_part else path
        if not linked.exists():
            broken.append(f"{guide}:{number}: {target} (no such file)")
        elif anchor and linked.suffix == ".md" and anchor not in heading_anchors(linked):
            broken.append(f"{guide}:{number}: {target} (no such heading)")
    assert broken == []


def test_the_tests_readme_names_every_test_file():
    readme = (ROOT / "tests" / "README.md").read_text(encoding="utf-8")
    files = sorted(path.name for path in (ROOT / "tests").glob("test_*.py"))
    assert len(files) > 40
    assert [name for name in files if f"`{name}`" not in readme] == [], "add it to tests/README.md, by kind"


def test_the_link_check_sees_a_broken_link_and_a_broken_anchor(tmp_path):
    guide = tmp_path / "GUIDE.md"
    guide.write_text(
        "# Title\n\n## Add a note\n\n[ok](#add-a-note) [bad](#add-a-chart) [gone](missing.md)\n"
        "`[code](not-a-link.md)` [web](https://example.org/x)\n\n```\n[fenced](also-not.md)\n```\n",
        encoding="utf-8",
    )
    assert relative_links(guide) == [(5, "#add-a-note"), (5, "#add-a-chart"), (5, "missing.md")]
    assert heading_anchors(guide) == {"title", "add-a-note"}
