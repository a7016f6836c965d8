"""Find every figure in an article: numbers, amounts, dates, durations and relative times.

Each occurrence keeps its character offsets, the qualifier in front of it
("nearly", "another"), the noun phrase it counts and the speaker of its
paragraph, so the glossary, the highlighted article and the downloads all read
one result. Relative dates are resolved against the publication date and say
how; with no date they stay unresolved rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from explainer.figures.dates import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAYS,
    digits,
    month_number,
    publication,
    resolve,
)
from explainer.figures.model import Figure, Occurrence
from explainer.figures.patterns import (
    CURRENCY_PREFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    FRACTION_PARTS,
    MONTH_WORDS,
    MULTIPLES,
    ORDINAL_WORDS,
    QUALIFIER_DIRECTION,
    SCALE_ABBREVIATIONS,
    SCALES,
    TENS,
    UNITS,
    alternatives,
    patterns_for,
)
from explainer.text.article import Article, Paragraph

_PRIORITY = {
    kind: rank
    for rank, kind in enumerate(
        [
            "date",
            "relative-time",
            "period",
            "time",
            "money",
            "measure",
            "percentage",
            "fraction",
            "age",
            "duration",
            "year",
            "ordinal",
            "count",
        ]
    )
}

# Words that end a counted noun phrase.
_STOP_WORDS = frozenset(
    """
a an the and or but nor to is are was were be been being will would can could should may might
must has have had do does did said says say told tell who whom whose which that this these those it
its their his her our my your we they he she you i by with as than per each every if when while since
because so not no yes more less next last into over under between about after before during until
through across like also only just mainly mostly including such according there here then now yet
still all both either neither were what where how why against among within without towards toward
""".split()
)
_PREPOSITIONS = frozenset({"for", "in", "of", "from", "at", "on"})
_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "every", "each"}
)
_WORD = re.compile(r"[\w\[\]’'-]+|[^\w\s]")
_INCREASE_BY = re.compile(
    r"\b(?:increas|rais|boost|expand|grow|cut|reduc|lower|add)\w*\s+(?:the\s+number\s+of\s+)?"
    r"(?P<np>[\w\[\]’' -]+?)\s+by\s*$",
    re.I,
)


# --- Parsing numbers ----------------------------------------------------------------


def parse_number(text: str) -> float | None:
    """The value of a written number ("8,000", "2.5 million", "twenty-five", "a dozen")."""
    words = text.lower().replace(",", "").split()
    if not words:
        return None
    if words[0] in ("dozens", "hundreds", "thousands", "millions"):
        return None
    if words == ["a", "dozen"]:
        return 12
    total, current = 0.0, 0.0
    for word in words:
        if re.fullmatch(r"\d+(?:\.\d+)?", word):
            current += float(word)
        elif word == "a":
            current += 1
        elif word in SCALES:
            scale = SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
        else:
            for part in word.split("-"):
                current += UNITS.get(part, TENS.get(part, 0))
    return total + current


def _number_key(number: float | None, text: str) -> str:
    if number is None:
        return _slug(text)
    if float(number).is_integer():
        return str(int(number))
    return _slug(f"{number:g}")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace(",", "")).strip("-")


# --- Finding candidates ------------------------------------------------------------


class _Match(NamedTuple):
    start: int
    end: int
    kind: str
    groups: dict
    value_start: int
    value_end: int


def _candidates(text: str, start: int, end: int, patterns: list[tuple[str, re.Pattern]]) -> Iterator[_Match]:
    for kind, pattern in patterns:
        for match in pattern.finditer(text, start, end):
            groups = {k: v for k, v in match.groupdict().items() if v is not None}
            value_start, value_end = match.span()
            if kind == "age" and "name" in groups:
                value_start, value_end = match.span("number")
            elif "v" in groups:
                value_start, value_end = match.span("v")
            yield _Match(value_start, value_end, kind, groups, value_start, value_end)


def _previous_word(text: str, start: int, paragraph: Paragraph) -> str:
    words = re.findall(r"[\w’']+", text[paragraph.start : start])
    return words[-1].lower() if words else ""


class _Around(NamedTuple):
    """A candidate figure's words and the words around it, as the plausibility checks read them."""

    word: str  # the candidate as written
    before: str  # the word before it, lower case
    after: str  # the rest of the paragraph after it
    following: str  # the next word or mark, lower case
    lead: str  # the paragraph up to the candidate


def _plausible(text: str, candidate: _Match, paragraph: Paragraph) -> bool:
    """Reject matches that only look like figures: "one of", "at first", "a second.", "(1)",
    a number inside a name ("Article 23"), an ordinal that only puts things in order.
    The first check of ``_PLAUSIBILITY`` that has an answer decides."""
    after = text[candidate.end : paragraph.end]
    next_word = re.match(r"\s*([\w’']+|[^\w\s]|$)", after)
    around = _Around(
        text[candidate.start : candidate.end],
        _previous_word(text, candidate.start, paragraph),
        after,
        next_word.group(1).lower() if next_word else "",
        text[paragraph.start : candidate.start],
    )
    for check in _PLAUSIBILITY:
        answer = check(text, candidate, paragraph, around)
        if answer is not None:
            return answer
    return True


def _not_in_a_name(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "Article 23", "Boeing 737": a number inside a name is no figure."""
    return False if candidate.kind in ("count", "year") and _in_a_name(text, candidate, paragraph) else None


def _a_duration(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "for a year", "within an hour", "a week of rain"; not the rate in "$200 a month"."""
    if candidate.kind != "duration" or "a" not in candidate.groups:
        return None
    return around.before in _BEFORE_A_DURATION or around.lead.strip()[-1:] in ("", ".", "“", '"')


def _a_fraction(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "a third of", "by a quarter", "about a fifth."; "a third term" is an ordinal."""
    if candidate.kind != "fraction" or not re.fullmatch(r"(?:a|one)[\s-]\w+", around.word, re.I):
        return None
    return bool(re.match(r"\s*(?:of\b|[.,;:)!?”\"’]|$)", around.after)) or around.before in _QUALIFIER_WORDS | {"by"}


def _enumerator(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "(1)" is an enumerator; "(250)" a count."""
    if (
        candidate.kind != "count"
        or text[candidate.start - 1 : candidate.start] != "("
        or not around.after.startswith(")")
    ):
        return None
    number = parse_number(around.word)
    return number is None or number >= 100


def _one(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "one worker" counts; "one of", "no one", "the one" do not."""
    if candidate.kind != "count" or around.word.lower() != "one":
        return None
    return around.before not in {"no", "any", "every", "each", "some", "the", "this", "that", "which"} and (
        around.following
        not in _STOP_WORDS | {"of", "another", "by", "after", "", ".", ",", ";", ":", "?", "!", "’s", "'s"}
    )


def _age_of_a_name(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """ "Sokha, 34," is an age; "May, 2024" is no person."""
    if candidate.kind != "age" or "name" not in candidate.groups:
        return None
    name_words = {w.lower().strip(".") for w in candidate.groups["name"].split()}
    return not name_words & (set(MONTHS) | set(WEEKDAYS) | set(MONTH_ABBREVIATIONS))


def _ordinal(text: str, candidate: _Match, paragraph: Paragraph, around: _Around) -> bool | None:
    """An ordinal counts only when it counts something ("the fifth straight month", "a
    second term", "second-largest"), not when it puts things in order ("the first time")."""
    if candidate.kind != "ordinal" or "word" not in candidate.groups:
        return None
    word, before, following = around.word.lower(), around.before, around.following
    if around.after.startswith("-") and re.match(r"-[a-z]", around.after):
        return word != "first"  # second-largest, third-biggest
    if before not in _DETERMINERS and not before.endswith(("’s", "'s")):
        return False  # "at first", "First, ...", "to second a motion"
    if word == "first" or (before != "a" and following not in _COUNTED_BY_ORDINAL):
        return False  # "the first time", "the second floor", "its second plant" only put things in order
    if word == "second" and before in {"a", "each", "every"}:
        # "a second term" is an ordinal; "for a second." or "a second later" is a time unit
        return bool(re.match(r"[a-z]", following)) and following not in _AFTER_A_SECOND
    return None


_AFTER_A_SECOND = frozenset("ago later or and before after of to in for".split())
# Each check answers True or False for the candidates it knows, None for the others.
_PLAUSIBILITY: tuple[Callable[[str, _Match, Paragraph, _Around], bool | None], ...] = (
    _not_in_a_name,
    _a_duration,
    _a_fraction,
    _enumerator,
    _one,
    _age_of_a_name,
    _ordinal,
)


# After "the fifth", these words make the ordinal count something: "the fifth straight month".
_COUNTED_BY_ORDINAL = frozenset(
    "consecutive straight successive running such time year anniversary birthday edition".split()
)
# Words before "a year", "an hour" when it is a length of time, not a rate ("$200 a month").
_BEFORE_A_DURATION = frozenset(
    """for in within than after before by over under about around roughly nearly almost just only least most
    barely some into of to takes took take taking spent spend lasted lasts last waited wait
    me him her us them you""".split()
)
_QUALIFIER_WORDS = frozenset(word for q in QUALIFIER_DIRECTION for word in q.lower().split())
# Words whose number is part of a name: "Article 23", "Route 4", "Typhoon No. 12", "Act 2009".
_NAME_WORDS = frozenset(
    """article section clause chapter paragraph page route road highway expressway no decree sub-decree act
    programme program phase typhoon flight platform terminal gate room ward block zone level version model
    resolution regulation rule bill code schedule annex appendix item form""".split()
)
_LOWER_NAME_WORDS = frozenset("article section clause chapter paragraph page route highway".split())
_NOT_NAMES = frozenset([*(m.capitalize() for m in MONTH_WORDS), *(w.capitalize() for w in WEEKDAYS), "US", "UN"])
_NAME_BEFORE = re.compile(r"(?P<lead>\S?)\s*(?P<word>\b[\w’'.-]+)\s$")


def _in_a_name(text: str, candidate: _Match, paragraph: Paragraph) -> bool:
    """Whether a short number is part of a name: it follows a word of _NAME_WORDS, or a
    capitalised word that does not start a sentence ("Programme 2.0", "Boeing 737")."""
    value = text[candidate.start : candidate.end]
    match = _NAME_BEFORE.search(text, max(paragraph.start, candidate.start - 40), candidate.start)
    if match is None or not re.fullmatch(r"\d{1,4}(?:\.\d)?", value):
        return False
    word = match.group("word")
    bare = word.rstrip(".").lower()
    if bare in _NAME_WORDS and (word[0].isupper() or bare in _LOWER_NAME_WORDS):
        return True
    starts_sentence = match.group("lead") in ("", ".", "!", "?", ":", ";", "“", '"', "‘", "(", "—", "–")
    return (
        candidate.kind == "count"  # a year after a name is still a year: "Samsung's 2023 results"
        and word[0].isupper()
        and not starts_sentence
        and word.rstrip(".") not in _NOT_NAMES
        and not word.endswith(("’s", "'s"))
        and not word.rstrip(".").isupper()  # a currency or unit code: "RM 500", "USD 5"
    )


def _select(candidates: list[_Match]) -> list[_Match]:
    """Keep the longest match where matches overlap; on a tie, the more specific kind."""
    ordered = sorted(candidates, key=lambda m: (-(m.end - m.start), _PRIORITY[m.kind], m.start))
    taken: list[_Match] = []
    for candidate in ordered:
        if all(candidate.end <= t.start or candidate.start >= t.end for t in taken):
            taken.append(candidate)
    return sorted(taken, key=lambda m: m.start)


# --- Qualifiers and counted nouns ---------------------------------------------------

_QUALIFIER_BEFORE = re.compile(rf"(?:^|(?<=\W))(?P<q>{alternatives(QUALIFIER_DIRECTION)})\s+$", re.I)


def _qualifier(text: str, candidate: _Match, paragraph: Paragraph, floor: int) -> tuple[str | None, int]:
    window_start = max(paragraph.start, floor, candidate.start - 30)
    match = _QUALIFIER_BEFORE.search(text, window_start, candidate.start)
    if not match or candidate.kind == "relative-time":
        return None, candidate.start
    qualifier = match.group("q")
    if qualifier.lower() in ("some", "just", "only", "extra", "additional") and not re.match(
        r"\d", text[candidate.start]
    ):
        return None, candidate.start  # "some five workers" is rare; "just one" is emphasis
    return qualifier, match.start("q")


def _noun_phrase_after(text: str, position: int, limit: int, figure_starts: set[int]) -> str | None:
    """The noun phrase right after a number: '30,000 [Cambodian citizens], mainly ...'."""
    words: list[tuple[int, int]] = []
    tokens = list(_WORD.finditer(text, position, limit))
    index = 0
    if tokens and tokens[0].group().lower() == "of":  # "three of the workers"
        index = 1
        if index < len(tokens) and tokens[index].group().lower() in _DETERMINERS | {"them", "these", "those"}:
            if tokens[index].group().lower() in ("them", "these", "those"):
                return None
            index += 1
    head = 0
    while index < len(tokens):
        token = tokens[index]
        lower = token.group().lower()
        if token.start() in figure_starts or not re.match(r"[\w\[]", lower):
            break
        if lower in _PREPOSITIONS and head:
            extra = _prepositional(tokens, index, figure_starts)
            if extra:
                words.extend(extra)
            break
        if lower in _STOP_WORDS or head >= 4:
            break
        words.append(token.span())
        head += 1
        index += 1
        if _plural(lower):
            head = 4  # the head noun ends the phrase; a prepositional phrase may follow
    if not words:
        return None
    return " ".join(text[words[0][0] : words[-1][1]].split())


_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "staff", "police", "personnel", "youth"})


def _plural(word: str) -> bool:
    """A rough test for a plural head noun ('workers', 'women'), which ends a counted phrase."""
    return word in _IRREGULAR_PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


def _prepositional(tokens, index: int, figure_starts: set[int]) -> list[tuple[int, int]]:
    """'for training', 'in Japan', 'in South Korea': a preposition and one or two words."""
    spans = [tokens[index].span()]
    position = index + 1
    if position < len(tokens) and tokens[position].group().lower() in ("the", "a", "an"):
        spans.append(tokens[position].span())
        position += 1
    taken = 0
    while position < len(tokens) and taken < 2:
        token = tokens[position]
        if (
            token.start() in figure_starts
            or not re.match(r"\w", token.group())
            or token.group().lower() in _STOP_WORDS | _PREPOSITIONS
        ):
            break
        if taken == 1 and not token.group()[0].isupper():
            break
        spans.append(token.span())
        taken += 1
        position += 1
    return spans if taken else []


def _counts(
    text: str,
    candidate: _Match,
    qualifier_start: int,
    paragraph: Paragraph,
    sentence_start: int,
    figure_starts: set[int],
) -> tuple[str | None, str | None]:
    """(what the figure counts, a post-qualifier such as 'more')."""
    kind, groups = candidate.kind, candidate.groups
    if kind == "age":
        return (f"age of {' '.join(groups['name'].split())}" if "name" in groups else "age"), None
    if kind == "duration":
        unit = groups["unit"].lower()
        rate = f" {groups['rate']} {groups['per']}".lower() if groups.get("per") else ""
        return f"{unit}{rate}", None
    if kind not in ("count", "percentage", "money"):
        return None, None
    position, post = candidate.end, None
    more = re.match(r"\s+(more|or more|extra)\b", text[position : paragraph.end])
    if more and kind == "count":
        post, position = more.group(1), position + more.end()
    if text.startswith("-", position):
        return None, post  # "a 130-point plan": the number is part of an adjective
    phrase = _noun_phrase_after(text, position, paragraph.end, figure_starts)
    if kind == "money":
        return None, post
    if kind == "percentage":
        return (phrase if phrase and text[position:].lstrip().startswith("of") else None), post
    if phrase is None:
        before = _INCREASE_BY.search(text, sentence_start, qualifier_start)
        if before:
            phrase = " ".join(before.group("np").split())
    return phrase, post


# --- Keys, values and resolution -----------------------------------------------------


def _describe(candidate: _Match, text: str) -> tuple[str, float | None]:
    """(key, numeric value) of a candidate; the key is the glossary anchor after 'fig-'."""
    written = " ".join(text.split())
    named = _named_key(candidate.kind, candidate.groups, written)
    if named is not None:
        return named
    g = candidate.groups
    number = parse_number(_scaled(g))
    key = _number_key(number, g.get("number", written))
    low = g.get("low") or g.get("low2")
    if low or "number2" in g:  # a range: "VND25-30 million", "between 150,000 and 180,000 yen"
        first = parse_number(_scaled({**g, "number": low})) if low else number
        second = parse_number(_scaled({**g, "number": g["number2"]})) if "number2" in g else number
        key, number = f"{_number_key(first, written)}-to-{_number_key(second, written)}", None
    return _counted_key(candidate.kind, g, key), number


def _named_key(kind: str, g: dict, written: str) -> tuple[str, float | None] | None:
    """The key and value of a figure named by words rather than by an amount: a date,
    "three years ago", a year, an ordinal, a period or time, a fraction, "a year", "in
    their 30s"; None for a figure that is an amount."""
    if kind == "date":
        month = list(MONTHS)[month_number(g["month"]) - 1]
        parts = [month, digits(g.get("day")), digits(g.get("day2")), g.get("year")]
        return _slug(" ".join(p for p in parts if p)), None
    if kind == "relative-time":
        if "number" in g:
            number = parse_number(g["number"])
            return _slug(f"{_number_key(number, g['number'])} {g['unit']} ago"), number
        return _slug(written), None
    if kind == "year":
        return (f"decade-{g['year']}s" if g.get("decade") else f"year-{g['year']}"), float(g["year"])
    if kind == "ordinal":
        number = float(g["number"]) if "number" in g else _ordinal_word_value(g["word"])
        return (_ordinal_key(int(number)) if number else _slug(written)), number
    if kind in ("period", "time"):
        return _slug(re.sub(r"^the\s+", "", written, flags=re.I)), None
    if kind == "fraction":
        return _slug(re.sub(r"^(?:a|one)[\s-](?!in\b|out\b)", "", written, flags=re.I)), _fraction_value(written)
    if kind == "duration" and "a" in g:
        return f"1-{g['unit'].lower()}s", 1.0
    if kind == "age" and g.get("decade"):
        return f"age-{g['number']}s", None
    return None


def _counted_key(kind: str, g: dict, key: str) -> str:
    """The key of an amount: its number key with what it counts (currency, unit, "percent",
    whose age, the unit of a duration and its rate)."""
    if kind == "money":
        return f"{_currency(g).lower()}-{key}"
    if kind == "measure":
        unit = g.get("unit", "magnitude")
        return _slug(f"{key} {unit.replace('°', 'degrees ')} {'per ' + g['per'] if g.get('per') else ''}")
    if kind == "percentage":
        return f"{key}-percent"
    if kind == "age":
        return _slug(f"age {g.get('name', '')} {key}")
    if kind == "duration":
        unit = g["unit"].lower().rstrip("s")
        rate = f" {g['rate']} {g['per']}".lower() if g.get("per") else ""
        return _slug(f"{key} {unit}s{rate}")
    return key


def _scaled(groups: dict) -> str:
    number = groups.get("number", "")
    scale = groups.get("scale", "")
    return f"{number} {SCALE_ABBREVIATIONS.get(scale.lower(), scale)}".strip()


def _currency(groups: dict) -> str:
    if "symbol" in groups:
        return CURRENCY_SYMBOLS[groups["symbol"].lower()]
    if "code" in groups:
        return CURRENCY_PREFIXES[groups["code"].rstrip(".")]
    return CURRENCY_WORDS[groups["currency"].split()[-1].lower()]


def _fraction_value(written: str) -> float | None:
    """'half' 0.5, 'a third' 0.333..., 'two-thirds' 0.666..., 'one in five' 0.2, 'double' 2."""
    words = re.findall(r"[a-z]+|\d+", written.lower())
    if words[-1] in MULTIPLES:
        return float(MULTIPLES[words[-1]])
    if len(words) >= 3 and words[1] in ("in", "out"):
        share, whole = parse_number(words[0]), parse_number(words[-1])
        return share / whole if share and whole else None
    part = FRACTION_PARTS.get(words[-1].removesuffix("s")) or (2 if words[-1] == "halves" else None)
    share = parse_number(words[0]) if len(words) > 1 and words[0] not in ("a", "one") else 1
    return share / part if part and share else None


def _ordinal_key(number: int) -> str:
    suffix = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _ordinal_word_value(word: str) -> float | None:
    parts = word.lower().split("-")
    return float(sum(TENS.get(p, 0) for p in parts[:-1]) + ORDINAL_WORDS.get(parts[-1], 0)) or None


# --- The stage -------------------------------------------------------------------


def extract_figures(article: Article, speaker: Callable[[int, int], str | None] | None = None) -> tuple[Figure, ...]:
    """Every figure in the article, grouped by value, in order of first appearance.

    ``speaker(paragraph number, offset)`` names whoever states the words at that
    place (from the voices stage); without it every ``speaker`` is None.
    """
    published, approximate = publication(article.meta)
    grouped: dict[str, dict] = {}
    text = article.text
    patterns = patterns_for(text)
    for paragraph in article.paragraphs:
        candidates = [
            c for c in _candidates(text, paragraph.start, paragraph.end, patterns) if _plausible(text, c, paragraph)
        ]
        selected = _select(candidates)
        starts = {c.start for c in selected}
        floor = paragraph.start
        for candidate in selected:
            sentence = next((s for s in paragraph.sentences if s.start <= candidate.start < s.end), paragraph)
            qualifier, start = _qualifier(text, candidate, paragraph, floor)
            counts, post = _counts(text, candidate, start, paragraph, sentence.start, starts)
            floor = candidate.end
            key, number = _describe(candidate, text[candidate.start : candidate.end])
            occurrence = Occurrence(
                start=start,
                end=candidate.end,
                value_start=candidate.start,
                value_end=candidate.end,
                text=" ".join(text[start : candidate.end].split()),
                qualifier=" ".join(q for q in (qualifier, post) if q) or None,
                counts=counts,
                paragraph=paragraph.number,
                sentence_start=sentence.start,
                sentence_end=sentence.end,
                in_quote=any(q.inner_start <= candidate.start < q.inner_end for q in paragraph.quotes),
                speaker=speaker(paragraph.number, candidate.start) if speaker else None,
            )
            entry = grouped.setdefault(
                key,
                {
                    "kind": candidate.kind,
                    "value": " ".join(text[candidate.start : candidate.end].split()),
                    "number": number,
                    "resolution": resolve(candidate.kind, candidate.groups, number, published, approximate),
                    "occurrences": [],
                },
            )
            entry["occurrences"].append(occurrence)
    return tuple(
        Figure(key=key, occurrences=tuple(entry.pop("occurrences")), **entry) for key, entry in grouped.items()
    )
