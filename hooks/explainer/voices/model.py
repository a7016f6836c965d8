"""What the voices stage knows: people and organisations, and who says which words.

Plain frozen records with character offsets into ``Article.text``; ``Voices`` is
the per-article result other stages read (see ``attribution.py`` for the API).
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from explainer.text.article import Quote


class Entity(NamedTuple):
    """A person or organisation, from the metadata or found in the text."""

    key: str  # unique anchor id, e.g. "hun-manet"
    name: str
    kind: str  # "person" or "organisation"
    role: str | None = None
    organisation: str | None = None
    pronoun: str | None = None
    aliases: tuple[str, ...] = ()
    abbreviation: str | None = None
    url: str | None = None
    source: str = "metadata"  # or "article": found from an attribution pattern
    evidence: str = ""  # for a found entity: where and how it was found


class Attribution(NamedTuple):
    """Words of the article and who says them, with the evidence.

    ``start``/``end``: the attributed words (a quote with its marks, or a sentence
    of reported speech). ``cue_start``/``cue_end``: the words that name the speaker
    ("he said"). ``rule``: which pattern fired; ``resolution``: how the cue became
    a speaker (name, alias, pronoun, ...).
    """

    paragraph: int
    start: int
    end: int
    kind: str  # "quote", "partial-quote", "scare-quote" or "reported"
    speaker: Entity | None
    rule: str
    resolution: str
    cue_start: int | None = None
    cue_end: int | None = None

    @property
    def confidence(self) -> str:
        """How sure the engine is: "named" (the text or an editor names the speaker right
        there), "inferred" (a pronoun, short form, description or a quote that goes on)
        or "unclear" (speech nobody can be given to)."""
        if self.speaker is None:
            return "unclear" if self.kind in ("quote", "reported") else "none"
        if self.rule == "editor" or self.resolution.startswith(("name", "alias", "abbreviation", "found:")):
            return "named"
        return "inferred"


class Mention(NamedTuple):
    paragraph: int
    start: int
    end: int
    entity: Entity


class Insertion(NamedTuple):
    """Square-bracketed words inside a quote: the outlet's, not the speaker's."""

    paragraph: int
    start: int
    end: int


class ParagraphVoices(NamedTuple):
    number: int
    attributions: tuple[Attribution, ...]
    mentions: tuple[Mention, ...]
    insertions: tuple[Insertion, ...]
    start: int = 0  # the paragraph's place in the article text
    end: int = 0
    open_quote: Quote | None = None  # a quote left open at the end (it goes on in the next paragraph)
    editor: bool = False  # the speaker was set by an editor in the metadata file

    @property
    def speakers(self) -> tuple[Entity, ...]:
        """Every identified speaker, in order of first appearance."""
        seen: dict[str, Entity] = {}
        for attribution in self.attributions:
            if attribution.speaker is not None:
                seen.setdefault(attribution.speaker.key, attribution.speaker)
        return tuple(seen.values())

    @property
    def quotes(self) -> tuple[Attribution, ...]:
        return tuple(a for a in self.attributions if a.kind != "reported")

    @property
    def unclear(self) -> bool:
        """True when the paragraph holds speech the engine could not give to anyone:
        shown as "Speaker unclear" for an editor to settle, never as a guess."""
        return not self.editor and any(a.confidence == "unclear" for a in self.attributions)

    @property
    def is_narration(self) -> bool:
        """True when nobody speaks in the paragraph: the outlet's own words."""
        return not self.speakers and not self.unclear

    @property
    def mentioned(self) -> tuple[Entity, ...]:
        """Entities named in the paragraph who do not speak in it."""
        speaking = {e.key for e in self.speakers}
        seen: dict[str, Entity] = {}
        for mention in self.mentions:
            if mention.entity.key not in speaking:
                seen.setdefault(mention.entity.key, mention.entity)
        return tuple(seen.values())


class Voices(NamedTuple):
    """Who speaks in each paragraph of one article, and everyone named in it."""

    paragraphs: tuple[ParagraphVoices, ...]
    entities: tuple[Entity, ...]

    def paragraph(self, number: int) -> ParagraphVoices:
        return self.paragraphs[number - 1]

    def speakers_of(self, number: int) -> tuple[Entity, ...]:
        return self.paragraph(number).speakers

    def speaker_of(self, number: int) -> Entity | None:
        """The first speaker of a paragraph, or None for narration."""
        speakers = self.speakers_of(number)
        return speakers[0] if speakers else None

    def attribution_at(self, offset: int) -> Attribution | None:
        """The innermost attribution covering a character of the article."""
        index = bisect.bisect_right(self.paragraphs, offset, key=_start) - 1
        if index < 0:
            return None
        best = None
        for attribution in self.paragraphs[index].attributions:
            if attribution.start <= offset < attribution.end and (
                best is None or attribution.end - attribution.start < best.end - best.start
            ):
                best = attribution
        return best

    def speaker_at(self, offset: int) -> Entity | None:
        """Who says the words at ``offset`` (None: the outlet's narration)."""
        attribution = self.attribution_at(offset)
        return attribution.speaker if attribution else None

    @property
    def unclear(self) -> list[int]:
        """Paragraphs whose speaker an editor should settle (``speakers:`` in the metadata)."""
        return [p.number for p in self.paragraphs if p.unclear]

    def entity(self, key: str) -> Entity:
        return next(e for e in self.entities if e.key == key)

    def speaks_in(self, key: str) -> list[int]:
        return [p.number for p in self.paragraphs if any(s.key == key for s in p.speakers)]

    def mentioned_in(self, key: str) -> list[int]:
        """Paragraphs that name the entity without it speaking there."""
        return [p.number for p in self.paragraphs if any(e.key == key for e in p.mentioned)]

    @property
    def people(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == "person")

    @property
    def organisations(self) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.kind == "organisation")


def _start(paragraph: ParagraphVoices) -> int:
    return paragraph.start
