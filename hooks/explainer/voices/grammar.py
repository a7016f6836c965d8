"""The words of attribution: speech verbs, titles, and who a subject phrase names.

``read_reference`` reads a phrase such as "Prime Minister Hun Manet", "he", "the
premier" or "Foreign Ministry spokesperson Chum Sounry" and says who it is and how
it knows (name, alias, pronoun, short form, or a person found in the text);
``read_subject`` finds that phrase before a speech verb, with its lead-in and appositive.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from enum import StrEnum
from functools import cache
from typing import NamedTuple

from explainer.voices.descriptions import PERSON_HEADS, read_description, unnamed_by_the_text
from explainer.voices.model import Entity
from explainer.voices.names import (
    COMPANY_WORDS,
    COUNTRIES,
    FEMININE_TITLES,
    HONORIFICS,
    MASCULINE_TITLES,
    NAME_PARTICLES,
    NOT_A_DATE,
    ORGANISATION_NOUNS,
    OUTLETS,
    PORTFOLIO_WORDS,
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
    "warn note argue claim ordered states relayed alleged informed affirmed defended attributed "
    "accused accuses conceded concedes insists vows pledges assures reiterates complains admits denies "
    "laments informs urges reported reports ruled rules expects expected projects projected forecasts put puts "
    "instructed directed"
).split()
SPEECH_VERBS = ("pointed out", "called for", "went on", "goes on", *SPEECHVERB_WORDSS)
_SPEECH_VERB_SET = frozenset(SPEECH_VERBS)
# Any lower-case word (or two-word verb) standing alone, and one at the start of a text:
# a set lookup on these compiles far faster than a pattern listing every verb. (’ is
# looked for on its own: [\w’'-] has three runs of characters and is slow to compile.)
_LONE_WORD = re.compile(r"(?<![\w'-])(?<!’)(?:pointed out|called for|went on|goes on|[a-z]+)(?![\w'-])(?!’)")
_FIRST_WORD = re.compile(r"(pointed out|called for|went on|goes on|[a-z]+)\s+")


_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+$")
# a possessive or a determiner right before a speech word makes it a noun ("Reyes's claim")
_OWNED_NOUN = re.compile(
    r"(?:\w[’']s|\ws[’']|\b(?:[Tt]he|an?|[Tt]his|[Tt]hese|[Tt]hose|[Hh]is|[Ii]ts|[Tt]heir|[Oo]ur))\s+$"
)
# "did not say", "declined to say", "never admitted": words that deny the speech
_NEGATION = re.compile(r"(?:\bnot|n[’']t|\bnever|\bdeclined to|\brefused to)\s+$")


def verbs(text: str) -> Iterator[re.Match]:
    """Every speech verb standing alone in ``text`` ("said", not "unsaid" or "said’s"),
    not in the passive ("was told", "were found"): there the subject did not speak;
    and a promise only with what was promised ("pledged to", "vowed that"): "pledged
    her gold ornaments" is not speech."""
    for match in _LONE_WORD.finditer(text):
        if match.group() not in _SPEECH_VERB_SET or _AUXILIARY.search(text, max(0, match.start() - 8), match.start()):
            continue
        if _NEGATION.search(text, max(0, match.start() - 12), match.start()):
            continue
        if _OWNED_NOUN.search(text, max(0, match.start() - 40), match.start()):
            continue  # "Reyes's claim", "the estimates", "their finds": a noun, not a verb
        needs = _NEEDS.get(match.group())
        if needs is not None and not needs.match(text, match.end()):
            if not (match.group() in _WRITTEN_ORDERS and _WRITTEN.search(text)):
                continue  # "In a letter ..., the ministry ordered agencies to pay": an order in words
        yield match


# an announcement is speech unless it only names a thing with no clause after it ("announced
# the cuts on Oct. 6": the outlet tells what happened; "announced the plan would cost ..." is speech)
_ANNOUNCED = re.compile(
    r"(?!\s+(?:the|a|an|its|his|her|their|this|these)\s+\w+"
    r"(?:(?!\b(?:that|would|will|was|were|is|are|had|has|have|could|should|may|might|must|can)\b)[^.!?;:\"\u201c\u201d])*"
    r"(?:[.!?;]|$))"
)
# "added $2 to the council's figure", "adds 300 jobs to its payroll": an amount put to a
# thing, not words; "added that ...", "added 30 percent of them had left" stay speech
_ADDED = re.compile(
    r"(?!\s+(?:(?:US)?[$€£¥]\s?|Rs\.?\s?|RM\s?)?(?:\d|one\b|two\b|three\b|four\b|five\b|another\b)"
    r"[^.;:!?\"\u201c\u201d]{0,40}?\bto\s+(?:the|a|an|its|his|her|their|this|each|every)\b)"
)
# when, between the verb and what was promised or ruled: "vowed on Tuesday to", "ruled last week that"
_WHEN = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)|\s+last\s+\w+)?"
_PROMISED = re.compile(_WHEN + r"\s+(?:to|that)\b|\s*[:,\u201c\"]")
# a court's ruling is its words with a clause or closing the sentence ("the court ruled
# Thursday."), never "ruled out" or "ruled the country"
# a forecast is its maker's words with what it foresees: "expects growth of 2.8 percent",
# "projected that", "expects output to fall 8%"; never "as expected" or "the expected rise"
_FORECAST = re.compile(
    r"\s+(?:that\b|(?:growth|a|an|output|production|exports|imports|revenue|profit|sales|inflation|prices|demand)\b"
    r"|[^.;:!?\u201c\"]{1,80}?\bto\s+[a-z]{2,}\b)"
)
# an estimate: "put the death toll at 40", "puts losses at Rp 1.2 trillion"; never "put up" or "put off"
_PUT_AT = re.compile(
    r"\s+(?:the|its|their|his|her|a|an|total|losses|damage|turnout|growth|inflation)\b[^.;:!?\u201c\"]{0,60}?\s+at\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+|some\s+|an\s+estimated\s+|least\s+)*"
    r"(?:[$\u20ac\u00a3\u00a5\u20b1\u20b9]|Rs|Rp|RM|US\$|[A-Z]{1,3}\d|\d)"
)
# an admission, not letting someone in: "admitted that", "admits it was", "admitted to
# taking"; never "a school that admits 16 pupils" or "was admitted to hospital"
_ADMITTED = re.compile(
    r"(?:\s+(?:in|at|on|during|before|to|yesterday|today|last|this|on)\b[^.;:,\u201c\"]{0,50}?(?=\s+that\b))?"
    r"\s+(?:that|to\s+\w+ing|it|he|she|they|there|we|I|having|mistakes|wrongdoing|responsibility|guilt)\b"
    r"|\s*[,:\u201c\"]"
)
_RULED = re.compile(_WHEN + r"(?:\s+that\b|\s*[.,;]|\s*$)")
# a declaration is words with a clause: "declared that", "declared the plan would fail";
# never "declared a state of calamity in two towns, allowing them to ..." (a participle
# after the comma is the outlet's, not a clause of the declaration)
_DECLARED = re.compile(
    _WHEN + r"(?:\s+that\b|\s+(?:it|he|she|they|we)\s|\s*[:,\u201c\u2018\"]"
    r"|\s+(?:the|a|an|its|his|her|their|this)\s+[^.;:,!?\u201c\"]{0,60}?"
    r"\b(?:would|will|was|were|is|are|had|has|have|could|should|must)\b)"
)
# an order said in words: a clause after it ("ordered that ...", "ordered it would ...")
_ACT_AS_SPEECH = re.compile(
    r"\s+that\b|\s*[:,\u201c\u2018\"]"
    r"|\s+(?:it|he|she|they|we)\s+(?:would|will|was|were|is|are|had|has|have|must|should|could)\b"
)
# verbs that are speech only with what follows: a promise with what was promised ("pledged
# to", not "pledged her gold"), an accusation with its charge ("accused the ministry of
# hiding"), "went on" closing a quote or going on to say, not "went on strike"
_NEEDS = {
    **dict.fromkeys(("pledged", "pledges", "promised", "vowed", "vows"), _PROMISED),
    **dict.fromkeys(("accused", "accuses"), re.compile(r"\s+[^.;:]{1,80}?\bof\s+\w+ing\b")),
    **dict.fromkeys(("went on", "goes on"), re.compile(r"\s*(?:[.,:]|$|to\s+(?:say|add|note|explain)\b)")),
    **dict.fromkeys(("announced", "announces"), _ANNOUNCED),
    **dict.fromkeys(("added", "adds"), _ADDED),
    # "reported that ...": speech; "reported 40 cases", "as reported by Antara": no words of the subject's
    **dict.fromkeys(("reported", "reports"), re.compile(r"(?:\s+(?:on|late|early|last)\s+\w+)?\s+that\b")),
    **dict.fromkeys(("ruled", "rules"), _RULED),
    **dict.fromkeys(("expects", "expected", "projects", "projected", "forecasts"), _FORECAST),
    **dict.fromkeys(("put", "puts"), _PUT_AT),
    **dict.fromkeys(("admitted", "admits"), _ADMITTED),
    # an order, a proposal or a declaration is words only with a clause: "ordered that", "proposed
    # that", "ordered it would", "declared the plan would"; "ordered the defendants to pay",
    # "proposed raising the tax", "declared a state of calamity" tell what someone did
    **dict.fromkeys(("ordered", "orders", "proposed", "instructed", "directed"), _ACT_AS_SPEECH),
    **dict.fromkeys(("declared", "declares"), _DECLARED),
}
# ... unless given in writing ("ordered in a letter", "in its ruling, the court ordered ...")
_WRITTEN_ORDERS = frozenset("ordered orders proposed declared declares instructed directed".split())
_WRITTEN = re.compile(
    r"\b(?:in|by|through|via)\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:letter|statement|notice|directive|circular|memo|memorandum|decree|ruling|decision|notification|order"
    r"|announcement)\b",
    re.I,
)
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


# a subject and a verb of the reported mood: "The ministry would also review ..."
CARRIED_ON = re.compile(r"(?P<who>[A-Z][\w’' -]{1,60}?)\s+(?:would|will|could|planned to|plans to)\s+(?:also\s+)?[a-z]")
_FINDINGS = {"found", "finds", "showed", "shows"}
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:when|after|once|because|since|until|if|before)\s+\S+(?:\s+\S+)?\s*$")


_CAPITALISED_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*")


def other_person_named(text: str, name: str) -> bool:
    """Whether ``text`` could name anyone but ``name``: a quote (someone else may speak;
    not a scare quote of a few words), or capitalised words that are not a title, an
    institution, a place ("in Maebashi"), a people ("Indonesians") or a word opening a
    sentence ("Reynaldo", "Chan Vuthy")."""
    text = _SCARE_QUOTE.sub("", text)
    if any(mark in text for mark in QUOTE_MARKS):
        return True
    own = set(name.split())
    for run in _CAPITALISED_RUN.finditer(text):
        words = [w for w in run.group().split() if w not in NOT_NAMES and w not in TITLES and w not in CALENDAR_WORDS]
        if INSTITUTIONS & set(words) or PLACE_WORDS & set(words) or set(words) <= own:
            continue
        if len(words) == 1 and (_PLACE_BEFORE.search(text[: run.start()]) or _DEMONYM.fullmatch(words[0])):
            continue  # "in Maebashi", "followed by Indonesians": a place or a people, not a person
        opening = re.search(r"(?:^|[.!?]['’\u201d\"]?)\s*$", text[: run.start()]) is not None
        if len(words) >= 2 or not opening:
            return True
    return False


def people_named(text: str) -> list[str]:
    """Names of two to four capitalised words in ``text`` that could be a person's
    ("Officers arrested Chan Vuthy"): not an institution, a place, a title or a date."""
    found = []
    # words in quotes, closed or left open to the paragraph's end, are a speaker's own
    text = re.sub(r"[\u201c\"][^\u201c\u201d\"\n]*(?:[\u201d\"]|$)", lambda m: "x" * len(m.group()), text, flags=re.M)
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        titled = [i for i, w in enumerate(words) if w in TITLES]
        words = words[titled[-1] + 1 :] if titled else words  # "Human Resources Minister": a post, no name
        words = [w for w in words if w not in NOT_NAMES and w not in CALENDAR_WORDS]
        if (INSTITUTIONS | PLACE_WORDS | COMPANY_WORDS) & set(words) or not 2 <= len(words) <= 4:
            continue
        if _PLACE_BEFORE.search(text[: run.start()]) or _NOT_A_PERSON_BEFORE.search(text[: run.start()]):
            continue  # "in Phnom Penh", "told Daily Mirror", "Bank for Agriculture and Agricultural Cooperatives"
        if _PLACE_AFTER.match(text, run.end()):
            continue  # "Binh Thanh and Go Vap districts"
        found.append(" ".join(words))
    return found


_PLACE_AFTER = re.compile(
    r"\s+(?:and\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:provinces?|districts?|city|cities|towns?|villages?|states?|"
    r"regions?|county|counties|wards?|communes?|townships?|islands?|river|rivers)\b"
)
# a relay ("told Daily Mirror") or the rest of an institution's name ("Bank for Agriculture and
# Agricultural Cooperatives", "Ministry of Labour and Vocational Training")
_NOT_A_PERSON_BEFORE = re.compile(
    r"(?:\btold\s+|\b(?:of|for)\s+(?:the\s+)?|&\s+|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+and\s+(?=$))$"
)


# a few words in quotation marks with no sentence in them: the outlet's scare quote, nobody speaking
_SCARE_QUOTE = re.compile(r"[\u201c\"](?:[^\u201c\u201d\".!?,]+\s){0,5}[^\u201c\u201d\".!?,\s]+[\u201d\"]")
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|across|near|outside|inside|around|into|throughout|to|for)\s+(?:the\s+)?$", re.I
)
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ese|ians|eans|inos|ais|alis|eshis)")


CALENDAR_WORDS = set(
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)  # months and weekdays: no one's name


def finding_in_clause(head: str, verb: str) -> bool:
    """ "... shut the agency when it found that ...": a finding in a subordinate clause is
    the outlet's account of what happened, not a source's words."""
    return verb in _FINDINGS and _SUBORDINATE_SUBJECT.search(head) is not None


def leading_verb(text: str) -> re.Match | None:
    """A speech verb and the whitespace after it at the very start of ``text`` ("said Kojima")."""
    match = _FIRST_WORD.match(text)
    return match if match and match.group(1) in _SPEECH_VERB_SET - _NEVER_INVERTED else None


# verbs whose next words are their object, never their subject: "..., urged the government to act"
_NEVER_INVERTED = frozenset(
    "urged urges told tells informed informs assured assures accused accuses ordered defended attributed relayed "
    "pledged pledges promised vowed vows denied denies admitted admits confirmed announced announces revealed "
    "reveals proposed recommended estimated estimates predicted forecast found finds showed shows show "
    "highlighted reiterated reiterates acknowledged".split()
)


def ends_with_verb(text: str) -> bool:
    """Whether ``text`` ends in a speech verb, trailing whitespace aside (also "unsaid")."""
    return text.rstrip().endswith(SPEECH_VERBS)


# words that may sit between the subject and the verb ("He also suggested")
ADVERB = re.compile(
    r"(?:\s+(?:also|further|later|then|again|earlier|previously|once again|repeatedly|has|have|had|will|would"
    r"|yesterday|today|separately|recently|subsequently|likewise))+\s*$"
)
ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")
PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it"}
# double quotation marks, and the single opening ‘ of house styles that quote in single
# marks; never ’, far more often an apostrophe (“Japan’s”, O’Brien)
QUOTE_MARKS = '\u201c\u201d"\u2018'
OPEN_QUOTES = '\u201c"\u2018'
INSERTION = re.compile(r"\[[^\[\]\n]{1,80}\]")

# Words that end the name of an institution rather than a person.
INSTITUTIONS = set(
    "Ministry Department Agency Embassy Union Association Organisation Organization Company "
    "Corporation Group Council Committee Bank Office Government Federation Centre Center "
    "Institute Commission Authority Bureau Unit Court Party Assembly Senate Police Army "
    "Holdings Foundation Network Coalition League Forum Fund Congress Enterprise Board Service Services "
    "Military University Academy Administration Secretariat Inc Inc. Ltd Co Corp Corp. Tribunal Prosecution "
    "Branch Bureau Cabinet Parliament Prefecture Confederation Alliance Chamber Society Procuracy Procuratorate "
    "Inspectorate Directorate Hospital Clinic School College Museum Observatory Dept Dept. Sentral".split()
) | set(  # a business's own words: "Lim Heng Agro Industry", "Rahmat Express Sdn Bhd", "Maybank Securities"
    "Industry Industries Sdn Bhd Berhad Pte Plc LLC Limited Securities Motors Airlines Airways Electric "
    "Electronics Energy Steel Telecom Petroleum Pharmaceuticals Logistics Shipping Mining Resources Technologies "
    "Insurance Properties Manufacturing Textiles Garments".split()
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
# a person's post after an institution's name ends it: "Bank of Korea Governor Rhee ..."
_NOT_A_POST = NOT_A_DATE + (
    r"(?!(?:President|Minister|Governor|Director|Chairman|Chairwoman|Chairperson|Secretary|Ambassador|"
    r"Spokesperson|Spokesman|Spokeswoman|Mayor|Commissioner|Judge|Prosecutor|Mr|Mrs|Ms|Dr|Professor|CEO)\b)"
)
_INSTITUTION_NAME_SOURCE = (
    rf"(?:[Tt]he\s+)?((?:{_CAPITALISED},?\s+(?:and\s+)?)*(?:{'|'.join(sorted(INSTITUTIONS))})(?:[- ]General)?"
    rf"(?:,?\s+(?:of|for|and|on|in|ng)\s+(?:the\s+)?{NOT_A_DATE}{_CAPITALISED}(?:,?\s+{_NOT_A_POST}{_CAPITALISED})*)*)"
)  # compiled on first use (_institution_name): only a subject no earlier rule names needs it
# when something was said, between the subject and the verb ("X on Tuesday said")
TIME_WORDS = re.compile(
    r"\s+(?:on|last|this|late on|early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|month|year|(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:\s+\d{1,2})?)\s*$"
)
# a time opening a sentence with no comma after it, before its subject: "On November 4 the ...",
# "Last week the ...", "On Tuesday Minister ..." (blanked, so every offset holds)
_LEADING_TIME = re.compile(
    r"^\s*(?:(?:On|Late on|Early on)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2})"
    r"|(?:Last|This|Earlier this|Later this)\s+(?:week|month|year))\s+(?=the\s|[A-Z])"
)
# a date in capitals ends a dateline with no dash after it: "KATHMANDU, JULY 25 Minister ..."
_CAPITAL_DATE = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.?\s+\d{1,2}(?:,\s+\d{4})?"
_DATE = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?"
# "PHNOM PENH –", "PHNOM PENH, July 25 (Reuters) -", "July 25 —": a place and date, never a name
DATELINE = re.compile(
    rf"(?:(?:[A-Z][A-Z .,'-]{{2,40}}?(?:,?\s+{_DATE})?|{_DATE})(?:\s*\([A-Z][\w .]{{1,30}}\))?"
    rf"|[A-Z][a-z]+(?:\s[A-Z][a-z]+){{0,2}}\s*\((?:AFP|AP|Reuters|Kyodo|Xinhua|Bernama|Antara|Yonhap|dpa|UPI)\))"
    rf"\s*(?:[\u2013\u2014-]+|:)\s+"
    rf"|[A-Z][A-Z .'-]{{2,40}},\s+{_CAPITAL_DATE}\s+(?=[A-Z][a-z])"
)  # "PHNOM PENH, July 25 (Reuters) -", "July 25 —", "Phnom Penh (AFP) -", "KATHMANDU, JULY 25 Minister"
PREPOSITIONS = {"in", "at", "on", "from", "for", "by", "with", "after", "before", "during", "since", "under", "among"}
SUBORDINATORS = set("after before when while because since although though until once".split())
CONJUNCTIONS = {"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Later", "Then"}
NAME_TOKEN = re.compile(r"^[A-Z][\w’'.-]*$")
ABBREVIATIONS = {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "No", "Jr", "Sr"}
# a stop after a title or an initial ends no clause: "said Ms. Nguyen Thi Lan, 57"
_TITLE_STOPS = (
    "Mr Mrs Ms Dr Prof St Gen Lt Col Sen Rep Gov Jr Sr Capt Maj Sgt Supt Insp Atty Engr Comr Cmdr Brig Adm Hon Rev Pol "
    "Sec Usec"
)
CLAUSE_END = re.compile(r"[,;:!?]|" + "".join(rf"(?<!\b{t})" for t in _TITLE_STOPS.split()) + r"(?<!\b[A-Z])\.(?:\s|$)")
SENTENCE_END = re.compile(r"[.!?][\u201d\u2019\"')\]]*(?=\s+[\u201c\u2018\"'(\[]?[A-Z0-9])")


# --- Entities and how the text refers to them ---------------------------------


@cache
def _institution_name() -> re.Pattern:
    return re.compile(_INSTITUTION_NAME_SOURCE)


TYPED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])\"(?=s\b)|(?<=[a-z]s)\"(?=\s[a-z])")  # Cambodia"s, workers" union


def typed_apostrophes(text: str) -> str:
    """ "Cambodia"s minister": a double mark typed for an apostrophe, read as one
    (the same length, so offsets hold)."""
    return TYPED_APOSTROPHE.sub("\u2019", text)


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


_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.-]{1,15})\)(?:\s+\d{1,2}\b)?")  # "(OCD) 7": a regional office
_NATIVE_SCRIPT = re.compile(r"\s*\([^\x00-\x7f()]{1,12}\)")


class ReferenceRule(StrEnum):
    """The rules that read a subject phrase (``REFERENCE_RULES``), in the order tried."""

    REGIONAL_OFFICE = "regional-office"
    ACRONYM_IN_BRACKETS = "acronym-in-brackets"
    BUSINESS_SUFFIX = "business-suffix"
    NOT_A_PHRASE = "not-a-phrase"
    CONJUNCTION = "conjunction"
    PREPOSITION = "preposition"
    TWO_SPEAKERS = "two-speakers"
    ARTICLE = "article"
    ACRONYM = "acronym"
    ADJECTIVE_INSTITUTION = "adjective-institution"
    OWNED_INSTITUTION = "owned-institution"
    INSTITUTION_UNDER = "institution-under"
    PRONOUN = "pronoun"
    KNOWN_NAME = "known-name"
    DESCRIPTION = "description"
    DEFINITE_ROLE = "definite-role"
    INSTITUTION = "institution"
    UNNAMED_ROLE = "unnamed-role"
    NAME_OF_INSTITUTION = "name-of-institution"
    NAME_RUN = "name-run"


class Phrase(NamedTuple):
    """A subject phrase as the rules see it: ``text`` as the earlier rules left it,
    ``first`` and ``rest`` its first word and the others as written."""

    text: str
    first: str = ""
    rest: str = ""


class Nobody(NamedTuple):
    """A rule's answer that the phrase names no speaker: no later rule is tried."""

    why: str


class Rewrite(NamedTuple):
    """A rule's answer that the later rules read other words ("But he" as "he")."""

    text: str


# what a rule makes of a phrase: who it names, nobody, other words to read, or None (the rule does not apply)
Answer = Reference | Nobody | Rewrite | None


def read_reference(text: str, registry: Registry, offset: int) -> Reference | None:
    """Who a subject phrase names, or None if it does not name a speaker."""
    return read_reference_by(text, registry, offset)[1]


def read_reference_by(text: str, registry: Registry, offset: int) -> tuple[ReferenceRule | None, Reference | None]:
    """Who a subject phrase names and the rule that decided: the first rule of
    ``REFERENCE_RULES`` with an answer."""
    written = _NATIVE_SCRIPT.sub("", typed_apostrophes(text))
    first, _, rest = written.strip().partition(" ")
    phrase = Phrase(written, first, rest)
    for rule, read in REFERENCE_RULES:
        answer = read(phrase, registry, offset)
        if isinstance(answer, Rewrite):
            phrase = phrase._replace(text=answer.text)
        elif isinstance(answer, Nobody):
            return rule, None
        elif answer is not None:
            return rule, answer
    return None, None


# an office's regional branch, numbered or named after its acronym: "(OCD) 7", "DSWD-7",
# "DOH Region VII", "(DOLE)-Central Visayas"
_REGIONAL_OFFICE = re.compile(
    r"(?P<office>.*?(?:\([A-Z][A-Za-z0-9&.-]{1,15}\)|\b[A-Z][A-Za-z&]*[A-Z][A-Za-z&]*))"
    r"(?:\s*[-\u2013]\s*|\s+)(?:Region\s+)?(?:\d{1,2}|[IVX]{1,4}[AB]?)"
    r"|(?P<named>.*?\([A-Z][A-Za-z0-9&.-]{1,15}\))\s*[-\u2013]\s*(?:Region\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?",
    re.S,
)


def _regional_office(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the Office of Civil Defense (OCD) 7", "The DSWD-7", "the DOH Region VII": a
    regional branch, numbered as the Philippine press numbers regions, speaks as its office."""
    office = _REGIONAL_OFFICE.fullmatch(phrase.text.strip())
    if office is None:
        return None
    named = office.group("office") or office.group("named")
    return read_reference(named, registry, offset) or Nobody("no office before the region")


def _acronym_in_brackets(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the National Disaster Mitigation Agency (BNPB)": the name without the acronym,
    which the entity found keeps as its abbreviation."""
    acronym = _ACRONYM.search(phrase.text)
    if acronym is None:
        return None
    reference = read_reference(_ACRONYM.sub("", phrase.text), registry, offset)
    if reference is None:
        return Nobody("nobody without the acronym")
    if reference.entity and reference.resolution.startswith("found:"):
        entity = reference.entity._replace(abbreviation=reference.entity.abbreviation or acronym.group(1))
        reference = reference._replace(entity=entity)
    return reference


def _business_suffix(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "China Railway Nanning Group Co., Ltd.", "Siam Rice Pte Ltd": a business by its
    name; the suffix says it is one, whatever the words before it would read as."""
    suffixed = _SUFFIXED.fullmatch(phrase.text.strip())
    if suffixed is None:
        return None
    return _organisation(re.sub(r"^(?:The|the)\s+", "", phrase.text.strip()))  # the name with its suffix


_SUFFIXED = re.compile(
    r"(?P<name>(?:[Tt]he\s+)?[A-Z][\w&'\u2019-]*"
    r"(?:\s+(?:of\s+|and\s+|&\s+)?(?!(?:Sdn|Pte|Co|Corp|Inc|Ltd|Bhd|Plc)\b)[A-Z][\w&'\u2019-]*)+)"
    r"(?:,?\s+(?:Co\.|Corp\.?|Inc\.?|Ltd\.?|Limited|Sdn\.?\s+Bhd\.?|Bhd\.?|Plc|PLC|Pte\.?|LLC|JSC|Tbk))+"
)


def _not_a_phrase(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """Nothing, a clause too long for a subject, or words with a quote in them."""
    text = phrase.text.strip()
    if not text or len(text) > 160 or any(mark in text for mark in QUOTE_MARKS):
        return Nobody("not a subject phrase")
    return Rewrite(text)


def _conjunction(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "But he said", "And Manet added": the subject after the conjunction."""
    return Rewrite(phrase.rest.strip()) if phrase.first in CONJUNCTIONS and phrase.rest else None


def _two_speakers(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "Jose Reyes and Ana Lim", "Both the embassy and the Immigration Department": two
    speakers of one sentence, named by the first (never the second alone), or nobody; an
    institution's own "and" ("Ministry of Labour and Vocational Training") joins no two."""
    joined = _TWO_SPEAKERS.fullmatch(phrase.text.strip())
    if joined is None:
        return None
    first, second = joined.group("first"), joined.group("second")
    both = joined.group("both") is not None or second.split()[0] in ("the", "its", "his", "her", "their")
    people = all(PERSON_NAME.fullmatch(part) and not INSTITUTIONS & set(part.split()) for part in (first, second))
    if not (both or people):
        return None
    reference = read_reference(first, registry, offset)
    return reference if reference is not None and reference.entity is not None else Nobody("two speakers")


_TWO_SPEAKERS = re.compile(r"(?P<both>Both\s+)?(?P<first>[^,]+?)\s+and\s+(?P<second>(?:the\s+|its\s+)?[^,]+)")


def _preposition(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "In Phnom Penh": a place or time, not a subject."""
    return Nobody("a prepositional phrase") if phrase.first.casefold() in PREPOSITIONS else None


def _article(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the Cambodia Rice Federation": the name without its article, unless the whole
    phrase describes someone ("the Labour Ministry's spokesman")."""
    if phrase.first not in ("the", "a", "an") or not phrase.rest[:1].isupper():
        return None
    if read_description(phrase.text, registry, offset, read_reference) is not None:
        return None
    return Rewrite(phrase.rest.strip())


def _acronym_alone(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "UNICEF said", "The DA said": its full name if the text gave one."""
    acronym = re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][A-Za-z0-9&]{1,9})(?:\s+\d{1,2})?", phrase.text)
    if acronym is not None and sum(c.isupper() for c in acronym.group(1)) < 2:
        return None  # "DepEd", "OCD" are acronyms; "Tanaka" is not
    return _acronym(acronym.group(1), registry) if acronym else None


def _adjective_institution(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the state-run Cambodia Development Council": the institution's name."""
    adjective = re.fullmatch(r"(?:[Tt]he\s+)?((?:[a-z][\w-]*\s+){1,2})([A-Z].*)", phrase.text)
    if adjective and _role_of(adjective.group(1)):
        return None  # "president of Golden Crest Manpower Services": a post in it, not the company
    if adjective and _institution_name().fullmatch(adjective.group(2)):
        return read_reference(adjective.group(2), registry, offset) or Nobody("no institution")
    return None


def _owned_institution(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the junta’s Ministry of Labour", "Laos's state-run Electricity Authority": the
    institution's name, without the adjectives before it."""
    owned = re.fullmatch(r"(?:[Tt]he\s+)?([\w’' -]+?)[’']s\s+(?:[a-z][\w-]*\s+){0,2}([A-Z].*)", phrase.text)
    if owned is None or re.search(r"\b(?:of|for|and)\b", owned.group(1)) or owned.group(1) in _NAMED_OWNERS:
        return None  # "Prosecutor X of the People's Procuracy": the possessive is inside a name
    if _institution_name().fullmatch(owned.group(2)):
        return read_reference(owned.group(2), registry, offset) or Nobody("no institution")
    return None


# owners whose possessive is part of an institution's name: "People's Court", "Women's Union"
_NAMED_OWNERS = {"People", "Women", "Children", "Workers", "Farmers", "Citizens", "Veterans", "Employers"}


def _institution_under(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the Department of Overseas Labor under the Ministry of Home Affairs": the first
    institution speaks; the one it sits under only places it."""
    parts = re.fullmatch(r"(.+?)\s+(?:under|within)\s+(?:the\s+)?([A-Z].*)", phrase.text)
    if parts is None or not _institution_name().fullmatch(parts.group(2)):
        return None
    if not _institution_name().fullmatch(parts.group(1)):
        return None
    return read_reference(parts.group(1), registry, offset) or Nobody("no institution")


def _pronoun(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "he", "she", "they", "it": resolved later, against who came before."""
    pronoun = PRONOUNS.get(phrase.text.casefold())
    return Reference(None, "pronoun:" + pronoun) if pronoun else None


def _met_before(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """A name, alias or abbreviation met before, perhaps after role words
    ("Labour Minister Heng Sour" once "Heng Sour" is known)."""
    for surface, entity, how in registry.surfaces():
        if _ends_with(phrase.text, surface):
            role_words = phrase.text[: len(phrase.text) - len(surface)].strip()
            if len(role_words.split()) > 8 or _clause(role_words):
                continue
            if entity.kind != "person" and role_words.split()[-1:] and _role_of(role_words):
                continue  # "Director General of the Department ...": a post in it, not the institution
            return Reference(registry.current(entity), how, role_words)
    return None


def _role_of(words: str) -> bool:
    """Words that end in a post and its connector ("Director General of the", "head of"):
    what follows is where the post is held."""
    tokens = [t.casefold() for t in words.split()]
    if tokens[-1:] == ["the"]:
        tokens = tokens[:-1]
    return len(tokens) >= 2 and tokens[-1] in ROLE_CONNECTORS


def _described(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """A description, a group or a document (descriptions.py)."""
    return read_description(phrase.text, registry, offset, read_reference)


def _definite_role(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "the spokesperson" (a role word), "the ministry" (the last word of a name): the
    latest entity it fits, or nobody."""
    definite = re.fullmatch(r"[Tt]he ((?:[a-z][\w-]* ?){1,3})", phrase.text)
    if not definite:
        return None
    word = definite.group(1).split()[-1].casefold()
    for entity in [*reversed(registry.history), *reversed(registry.entities)]:
        if entity.kind == "person":
            # the post, not where it is held: "president of ... at Bir Hospital" is no hospital
            fits = _role_head(entity.role or "") == word
        else:
            fits = [w.casefold() for w in entity.name.split()[-1:]] == [word]
        if not fits:
            continue
        if entity.kind == "person" and unnamed_by_the_text(registry.text, offset):
            return Reference(None, f"description: the {definite.group(1)} is not named, so not {entity.name}")
        return Reference(registry.current(entity), "description")
    return Nobody(f"nobody met before as {definite.group(1)}")


def _role_head(role: str) -> str:
    """The post a role names: its last word before "of", "at", "for" ... ("director" of
    "director of the Oil Fuel Fund Office"), else its last word ("analyst")."""
    words = role.split()
    for index, word in enumerate(words[1:], start=1):
        if word.casefold() in ("of", "at", "for", "in", "with", "to", "on", "from"):
            return words[index - 1].casefold().strip(",")
    return words[-1].casefold().strip(",") if words else ""


def _institution(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "The Ministry of Labour and Vocational Training": an institution by its name."""
    institution = _institution_name().fullmatch(phrase.text)
    return _organisation(institution.group(1)) if institution else None


def _unnamed_role(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """No capitalised name at the end: an unnamed speaker by role, or nobody."""
    tokens = phrase.text.split()
    if tokens and NAME_TOKEN.match(tokens[-1]):
        return None
    return _unnamed(tokens) or Nobody("no name and no role")


def _name_of_institution(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """ "Prosecutor Vo Thanh Tam of the People's Procuracy of Hanoi", "Sok Dara of the
    Cambodian Center for Human Rights": a person's name, then the institution they are of."""
    text = phrase.text.strip()
    for of in re.finditer(r"\s+of\s+(?:the\s+)?", text):
        head, tail = text[: of.start()], text[of.end() :]
        if not NAME_TOKEN.match(head.split()[-1]) or not _institution_name().fullmatch(tail):
            continue
        person = read_reference(head, registry, offset)
        if person is not None and person.entity is not None and person.entity.kind == "person":
            return person
    return None


def _name_run(phrase: Phrase, registry: Registry, offset: int) -> Answer:
    """A trailing run of capitalised words is a name; titles and words before it are
    the role ("Labour Minister Heng Sour", "Minister for Home Affairs and Security Ram
    Bahadur Thapa")."""
    tokens = phrase.text.split()
    role_tokens, run = _role_and_run(tokens)
    if not run:
        return Nobody("titles only")
    not_a_person = _organisation_run(role_tokens, run)
    if not_a_person is not None:
        return not_a_person
    body = _a_body(tokens, role_tokens, run)
    if body is not None:
        return body
    if role_tokens[-1:] and role_tokens[-1].casefold() in _PLACE_PREPOSITIONS and not TITLES & set(role_tokens):
        # "The talks in Ha Tien", "a farmer from Kandal": a place, never a person's name (but
        # "Consul General in Kota Kinabalu Bambang Setiawan" is a title, a place and a name)
        return Nobody("a place")
    if run[-1] in PLACE_WORDS and not (all(t in TITLES for t in run[:-1]) and registry.short_form(run[-1], offset)):
        return Nobody("a place")  # "Lumbini Park", but "envoy Park" after "Park Ji-hoon" is the person
    if _only_a_title(tokens, role_tokens, run):
        return _title_only(run, registry)
    if " ".join(run) in COUNTRIES and role_tokens[-1:] in (["to"], ["in"], ["of"], ["for"]):
        return _unnamed_to(role_tokens, run) or Nobody("a country")
    role_tokens, run = _after_institution(role_tokens, run)
    titles, run = _titles(run, role_tokens)
    person = _person(run, role_tokens, titles, registry, offset)
    if person is None and len(run) == 1 and not role_tokens and not titles:
        after = registry.text[offset + len(phrase.text.rstrip()) : offset + len(phrase.text) + 80]
        if _ISSUED_WRITING.match(after):  # "Petrobangla said in a statement": one word, issuing in writing
            return _organisation(run[0])
    return person or Nobody("no person's name")


# what an organisation issues: "said in a statement", "said in its filing", "announced in a notice"
_ISSUED_WRITING = re.compile(
    r"\s+(?:said|announced|stated|added)\s+(?:(?:on|late|early)\s+\w+\s+)?(?:in|on)\s+(?:a|an|its)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|filing|press release|release|notice|circular|note to clients)\b"
)


def _after_institution(role_tokens: list[str], run: list[str]) -> tuple[list[str], list[str]]:
    """ "Vice Chairman of the municipal People's Committee Hoang Hai Minh": the name is the
    words after the run's last institution word, which goes to the role."""
    inside = max((i for i, word in enumerate(run[:-2]) if word.rstrip(".") in INSTITUTIONS), default=None)
    rest = {word.rstrip(".") for word in run[inside + 1 :]} if inside is not None else set()
    if inside is None or rest & (INSTITUTIONS | COMPANY_WORDS):
        return role_tokens, run  # "China Railway Kunming Group Co. Ltd.": all one company's name
    return role_tokens + run[: inside + 1], run[inside + 1 :]


def _institution_run(run: list[str]) -> bool:
    """A name run that is an institution's: it ends with an institution word ("... Ministry",
    "Ministry Tokyo") or starts with a bank's ("Bank Negara Malaysia")."""
    if run[-1] in INSTITUTIONS or (len(run) > 1 and run[0] in ("Bank", "Banco", "Banque")):
        return True
    return len(run) > 1 and run[-2] in INSTITUTIONS and run[-1][:1].isupper()


def _only_a_title(tokens: list[str], role_tokens: list[str], run: list[str]) -> bool:
    """A run that ends in a title ("the Governor"), unless the title word also ends a name
    ("Le Van Tuan": an honorific that only stands before names)."""
    if run[-1] not in TITLES or (run[-1] in _ONLY_BEFORE_NAMES and len(run) >= 2 and run[0] not in TITLES):
        return False
    return not role_tokens or role_tokens[-1].casefold() == "the" or tokens[0] in NOT_NAMES


def _organisation_run(role_tokens: list[str], run: list[str]) -> Answer:
    """A name run that is an outlet's (no speaker) or, after a kind of organisation, that
    organisation's ("rating agency Icra"); else None."""
    if OUTLETS & set(run):
        return Nobody("a news outlet: it relays words, it never speaks as a person")  # "Kyodo News reported"
    if COMPANY_WORDS & set(run[1:]) and not TITLES & set(run) and not role_tokens:
        return _organisation(" ".join(run))  # "Maybank Securities", "Kansai Electric Power": a company
    if role_tokens[-1:] and role_tokens[-1] in ORGANISATION_NOUNS and not TITLES & set(run):
        return _organisation(" ".join(run))  # "rating agency Icra", "research firm Counterpoint"
    return None


def _a_body(tokens: list[str], role_tokens: list[str], run: list[str]) -> Answer:
    """A run that names an organisation, not a person: one ending in an institution's word,
    a bank's ("Bank Negara Malaysia"), or a body named for a place ("The Anjuman-e-Tajiran
    of Lahore's Shah Alam Market")."""
    if _institution_run(run):
        return Nobody("role words before an institution") if role_tokens else _organisation(" ".join(run))
    owner_of = role_tokens[-1:] == ["of"] and any(re.search(r"[’']s?$", t) for t in run[:-1])
    if owner_of and all(t[:1].isupper() for t in role_tokens[:-1] if t.casefold() != "the"):
        return _organisation(re.sub(r"^(?:The|the)\s+", "", " ".join(tokens)))
    return None


# honorifics that only ever stand before a name, so a name may end in the same word ("Le Van Tuan")
_ONLY_BEFORE_NAMES = frozenset("Tuan Puan U Daw Datuk Dato Datin Tun Toh Haji Hajah Samdech Oknha Lok".split())


def _unnamed_to(role_tokens: list[str], country: list[str]) -> Reference | None:
    """ "South Korea's ambassador to Cambodia": an unnamed speaker by role, with the
    country the role is for."""
    described = _unnamed(role_tokens[:-1])
    if described is None or described.entity is None:
        return None
    name = " ".join([described.entity.name, role_tokens[-1], *country])
    return Reference(described.entity._replace(key=slug(name), name=name), described.resolution)


def _organisation(name: str) -> Reference:
    return Reference(Entity(key=slug(name), name=name, kind="organisation", source="article"), "found:institution")


def _role_and_run(tokens: list[str]) -> tuple[list[str], list[str]]:
    """The role words and the trailing run of capitalised words (with particles: "binti")."""
    run: list[str] = []
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        particle = token in NAME_PARTICLES and run and index > 0 and NAME_TOKEN.match(tokens[index - 1])
        if not NAME_TOKEN.match(token) and not particle:
            break
        run.insert(0, token)
    role_tokens = tokens[: len(tokens) - len(run)]
    if role_tokens and role_tokens[0] in NOT_NAMES:
        role_tokens = role_tokens[1:]
    while run and run[0] in NOT_NAMES:
        run = run[1:]
    if role_tokens and role_tokens[-1].casefold() in ROLE_CONNECTORS:
        # "Minister for Home Affairs and Security Ram Bahadur Thapa": the title goes on past "and"
        while len(run) > 2 and (run[0] in PORTFOLIO_WORDS or run[0] in TITLES) and run[0].rstrip(".") not in HONORIFICS:
            role_tokens.append(run.pop(0))
    return role_tokens, run


def _titles(run: list[str], role_tokens: list[str]) -> tuple[list[str], list[str]]:
    """The titles that open a run and the name after them: "Datuk Seri", "Ambassador to
    Việt Nam"; "Human Resources Minister Datuk Seri ...": the role runs to the last title."""
    titles: list[str] = []
    while run and (
        run[0] in TITLES or (run[0] in TITLE_SECOND_WORDS and titles[-1:] and titles[-1] in TITLE_FIRST_WORDS)
    ):
        titles.append(run.pop(0))  # "Datuk Seri": "Seri" after "Datuk" is a title too
    country = next((c for c in COUNTRIES if " ".join(run).startswith(c + " ")), None)
    if country and role_tokens and role_tokens[-1].casefold() in ("to", "of", "in", "for"):
        titles += run[: len(country.split())]
        run = run[len(country.split()) :]
    last_title = max((i for i, t in enumerate(run[:-1]) if _is_title(run, i)), default=None)
    if last_title is not None:
        titles = titles + run[: last_title + 1]
        run = run[last_title + 1 :]
    while run and _is_title(run, 0):
        titles.append(run.pop(0))
    return titles, run


def _person(
    run: list[str], role_tokens: list[str], titles: list[str], registry: Registry, offset: int
) -> Reference | None:
    """The person a name run names: one word is a short form of someone met (or of a
    full name given earlier in the text); two to four words are a name."""
    if len(run) == 1:
        short = _short_form(run[0], registry, offset)
        if short is not None:
            return short._replace(description=" ".join(role_tokens + titles))
        names = _fitting_names(run[0], titles, registry, offset)
        passing = [n for n in names[1:] if n not in {e.name for e in registry.entities}]
        if passing:  # "Lim Guan Eng met Lim Kit Siang ... Lim said": either, so neither
            return Reference(None, f"short form: '{run[0]}' is in {names[0]} and in {passing[0]}")
        near = _met_nearby(registry, set(names), offset)
        if len(near) > 1:  # "Dara Sok ... His brother Vannak Sok said ... 'We lost everything,' Sok said"
            return Reference(None, f"short form: '{run[0]}' is in {' and in '.join(sorted(near))}, both just met")
        full = names[0] if names else None
        if full is None and not any(t.rstrip(".") in HONORIFICS for t in titles):
            return None
        run = full.split() if full else run  # "Mr Sok said": one name after an honorific is a person's
    if not _a_name(run, role_tokens):
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


def _a_name(run: list[str], role_tokens: list[str]) -> bool:
    """Up to four name words, after role words that read as a role (not a clause)."""
    if not run or len([t for t in run if t not in NAME_PARTICLES]) > 4:
        return False
    if any(re.search(r"[’']s?$", t) for t in run[:-1]):
        return False  # "Lahore's Shah Alam Market": a possessive inside is no person's name
    if len(role_tokens) > (10 if len(run) > 1 else 6):
        return False
    return not role_tokens or (
        all(t[:1].isupper() or t.islower() for t in role_tokens) and not _role_clause(role_tokens)
    )


# Every way a subject phrase can name a speaker, in the order tried: the first answer counts.
REFERENCE_RULES: tuple[tuple[ReferenceRule, Callable[[Phrase, Registry, int], Answer]], ...] = (
    (ReferenceRule.REGIONAL_OFFICE, _regional_office),
    (ReferenceRule.ACRONYM_IN_BRACKETS, _acronym_in_brackets),
    (ReferenceRule.BUSINESS_SUFFIX, _business_suffix),
    (ReferenceRule.NOT_A_PHRASE, _not_a_phrase),
    (ReferenceRule.CONJUNCTION, _conjunction),
    (ReferenceRule.PREPOSITION, _preposition),
    (ReferenceRule.TWO_SPEAKERS, _two_speakers),
    (ReferenceRule.ARTICLE, _article),
    (ReferenceRule.ACRONYM, _acronym_alone),
    (ReferenceRule.ADJECTIVE_INSTITUTION, _adjective_institution),
    (ReferenceRule.OWNED_INSTITUTION, _owned_institution),
    (ReferenceRule.INSTITUTION_UNDER, _institution_under),
    (ReferenceRule.PRONOUN, _pronoun),
    (ReferenceRule.KNOWN_NAME, _met_before),
    (ReferenceRule.DESCRIPTION, _described),
    (ReferenceRule.DEFINITE_ROLE, _definite_role),
    (ReferenceRule.INSTITUTION, _institution),
    (ReferenceRule.UNNAMED_ROLE, _unnamed_role),
    (ReferenceRule.NAME_OF_INSTITUTION, _name_of_institution),
    (ReferenceRule.NAME_RUN, _name_run),
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


def _short_form(token: str, registry: Registry, offset: int) -> Reference | None:
    """The person one name word stands for: the one met before whose name holds it (of two
    met, the one who spoke last, as the registry weighs them), or nobody (unclear) when the
    text has also named, in passing, someone else with that word ("Lim Guan Eng met Lim
    Kit Siang ... Lim said"); None when nobody met has it."""
    short = registry.short_form(token, offset)
    if short is None:
        return None
    own = {short.name, *short.aliases}
    met = {e.name for e in registry.entities}  # people met: the registry weighs them (who spoke last)
    others = [n for n in _full_names(token, registry.text[:offset]) if n not in own | met and not _inside(n, own)]
    if others:
        return Reference(None, f"short form: '{token}' is in {short.name} and in {others[0]}")
    return Reference(registry.current(short), "short-form")


def _met_nearby(registry: Registry, names: set[str], offset: int) -> set[str]:
    """Which of ``names`` were met (as speakers or subjects) in this paragraph or the one
    before it: two of them there leave a shared name word to neither."""
    text = registry.text
    start = text.rfind("\n\n", 0, max(text.rfind("\n\n", 0, offset), 0))
    return {e.name for e, at in zip(registry.history, registry.history_at, strict=True) if at >= start} & names


def _fitting_names(token: str, titles: list[str], registry: Registry, offset: int) -> list[str]:
    """The full names holding ``token`` that the title before it allows: "Mrs Tan" is not
    "Tan Ah Kow" once the text has made him a "he" ("Mr Tan Ah Kow")."""
    pronoun = "she" if FEMININE_TITLES & set(titles) else "he" if MASCULINE_TITLES & set(titles) else None
    known = {e.name: e.pronoun for e in registry.entities if e.kind == "person"}
    names = _full_names(token, registry.text[:offset])
    return [n for n in names if pronoun is None or known.get(n) in (None, pronoun)]


def _inside(name: str, names: set[str]) -> bool:
    """Whether ``name``'s words are all words of one of ``names`` (a form of the same name)."""
    return any(set(name.split()) <= set(other.split()) or set(other.split()) <= set(name.split()) for other in names)


# titles only a person holds (not "Cambodian", "Labour" or "Deputy", which name places and
# portfolios as well)
_PERSON_TITLES = (
    HONORIFICS
    | MASCULINE_TITLES
    | FEMININE_TITLES
    | set(
        "Minister President Governor Ambassador Director Chairman Chairperson Secretary Spokesperson Mayor "
        "Commissioner Judge Prosecutor Envoy Consul Professor Prof Senator Dr. Mr. Ms. Mrs. Lawmaker Councillor "
        "Councilor Inspector Captain Colonel Sergeant Lieutenant Superintendent".split()
    )
)


def titled_people(text: str) -> list[tuple[str, str | None]]:
    """Every name in ``text`` that the text marks as a person's with a title or a role
    before it ("envoy Somchai Prasert", "Dr Lim Wei", "Labour Minister Heng Sour"): two to
    four name words, with no institution, place, company or month in the run; and the
    pronoun its title gives ("Ms" she), if any."""
    runs = list(_capitalised_runs(text))
    names = []
    for opener, run, _ in runs:
        words = list(run)
        while words and (words[0] in TITLES | PORTFOLIO_WORDS | NOT_NAMES or words[0] in COUNTRIES):
            words.pop(0)
        titled = _PERSON_TITLES & set(run[: len(run) - len(words)]) or opener.casefold() in ROLE_WORDS | ROLE_NOUNS
        if (
            not titled
            or set(run) & (INSTITUTIONS | PLACE_WORDS | CALENDAR_WORDS | COMPANY_WORDS)
            or not 2 <= len(words) <= 4
        ):
            continue
        titles = set(run[: len(run) - len(words)])
        pronoun = "she" if FEMININE_TITLES & titles else "he" if MASCULINE_TITLES & titles else None
        names.append((" ".join(w for w in words if w not in TITLES), pronoun))
    return names


# what follows a business's name, never a person's: "Rahmat Express Sdn Bhd", "Acme Co. Ltd"
_BUSINESS_SUFFIX = r"Sdn\.?\s+Bhd|Bhd|Berhad|Ltd|Limited|Inc|Corp|Co\.|Plc|PLC|Pte|LLC|JSC|Tbk|PT|Group|Holdings"


def _full_name(token: str, before: str) -> str | None:
    """ "Sophea said" after "Chhorn Sophea has waited": the full name the text gave first."""
    return next(iter(_full_names(token, before)), None)


def _full_names(token: str, before: str) -> list[str]:
    """Every full name in ``before`` that holds ``token``, in order. A name is a whole run
    of capitalised words that holds the word as a whole word: after its titles, two to
    four name words, with no institution, place or date in the run ("Lan" is no short form
    of "Hoang Phat Land Joint Stock Company") and not after "in" or "at" (a place: "a
    meeting in Ha Noi")."""
    names: list[str] = []
    runs = list(_capitalised_runs(before))
    places = _places(runs)
    for before_run, run, _ in runs:
        if token not in run or before_run.casefold() in _PLACE_PREPOSITIONS or " ".join(run) in places:
            continue
        if COMPANY_WORDS & set(run):
            continue  # "Ayala Land", "Sun Rise Garments": a company's name, no person's
        words = list(run)
        while words and (words[0] in TITLES | PORTFOLIO_WORDS | NOT_NAMES or words[0] in COUNTRIES):
            words.pop(0)
        if set(run) & (INSTITUTIONS | PLACE_WORDS | CALENDAR_WORDS) or not 2 <= len(words) <= 4 or token not in words:
            continue
        name = " ".join(w for w in words if w not in TITLES)
        if re.search(rf"{re.escape(name)},?\s+(?:{_BUSINESS_SUFFIX})\b", before):
            continue  # "Rahmat said" after "Rahmat Express Sdn Bhd" and "Rahmat Ismail": a business, no person
        if name not in names and not re.search(re.escape(name) + _DIED, before):
            names.append(name)  # the dead speak no more: "whose husband X Rai died" is not "Rai said"
    return names


_DIED = r"\s+(?:had\s+|has\s+)?(?:died|was\s+killed|was\s+found\s+dead|drowned|passed\s+away)\b"


def _places(runs: list[tuple[str, list[str], str]]) -> set[str]:
    """The names the text gives as places: a run after "in", "from" ..., one after "and"
    that follows such a run ("in Nghe An and Thanh Hoa"), and one before a place word
    ("Thanh Hoa Province", "Long Bien district" make them places everywhere)."""
    places: set[str] = set()
    place_before = False
    for opener, run, follower in runs:
        joined = opener.casefold() == "and" and place_before
        place_before = opener.casefold() in _PLACE_PREPOSITIONS or joined
        if place_before or follower.rstrip(",;:.!?") in _PLACE_NOUNS:  # "Long Bien district"
            places.add(" ".join(run))
        if run[-1] in PLACE_WORDS and len(run) > 1:
            places.add(" ".join(run[:-1]))
    return places


# a place's kind in lower case after its name: "Long Bien district", "Kandal province"
_PLACE_NOUNS = set(
    "province prefecture district city region state county island village town township commune street road "
    "ward municipality barangay subdistrict regency".split()
)


_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "across", "outside", "inside", "around"}


def _capitalised_runs(text: str) -> Iterator[tuple[str, list[str], str]]:
    """Every run of capitalised words in ``text``, with the word before it and the word
    after it ("" after punctuation); name particles sit inside a run ("Nur binti Ali");
    punctuation after a word ends its run, except the full stop of a title or an initial
    ("Dr.", "R.") and a footnote's asterisk."""
    run: list[str] = []
    previous = opener = ""
    for token in text.split():
        word = token.strip('"“”‘’*')  # "Thandar*": a footnote mark ends no name
        bare = word.rstrip(",;:.!?")
        if "(" in word or ")" in word or not (NAME_TOKEN.match(bare) or (run and bare in NAME_PARTICLES)):
            yield from _closed(opener, run, word)
            run, previous = [], token
            continue
        opener = opener if run else previous
        kept_stop = word == bare + "." and (len(bare) == 1 or bare in ABBREVIATIONS | TITLES)
        run.append(word if kept_stop and len(bare) == 1 else bare)  # an initial keeps its stop
        previous = token
        if (word != bare and not kept_stop) or token.rstrip("*")[-1:] in '"”’':
            yield from _closed(opener, run, "")
            run = []
    yield from _closed(opener, run, "")


def _closed(opener: str, run: list[str], follower: str) -> Iterator[tuple[str, list[str], str]]:
    while run and run[-1] in NAME_PARTICLES:
        run = run[:-1]
    if run:
        yield opener, run, follower


def _is_title(run: list[str], index: int) -> bool:
    token = run[index]
    if token.casefold() in ROLE_WORDS and index < len(run) - 2:
        return True
    if token in TITLE_SECOND_WORDS:
        return index > 0 and run[index - 1] in TITLE_FIRST_WORDS
    return token in TITLES


def split_commas(text: str) -> list[tuple[int, str]]:
    """Comma-separated parts with their offsets; commas inside brackets or a number do not split."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += char in "(["
        depth -= char in ")]" and depth > 0
        between_digits = text[index - 1 : index].isdigit() and text[index + 1 : index + 2].isdigit()
        suffix = text.endswith("Co.", 0, index) and re.match(r"\s+Ltd\b", text[index + 1 :]) is not None
        if char == "," and depth == 0 and not between_digits and not suffix:  # "3,000", "Co., Ltd." are one
            parts.append((start, text[start:index]))
            start = index + 1
    parts.append((start, text[start:]))
    return parts


class Subject(NamedTuple):
    reference: Reference
    start: int  # offset of the subject phrase in the searched text
    end: int


class SubjectRule(StrEnum):
    """The rules that find a speech verb's subject (``SUBJECT_RULES``), in the order tried."""

    DATELINE = "dateline"
    NOT_A_SUBJECT = "not-a-subject"
    NAME_LIST = "name-list"
    APPOSITIVE = "appositive"
    WHOLE = "whole"
    LAST_PART = "last-part"
    SUBORDINATE_CLAUSE = "subordinate-clause"


class Prefix(NamedTuple):
    """The words before a speech verb, split at commas, where they sit in the article,
    and whether a lead-in ("At the event, he") may come before the subject."""

    text: str
    parts: list[tuple[int, str]]
    offset: int
    allow_lead: bool


# what a subject rule makes of the words: the subject, none (no later rule is tried), or None (does not apply)
SubjectAnswer = Subject | Nobody | None


def read_subject(prefix: str, registry: Registry, offset: int, *, allow_lead: bool) -> Subject | None:
    """Read the words before a speech verb as a subject, with an optional lead-in
    ("At the event, he") and an optional appositive ("Noun Rany, 24, from Kandal,")."""
    return read_subject_by(prefix, registry, offset, allow_lead=allow_lead)[1]


def read_subject_by(
    prefix: str, registry: Registry, offset: int, *, allow_lead: bool
) -> tuple[SubjectRule | None, Subject | None]:
    """The subject and the rule of ``SUBJECT_RULES`` that found it (or found there is none)."""
    # "Huang Mei-ling (黃美玲)": a name in its own script is blanked, keeping every offset
    text = _NATIVE_SCRIPT.sub(lambda m: " " * len(m.group()), typed_apostrophes(prefix.rstrip()))
    for between in (TIME_WORDS, ADVERB):  # "X on Tuesday said", "X also said"
        text = between.sub("", text)
    text = _LEADING_TIME.sub(lambda m: " " * len(m.group()), text)  # "On November 4 the committee said"
    words = Prefix(text, split_commas(text), offset, allow_lead)
    for rule, read in SUBJECT_RULES:
        answer = read(words, registry)
        if isinstance(answer, Nobody):
            return rule, None
        if answer is not None:
            return rule, answer
    return None, None


def _after_dateline(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """ "PHNOM PENH, July 25 (Reuters) - The ministry": the subject after the dateline."""
    dateline = DATELINE.match(prefix.text)
    if not dateline:
        return None
    end = dateline.end()
    found = read_subject(prefix.text[end:], registry, prefix.offset + end, allow_lead=prefix.allow_lead)
    return Subject(found.reference, found.start + end, found.end + end) if found else Nobody("nothing after it")


def _not_a_subject(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """No words, or words with a quote in them."""
    if not prefix.text.strip() or any(mark in prefix.text for mark in QUOTE_MARKS):
        return Nobody("no subject")
    return None


def _appositive(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """Head, appositive[, appositive], verb: the head is the subject ("Moeun Tola,
    executive director of ..., said"), or the name in the appositive after a description
    ("The spokesman, Chhum Sarin, said")."""
    parts = prefix.parts
    if not prefix.text.endswith(",") or len(parts) < 3:
        return None
    last = len(parts) - 2  # the part right before the verb (the one after it is empty)
    for index in range(last):
        if index and not prefix.allow_lead:
            return Nobody("a lead-in where none may be")
        found = _appositive_at(prefix, index, registry)
        if found is not None:
            return found
    if last and not prefix.allow_lead and not _description(parts[0][1]):
        return Nobody("a lead-in where none may be")
    start, head = parts[last]
    reference = read_reference(head, registry, prefix.offset + start)
    if reference is None:
        return Nobody("no subject before the verb")
    appositive = prefix.text[:start].strip(" ,")  # "His wife, NAME," said
    return Subject(_named(reference, appositive, registry), start + len(head) - len(head.lstrip()), len(prefix.text))


def _appositive_at(prefix: Prefix, index: int, registry: Registry) -> Subject | None:
    """The subject when the head is comma part ``index`` (not the last before the verb)."""
    parts, offset = prefix.parts, prefix.offset
    start, head = parts[index]
    if _LEAD_IN.match(head.strip()):
        return None  # "Asked about Reyes's claim, Lim said": a lead-in, never the subject
    if index == 0 and _AND_RELATIVE.fullmatch(head):
        return _speaker_and_theirs(head, start, prefix, registry)
    reference = read_reference(head, registry, offset + start)
    following = parts[index + 1][1].strip()
    if reference is None and _AGE.fullmatch(following):
        reference = _aged_name(head.strip(), index)
    if (
        index + 2 < len(parts)
        and PERSON_NAME.fullmatch(following)
        and not _known_name(reference)
        and not _clause_opening(head)
        and not PLACE_WORDS & set(following.split())
    ):
        # "the ministry's Deputy for Placement ..., Siti Rohmah, remarked"
        named = read_reference(following, registry, offset + parts[index + 1][0])
        if named is not None and named.entity is not None and named.entity.kind == "person":
            subject_start = parts[index + 1][0] + len(parts[index + 1][1]) - len(parts[index + 1][1].lstrip())
            return Subject(_named(named, head.strip(), registry), subject_start, len(prefix.text))
    if reference is None:
        return None
    appositive = prefix.text[parts[index + 1][0] : len(prefix.text) - 1].strip()
    reference = reference._replace(description=appositive)
    if reference.resolution.startswith("found:") and reference.entity:
        role = appositive_role(appositive) if reference.entity.kind == "person" else None  # a role is a person's
        role = role or reference.entity.role
        reference = reference._replace(entity=reference.entity._replace(role=role), resolution="found:appositive")
    elif reference.resolution in ("name", "alias", "short-form"):
        reference = reference._replace(resolution=reference.resolution + "+appositive")
        role = appositive_role(appositive)
        if reference.entity is not None and reference.entity.role is None and role:
            # met before without a role ("An official at the embassy" resolved ahead): the role given now
            reference = reference._replace(entity=registry.update(reference.entity, role=role))
    return Subject(reference, start + len(head) - len(head.lstrip()), len(prefix.text))


# a speaker and one of theirs: "Kwame Boateng and his wife", "the ministry and its agency"
_AND_RELATIVE = re.compile(r"\s*(\S.*?)\s+and\s+(?:his|her|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*")

# a participle opening a lead-in before the subject: "Asked about ...", "Speaking to ...", "Pressed on ..."
_LEAD_IN = re.compile(
    r"(?:Asked|Pressed|Questioned|Contacted|Reached|Interviewed|Quoted|Approached|Challenged|Told|Shown"
    r"|[A-Z][a-z]+ing)\s+(?:about|on|by|for|to|over|whether|if|why|how|what|at|with|after|in)\b"
)


def _speaker_and_theirs(head: str, start: int, prefix: Prefix, registry: Registry) -> Subject:
    """ "Kwame Boateng and his wife, Abena Owusu, said": two speakers, so the first of
    them; when the first is unnamed ("The mayor and his deputy, NAME,") nobody named."""
    couple = _AND_RELATIVE.fullmatch(head)
    assert couple is not None
    first = read_reference(couple.group(1), registry, prefix.offset + start)
    if first is None or first.entity is None:
        first = Reference(None, "description: two speakers, the first of them unnamed")
    return Subject(first, start + len(head) - len(head.lstrip()), len(prefix.text))


def _aged_name(head: str, index: int) -> Reference | None:
    """One name before an age is a person's: "Vanna, 42, a tuk-tuk driver, said" (first in
    the sentence), or after role words "At the market, trader Sutarno, 58, said"."""
    if index == 0 and _lone_name(head):
        return Reference(Entity(key=slug(head), name=head, kind="person", source="article"), "found:name")
    described = _ROLE_THEN_LONE_NAME.fullmatch(head)
    if described is None or described.group(1).split()[0] in _NOT_A_ROLE_WORD or not _lone_name(described.group(2)):
        return None
    name, role = described.group(2), described.group(1).strip()
    return Reference(Entity(key=slug(name), name=name, kind="person", role=role, source="article"), "found:name")


# lower-case role words, then one name: "trader Sutarno", "rice farmer Warsito"
_ROLE_THEN_LONE_NAME = re.compile(r"((?:[a-z][\w-]*\s+){1,3})([A-Z][a-z’'-]+)")
_NOT_A_ROLE_WORD = {
    "and",
    "but",
    "yet",
    "so",
    "while",
    "as",
    "when",
    "after",
    "then",
    "said",
    "says",
    "told",
    "the",
    "a",
    "an",
}


def _lone_name(word: str) -> bool:
    """One capitalised word that could be a person's name: not a title, a place or an institution."""
    stop = NOT_NAMES | TITLES | INSTITUTIONS | PLACE_WORDS
    return bool(re.fullmatch(r"[A-Z][a-z’'-]+", word)) and word not in stop and word not in COUNTRIES


def _name_list(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """ "Ana Cruz, Raj Patel and Li Wen said": a list of people says it together. The
    first of them is the subject (as with "X and Y said"), never a name from the middle
    or the end of the list, which the last comma part alone would give."""
    if len(prefix.parts) < 2:
        return None
    *heads, (_, tail) = prefix.parts
    oxford = re.fullmatch(r"\s*and\s+(\S.*?)\s*", tail)  # "..., Raj Patel, and Li Wen"
    closing = oxford or re.fullmatch(r"\s*(\S.*?)\s+and\s+(\S.*?)\s*", tail)
    if closing is None or (oxford and len(heads) < 2):
        return None
    items = [text for _, text in heads] + list(closing.groups())
    references = [read_reference(item, registry, prefix.offset) for item in items]
    if not all(
        PERSON_NAME.fullmatch(item.strip()) and r is not None and r.entity is not None and r.entity.kind == "person"
        for item, r in zip(items, references, strict=True)
    ):
        return None
    start, first = heads[0]
    reference = read_reference(first, registry, prefix.offset + start)
    assert reference is not None
    return Subject(reference, start + len(first) - len(first.lstrip()), len(prefix.text))


def _whole(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """Words with commas where no lead-in may be: all of them name the subject, or nobody."""
    if len(prefix.parts) == 1 or prefix.allow_lead:
        return None
    whole = read_reference(prefix.text, registry, prefix.offset)
    if whole is None or whole.entity is None:
        return Nobody("the words name nobody")
    return Subject(whole, len(prefix.text) - len(prefix.text.lstrip()), len(prefix.text))


def _last_part(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """The words after the last comma ("At the event, he"), read wider when a title or
    a name has commas in it."""
    start, last = _last_words(prefix)
    if last.split()[:1] in (["who"], ["which"], ["that"]):
        return Nobody("the verb of a relative clause")  # "The director, who asked not to be named, said"
    if "," in prefix.text and _institution_name().fullmatch(prefix.text.strip()):
        # "The Ministry of Culture, Sports and Tourism": a name with commas in it, read whole
        whole = read_reference(prefix.text, registry, prefix.offset)
        if whole is not None and whole.entity is not None:
            return Subject(whole, len(prefix.text) - len(prefix.text.lstrip()), len(prefix.text))
    reference = read_reference(last, registry, prefix.offset + start)
    if reference is not None and reference.resolution == "found:title" and reference.entity is not None:
        start, last, reference = _title_with_commas(
            prefix.text, prefix.parts, start, last, reference, registry, prefix.offset
        )
    for count in range(2, min(len(prefix.parts), 4) + 1):
        if reference is not None and reference.entity is not None:
            break
        joined_start = prefix.parts[-count][0]
        joined = prefix.text[joined_start:]
        wider = read_reference(joined, registry, prefix.offset + joined_start)
        if wider is not None and wider.entity is not None and "," in joined.strip():
            start, last, reference = joined_start, joined, wider
    if reference is None:
        return None if prefix.allow_lead else Nobody("the last words name nobody")
    return Subject(reference, start + len(last) - len(last.lstrip()), len(prefix.text))


def _last_words(prefix: Prefix) -> tuple[int, str]:
    """The last comma part, without a conjunction that opens it ("But he")."""
    start, last = prefix.parts[-1]
    first, _, rest = last.strip().partition(" ")
    if first in CONJUNCTIONS and rest.strip():
        start, last = start + last.index(rest), rest
    return start, last


def _subordinate_clause(prefix: Prefix, registry: Registry) -> SubjectAnswer:
    """ "The announcement comes a week after South Korea’s ambassador said ...": the
    clause after a subordinating word has its own subject."""
    start, last = _last_words(prefix)
    tokens = list(re.finditer(r"\S+", last))
    cut = max((i for i, w in enumerate(tokens) if w.group().casefold() in SUBORDINATORS), default=None)
    if cut is None or cut + 1 >= len(tokens):
        return None
    start, last = start + tokens[cut + 1].start(), last[tokens[cut + 1].start() :]
    reference = read_reference(last, registry, prefix.offset + start)
    return Subject(reference, start + len(last) - len(last.lstrip()), len(prefix.text)) if reference else None


# Every way the words before a speech verb can hold its subject, in the order tried.
SUBJECT_RULES: tuple[tuple[SubjectRule, Callable[[Prefix, Registry], SubjectAnswer]], ...] = (
    (SubjectRule.DATELINE, _after_dateline),
    (SubjectRule.NOT_A_SUBJECT, _not_a_subject),
    (SubjectRule.NAME_LIST, _name_list),
    (SubjectRule.APPOSITIVE, _appositive),
    (SubjectRule.WHOLE, _whole),
    (SubjectRule.LAST_PART, _last_part),
    (SubjectRule.SUBORDINATE_CLAUSE, _subordinate_clause),
)


def _title_with_commas(
    prefix: str,
    parts: list[tuple[int, str]],
    start: int,
    last: str,
    reference: Reference,
    registry: Registry,
    offset: int,
) -> tuple[int, str, Reference]:
    """ "Minister for Labour, Employment and Social Security Dil Bahadur Gurung": a title
    with commas in it is read whole, so the name keeps none of it and the role all of it."""
    assert reference.entity is not None
    for count in range(2, min(len(parts), 4) + 1):
        joined_start = parts[-count][0]
        words = parts[-count][1].split()
        if not words or words[-1] not in TITLES | PORTFOLIO_WORDS or not TITLES & set(words):
            break  # "Meanwhile," or "... jailed seven villagers," is no part of a title
        wider = read_reference(prefix[joined_start:], registry, offset + joined_start)
        if wider is None or wider.entity is None or wider.entity.name != reference.entity.name:
            break
        if len(wider.entity.role or "") > len(reference.entity.role or ""):
            start, last, reference = joined_start, prefix[joined_start:], wider
    return start, last, reference


def _clause_opening(text: str) -> bool:
    """A participial or adverbial lead-in ("Accompanying the minister during his visit",
    "In a statement"): never a description of the person after it."""
    first = text.split()[:1]
    return bool(first) and (first[0].endswith("ing") or first[0].casefold() in PREPOSITIONS | SUBORDINATORS)


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
            # "A spokesman for the committee" then "The spokesman, Chhum Sarin": the description is the role
            role = target.role or (target.name if target.name[:1].islower() else None)
            renamed = registry.update(
                target, name=reference.entity.name, aliases=(*target.aliases, target.name), role=role
            )
            return Reference(renamed, "named-later", description)
    if reference.resolution.startswith("found:") and reference.entity.role is None:
        role = appositive_role(description)
        return reference._replace(entity=reference.entity._replace(role=role), description=description)
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
    clause = CLAUSE_END.split(rest, maxsplit=1)[0]
    reference = read_reference(clause, registry, offset)
    after = rest[len(clause) :]
    name = re.match(r",\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*(?:\.[A-Z][\w’'-]*)*)(?=,|\.|$)", after)
    if name and _description(clause) and not _known_name(reference) and not PLACE_WORDS & set(name.group(1).split()):
        named = read_reference(name.group(1), registry, offset + len(clause) + name.start(1))
        if named is not None and named.entity is not None and named.entity.kind == "person":
            renamed = _named(named, clause.strip(), registry)
            given = re.match(r",\s+([^,.;!?]+)", after[name.end() :])
            role = appositive_role(given.group(1)) if given else None
            if role and renamed.resolution == "named-later" and renamed.entity is not None:
                # "said the official, Binod Raj Adhikari, executive director of ...": the role given with the name
                renamed = renamed._replace(entity=registry.update(renamed.entity, role=role))
            return renamed, len(clause) + name.end()
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
    known = _short_form(match.group(2), registry, len(registry.text))
    if known is not None:
        return Subject(known, match.start(2), match.end(2))
    name = match.group(2)
    entity = Entity(key=slug(name), name=name, kind="person", source="article")
    return Subject(Reference(entity, "found:name"), match.start(2), match.end(2))


def opening_subject(head: str, registry: Registry, offset: int) -> Subject | None:
    """The noun phrase a sentence opens with, however long: the shortest run of words
    that reads as someone and is followed by a lower-case word, but not by a connector
    that goes on with the name ("The Bank of Thailand" is no "The Bank")."""
    tokens = list(re.finditer(r"\S+", head))
    for count in range(1, min(len(tokens), 16)):
        following = tokens[count].group()
        if not following[:1].islower() or following in NAME_PARTICLES:
            continue
        after = tokens[count + 1].group() if count + 1 < len(tokens) else ""
        if following in ("of", "for", "and", "on") and (after[:1].isupper() or after == "the") and "," not in following:
            continue
        role_noun = following in PERSON_HEADS or following.endswith(("ist", "ian", "ant", "ent", "er", "or"))
        role_noun = role_noun or following.casefold() in ROLE_WORDS | ROLE_NOUNS
        if role_noun and following not in _SPEECH_VERB_SET and after[:1].isupper():
            continue  # "Maybank Securities analyst Chua Li Ling kept ...": the role goes on to the name
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
    if reference.entity.kind != "person":
        return reference  # a role is a person's
    parts = re.split(r"[,.;!?]", after[1:], maxsplit=2)
    words = parts[0].strip()
    if _AGE.fullmatch(words) and len(parts) > 1 and after[1 + len(parts[0])] == ",":
        words = parts[1].strip()  # "said Daisuke Nakano, 38, an engineer at ...": the age, then the role
    role = appositive_role(words) or reference.entity.role
    return reference._replace(entity=reference.entity._replace(role=role), description=words)


_AGE = re.compile(r"(?:aged\s+)?\d{1,3}(?:,\s+|\s*$)")  # "34, a farmer"; not the "1," of "1,420"
_RELATIVE = re.compile(r",?\s*\b(?:who|which|whose|where|when|while)\b.*$", re.S)
_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does"}
# a past participle opening the sentence: "Contacted yesterday, X said"
_NOT_ROLES_PARTICIPLES = {"contacted", "asked", "reached", "interviewed", "questioned", "approached", "pressed"}
_NOT_ROLES = _NOT_ROLES_PARTICIPLES | {
    "however",
    "meanwhile",
    "also",
    "too",
    "though",
    "instead",
    "separately",
    "likewise",
}


def appositive_role(text: str) -> str | None:
    """The role in an appositive, as the article gives it: "61, a rice farmer in Bakan" is
    "a rice farmer in Bakan" ("24, from Kandal" stays whole); an age, a relative clause
    ("who teaches at ..."), an adverb ("however") or a participle is no role."""
    role = _RELATIVE.sub("", text.strip()).strip(" ,")
    aged = _AGE.match(role)
    if aged and role[aged.end() :].split()[:1] != ["from"]:  # "24, from Kandal" stays as written
        role = role[aged.end() :]
    first = role.split()[0].casefold() if role else ""
    if not first or first in CLAUSE_WORDS | _NOT_ROLES or (first.endswith("ing") and role[:1].islower()):
        return None
    if (first[:1].isdigit() and not _AGE.match(role)) or _AUXILIARIES & {w.casefold() for w in role.split()}:
        return None  # "According to X, 1,420 workers left", "..., the ministry has said": a clause
    if first.endswith("ing") and role.split()[0][:1].isupper():  # "Accompanying the minister ..."
        return None
    return role


# a description, then the person's name and an age or a role: "Hoa's elder son, Nguyen Van Tai, 29,"
# (or a verb: "Her son, Ko Thant Zin, has since left")
APPOSITIVE_NAME = re.compile(
    r"[^,]{3,60},\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+"
    r"(?:\d{1,3}|a|an|the|who|has|had|is|was|now|still|also|later)\b"
)
# a description, then the name it stands for, then the sentence goes on: "Her employer, Kim Min-ho, disputed that"
DESCRIBED_NAME = re.compile(
    r"(?:His|Her|Their|Its|The|A|An)\s[^,]{2,60},\s+((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*),\s+[a-z]"
)
# a sentence that opens with role words, a name and a verb: "Union leader Chea Vanna disagreed"
ROLE_THEN_NAME = re.compile(
    r"((?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'-]*\s+){1,3}[A-Z][\w’'-]*)(?=\s+[a-z])"
)
SUBJECT_NAME = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,5}?[A-Z][\w’'.-]*(?=,|\s+[a-z(])")
