"""The words of attribution: speech verbs, titles, and who a subject phrase names.

``read_reference`` reads a phrase such as "Prime Minister Hun Manet", "he", "the
premier" or "Foreign Ministry spokesperson Chum Sounry" and says who it is and how
it knows (name, alias, pronoun, short form, or a person found in the text);
``read_subject`` finds that phrase before a speech verb, with its lead-in and appositive.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from explainer.voices.model import Entity

# --- What counts as speech -----------------------------------------------------

SPEECHVERB_WORDSS = (
    "said says say told tells added adds noted notes urged urges stated explained explains "
    "argued argues warned warns suggested suggests insisted insists claimed asserted stressed "
    "stresses emphasised emphasized emphasises emphasizes recalled asked asks replied continued "
    "announced announces declared revealed reveals assured acknowledged admitted wrote writes "
    "commented observed maintained contended cautioned lamented complained confirmed denied "
    "estimated predicted promised pledged vowed remarked reiterated highlighted "
    "recommended proposed"
).split()
SPEECH_VERBS = ("pointed out", "called for", *SPEECHVERB_WORDSS)
_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# Any lower-case word (or two-word verb) standing alone, and one at the start of a text:
# a set lookup on these compiles far faster than a pattern listing every verb. (’ is
# looked for on its own: [\w’'-] has three runs of characters and is slow to compile.)
_LONE_WORD = re.compile(r"(?<![\w'-])(?<!’)(?:pointed out|called for|[a-z]+)(?![\w'-])(?!’)")
_FIRST_WORD = re.compile(r"(pointed out|called for|[a-z]+)\s+")


def verbs(text: str) -> Iterator[re.Match]:
    """Every speech verb standing alone in ``text`` ("said", not "unsaid" or "said’s")."""
    return (match for match in _LONE_WORD.finditer(text) if match.group() in _SPEECH_VERB_SET)


def leading_verb(text: str) -> re.Match | None:
    """A speech verb and the whitespace after it at the very start of ``text`` ("said Kojima")."""
    match = _FIRST_WORD.match(text)
    return match if match and match.group(1) in _SPEECH_VERB_SET else None


def ends_with_verb(text: str) -> bool:
    """Whether ``text`` ends in a speech verb, trailing whitespace aside (also "unsaid")."""
    return text.rstrip().endswith(SPEECH_VERBS)


# words that may sit between the subject and the verb ("He also suggested")
ADVERB = re.compile(r"(?:\s+(?:also|further|later|then|again|earlier|previously|once again|repeatedly))+\s*$")
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
PRONOUNS = {"he": "he", "she": "she", "they": "they"}
# double quotation marks only: ’ is far more often an apostrophe (“Japan’s”, O’Brien)
QUOTE_MARKS = '\u201c\u201d"'
OPEN_QUOTES = '\u201c"'
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
# Nouns that describe a speaker the article does not name.
ROLE_NOUNS = set(
    "ambassador spokesperson spokesman spokeswoman minister official officer director president "
    "governor secretary chairman chairwoman envoy adviser advisor researcher analyst lawyer economist "
    "representative mayor chief".split()
)
_CAPITALISED = r"[A-Z][\w’'-]*"
_INSTITUTION_NAME_SOURCE = (
    rf"(?:[Tt]he\s+)?((?:{_CAPITALISED}\s+)*(?:{'|'.join(sorted(INSTITUTIONS))})"
    rf"(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED})*)+)"
)  # compiled on first use (_institution_name): only a subject no earlier rule names needs it
# when something was said, between the subject and the verb ("X on Tuesday said")
TIME_WORDS = re.compile(
    r"\s+(?:on|last|this|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?)\s*$"
)
DATELINE = re.compile(r"[A-Z][A-Z .,]{2,40}\s[\u2013\u2014-]+\s+")
SUBORDINATORS = set("after before when while because since although though until once".split())
CONJUNCTIONS = {"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Later", "Then"}
NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$")
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "No", "Jr", "Sr"}
SENTENCE_END = re.compile(r"[.!?][\u201d\"')\]]*(?=\s+[\u201c\"'(\[]?[A-Z0-9])")


# --- Entities and how the text refers to them ---------------------------------


@cache
def _institution_name() -> re.Pattern:
    return re.compile(_INSTITUTION_NAME_SOURCE)


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "entity"


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


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
    history: list = field(default_factory=list)  # speakers in reading order
    _cache: dict = field(default_factory=dict)  # derived lookups, dropped on every change

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


def metadata_entities(meta: dict) -> Iterable[Entity]:
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
    if len(b) > len(a) or a[-len(b) :].casefold() != b.casefold():
        return False
    if a[-len(b) :][1:] != b[1:]:  # only the first letter may differ in case ("The premier")
        return False
    return len(a) == len(b) or not (a[-len(b) - 1].isalnum() or a[-len(b) - 1] in "'-")


def _clause(words: str) -> bool:
    """Words before a name that make it part of a clause ("which Hun Manet"), not a role."""
    return any(word.casefold() in CLAUSE_WORDS for word in words.split())


def _unnamed(tokens: list[str]) -> Reference | None:
    """A speaker the article describes but does not name ("South Korea’s ambassador",
    "Labour Ministry official"): the description stands in for the name."""
    if tokens and tokens[0].casefold() in ("the", "a", "an"):
        tokens = tokens[1:]
    if not 2 <= len(tokens) <= 5 or tokens[-1] not in ROLE_NOUNS or not tokens[0][:1].isupper():
        return None
    if tokens[0] in NOT_NAMES or _clause(" ".join(tokens)):
        return None
    name = " ".join(tokens)
    return Reference(Entity(key=slug(name), name=name, kind="person", source="article"), "found:description")


def read_reference(text: str, registry: Registry, offset: int) -> Reference | None:
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
    institution = _institution_name().fullmatch(text)
    if institution:  # "The Ministry of Labour and Vocational Training"
        name = institution.group(1)
        return Reference(Entity(key=slug(name), name=name, kind="organisation", source="article"), "found:institution")
    # a trailing run of capitalised words is a name; titles before it are the role
    run: list[str] = []
    for token in reversed(tokens):
        if not NAME_TOKEN.match(token):
            break
        run.insert(0, token)
    if not run:
        return _unnamed(tokens)
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
        return Reference(Entity(key=slug(name), name=name, kind="organisation", source="article"), "found:institution")
    titles = []
    while run and run[0] in TITLES:
        titles.append(run.pop(0))
    if len(run) == 1:
        short = registry.short_form(run[0], offset)
        if short is not None:
            return Reference(registry.current(short), "short-form", " ".join(role_tokens + titles))
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


class Subject(NamedTuple):
    reference: Reference
    start: int  # offset of the subject phrase in the searched text
    end: int


def read_subject(prefix: str, registry: Registry, offset: int, *, allow_lead: bool) -> Subject | None:
    """Read the words before a speech verb as a subject, with an optional lead-in
    ("At the event, he") and an optional appositive ("Noun Rany, 24, from Kandal,")."""
    prefix = prefix.rstrip()
    for words in (TIME_WORDS, ADVERB):
        prefix = words.sub("", prefix)
    dateline = DATELINE.match(prefix)  # "PHNOM PENH – The ministry ..."
    if dateline:
        found = read_subject(prefix[dateline.end() :], registry, offset + dateline.end(), allow_lead=allow_lead)
        return found and Subject(found.reference, found.start + dateline.end(), found.end + dateline.end())
    if not prefix.strip() or any(mark in prefix for mark in QUOTE_MARKS):
        return None
    parts = _split_commas(prefix)
    if prefix.endswith(",") and len(parts) >= 3:
        # Head, appositive[, appositive], verb: the head is the subject
        for index in range(len(parts) - 2):
            if index and not allow_lead:
                break
            start, head = parts[index]
            reference = read_reference(head, registry, offset + start)
            if reference is not None:
                appositive = prefix[parts[index + 1][0] : len(prefix) - 1].strip()
                reference = reference._replace(description=appositive)
                if reference.resolution.startswith("found:") and reference.entity:
                    reference = reference._replace(
                        entity=reference.entity._replace(role=appositive), resolution="found:appositive"
                    )
                elif reference.resolution in ("name", "alias", "short-form"):
                    reference = reference._replace(resolution=reference.resolution + "+appositive")
                return Subject(reference, start + len(head) - len(head.lstrip()), len(prefix))
        return None
    if len(parts) > 1 and not allow_lead:
        return None
    start, last = parts[-1]
    first, _, rest = last.strip().partition(" ")
    if first in CONJUNCTIONS and rest.strip():
        start, last = start + last.index(rest), rest
    reference = read_reference(last, registry, offset + start)
    if reference is None and allow_lead:
        # "The announcement comes a week after South Korea’s ambassador said ...":
        # the clause after a subordinating word has its own subject
        tokens = list(re.finditer(r"\S+", last))
        cut = max((i for i, w in enumerate(tokens) if w.group().casefold() in SUBORDINATORS), default=None)
        if cut is not None and cut + 1 < len(tokens):
            start, last = start + tokens[cut + 1].start(), last[tokens[cut + 1].start() :]
            reference = read_reference(last, registry, offset + start)
    if reference is None:
        return None
    return Subject(reference, start + len(last) - len(last.lstrip()), len(prefix))


def with_appositive_role(reference: Reference, after: str) -> Reference:
    """``said Kojima Masanobu, president of Kojima Holdings, as ...``: a person
    found after the verb takes the words up to the next comma as role."""
    if not (after.startswith(",") and reference.resolution.startswith("found:") and reference.entity):
        return reference
    role = re.split(r"[,.;!?]", after[1:], maxsplit=1)[0].strip()
    return reference._replace(entity=reference.entity._replace(role=role or None), description=role)


SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'.-]*(?=,|\s+[a-z(])")
