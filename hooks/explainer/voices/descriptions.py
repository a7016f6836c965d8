"""Speakers the article names by description rather than by name.

News copy names a speaker once and then describes it ("the ministry", "the court"),
speaks for institutions through their documents ("the report found", "Justice
Ministry data show", "a survey by the agency showed") and quotes groups and people
it never names ("provincial officials", "a labour ministry official"). Each rule
here reads one such phrase; an institution or document the text has named before
resolves to that entity, and a phrase that could stand for no one resolves to
nobody (the paragraph is then shown as unclear, never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import NamedTuple

from explainer.voices.model import Entity
from explainer.voices.names import NOT_A_DATE, OUTLETS, TITLES
from explainer.voices.registry import Reference, Registry, slug

# reads a name phrase (grammar.read_reference), passed in: grammar imports this module
ReadName = Callable[[str, Registry, int], "Reference | None"]

ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "one"}
INSTITUTION_HEADS = set(
    "junta regime ministry embassy committee court government agency federation union company department commission "
    "branch board council association bank office fund congress bureau authority organisation organization "
    "institute centre center party assembly prosecution military army tribunal university firm enterprise "
    "secretariat administration cabinet consulate regulator operator police panel jury hospital".split()
)
UNIQUE_HEADS = {"government", "junta", "regime", "military", "army", "police", "prosecution", "cabinet", "parliament"}
COLLECTIVE_HEADS = set(
    "officials police authorities researchers exporters analysts experts activists lawmakers residents "
    "witnesses prosecutors sources unions farmers employers investigators organisers organizers rescuers "
    "doctors traders economists scientists forecasters observers critics victims relatives families "
    "villagers students teachers migrants returnees brokers manufacturers officers staff interns trainees group "
    "growers producers riders drivers nurses caregivers vendors workers groups".split()
)
PERSON_HEADS = set(
    "official spokesperson spokesman spokeswoman minister ambassador director head officer source woman man "
    "worker resident farmer driver mother father teacher student trainee intern migrant vendor owner "
    "employee manager researcher lawyer economist analyst representative leader chief secretary adviser "
    "commissioner farmhand helper caregiver rider housewife pensioner retiree advisor envoy diplomat "
    "executive member activist survivor victim relative neighbour neighbor agent broker "
    "recruiter engineer nurse mechanic cook guard labourer laborer fisherman graduate lawmaker politician "
    "candidate professor scholar expert observer witness passenger tourist pilot soldier shopkeeper trader "
    "journalist doctor patient villager wife husband son daughter brother sister exporter grower producer".split()
)
DOCUMENT_HEADS = set(
    "documents papers filings reports statements letters statement report survey study data document "
    "letter assessment figures release notice post ruling "
    "verdict judgment judgement records analysis estimates census filing memo circular directive decree "
    "guidance poll statistics announcement indictment bulletin advisory audit petition complaint presentation "
    "note".split()
)
# words after the head noun that start its tail ("researchers at Kumamoto University")
_TAIL_WORDS = {"at", "in", "of", "from", "for", "with", "on", "to"}
# words that make the phrase a clause, not a description
# (and a subordinate clause: "The announcement comes a week after the ambassador said")
_CLAUSE = set(
    "who which whom whose that when where while because if than said says told after before although though".split()
)
# a modal or a negation makes the words a clause ("The government will not tolerate any agency")
_FINITE = set("will would can cannot could must should shall not never won't".split())
_EQUIVALENT = {"labor": "labour", "organization": "organisation", "center": "centre", "defense": "defence"}
_CAPITALISED_RUN = r"(?:[A-Z][\w’'.&-]*\s+)*"
_CONNECTED = (
    rf"(?:\s+(?:of|for|and|on|in|to)\s+(?:the\s+)?{NOT_A_DATE}[A-Z][\w’'.&-]*(?:\s+{NOT_A_DATE}[A-Z][\w’'.&-]*)*)*"
)


def _fold(word: str) -> str:
    word = re.sub(r"[’']s$", "", word.casefold()).strip(".,;:’'")
    return _EQUIVALENT.get(word, word)


def _words(entity: Entity) -> set[str]:
    return {_fold(w) for w in f"{entity.name} {entity.role or ''} {' '.join(entity.aliases)}".split()}


def _head(tokens: list[str]) -> tuple[int, str] | None:
    """Index and folded form of the head noun: the last word before a tail ("of ...")."""
    for index, token in enumerate(tokens):
        if token.casefold() in _TAIL_WORDS and index > 0:
            return index - 1, _fold(tokens[index - 1])
    return (len(tokens) - 1, _fold(tokens[-1])) if tokens else None


class DescriptionRule(StrEnum):
    """The rules that read a description (``DESCRIPTION_RULES``), in the order tried."""

    NOT_A_DESCRIPTION = "not-a-description"
    ONE_OF = "one-of"
    NO_HEAD = "no-head"
    DOCUMENT = "document"
    OWNED_INSTITUTION = "owned-institution"
    NAMED_OWNER = "named-owner"
    NAMED_INSTITUTION = "named-institution"
    INSTITUTION = "institution"
    GROUP = "group"
    DEFINITE_PERSON = "definite-person"
    NAMED_ELSEWHERE = "named-elsewhere"
    INDEFINITE_PERSON = "indefinite-person"


class Description(NamedTuple):
    """A descriptive phrase taken apart: its words (``body`` without the article), its
    head noun (folded) and where it is, and the words before the head."""

    text: str
    tokens: list[str]
    clause: bool  # a clause, not a description ("Employers who rely ... will pay ...")
    article: str = ""  # "the", "a", "an", "its" ... or ""
    body: list[str] = []
    at: int = -1  # where the head is in body
    head: str = ""
    qualifiers: list[str] = []

    @property
    def head_text(self) -> list[str]:
        return self.body[: self.at + 1]


class NotADescription(NamedTuple):
    """A rule's answer that the phrase is no description: no later rule is tried."""

    why: str


# what a rule makes of a description: who it stands for (a Reference, perhaps to nobody),
# that it is no description, or None (the rule does not apply)
DescriptionAnswer = Reference | NotADescription | None
DescriptionReader = Callable[[Description, Registry, int, ReadName], DescriptionAnswer]


def read_description(text: str, registry: Registry, offset: int, read_name: ReadName) -> Reference | None:
    """Who a descriptive subject phrase stands for, or None when it is not one."""
    return read_description_by(text, registry, offset, read_name)[1]


def read_description_by(
    text: str, registry: Registry, offset: int, read_name: ReadName
) -> tuple[DescriptionRule | None, Reference | None]:
    """Who a description stands for, and the rule of ``DESCRIPTION_RULES`` that decided."""
    described = _take_apart(text)
    for rule, read in DESCRIPTION_RULES:
        answer = read(described, registry, offset, read_name)
        if isinstance(answer, NotADescription):
            return rule, None
        if answer is not None:
            return rule, answer
    return None, None


def _take_apart(text: str) -> Description:
    tokens = text.split()
    while tokens and tokens[0].casefold() in ("but", "and", "while", "as", "so", "yet"):
        tokens = tokens[1:]
    if len(tokens) > 14 and ("," in text or not RELATIVE_WORDS & set(tokens)):
        # a clause ("Employers who rely ... will pay ..., says"), but not a description
        # whose relative clause runs up to the verb ("A worker who has ... for six years said")
        return Description(text, tokens, clause=True)
    tokens = _cut_clause(tokens)
    if tokens and tokens[-1][-1:] in ",;:":  # "the director of the centre, who": no comma in the name
        tokens = [*tokens[:-1], tokens[-1].rstrip(",;:")]
    if len(tokens) > 14:
        return Description(text, tokens, clause=True)
    if not tokens or any(_makes_clause(tokens, i) for i in range(len(tokens))):
        return Description(text, tokens, clause=True)
    article = tokens[0].casefold() if tokens[0].casefold() in ARTICLES else ""
    body = tokens[1:] if article else tokens
    document = next((i for i, t in enumerate(body[:3]) if _fold(t) in DOCUMENT_HEADS and not _named(body, i)), None)
    found = (document, _fold(body[document])) if document is not None else _head(body)
    index, head = found if found is not None else (-1, "")
    qualifiers = [_fold(t) for t in body[:index]]
    return Description(" ".join(tokens), tokens, False, article, body, index, head, qualifiers)


def _makes_clause(tokens: list[str], index: int) -> bool:
    """A word that makes the phrase a clause: a relative or a speech word, a modal or a
    negation; "than" after "more" counts something ("a study of more than 40 nurses")."""
    token = tokens[index]
    if token.casefold() == "than" and index and tokens[index - 1].casefold() in ("more", "fewer", "less"):
        return False
    return token.casefold() in _CLAUSE or token in _FINITE


def _not_a_description(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """A clause ("Employers who rely on ..."), or nothing at all."""
    return NotADescription("a clause") if d.clause else None


def _one_of(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "One of the returnees": a person, in lower case until named later."""
    if [t.casefold() for t in d.tokens[:2]] != ["one", "of"] or len(d.tokens) > 6:
        return None
    return _found(" ".join(["one", *d.tokens[1:]]), "person", "description")


def _no_head(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """An article alone: no head noun to describe anyone."""
    return NotADescription("no head noun") if not d.head else None


def _a_document(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the report", "a survey by the agency", "the study's authors": the document's issuer."""
    authors = d.head == "authors" and any(_fold(t).rstrip("s") in DOCUMENT_HEADS for t in d.body)
    if d.head not in DOCUMENT_HEADS and not authors:
        return None
    return _document(d.text, d.body, d.at, d.head, registry, offset, read_name) or NotADescription("no issuer")


def _owned_institution(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "Thailand's ministry", "Japan's labor ministry": the owner's institution, as a group."""
    owned = re.fullmatch(
        r"(?:[Tt]he\s+)?([A-Z].+?[’']s\s+(?:[A-Z][\w-]*\s+)*(?:[a-z]+\s+){0,2}([a-z]+))", d.text.strip()
    )
    if owned and _fold(owned.group(2)) in INSTITUTION_HEADS and _fold(owned.group(2)) not in UNIQUE_HEADS:
        return _found(owned.group(1), "organisation", "group")
    return None


def _owner_named(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "Japan Meteorological Agency officials": the agency speaks."""
    if d.head not in COLLECTIVE_HEADS and d.head not in INSTITUTION_HEADS:
        return None
    named = _named_owner(d.head_text[:-1], registry, offset, read_name)
    return named if named is not None and d.head in COLLECTIVE_HEADS else None


def _named_institution(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the Phnom Penh municipal court", "The Selangor state government": an institution
    named in all but capitals (after "the", its first word's capital is its own)."""
    proper = any(t[:1].isupper() for t in (d.body[:-1] if d.article == "the" else d.body[1:]))
    if d.head in INSTITUTION_HEADS and proper and len(d.body) <= 8 and d.body[d.at][:1].islower():
        return _found(" ".join(d.body), "organisation", "group")
    return None


def _institution(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the ministry", "the labour ministry": the institution named before, the nearest
    one with that head, a name in all but capitals, the country's own ("the junta"), or nobody."""
    if d.head not in INSTITUTION_HEADS or d.head_text[0][:1].isupper():
        return None
    # "the regional department of agriculture": its tail's words must fit too, or it is another department
    tail = [_fold(t) for t in d.body[d.at + 1 :] if t.casefold() not in _TAIL_WORDS | {"and", "the"}]
    known = _known(registry, d.head, d.qualifiers + tail)
    if known is not None:
        return Reference(registry.current(known), "description")
    antecedent = _antecedent(registry, d.head, offset)
    if antecedent is not None:
        return _found(antecedent, "organisation", "antecedent")
    known_organisations = any(e.kind == "organisation" for e in registry.entities)
    if d.qualifiers and len(d.body) <= 6 and not (known_organisations and d.article == "the"):
        return _found(" ".join(d.body), "organisation", "group")  # "the labour ministry said" opening a wire story
    if d.head in UNIQUE_HEADS and not d.qualifiers:
        return _found(d.head, "organisation", "group")
    if " ".join(d.body).casefold() in ONE_PER_COUNTRY:  # "the central bank": a country has one
        return _found(" ".join(d.body), "organisation", "group")
    return Reference(None, "description: no earlier institution it can stand for")


# institutions a country has one of, so "the central bank" needs no antecedent
ONE_PER_COUNTRY = {"central bank", "supreme court", "constitutional court", "national assembly", "election commission"}


def _group(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "provincial officials", "a group of interns": the group, or the one named before."""
    possessive = re.fullmatch(r"(.+?)[’']s?\s+(\S+)", d.text.strip())
    if d.head not in COLLECTIVE_HEADS or possessive is not None or len(d.body) > 7:
        return None
    known = _known(registry, d.head, d.qualifiers)
    if known is not None and d.article == "the":
        return Reference(registry.current(known), "description")
    return _found(" ".join(d.body), "organisation", "group")


def _definite_person(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the spokesman": the person met before in that role; "the head of a Tokyo-based
    organization": a person described, to be named later."""
    if d.head not in PERSON_HEADS or d.article != "the":
        return None
    known = _known(registry, d.head, d.qualifiers, person=True)
    if known is not None:
        rival = _also_titled(registry, d.head, known, offset)
        if rival is not None:  # "Labour Minister Heng Sour met Thai Labour Minister Phiphat ... The minister said"
            return Reference(None, f"description: the {d.head} could be {known.name} or {rival}")
        return Reference(registry.current(known), "description")
    if d.at < len(d.body) - 1 and len(d.body) <= 9:
        return _found(" ".join(_cut_clause(d.body)), "person", "description")
    return None


def _also_titled(registry: Registry, head: str, known: Entity, offset: int) -> str | None:
    """Another person the text gives the same title before ``offset`` ("Minister Phiphat
    Ratchakitprakarn" beside "Minister Heng Sour"), who "the minister" could mean as well."""
    titled = re.compile(rf"(?<![\w’'-])(?i:{re.escape(head)})\s+((?:[A-Z][\w’'.-]*\s+){{1,3}}[A-Z][\w’'.-]*)")
    own = set(known.name.split()) | {w for alias in known.aliases for w in alias.split()}
    for match in titled.finditer(registry.text, max(0, offset - 3000), offset):
        words = [w for w in match.group(1).split() if w not in TITLES]
        if len(words) >= 2 and not own & set(words):
            return " ".join(words)
    return None


def _named_elsewhere(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "An official at the embassy": the one person named with that institution (``_one_named``)."""
    if d.head not in PERSON_HEADS or d.article not in ("a", "an") or d.head not in _UNNAMED_HEADS:
        return None
    if _ANONYMOUS.match(registry.text, offset):
        return None  # "An official at the ministry, who asked not to be named, said": nobody named
    return _one_named(registry, d.body, offset)


# a speaker the text says it does not name: never someone it names elsewhere
_ANONYMOUS = re.compile(
    r"[^,.;]{0,120},\s*(?:who\s+)?(?:asked|declined|requested|refused)\s+not\s+to\s+be\s+(?:named|identified)"
    r"|[^,.;]{0,120},\s*(?:who\s+)?(?:spoke|speaking)\s+on\s+(?:the\s+)?condition\s+of\s+anonymity"
)


def _indefinite_person(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "a labour ministry official", "one of the returnees": a person the article does not name."""
    if d.head not in PERSON_HEADS or d.article not in ("a", "an", "one") or len(d.body) > 9:
        return None
    words = d.tokens if d.article == "one" else d.body
    return _found(" ".join(_cut_clause(words)), "person", "description")


def _found(name: str, kind: str, how: str) -> Reference:
    last = name.split()[-1].casefold() if name.split() else ""
    pronoun = _GENDERED.get(last) if kind == "person" else None  # "an FBR spokesman" is a "he"
    return Reference(Entity(key=slug(name), name=name, kind=kind, pronoun=pronoun, source="article"), f"found:{how}")


# person nouns that say which pronoun stands for them
_GENDERED = {
    **dict.fromkeys("man spokesman chairman businessman fisherman father husband son brother".split(), "he"),
    **dict.fromkeys("woman spokeswoman chairwoman businesswoman mother wife daughter sister housewife".split(), "she"),
}


# Every way a description can stand for a speaker, in the order tried: the first answer counts.
DESCRIPTION_RULES: tuple[tuple[DescriptionRule, DescriptionReader], ...] = (
    (DescriptionRule.NOT_A_DESCRIPTION, _not_a_description),
    (DescriptionRule.ONE_OF, _one_of),
    (DescriptionRule.NO_HEAD, _no_head),
    (DescriptionRule.DOCUMENT, _a_document),
    (DescriptionRule.OWNED_INSTITUTION, _owned_institution),
    (DescriptionRule.NAMED_OWNER, _owner_named),
    (DescriptionRule.NAMED_INSTITUTION, _named_institution),
    (DescriptionRule.INSTITUTION, _institution),
    (DescriptionRule.GROUP, _group),
    (DescriptionRule.DEFINITE_PERSON, _definite_person),
    (DescriptionRule.NAMED_ELSEWHERE, _named_elsewhere),
    (DescriptionRule.INDEFINITE_PERSON, _indefinite_person),
)


# heads of a description that may stand for a person the article named elsewhere
_UNNAMED_HEADS = {"official", "officer", "source", "spokesperson", "spokesman", "spokeswoman", "representative"}


def _one_named(registry: Registry, body: list[str], offset: int) -> Reference | None:
    """ "An official at the embassy" with "Sok Vanna, the embassy's labour attaché," in a
    paragraph before or after: the one person the article names with that institution in
    their role; two such people make the speaker unclear, none leaves the description to
    stand for an unnamed speaker."""
    places = {_fold(t) for t in body} & INSTITUTION_HEADS
    if len(places) != 1:
        return None
    place = places.pop()
    names = {e.name for e in registry.entities if e.kind == "person" and place in _role_words(e)}
    appositive = re.compile(
        rf"(?<![\w’'.-])((?:[A-Z][\w’'-]* ){{1,3}}[A-Z][\w’'-]*),\s+[^,.;\n]{{0,60}}(?i:\b{place}\b)[^,.;\n]{{0,60}},"
    )
    names |= {m.group(1) for m in appositive.finditer(registry.text, max(0, offset - 3000), offset + 3000)}
    organisations = {e.name for e in registry.entities if e.kind != "person"}
    # a person's name, not an institution's ("Nepal Rastra Bank, the central bank,")
    names = {
        n
        for n in names
        if n.split()[0] not in ("The", "A", "An")
        and n not in organisations
        and _fold(n.split()[-1]) not in INSTITUTION_HEADS
    }
    if len(names) > 1:
        return Reference(None, f"description: {len(names)} people named with the {place} could be meant")
    if not names:
        return None
    name = names.pop()
    known = next((e for e in registry.entities if e.name == name), None)
    if known is not None:
        return Reference(registry.current(known), "description")
    entity = registry.add(
        Entity(key=slug(name), name=name, kind="person", source="article", evidence=f"named with the {place}")
    )
    registry.first_seen.setdefault(entity.key, offset)
    return Reference(entity, "description")


def _role_words(entity: Entity) -> set[str]:
    return {_fold(w) for w in (entity.role or "").split()}


def _named(body: list[str], index: int) -> bool:
    """A document word in a name: one that starts it ("Statistics Korea", "Report Card
    Foundation") or ends it ("the Department of Statistics")."""
    if not body[index][:1].isupper():
        return False
    return (index + 1 < len(body) and body[index + 1][:1].isupper()) or any(t[:1].isupper() for t in body[:index])


RELATIVE_WORDS = {"who", "whose", "which", "that"}


def _cut_clause(tokens: list[str]) -> list[str]:
    """ "woman shopping with her two children", "woman who lives alone": the description
    stops at a participle or a relative pronoun."""
    for index, token in enumerate(tokens[1:], start=1):
        if token in RELATIVE_WORDS or (_participle(token) and not _names_a_head(tokens, index)):
            return tokens[:index]
    return tokens


def _participle(token: str) -> bool:
    return token.endswith("ing") and token.islower()


def _names_a_head(tokens: list[str], index: int) -> bool:
    """ "managing director", "recruiting agency": an -ing word that qualifies the head noun after it."""
    following = _fold(tokens[index + 1]) if index + 1 < len(tokens) else ""
    return following in PERSON_HEADS | INSTITUTION_HEADS | COLLECTIVE_HEADS


def _known(registry: Registry, head: str, qualifiers: list[str], person: bool = False) -> Entity | None:
    """The most recent entity of the right kind whose name or role holds the head noun and
    every qualifier."""
    for entity in [*reversed(registry.history), *reversed(registry.entities)]:
        if (entity.kind == "person") != person:
            continue
        words = _words(entity)
        words |= {w[:-3] for w in words if w.endswith("ing")}  # "Rizal Commercial Banking Corp." is a bank
        if head in words and all(q in words for q in qualifiers if q not in ARTICLES):
            return entity
    return None


def _issued(registry: Registry, noun: str, reference: Reference) -> Reference:
    """Remember who issued a document, so "the report" later speaks for them."""
    if reference.entity is not None:
        registry.documents[noun] = reference.entity
    return reference


def note_documents(registry: Registry, sentence: str, speaker: Entity, cue: str = "") -> None:
    """ "the ministry said in a statement", "in its annual report": the speaker issued it;
    and "the agency announced ...": then "the announcement" is the agency's."""
    for match in _ISSUED_IN.finditer(sentence):
        registry.documents[_fold(match.group(1)).rstrip("s")] = speaker
    if re.search(r"\bannounce[sd]\b", cue):
        registry.documents["announcement"] = speaker


_ISSUED_IN = re.compile(
    r"\b(?:in|on)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,3}?(" + "|".join(sorted(DOCUMENT_HEADS)) + r")\b",
    re.I,
)


def _named_owner(tokens: list[str], registry: Registry, offset: int, read_name: ReadName) -> Reference | None:
    """ "Justice Ministry data", "Japan Meteorological Agency officials": the capitalised
    words before the head name an institution, which is the speaker."""
    if not tokens or not all(t[:1].isupper() for t in tokens):
        return None
    text = " ".join(tokens)
    owner = re.sub(r"[’']s$", "", text)
    reference = read_name(owner, registry, offset)
    if reference is None or reference.entity is None:
        return None
    if reference.entity.kind == "organisation":
        return reference
    institutional = any(_fold(t) in INSTITUTION_HEADS or re.fullmatch(r"[A-Z]{2,}", t) for t in tokens)
    if reference.resolution.startswith("found:") and len(tokens) >= 2 and institutional:
        # "Bank Negara Malaysia data", "ICE Futures Europe data": an institution or an acronym
        # in the owner's name makes it an organisation's, not a person's
        return _found(owner, "organisation", "institution")
    return None


def _antecedent(registry: Registry, head: str, offset: int) -> str | None:
    """The nearest capitalised name before ``offset`` that has the head noun
    ("the ministry" after "the Ministry of Labour and Vocational Training", "the
    embassy" after "The Cambodian embassy in Kuala Lumpur")."""
    before = registry.text[max(0, offset - 3000) : offset]
    word = head.capitalize()
    # the head as a whole word: "the bank" is no "Rizal Commercial Bank" of "... Banking Corp."
    pattern = re.compile(rf"\b({_CAPITALISED_RUN}{word}\b{_CONNECTED}|(?:[A-Z][\w’'.&-]*\s+)+{head}\b{_CONNECTED})")
    matches = list(pattern.finditer(before))
    for match in reversed(matches):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1)).strip()
        if name and name != word:
            return name
    return None


def _document(
    text: str, body: list[str], index: int, head: str, registry: Registry, offset: int, read_name: ReadName
) -> Reference | None:
    """A document speaks for whoever issued it: "a survey by the agency", "Justice Ministry
    data", "the agency's survey", or the document last attributed to someone ("the
    statement" after "the ministry said in a statement")."""
    noun = head if head in DOCUMENT_HEADS else next(w for t in body if (w := _fold(t).rstrip("s")) in DOCUMENT_HEADS)
    text = _RELAYED.sub("", text)  # "budget documents seen by The Irrawaddy": the outlet only relays them
    surveyed = _SURVEYED.search(text)
    issuer = _issuer_named(_SURVEYED.sub("", text) if surveyed else text, registry, offset, read_name)
    if issuer is not None:
        return _issued(registry, noun, issuer)
    possessive = re.match(r"((?:[Tt]he\s+)?.+?)[’']s?\s+(?:\w+\s+)?" + re.escape(body[index]) + r"\b", text)
    if possessive:
        reference = read_name(possessive.group(1), registry, offset)
        if reference is not None:
            return _issued(registry, noun, reference)
    if body[:index] and all(t in OUTLETS for t in body[:index]):
        # "an NHK report": an outlet's report speaks for itself; the outlet is never the speaker
        name = " ".join(body[: index + 1])
        return Reference(Entity(key=slug(name), name=name, kind="document", source="article"), "found:document")
    owner = _named_owner(body[:index], registry, offset, read_name)
    if owner is not None:
        return _issued(registry, noun, owner)
    issuer = registry.documents.get(noun)
    if issuer is not None and (text.split()[0].casefold() in ("the", "its", "their") or possessive):
        known = next((e for e in registry.entities if e.name == issuer.name), None)
        if known is None:  # a document found before but never yet a speaker: found again here
            return Reference(issuer, "found:document")
        return Reference(registry.current(known), f"document: the {noun} of an earlier attribution")
    if _first_word(text) in ("its", "their") and _SENTENCE_OPENS.search(registry.text[max(0, offset - 5) : offset]):
        # "Its data showed", opening a sentence: the data of whoever "it" stands for (inside one,
        # "Licadho has recorded ..., according to its latest report", the subject is nearer)
        return Reference(None, "pronoun:" + {"its": "it", "their": "they"}[_first_word(text)])
    return _unissued(text, (body, index, noun), surveyed, registry, offset, read_name)


def _unissued(
    text: str,
    document: tuple[list[str], int, str],
    surveyed: re.Match | None,
    registry: Registry,
    offset: int,
    read_name: ReadName,
) -> Reference:
    """A document whose issuer the words do not give: itself, under the name the text
    gives it, at its first mention when nobody released a document just before ("a 2024
    survey", "the indictment", "budget documents"); else unclear, never the document by guess."""
    body, index, noun = document
    if surveyed and (
        re.search(rf"\b{noun}", registry.text[:offset], re.I)  # met before, perhaps with its issuer
        or _first_word(text) not in ("the", "a", "an")  # "his survey": someone's, not its own
        or re.search(r"\b(?:by|from)\s+[A-Z]", text)  # an issuer named that could not be read
    ):
        surveyed = None  # unsure whose it is: unclear, never the document by guess
    if _ISSUER_GIVEN.search(text):
        # "an initial report by the Department of Agriculture (DA) 7": its issuer is named,
        # in words no rule could read; the issuer or nobody, never the document by guess
        return Reference(None, f"document: the {noun}'s issuer is named but could not be read")
    first = _first_word(text)
    given = _GIVEN_AFTER.match(registry.text, offset + len(text.rstrip()))
    if given is not None:  # "The report, released by the Centre for Policy Dialogue on Sunday, said"
        issuer = read_name(given.group(1), registry, offset)
        if issuer is not None and issuer.entity is not None and issuer.entity.kind == "organisation":
            return _issued(registry, noun, issuer)
        return Reference(None, f"document: the {noun}'s issuer is named after it in words no rule reads")
    own = (
        _first_mention(noun, registry, offset)
        and (first == "the" or (first not in ARTICLES and index >= 1))
        and not re.search(r"\b(?:by|from)\b", text)  # an issuer in words no rule reads
    )
    if (first in ("a", "an") and index >= 1) or surveyed or own:
        # "a 2024 survey", "the survey of 900 families", "the indictment" at its first mention:
        # a document the text names by what it is, speaking for itself
        while index + 1 < len(body) and _fold(body[index + 1]) in DOCUMENT_HEADS:
            index += 1  # "a guidance document"
        name = " ".join(body[: index + 1]) + (f" {surveyed.group(0).strip()}" if surveyed else "")
        found = Reference(Entity(key=slug(name), name=name, kind="document", source="article"), "found:document")
        return _issued(registry, noun, found) if surveyed or own else found  # "The survey also found": this one
    return Reference(None, f"document: whose {noun} is not said")


# an issuer given in an appositive right after the document: ", released by X on Sunday,"
_GIVEN_AFTER = re.compile(
    r"\s*,\s*(?:\w+\s+)?(?:released|published|issued|prepared|compiled|commissioned|written|conducted)\s+by\s+"
    r"(.+?)(?=\s+(?:on|in|last|this|earlier|at)\b|,|\.|$)"
)


def _first_mention(noun: str, registry: Registry, offset: int) -> bool:
    """The document is named here for the first time, and nothing was released, published or
    issued in the text just before (then "the report" is likely that one, its issuer unsaid)."""
    before = registry.text[:offset]
    return not re.search(rf"\b{noun}", before, re.I) and not _RELEASED.search(before[-700:])


_SENTENCE_OPENS = re.compile(r"(?:^|[.!?][\u201d\"’']?\s+|\n\s*)$")
# "... released its annual outlook on Monday. The report said": a document someone issued
_RELEASED = re.compile(r"\b(?:released|published|issued|launched|unveiled|compiled|presented|tabled)\b")
# "seen by The Irrawaddy", "a copy of which was obtained by Reuters", "carried by the state-run
# daily": who passed a document on, never its issuer
_RELAYED = re.compile(
    r",?\s*(?:a\s+copy\s+of\s+which\s+was\s+)?(?:seen|obtained|reviewed|carried)\s+by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*)*,?"
)


# "by the Bureau of ...", "from rating agency Icra": a document's issuer, named in capitals
_ISSUER_GIVEN = re.compile(r"\b(?:by|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:[A-Z]|[a-z]+[A-Z])")  # "iProperty"
# "of 900 fishing families", "of more than 2,000 migrant workers": who a
# survey asked or a study looked at, never who issued it
_NUMBER_WORDS = (
    r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|hundreds|thousand|thousands|dozens|some|about|around|nearly|almost|over|"
    r"more than|fewer than|at least|roughly"
)
_SURVEYED = re.compile(
    rf"\bof\s+(?:(?:{_NUMBER_WORDS})\s+)+[a-z][\w-]*(?:\s+(?!by\b|from\b)[a-z][\w-]*){{0,3}}"
    r"(?=\s+(?:by|from)\b|$)"
)
# "by the Centre for the Study of Labour and Mobility": a name whose own connectors run on
_ISSUER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w’'.&-]*)*")


def _first_word(text: str) -> str:
    """The first word of a phrase, folded: its article or determiner if it has one."""
    return text.split()[0].casefold() if text.split() else ""


# "researchers at Kumamoto University", "economists from the Asian Development Bank": people
# and the institution they work at, one issuer
_AFFILIATED = re.compile(
    r"((?:the\s+)?(?:[a-z][\w-]*\s+){0,2}(?:"
    + "|".join(sorted(COLLECTIVE_HEADS))
    + r")\s+(?:at|of|from)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'.&-]*)*)"
)


def _issuer_named(text: str, registry: Registry, offset: int, read_name: ReadName) -> Reference | None:
    """Who a document's "by", "from" or "of" phrase names as its issuer: an institution's
    whole name first ("by the Centre for the Study of ..."), else the words up to a
    preposition ("by the ministry last year"); an "of" phrase only when it names an
    institution, never the people a survey or study looked at ("of 900 families")."""
    for by in re.finditer(r"\b(by|of|from)\s+", text):
        rest = text[by.end() :]
        whole = _ISSUER_NAME.fullmatch(rest)
        cut = _AFFILIATED.match(rest) or re.match(
            r"(.+?)(?:\s+(?:to|on|for|in|at|last|this|earlier|by|from|released|published|issued|compiled)\b.*)?$",
            rest,
        )
        candidates = [(whole.group(0), True)] if whole else []
        candidates += [(cut.group(1), False)] if cut else []
        for words, named in candidates:
            reference = read_name(words, registry, offset)
            if reference is None or reference.entity is None:
                continue  # no issuer in these words (perhaps a document of its own)
            institution = reference.entity is not None and reference.entity.kind == "organisation"
            if (named or by.group(1) == "of") and not (institution and reference.resolution != "found:group"):
                continue  # a whole name must be an institution's; "of" people is who was surveyed
            return reference
    return None
