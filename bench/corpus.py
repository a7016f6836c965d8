"""A corpus of N articles for the scale benchmark, made from the seed in a project copy.

Each extra article is the seed article with other people's names and other
numbers, written with its metadata and editors' notes (the same substitutions
applied to all three, so every note still anchors). Editorial pages quote the
original seed: when several articles share sentences an editor names the seed
(``seed=``) in a ``::: source`` line and in a phrase link (``phrase:<slug>``),
and the copy does exactly that.
"""

from __future__ import annotations

import re
from pathlib import Path

SEED = "cambodian-workers-japan"
FAMILY = ["Sok", "Chea", "Keo", "Lim", "Meas", "Nhem", "Ouk", "Pich", "Ros", "Tep", "Vann", "Yim", "Chhay"]
GIVEN = [
    "Dara",
    "Sophal",
    "Vuthy",
    "Rithy",
    "Bopha",
    "Chenda",
    "Kosal",
    "Nimol",
    "Pisey",
    "Rotha",
    "Sokha",
    "Thida",
    "Visal",
    "Sreyla",
    "Piseth",
    "Samnang",
    "Kunthea",
]
# The seed's people, word by word: family names and given names get new ones.
FAMILY_WORDS = ("Hun", "Moeun")
GIVEN_WORDS = ("Manet", "Sen", "Tola")
GROUPED_NUMBER = re.compile(r"(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])")
SOURCE_LINE = re.compile(r"^(:::[ \t]+source[ \t]+.*?)[ \t]*$", re.M)
PHRASE_LINK = re.compile(r"\]\(\s*phrase:[ \t]*(?=\")")
TITLE_LINE = re.compile(r"^(title:[ \t]*)(.+)$", re.M)


def names_for(index: int) -> dict[str, str]:
    """A different, stable set of names for the index-th copy."""
    mapping = {word: FAMILY[(index + k * 5) % len(FAMILY)] for k, word in enumerate(FAMILY_WORDS)}
    mapping.update({word: GIVEN[(index * 3 + k * 7) % len(GIVEN)] for k, word in enumerate(GIVEN_WORDS)})
    return mapping


def vary_numbers(text: str, index: int) -> str:
    """Every grouped number (8,000; 30,000) scaled by a factor that depends on the copy."""
    factor = 1 + (index % 19 + 1) / 40

    def scaled(match: re.Match) -> str:
        return f"{round(int(match.group().replace(',', '')) * factor):,}"

    return GROUPED_NUMBER.sub(scaled, text)


def vary_names(text: str, mapping: dict[str, str]) -> str:
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, mapping)) + r")\b")
    return pattern.sub(lambda m: mapping[m.group()], text)


def write_variant(seeds: Path, index: int) -> str:
    """Write seeds/<seed>-<index>.{txt,yml,notes.md}; returns the new slug."""
    slug = f"{SEED}-{index:03d}"
    names = names_for(index)
    text = (seeds / f"{SEED}.txt").read_text(encoding="utf-8")
    (seeds / f"{slug}.txt").write_text(vary_numbers(vary_names(text, names), index), encoding="utf-8")
    # the numbers too: a speakers: entry quotes the paragraph, figures and all
    meta = vary_numbers(vary_names((seeds / f"{SEED}.yml").read_text(encoding="utf-8"), names), index)
    meta = TITLE_LINE.sub(lambda m: f"{m.group(1)}{m.group(2)} (corpus copy {index})", meta, count=1)
    (seeds / f"{slug}.yml").write_text(meta, encoding="utf-8")
    notes = seeds / f"{SEED}.notes.md"
    if notes.exists():
        varied = vary_numbers(vary_names(notes.read_text(encoding="utf-8"), names), index)
        (seeds / f"{slug}.notes.md").write_text(varied, encoding="utf-8")
    return slug


def pin_sources(docs: Path) -> None:
    """Name the original seed in every ``::: source`` line and phrase link that does not name one."""
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        pinned = SOURCE_LINE.sub(lambda m: m.group(1) if "seed=" in m.group(1) else f"{m.group(1)} seed={SEED}", text)
        pinned = PHRASE_LINK.sub(f"](phrase:{SEED} ", pinned)
        if pinned != text:
            page.write_text(pinned, encoding="utf-8")


def make_corpus(project: Path, articles: int) -> list[str]:
    """Grow the copy's seeds/ to ``articles`` articles; returns every slug."""
    if articles > 1:
        pin_sources(project / "docs")
    return [SEED] + [write_variant(project / "seeds", index) for index in range(2, articles + 1)]
