"""One People & organisations index across every article (``people.md``).

Each article has its own people page; a person quoted in three articles would
otherwise be three entries on three pages. Here they are one entry: their
role(s), and per article every paragraph they speak in (and where they are only
mentioned), linked.

Two entries of different articles are one person or organisation when they are
of the same kind and one's name is the other's name, alias or abbreviation
("Moeun Tola" and "Moeun Tola"; "CENTRAL" and the centre whose abbreviation it
is). Short forms shared by two entries ("Tola", "the ministry") are not enough:
they name different people in different articles. An editor joins two entries
the rule keeps apart with ``same_as: <name or id>`` on one of them in
``seeds/<slug>.yml``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from explainer.bundle import ArticleBundle
from explainer.errors import InputError
from explainer.pages.front_matter import front_matter
from explainer.text.markup import escape_text
from explainer.voices.model import Entity

PATH = "people.md"
TITLE = "People & organisations in every article"
NAV_LABEL = "People across articles"


class Appearance(NamedTuple):
    """One article's entry for a person or organisation."""

    bundle: ArticleBundle
    entity: Entity


def _names(entity: Entity) -> set[str]:
    return {n.casefold() for n in (entity.name, entity.abbreviation, *entity.aliases) if n}


def _same_as(bundle: ArticleBundle) -> dict[str, str]:
    """Metadata ``same_as`` by entity name."""
    meta = bundle.article.meta
    return {
        e["name"]: e["same_as"].strip()
        for kind in ("people", "organisations")
        for e in meta.get(kind) or []
        if isinstance(e, dict) and isinstance(e.get("same_as"), str)
    }


def _everyone(bundles: list[ArticleBundle]) -> list[Appearance]:
    return [Appearance(b, e) for b in bundles for e in (*b.voices.people, *b.voices.organisations)]


def _targets(everyone: list[Appearance], wanted: str, kind: str, bundle: ArticleBundle) -> list[int]:
    """Indexes of the entries of other articles a ``same_as`` value names."""
    key = wanted.casefold()
    return [
        index
        for index, other in enumerate(everyone)
        if other.bundle is not bundle
        and other.entity.kind == kind
        and (key in _names(other.entity) or key == other.entity.key)
    ]


def group(bundles: list[ArticleBundle]) -> list[list[Appearance]]:
    """Every person and organisation once, each with its appearances in article order."""
    everyone = _everyone(bundles)
    parent = list(range(len(everyone)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(a: int, b: int) -> None:
        parent[root(a)] = root(b)

    by_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, item in enumerate(everyone):
        by_name[(item.entity.kind, item.entity.name.casefold())].append(index)
    for index, item in enumerate(everyone):
        for name in _names(item.entity):
            for other in by_name.get((item.entity.kind, name), []):
                if everyone[other].bundle is not item.bundle:
                    join(index, other)
        wanted = _same_as(item.bundle).get(item.entity.name)
        for other in _targets(everyone, wanted, item.entity.kind, item.bundle) if wanted else []:
            join(index, other)
    groups: dict[int, list[Appearance]] = defaultdict(list)
    for index, item in enumerate(everyone):
        groups[root(index)].append(item)
    return list(groups.values())


def same_as_problems(bundles: list[ArticleBundle]) -> list[InputError]:
    """A ``same_as`` that names nobody in another article joins nothing: say so."""
    everyone = _everyone(bundles)
    found = []
    for bundle in bundles:
        for name, wanted in _same_as(bundle).items():
            entity = next((e for e in bundle.voices.entities if e.name == name), None)
            if entity and not _targets(everyone, wanted, entity.kind, bundle):
                found.append(
                    InputError(
                        bundle.article.path.rsplit(".", 1)[0] + ".yml",
                        f"'{name}': same_as '{wanted}' names no {entity.kind} of another article: use a name, alias"
                        " or id from another article's people page",
                    )
                )
    return found


def _display(appearances: list[Appearance]) -> Entity:
    """The entry's name and id: from metadata where an article has it, else the first found."""
    return next((a.entity for a in appearances if a.entity.source == "metadata"), appearances[0].entity)


def _paragraphs(slug: str, numbers: list[int]) -> str:
    return ", ".join(f"[¶{n}](articles/{slug}/index.md#p{n})" for n in numbers)


def _article_line(item: Appearance, with_role: bool) -> str:
    bundle, entity = item.bundle, item.entity
    title = escape_text(bundle.article.meta["title"])
    facts = [escape_text(entity.role)] if entity.role and with_role else []
    speaks, mentioned = bundle.voices.speaks_in(entity.key), bundle.voices.mentioned_in(entity.key)
    if speaks:
        facts.append("speaks in " + _paragraphs(bundle.slug, speaks))
    if mentioned:
        facts.append("mentioned in " + _paragraphs(bundle.slug, mentioned))
    facts.append(f"[who's who of the article](articles/{bundle.slug}/people.md#{entity.key})")
    return f"- *[{title}](articles/{bundle.slug}/index.md)*: " + "; ".join(facts)


def _entry(appearances: list[Appearance], anchor: str) -> str:
    shown = _display(appearances)
    heading = escape_text(shown.name) + (f" ({escape_text(shown.abbreviation)})" if shown.abbreviation else "")
    roles = sorted({a.entity.role for a in appearances if a.entity.role})
    lines = [f"### {heading} {{ #{anchor} }}", ""]
    if roles:
        lines += [f"**Role{'s' if len(roles) > 1 else ''}:** " + "; ".join(escape_text(r) for r in roles), ""]
    articles = len({id(a.bundle) for a in appearances})
    lines += [f"In {articles} article{'s' if articles > 1 else ''}:", ""]
    lines += [_article_line(a, with_role=len(roles) > 1) for a in appearances]
    return "\n".join(lines) + "\n\n"


def people_index(bundles: list[ArticleBundle]) -> str:
    """The site-level index page, people then organisations, each by name."""
    head = front_matter(
        title=TITLE,
        description="Everyone the articles quote or name, once each: roles and every paragraph they speak in.",
    ) + (
        f"# {TITLE}\n\n"
        "Everyone the articles quote or name, once each, with their role and a link to every paragraph "
        "where they speak or are mentioned, article by article. Each article's own page of people "
        "says how each speaker was found.\n\n"
    )
    groups = sorted(group(bundles), key=lambda g: _display(g).name.casefold())
    parts, used = [head], set()
    for kind, heading in (("person", "People"), ("organisation", "Organisations")):
        parts.append(f"## {heading} {{ #{heading.lower()} }}\n\n")
        entries = [g for g in groups if g[0].entity.kind == kind]
        for appearances in entries:
            anchor, suffix = _display(appearances).key, 2
            while anchor in used or anchor in ("people", "organisations"):
                anchor, suffix = f"{_display(appearances).key}-{suffix}", suffix + 1
            used.add(anchor)
            parts.append(_entry(appearances, anchor))
        if not entries:
            parts.append(f"No {heading.lower()} found.\n\n")
    return "".join(parts)
