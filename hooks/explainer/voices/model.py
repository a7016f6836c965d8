"""What the voices stage knows: people and organisations, and who says which words.

Plain frozen records with character offsets into ``Article.text``; ``Voices`` is
the per-article result other stages read (see ``attribution.py`` for the API).
"""

from __future__ import annotations

import bisect
from enum import StrEnum
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


class PatternRule(StrEnum):
    """Which pattern of the reader gave an attribution its speaker (``Attribution.rule``).
    Kept with the records, not the reader: a cached analysis unpickles it without
    loading the reader and its grammar."""

    ACCORDING_TO = "according-to"  # according to X
    ATTRIBUTION_AFTER_COMMA = "attribution-after-comma"  # ..., the ministry said
    ATTRIBUTION_THEN_QUOTE = "attribution-then-quote"  # He said: "..."
    PARTIAL_QUOTE_IN_ATTRIBUTED_SENTENCE = (
        "partial-quote-in-attributed-sentence"  # words quoted in a sentence with an attributed quote
    )
    PARTIAL_QUOTE_IN_REPORTED_SPEECH = "partial-quote-in-reported-speech"  # X said the camp was "crowded"
    QUOTE_CONTINUES = "quote-continues"  # a quote going on from one attributed before
    QUOTE_IN_NARRATION = "quote-in-narration"  # a scare quote in the outlet's own words
    QUOTE_THEN_ATTRIBUTION = "quote-then-attribution"  # "...," he said
    QUOTE_THEN_INVERTED_ATTRIBUTION = "quote-then-inverted-attribution"  # "...," said Kojima Masanobu
    QUOTED_AS_SAYING = "quoted-as-saying"  # the statement quoted X as saying
    REPORTED_SPEECH = "reported-speech"  # X said the ...
    REPORTED_SPEECH_CONTINUES = "reported-speech-continues"  # The ministry would also ... (after the ministry said)
    RULES_DISAGREE = "rules-disagree"  # words before and after a quote name two speakers
    SENTENCE_SUBJECT_SPEAKS = "sentence-subject-speaks"  # The agency recorded ... and warned
    SUBJECT_THEN_COLON_QUOTE = "subject-then-colon-quote"  # X put it bluntly: "..."


class Evidence(StrEnum):
    """How a speaker label is earned (DESIGN.md, "How a speaker label is earned"),
    strongest first: the weakest evidence in a paragraph decides how it is shown."""

    EDITOR = "editor"  # set or confirmed in the seed's YAML
    STATED = "stated"  # a name (or a description of one person) and a speech verb in the speech's sentence
    CONTINUED = "continued"  # the same quotation or reported speech carried on from a stated one
    RESOLVED = "resolved"  # a pronoun, short form or role resolved to exactly one compatible candidate
    UNCLEAR = "unclear"  # speech nobody can be given to on this evidence
    NONE = "none"  # no speaker claimed: words quoted in the outlet's narration

    @property
    def shown_plainly(self) -> bool:
        return self in (Evidence.EDITOR, Evidence.STATED, Evidence.CONTINUED)


STRENGTH = tuple(Evidence)  # strongest first


def weakest(evidence: list[Evidence]) -> Evidence:
    return max(evidence, key=STRENGTH.index) if evidence else Evidence.NONE


class Attribution(NamedTuple):
    """Words of the article and who says them, with the evidence. Built with keywords.

    ``start``/``end``: the attributed words (a quote with its marks, or a sentence
    of reported speech). ``cue_start``/``cue_end``: the words that name the speaker
    ("he said"). ``rule``: which pattern fired; ``resolution``: how the cue became
    a speaker (name, alias, pronoun, ...). ``evidence``: what kind of evidence that is;
    where it is not ``stated``, ``via`` holds the words that stand for the speaker
    ("he", "Tola", "the ministry"), ``named_in`` the paragraph where the speaker was
    named, and ``support`` the chain from one to the other, in words.
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
    evidence: Evidence = Evidence.NONE
    via: str = ""
    named_in: int | None = None
    support: str = ""

    @property
    def confidence(self) -> str:
        """The evidence in three words: "named" (the text or an editor names the speaker
        right there), "inferred" (carried on or resolved) or "unclear" (speech nobody can
        be given to); "none" where no speaker is claimed."""
        return {
            Evidence.EDITOR: "named",
            Evidence.STATED: "named",
            Evidence.CONTINUED: "inferred",
            Evidence.RESOLVED: "inferred",
        }.get(self.evidence, self.evidence.value)


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
    held: bool = False  # a resolved speaker the site's policy shows as unclear until an editor confirms it

    @property
    def speakers(self) -> tuple[Entity, ...]:
        """Every identified speaker, in order of first appearance (none while held back)."""
        return () if self.held else self._speaking()

    def _speaking(self) -> tuple[Entity, ...]:
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
        """True when the paragraph holds speech the engine could not give to anyone (or
        that the site's policy holds back): shown as "Speaker unclear" for an editor to
        settle, never as a guess."""
        return self.held or self._unclear_speech

    @property
    def _unclear_speech(self) -> bool:
        return not self.editor and any(a.evidence is Evidence.UNCLEAR for a in self.attributions)

    def best(self, entity: Entity) -> Attribution:
        """The entity's attribution with the strongest evidence in this paragraph."""
        own = [a for a in self.attributions if a.speaker is not None and a.speaker.key == entity.key]
        return min(own, key=lambda a: STRENGTH.index(a.evidence))

    @property
    def resolved(self) -> tuple[Attribution, ...]:
        """For each speaker known here only by a resolved cue (a pronoun, a short form, a
        role), that attribution: what the label shows as its evidence."""
        if self.editor:
            return ()
        best = [self.best(entity) for entity in self._speaking()]
        return tuple(a for a in best if a.evidence is Evidence.RESOLVED)

    @property
    def evidence(self) -> Evidence:
        """How the paragraph's label is earned: its weakest speaker's strongest evidence,
        ``unclear`` with speech nobody is given, ``none`` for narration."""
        if self.editor:
            return Evidence.EDITOR
        if self._unclear_speech:
            return Evidence.UNCLEAR
        return weakest([self.best(entity).evidence for entity in self._speaking()])

    @property
    def needs_check(self) -> bool:
        """Unclear, or a speaker only resolved: the editor's queue."""
        return self.evidence in (Evidence.UNCLEAR, Evidence.RESOLVED)

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

    def holding_resolved(self) -> Voices:
        """The site's ``publish: stated`` policy: a paragraph whose speaker is only resolved
        is shown as unclear until an editor confirms it."""
        paragraphs = tuple(p._replace(held=bool(p.resolved)) for p in self.paragraphs)
        return self._replace(paragraphs=paragraphs)

    @property
    def queue(self) -> list[ParagraphVoices]:
        """Paragraphs an editor should check: unclear, or a speaker only resolved."""
        return [p for p in self.paragraphs if p.needs_check]

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
