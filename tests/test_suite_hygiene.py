"""The suite holds with any seeds: a test about the seed names it (``SEED_SLUG``) and a
test about every article loops over every article. Picking "the first seed" passes
only while the seed happens to sort first, and fails once an article sorts before it."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# the ways a test has taken "the first article": by index into a sorted folder listing,
# the engine's seed list, the site's bundles or a module-level list of slugs
FIRST_SEED = re.compile(
    r"""glob\(\s*["']\*\.txt["']\s*\)\s*\)\s*\[0\]"""
    r"""|find_seeds\([^()]*(?:\([^()]*\)[^()]*)*\)\s*\[0\]"""
    r"""|\bbundles\s*\[0\]"""
    r"""|\b(?:SEEDS|SLUGS|seeds|slugs)\s*\[0\]"""
)


def first_seed_reads(text: str) -> list[int]:
    return [text.count("\n", 0, match.start()) + 1 for match in FIRST_SEED.finditer(text)]


def test_the_pattern_finds_each_way_of_taking_the_first_seed():
    samples = [
        'seed = sorted((ROOT / "seeds").glob("*.txt"))[0]',
        "article = load_article(find_seeds(ROOT / 'seeds')[0])",
        "bundle = build_site(ROOT / 'seeds').bundles[0]",
        "slug = SLUGS[0]",
    ]
    assert [first_seed_reads(sample) for sample in samples] == [[1]] * len(samples)
    assert first_seed_reads('seed = ROOT / "seeds" / f"{SEED_SLUG}.txt"') == []


def test_no_test_module_reads_the_first_seed():
    modules = sorted(TESTS.glob("*.py"))
    assert len(modules) > 40
    found = [
        f"{module.name}:{line}"
        for module in modules
        if module.name != Path(__file__).name
        for line in first_seed_reads(module.read_text(encoding="utf-8"))
    ]
    assert found == [], "name the seed (SEED_SLUG) or loop over every article: " + ", ".join(found)
