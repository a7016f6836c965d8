"""The benchmark's corpus is a valid project: its numbers are about a site that builds.

``bench/corpus.py`` grows a project copy to N articles that share the seed's
sentences; editorial pages must then name the seed wherever they quote or link
by phrase, or every shared phrase is ambiguous and the scale benchmark stops.
"""

from __future__ import annotations

import sys

from conftest import ROOT, copy_project
from explainer.site import build_site

sys.path.insert(0, str(ROOT / "bench"))

from corpus import SEED, make_corpus  # noqa: E402


def test_a_three_article_corpus_passes_the_engine(tmp_path):
    project = copy_project(tmp_path / "project")
    before = {p.stem for p in (project / "seeds").glob("*.txt")}  # any seeds the project has
    slugs = make_corpus(project, 3)
    site = build_site(project / "seeds", repo_root=project, docs_dir=project / "docs")
    assert {b.slug for b in site.bundles} == before | set(slugs)
    assert len(site.bundles) == len(before) + 2


def test_every_phrase_link_and_source_line_names_the_seed(tmp_path):
    project = copy_project(tmp_path / "project")
    make_corpus(project, 2)
    text = "\n".join(p.read_text(encoding="utf-8") for p in (project / "docs").rglob("*.md"))
    assert "](phrase: " not in text and '](phrase:"' not in text
    assert text.count(f"](phrase:{SEED} ") >= 1
    source_lines = [line for line in text.splitlines() if line.startswith("::: source")]
    assert source_lines, "the editorial pages quote the article"
    assert all(f"seed={SEED}" in line for line in source_lines)
