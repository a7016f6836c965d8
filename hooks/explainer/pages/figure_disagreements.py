"""Figures that disagree: the same counted thing given different values, in one article or
across the articles of the site ("30,000 in ¶3; 38,000 in another article's ¶5").

Read from every bundle's figures once per build, so each glossary can list, under a
figure, every other value the site gives for what it counts, with links to both
sources. Only counts, amounts and percentages of a counted thing named in two words
or more are compared: "workers" alone names too many different groups.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import NamedTuple

from explainer.bundle import ArticleBundle
from explainer.figures.model import Figure
from explainer.pages.figures_page import glossary_path
from explainer.pages.links import relative
from explainer.text.markup import escape_text

_COMPARED = ("count", "money", "percentage")


class Stated(NamedTuple):
    """One value of a counted thing, where it is given."""

    slug: str
    title: str
    key: str
    value: str
    paragraph: int


def _thing(figure: Figure, counts: str) -> tuple[str, str, str] | None:
    words = re.sub(r"[^\w ]", " ", counts.casefold()).split()
    while words[:1] in (["the"], ["a"], ["an"]):
        words = words[1:]
    if len(words) < 2:
        return None
    return figure.kind, figure.unit or "", " ".join(words)


def _amount(figure: Figure) -> tuple:
    return (figure.number, figure.low, figure.high)


SHOWN = 5  # other sources listed under a figure; the rest are counted, so a page stays short


class Others(NamedTuple):
    """Other values given for a figure's counted thing: the first SHOWN, and how many in all."""

    shown: list[Stated]
    total: int


def disagreements(bundles: list[ArticleBundle]) -> dict[str, dict[str, Others]]:
    """{slug: {figure key: the other values given for the same counted thing}}, in time
    linear in the number of figures: each lists at most SHOWN sources and counts the rest."""
    by_thing: dict[tuple[str, str, str], list[tuple[Stated, tuple]]] = defaultdict(list)
    for bundle in bundles:
        if bundle.figures is None:
            continue
        title = str(bundle.article.meta.get("title") or bundle.slug)
        for figure in bundle.figures.figures:
            if figure.kind not in _COMPARED or figure.number is None and figure.low is None:
                continue
            for occurrence in figure.occurrences:
                thing = _thing(figure, occurrence.counts) if occurrence.counts else None
                if thing is not None:
                    stated = Stated(bundle.slug, title, figure.key, figure.value, occurrence.paragraph)
                    by_thing[thing].append((stated, _amount(figure)))
    found: dict[str, dict[str, Others]] = defaultdict(dict)
    for given in by_thing.values():
        amounts = Counter(amount for _, amount in given)
        if len(amounts) < 2:
            continue
        for stated, amount in given:
            if stated.key in found[stated.slug]:
                continue  # the same figure counted again in another paragraph
            shown: list[Stated] = []
            for other, value in given:
                if value != amount and other not in shown:
                    shown.append(other)
                    if len(shown) == SHOWN:
                        break
            found[stated.slug][stated.key] = Others(shown, len(given) - amounts[amount])
    return dict(found)


def disagreement_note(slug: str, figure: Figure, others: Others) -> str:
    """The glossary's warning under a figure: each other value with a link to its paragraph."""
    here = glossary_path(slug)
    mine = ", ".join(f"¶{n}" for n in sorted({o.paragraph for o in figure.occurrences}))
    parts = [f"{escape_text(figure.value)} in {mine}"]
    for other in others.shown:
        link = relative(f"articles/{other.slug}/index.md#p{other.paragraph}", here)
        where = f"[¶{other.paragraph}]({link})"
        if other.slug != slug:
            where = f"[{escape_text(other.title)}]({relative(f'articles/{other.slug}/index.md', here)})’s {where}"
        parts.append(f"{escape_text(other.value)} in {where}")
    more = others.total - len(others.shown)
    if more > 0:
        parts.append(f"{more} more elsewhere on the site")
    return (
        "The same counted thing is given other values: "
        + "; ".join(parts)
        + ". They may count different people or things, or at different times: check both sources."
    )
