"""The analysis cache: a rebuild reuses an article's analysis only when nothing it was
made from changed, and the site it gives is the one a fresh analysis gives."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import ROOT, SEED_SLUG, copy_project

sys.path.insert(0, str(ROOT / "hooks"))
from explainer.errors import Problems  # noqa: E402
from explainer.site.analysis_cache import AnalysisCache, engine_fingerprint  # noqa: E402
from explainer.site.build import build_site  # noqa: E402


def build(project: Path, cache: AnalysisCache | None):
    return build_site(project / "seeds", repo_root=project, docs_dir=project / "docs", credit="©", cache=cache)


def contents(site) -> dict[str, str | bytes]:
    return {item.path: item.content for item in site.files}


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def test_a_rebuild_reuses_every_article_and_gives_the_same_site(project, tmp_path):
    fresh = contents(build(project, None))
    first = AnalysisCache(tmp_path / "cache")
    assert contents(build(project, first)) == fresh
    seeds = len(list((project / "seeds").glob("*.txt")))
    assert (first.hits, first.misses) == (0, seeds)
    again = AnalysisCache(tmp_path / "cache")
    rebuilt = build(project, again)
    assert (again.hits, again.misses) == (seeds, 0)
    assert contents(rebuilt) == fresh
    # quotes found in docs/ on this build, not the cached build's
    assert any(bundle.quoted_on for bundle in rebuilt.bundles)


def test_an_edited_seed_is_analysed_again_and_its_old_entry_dropped(project, tmp_path):
    build(project, AnalysisCache(tmp_path / "cache"))
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.rstrip("\n") + "\n\nA closing paragraph added by an editor.\n", encoding="utf-8")
    cache = AnalysisCache(tmp_path / "cache")
    site = build(project, cache)
    assert cache.misses == 1
    bundle = site.bundle(seed.stem)
    assert bundle.article.paragraphs[-1].text == "A closing paragraph added by an editor."
    assert len(list((tmp_path / "cache").glob(f"{seed.stem}.analysis.*.pickle"))) == 1
    assert len(list((tmp_path / "cache").glob(f"{seed.stem}.pages.*.pickle"))) == 1


@pytest.mark.parametrize("companion", ["yml", "notes.md", "figures.yml"])
def test_each_companion_file_is_part_of_the_key(project, tmp_path, companion):
    cache = AnalysisCache(tmp_path / "cache")
    build(project, cache)
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    companion_file = seed.with_name(f"{seed.stem}.{companion}")
    before = cache.key(seed_files(project, seed.stem))
    if companion_file.exists():
        companion_file.write_text(companion_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    else:
        companion_file.write_text("\n", encoding="utf-8")
    assert AnalysisCache(tmp_path / "cache").key(seed_files(project, seed.stem)) != before


def seed_files(project: Path, slug: str):
    from explainer.text.seeds import find_seeds

    return next(seed for seed in find_seeds(project / "seeds") if seed.slug == slug)


def test_an_edit_to_the_engine_changes_the_fingerprint(tmp_path):
    engine = tmp_path / "engine"
    (engine / "voices").mkdir(parents=True)
    module = engine / "voices" / "grammar.py"
    module.write_text("SAID = 'said'\n", encoding="utf-8")
    before = engine_fingerprint(engine)
    assert engine_fingerprint(engine) == before
    module.write_text("SAID = 'says'\n", encoding="utf-8")
    os.utime(module, ns=(1, 1))
    assert engine_fingerprint(engine) != before


def test_a_seed_with_a_problem_is_never_kept(project, tmp_path):
    seed = project / "seeds" / f"{SEED_SLUG}.txt"
    seed.with_name(f"{seed.stem}.yml").write_text("title: [unclosed\n", encoding="utf-8")
    cache = AnalysisCache(tmp_path / "cache")
    with pytest.raises(Problems):
        build(project, cache)
    assert not list((tmp_path / "cache").glob(f"{seed.stem}.*"))


def test_an_unreadable_entry_is_a_miss_not_a_failure(project, tmp_path):
    build(project, AnalysisCache(tmp_path / "cache"))
    for entry in (tmp_path / "cache").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    cache = AnalysisCache(tmp_path / "cache")
    assert contents(build(project, cache)) == contents(build(project, None))
    assert cache.hits == 0


def test_a_build_from_the_cache_never_loads_the_analysers(project, tmp_path):
    """What the cache saves besides the analysis: loading the grammar and the patterns."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.path.insert(0, {str(ROOT / "hooks")!r})
        from explainer.site.analysis_cache import AnalysisCache
        from explainer.site.build import build_site
        project = Path({str(project)!r})
        build_site(project / "seeds", project, project / "docs", "©", AnalysisCache(Path(sys.argv[1])))
        print(" ".join(m for m in ("explainer.voices.reader", "explainer.figures.extract") if m in sys.modules))
        """
    )
    run = [sys.executable, "-c", script, str(tmp_path / "cache")]
    cold = subprocess.run(run, capture_output=True, text=True, check=True)
    warm = subprocess.run(run, capture_output=True, text=True, check=True)
    assert cold.stdout.split() == ["explainer.voices.reader", "explainer.figures.extract"]
    assert warm.stdout.split() == []


def test_an_article_page_follows_what_docs_quote_of_it(project, tmp_path):
    """The article's pages are kept too, but they list the pages quoting each paragraph:
    a quote added in docs/ must show on the next build, from the cache or not."""
    build(project, AnalysisCache(tmp_path / "cache"))
    slug = SEED_SLUG
    seed = seed_files(project, slug)
    cached = build(project, AnalysisCache(tmp_path / "cache")).bundle(slug)
    unquoted = max(
        (p for p in cached.article.paragraphs if all(q.page != "about.md" for q in cached.quoted_on.get(p.number, []))),
        key=lambda p: len(p.text),
    )
    words = " ".join(unquoted.text.split()[4:14]).strip('.,;:“”"')
    page = project / "docs" / "about.md"
    page.write_text(page.read_text(encoding="utf-8") + f'\n::: source "{words}" seed={slug}\n', encoding="utf-8")
    rebuilt = contents(build(project, AnalysisCache(tmp_path / "cache")))
    assert rebuilt == contents(build(project, None))
    block = (
        rebuilt[f"articles/{seed.slug}/index.md"]
        .split(f'id="{unquoted.anchor}"', 1)[1]
        .split('class="ex-para" id=', 1)[0]
    )
    assert "about.md#" in block
