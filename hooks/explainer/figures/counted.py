"""What a figure counts: the head noun phrase of the counted thing, as a reader names it.

The noun the number quantifies with the words before it that modify it ("1,200
[prospective migrant workers]"), cut before a prepositional phrase, a relative clause or a
participle ("7,642 workplaces with violations" counts workplaces), with an "of" that names
the set kept and a possessive read through as "of" ("35 percent of the province's registered
workers" counts registered workers of the province). A number with no noun after it takes the
noun its sentence gives ("the total rose to 47", "up 6% from 2023", "a levy of 50 percent");
nothing, where the text gives nothing. Pure functions on the article text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

# Words that end a counted noun phrase.
STOP_WORDS = frozenset(
    """
a an the and or but nor to is are was were be been being will would can could should may might
must has have had do does did said says say told tell who whom whose which that this these those it
its their his her our my your we they he she you i by with as than per each every if when while since
because so not no yes more less next last into over under between about after before during until
through across like also only just mainly mostly including such according there here then now yet
still all both either neither were what where how why against among within without towards toward
""".split()
)
PREPOSITIONS = frozenset({"for", "in", "of", "from", "at", "on"})
DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "every", "each"}
)
WORD = re.compile(r"[\w\[\]’'-]+|[^\w\s]")

# Common verbs that end a counted phrase with no noun head of its own ("of the money came from").
_VERBS = frozenset(
    """came comes come went goes go rose rises fell falls grew grows got gets made makes took takes gave gives
    left leaves paid pays became becomes began begins ran runs saw sees found finds kept keeps held holds
    stood stands brought brings bought buys built builds remain remains remained stay stays stayed
    belongs lacks owns earns depends receives involves requires contains consists exceeds survives dies happens
    seems appears goes broke won did said hit hits cast""".split()
)
# Participles with no -ed ending: after the noun they start a clause ("the money sent home").
_PARTICIPLES = frozenset(
    """sent paid held made built given taken found brought kept known seen shown spent told sold bought lost fled
    used owed""".split()
)
# Words in -ing that take an object, never a noun: after a noun they start a clause.
_CLAUSE_INGS = frozenset(
    """involving employing using carrying selling making offering affecting targeting covering requiring seeking
    hiring owning holding having paying earning receiving serving producing exporting importing operating
    linking connecting""".split()
)
# Short words in -ed that are nouns, not past participles: "40 seed companies".
_NOUNS_IN_ED = frozenset("seed feed weed deed reed heed need shed bred sled sped".split())
# Particles of a phrasal verb after a word: "end up", "pile up", "drop out".
_PHRASAL_PARTICLES = frozenset("up out off".split())
# Words after a participle that show it is one: "sent home", "living abroad".
_PARTICLES = frozenset("home abroad back out up down away here there".split())
_TO_ANOTHER = frozenset({"and", "to", "or", "-", "–"})  # a number joined to the next: "400,000 and 800,000"
_ANAPHORS = frozenset({"them", "these", "those", "which", "whom", "it", "us", "you"})
# Quantity words in front of the noun, not part of it: "12 more prefectures", "30 other women".
_QUANTITY_WORDS = frozenset("more fewer other additional extra further another some several such most many few".split())
_NOUN_DETERMINERS = DETERMINERS | {"these", "those", "all"}
_TIME_WORDS = frozenset("year years month months week weeks day days decade decades".split())
# Comparatives after a number describe a change, not a thing counted: "30 percent lower".
_COMPARATIVES = frozenset(
    "lower higher fewer greater larger smaller bigger cheaper dearer older younger above below".split()
)
_ADVERBS = frozenset(
    """abroad ahead apart elsewhere overall however meanwhile already again even alone nationwide worldwide
    countrywide statewide nationally globally locally respectively apiece altogether once twice ago""".split()
)  # "sold half of the crop abroad", "58 percent nationwide"
# Prepositions beyond the common ones: "jumped by 90% along the two lines".
_MORE_PREPOSITIONS = frozenset(
    "along around near outside inside beside behind via amid despite beyond throughout upon onto versus".split()
)
_ENDS_PHRASE = STOP_WORDS | PREPOSITIONS | _VERBS | _COMPARATIVES | _ADVERBS | _MORE_PREPOSITIONS
_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "staff", "police", "personnel", "youth"})
_NOT_PLURALS = frozenset(
    """overseas news series species always perhaps whereas besides sometimes various measles mumps rabies diabetes
    herpes scabies
    laos philippines netherlands bahamas maldives seychelles comoros barbados honduras mauritius""".split()
)


class Token(NamedTuple):
    word: str
    start: int
    end: int


def tokens_of(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in WORD.finditer(text, start, end)]


def plural(word: str) -> bool:
    """A rough test for a plural head noun ('workers', 'women'), which ends a counted phrase."""
    if word.istitle() and len(word) > 5 and word.endswith("is"):
        return True  # "Nepalis", "Israelis"
    word = word.lower()
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and word not in _NOT_PLURALS
    )


# Capitalised at the start of a sentence, a word in one of these endings is a common noun
# ("Inflation", "Enrolment", "Attendance"), not a name; shorter words in -ance or -ence
# are often names ("France", "Florence").
_COMMON_ENDING = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ness|ship|ity)|[a-z]{5,}(?:ance|ence)")
# Singular nouns a figure's sentence often opens with that no ending marks as common.
_COMMON_NOUNS = frozenset(
    """output turnover revenue income spending lending borrowing demand supply traffic turnout ridership
    footfall trade debt profit tourism support rainfall weather growth capacity""".split()
)


_COMMON_ACRONYMS = frozenset("gdp gnp gni grdp cpi fdi pmi".split())


def common_noun(word: str) -> bool:
    """Whether a word is a common noun rather than a name: lower case, or a capitalised word
    that a name would not be ("Inflation rose ..." but "Laos earned ..."), or a measure's
    acronym ("GDP grew ...")."""
    if word.islower() or (word.isupper() and word.lower() in _COMMON_ACRONYMS):
        return True
    return word.istitle() and (_COMMON_ENDING.fullmatch(word.lower()) is not None or word.lower() in _COMMON_NOUNS)


def noun_phrase_after(
    text: str, position: int, limit: int, figures: Mapping[int, int], antecedent: str | None, share: bool = False
) -> str | None:
    """What a number counts, read from the words right after it: '1,200 [prospective migrant
    workers] in language training', 'three of [the workers]', '35 percent of [the province's
    registered workers]' (registered workers of the province), '14 of 120 [returnees]'; for
    "of them" the ``antecedent`` (what the figure before it in the sentence counts). Only a
    ``share`` ("half the places", "six times the income") takes a determiner right after it."""
    tokens = tokens_of(text, position, limit)
    if [t.word.lower() for t in tokens[:2]] == ["out", "of"]:
        tokens = tokens[1:]  # "39 out of the 49 households" is "39 of the 49 households"
    elif len(tokens) > 2 and tokens[0].word.lower() == "in" and _PER_BASE.fullmatch(tokens[1].word):
        tokens = [Token("of", *tokens[0][1:]), *tokens[1:]]  # "seven in 10 voters": seven of 10 voters
    if not tokens:
        return None
    index = 0
    if tokens[0].word.lower() in _TO_ANOTHER and len(tokens) > 1 and tokens[1].start in figures:
        if share_of_change(text, position, tokens[1].start, figures):
            return None  # "dropped 12% to 612,000 tons": the tons are the new level, not the share's set
        index = _after_number(tokens, 1, figures)  # "between 400,000 and 800,000 foreigners", "3 and 4 million tonnes"
        if index < len(tokens) and tokens[index].word.lower() == "of":
            index += 1  # "15% to 20% of the harvest"
    elif tokens[0].word.lower() == "of":  # "three of the workers", "half of the places"
        index = 1
        if index < len(tokens) and tokens[index].word.lower() in _ANAPHORS and not _determines(tokens, index):
            return _anaphor(tokens, index, antecedent)
        if index < len(tokens) and tokens[index].end <= figures.get(tokens[index].start, -1):
            index = _after_figure(tokens, index, figures)  # "14 of 120 returnees"
            if index < len(tokens) and tokens[index].word.lower() == "of":
                index += 1  # "hundreds of thousands of households"
    elif tokens[0].word.lower() in DETERMINERS and not share:
        return None  # "3,870 a year earlier", "300 the next day": no noun of its own
    phrase, index = noun_phrase(tokens, index, figures)
    if phrase is None:
        return None
    phrase, index = _listed(*_verb_as_noun(phrase, tokens, index), figures)
    # "51 representatives of the government", "40% of the cost of a small system": an "of" with a determiner
    # after the counted noun is a relation; a multiple keeps it ("four times the wage of a nurse")
    return _with_of_complements(
        phrase, tokens, index, figures, after_number=not share or tokens[0].word.lower() == "of"
    )


_PER_BASE = re.compile(r"10|100|1,000|ten|hundred|every", re.I)  # "seven in 10", "one in every five"
_PERCENT = re.compile(r"%|\bper\s?cent\b|\bpercentage points?\b", re.I)


def _verb_as_noun(phrase: str, tokens: list[Token], index: int) -> tuple[str, list[Token], int]:
    """A counted noun that looks like a verb after its modifier: "three fare rises in four
    years", "two price cuts"; not "the fare rises to 12 baht", where no number counts it."""
    word = tokens[index].word if index < len(tokens) else ""
    change = word in _CHANGE_NOUNS and _noun_in_object(word, phrase.split())  # not "one trainee remains at"
    if change and not plural(phrase.split()[-1]) and _ends_clause(tokens, index + 1):
        return f"{phrase} {word}", tokens, index + 1
    return phrase, tokens, index


def _listed(phrase: str, tokens: list[Token], index: int, figures: Mapping[int, int]) -> tuple[str, int]:
    """A counted plural with the plurals listed after it: "1,200 restaurants, lodgings and car
    rental firms" (not a name in apposition: "two companies, Alpha Foods and Beta Mills")."""
    if not plural(phrase.split()[-1]) or " of " in phrase:
        return phrase, index
    items, at = [phrase], index
    while at < len(tokens) and tokens[at].word in (",", "and", "or"):
        joiner = tokens[at].word
        at += 1 + (joiner == "," and at + 1 < len(tokens) and tokens[at + 1].word in ("and", "or"))
        item, after = noun_phrase(tokens, at, figures)
        if item is None or not item.islower() or not plural(item.split()[-1]) or " of " in item:
            return phrase, index
        items.append(item)
        at = after
        last = joiner != "," or re.search(r"\s(?:and|or)\s", item) is not None  # "..., mills and warehouses"
        if last and _ends_clause(tokens, at):
            return (", ".join(items) if joiner == "," else ", ".join(items[:-1]) + f" {joiner} {items[-1]}"), at
        if last:
            return phrase, index
    return phrase, index


def share_of_change(text: str, position: int, following: int, figures: Mapping[int, int]) -> bool:
    """Whether a percentage joined by "to" to the next figure is a change to that level ("fell
    4% to $6.9 billion") rather than the low end of a range of percentages ("15% to 20%")."""
    before = text[:position]
    if not _PERCENT.search(before[-12:]):
        return False
    return text[position:following].strip().lower() == "to" and not _PERCENT.search(
        text[following : figures[following]]
    )


def _determines(tokens: list[Token], index: int) -> bool:
    """Whether "these" or "those" is a determiner before its noun ("three of those schools"),
    not a pronoun ("half of those displaced", "a third of those")."""
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return (
        tokens[index].word.lower() in ("these", "those")
        and following.isalpha()
        and following.islower()
        and following not in STOP_WORDS | PREPOSITIONS
        and not following.endswith("ed")
    )


def _anaphor(tokens: list[Token], index: int, antecedent: str | None) -> str | None:
    """ "a third of them" counts what the sentence counted before; "three of them women"
    counts women; "half of those displaced" the displaced; "half of it" no plural count."""
    word = tokens[index].word.lower()
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    if word == "those" and following.islower() and following.endswith("ed"):
        after = tokens[index + 2].word if index + 2 < len(tokens) else "."
        if _ends_clause(tokens, index + 2) or not (after.islower() and plural(after)):
            return following  # "of those polled opposed ...", not "of those skilled workers"
    if word == "it" and antecedent and plural(antecedent.split(" of ")[0].split()[-1]):
        mass = antecedent.split(" of ", 1)[1] if " of " in antecedent else ""
        if mass and not plural(mass.split()[-1]):
            return mass  # "3.1 million tons of rice, two-thirds of it from Vietnam": the rice
        return None  # "we sold two cows and still owed half of it": "it" is never the cows
    if word == "them" and following.isalpha() and following.lower() not in STOP_WORDS | PREPOSITIONS:
        if plural(following.lower()) and _ends_clause(tokens, index + 2):
            return following
    return antecedent


def _ends_clause(tokens: list[Token], index: int) -> bool:
    following = tokens[index].word.lower() if index < len(tokens) else "."
    return not re.match(r"\w", following) or following in STOP_WORDS | PREPOSITIONS | _PARTICLES


def _a_unit_of(tokens: list[Token], index: int) -> bool:
    """Whether the "of" at ``index`` opens "of a bag of rice": a unit the head is given for."""
    words = [t.word.lower() for t in tokens[index + 1 : index + 4]]
    return len(words) == 3 and words[0] in ("a", "an") and words[2] == "of"


def _with_of_complements(
    phrase: str, tokens: list[Token], index: int, figures: Mapping[int, int], after_number: bool = False
) -> str:
    """A counted head with the 'of' that names what it is made of ('hectares of rice fields',
    'counts of accepting bribes', 'four times the wage of a nurse'); right ``after_number``, an
    'of' with a determiner names a relation and ends it ('51 representatives of the government'),
    as does 'of each' and any other prepositional phrase ('in language', 'with violations')."""
    while index < len(tokens) and tokens[index].word.lower() == "of":
        following = tokens[index + 1].word.lower() if index + 1 < len(tokens) else ""
        if following in ("each", "every", "per", *_ROUGHLY) or (
            (after_number or _a_unit_of(tokens, index)) and following in _NOUN_DETERMINERS | {"such"}
        ):
            break  # "the cost of each trip"; "51 representatives of the government", "the price of a bag"
        extra, after = noun_phrase(tokens, index + 1, figures, complement=True)
        if extra is None or extra.split()[0].lower() in _TIME_WORDS:
            break  # "double the level of a year earlier"
        phrase, index = f"{phrase} of {extra}", after
    return phrase


def noun_phrase(
    tokens: list[Token], index: int, figures: Mapping[int, int], complement: bool = False
) -> tuple[str | None, int]:
    """(noun phrase, index after it) from ``index``: up to six words ending at a plural head,
    'X and Y' joined ('garment and footwear factories', 'Vietnamese and Indonesian trainees'),
    a possessive read as 'of' ("the province's workers" is 'workers of the province'), a number
    after a possessive skipped ("the city's 31 centers"), cut before a participle ('money sent')."""
    determiner, index = _determiners(tokens, index)
    figures = _without_compound(tokens, index, figures)
    words: list[str] = []
    owner: str | None = None
    while index < len(tokens):
        index = _past_adverb_modifier(tokens, index, words)  # "412 locally acquired cases"
        word, start, _ = tokens[index]
        lower = word.lower()
        if _new_phrase(tokens, index, words):
            break
        at = _figure_at(tokens, index, figures) if (owner is not None or determiner) and not words else None
        if at is not None:
            index = _after_figure(tokens, at, figures)  # "the city's 31 centers"
            continue
        if _outside_a_phrase(tokens[index], figures) and not (complement and _noun_in_object(lower, words)):
            if not (words and _joins(tokens, index, figures, plural(words[-1].lower()))):
                break
            words.append(lower)  # "garment and footwear factories"
            index += 1
            continue
        if _verb_after_singular(tokens, index, words, figures) or (
            _starts_clause(tokens, index, bool(words), complement)
            and not _ing_modifier(tokens, index, words, determiner)
        ):
            if words:
                break  # "the money sent to rural households"
            if not _adjective_as_noun(tokens, index, determiner):
                return None, index  # "one of 11 involving ...", "1,100 passed.": a verb, the noun is elsewhere
            return word, index + 1  # "two of the injured are ...": the injured
        bare = _possessor(word)
        if bare is not None and (owner is None or _a_time(bare)):
            owner = _owner(determiner, words, bare) or owner
            words, determiner = [], ("" if _a_time(bare) else determiner)
            index += 1
            continue
        words.append(word)
        index += 1
        if len(words) >= 6 or (
            plural(word)
            and not _joins(tokens, index, figures, True)
            | _measure_head(tokens, index)
            | _plural_modifier(tokens, index)
        ):
            break
    return _phrase_of(words, owner), index


def _adverb_modifier(tokens: list[Token], index: int) -> bool:
    """Whether an adverb and a participle after it modify the noun that follows them ("locally
    acquired dengue cases", "newly built homes"), not start a clause."""
    if index + 2 >= len(tokens) or not re.fullmatch(r"[a-z]{3,}ly", tokens[index].word):
        return False
    participle, noun = tokens[index + 1].word, tokens[index + 2].word
    return (
        (participle.endswith("ed") or participle in _PARTICIPLES)
        and noun.isalpha()
        and noun.islower()
        and noun not in _ENDS_PHRASE
    )


def _past_adverb_modifier(tokens: list[Token], index: int, words: list[str]) -> int:
    """The index past an adverb and participle that modify the noun after them, added to ``words``."""
    if not _adverb_modifier(tokens, index):
        return index
    words += [tokens[index].word, tokens[index + 1].word]
    return index + 2


def _plural_modifier(tokens: list[Token], index: int) -> bool:
    """Whether the plural just read ("police", "women") modifies the plural noun at ``index``
    ("350 police officers", "women workers")."""
    before = tokens[index - 1].word.lower()
    after = tokens[index].word if index < len(tokens) else "."
    return (
        before in _IRREGULAR_PLURALS
        and after.isalpha()
        and after.islower()
        and plural(after)
        and after not in _ENDS_PHRASE
    )


def _phrase_of(words: list[str], owner: str | None) -> str | None:
    """The words of a noun phrase with its owner after "of"; an "and" left at its end dropped
    ("300 farms and found ...": the verb after "and" is no second noun)."""
    while words and words[-1] in ("and", "or"):
        words = words[:-1]
    if not words:
        return None
    return f"{' '.join(words)} of {owner}" if owner else " ".join(words)


_ROUGHLY = frozenset("roughly about around some nearly almost approximately over just only an estimated".split())


def _figure_at(tokens: list[Token], index: int, figures: Mapping[int, int]) -> int | None:
    """The index of the figure at ``index``, or after a word that qualifies it ("the nation's
    roughly 5,000 clinics"); None where there is none."""
    while index < len(tokens) and tokens[index].word.lower() in _ROUGHLY:
        index += 1
    return index if index < len(tokens) and tokens[index].start in figures else None


# Nouns that take a plural noun before them as a modifier: "the bad loans ratio", "the sales tax".
_MEASURE_HEADS = frozenset("ratio rate index tax volume value growth figure total count".split())


def _measure_head(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index``, after a plural, is the head it modifies: "bad loans ratio"."""
    if index >= len(tokens) or tokens[index].word not in _MEASURE_HEADS:
        return False
    following = tokens[index + 1].word.lower() if index + 1 < len(tokens) else "."
    return _ends_clause(tokens, index + 1) or following in _ENDS_PHRASE or following.endswith("ed")


def _ing_modifier(tokens: list[Token], index: int, words: list[str], determiner: str) -> bool:
    """Whether a word in -ing opening a subject modifies the noun after it: "Operating profit
    rose", "the remaining stock", not "11 involving forged permits"."""
    word = tokens[index].word
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    return (
        not words
        and word.lower().endswith("ing")
        and (word.istitle() or determiner == "the")
        and following.isalpha()
        and following.islower()
        and following not in STOP_WORDS | PREPOSITIONS
    )


def _adjective_as_noun(tokens: list[Token], index: int, determiner: str) -> bool:
    """Whether a participle after "the" stands for the people it describes: "two of the
    injured are ...", "most of the displaced", "half of the unemployed"."""
    return determiner == "the" and tokens[index].word.endswith("ed") and _ends_clause(tokens, index + 1)


def _noun_in_object(lower: str, words: list[str]) -> bool:
    """Whether a verb-looking plural after a modifier is a noun, as it is in an object: "cut its
    night runs by a third", "a rise in fare rises"."""
    return bool(words) and lower in _VERBS and lower.endswith("s") and plural(lower) and words[-1].islower()


def _outside_a_phrase(token: Token, figures: Mapping[int, int]) -> bool:
    """Whether a word cannot be part of a counted phrase: a figure, a mark, a stop word; a
    date's possessive can ("Monday's shipments", "2024's graduates" are a time's, read as one)."""
    if _a_time(_possessor(token.word) or "-"):
        return False
    lower = token.word.lower()
    return token.start in figures or not re.match(r"[\w\[]", lower) or lower in _ENDS_PHRASE


# After a verb, these start its object: "One firm controls half the market".
_OBJECT_STARTS = frozenset("the its their his her our half all".split())


def _verb_after_singular(tokens: list[Token], index: int, words: list[str], figures: Mapping[int, int]) -> bool:
    """Whether a word in -s after a singular noun is its verb, not a plural head: it is when
    an object follows it ("one company controls half the market", "the fund pays 300"), not
    a preposition or a clause ("rice fields in the north", "rice fields flooded")."""
    word = tokens[index].word
    if not words or plural(words[-1]) or not words[-1].islower() or not (word.islower() and plural(word)):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None:
        return False
    number = following.start in figures and following.word[:1].isdigit()  # not "last year"
    return number or (following.word.lower() in _OBJECT_STARTS and not _relative_clause(tokens, index + 1))


_CLAUSE_VERBS = frozenset("had has have was were is are will would can could may might did does do".split())


def _relative_clause(tokens: list[Token], index: int) -> bool:
    """Whether "the X" at ``index`` opens a clause with no "that" ("rooftop systems the
    corporation had connected"): a verb follows its noun."""
    following = [t.word.lower() for t in tokens[index + 1 : index + 4]]
    return any(w in _CLAUSE_VERBS for w in following[1:3]) and following[:1] != ["of"]


def _without_compound(tokens: list[Token], index: int, figures: Mapping[int, int]) -> Mapping[int, int]:
    """The figures without one that is the first part of a hyphenated word at ``index``:
    "fifth-graders" is a noun, not an ordinal before one."""
    if index >= len(tokens) or "-" not in tokens[index].word:
        return figures
    start, end = tokens[index].start, tokens[index].end
    return {s: e for s, e in figures.items() if not (s == start and e < end)}


def _new_phrase(tokens: list[Token], index: int, words: list[str]) -> bool:
    """Whether the word at ``index`` starts something after the noun phrase: a name before a
    verb ("the animal protein Cambodians eat", "400 kV Dhalkebar line") or a particle ending
    a clause ("half of her wage home to her parents")."""
    if not words:
        return False
    word, last = tokens[index].word, words[-1]
    if word.lower() in _PARTICLES:
        return _ends_clause(tokens, index + 1)
    if index + 1 < len(tokens) and tokens[index + 1].word.lower() in _PHRASAL_PARTICLES and word.islower():
        verb = not plural(word) or not plural(last)  # "tonnes of waste end up", "the food ends up"
        out_of = [t.word.lower() for t in tokens[index + 1 : index + 3]] == ["out", "of"]  # "machines out of service"
        return verb and not out_of and _ends_clause(tokens, index + 2)
    return word[:1].isupper() and last[:1].islower() and last not in ("and", "or") and _verb_follows(tokens, index + 1)


def _verb_follows(tokens: list[Token], index: int) -> bool:
    """Whether a plain word that is no stop word, plural or participle follows: the verb of a
    clause with no "that" ("the protein Cambodians eat"), or a noun after a name ("kV Dhalkebar line")."""
    if index >= len(tokens):
        return False
    word = tokens[index].word
    return (
        word.isalpha()
        and word.islower()
        and word not in STOP_WORDS | PREPOSITIONS
        and not word.endswith(("ed", "ing"))
        and not plural(word)
    )


def _determiners(tokens: list[Token], index: int) -> tuple[str, int]:
    """The first determiner or quantity word before a noun ("the", "12 more"), and the index after them."""
    determiner = ""
    while index < len(tokens) and tokens[index].word.lower() in _NOUN_DETERMINERS | _QUANTITY_WORDS:
        determiner = determiner or tokens[index].word.lower()
        index += 1
    return determiner, index


_WHEN_WORDS = _TIME_WORDS | frozenset(
    """today yesterday tomorrow tonight season seasons quarter quarters half spring summer autumn fall winter
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december""".split()
)


def _a_time(word: str) -> bool:
    """Whether a possessor is a time, which owns nothing: "this season's", "Monday's", "2024's"."""
    return word.lower() in _WHEN_WORDS or re.fullmatch(r"(?:19|20)\d\d", word) is not None


def _owner(determiner: str, words: list[str], bare: str) -> str | None:
    """Whose the noun is: "the province's" is "the province"; a time ("this year's") is no owner."""
    if _a_time(bare):
        return None
    kept = determiner in ("the", "a", "an", "each", "every", "this", "that", "these", "those")  # not "their"
    return " ".join([determiner, *words, bare] if kept else [*words, bare])


def _starts_clause(tokens: list[Token], index: int, after_noun: bool, complement: bool) -> bool:
    """Whether the word at ``index`` starts a clause rather than the noun phrase: a participle
    after the noun ('sent home'), or a verb where the noun should begin ('involving ...')."""
    if after_noun or complement:
        return after_noun and (_participle(tokens, index) or _after_nationality(tokens, index))
    lower = tokens[index].word.lower()
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    if following.islower() and plural(following):
        return False  # "900 fishing families", "40 working mothers": a modifier before its noun
    return (lower.endswith("ing") and len(lower) > 5) or _participle(tokens, index)


def _after_nationality(tokens: list[Token], index: int) -> bool:
    """Whether a word in -ed follows a people's name in -ese, which is then the noun: "36,928
    Nepalese obtained permits" ("Vietnamese trainees" goes on to its noun)."""
    before = tokens[index - 1].word if index else ""
    word = tokens[index].word
    return before.istitle() and before.endswith("ese") and word.islower() and word.endswith("ed") and len(word) > 4


def _possessor(word: str) -> str | None:
    """ "province's" is "province"; "trainees'" is "trainees"; any other word None."""
    lower = word.lower()
    if lower.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if lower.endswith(("s'", "s’")) else None


def _after_figure(tokens: list[Token], index: int, figures: Mapping[int, int]) -> int:
    end = figures[tokens[index].start]
    while index < len(tokens) and tokens[index].start < end:
        index += 1
    return index


_NUMBER_WORD = re.compile(
    r"[\d.,]+|[$€£¥₩]|hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|[mbk]n?|tens|dozens?",
    re.I,
)


def _after_number(tokens: list[Token], index: int, figures: Mapping[int, int]) -> int:
    """The index after the number of the figure at ``index``, before any unit it holds: in
    "3 million and 4 million tonnes of paddy" the first number counts the second's tonnes."""
    end = figures[tokens[index].start]
    after = index
    while after < len(tokens) and tokens[after].start < end and _NUMBER_WORD.fullmatch(tokens[after].word):
        after += 1
    if after < len(tokens) and tokens[after].word.lower() in ("percent", "per", "%"):
        return _after_figure(tokens, index, figures)  # "8 or 9 percent": a percentage counts no "percent"
    return after


def _participle(tokens: list[Token], index: int) -> bool:
    """Whether the word at ``index``, after a noun, starts a participial clause: 'sent home',
    'employing trainees' ends the phrase; 'highly skilled workers' does not."""
    lower = tokens[index].word.lower()
    if lower in _PARTICIPLES | _CLAUSE_INGS:
        return True  # "cases of fraud involving real estate", "firms employing migrants"
    if len(lower) < 4 or not lower.endswith(("ed", "ing")) or lower in _NOUNS_IN_ED:
        return False
    following = tokens[index + 1].word.lower() if index + 1 < len(tokens) else "."
    return (
        not re.match(r"\w", following)
        or following in STOP_WORDS | PREPOSITIONS | _PARTICLES
        or (following.endswith("ly") and len(following) > 4)  # "tonnes of paddy crossed informally"
        or re.fullmatch(r"(?:[A-Z]{1,3})?[\d.,]+|[$€£¥₩]", tokens[index + 1].word if index + 1 < len(tokens) else ".")
        is not None  # "the province earned 4 billion pesos", "the levy raised RM300 million", "earned $2"
    )


def _joins(tokens: list[Token], index: int, figures: Mapping[int, int], after_head: bool) -> bool:
    """Whether 'and'/'or' at ``index`` joins two nouns of one counted phrase: 'garment and
    footwear factories', 'Vietnamese and Indonesian trainees' (before the head, any plain or
    capitalised word), 'villas and officetels' (after a plural head, only another plural that
    ends the phrase, so "1,800 people and makes" stops)."""
    if index + 1 >= len(tokens) or tokens[index].word.lower() not in ("and", "or"):
        return False
    word, start, _ = tokens[index + 1]
    lower = word.lower()
    plain = (
        start not in figures
        and (word.islower() or (not after_head and word.istitle() and tokens[index - 1].word.istitle()))
        and re.fullmatch(r"[\w-]+", word) is not None
        and lower not in STOP_WORDS | PREPOSITIONS | _VERBS | _PARTICIPLES
        and not lower.endswith(("ed", "ing"))
    )
    if not plain or not after_head:
        return plain

    def ends(position: int) -> bool:
        following = tokens[position].word.lower() if position < len(tokens) else "."
        return (
            not re.match(r"\w", following)
            or following in STOP_WORDS | PREPOSITIONS | _OTHER_PREPOSITIONS | _VERBS
            or following.endswith(("ed", "ing"))  # "plantations used by ...", "workers living in ..."
        )

    if plural(lower):
        return ends(index + 2)
    # "rice fields and cassava plantations": a modifier, then a plural that ends the phrase
    second = tokens[index + 2].word if index + 2 < len(tokens) else ""
    return second.islower() and plural(second) and ends(index + 3)


_OTHER_PREPOSITIONS = frozenset("near along around outside inside beside behind under with without via".split())


def _multiple(text: str, position: int, limit: int, figures: Mapping[int, int]) -> str | None:
    """ "written to three times" counts times; "six times the average income" is a multiple
    of the income; "three times as high" of nothing named."""
    after = re.match(r"\s*times\s+(?=(?:the|its|their|his|her|that|this|these|those)\s)", text[position:limit])
    if after:
        return noun_phrase_after(text, position + after.end(), limit, figures, None, share=True)
    if re.match(r"\s*times\s+(?:as|more|higher|larger|bigger|that|what|over)\b", text[position:limit]):
        return None
    return "times"


_OWNER_BEFORE = re.compile(r"(?:\b(?P<the>[Tt]he)\s+)?\b(?P<owner>[A-Za-z][\w-]*)['’]s\s+$")


def owner_before(text: str, start: int, floor: int) -> str | None:
    """The possessive right before a number: "the city's [31 evacuation centers]"."""
    found = _OWNER_BEFORE.search(text[max(floor, start - 60) : start])
    if found is None or found.group("owner").lower() in _CONTRACTIONS or _a_time(found.group("owner")):
        return None  # "it's 300", "last year's 4,000 arrivals": no owner
    return " ".join(w for w in (found.group("the") and "the", found.group("owner")) if w)


# "it's", "that's": a verb, not a possessive.
_CONTRACTIONS = frozenset("it that there here what who he she where how let".split())


class Place(NamedTuple):
    """Where a figure is: its kind and pattern groups, its span, and its sentence and paragraph."""

    kind: str
    groups: dict
    start: int  # the value, without a qualifier
    end: int
    qualifier_start: int
    sentence_start: int
    paragraph_start: int
    paragraph_end: int


_ODD = re.compile(r"-odd\b")


def _past_odd(text: str, position: int, limit: int) -> int:
    """Past the "-odd" of a rough count ("800-odd workers"), whose noun follows it."""
    odd = _ODD.match(text, position, limit)
    return odd.end() if odd else position


def counted_thing(
    text: str, place: Place, figures: Mapping[int, int], antecedent: str | None = None
) -> tuple[str | None, str | None]:
    """(what the figure counts, a post-qualifier such as 'more').

    ``figures``: the start and end of every figure in the paragraph; ``antecedent``: what the
    count before it in the sentence counts ("2.31 million workers ..., about a third of them")."""
    kind = place.kind
    if kind not in ("count", "percentage", "fraction"):
        return _measured_thing(text, place, figures), None
    position, post = place.end, None
    more = re.match(
        r"\s+(more|or more|or fewer|or less|or greater|or above|extra)\b", text[position : place.paragraph_end]
    )
    if more and (kind == "count" or more.group(1).startswith("or ")):  # "30% or more of their students"
        post, position = more.group(1), position + more.end()
    position = _past_odd(text, position, place.paragraph_end)
    if text.startswith("-", position):
        return None, post  # "a 130-point plan": the number is part of an adjective
    position = _past_apposition(text, place, position, figures)
    phrase = None
    if kind == "count" or not _verb_next(
        text, position, place.paragraph_end, kind == "fraction"
    ):  # "half involved brokers": no noun
        after = noun_phrase_after(text, position, place.paragraph_end, figures, antecedent, kind == "fraction")
        phrase = _share_phrase(text, place, position, after)
    if phrase == "times":
        return _multiple(text, position, place.paragraph_end, figures), post
    if phrase is not None:
        owner = owner_before(text, place.qualifier_start, place.paragraph_start)
        return (f"{phrase} of {owner}" if owner and " of " not in phrase else phrase), post
    if re.match(r"\s*of\s+it\b", text[position : place.paragraph_end]):
        return None, post  # "half of it" names one thing the sentence has not counted
    if antecedent is None and _OF_WHOM.match(text, position, place.paragraph_end):
        return _whom_before(text[place.sentence_start : place.qualifier_start]), post
    predicate = antecedent is None and _predicate_noun(
        text, place.sentence_start, position, place.paragraph_end, figures
    )
    if predicate:
        return predicate, post
    if kind == "percentage" and _appended_change(text, place, position):
        return _named_change(text, place, position) or _what_changed(text, place, antecedent), post
    if kind == "percentage" and re.match(rf"\s+(?:{'|'.join(_COMPARATIVES)})\b", text[position : place.paragraph_end]):
        lead = text[place.sentence_start : place.qualifier_start]  # "Fares were 30 percent lower"; "136,161 cases,
        return _copula_subject(lead) or (antecedent if re.search(r",\s*$", lead) else None), post  # 33% higher"
    if _AS_HIGH.match(text, position, place.paragraph_end):
        return None, post  # "three times as high": a multiple of nothing named
    return _from_the_text(text, place, antecedent), post


# "It rose 6 percent", "They have since fallen 9 per cent": a pronoun opens the changing clause.
_PRONOUN_CHANGES = re.compile(r"\W*(?:It|They)\s+(?:[a-z]+\s+){0,4}$")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“]?[A-Z])")


_OF_THEM_AFTER = re.compile(r"\s+of\s+them\b")
_THE_PLURAL = re.compile(r"\b(?:the|these|those|their|its)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")


def _plural_before(lead: str) -> str | None:
    """What "a third of them" counts where no count comes before it: the last plural its sentence
    names with "the" ("the victims had lost ... and more than a third of them were farmers")."""
    for found in reversed(list(_THE_PLURAL.finditer(lead))):
        phrase = _common_phrase_in(found.group("np"))
        if phrase and plural(phrase.split(" of ")[0].split()[-1].lower()):
            return phrase
    return None


def _from_the_text(text: str, place: Place, antecedent: str | None) -> str | None:
    """What a number with no noun counts, from its sentence, or for a change whose subject is
    "it" or "they", the subject of the sentence before it in the paragraph ("Remittances reached
    $2 billion in June. They rose 6 percent")."""
    found = from_the_sentence(text, place.sentence_start, place.qualifier_start, antecedent)
    lead = text[place.sentence_start : place.qualifier_start]
    if not found and _OF_THEM_AFTER.match(text, place.end, place.paragraph_end):
        return _plural_before(lead)
    if found or not (_PRONOUN_CHANGES.match(lead) and _CHANGE_BEFORE.search(lead)):
        return found
    starts = [place.paragraph_start] + [
        b.end() for b in _SENTENCE_BREAK.finditer(text, place.paragraph_start, place.sentence_start - 1)
    ]
    before = text[starts[-1] : place.sentence_start].rstrip(" .!?\"”’'")
    return _opening_subject(before) if place.sentence_start > place.paragraph_start else None


_AS_HIGH = re.compile(r"\s+as\s+(?:much|many|high|large|big|low|expensive|cheap|long)\b")


_APPOSED = re.compile(r"\s*,\s*or\s+(?:(?:some|about|around|nearly|roughly|almost|just|over)\s+)?")
_COMMA_OF = re.compile(r"\s*,(?=\s*of\b)")


def _past_apposition(text: str, place: Place, position: int, figures: Mapping[int, int]) -> int:
    """Where to read a figure's noun when another figure stands in apposition to it: "nearly
    half, or 47 per cent, of domestic helpers" and "70 percent, or some 5,600, of all
    recruits" read the "of" after both; "64 percent, or 2.3 million people," the second's noun."""
    apposed = _APPOSED.match(text, position, place.paragraph_end)
    if apposed and apposed.end() in figures:
        end = figures[apposed.end()]
        comma = _COMMA_OF.match(text, end, place.paragraph_end)
        if comma:
            return comma.end()
        if place.kind != "count" and noun_phrase_after(text, end, place.paragraph_end, figures, None):
            return end
    comma = _COMMA_OF.match(text, position, place.paragraph_end)
    if comma and re.search(r",\s*or\s+(?:\w+\s+)?$", text[place.sentence_start : place.qualifier_start]):
        return comma.end()  # the second of the two: "or 47 per cent, of domestic helpers"
    return position


# A clause that gives the level its subject came to: "exports climbed to 3.1 million tonnes".
_LEVELLED = re.compile(
    r"\b(?:came|comes|rose|risen|fell|fallen|climbed|jumped|dropped|declined|increased|decreased|grew|grown|"
    r"reached|reach|reaches|hit|stood|stand|stands|total|totals|totall?ed|amounted|amounts?|slumped|surged|soared|"
    r"plunged)\b(?:[^,;]|,(?=\d))*$",
    re.I,
)


_SAW_VERBS = (
    r"\s+(?:saw|see|sees|seen|recorded|records|posted|posts|reported|reports|registered|registers|logged|logs|"
    r"showed|shows|marked|marks|experienced|experiences|suffered|suffers|witnessed|witnesses)"
)
_SAW = re.compile(rf"{_SAW_VERBS}\s*$")
_SAW_A = re.compile(rf"{_SAW_VERBS}\s+an?(?:\s+[a-z-]+)?\s*$")  # "arrivals saw a yearly rise of 31% to 710,000"


def _changed_in(text: str, position: int, limit: int) -> str | None:
    """ "a 17.9% increase in commuters", "a rise in the number of orders": what the change is in;
    not a time ("a 0.7 percent decrease in the corresponding period")."""
    changed = _CHANGE_IN.match(text, position, limit)
    if changed is None:
        return None
    phrase = _phrase_with_of(re.sub(r"^(?:the\s+)?(?:total\s+)?number\s+of\s+", "", changed.group("np")))
    head = phrase.split(" of ")[0].split()[-1].lower() if phrase else ""
    return None if head in _WHEN_WORDS | {"period", "periods", "time"} else phrase


def _named_change(text: str, place: Place, position: int) -> str | None:
    """What a change after a percentage names itself: what it is in, or the change with "the"."""
    return _changed_in(text, position, place.paragraph_end) or _the_change(text, place, position)


def _the_change(text: str, place: Place, position: int) -> str | None:
    """ "short of the 3.5 percent growth the bank has projected": a change named with "the" and
    no thing it is in is the change itself."""
    if not re.search(r"\bthe\s+$", text[place.sentence_start : place.qualifier_start]):
        return None
    noun = re.match(
        r"\s+(growth|inflation|increase|rise|decline|drop|fall|cut|hike)\b", text[position : place.paragraph_end]
    )
    return noun.group(1) if noun else None


def _appended_change(text: str, place: Place, position: int) -> bool:
    """Whether a percentage is a change set after the figure it changes: "a 27% rise", "a rise of 14 per cent"."""
    after = re.match(rf"\s+(?:{'|'.join(_CHANGE_NOUNS)})\b", text[position : place.paragraph_end])
    return after is not None or _CHANGE_OF.search(text[place.sentence_start : place.qualifier_start]) is not None


# ", or a 22% spike", ", representing a 26% increase": a change set after the figure it changes
_COMPARED_TO = re.compile(r"\b(?:compared\s+(?:to|with)|against|versus|than|from)\s*$")
_ARTICLE_AT_END = re.compile(
    r"(?:[,(;]\s*(?:or\s+|representing\s+|marking\s+|reflecting\s+|(?:which\s+)?(?:is|was)\s+)?)?\ban?\s*$"
)


# Words before a change noun that say how it changed, not what: "a sharp rise", "a yearly rise".
_HOW_IT_CHANGED = frozenset(
    """sharp steep slight modest marginal big huge small large significant substantial dramatic sudden steady
    further record yearly annual monthly weekly daily quarterly overall total combined average estimated
    projected expected possible minimum maximum double triple year-on-year""".split()
)


def _describes_a_change(word: str) -> bool:
    """Whether a word before "rise", "decline" says how it changed rather than what changed."""
    return word in _HOW_IT_CHANGED or word.endswith(("ly", "al", "ic", "ous", "ive", "ed", "est", "er"))


def _what_changed(text: str, place: Place, antecedent: str | None) -> str | None:
    """What a change set after a figure counts: the subject of the clause where that clause
    gives its level ("net profit came to 301 billion yen, a 27% rise"; "exports climbed to 3.1
    million tonnes, a rise of 14 per cent"), else the count before it ("hired 3,400
    caregivers, a 15 percent increase")."""
    lead = text[place.sentence_start : place.qualifier_start]
    before = _CHANGE_OF.search(lead) or _ARTICLE_AT_END.search(lead)
    tail = lead[before.start() :] if before else ""
    what = before.groupdict().get("what") if before else None
    named = before is not None and not re.search(r"\b(?:share|chance|points?|years?|months?)\s+of\s+", before.group())
    if what and named and not _describes_a_change(what):
        return what  # "experienced an enrollment decline of 20%": the enrollment
    lead = lead[: before.start()] if before else lead
    if _COMPARED_TO.search(lead):
        return antecedent  # "rose 18 percent, compared to an increase of 22.8 percent": the same thing
    if tail and not re.match(r"\s*[,(;]", tail) and not _SAW.search(lead):
        return None  # "the government agreed to a 20 percent increase": an object, no set named
    lead = _SAW.sub("", lead)  # "arrivals by road saw a rise of 31 per cent": the arrivals rose
    money_in = _MONEY_IN_END.search(lead)
    if money_in:
        return money_in.group("np")  # "has $700 billion in unsold homes, a 20% increase": the homes
    last = _CLAUSE_BREAK.split(lead)[-1]
    own = None if re.search(r"\d", last) else _subject(last + " rose ", None)
    if own:
        return own  # "..., while arrivals by road saw a rise of 31 per cent": its own clause's subject
    subject = _subject(lead + " rose ", None)
    if subject and (antecedent is None or _LEVELLED.search(lead)):
        return subject
    return antecedent or subject


_OF_WHOM = re.compile(r"\s*of\s+(?:whom|which)\b")
_BEFORE_COMMA = re.compile(r"(?P<np>[\w’'-]+(?:\s+[\w’'-]+){0,3})\s*,\s*$")


def _whom_before(lead: str) -> str | None:
    """ "to keep drivers, about a third of whom are over 65": the noun before the comma, with
    the words that modify it only after a determiner ("the older drivers"), else the plural alone."""
    before = _BEFORE_COMMA.search(lead)
    words = before.group("np").split() if before else []
    if not words or not plural(words[-1]) or not words[-1].islower():
        return None
    determined = [i for i, w in enumerate(words) if w.lower() in _NOUN_DETERMINERS]
    phrase = words[determined[-1] + 1 :] if determined else words[-1:]
    modifiers_only = all(w.islower() and not plural(w) and w not in _ENDS_PHRASE for w in phrase[:-1])
    return " ".join(phrase) if modifiers_only else words[-1]  # not "law covers ports"


_IN_N = re.compile(r"\s(?:in|out\s+of)\s+[\w,]+$")


def _one_in_n_modifier(text: str, position: int, tokens: list[Token]) -> bool:
    """ "three in four imported cases": after "N in M", a word in -ed before a plural noun modifies it."""
    following = tokens[1].word if len(tokens) > 1 else "."
    return bool(_IN_N.search(text, max(0, position - 20), position)) and following.islower() and plural(following)


def _verb_next(text: str, position: int, limit: int, fraction: bool = False) -> bool:
    """Whether a share is the subject of the verb right after it ("half involved brokers", "a
    third said no", "40 percent voted", "one in three uses"): a share is never followed by a
    modifier of its set, and a fraction never by a plural noun of its own."""
    tokens = tokens_of(text, position, min(limit, position + 40))
    if not tokens:
        return False
    word = tokens[0].word
    object_after = len(tokens) > 1 and tokens[1].word.lower() in _OBJECT_STARTS | {"a", "an"}  # "uses a generator"
    verb = (
        word.endswith("ed")
        and len(word) >= 4
        and word not in _NOUNS_IN_ED
        and not _one_in_n_modifier(text, position, tokens)
    ) or (fraction and plural(word) and object_after)
    return word.islower() and (verb or word in _VERBS | _PARTICIPLES | SHARE_VERBS)


# Verbs a share is often the subject of ("12% lack power", "a fifth sell rice"); none is a noun
# that a share counts.
SHARE_VERBS = frozenset(
    """said say says lack lacks own owns have has live lives sell sells buy buys want wants oppose opposes earn
    earns expect expects prefer prefers believe believes agree agrees think thinks feel feels rely relies depend
    depends receive receives spend spends send sends struggle struggles hope hopes""".split()
)


_PREDICATE = re.compile(r"\s+(?:were|are)\s+")


def _predicate_noun(
    text: str, sentence_start: int, position: int, limit: int, figures: Mapping[int, int]
) -> str | None:
    """ "Last year 97 were suicides": a number with no noun of its own and no set named in its
    sentence ("240 of the detainees were women and 86 were children" counts detainees) counts
    the noun its clause says its things were."""
    found = _PREDICATE.match(text, position, limit)
    if found is None or re.match(r"\s*(?:Of|Among|Amongst)\s", text[sentence_start:position]):
        return None
    tokens = tokens_of(text, found.end(), limit)
    phrase, index = noun_phrase(tokens, 0, figures)
    if phrase is None or " of " in phrase or not plural(phrase.split()[-1]) or not _ends_clause(tokens, index):
        return None
    return phrase


def _measured_thing(text: str, place: Place, figures: Mapping[int, int]) -> str | None:
    """What an age, a duration, a measure or an ordinal is of; any other kind counts nothing."""
    kind, groups = place.kind, place.groups
    if kind == "age":
        return f"age of {' '.join(groups['name'].split())}" if "name" in groups else "age"
    if kind == "duration":
        rate = f" {groups['rate']} {groups['per']}".lower() if groups.get("per") else ""
        return f"{groups['unit'].lower()}{rate}"
    if kind == "measure" and (groups.get("unit") or "").startswith("°"):
        return None  # "45°C heat": a reading written with a sign counts nothing; "38 degrees Celsius" counts degrees
    if kind == "ordinal":
        run = re.match(r"\s+(?=(?:straight|consecutive|successive|running)\b)", text[place.end : place.paragraph_end])
        phrase = run and noun_phrase(tokens_of(text, place.end + run.end(), place.paragraph_end), 0, figures)[0]
        return phrase or None  # "the 14th straight weekly increase" counts increases
    if kind == "measure" and "unit" in groups:  # "400 millimeters of rain"
        written = text[place.start : place.end]  # "15 kilometers per hour" is a unit; "42 million cubic feet a day"
        per_unit = bool(groups.get("per")) and re.search(r"\bper\b|/", written) is not None  # a rate: "a day" is cut
        measured = " ".join([groups["unit"], *(["per", groups["per"]] if per_unit else [])])
        tokens = tokens_of(text, place.end, place.paragraph_end)
        return _with_of_complements(measured, tokens, 0, figures, after_number=True)  # not "tons of her beans"
    return None


# "of" after a percentage, or after the high end of its range: "15% to 20% of the 2025-26 harvest".
_OF_AFTER = re.compile(r"\s*(?:(?:to|and|or|-|–)\s*[\d.,]+\s*(?:%|percent|per\s?cent)\s*)?of\b", re.I)


def _share_phrase(text: str, place: Place, position: int, phrase: str | None) -> str | None:
    """The phrase after a fraction or percentage, where it names what the share is of."""
    lead = text[place.sentence_start : place.qualifier_start]
    if place.kind == "fraction" and re.search(r"\bby\s+$", lead):
        return None  # "raise costs by a third overnight": a change of what comes before
    if place.kind == "percentage" and not _OF_AFTER.match(text, position):
        if re.search(r"\b(?:is|are|was|were|be|been)\s+$", lead) or not _noun_after(phrase):
            return None  # "30 percent higher", "a 5 percent rise", "is 50% foreign": no set named
    return phrase


# Nouns that name a change or a measure of a figure, not a thing it counts: "a 5 percent rise".
_CHANGE_NOUNS = frozenset(
    """rise rises increase increases drop drops fall falls growth decline declines gain gains jump jumps cut cuts
    reduction reductions hike hikes slump dip surge share chance year years month months point points spike spikes
    leap leaps plunge plunges slide slides upturn downturn rebound decrease decreases loss losses""".split()
)
# "a 17.9% increase in commuters": what the change is in.
_CHANGE_IN = re.compile(
    rf"\s+(?:{'|'.join(_CHANGE_NOUNS - set('share chance year years month months point points'.split()))})\s+in\s+"
    r"(?!the\s+(?:first|second|third|fourth|last|past|same)\b)(?P<np>[a-z][\w’' -]*)"
)
# "a rise of 14 per cent" after a figure: a change, like "a 14 per cent rise".
_CHANGE_OF = re.compile(
    rf"[,(]?\s*\ban?\s+(?:(?P<what>[a-z-]+)\s+)?(?:{'|'.join(_CHANGE_NOUNS)})\s+of\s+"
    r"(?:(?:about|around|some|nearly|more\s+than|over|at\s+least)\s+)?$"
)


def _noun_after(phrase: str | None) -> bool:
    """Whether a percentage's following words name what it is of ("36 percent annual interest",
    "a 20 percent stake"), not a change ("a 5 percent rise") or an adverb ("5 percent annually")."""
    if not phrase or " of " in phrase:
        return False
    words = phrase.lower().split()
    return all(w.isalpha() for w in words) and not words[-1].endswith("ly") and words[-1] not in _CHANGE_NOUNS


_COPULA_SUBJECT = re.compile(
    r"(?:^|\b(?:that|where|when|while|as|and|but)\s+|[,;]\s+)(?P<np>(?:(?:the|its|their)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,2})"
    r"\s+(?:were|are|was|is|have\s+been|has\s+been|had\s+been|remain|remains|remained|stay|stayed|stays|"
    r"closed|ended|finished|opened|traded|settled)"
    r"(?:\s+(?:still|now|already))?(?:\s+(?:between|about|around|roughly|some|nearly|almost|only|up\s+to))?\s*$",
    re.I,
)


_COPULA_END = re.compile(r"\b(?:was|were|is|are)\s+(?:about|around|nearly|some|roughly)?\s*$")


def _common_phrase_in(words: str) -> str | None:
    """The noun phrase that opens ``words`` where its head is a plural or a common noun, not a name."""
    phrase = _phrase_in(words)
    head = phrase.split(" of ")[0].split()[-1] if phrase else ""
    return phrase if phrase and (plural(head.lower()) or common_noun(head)) else None


def _copula_subject(lead: str) -> str | None:
    """ "Fares were 30 percent lower": what is lower is the subject of the clause."""
    found = _COPULA_SUBJECT.search(lead)
    if found is None:
        return _opening_subject(lead) if _COPULA_END.search(lead) else None
    return _common_phrase_in(found.group("np"))


# --- A number with no noun of its own: the noun its sentence gives ------------------------

_TOTAL_BEFORE = re.compile(
    r"\b(?:total|tally|count)\s+(?:(?:may|could|will|would|might|should|is\s+expected\s+to|is\s+set\s+to)\s+)?"
    r"(?:to|at|of|reach|reached|reaches|hit|stood\s+at|is|was|be)\s+$",
    re.I,
)
_INCREASE_BY = re.compile(
    r"\b(?:increas|rais|boost|expand|grow|cut|reduc|lower|add|push)\w*\s+(?:the\s+number\s+of\s+)?"
    r"(?P<np>[\w\[\]’' -]+?)\s+by\s*$",
    re.I,
)
_NOUN_OF = re.compile(r"(?<![’'])\b(?P<np>(?:[\w-]+\s+){0,2}[\w-]+)\s+of\s+$")
# Nouns before "of N" that are no counted thing: a change, a mean, a part ("a rise of 40 percent").
_NOT_COUNTED_BEFORE_OF = frozenset(
    """rise increase drop fall growth decline gain jump cut reduction average total maximum minimum one each
    some all most many none any both either neither up out tune level mark threshold limit high low record
    peak instead""".split()
) | (_CHANGE_NOUNS - {"share", "chance"})  # "a surge of 7 per cent" is a change, like "a rise of"
_ONE_OF = re.compile(r"\b(?P<noun>[a-z][\w-]*)\s+(?:is|was|are|were)\s+one\s+of\s+$")
_WHOSE = re.compile(r"\bwhose\s+(?P<np>[\w’' -]+?)\s+(?:is|are|was|were)\s+$")
_SET_OF = re.compile(
    r"\b(?:number|proportion|share|percentage|ratio|tally|count|total)\s+of\s+(?P<np>(?!\d)[\w’' -]+)", re.I
)  # not "a total of 478 providers": a count with its own noun
_PART_OF = re.compile(r"\b(?:most|many|some|all|none|majority)\s+of\s+(?P<np>the\s+[\w’' -]+)", re.I)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rose|risen|rise|rises|fell|fallen|falls|increased|decreased|grew|grown|dropped|climbed|"
    r"jumped|gained|declined|higher|lower|accounting\s+for|accounted\s+for|accounts?\s+for|made\s+up|"
    r"makes?\s+up|making\s+up|grow|grows|fall|increase|increases|decrease|decreases|drop|drops|climb|climbs|"
    r"slowed|slows|slow|slipped|slip|slips|slid|eased|ease|eases|edged|edges|accelerated|quickened|"
    r"climb\s+back|climbed\s+back|come\s+off|came\s+off|comes\s+off|"
    r"(?:slump|dip|plunge|plummet|tumble|soar|surge|rebound|contract|expand|advance|rall|spike|widen|narrow|"
    r"shrink|sink|jump|gain|decline|climb)(?:s|e?d|ped|ied|ies)?|shrank|shrunk|sank|sunk|"
    r"(?:ris|fall|dropp|climb|increas|decreas|declin|grow|jump|eas|slipp|slid|surg|soar|plung|tumbl|gain|edg|"
    r"slump|dipp|rebound|shrink)ing|"
    r"(?:depreciat|appreciat|weaken|strengthen|moderat|accelerat)\w*)"
    r"\s+(?:[a-z]+ly\s+)?(?:(?:up|down|back)\s+)?(?:by\s+|between\s+|to\s+)?(?:an?\s+(?:average\s+of\s+|[a-z]+er\s+))?"
    r"(?:around\s+|about\s+|some\s+|at\s+least\s+|another\s+|a\s+further\s+|more\s+than\s+)*(?:minus\s+)?$",
    re.I,
)


_APPOSED_BEFORE = re.compile(
    r"(?:[$€£¥₩]|\b[A-Z]{1,3}\$)?\d[\d.,]*(?:\s*(?:million|billion|trillion|lakh|crore|[mb]n))?(?:\s+[a-z]+)?"
    r"\s*,\s*or\s+$"
)


def from_the_sentence(text: str, sentence_start: int, before_figure: int, antecedent: str | None) -> str | None:
    """What a number with no noun after it counts, from the words of its sentence before it; one
    set after another with "or" reads the words before the first ("fall 80.6 billion yen, or 5.1%")."""
    lead = text[sentence_start:before_figure]
    apposed = _APPOSED_BEFORE.search(lead)
    lead = lead[: apposed.start()] if apposed else lead
    for rule in _SENTENCE_RULES:
        found = rule(lead, antecedent)
        if found:
            return found
    return None


def _phrase_with_of(words: str) -> str | None:
    """The noun phrase that opens ``words`` with the "of" that names its stuff ("the price of rice")."""
    tokens = tokens_of(words, 0, len(words))
    phrase, after = noun_phrase(tokens, 0, {})
    return _with_of_complements(phrase, tokens, after, {}) if phrase else None


def _phrase_in(words: str) -> str | None:
    """The noun phrase that opens ``words``; "the number killed" is the killed."""
    numbered = _NUMBER_DONE.match(words)
    if numbered:
        return numbered.group("done")
    return noun_phrase(tokens_of(words, 0, len(words)), 0, {}, complement=True)[0]


# "the number killed", "the total injured", "the number missing": the people the word describes.
_NUMBER_DONE = re.compile(
    r"(?:the\s+)?(?:total\s+)?(?:number|total|tally|count)\s+"
    r"(?!(?:projected|expected|estimated|forecast|reported|rising|falling|growing)\b)(?P<done>[a-z]+(?:ed|ing))\s*$"
)  # "the number killed"; not "a number projected to rise"


def _a_total(lead: str, antecedent: str | None) -> str | None:
    """ "bringing the total to 47": the thing counted before it."""
    if antecedent is None or not _TOTAL_BEFORE.search(lead):
        return None
    return re.sub(r"^(?:new|additional|extra|further)\s+(?=\S)", "", antecedent)  # the total holds old and new


_CHANGED_FROM = re.compile(
    r"\b(?:rais|increas|cut|lower|reduc|hik|doubl|halv|trimm|slash)\w*\s+(?P<np>(?:the|its|their)\s+[a-z][\w’' -]*?)\s+"
    r"from\s+(?:[\d.,]+\s*(?:%|percent|per\s?cent)\s+to\s+)?$"
)


# "Grab raised fares 10 percent": the object of a change verb with no "by" before the number.
_CHANGED_OBJECT = re.compile(
    r"\b(?:rais|increas|cut|lower|reduc|hik|boost|lift|slash|trimm?)\w*\s+"
    r"(?P<np>(?:(?:the|its|their|his|her|our)\s+)?[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2})\s+$"
)


def _changed_object(lead: str, antecedent: str | None) -> str | None:
    """ "the airline cut flights 20 percent", "Meralco raised rates 3 per cent": what was changed."""
    found = _CHANGED_OBJECT.search(lead)
    if found is None:
        return None
    words = found.group("np").lower().split()
    if (_CLAUSE_WORDS | PREPOSITIONS | {"by", "to"}) & set(words) or any(w.endswith("ly") for w in words):
        return None  # "increased marginally by": no object
    return _common_phrase_in(found.group("np"))


def _changed_from(lead: str, antecedent: str | None) -> str | None:
    """ "proposed raising the withholding tax on cash withdrawals from 0.8% to 1.5%": the tax."""
    found = _CHANGED_FROM.search(lead)
    return _phrase_in(found.group("np")) if found else None


# Words that show an object runs into another clause ("adding that firms had raised wages by").
_CLAUSE_WORDS = frozenset(
    """that which who whom said says is are was were has have had will would can could should may might and but
    because when while if""".split()
)


def _changed_by(lead: str, antecedent: str | None) -> str | None:
    """ "raised trainees' wages by 4.5 percent", "raise their costs by a third"."""
    found = _INCREASE_BY.search(lead)
    while found and _CLAUSE_WORDS & set(found.group("np").lower().split()):
        found = _INCREASE_BY.search(lead, found.start("np"))  # "adding that firms had raised wages by"
    if found is None or all(w.endswith("ly") for w in found.group("np").split()):
        return None  # "the deficit increased marginally by": an adverb, the subject is before the verb
    return _phrase_in(found.group("np"))


_AIMS = frozenset("target goal aim".split())
_NOUN_BOUNDED = re.compile(
    r"\b(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:below|above|under|beneath|exceeding)\s+$"
)


def _noun_bounded(lead: str, antecedent: str | None) -> str | None:
    """ "turnout below 60 per cent", "inflation above 3 percent": the noun the bound is on."""
    found = _NOUN_BOUNDED.search(lead)
    if found is None:
        return None
    words = found.group("np").split()
    for start in range(len(words)):
        modifiers, head = words[start:-1], words[-1]
        if any(w in _ENDS_PHRASE or w.endswith("ed") or plural(w) for w in modifiers):
            continue  # "the bank wants inflation below": a verb is no modifier
        phrase = _common_phrase_in(" ".join(words[start:]))
        return phrase if phrase and phrase.split()[-1] == head else None
    return None


def _noun_of(lead: str, antecedent: str | None) -> str | None:
    """ "a hidden levy of 50 percent", "their combined capacity of 2,600"."""
    found = _NOUN_OF.search(lead)
    if found is None:
        return None
    words = [w for w in found.group("np").split() if w.lower() not in STOP_WORDS | PREPOSITIONS]
    if not words or words[-1].lower() in _NOT_COUNTED_BEFORE_OF or not words[-1].islower():
        return None
    if antecedent and words[-1].lower() in _AIMS:
        return None  # "7.2 million bales, against a target of 10.5 million": the bales aimed at
    owner = _NAME_POSSESSIVE.search(lead[: found.start("np")])
    return " ".join(words) + (f" of {owner.group('name')}" if owner else "")


# "the Bangko Sentral ng Pilipinas' target range": a name's possessive right before the noun.
_NAME_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|[a-z]{1,3}))*\s+[A-Z][\w-]*)['’]s?\s+$")


def _one_of(lead: str, antecedent: str | None) -> str | None:
    """ "the case was one of 11": cases."""
    found = _ONE_OF.search(lead)
    return found.group("noun") if found else None


def _whose(lead: str, antecedent: str | None) -> str | None:
    """ "companies whose workforce is more than 50% foreign": the workforce."""
    found = _WHOSE.search(lead)
    return _phrase_in(found.group("np")) if found else None


def _set_of(lead: str, antecedent: str | None) -> str | None:
    """ "the proportion of their workers staying illegally fell below 25 per cent": workers; not
    when a clause with a subject of its own comes between ("..., as the fertility rate stayed at")."""
    matches = list(_SET_OF.finditer(lead))  # the last: "While the share of X fell ..., the share of Y stayed at"
    found = matches[-1] if matches else None
    if found is None or _NEW_CLAUSE.search(lead, found.end()):
        return None
    return _phrase_in(found.group("np"))


_NEW_CLAUSE = re.compile(r"[,;]\s+(?:as|while|whilst|whereas|but|and|when)\s+(?!up\b|down\b|to\b|from\b)[a-z]")


def _the_antecedent(lead: str, antecedent: str | None) -> str | None:
    """ "240 of the detainees were women and 86 were children", "up from 1,900 in 2023"."""
    return antecedent


def _part_of(lead: str, antecedent: str | None) -> str | None:
    """ "most of the injured had breathed in smoke, and seven were taken to hospital"."""
    found = _PART_OF.search(lead)
    return _phrase_in(found.group("np")) if found else None


def _subject(lead: str, antecedent: str | None) -> str | None:
    """ "Remittances reached $8.9 billion, up 6%", "Land prices have risen 30 percent",
    "with Thailand accounting for two thirds": after a change, the subject of the nearest
    clause before it that starts with a noun (not a proper name: "Nepal received ...")."""
    change = _CHANGE_BEFORE.search(lead)
    if not change:
        return None
    for clause in reversed(_CLAUSE_BREAK.split(lead)):
        clause = _SEES.sub("", _LEADING_LINK.sub("", clause))  # "with sales up 18 per cent", "expects sales to"
        tokens = tokens_of(clause, 0, len(clause))
        if not tokens or not tokens[0].word[:1].isalpha() or tokens[0].word.lower() in _NOT_A_SUBJECT:
            continue
        phrase, after = noun_phrase(tokens, 0, {})
        head = phrase.split(" of ")[0].split()[-1] if phrase else ""
        common = common_noun(head) or plural(head.lower()) or _placed(phrase, tokens, after)
        if phrase and (head.lower() in _PLACE_NOUNS or not common):
            return None  # "Laos earned ..., up 9 percent", "the province earned ...": no thing counted
        if phrase:
            return _without_number_of(_with_of_complements(phrase, tokens, after, {}))
    close = _subject_before(_AUXILIARIES.sub("", lead[: change.start()]))
    return close if close and " " in close else None  # "she expected retail sales to grow 2 per cent"


def _clause_subject(lead: str, antecedent: str | None) -> str | None:
    """ "while their value jumped 38%", "Electricity costs, however, rose 5.1 percent", "said
    rice inflation fell to minus 9.4 percent": a change whose own clause opens with its subject
    counts that subject, before any count earlier in the sentence (which "up 6%" would take)."""
    return _opening_subject(lead) if _CHANGE_BEFORE.search(lead) else None


def _placed(phrase: str | None, tokens: list[Token], after: int) -> bool:
    """Whether a one-word subject is a common noun by what follows it: a place or time ("Rice in
    Thailand ...") or a participle and its place ("Cargo handled at the port fell"); a name is not
    followed by either without commas."""
    if phrase is None or phrase != tokens[0].word or after >= len(tokens):
        return False
    following = tokens[after].word
    if following in ("in", "for", "at", "on"):
        return True
    word_after = tokens[after + 1].word if after + 1 < len(tokens) else ""
    return (
        following.islower() and following.endswith("ed") and word_after in ("in", "at", "on", "by", "from", "through")
    )


def _opening_subject(lead: str) -> str | None:
    """The noun phrase that opens the clause ``lead`` ends in, read past a discourse word or a
    relative clause between commas ("Rainfall in the north, which ..., was"); not a name."""
    clauses = _CLAUSE_BREAK.split(lead.lstrip("\"“‘' "))
    while len(clauses) > 2 and _aside(clauses[-2], clauses[-1]) and not _SPEECH_OPENS.match(clauses[-1]):
        clauses = [*clauses[:-3], f"{clauses[-3]} {clauses[-1]}"]  # "Electricity costs, however, rose"
    clause = _SEES.sub("", _LEADING_LINK.sub("", clauses[-1]))  # "we could see prices come off 20%"
    tokens = tokens_of(clause, 0, len(clause))
    if not tokens or not tokens[0].word[:1].isalpha() or tokens[0].word.lower() in _NOT_A_SUBJECT:
        return None
    phrase, after = noun_phrase(tokens, 0, {})
    if phrase is None:
        return None
    head = phrase.split(" of ")[0].split()[-1]
    if (
        not (common_noun(head) or plural(head.lower()) or _placed(phrase, tokens, after))
        or head.lower() in _PLACE_NOUNS
    ):
        return None  # "Laos earned ..., up 9 percent", "the country earned ...": a place, or a name
    return _without_number_of(_with_of_complements(phrase, tokens, after, {}))


# "X, who heads a group, said fares had risen": the clause after the aside is what was said.
_SPEECH_OPENS = re.compile(r"\s*(?:said|says|added|told|noted|warned)\b")


def _aside(clause: str, following: str) -> bool:
    """Whether ``clause`` sits between commas inside another: a discourse word ("however"), a
    relative clause ("which grows ..."), or, before a bare verb, an appositive ("Garment
    exports, the country's top earner, fell")."""
    clause = clause.strip()
    if clause.lower() in _DISCOURSE or re.match(r"(?:which|who)\s", clause):
        return True
    first = following.strip().split(" ")[0].lower()
    bare_verb = first in _VERBS | {"rose", "fell", "dropped", "jumped", "grew", "slipped", "climbed"} or (
        first not in ("up", "down") and bool(_CHANGE_BEFORE.match(first + " "))
    )
    return bare_verb and re.match(r"(?:the|a|an|its|their|[A-Z][\w-]*['’]s)\s", clause) is not None


def _without_number_of(phrase: str) -> str:
    """ "the number of children fell 41 percent" counts children, "the number missing" the missing."""
    numbered = _NUMBER_DONE.match(phrase)
    if numbered:
        return numbered.group("done")
    return re.sub(r"^(?:number|total\s+number|numbers)\s+of\s+", "", phrase, flags=re.I)


_SEES = re.compile(
    r"^(?:.*?\b(?:see|sees|saw|expects?|expected)\s+(?=[a-z])|.*?\w\s+(?:shows?|showed|finds|found|estimates|"
    r"estimated|reports|reported|suggests|suggested|reveals|revealed|indicates|indicated|notes|noted)\s+"
    r"(?=[a-z])(?!(?:at|to|as|by|in|on|that)\b))"  # not "was estimated at 1.2 billion"
)
_CLAUSE_BREAK = re.compile(
    r",\s+|:\s+|\s+[-–—]\s+|\)\s+[-–—]\s+|\s+(?:because|said|says|while|whilst|whereas)\s+"
    r"|(?<!\bfrom)(?<!\bof)(?<!\bin)(?<!\bat)(?<!\bon)(?<!\bby)(?<!\bfor)(?<!\bto)(?<!\bwith)\s+that\s+"
)  # "that" after a preposition is a determiner: "Revenue from that segment fell"
_DISCOURSE = {"however", "meanwhile", "also", "though", "instead", "overall", "still", "elsewhere", "nonetheless"}
# A place or a government that does something is no thing counted: "the country has $7 billion in ..., up 9%".
_PLACE_NOUNS = frozenset(
    """country countries nation city province state region district town village kingdom territory government
    ministry""".split()
)
_NOT_A_SUBJECT = (
    (STOP_WORDS - DETERMINERS - {"such", "these", "those", "both", "all"})
    | PREPOSITIONS
    | _DISCOURSE
    | {"up", "down", "or", "and", "according"}
)
_LEADING_LINK = re.compile(
    r"^\s*(?:with|while|whilst|whereas|and|but|as|(?:said|says|added|expects?|expected|estimated|estimates|warned)"
    r"(?:\s+that)?)\s+(?=(?:the\s+)?[a-z])"
)


# --- "X hit 231", "readings stayed above 150", "arrivals ... to reach seven million" ---------

_LEVEL_VERB = re.compile(
    r"\b(?:(?:to\s+)?(?:reach(?:ed|es)?|hit|hits|totall?(?:ed|s)|number(?:ed|s)|amount(?:ed|s)?\s+to|"
    r"cross(?:ed|es)?|breach(?:ed|es)?|exceed(?:ed|s)?|top(?:ped|s)?|"
    r"surpass(?:ed|es)?|st(?:oo|a)d\s+at|stands\s+at|(?:is|was|are|were|stay(?:ed|s)?|remain(?:ed|s)?)\s+"
    r"(?:above|below|over|under|at)|averag(?:ed|es|ing)|"
    r"(?:held|holds?|holding|stay(?:ed|s)?|remain(?:ed|s)?)\s+(?:steady|flat|stable|unchanged|firm)\s+at|"
    r"(?<=[a-z] )(?:is|was|are|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be))"
    r"(?:\s+(?:the|a|an)(?:\s+[a-z]+)?\s+(?:level|mark|threshold|limit)\s+of)?"
    r"(?:\s+an?\s+(?:new\s+)?(?:record|high|low|peak)(?:\s+of)?)?"  # "numbered a record 3.4 million"
    r"|(?:rose|risen|rises|rise|fell|fallen|falls|fall|climbed|climb|jumped|dropped|drop|increased|decreased|grew|"
    r"grown|surged|soared|slumped|dipped|plunged|plummeted|tumbled|rebounded|recovered|shrank|sank|doubled|tripled|"
    r"halved|moderated|accelerated|slowed|eased|edged|inched|crept|ticked|depreciated|appreciated|weakened|"
    r"strengthened)"
    r"\b(?:[^.;,]|[.,](?=\d))*(?:,[^.;,]*)?\bto(?:\s+a\s+(?:record|new\s+high|high)(?:\s+of)?)?"
    r"|(?:stay(?:ed|s)?|remain(?:ed|s)?|st(?:oo|a)d|stands)\b[^.;,]*\bat)\s*$",  # "stayed among the lowest at 0.75"
    re.I,
)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:had|has|have|will|would|could|may|might|is|are|was|were|be|been|still|also|already|again|due|set|"
    r"expected|likely|to|\w+ly))+"
    r"\s*$"
)
_TRAILING_PP = re.compile(
    r"(?:\s+[a-z]{3,}(?:ed|ing))?\s+(?:in|across|at|on|around|throughout|from|for|by|among|with)\s+(?:the\s+)?(?:(?!(?:where|which|who|that|when)\s)[\w’'-]+\s+){0,5}[\w’'-]+(?:,\s*[A-Z][\w-]*)?,?\s*$"
)
_ACRONYM = re.compile(r"\(?([A-Z]{2,})\)?")


def _level(lead: str, antecedent: str | None) -> str | None:
    """The subject of a verb that puts a number at a level: "the API in Klang hit 231",
    "readings had stayed above 150", "arrivals across the country to reach seven million",
    "the quota had risen sharply, to a record 165,000"."""
    verb = _LEVEL_VERB.search(lead)
    if verb is None:
        return None
    before = _AUXILIARIES.sub("", _SAW_A.sub("", lead[: verb.start()]))
    subject = _subject_before(_TRAILING_PP.sub("", before))  # never the noun of the place: "in the north"
    if subject and antecedent and subject.split()[0].lower() in _THE_COUNT_ITSELF and " of " not in subject:
        return antecedent  # "..., a number projected to rise to 1,584": the count before
    return _without_number_of(subject) if subject else None


_THE_COUNT_ITSELF = frozenset("number figure total tally count".split())


def _subject_before(words: str) -> str | None:
    """The noun phrase that ends ``words``: a plural head, or a noun or acronym after a determiner
    ("the quota", "the API"), with the words before it that modify it ("API readings")."""
    tokens = words.rstrip(" ,").split()
    if not tokens:
        return None
    head = tokens[-1]
    phrase = [head]
    for position in range(len(tokens) - 2, -1, -1):
        word = tokens[position]
        acronym = _ACRONYM.fullmatch(word)
        if acronym:  # "Air Pollutant Index (API) readings": the acronym stands for the words before it
            phrase.insert(0, acronym.group(1))
            break
        lower = word.lower()
        if _NUMBER_WORD.fullmatch(lower):
            break  # "4 billion pesos": a number's words are no part of the subject
        opens = position == 0 and word.istitle()  # "Jobless claims in the north rose to 900"
        modifier = position == 0 or tokens[position - 1].lower() in _NOUN_DETERMINERS | {"of"}  # "the injured"
        if (
            lower in _ENDS_PHRASE
            or (lower.endswith(("ed", "ing")) and not modifier)
            or not word.isalpha()
            or not (word.islower() or opens)
        ):
            break
        if plural(word):
            break  # "the ministry expects [foreign visitors]": a modifier is no plural, a verb in -s ends it
        phrase.insert(0, word)
    opening = tokens[: len(tokens) - len(phrase)]
    owner = _possessor(opening[-1]) if opening and opening[-1][:1].islower() else None  # "the country's rate"
    determined = bool(opening) and (opening[-1].lower() in _NOUN_DETERMINERS or owner is not None)
    if head.lower() in _ENDS_PHRASE or not re.fullmatch(r"[\w-]+", head):
        return None  # "the number of those who": no noun
    if not _subject_head(head, whole=not opening, determined=determined):
        return None
    if owner is None or _a_time(owner):
        return " ".join(phrase)
    the = "the " if len(opening) > 1 and opening[-2].lower() == "the" else ""
    return f"{' '.join(phrase)} of {the}{owner}"


def _subject_head(head: str, whole: bool, determined: bool) -> bool:
    """Whether a subject's head names a thing counted: a plural ("claims"), a noun after a
    determiner ("the quota", "the API"), or a common noun that is all the subject ("Unemployment",
    "Voter turnout"); not a name ("Laos")."""
    if plural(head) and (head.islower() or whole):
        return True
    return (determined and (head.islower() or head.isupper())) or (whole and common_noun(head))


_FRONTED_OF = re.compile(
    r"^\s*(?:Of|Among|Amongst)\s+(?:(?:the|this|that|its|their|all)\s+)?(?P<np>[a-z][a-z -]*?)\s*,\s"
)


_PUT_AT = re.compile(
    r"\b(?:put|puts|putting|estimated|estimates|taking|bringing|brought|brings|pushing|lifting|cut|cuts|cutting|"
    r"raised|raises|lowered|lowers|kept|keeps|forecasts?|forecasted|projects?|projected|predicts?|predicted|"
    r"sees|saw|pegs?|pegged|pegging|held|holds|holding)\s+(?P<np>(?:[^\W\d]|[’' -])+?)\s+"
    r"(?:by\s+[\d.,]+\s+(?:basis\s+points?|percentage\s+points?|points?|per\s?cent|percent)\s+)?(?:at|to)\s+$"
)


_CUT_BY = re.compile(
    r"^(?P<np>.*?)\s+(?:was|were|is|are|will\s+be|would\s+be|has\s+been|have\s+been|had\s+been|to\s+be)\s+"
    r"(?:\w+ly\s+)?(?:cut|raised|reduced|increased|lowered|slashed|hiked|trimmed|boosted|expanded)\s+by\s+$"
)


def _cut_by(lead: str, antecedent: str | None) -> str | None:
    """ "The quota for foreign workers was cut by 15%": a passive change counts its subject."""
    found = _CUT_BY.search(_CLAUSE_BREAK.split(lead)[-1])
    return _subject_before(_TRAILING_PP.sub("", found.group("np"))) if found else None


_BRACKETED = re.compile(r"^(?P<np>.*[a-z])\s*\(\s*$")


_WITH_N = re.compile(r"\bwith\s+(?:(?:about|around|some|nearly|roughly|almost|over|just)\s+)?$")


def _with_n(lead: str, antecedent: str | None) -> str | None:
    """ "Trainees from China were the second-largest group, with 16,863", "Most cases were reported
    from the north with 9,448": the sentence's subject."""
    if not _WITH_N.search(lead):
        return None
    tokens = tokens_of(lead, 0, len(lead))
    phrase = noun_phrase(tokens, 0, {})[0] if tokens and tokens[0].word[:1].isalpha() else None
    return phrase if phrase and plural(phrase.split()[-1]) else None


_UP_FROM = re.compile(r",\s*(?:up|down)\s+(?:from\s+|by\s+)?$")
_COUNT_OPENS = re.compile(
    r"^(?:(?:some|about|around|nearly|almost|roughly|over|more\s+than|at\s+least|only|just)\s+)*"
    r"\d[\d,.]*(?:\s+(?:million|billion|lakh))?\s+(?=[a-z])",
    re.I,
)


def _count_subject(lead: str, antecedent: str | None) -> str | None:
    """ "168 schools had fewer than 10 first-graders this spring, up from 114": a change after a
    clause that opens with a count is a change of that count, not of a count inside it."""
    if not _UP_FROM.search(lead):
        return None
    clause = _CLAUSE_BREAK.split(_UP_FROM.sub("", lead))[-1]
    opens = _COUNT_OPENS.match(clause)
    if opens is None:
        return None
    phrase = _phrase_in(clause[opens.end() :])
    return phrase if phrase and plural(phrase.split(" of ")[0].split()[-1]) else None


def _levelled_subject(lead: str, antecedent: str | None) -> str | None:
    """ "..., while income before taxes will total 53 billion yen, down 16.2%": a change set after
    a clause that puts its subject at a level counts that subject, not a share of an earlier clause."""
    if not _UP_FROM.search(lead):
        return None
    clauses = _CLAUSE_BREAK.split(_UP_FROM.sub("", lead))
    if not _LEVELLED.search(clauses[-1]):
        return None
    return _subject(clauses[-1] + " rose ", None)


_BROUGHT_TO = re.compile(
    r"\b(?:brought|brings|bringing|took|takes|taking|pushed|pushes|pushing|lifted|lifts|lifting)\s+"
    r"(?P<np>(?!the\s+total\b)[a-z][\w’' -]*?)\s+to\s+[^,;]+,\s*(?:up|down)\s+(?:by\s+)?$"
)


def _brought_to(lead: str, antecedent: str | None) -> str | None:
    """ "This brought cash remittances in the first seven months to $20.94 billion, up 2.9 percent":
    a change set after "brought X to N" is a change of X."""
    found = _BROUGHT_TO.search(lead)
    return _phrase_in(found.group("np")) if found else None


def _bracketed(lead: str, antecedent: str | None) -> str | None:
    """ "a young workforce (70 percent)": a share in brackets after a noun counts that noun."""
    found = _BRACKETED.search(lead)
    return _subject_before(found.group("np")) if found else None


_STEADY = ("steady", "flat", "stable", "unchanged", "firm")


def _put_at(lead: str, antecedent: str | None) -> str | None:
    """ "The commission put turnout in the election at 52 percent", "taking this year's death
    toll to 142": the thing put at the number ("the total" is what was counted before)."""
    found = _PUT_AT.search(lead)
    while found and _PUT_AT.match(found.group("np") + " at "):
        found = _PUT_AT.search(lead, found.start("np"))  # "estimates put the number killed at": after "put"
    phrase = _phrase_in(found.group("np")) if found else None
    if phrase is None or phrase.split()[-1].lower() in ("total", "tally", "count", *_STEADY):
        return None  # "held steady at 3.4 percent": no thing put at it
    return phrase


def _fronted_of(lead: str, antecedent: str | None) -> str | None:
    """ "Of the total, 62,000 will go to factories and 12,000 to farms": the total."""
    found = _FRONTED_OF.match(lead)
    if found is None or found.group("np") in _ANAPHORS:
        return None  # "Of them, 300 are boys": what "them" are, the sentence before says
    return _phrase_in(found.group("np"))


_MONEY_IN = re.compile(
    r"\d[\d.,]*(?:\s*(?:million|billion|trillion|lakh|crore)s?)?\s+in\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\b"
    r"[^.;]*?,\s*(?:up|down)\s+(?:by\s+)?$"
)


_MONEY_IN_END = re.compile(
    r"\d[\d.,]*(?:\s*(?:million|billion|trillion|lakh|crore)s?)?(?:\s+[a-z]+)?\s+in\s+"
    r"(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s*$"
)


def _money_in(lead: str, antecedent: str | None) -> str | None:
    """ "received $8.9 billion in remittances, up 6 percent": the remittances."""
    found = _MONEY_IN.search(lead)
    return found.group("np") if found else None


# "the benchmark Straits Times Index rose": a name after a word that says what it is.
_DESCRIBED_NAME = re.compile(
    r"\b[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})\s+"
    r"(?:(?:has|had|have|was|were)\s+)?(?P<verb>[a-z]+)\s+(?:by\s+|about\s+|around\s+|some\s+)?$"
)


def _described_name(lead: str, antecedent: str | None) -> str | None:
    """ "while the benchmark Straits Times Index rose 0.4%": the index, named after what it is."""
    found = _DESCRIBED_NAME.search(lead)
    if found is None or not _CHANGE_BEFORE.search(lead[found.start("verb") :]):
        return None
    return found.group("name")


_SENTENCE_RULES = (
    _described_name,
    _a_total,
    _changed_by,
    _changed_object,
    _changed_from,
    _cut_by,
    _noun_of,
    _noun_bounded,
    _one_of,
    _whose,
    _set_of,
    _level,
    _put_at,
    _clause_subject,
    _fronted_of,
    _count_subject,
    _levelled_subject,
    _brought_to,
    _the_antecedent,
    _part_of,
    _money_in,
    _subject,
    _bracketed,
    _with_n,
)
