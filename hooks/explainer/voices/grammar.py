"""The words of attribution: speech verbs, titles, and who a subject phrase names.

``read_reference`` reads a phrase such as "Prime Minister Hun Manet", "he", "the
premier" or "Foreign Ministry spokesperson Chum Sounry" and says who it is and how
it knows (name, alias, pronoun, short form, or a person found in the text);
``read_subject`` finds that phrase before a speech verb, with its lead-in and appositive.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from explainer.voices.descriptions import read_description
from explainer.voices.model import Entity
from explainer.voices.names import (
    COUNTRIES,
    FEMININE_TITLES,
    HONORIFICS,
    MASCULINE_TITLES,
    NAME_PARTICLES,
    ROLE_WORDS,
    TITLE_FIRST_WORDS,
    TITLE_SECOND_WORDS,
    TITLES,
)
from explainer.voices.registry import Reference, Registry, slug

# --- What counts as speech -----------------------------------------------------

SPEECHVERB_WORDSS = (
    "said says say told tells added adds noted notes urged urges stated explained explains "
    "argued argues warned warns suggested suggests insisted insists claimed asserted stressed "
    "stresses emphasised emphasized emphasises emphasizes recalled asked asks replied continued "
    "announced announces declared revealed reveals assured acknowledged admitted wrote writes "
    "commented observed maintained contended cautioned lamented complained confirmed denied "
    "estimated predicted promised pledged vowed remarked reiterated highlighted "
    "recommended proposed believes believe found finds showed shows show estimates forecast "
    "warn note argue claim ordered states relayed alleged informed affirmed defended attributed"
).split()
SPEECH_VERBS = ("pointed out", "called for", *SPEECHVERB_WORDSS)
_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# Any lower-case word (or two-word verb) standing alone, and one at the start of a text:
# a set lookup on these compiles far faster than a pattern listing every verb. (’ is
# looked for on its own: [\w’'-] has three runs of characters and is slow to compile.)
_LONE_WORD = re.compile(r"(?<![\w'-])(?<!’)(?:pointed out|called for|[a-z]+)(?![\w'-])(?!’)")
_FIRST_WORD = re.compile(r"(pointed out|called for|[a-z]+)\s+")


_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+$")


def verbs(text: str) -> Iterator[re.Match]:
    """Every speech verb standing alone in ``text`` ("said", not "unsaid" or "said’s"),
    not in the passive ("was told", "were found"): there the subject did not speak;
    and a promise only with what was promised ("pledged to", "vowed that"): "pledged
    her gold ornaments" is not speech."""
    for match in _LONE_WORD.finditer(text):
        if match.group() not in _SPEECH_VERB_SET or _AUXILIARY.search(text, max(0, match.start() - 8), match.start()):
            continue
        if match.group() in _PROMISES and not _PROMISED.match(text, match.end()):
            continue
        yield match


_PROMISES = {"pledged", "promised", "vowed"}
_PROMISED = re.compile(r"\s+(?:to|that)\b|\s*[:,\u201c\"]")
# what may follow the verb of an attribution that closes a sentence: when, where, how
CLOSING_TAIL = re.compile(
    r"\s*(?:(?:on|in|at|last|this|late|early|to|by|after|during|when|while|as|from)\b[^;:]*"
    r"|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^;:]*)?[.!?]?[\u201d\"’']?\s*"
)
# verbs of plain saying: a sentence opened with one of them is its subject's words
SAYING = {"said", "says", "say", "told", "tells", "added", "adds", "stated", "wrote", "writes"}
# a person introduced in narration with an age or a role: "Thiri Aung, 26," "Anitha Joseph, a nurse"
# Each name-like token is at most 64 characters, taken whole (possessive): a 200 KB chain
# of hyphenated capitals otherwise cost a scan to its end from every capital in it.
NAMED_WITH_AGE = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w’'.-]{0,63}+\s++){1,3}[A-Z][\w’'-]{0,63}+),\s+(?:\d{1,3},|aged\s+\d)"
)


def leading_verb(text: str) -> re.Match | None:
    """A speech verb and the whitespace after it at the very start of ``text`` ("said Kojima")."""
    match = _FIRST_WORD.match(text)
    return match if match and match.group(1) in _SPEECH_VERB_SET else None


def ends_with_verb(text: str) -> bool:
    """Whether ``text`` ends in a speech verb, trailing whitespace aside (also "unsaid")."""
    return text.rstrip().endswith(SPEECH_VERBS)


# words that may sit between the subject and the verb ("He also suggested")
ADVERB = re.compile(
    r"(?:\s+(?:also|further|later|then|again|earlier|previously|once again|repeatedly|has|have|had|will|would))+\s*$"
)
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it"}
# double quotation marks only: ’ is far more often an apostrophe (“Japan’s”, O’Brien)
QUOTE_MARKS = '\u201c\u201d"'
OPEN_QUOTES = '\u201c"'
INSERTION = re.compile(r"\[[^\[\]\n]{1,80}\]")

# Words that end the name of an institution rather than a person.
INSTITUTIONS = set(
    "Ministry Department Agency Embassy Union Association Organisation Organization Company "
    "Corporation Group Council Committee Bank Office Government Federation Centre Center "
    "Institute Commission Authority Bureau Unit Court Party Assembly Senate Police Army "
    "Holdings Foundation Network Coalition League Forum Fund Congress Enterprise Board Service Services "
    "Military University Academy Administration Secretariat Inc Inc. Ltd Co Corp Corp. Tribunal Prosecution "
    "Branch Bureau Cabinet Parliament Prefecture".split()
)
# Capitalised words that start sentences but never names.
NOT_NAMES = set(
    "The A An This That These Those It Its We I You Our Their His Her In At On By For From But "
    "And Or However When After Before While Although As If Meanwhile Still Yet So Then There "
    "Here Many Some Most Others Critics Officials Workers People Both All Each Every Whenever Wherever "
    "Whatever Because Since Until Unless During Despite Instead Last Next Now Today Yesterday Tomorrow "
    "Back Earlier Later Asked Speaking According Like Unlike Without With Under Over Through".split()
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
    rf"(?:[Tt]he\s+)?((?:{_CAPITALISED},?\s+(?:and\s+)?)*(?:{'|'.join(sorted(INSTITUTIONS))})"
    rf"(?:,?\s+(?:of|for|and|on|in)\s+(?:the\s+)?{_CAPITALISED}(?:,?\s+{_CAPITALISED})*)*)"
)  # compiled on first use (_institution_name): only a subject no earlier rule names needs it
# when something was said, between the subject and the verb ("X on Tuesday said")
TIME_WORDS = re.compile(
    r"\s+(?:on|last|this|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?)\s*$"
)
DATELINE = re.compile(r"[A-Z][A-Z .,]{2,40}(?:\s[\u2013\u2014-]+|:)\s+")
PREPOSITIONS = {"in", "at", "on", "from", "for", "by", "with", "after", "before", "during", "since", "under", "among"}
SUBORDINATORS = set("after before when while because since although though until once".split())
CONJUNCTIONS = {"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Later", "Then"}
NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$")
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "No", "Jr", "Sr"}
SENTENCE_END = re.compile(r"[.!?][\u201d\"')\]]*(?=\s+[\u201c\"'(\[]?[A-Z0-9])")


# --- Entities and how the text refers to them ---------------------------------


@cache
def _institution_name() -> re.Pattern:
    return re.compile(_INSTITUTION_NAME_SOURCE)


def _plain(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u2018", "'")


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


def _role_clause(tokens: list[str]) -> bool:
    """Role words that read as a clause: "of" and "and" belong in roles, "which" does not."""
    return any(t.casefold() in CLAUSE_WORDS - ROLE_CONNECTORS for t in tokens)


ROLE_CONNECTORS = {"and", "of", "for", "to", "on", "in", "at", "from"}


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


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.-]{1,15})\)")
_NATIVE_SCRIPT = re.compile(r"\s*\([^\x00-\x7f()]{1,12}\)")


def read_reference(text: str, registry: Registry, offset: int) -> Reference | None:
    """Who a subject phrase names, or None if it does not name a speaker. An acronym in
    brackets ("the National Disaster Mitigation Agency (BNPB)") names it too."""
    text = _NATIVE_SCRIPT.sub("", text)
    acronym = _ACRONYM.search(text)
    if acronym:
        reference = read_reference(_ACRONYM.sub("", text), registry, offset)
        if reference and reference.entity and reference.resolution.startswith("found:"):
            entity = reference.entity._replace(abbreviation=reference.entity.abbreviation or acronym.group(1))
            reference = reference._replace(entity=entity)
        return reference
    text = text.strip()
    if not text or len(text) > 160 or any(mark in text for mark in QUOTE_MARKS):
        return None
    first, _, rest = text.partition(" ")
    if first in CONJUNCTIONS and rest:  # "But he said", "And Manet added"
        text = rest.strip()
    if first.casefold() in PREPOSITIONS:
        return None
    if (
        first in ("the", "a", "an")
        and rest[:1].isupper()
        and read_description(text, registry, offset, read_reference) is None
    ):
        text = rest.strip()
    acronym_only = re.fullmatch(r"[A-Z][A-Z0-9&]{1,9}", text)
    if acronym_only:  # "UNICEF said", "JASM said": its full name if the text gave one
        return _acronym(text, registry)
    adjective = re.fullmatch(r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+){1,2}([A-Z].*)", text)
    if adjective and _institution_name().fullmatch(adjective.group(1)):
        return read_reference(adjective.group(1), registry, offset)
    owned = re.fullmatch(r"(?:[Tt]he\s+)?[\w’' -]+?[’']s\s+([A-Z].*)", text)
    if owned and _institution_name().fullmatch(owned.group(1)):  # "the junta’s Ministry of Labour"
        return read_reference(owned.group(1), registry, offset)
    if text.casefold() in PRONOUNS:
        return Reference(None, "pronoun:" + PRONOUNS[text.casefold()])
    for surface, entity, how in registry.surfaces():
        if _ends_with(text, surface):
            role_words = text[: len(text) - len(surface)].strip()
            if len(role_words.split()) > 8 or _clause(role_words):
                continue
            return Reference(registry.current(entity), how, role_words)
    described = read_description(text, registry, offset, read_reference)
    if described is not None:
        return described
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
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        particle = token in NAME_PARTICLES and run and index > 0 and NAME_TOKEN.match(tokens[index - 1])
        if not NAME_TOKEN.match(token) and not particle:
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
    if run[-1] in PLACE_WORDS:
        return None
    if run[-1] in TITLES and (not role_tokens or role_tokens[-1].casefold() == "the" or tokens[0] in NOT_NAMES):
        return _title_only(run, registry)
    titles = []
    while run and run[0] in TITLES:
        titles.append(run.pop(0))
    country = next((c for c in COUNTRIES if " ".join(run).startswith(c + " ")), None)
    if country and role_tokens and role_tokens[-1].casefold() in ("to", "of", "in", "for"):
        titles += run[: len(country.split())]
        run = run[len(country.split()) :]
    # "Human Resources Minister Datuk Seri Kamarulzaman Abdul Rahim": the role runs to the last title
    last_title = max((i for i, t in enumerate(run[:-1]) if _is_title(run, i)), default=None)
    if last_title is not None:
        titles = titles + run[: last_title + 1]
        run = run[last_title + 1 :]
    while run and _is_title(run, 0):
        titles.append(run.pop(0))
    if len(run) == 1:
        short = registry.short_form(run[0], offset)
        if short is not None:
            return Reference(registry.current(short), "short-form", " ".join(role_tokens + titles))
        full = _full_name(run[0], registry.text[:offset])
        if full is None:
            return None
        run = full.split()
    if (
        not run
        or len([t for t in run if t not in NAME_PARTICLES]) > 4
        or len(role_tokens) > (10 if len(run) > 1 else 6)
    ):
        return None
    if role_tokens and (not all(t[:1].isupper() or t.islower() for t in role_tokens) or _role_clause(role_tokens)):
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


def _acronym(acronym: str, registry: Registry) -> Reference:
    for surface, entity, how in registry.surfaces():
        if surface == acronym:
            return Reference(registry.current(entity), how)
    spelt = re.search(
        rf"((?:[A-Z][\w’'.&-]*,?\s+(?:(?:of|for|and|the|on|in)\s+)*)+)\({re.escape(acronym)}\)", registry.text
    )
    name = re.sub(r"^(?:The|A|An)\s+", "", spelt.group(1)).strip(" ,") if spelt else acronym
    entity = Entity(
        key=slug(name), name=name, kind="organisation", abbreviation=acronym if spelt else None, source="article"
    )
    return Reference(entity, "found:institution")


def _title_only(run: list[str], registry: Registry) -> Reference:
    """ "The Human Resources Minister": the person earlier given that role, or nobody."""
    words = {w.casefold() for w in run}
    for entity in [*reversed(registry.history), *reversed(registry.entities)]:
        role = {w.casefold() for w in (entity.role or "").split()}
        if entity.kind == "person" and role and words <= role | {"the"}:
            return Reference(registry.current(entity), "description")
    return Reference(None, f"description: nobody named before as {' '.join(run)}")


def _full_name(token: str, before: str) -> str | None:
    """ "Sophea said" after "Chhorn Sophea has waited": the full name the text gave first."""
    pattern = rf"((?:[A-Z][\w’'.-]*\s+){{0,3}}{re.escape(token)}(?:\s+[A-Z][\w’'.-]*){{0,3}})"
    for match in re.finditer(pattern, before):
        words = [w for w in match.group(1).split() if w not in TITLES and w not in NOT_NAMES]
        if 2 <= len(words) <= 4 and token in words and not INSTITUTIONS & set(words):
            return " ".join(words)
    return None


def _is_title(run: list[str], index: int) -> bool:
    token = run[index]
    if token.casefold() in ROLE_WORDS and index < len(run) - 2:
        return True
    if token in TITLE_SECOND_WORDS:
        return index > 0 and run[index - 1] in TITLE_FIRST_WORDS
    return token in TITLES


def split_commas(text: str) -> list[tuple[int, str]]:
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
    parts = split_commas(prefix)
    if prefix.endswith(",") and len(parts) >= 3:
        # Head, appositive[, appositive], verb: the head is the subject
        for index in range(len(parts) - 1):
            if index and not allow_lead and not (index == len(parts) - 2 and _description(parts[0][1])):
                break
            start, head = parts[index]
            reference = read_reference(head, registry, offset + start)
            following = parts[index + 1][1].strip()
            if (
                index + 2 < len(parts)
                and PERSON_NAME.fullmatch(following)
                and not _known_name(reference)
                and not PLACE_WORDS & set(following.split())
            ):
                # "the ministry's Deputy for Placement ..., Siti Rohmah, remarked"
                named = read_reference(following, registry, offset + parts[index + 1][0])
                if named is not None and named.entity is not None and named.entity.kind == "person":
                    appositive = head.strip()
                    subject_start = parts[index + 1][0] + len(parts[index + 1][1]) - len(parts[index + 1][1].lstrip())
                    return Subject(_named(named, appositive, registry), subject_start, len(prefix))
            if index == len(parts) - 2 and reference is not None:  # "His wife, NAME," said
                appositive = prefix[: parts[index][0]].strip(" ,")
                return Subject(
                    _named(reference, appositive, registry), start + len(head) - len(head.lstrip()), len(prefix)
                )
            if index == len(parts) - 2:
                break
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
        whole = read_reference(prefix, registry, offset)
        if whole is None or whole.entity is None:
            return None
        return Subject(whole, len(prefix) - len(prefix.lstrip()), len(prefix))
    start, last = parts[-1]
    first, _, rest = last.strip().partition(" ")
    if first in CONJUNCTIONS and rest.strip():
        start, last = start + last.index(rest), rest
    reference = read_reference(last, registry, offset + start)
    for count in range(2, min(len(parts), 4) + 1):
        if reference is not None and reference.entity is not None:
            break
        joined_start = parts[-count][0]
        joined = prefix[joined_start:]
        wider = read_reference(joined, registry, offset + joined_start)
        if wider is not None and wider.entity is not None and "," in joined.strip():
            start, last, reference = joined_start, joined, wider
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


def _description(text: str) -> bool:
    """Words that describe rather than name: "His wife", "The spokesman", "One of them"."""
    first = text.split()[:1]
    return bool(first) and first[0].casefold() in {"the", "his", "her", "their", "its", "a", "an", "one"}


def _named(reference: Reference, description: str, registry: Registry) -> Reference:
    """A name given right after a description ("The spokesman, Chhum Sarin,"): the person
    the description stood for until now takes the name (an unnamed speaker named later)."""
    if reference.entity is None or reference.entity.kind != "person":
        return reference
    described = read_reference(description, registry, 0) if description else None
    target = described.entity if described is not None else None
    if target is None and _description(description):
        target = next((e for e in reversed(registry.history) if e.kind == "person" and _unnamed_yet(e)), None)
    if target is not None and _unnamed_yet(target) and target.key in registry.by_key:
        if reference.resolution.startswith("found:"):
            renamed = registry.update(target, name=reference.entity.name, aliases=(*target.aliases, target.name))
            return Reference(renamed, "named-later", description)
    if reference.resolution.startswith("found:") and reference.entity.role is None:
        return reference._replace(entity=reference.entity._replace(role=description or None), description=description)
    return reference


PERSON_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*")


def _known_name(reference: Reference | None) -> bool:
    """Whether a reference names someone already known by name (not a description)."""
    return reference is not None and reference.resolution in ("name", "alias", "short-form", "abbreviation")


def _unnamed_yet(entity: Entity) -> bool:
    return entity.source == "article" and entity.kind == "person" and not entity.name[:1].isupper()


QUOTED_AS_SAYING = re.compile(
    r"(?:(?:the\s+)?[\w’' -]{1,40}?\s+)?quoted\s+(?P<who>.{1,160}?)\s*,?\s+as\s+saying\b", re.I
)
QUOTED_PASSIVE = re.compile(r"(?P<who>[\w’' .-]{1,60}?)\s+(?:was|were)\s+quoted\s+as\s+saying\b")
# Whitespace is taken whole (possessive) and a run is entered only at its start: from
# every space of 200,000 the search scanned to the run's end and back.
COORDINATED_SPEECH = re.compile(
    r"(?:,?(?<!\s)\s++and\s++(?:has\s++|have\s++|had\s++|also\s++)*"
    r"(?:said|warned|urged|added|noted|told|called for|asked)\b"
    r"|,\s++(?:saying|arguing|adding|warning|noting|claiming|insisting|stressing|explaining)\b)"
)
PLACE_WORDS = set(
    "Province Prefecture District City Region State County Island Islands Valley Village Town Township "
    "Commune Street Road Avenue River Lake Mountain Bay Port Airport Park Peninsula".split()
)


def read_inverted(who: str, registry: Registry, offset: int) -> Reference | None:
    """``the ministry's director general, Rina Kartikasari`` or ``he``: the person meant."""
    parts = [p for _, p in split_commas(who)]
    if len(parts) >= 2 and PERSON_NAME.fullmatch(parts[1].strip()):
        named = read_reference(parts[1], registry, offset)
        if named is not None and named.entity is not None:
            return _named(named, parts[0].strip(), registry)
    return read_reference(who, registry, offset)


def read_inverted_clause(rest: str, registry: Registry, offset: int) -> tuple[Reference | None, int]:
    """The subject after an inverted verb ("said Kojima Masanobu, president of ...",
    "said the woman, Dewi Anggraini, 24, who ..."), and how many characters it took."""
    clause = re.split(r"[,.;:!?]\s|[,;:!?]|\.$", rest, maxsplit=1)[0]
    reference = read_reference(clause, registry, offset)
    after = rest[len(clause) :]
    name = re.match(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*)(?=,|\.|$)", after)
    if name and _description(clause) and not _known_name(reference) and not PLACE_WORDS & set(name.group(1).split()):
        named = read_reference(name.group(1), registry, offset + len(clause) + name.start(1))
        if named is not None and named.entity is not None and named.entity.kind == "person":
            return _named(named, clause.strip(), registry), len(clause) + name.end()
    if reference is None:
        return None, 0
    return with_appositive_role(reference, after), len(clause)


# one capitalised word, after an optional lead-in, opening a sentence: "Back in Menghai, Yan was"
LONE_SUBJECT = re.compile(r"(?:[^,]{0,60},\s+)?([A-Z][a-z’'-]+)\s+[a-z]")


def colon_subject(head: str, registry: Registry, offset: int) -> Subject | None:
    """Who introduces a quote with a colon but no verb of speech: the sentence's subject
    ("Kanokwan Sriphum, a researcher ..., put it bluntly:"), or the owner of its
    subject ("Hoshino's proposal is blunt:", "Her view is simple:")."""
    owner = re.match(r"(?:(His|Her|Their)|((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*)[’']s)\s+[a-z]", head)
    if owner:
        phrase = owner.group(1) or owner.group(2)
        pronoun = {"His": "he", "Her": "she", "Their": "they"}.get(phrase)
        reference = Reference(None, f"pronoun:{pronoun}") if pronoun else read_reference(phrase, registry, offset)
        if reference is not None:
            return Subject(reference, owner.start(), owner.end() - 2)
    first = split_commas(head)[0][1]
    subject = opening_subject(first, registry, offset)
    if subject is not None and subject.reference.entity is not None and subject.reference.entity.kind == "person":
        return subject
    return None


def lone_name(head: str, registry: Registry) -> Subject | None:
    """``“...,” Morita said``: one capitalised word right after a quote, the subject of a
    speech verb, is a person known by one name (the text may have given more elsewhere)."""
    match = re.fullmatch(r"(\s*)([A-Z][a-z’'-]+)\s*", head)
    if not match or match.group(2) in NOT_NAMES | TITLES | INSTITUTIONS | PLACE_WORDS or match.group(2) in COUNTRIES:
        return None
    known = registry.short_form(match.group(2), 1 << 60)
    if known is not None:
        return Subject(Reference(registry.current(known), "short-form"), match.start(2), match.end(2))
    name = match.group(2)
    entity = Entity(key=slug(name), name=name, kind="person", source="article")
    return Subject(Reference(entity, "found:name"), match.start(2), match.end(2))


def opening_subject(head: str, registry: Registry, offset: int) -> Subject | None:
    """The noun phrase a sentence opens with, however long: the shortest run of words
    that reads as someone and is followed by a lower-case word."""
    tokens = list(re.finditer(r"\S+", head))
    for count in range(1, min(len(tokens), 16)):
        following = tokens[count].group()
        if not following[:1].islower() or following in NAME_PARTICLES:
            continue
        phrase = head[: tokens[count - 1].end()]
        reference = read_reference(phrase.rstrip(","), registry, offset)
        if reference is not None and reference.entity is not None:
            return Subject(reference, tokens[0].start(), tokens[count - 1].end())
    return None


def with_appositive_role(reference: Reference, after: str) -> Reference:
    """``said Kojima Masanobu, president of Kojima Holdings, as ...``: a person
    found after the verb takes the words up to the next comma as role."""
    if not (after.startswith(",") and reference.resolution.startswith("found:") and reference.entity):
        return reference
    role = re.split(r"[,.;!?]", after[1:], maxsplit=1)[0].strip()
    return reference._replace(entity=reference.entity._replace(role=role or None), description=role)


# a description, then the person's name and an age or a role: "Hoa's elder son, Nguyen Van Tai, 29,"
APPOSITIVE_NAME = re.compile(r"[^,]{3,60},\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+(?:\d{1,3}|a|an|the|who)\b")
# a sentence that opens with role words, a name and a verb: "Union leader Chea Vanna disagreed"
ROLE_THEN_NAME = re.compile(
    r"((?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*)(?=\s+[a-z])"
)
SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'.-]*(?=,|\s+[a-z(])")
