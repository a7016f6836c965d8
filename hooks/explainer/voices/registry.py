"""Who the reader has met so far: people and organisations, in reading order.

The registry is what makes a pronoun, a short form or "the ministry" resolve
against what came before, as a reader's memory would.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from explainer.voices.model import Entity
from explainer.voices.names import TITLES


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entity"


class Reference(NamedTuple):
    """A resolved subject: who, how, and extra words found around the name."""

    entity: Entity | None
    resolution: str
    description: str = ""  # role words or appositive found in the text


@dataclass
class Registry:
    """Entities known so far while reading the article in order."""

    reserved: set = field(default_factory=lambda: {"people", "organisations", "voices"})
    by_key: dict = field(default_factory=dict)  # key -> Entity, in order of first appearance
    first_seen: dict = field(default_factory=dict)  # key -> offset where the full name first appears
    history: list = field(default_factory=list)  # speakers and sentence subjects, in reading order
    history_at: list = field(default_factory=list)  # the offset where each of them was named
    _cache: dict = field(default_factory=dict)  # derived lookups, dropped on every change
    text: str = ""  # the article, for a description's antecedent ("the ministry")
    documents: dict = field(default_factory=dict)  # "statement" -> who issued the last one named

    @property
    def entities(self) -> list[Entity]:
        return list(self.by_key.values())

    def add(self, entity: Entity) -> Entity:
        key, n = entity.key, 2
        while key in self.reserved:
            key, n = f"{entity.key}-{n}", n + 1
        entity = entity._replace(key=key)
        self.reserved.add(key)
        self.by_key[key] = entity
        self._cache.clear()
        return entity

    def update(self, entity: Entity, **changes) -> Entity:
        updated = self.by_key[entity.key]._replace(**changes)
        self.by_key[entity.key] = updated
        self.history = [updated if e.key == entity.key else e for e in self.history]
        self._cache.clear()
        return updated

    def current(self, entity: Entity) -> Entity:
        return self.by_key[entity.key]

    def surfaces(self) -> list[tuple[str, Entity, str]]:
        """(surface form, entity, resolution) for every full name, alias and abbreviation."""
        if "surfaces" not in self._cache:
            found = []
            for entity in self.by_key.values():
                found.append((entity.name, entity, "name"))
                found += [(alias, entity, "alias") for alias in entity.aliases]
                if entity.abbreviation:
                    found.append((entity.abbreviation, entity, "abbreviation"))
            self._cache["surfaces"] = sorted(found, key=lambda item: -len(item[0]))
        return self._cache["surfaces"]

    def _name_words(self) -> dict[str, Entity]:
        """Name words that belong to exactly one person (not titles, not whole names)."""
        if "words" not in self._cache:
            owners: dict[str, set] = {}
            for entity in self.by_key.values():
                for token in entity.name.split():
                    owners.setdefault(token, set()).add(entity.key)
            self._cache["words"] = {
                token: entity
                for entity in self.by_key.values()
                if entity.kind == "person" and not _described(entity)
                for token in entity.name.split()
                if len(owners[token]) == 1 and token not in TITLES and token != entity.name
            }
        return self._cache["words"]

    def short_forms(self, before: int) -> dict[str, Entity]:
        """Single name words that stand for exactly one person named before ``before``."""
        return {
            token: entity
            for token, entity in self._name_words().items()
            if self.first_seen.get(entity.key, 1 << 60) < before
        }

    def short_form(self, token: str, at: int) -> Entity | None:
        """The one person a name word stands for; a word two people share ("Park") stands
        for the one of them who spoke or was named last, if that was in the last few hundred
        characters' reach of this paragraph and the one before."""
        entity = self._name_words().get(token)
        if entity is None:
            recent = [
                e
                for e, seen in zip(self.history, self.history_at, strict=True)
                if at - seen < 1500 and e.kind == "person" and token in e.name.split() and not _described(e)
            ]
            entity = recent[-1] if recent and len({e.key for e in recent}) == 1 else None
        if entity is None or self.first_seen.get(entity.key, 1 << 60) >= at:
            return None
        return entity

    def remember(self, entity: Entity, at: int) -> None:
        """A speaker or a sentence's subject: who a later pronoun may stand for."""
        self.history.append(entity)
        self.history_at.append(at)

    def last_seen(self, entity: Entity, before: int, pronoun: bool) -> int | None:
        """What a resolved label points back to: for a pronoun, where the entity was last
        a speaker or a sentence's subject before ``before``; for a short form or a
        description, where its full name was first read."""
        for candidate, at in zip(reversed(self.history), reversed(self.history_at), strict=True):
            if pronoun and candidate.key == entity.key and at < before:
                return at
        first = self.first_seen.get(entity.key)
        return first if first is not None and first < before else None

    def last_speaker(self, pronoun: str, since: int = 0, at: int | None = None) -> tuple[Entity | None, str]:
        """The person a pronoun at ``at`` stands for: the most recent speaker or sentence
        subject it fits, named no earlier than ``since`` (two paragraphs back). Anyone
        further back is a guess, and so is one named together with someone else it fits
        ("Sophal and Sovann toured the centre. ... he said"): the answer is None and the
        paragraph is shown as unclear."""
        for entity, seen in zip(reversed(self.history), reversed(self.history_at), strict=True):
            if not fits(entity, pronoun):
                continue
            if seen < since:
                return None, f"pronoun '{pronoun}': unclear, nobody it fits in this or the two paragraphs before"
            rival = self._named_with(entity, pronoun, self.text[seen:at] if at is not None else "")
            if rival:
                return None, f"pronoun '{pronoun}': unclear, it fits {entity.name} and {rival}, named together"
            if entity.pronoun == pronoun:
                return entity, f"pronoun '{pronoun}': last named speaker (or sentence subject) with that pronoun"
            return entity, f"pronoun '{pronoun}': last speaker, pronoun learnt from this use"
        return None, f"pronoun '{pronoun}': no earlier speaker to refer to"

    def fitting(self, pronoun: str, since: int) -> set[str]:
        """The keys of everyone met since ``since`` whom the pronoun could stand for."""
        return {e.key for e, at in zip(self.history, self.history_at, strict=True) if at >= since and fits(e, pronoun)}

    def _named_with(self, entity: Entity, pronoun: str, text: str) -> str | None:
        """Another name joined to the entity's in ``text`` ("Sophal and Sovann", "Dara,
        Sophal and Sovann") that the pronoun could stand for as well: a person, or a
        name the article has not placed."""
        if entity.kind != "person" or " and " not in text:
            return None
        forms = {entity.name, *entity.aliases, *(w for w in entity.name.split() if w not in TITLES and len(w) > 2)}
        known = {surface: other for surface, other, _ in self.surfaces()}
        for listed in _NAME_LIST.finditer(text):
            names = [n.strip() for n in re.split(r",\s+|,?\s+and\s+", listed.group())]
            if not forms & set(names):
                continue
            for name in names:
                other = known.get(name)
                if name in forms or name in TITLES or (other is not None and not fits(other, pronoun)):
                    continue
                return name
        return None


_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}"
# names joined by "and", perhaps after a list: "Sophal and Sovann", "Dara, Sophal and Sovann"
_NAME_LIST = re.compile(rf"(?<![\w'’-]){_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}(?![\w'’-])")


def _described(entity: Entity) -> bool:
    """An entity the article describes but has not named ("labour ministry official")."""
    described = any(w in entity.evidence for w in ("description", "group", "document"))
    return entity.source == "article" and described and not entity.name[:1].isupper()


def fits(entity: Entity, pronoun: str) -> bool:
    """Whether a pronoun can stand for an entity: he/she a person of that or unknown
    gender, they an organisation or anyone already called they."""
    if pronoun in ("they", "it"):
        return entity.pronoun == pronoun or (entity.pronoun is None and entity.kind in ("organisation", "document"))
    return entity.kind == "person" and entity.pronoun in (pronoun, None)
