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
from explainer.voices.names import NOT_A_DATE, OUTLETS, ROLE_WORDS, TITLES
from explainer.voices.registry import Reference, Registry, slug

# reads a name phrase (grammar.read_reference), passed in: grammar imports this module
ReadName = Callable[[str, Registry, int], "Reference | None"]

ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "one"}
INSTITUTION_HEADS = set(
    "junta regime ministry embassy committee court government agency federation union company department commission "
    "branch board council association bank office fund congress bureau authority organisation organization "
    "institute centre center party assembly prosecution military army tribunal university firm enterprise "
    "secretariat administration cabinet consulate regulator operator police panel jury".split()
) | set(
    "utility carmaker automaker lender insurer retailer airline conglomerate chipmaker miner brewer "
    "hospital clinic school college".split()
)
# heads that stand for a business ("the utility said")
COMPANY_HEADS = set(
    "company firm utility carmaker automaker lender insurer retailer airline conglomerate".split()
) | set("chipmaker miner brewer operator".split())
# words that make a capitalised name a business's, never a person's ("Kansai Electric Power")
_CORPORATE = set(
    "Motor Motors Electric Electronics Power Energy Airlines Airways Air Steel Industries Industrial Telecom "
    "Petroleum Oil Gas Semiconductor Chemical Chemicals Pharmaceutical Pharmaceuticals Mobile Foods Insurance "
    "Securities Capital Logistics Shipping Mining Cement Resources Holdings Group Corp Corp. Corporation Company "
    "Co Co. Inc Inc. Ltd Ltd. Bank Enterprise Enterprises Technologies Technology Systems Brewery Breweries "
    "Construction Properties Textile Textiles Garment Garments Trading Manufacturing Motorcorp".split()
)
UNIQUE_HEADS = {"government", "junta", "regime", "military", "army", "police", "prosecution", "cabinet", "parliament"}
COLLECTIVE_HEADS = set(
    "officials police authorities researchers exporters analysts experts activists lawmakers residents "
    "witnesses prosecutors sources unions farmers employers investigators organisers organizers rescuers "
    "doctors traders economists scientists forecasters observers critics victims relatives families "
    "villagers students teachers migrants returnees brokers manufacturers officers staff interns trainees group "
    "growers producers riders drivers nurses caregivers vendors workers groups coalition alliance network "
    "consortium".split()
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
# the last word of role words before a name: a post, a trade or a group of people
POST_NOUNS = PERSON_HEADS | COLLECTIVE_HEADS | {w.casefold() for w in ROLE_WORDS}
DOCUMENT_HEADS = set(
    "documents papers filings reports statements letters statement report survey study data document "
    "letter assessment figures release notice post ruling "
    "verdict judgment judgement records analysis estimates census filing memo circular directive decree "
    "guidance poll statistics announcement bulletin communique communiqué request proposal submission "
    "indictment complaint petition lawsuit affidavit testimony transcript minutes draft advisory audit".split()
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
_EQUIVALENT = {
    "labor": "labour",
    "organization": "organisation",
    "center": "centre",
    "defense": "defence",
    "banking": "bank",
}
_CAPITALISED_RUN = r"(?:[A-Z][\w’'.&-]*\s+)*"
_CONNECTED = (
    rf"(?:\s+(?:of|for|and|on|in|to)\s+(?:the\s+)?{NOT_A_DATE}[A-Z][\w’'.&-]*(?:\s+{NOT_A_DATE}[A-Z][\w’'.&-]*)*"
    # a list in the name: "Ministry of Land, Infrastructure, Transport and Tourism"
    r"|,\s+[A-Z][\w’'.&-]*(?=(?:,\s+[A-Z][\w’'.&-]*)*,?\s+and\s+[A-Z]))*"
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
    OWNED_PERSON = "owned-person"
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
    document = _document_word(body)
    found = (document, _fold(body[document])) if document is not None else _head(body)
    index, head = found if found is not None else (-1, "")
    qualifiers = [_fold(t) for t in body[:index]]
    return Description(" ".join(tokens), tokens, False, article, body, index, head, qualifiers)


def _document_word(body: list[str]) -> int | None:
    """Where the document word that heads a phrase is: after an issuer's name ("Bank of
    Thailand data", "the Department of Statistics' latest figures"), or among its first words
    ("the report", "a 2024 survey", "Justice Ministry data")."""
    issued = (i for i, t in enumerate(body) if t.islower() and _fold(t) in DOCUMENT_HEADS and _issuer_before(body[:i]))
    first = (
        i for i, t in enumerate(body[:3]) if _fold(t) in DOCUMENT_HEADS and not _named(body, i) and _heads(body, i)
    )
    return next(issued, next(first, None))


def _heads(body: list[str], index: int) -> bool:
    """Whether the document word heads the phrase: nothing after it, or what follows it
    only places it ("the report released on Monday", "a survey by the agency"); "The
    announcement comes a week after X" is a clause with a subject of its own later."""
    following = body[index + 1 : index + 2]
    return not following or not re.fullmatch(r"[a-z]+s", following[0]) or following[0] in _TAIL_WORDS


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
    if d.head_text[-1][:1].isupper():
        return None  # "Siam Cement Group": the head is the name's own last word, no owner's people
    named = _named_owner(d.head_text[:-1], registry, offset, read_name)
    return named if named is not None and d.head in COLLECTIVE_HEADS else None


def _named_institution(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the Phnom Penh municipal court", "The Selangor state government": an institution
    named in all but capitals (a place before a level of government, or one capitalised
    word alone before the head); a nationality before more words names none."""
    proper = any(t[:1].isupper() for t in d.body[1:]) or _place_and_level(d)
    # "The Japanese government": after "the", the one capital before the head is its own;
    # "the Vietnamese provincial government" is a kind of government, no name
    proper = proper or (d.article == "the" and len(d.body) == 2 and d.body[0][:1].isupper())
    if d.head in INSTITUTION_HEADS and proper and len(d.body) <= 8 and d.body[d.at][:1].islower():
        return _found(" ".join(d.body), "organisation", "group")
    return None


def _place_and_level(d: Description) -> bool:
    """ "Selangor state government", "Osaka prefectural government": one place word, the
    level of government, the institution; a nationality ("Thai", "Japanese") is no place."""
    if len(d.body) != d.at + 1 or not 2 <= d.at <= 3 or d.body[0] in NOT_PLACES:
        return False
    return _PLACE_WORD.fullmatch(d.body[0]) is not None and all(_fold(t) in _LEVELS for t in d.body[1 : d.at])


# One capitalised word that can be a place ("Selangor", "Kerala"), not a nationality
# adjective ("Thai", "Japanese", "Cambodian", "Filipino", "British", "French", "Swiss").
_PLACE_WORD = re.compile(r"[A-Z][a-z]+(?<!an)(?<!ese)(?<!ish)(?<!i)(?<!ch)(?<!ss)(?<!ino)(?<!ina)")
_LEVELS = set("state provincial prefectural municipal city metropolitan district regional county local town".split())
NOT_PLACES = set("Another Every Each Some Most Many One Other Both All Any No This That These Those Its".split())


def _institution(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "the ministry", "the labour ministry": the institution named before, the nearest
    one with that head, a name in all but capitals, the country's own ("the junta"), or nobody."""
    if d.head not in INSTITUTION_HEADS or d.head_text[0][:1].isupper():
        return None
    known = _known_for(d, registry)
    if known is not None:
        if known.entity is not None and known.resolution == "description":
            beside = _beside(registry, known.entity, d, offset)
            if (
                beside is not None
            ):  # "The Labour Ministry said ... The Interior Ministry said ..." ¶ "The ministry added"
                return Reference(None, f"description: the {d.head} could be {known.entity.name} or {beside}")
        return known
    antecedent = _antecedent(registry, d.head, offset, [_fold(t) for t in d.body[: d.at] if t.islower()])
    if antecedent is not None:
        return _found(antecedent, "organisation", "antecedent")
    company = _company(registry, offset) if d.head in COMPANY_HEADS and d.article == "the" else None
    if company is not None:
        return company
    known_organisations = any(e.kind == "organisation" for e in registry.entities)
    if d.qualifiers and len(d.body) <= 6 and not (known_organisations and d.article == "the"):
        return _found(" ".join(d.body), "organisation", "group")  # "the labour ministry said" opening a wire story
    if d.head in UNIQUE_HEADS and not d.qualifiers:
        return _found(d.head, "organisation", "group")
    if " ".join(d.body).casefold() in ONE_PER_COUNTRY:  # "the central bank": a country has one
        return _found(" ".join(d.body), "organisation", "group")
    return Reference(None, "description: no earlier institution it can stand for")


def _known_for(d: Description, registry: Registry) -> Reference | None:
    """The institution met before that has the head and every word of what the phrase says
    it is for ("the regional department of agriculture and rural affairs" is never "the
    regional emergency management department"); else one named in lower case, whole."""
    subject = [_fold(t) for t in d.body[d.at + 1 :] if t.islower() and t not in _TAIL_WORDS and t != "and"]
    known = _known(registry, d.head, d.qualifiers + subject)
    if known is not None:
        return Reference(registry.current(known), "description")
    what_for = d.body[d.at + 1 : d.at + 2] in (["of"], ["for"])  # "department of ...", "office for ..."
    if subject and what_for and all(t.islower() for t in d.body) and len(d.body) <= 9:
        return _found(" ".join(d.body), "organisation", "group")
    return None


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
    if known is not None and known.name[:1].isupper() and unnamed_by_the_text(registry.text, offset):
        known = None  # "the spokesman, who asked not to be named,": not the spokesman the text names
    if known is not None:
        rival = _also_titled(registry, d.head, known, offset) or _beside(registry, known, d, offset)
        if rival is not None:  # "Labour Minister Heng Sour met Thai Labour Minister Phiphat ... The minister said"
            return Reference(None, f"description: the {d.head} could be {known.name} or {rival}")
        return Reference(registry.current(known), "description")
    if d.at < len(d.body) - 1 and len(d.body) <= 9:
        return _found(" ".join(_cut_clause(d.body)), "person", "description")
    return None


def _beside(registry: Registry, known: Entity, d: Description, offset: int) -> str | None:
    """Another one the description fits, met in the paragraph where ``known`` was last met
    (or after it): "Sok Dara, an official at the Labour Ministry, and Chea Ratha, an official
    at the Interior Ministry, ..." ¶ "The official said": either could be meant."""
    text = registry.text
    last = max(
        (at for e, at in zip(registry.history, registry.history_at, strict=True) if e.key == known.key), default=None
    )
    if last is None:
        return None
    start = text.rfind("\n\n", 0, last) + 1
    for entity, at in zip(registry.history, registry.history_at, strict=True):
        if (
            at >= start
            and at < offset
            and entity.key != known.key
            and (entity.kind == "person") == (known.kind == "person")
        ):
            words = _words(entity)
            if d.head in words and all(q in words for q in d.qualifiers if q not in ARTICLES):
                return entity.name
    if known.kind != "person":
        return None
    own = set(known.name.split())
    appositive = re.compile(rf"((?:[A-Z][\w’'-]* ){{1,3}}[A-Z][\w’'-]*),\s+(?:an?|the)\s+[^,.;\n]{{0,60}}\b{d.head}\b")
    for match in appositive.finditer(text, start, offset):
        if not own & set(match.group(1).split()):
            return match.group(1)
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
    if unnamed_by_the_text(registry.text, offset):
        return None  # "An official, who asked not to be named, said": nobody the article names
    return _one_named(registry, d.body, offset)


# a clause that says the speaker is not named: "who asked not to be named", "speaking on
# condition of anonymity", "who was not authorised to speak to the press"
_ANONYMOUS = re.compile(
    r"\b(?:(?:not\s+)?to\s+be\s+(?:named|identified|quoted\s+by\s+name)|anonymity|anonymously|"
    r"not\s+(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|talk|comment|brief|discuss|disclose|"
    r"share|release|be\s+quoted)|not\s+be\s+(?:named|identified)|"
    r"declined\s+to\s+(?:be\s+(?:named|identified)|give\s+(?:his|her|their)\s+(?:full\s+)?names?)|"
    r"(?:did|does)\s+not\s+(?:want|wish)\s+to\s+be\s+(?:named|identified)|without\s+being\s+named|"
    r"familiar\s+with\s+the\s+(?:matter|case|talks|plan|plans|discussions|negotiations|deal|investigation)|"
    r"with\s+(?:direct\s+)?knowledge\s+of|"
    r"asked\s+that\s+(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld)|names?\s+withheld)\b",
    re.I,
)


def unnamed_by_the_text(text: str, offset: int) -> bool:
    """The sentence that opens at ``offset`` says its speaker is not named ("An official
    at the ministry, who asked not to be named, said"): whoever the article names with
    that institution, this is someone else, or nobody the text lets a reader know."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z\u201c\"])|\n", text[offset : offset + 400], maxsplit=1)[0]
    return _ANONYMOUS.search(sentence) is not None


def _owned_person(d: Description, registry: Registry, offset: int, read_name: ReadName) -> DescriptionAnswer:
    """ "Her lawyer", "his spokesman", "their daughter": someone of the person before, not
    that person and not named; speech nobody can be given (unclear), never the owner's."""
    if d.article not in ("his", "her", "their", "its") or d.head not in PERSON_HEADS or len(d.body) > 4:
        return None
    if not all(t.islower() for t in d.body):
        return None
    named = re.compile(rf"(?i:{re.escape(d.article)})\s+(?:[\w-]+\s+){{0,3}}?{re.escape(d.body[-1])}\s*,\s+[A-Z]")
    if named.match(registry.text, offset):
        return None  # "Her son, Anucha Thongdee, said": the name that follows is the speaker
    return Reference(None, f"description: {d.text}, a person the text does not name")


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
    (DescriptionRule.OWNED_PERSON, _owned_person),
    (DescriptionRule.INDEFINITE_PERSON, _indefinite_person),
)


# heads of a description that may stand for a person the article named elsewhere
# ("a source" is not among them: a source is unnamed by the newsroom's own convention)
_UNNAMED_HEADS = {"official", "officer", "spokesperson", "spokesman", "spokeswoman", "representative"}


def _one_named(registry: Registry, body: list[str], offset: int) -> Reference | None:
    """ "An official at the embassy" with "Sok Vanna, the embassy's labour attaché," in a
    paragraph before or after: the one person the article names with that institution in
    their role; two such people make the speaker unclear, none leaves the description to
    stand for an unnamed speaker."""
    places = {_fold(t) for t in body} & INSTITUTION_HEADS
    if len(places) != 1:
        return None
    place = places.pop()
    body_name = _proper_body(body, place)  # "for the Energy Policy and Planning Office": that office only
    names = {
        e.name
        for e in registry.entities
        if e.kind == "person"
        and place in _role_words(e)
        and (body_name is None or body_name.casefold() in (e.role or "").casefold())
    }
    where = re.escape(body_name) if body_name else rf"(?i:\b{place}\b)"
    appositive = re.compile(
        rf"(?<![\w’'.-])((?:[A-Z][\w’'-]* ){{1,3}}[A-Z][\w’'-]*),\s+[^,.;\n]{{0,60}}{where}[^,.;\n]{{0,60}},"
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


def _proper_body(body: list[str], place: str) -> str | None:
    """The institution's own name where the description gives one ("a spokesperson for
    the Energy Policy and Planning Office"): a person named with another office is
    another body's official, never this one's."""
    index = next((i for i, t in enumerate(body) if _fold(t) == place and t[:1].isupper()), None)
    if index is None:
        return None
    start = index
    while start > 0 and (body[start - 1][:1].isupper() or (body[start - 1] in ("and", "of", "for") and start > 1)):
        start -= 1
    while start < index and not body[start][:1].isupper():
        start += 1
    end = index + 1  # "the Bureau of Immigration": the name goes on after "of"
    while end + 1 < len(body) and body[end] in ("of", "for", "and") and body[end + 1][:1].isupper():
        end += 2
        while end < len(body) and body[end][:1].isupper():
            end += 1
    words = [t.strip(",;:") for t in body[start:end]]
    return " ".join(words) if len(words) > 1 else None


def _role_words(entity: Entity) -> set[str]:
    return {_fold(w) for w in (entity.role or "").split()}


def _named(body: list[str], index: int) -> bool:
    """A document word that starts a name ("Statistics Korea", "Report Card Foundation") or
    ends one ("Department of Statistics", "Bureau of Statistics")."""
    if not body[index][:1].isupper():
        return False
    rest = body[index + 1 :]  # "Census and Statistics Department": a name runs on to its end
    starts = bool(rest) and rest[-1][:1].isupper() and all(t[:1].isupper() or t in ("and", "of", "for") for t in rest)
    ends = index >= 2 and body[index - 1] in ("of", "for") and body[index - 2][:1].isupper()
    return starts or ends


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
    if not tokens or not tokens[0][:1].isupper() or not all(t[:1].isupper() or t in _NAME_LINKS for t in tokens):
        return None  # "Bank of Thailand data": a name's own "of" too
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


_NAME_LINKS = {"of", "for", "and", "on", "the"}
# words between an issuer's name and its document: "the bank's latest monthly data"
_DOCUMENT_WORDS = set("latest annual new monthly quarterly weekly official preliminary provisional final".split())


def _issuer_before(tokens: list[str]) -> bool:
    """A capitalised name of three words or more (with its own "of"), then perhaps "latest"
    or "annual": what issued the document after it."""
    name = [t for t in tokens if t not in _DOCUMENT_WORDS]
    return (
        len(name) >= 3
        and name[0][:1].isupper()
        and all(t[:1].isupper() or t in _NAME_LINKS for t in name)
        and all(t in _DOCUMENT_WORDS for t in tokens[len(name) :])
    )


def _company(registry: Registry, offset: int) -> Reference | None:
    """ "Kansai Electric Power on Thursday raised its forecast ..., the utility said": the
    business that is the subject of the sentence; else the one business the article has
    named so far ("The company also said ..."). A name must have a business's word in it, so
    a person ("Chairman Tran Van Minh cut 400 jobs, the company said") is never taken."""
    subject = _BUSINESS_SUBJECT.match(_sentence_so_far(registry, offset))
    if subject is not None and _CORPORATE & set(subject.group("name").split()[1:]):
        return _found(subject.group("name"), "organisation", "antecedent")
    known = [e for e in registry.entities if e.kind == "organisation" and _CORPORATE & set(e.name.split()[1:])]
    if len(known) != 1:
        return None
    history = zip(registry.history, registry.history_at, strict=True)
    organisations = [(e, at) for e, at in history if e.kind == "organisation"]
    if not organisations or organisations[-1][0].key != known[0].key:
        return None  # another institution spoke or was the subject since
    if _ANOTHER_BUSINESS.search(registry.text, organisations[-1][1], offset):
        return None  # "a supplier ..." since: "the company" may be that one
    return Reference(registry.current(known[0]), "description")


# a business the text brings in without naming it: "the company" after it may be this one
_ANOTHER_BUSINESS = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}"
    r"(?:company|firm|supplier|subsidiary|rival|competitor|business|maker|manufacturer|operator|contractor|partner)\b"
)


def _sentence_so_far(registry: Registry, offset: int) -> str:
    """The words of the sentence that holds ``offset``, up to it."""
    before = registry.text[max(0, offset - 1000) : offset]
    starts = [m.end() for m in re.finditer(r"\n\s*\n|[.!?][\u201d\"']?\s+(?=[A-Z\u201c\"])", before)]
    return before[starts[-1] if starts else 0 :]


def _owner_is_the_subject(registry: Registry, offset: int, read_name: ReadName) -> Reference | None:
    """ "The ministry plans to spend ..., according to its budget request": "its" is the
    institution the sentence opens with, when one does."""
    opening = _OPENING_SUBJECT.match(_sentence_so_far(registry, offset))
    if opening is None:
        return None
    reference = read_name(opening.group("subject"), registry, offset)
    if reference is None or reference.entity is None or reference.entity.kind != "organisation":
        return None
    return reference


# a sentence's subject, up to its verb: "The ministry plans", "Rights group Licadho has recorded"
_OPENING_SUBJECT = re.compile(
    r"(?P<subject>(?:The\s+)?[A-Za-z][\w&.'\u2019-]*(?:\s+[\w&.'\u2019-]+){0,5}?)\s+"
    r"(?:has|have|had|is|are|was|were|will|would|plans|expects|[a-z]+ed|[a-z]{3,}s)\b"
)


# The subject of a sentence's main verb at its start, after a dateline ("OSAKA -- Kansai
# Electric Power on Thursday raised ...", "Toyota Motor Corp. has cut ...").
_BUSINESS_SUBJECT = re.compile(
    r"(?:[A-Z][A-Z .,'-]*(?:\([^)\n]{1,30}\))?\s*(?:--|[-\u2013\u2014:])\s*)?(?:The\s+)?"
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){1,5})(?:\s+\([A-Z][\w&.-]{1,10}\))?,?"
    r"\s+(?:(?:on|last|this)\s+\w+\s+|also\s+)?(?:(?:has|had|have|will|would|plans\s+to)\s+(?:\w+\s+)?[a-z]+\b|"
    r"(?:[a-z]+(?:ed|s)|cut|set|put|hit|kept|sold|made|paid|won|lost|saw|took|gave|got|held|began|grew|rose|fell|spent)\b)"
)


def _antecedent(registry: Registry, head: str, offset: int, qualifiers: list[str] = []) -> str | None:  # noqa: B006
    """The nearest capitalised name before ``offset`` that has the head noun
    ("the ministry" after "the Ministry of Labour and Vocational Training", "the
    embassy" after "The Cambodian embassy in Kuala Lumpur") and every word that says which
    one it is ("the finance ministry" is never the Ministry of Health)."""
    topics = [q for q in qualifiers if q not in ARTICLES and q not in _GENERIC_QUALIFIERS]
    before = registry.text[max(0, offset - 3000) : offset]
    word = head.capitalize()
    pattern = re.compile(rf"\b({_CAPITALISED_RUN}{word}{_CONNECTED}|(?:[A-Z][\w’'.&-]*\s+)+{head}{_CONNECTED})")
    matches = list(pattern.finditer(before))
    for match in reversed(matches):
        name = re.sub(r"^(?:The|A|An)\s+", "", match.group(1)).strip()
        folded = {_fold(t) for t in re.split(r"[\s,]+", name)}
        proper = any(t[:1].isupper() for t in name.split())  # "The ministry plans" opening a sentence is no name
        if name and proper and name != word and all(q in folded for q in topics):
            return name
    return None


# words before an institution's head that do not say which one it is ("the state-run bank")
_GENERIC_QUALIFIERS = set(
    "state state-run state-owned national provincial local city municipal federal central regional district "
    "government official top main new country's nation's".split()
)


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
    earlier = _issued_before(text, noun, registry, offset, read_name, possessive is not None)
    if earlier is not None:
        return earlier
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
        # "the audit", "the customs data"; never "the data" or "the figures" alone (someone's, unsure whose)
        and (
            (first == "the" and (index >= 1 or noun.rstrip("s") not in _SOMEONES_DATA))
            or (first not in ARTICLES and index >= 1)
        )
        and not re.search(r"\b(?:by|from)\b", text)  # an issuer in words no rule reads
    ) or _self_speaking(text, noun, registry, offset)
    if _bare_kind_of_document(text, body, index) or surveyed or own:
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


def _issued_before(
    text: str, noun: str, registry: Registry, offset: int, read_name: ReadName, possessive: bool
) -> Reference | None:
    """ "the statement" after "the ministry said in a statement": the one who issued it;
    "its report" in a sentence opened by an institution: that institution's."""
    first = text.split()[0].casefold()
    issuer = registry.documents.get(noun)
    if issuer is not None and (first in ("the", "its", "their") or possessive):
        known = registry.by_key.get(issuer.key) or next((e for e in registry.entities if e.name == issuer.name), None)
        if known is not None:
            return Reference(registry.current(known), f"document: the {noun} of an earlier attribution")
        if issuer.kind == "document":  # a document found before but never yet a speaker: found again here
            return Reference(issuer, "found:document")
    owner = _owner_is_the_subject(registry, offset, read_name) if first in ("its", "their") else None
    if owner is None and first == "its":
        owner = _the_one_institution_just_met(registry, offset)
    return _issued(registry, noun, owner) if owner is not None else None


def _the_one_institution_just_met(registry: Registry, offset: int) -> Reference | None:
    """ "Its data showed ..." opening a sentence after "The centre said ...": the one
    institution that spoke or opened a sentence in the last few hundred characters."""
    recent = {e.key for e, at in zip(registry.history, registry.history_at, strict=True) if 0 <= offset - at <= 800}
    institutions = [
        registry.by_key[k] for k in recent if k in registry.by_key and registry.by_key[k].kind == "organisation"
    ]
    people = [k for k in recent if k in registry.by_key and registry.by_key[k].kind == "person"]
    if len(institutions) != 1 or people:
        return None  # none, two, or a person too: "its" could be another's
    return Reference(registry.current(institutions[0]), "description")


def _self_speaking(text: str, noun: str, registry: Registry, offset: int) -> bool:
    """ "According to the indictment, ..." with no indictment, and no one who could have
    issued one, met before: the document the text names speaks for itself."""
    if text.split()[0].casefold() != "the" or len(text.split()) != 2 or noun not in _SELF_SPEAKING:
        return False
    return re.search(rf"\b{noun}", registry.text[:offset], re.I) is None


# numbers that are always someone's: "the data", "the figures" at their first mention point
# back to an issuer the text leaves unsaid, never speak for themselves
_SOMEONES_DATA = set("data figure statistic record estimate number".split())
# documents whose issuer a story often leaves unsaid and that speak in their own name
_SELF_SPEAKING = {"indictment", "verdict", "ruling", "judgment", "judgement", "complaint", "petition", "draft"}


def _bare_kind_of_document(text: str, body: list[str], index: int) -> bool:
    """ "a 2024 survey", "government data", "official figures", "customs records": a
    document the text names only by what it is, with no issuer and no earlier one to
    point back to ("the data", "its report" are someone's, unsure whose)."""
    qualifiers = body[:index]
    if not qualifiers:
        return False
    first = text.split()[0]
    if first.casefold() in ("a", "an"):
        return True
    return first.casefold() not in ARTICLES and all(t.islower() for t in qualifiers) and index + 1 == len(body)


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
