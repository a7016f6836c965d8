"""Who says what: attribute every paragraph of an article to its speaker(s).

News prose signals speech with a small grammar: a quote followed or preceded by
an attribution ("..., he said", "Manet said: ..."), reported speech at the start
of a sentence ("The premier said that ..."), an appositive that gives the role
("Moeun Tola, executive director of ..., said"), and pronouns that continue the
last speaker ("he said"). Each rule below recognises one of these, and every
attribution records which rule fired and the exact characters that named the
speaker, so a wrong attribution can be explained and fixed.

API for other stages (figures, notes, pages)::

    voices = attribute(article)          # once per article, in site.analyse
    voices.speaker_of(4)                 # first speaker of paragraph 4, or None
    voices.paragraph(4).speakers         # every speaker of paragraph 4, in order
    voices.speaker_at(offset)            # who says the words at that character
    voices.entity("hun-manet")           # a person or organisation by key
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Iterable

from .article import Quote

if TYPE_CHECKING:
    from .article import Article, Paragraph

# --- What counts as speech -----------------------------------------------------

SPEECH_VERBS = (
    "said says say told tells added adds noted notes urged urges stated explained explains "
    "argued argues warned warns suggested suggests insisted insists claimed asserted stressed "
    "stresses emphasised emphasized emphasises emphasizes recalled asked asks replied continued "
    "announced announces declared revealed reveals assured acknowledged admitted wrote writes "
    "commented observed maintained contended cautioned lamented complained confirmed denied "
    "estimated predicted promised pledged vowed remarked reiterated highlighted "
    "recommended proposed"
).split()
_VERB = r"(?:pointed out|called for|" + "|".join(sorted(set(SPEECH_VERBS), key=len, reverse=True)) + r")"
VERB = re.compile(rf"(?<![\w’'-]){_VERB}(?![\w’'-])")
# words that may sit between the subject and the verb ("He also suggested")
_ADVERB = re.compile(r"(?:\s+(?:also|further|later|then|again|earlier|previously|once again|repeatedly))+\s*$")
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
PRONOUNS = {"he": "he", "she": "she", "they": "they"}
# double quotation marks only: ’ is far more often an apostrophe (“Japan’s”, O’Brien)
QUOTE_MARKS = "\u201c\u201d\""
OPEN_QUOTES = "\u201c\""
INSERTION = re.compile(r"\[[^\[\]\n]{1,80}\]")

# Capitalised words that are titles, not names ("Labour Minister Ith Samheng").
TITLES = set(
    "Prime Minister Ministers President Vice Deputy Secretary General Director Executive Chairman "
    "Chairwoman Chair Chief Governor Ambassador Senator King Queen Prince Princess Mr Mr. Mrs Mrs. "
    "Ms Ms. Dr Dr. Professor Prof Prof. Former Senior Spokesperson Spokesman Spokeswoman Foreign "
    "Labour Labor Interior Finance Economy Commerce Defence Defense Justice Health Education "
    "Minister's Premier Lord Sir Dame Judge Mayor Commissioner Councillor Officer Manager Head "
    "Cambodian Japanese Thai Korean Chinese Vietnamese Acting Permanent Undersecretary "
    "Under-Secretary Lieutenant Colonel Major Captain Ministry Samdech Excellency Lok Oknha".split()
)
FEMININE_TITLES = {"Mrs", "Mrs.", "Ms", "Ms.", "Queen", "Princess", "Dame", "Chairwoman", "Spokeswoman"}
HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord"}
MASCULINE_TITLES = {"Mr", "Mr.", "King", "Prince", "Sir", "Lord", "Chairman", "Spokesman"}
# Words that end the name of an institution rather than a person.
INSTITUTIONS = set(
    "Ministry Department Agency Embassy Union Association Organisation Organization Company "
    "Corporation Group Council Committee Bank Office Government Federation Centre Center "
    "Institute Commission Authority Bureau Unit Court Party Assembly Senate Police Army "
    "Holdings Foundation Network Coalition League Forum".split()
)
# Capitalised words that start sentences but never names.
NOT_NAMES = set(
    "The A An This That These Those It Its We I You Our Their His Her In At On By For From But "
    "And Or However When After Before While Although As If Meanwhile Still Yet So Then There "
    "Here Many Some Most Others Critics Officials Workers People Both All Each Every".split()
)
CLAUSE_WORDS = set(
    "which who whom whose that when where while as after before because if and or but than since "
    "until although though whether to by with for from on in at said says told".split()
)
CONJUNCTIONS = {"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Later", "Then"}
_NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$")
_ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "No", "Jr", "Sr"}
_SENTENCE_END = re.compile(r"[.!?][\u201d\"')\]]*(?=\s+[\u201c\"'(\[]?[A-Z0-9])")


# --- The model ---------------------------------------------------------------


@dataclass(frozen=True)
class Entity:
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


@dataclass(frozen=True)
class Attribution:
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


@dataclass(frozen=True)
class Mention:
    paragraph: int
    start: int
    end: int
    entity: Entity


@dataclass(frozen=True)
class Insertion:
    """Square-bracketed words inside a quote: the outlet's, not the speaker's."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class ParagraphVoices:
    number: int
    attributions: tuple[Attribution, ...]
    mentions: tuple[Mention, ...]
    insertions: tuple[Insertion, ...]
    start: int = 0  # the paragraph's place in the article text
    end: int = 0
    open_quote: Quote | None = None  # a quote left open at the end (it goes on in the next paragraph)

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
    def is_narration(self) -> bool:
        """True when nobody speaks in the paragraph: the outlet's own words."""
        return not self.speakers

    @property
    def mentioned(self) -> tuple[Entity, ...]:
        """Entities named in the paragraph who do not speak in it."""
        speaking = {e.key for e in self.speakers}
        seen: dict[str, Entity] = {}
        for mention in self.mentions:
            if mention.entity.key not in speaking:
                seen.setdefault(mention.entity.key, mention.entity)
        return tuple(seen.values())


@dataclass(frozen=True)
class Voices:
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

    @cached_property
    def _starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    def attribution_at(self, offset: int) -> Attribution | None:
        """The innermost attribution covering a character of the article."""
        index = bisect.bisect_right(self._starts, offset) - 1
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


# --- Entities and how the text refers to them ---------------------------------


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entity"


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


@dataclass(frozen=True)
class Reference:
    """A resolved subject: who, how, and extra words found around the name."""

    entity: Entity | None
    resolution: str
    description: str = ""  # role words or appositive found in the text


@dataclass
class _Registry:
    """Entities known so far while reading the article in order."""

    reserved: set = field(default_factory=lambda: {"people", "organisations", "voices"})
    by_key: dict = field(default_factory=dict)  # key -> Entity, in order of first appearance
    first_seen: dict = field(default_factory=dict)  # key -> offset where the full name first appears
    history: list = field(default_factory=list)  # speakers in reading order
    _cache: dict = field(default_factory=dict)  # derived lookups, dropped on every change

    @property
    def entities(self) -> list[Entity]:
        return list(self.by_key.values())

    def add(self, entity: Entity) -> Entity:
        key, n = entity.key, 2
        while key in self.reserved:
            key, n = f"{entity.key}-{n}", n + 1
        entity = replace(entity, key=key)
        self.reserved.add(key)
        self.by_key[key] = entity
        self._cache.clear()
        return entity

    def update(self, entity: Entity, **changes) -> Entity:
        updated = replace(self.by_key[entity.key], **changes)
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
                if entity.kind == "person"
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
        entity = self._name_words().get(token)
        if entity is None or self.first_seen.get(entity.key, 1 << 60) >= at:
            return None
        return entity

    def last_speaker(self, pronoun: str) -> tuple[Entity | None, str]:
        for entity in reversed(self.history):
            if entity.pronoun == pronoun:
                return entity, f"pronoun '{pronoun}': last named speaker (or sentence subject) with that pronoun"
        for entity in reversed(self.history):
            if entity.pronoun is None and entity.kind == "person":
                return entity, f"pronoun '{pronoun}': last speaker, pronoun learnt from this use"
        return None, f"pronoun '{pronoun}': no earlier speaker to refer to"


def _metadata_entities(meta: dict) -> Iterable[Entity]:
    for kind, entries in (("person", meta.get("people") or []), ("organisation", meta.get("organisations") or [])):
        for entry in entries:
            yield Entity(
                key=slug(entry["name"]),
                name=entry["name"],
                kind=kind,
                role=entry.get("role"),
                organisation=entry.get("organisation"),
                pronoun=entry.get("pronoun"),
                aliases=tuple(entry.get("aliases") or ()),
                abbreviation=entry.get("abbreviation"),
                url=entry.get("url"),
            )


# --- Reading a subject ("Hun Manet", "he", "Moeun Tola, executive director ...,") ---


def _ends_with(text: str, surface: str) -> bool:
    """``text`` ends with ``surface`` as whole words (case of the first letter free)."""
    a, b = _plain(text), _plain(surface)
    if len(b) > len(a) or a[-len(b):].casefold() != b.casefold():
        return False
    if a[-len(b):][1:] != b[1:]:  # only the first letter may differ in case ("The premier")
        return False
    return len(a) == len(b) or not (a[-len(b) - 1].isalnum() or a[-len(b) - 1] in "'-")


def _clause(words: str) -> bool:
    """Words before a name that make it part of a clause ("which Hun Manet"), not a role."""
    return any(word.casefold() in CLAUSE_WORDS for word in words.split())


def _reference(text: str, registry: _Registry, offset: int) -> Reference | None:
    """Who a subject phrase names, or None if it does not name a speaker."""
    text = text.strip()
    if not text or len(text) > 160 or any(mark in text for mark in QUOTE_MARKS):
        return None
    first, _, rest = text.partition(" ")
    if first in CONJUNCTIONS and rest:  # "But he said", "And Manet added"
        text = rest.strip()
    if text.casefold() in PRONOUNS:
        return Reference(None, "pronoun:" + PRONOUNS[text.casefold()])
    for surface, entity, how in registry.surfaces():
        if _ends_with(text, surface):
            role_words = text[: len(text) - len(surface)].strip()
            if len(role_words.split()) > 8 or _clause(role_words):
                continue
            return Reference(registry.current(entity), how, role_words)
    tokens = text.split()
    definite = re.fullmatch(r"[Tt]he ((?:[a-z][\w-]* ?){1,3})", text)
    if definite:
        # "the spokesperson" (a role word), "the ministry" (the last word of a name)
        word = definite.group(1).split()[-1].casefold()
        for entity in [*reversed(registry.history), *reversed(registry.entities)]:
            words = [(entity.role or "").split()[-1:], entity.name.split()[-1:]]
            if any(w and w[0].casefold() == word for w in words):
                return Reference(registry.current(entity), "description")
        return None
    # a trailing run of capitalised words is a name; titles before it are the role
    run: list[str] = []
    for token in reversed(tokens):
        if not _NAME_TOKEN.match(token):
            break
        run.insert(0, token)
    if not run:
        return None
    role_tokens = tokens[: len(tokens) - len(run)]
    if role_tokens and role_tokens[0] in NOT_NAMES:
        role_tokens = role_tokens[1:]
    while run and run[0] in NOT_NAMES:
        run = run[1:]
    if not run:
        return None
    if run[-1] in INSTITUTIONS or (len(run) > 1 and run[-2] in INSTITUTIONS and run[-1][:1].isupper()):
        if role_tokens:
            return None
        name = " ".join(run)
        return Reference(
            Entity(key=slug(name), name=name, kind="organisation", source="article"), "found:institution"
        )
    titles = []
    while run and run[0] in TITLES:
        titles.append(run.pop(0))
    if len(run) == 1:
        entity = registry.short_form(run[0], offset)
        if entity is not None:
            return Reference(registry.current(entity), "short-form", " ".join(role_tokens + titles))
        return None
    if not run or len(run) > 4 or len(role_tokens) > 6:
        return None
    if role_tokens and (not all(t[:1].isupper() or t.islower() for t in role_tokens) or _clause(" ".join(role_tokens))):
        return None
    pronoun = "she" if FEMININE_TITLES & set(titles) else "he" if MASCULINE_TITLES & set(titles) else None
    role = " ".join(role_tokens + [t for t in titles if t.rstrip(".") not in HONORIFICS]).strip() or None
    if role and role.split()[0] in {"a", "an", "the"}:
        role = role.split(" ", 1)[1] if " " in role else None
    name = " ".join(run)
    return Reference(
        Entity(key=slug(name), name=name, kind="person", role=role, pronoun=pronoun, source="article"),
        "found:title" if role else "found:name",
    )


def _split_commas(text: str) -> list[tuple[int, str]]:
    """Comma-separated parts with their offsets; commas inside brackets do not split."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += char in "(["
        depth -= char in ")]" and depth > 0
        if char == "," and depth == 0:
            parts.append((start, text[start:index]))
            start = index + 1
    parts.append((start, text[start:]))
    return parts


@dataclass(frozen=True)
class _Subject:
    reference: Reference
    start: int  # offset of the subject phrase in the searched text
    end: int


def _subject(prefix: str, registry: _Registry, offset: int, *, allow_lead: bool) -> _Subject | None:
    """Read the words before a speech verb as a subject, with an optional lead-in
    ("At the event, he") and an optional appositive ("Noun Rany, 24, from Kandal,")."""
    prefix = _ADVERB.sub("", prefix.rstrip()) if _ADVERB.search(prefix) else prefix.rstrip()
    if not prefix.strip() or any(mark in prefix for mark in QUOTE_MARKS):
        return None
    parts = _split_commas(prefix)
    if prefix.endswith(",") and len(parts) >= 3:
        # Head, appositive[, appositive], verb: the head is the subject
        for index in range(len(parts) - 2):
            if index and not allow_lead:
                break
            start, head = parts[index]
            reference = _reference(head, registry, offset + start)
            if reference is not None:
                appositive = prefix[parts[index + 1][0] : len(prefix) - 1].strip()
                reference = replace(reference, description=appositive)
                if reference.resolution.startswith("found:") and reference.entity:
                    reference = replace(
                        reference,
                        entity=replace(reference.entity, role=appositive),
                        resolution="found:appositive",
                    )
                elif reference.resolution in ("name", "alias", "short-form"):
                    reference = replace(reference, resolution=reference.resolution + "+appositive")
                return _Subject(reference, start + len(head) - len(head.lstrip()), len(prefix))
        return None
    if len(parts) > 1 and not allow_lead:
        return None
    start, last = parts[-1]
    first, _, rest = last.strip().partition(" ")
    if first in CONJUNCTIONS and rest.strip():
        start, last = start + last.index(rest), rest
    reference = _reference(last, registry, offset + start)
    if reference is None:
        return None
    return _Subject(reference, start + len(last) - len(last.lstrip()), len(prefix))


def _with_appositive_role(reference: Reference, after: str) -> Reference:
    """``said Kojima Masanobu, president of Kojima Holdings, as ...``: a person
    found after the verb takes the words up to the next comma as role."""
    if not (after.startswith(",") and reference.resolution.startswith("found:") and reference.entity):
        return reference
    role = re.split(r"[,.;!?]", after[1:], maxsplit=1)[0].strip()
    return replace(reference, entity=replace(reference.entity, role=role or None), description=role)


_SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'.-]*(?=,|\s+[a-z(])")


# --- Reading a paragraph -------------------------------------------------------


def _open_quote(text: str, paragraph: "Paragraph") -> Quote | None:
    """A quote opened and not closed before the paragraph ends: by news convention
    the speaker goes on in the next paragraph."""
    position = paragraph.quotes[-1].end if paragraph.quotes else paragraph.start
    marks = [i for i in (text.find(m, position, paragraph.end) for m in OPEN_QUOTES) if i >= 0]
    if not marks:
        return None
    start = min(marks)
    return Quote(start, paragraph.end, start + 1, paragraph.end)


def _masked(text: str, paragraph: "Paragraph", quotes: "tuple[Quote, ...]") -> str:
    """The paragraph with quote interiors blanked, so punctuation inside quotes
    never ends a narration sentence."""
    chars = list(text[paragraph.start : paragraph.end])
    for quote in quotes:
        for index in range(quote.inner_start, quote.inner_end):
            chars[index - paragraph.start] = "X"
    return "".join(chars)


def _sentences(masked: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for match in _SENTENCE_END.finditer(masked):
        word = re.search(r"([\w.]+)$", masked[position : match.start()])
        if word and word.group(1).rstrip(".") in _ABBREVIATIONS and masked[match.start()] == ".":
            continue
        spans.append((position, match.end()))
        position = match.end()
        while position < len(masked) and masked[position].isspace():
            position += 1
    if position < len(masked):
        spans.append((position, len(masked)))
    return spans


class _Reader:
    """Reads an article in order, so pronouns and short forms see what came before."""

    def __init__(self, article: "Article"):
        self.article = article
        self.registry = _Registry()
        for entity in _metadata_entities(article.meta):
            self.registry.add(entity)

    # resolving ----------------------------------------------------------------

    def _speaker(self, reference: Reference, at: int) -> tuple[Entity | None, str]:
        how = reference.resolution
        if how.startswith("pronoun:"):
            pronoun = how.split(":", 1)[1]
            entity, why = self.registry.last_speaker(pronoun)
            if entity is not None and entity.pronoun is None:
                entity = self.registry.update(entity, pronoun=pronoun)
            return entity, why
        entity = reference.entity
        if how.startswith("found:"):
            existing = next((e for e in self.registry.entities if e.name == entity.name), None)
            if existing is not None:
                return self.registry.current(existing), "name"
            paragraph = self.article.paragraph_at(at).number
            entity = self.registry.add(
                replace(entity, evidence=f"found in ¶{paragraph} ({how.split(':', 1)[1]} pattern)")
            )
            self.registry.first_seen.setdefault(entity.key, at)
            return entity, how
        if entity is not None and entity.kind == "person" and how.startswith(("name", "alias")):
            self.registry.first_seen.setdefault(entity.key, at)
        return entity, how

    def _attribute(self, paragraph, kind, start, end, reference, rule, cue) -> Attribution:
        speaker, resolution = self._speaker(reference, cue[0])
        if speaker is not None:
            self.registry.history.append(speaker)
        return Attribution(paragraph.number, start, end, kind, speaker, rule, resolution, *cue)

    # patterns -----------------------------------------------------------------

    def _after_quote(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``, he said`` / ``Manet said`` / ``said Kojima Masanobu, ...`` after a quote."""
        lead = len(text) - len(text.lstrip(" ,\u2014-"))
        body = text[lead:]
        inverted = re.match(rf"({_VERB})\s+", body)
        if inverted:
            rest = body[inverted.end():]
            clause = re.split(r"[,.;:!?]", rest, maxsplit=1)[0]
            reference = _reference(clause, self.registry, base + lead)
            if reference is None:
                return None
            end = lead + inverted.end() + len(clause)
            reference = _with_appositive_role(reference, rest[len(clause):])
            return reference, (base + lead, base + end), "quote-then-inverted-attribution"
        for verb in VERB.finditer(body):
            if verb.start() > 120:
                break
            subject = _subject(body[: verb.start()], self.registry, base + lead, allow_lead=False)
            if subject is not None:
                return subject.reference, (base + lead + subject.start, base + lead + verb.end()), "quote-then-attribution"
            break
        return None

    def _before_quote(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``Manet said:`` / ``He told reporters,`` right before a quote."""
        if not re.search(r"[:,]\s*$", text) and not re.search(rf"{_VERB}\s*$", text):
            return None
        for verb in VERB.finditer(text):
            tail = text[verb.end():]
            if len(tail) > 60 or not re.fullmatch(r"(?:\s+[^,:.;]{1,50})?\s*[:,]?\s*", tail):
                continue
            head = text[: verb.start()].lstrip(" ,\u2014-")
            skipped = len(text[: verb.start()]) - len(head)
            subject = _subject(head, self.registry, base + skipped, allow_lead=True)
            if subject is not None:
                start = base + skipped + subject.start
                return subject.reference, (start, base + verb.end()), "attribution-then-quote"
        return None

    def _reported(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``Hun Manet said his government ...`` at the start of a sentence."""
        for verb in VERB.finditer(text):
            head = text[: verb.start()]
            if any(mark in head for mark in QUOTE_MARKS) or len(head.split()) > 30:
                return None
            subject = _subject(head, self.registry, base, allow_lead=True)
            if subject is not None:
                return subject.reference, (base + subject.start, base + verb.end()), "reported-speech"
        according = ACCORDING_TO.search(text)
        if according and not any(mark in text[: according.start()] for mark in OPEN_QUOTES):
            clause = re.split(r"[,.;:!?]", text[according.end():], maxsplit=1)[0]
            reference = _reference(clause, self.registry, base + according.end())
            if reference is not None:
                reference = _with_appositive_role(reference, text[according.end() + len(clause):])
                cue = (base + according.start(), base + according.end() + len(clause))
                return reference, cue, "according-to"
        return None

    def _sentence_subject(self, sentence: str, base: int) -> None:
        """A person who opens a narration sentence ("Ms Chea Sopheap, who leads ...,
        was more cautious.") is who a following "she said" most likely means."""
        match = _SUBJECT_NAME.match(sentence)
        if not match:
            return
        reference = _reference(match.group(), self.registry, base)
        if reference is None or reference.entity is None or reference.entity.kind != "person":
            return
        if reference.resolution.startswith("found:"):
            reference = replace(reference, resolution="found:sentence-subject")
            appositive = re.match(r",\s*([^,]{3,120}?),", sentence[match.end():])
            if appositive and not appositive.group(1).startswith(("who ", "which ", "whose ")):
                reference = _with_appositive_role(reference, sentence[match.end():])
        entity, _ = self._speaker(reference, base)
        self.registry.history.append(entity)

    def paragraph(self, paragraph: "Paragraph") -> ParagraphVoices:
        text, p0 = self.article.text, paragraph.start
        open_quote = _open_quote(text, paragraph)
        all_quotes = (*paragraph.quotes, open_quote) if open_quote else paragraph.quotes
        masked = _masked(text, paragraph, all_quotes)
        attributions: list[Attribution] = []
        for s_start, s_end in _sentences(masked):
            sentence = masked[s_start:s_end]
            quotes = [q for q in all_quotes if p0 + s_start <= q.start < p0 + s_end]
            found: dict[int, Attribution] = {}
            # quote-then-attribution and attribution-then-quote
            for index, quote in enumerate(quotes):
                following = quotes[index + 1].start if index + 1 < len(quotes) else p0 + s_end
                after = self._after_quote(text[quote.end : following], quote.end)
                if after is None:
                    previous = quotes[index - 1].end if index else p0 + s_start
                    after = self._before_quote(text[previous : quote.start], previous)
                if after is not None:
                    reference, cue, rule = after
                    found[index] = self._attribute(paragraph, "quote", quote.start, quote.end, reference, rule, cue)
            # reported speech at the start of the sentence, outside quotes
            reported = None
            narration_start = s_start
            if quotes and quotes[0].start == p0 + s_start:
                narration_start = None
            if narration_start is not None:
                hit = self._reported(sentence, p0 + s_start)
                if hit is not None:
                    reference, cue, rule = hit
                    if not any(a.cue_start == cue[0] for a in found.values()):
                        reported = self._attribute(
                            paragraph, "reported", p0 + s_start, p0 + s_end, reference, rule, cue
                        )
            sentence_attributions = list(found.values())
            # partial quotes take the sentence's speaker; the rest are scare quotes
            for index, quote in enumerate(quotes):
                if index in found:
                    continue
                if quote is open_quote:
                    sentence_attributions.append(self._continued(paragraph, quote, attributions + list(found.values())))
                elif reported is not None:
                    sentence_attributions.append(
                        Attribution(
                            paragraph.number, quote.start, quote.end, "partial-quote", reported.speaker,
                            "partial-quote-in-reported-speech", reported.resolution,
                            reported.cue_start, reported.cue_end,
                        )
                    )
                else:
                    sentence_attributions.append(
                        Attribution(
                            paragraph.number, quote.start, quote.end, "scare-quote", None,
                            "quote-in-narration", "no attribution in the sentence",
                        )
                    )
            if reported is not None:
                sentence_attributions.append(reported)
            elif not found and narration_start is not None:
                self._sentence_subject(sentence, p0 + s_start)
            attributions += sorted(sentence_attributions, key=lambda a: (a.start, -a.end))
        insertions = tuple(
            Insertion(paragraph.number, *m.span())
            for quote in all_quotes
            for m in INSERTION.finditer(text, quote.inner_start, quote.inner_end)
        )
        return ParagraphVoices(paragraph.number, tuple(attributions), (), insertions, open_quote=open_quote)

    def _continued(self, paragraph, quote: Quote, earlier: list[Attribution]) -> Attribution:
        """An open quote: the speaker already quoted in this paragraph, or else the one
        named for the next paragraph's quote (settled in ``attribute``)."""
        spoken = [a for a in earlier if a.kind == "quote" and a.speaker is not None]
        if spoken:
            last = spoken[-1]
            self.registry.history.append(last.speaker)
            return Attribution(
                paragraph.number, quote.start, quote.end, "quote", last.speaker, "quote-continues",
                f"same speaker as the quote before it in ¶{paragraph.number}", last.cue_start, last.cue_end,
            )
        return Attribution(
            paragraph.number, quote.start, quote.end, "quote", None, "quote-continues",
            "speaker of the next paragraph's quote",
        )

    def mentions(self) -> dict[int, tuple[Mention, ...]]:
        """Every place an entity is named, per paragraph: one scan of the text, the
        longest name at each place, a short form only after its full name."""
        text = self.article.text
        owners: dict[str, Entity] = {}
        for surface, entity, _ in self.registry.surfaces():
            owners.setdefault(surface, entity)
        short = {token: entity for token, entity in self.registry.short_forms(len(text) + 1).items() if token not in owners}
        forms = sorted([*owners, *short], key=len, reverse=True)
        found: dict[int, list[Mention]] = {p.number: [] for p in self.article.paragraphs}
        if not forms:
            return {number: () for number in found}
        pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w’'])")
        starts = [p.start for p in self.article.paragraphs]
        for match in pattern.finditer(text):
            surface = match.group()
            entity = owners.get(surface) or short[surface]
            if surface not in owners and self.registry.first_seen.get(entity.key, 1 << 60) > match.start():
                continue
            paragraph = self.article.paragraphs[bisect.bisect_right(starts, match.start()) - 1]
            found[paragraph.number].append(Mention(paragraph.number, *match.span(), self.registry.current(entity)))
        return {number: tuple(mentions) for number, mentions in found.items()}


def attribute(article: "Article") -> Voices:
    """Attribute every paragraph of ``article``; pure, reads the article in order."""
    reader = _Reader(article)
    paragraphs = [reader.paragraph(paragraph) for paragraph in article.paragraphs]
    mentions = reader.mentions()
    # entities may have learnt a pronoun or been found later: use their final form
    final = {e.key: e for e in reader.registry.entities}

    def settle(attribution: Attribution) -> Attribution:
        speaker = final[attribution.speaker.key] if attribution.speaker else None
        return replace(attribution, speaker=speaker)

    settled = [
        ParagraphVoices(
            p.number,
            tuple(settle(a) for a in p.attributions),
            mentions[p.number],
            p.insertions,
            paragraph.start,
            paragraph.end,
            p.open_quote,
        )
        for p, paragraph in zip(paragraphs, article.paragraphs)
    ]
    return Voices(paragraphs=tuple(_continue_quotes(article, settled)), entities=tuple(final.values()))


def _continue_quotes(article: "Article", paragraphs: list[ParagraphVoices]) -> list[ParagraphVoices]:
    """Give a quote left open with no speaker the speaker of the quote that opens the
    next paragraph (read backwards, so a quote running over three paragraphs works)."""
    for index in range(len(paragraphs) - 2, -1, -1):
        current, following = paragraphs[index], paragraphs[index + 1]
        pending = [a for a in current.attributions if a.rule == "quote-continues" and a.speaker is None]
        opening = next(
            (a for a in following.attributions if a.kind == "quote" and a.start == following.start and a.speaker),
            None,
        )
        if not pending or opening is None:
            continue
        resolved = tuple(
            replace(
                a, speaker=opening.speaker, cue_start=opening.cue_start, cue_end=opening.cue_end,
                resolution=f"speaker of the quote that goes on in ¶{following.number}",
            )
            if a in pending
            else a
            for a in current.attributions
        )
        paragraphs[index] = replace(current, attributions=resolved)
    return paragraphs
