"""Which way in time a date points, read from the verb nearest it in its sentence.

"Arrested in March" and "will take the test in March" name different Marches when the
article appeared in July; a weekday "expected ... on Saturday" is the coming one. The
nearest tense word before the figure in its sentence decides (else the nearest after it); with
none, the date is the nearest one to the publication day, and a habitual clause
("usually runs from May to November") names any year's months. The present of a schedule
("the cap expires in February") looks ahead; a verb in an aside set off by commas dates only
the aside; a month a thing is for ("figures for February"), a forecast is about ("expect
February exports to ...") or a deadline day after a past verb is about ("filed by September
30") is the nearest such month or day.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future", "habitual"] | None

_FUTURE = frozenset(
    """will 'll shall would expected expects expect plans plan planned aims aim intends intend scheduled
    until till upcoming forthcoming due going targeting targets hopes hope fixed adjourned postponed
    deferred expecting planning aiming intending hoping preparing could might must should forecast poised likely
    unlikely""".split()
)
_PAST = frozenset(
    """was were had did said told since ago held took made began came went left met paid sent found gave got saw
    rose fell won lost brought bought built ran spent struck kept led sold wrote spoke became chose knew grew drew
    flew fled shut set put cut hit broke fought caught taught thought stood heard sat woke threw drove rode froze
    stole forgot sank shook meant dealt sought understood withdrew arose felt
    risen fallen grown shown given taken begun gone done seen known written spoken driven broken chosen
    stolen forgotten withdrawn drawn flown thrown""".split()
)
# "-ed" words that are adjectives far more often than verbs in news copy
_NOT_VERBS = frozenset(
    """registered licensed unpaid limited based united skilled detailed related concerned armed
    required proposed supposed need needed so-called red bed""".split()
)
# after these an "-ed" word describes a noun: "the imported rice", "of registered workers"
_ADJECTIVE_AFTER = frozenset("the a an its their his her our this these those newly recently of for with per".split())
_AUXILIARIES = frozenset({"be", "been", "have", "get"})  # "to be held", "to have paid": a verb group
# "to" only before "be": "to be held"; not "may", which lowered is also the month
_MODALS = frozenset({"will", "would", "shall", "'ll", "to", "must", "should", "could", "might", "can"})
_HABITUAL = re.compile(
    r"\b(?:usually|normally|typically|generally|annually|on\s+average|(?:every|each)\s+(?:year|january|february|march"
    r"|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|monsoon))\b",
    re.I,
)
# the present tense of a schedule looks ahead as the future does: "the cap expires in February",
# "until her contract ends in March"
_SCHEDULED = frozenset(
    "expires expire takes runs ends starts begins opens closes lasts resumes resume reopens reopen kicks breaks"
    " reconvenes reconvene convenes convene".split()
)
_WORD = re.compile(r"[A-Za-z']+(?:-[A-Za-z']+)*")
_REACH = 240  # characters read on each side of the figure


def _an_adjective(lower: str, before: list[str]) -> bool:
    """Whether an "-ed" or past form describes a noun or a state rather than telling of the past."""
    if lower.endswith("ed") and lower not in _PAST and ("-" in lower or before[-1:] and before[-1] in _ADJECTIVE_AFTER):
        return True  # "regular-milled rice", "the imported rice"
    if before[-1:] and before[-1] in ("stay", "stays", "remain", "remains", "keep", "keeps"):
        return True  # "will stay shut", "remains closed": a state
    # "plans to announce revised rules": the object's adjective after "to" and a verb
    return lower.endswith("ed") and before[-2:-1] == ["to"] and before[-1] not in _AUXILIARIES


_PAST_AUXILIARIES = frozenset({"was", "were", "had"})


def _a_plan_gone_by(lower: str, before: list[str]) -> bool:
    """ "the vote was expected in July", "were due in June", "had been planned for March": a
    plan told in the past names the nearest such month, which may be past (the plan may have
    failed), not the next one."""
    before = [w.lower() for w in before]
    return lower in _PLAN_WORDS and (
        before[-1:] and before[-1] in _PAST_AUXILIARIES or before[-2:] in (["had", "been"], ["have", "been"])
    )


_PLAN_WORDS = frozenset("expected due scheduled planned fixed slated".split())


def _a_plan_of_its_own(before: list[str], index: int, figure: str) -> bool:
    """Not "was expected to open in July" (the infinitive looks ahead), not a plan in reported
    speech ("warned that more rain was expected from Friday": the speaker's present), and not a
    weekday (a plan for "Friday" is the coming one)."""
    return (
        before[index + 1 : index + 2] != ["to"]
        and not any(word.lower() in _REPORTING for word in before[:index])
        and figure.lower() not in _WEEKDAY_WORDS
    )


def _an_arrangement(before: list[str], index: int) -> bool:
    """ "the storm is making landfall on Thursday", "the two leaders are meeting in May": the
    present progressive close before a date tells of an arrangement to come (not "are offering
    less than in September", a comparison with the past)."""
    lower = before[index].lower()
    return (
        len(lower) > 5
        and lower.endswith("ing")
        and before[index - 1 : index] in (["is"], ["are"], ["am"])
        and len(before) - index <= 4
        and "than" not in before[index:]
    )


def _tense_of(word: str, before: list[str]) -> Tense:
    lower = word.lower()
    if lower in _FUTURE or word == "may":  # the modal "may", written small; "May" is the month
        return "future"
    before = [w for w in before if w not in ("not", "never")]  # "would not be renewed" looks ahead too
    if _an_adjective(lower, before):
        return None
    if lower in _PAST or (lower.endswith("ed") and len(lower) > 4 and lower not in _NOT_VERBS):
        # "would be sent", "will be paid", "to be held": the verb group looks ahead
        looks_ahead = before[-1:] and (
            before[-1] in _MODALS or (before[-1] == "be" and before[-2:-1] and before[-2] in _MODALS)
        )
        if looks_ahead:
            return "future"
        return None if before[-1:] and before[-1] in ("is", "are", "am") else "past"  # "is held every year"
    return None


def _inside_quote(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    """A date inside a quotation takes its tense from the quoted words, not from the
    attribution around them: in "If I pass in December, I can move," she said, "said" is the
    reporter's tense, not the speaker's."""
    paragraph_start = text.rfind("\n", 0, start) + 1
    opened = None
    for index in range(paragraph_start, start):
        mark = text[index]
        if mark == "“" or (mark == '"' and opened is None):
            opened = index
        elif mark in '”"':
            opened = None
    if opened is None:
        return low, high
    closing = [found for found in (text.find("”", end, high), text.find('"', end, high)) if found != -1]
    return max(low, opened + 1), min([high, *closing])


_WEEKDAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())


def _ahead_of(before: list[str]) -> bool:
    """ "campaigning ended ahead of Sunday's election": the weekday something is ahead of is still
    to come (a month or a day of one may be long past: "rose ahead of the March 3 vote")."""
    words = [w.lower() for w in before[-3:]]
    return words[-2:] == ["ahead", "of"] or (words[:2] == ["ahead", "of"] and words[-1] in ("the", "a", "this", "next"))


_AHEAD_OF_AN_INFINITIVE = frozenset("by from until till before starting beginning".split())


def _infinitive_deadline(before: list[str]) -> bool:
    """A deadline or start after an infinitive looks ahead whatever the tense of the verb before
    it: "urged districts to report their damage by July 31", "failed to register by Saturday",
    "set aside money to hire 300 assistants from October"."""
    if not before or before[-1].lower() not in _AHEAD_OF_AN_INFINITIVE:
        return False
    for index in range(len(before) - 2, max(-1, len(before) - 11), -1):
        word = before[index].lower()
        if word == "to" and index + 1 < len(before) - 1:
            return True
        if _tense_of(before[index], [w.lower() for w in before[max(0, index - 3) : index]]) is not None:
            return False
    return False


# a month before one of these names the period a figure is for ("the December figures will be
# released next week"): the nearest such month, whatever the verb
_DATA_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:figures|data|numbers|statistics|sales|exports|imports"
    r"|inflation|output|readings?|surveys?|results|arrivals|payrolls|shipments|remittances)\b",
    re.I,
)
_FORECASTS = frozenset("expect expects forecast forecasts predict predicts see sees".split())


def _forecast_of(before: list[str]) -> bool:
    """A month right after a verb of forecasting is what the forecast is about, often a month
    whose figures are not out yet ("we expect February to be softer" in early March): the
    nearest such month, not the next ("expects to open the plant in February" looks ahead)."""
    words = [w.lower() for w in before[-2:]]
    return bool(words) and (words[-1] in _FORECASTS or words[-1] == "the" and words[0] in _FORECASTS)


# after these "for" still looks ahead ("set for March") or joins a verb ("waited for June")
_FOR_A_VERB = frozenset(
    "set slated booked pencilled penciled earmarked ready eyeing is are was were be been wait waiting waited plans plan"
    " hope hopes".split()
)


def _what_it_is_for(before: list[str]) -> bool:
    """A month after a noun and "for" names what the noun is for, not when the verb happens:
    "the retail figures for February will be out soon", "children took places for September":
    the nearest such month, whatever the tense ("set for March" still looks ahead)."""
    if len(before) < 2 or before[-1].lower() != "for":
        return False
    word = before[-2].lower()
    return word not in _FOR_A_VERB and _tense_of(before[-2], [w.lower() for w in before[-5:-2]]) is None


_ASIDE_OPENS = re.compile(r",\s*(?:(?:which|who|that)\s+(?:was|were|had\s+been)?\s*)?$")


def _an_aside(text: str, word: re.Match, start: int) -> bool:
    """A verb in a clause set off by commas before the date does not govern it: in "the cap,
    introduced in August, expires in February", "introduced" dates August, not February."""
    return bool(_ASIDE_OPENS.search(text, max(0, word.start() - 30), word.start())) and "," in text[word.end() : start]


# what ends the reach of "usually" before a date: "usually floods in autumn, but this year ... in March"
_HABIT_BREAK = re.compile(r"\bbut\b|\bwhile\b|\bhowever\b|\band\s+that\b|\b(?:this|last)\s+year\b|;", re.I)


def _habitual(text: str, start: int, end: int, low: int, high: int) -> bool:
    """Whether a word of habit ("usually", "every year") governs the date: in its window, with
    no verb of another tense and no "but" between them ("farmers normally plant in June" but not
    "..., delayed sowing until July")."""
    for marker in _HABITUAL.finditer(text, low, high):
        if marker.start() < end and start < marker.end():
            return True  # "every December"
        between = text[marker.end() : start] if marker.end() <= start else text[end : marker.start()]
        if _HABIT_BREAK.search(between):
            continue
        words = [m.group() for m in _WORD.finditer(between)]
        lowered = [word.lower() for word in words]
        if all(_tense_of(word, lowered[max(0, i - 3) : i]) is None for i, word in enumerate(words)):
            return True
    return False


def _after_a_past_verb(before: list[str]) -> bool:
    """Whether a past verb, and no word of the future, comes shortly before ("delayed sowing
    until ...", not "will stay shut until ...")."""
    near = before[-6:]
    if any(word.lower() in _FUTURE for word in near):
        return False
    return any(
        _tense_of(word, [w.lower() for w in near[max(0, index - 3) : index]]) == "past"
        for index, word in enumerate(near)
    )


_SET_WORDS = frozenset("scheduled planned set slated fixed booked".split())
_AUXILIARY_BEFORE = frozenset("is are was were be been being has have had will would".split())


def _a_set_date(before: list[str]) -> bool:
    """ "a knee operation scheduled for Jan 10": a date a thing was set for, said of the thing,
    is the nearest such day, past or to come ("is scheduled for" still looks ahead)."""
    words = [w.lower() for w in before[-3:]]
    return (
        len(words) == 3 and words[2] in ("for", "on") and words[1] in _SET_WORDS and words[0] not in _AUXILIARY_BEFORE
    )


_MOVE_VERBS = frozenset(
    "delayed postponed pushed moved brought extended deferred rescheduled shifted bumped rolled adjourned put"
    " delay postpone push move bring extend defer reschedule shift".split()
)


def _a_date_moved_to(before: list[str]) -> bool:
    """ "the launch was pushed back to September", "has extended the deadline to September 30",
    "the summit was rescheduled for October", "a deadline of January 15": the date a thing was
    moved to, or a deadline named, is the nearest such day, past or to come, whatever the
    verb's tense ("rose in the year to September" is no move and keeps the past)."""
    words = [w.lower() for w in before[-6:]]
    if words[-2:] == ["deadline", "of"]:
        return True
    return bool(words) and words[-1] in ("to", "until", "till", "for") and any(w in _MOVE_VERBS for w in words[:-1])


def _a_deadline_in_the_past(before: list[str]) -> bool:
    """ "anyone who filed a return by September 30", "families who accepted by the Oct. 31
    deadline": a deadline day after a past verb is the nearest such day, which may be to come
    ("had repaid the loan by December" keeps the past: a month is no deadline day)."""
    words = [w.lower() for w in before]
    if words[-1:] == ["by"]:
        return _after_a_past_verb(before[:-1])
    return words[-2:] == ["by", "the"] and _after_a_past_verb(before[:-2])


def _looks_ahead_whatever_the_verb(before: list[str], figure: str) -> bool:
    """A deadline after an infinitive, or a weekday something is ahead of."""
    return _infinitive_deadline(before) or (_ahead_of(before) and figure.lower() in _WEEKDAY_WORDS)


def _second_of_two(before: list[str], figure: str) -> bool:
    """A weekday joined to a weekday before it ("Thursday and Friday", "Monday or Tuesday") is
    governed by the same words as the first."""
    return (
        figure.lower() in _WEEKDAY_WORDS
        and len(before) >= 2
        and before[-1].lower() in ("and", "or")
        and before[-2].lower() in _WEEKDAY_WORDS
    )


_AIMS = frozenset("target targets goal goals quota quotas deadline".split())


def _a_date_of_an_aim(before: list[str]) -> bool:
    """ "has set the agency a target of buying 4 million tons between January and June": the
    span of a target or quota is the nearest such span, whatever the verb that set it, where no
    verb comes between the target and the date ("the target missed in March" keeps the past)."""
    words = [w.lower() for w in before[-12:]]
    if words[-1:] not in (["between"], ["by"], ["for"], ["from"], ["until"], ["till"], ["before"]):
        return False  # "missed its target in October" dates the missing
    for index in range(len(words) - 1, -1, -1):
        if words[index] in _AIMS:
            return all(_tense_of(w, words[max(0, i - 3) : i]) is None for i, w in enumerate(words) if i > index)
    return False


def _a_date_set_or_moved(before: list[str], a_day: bool) -> bool:
    """A date a thing was set for, moved to or due by, or a target's span, is the nearest such
    day, whatever the tense."""
    return (
        _a_set_date(before)
        or _a_date_moved_to(before)
        or _a_date_of_an_aim(before)
        or (a_day and _a_deadline_in_the_past(before))
    )


_SUBJECTS = frozenset("that which who it he she".split())


def _a_present_verb(before: list[str], index: int) -> bool:
    """ "a loan that arrives in December", "it expires on Friday": a verb in the present after
    its subject pronoun, which tells of what is to come (the nearest or the next)."""
    word = before[index].lower()
    return (
        index > 0
        and before[index - 1].lower() in _SUBJECTS
        and index == len(before) - 2  # right before the preposition of the date
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
    )


def tense_at(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> Tense:
    """The tense of the figure at ``text[start:end]``: of the nearest tense word before it in
    its sentence ("approved by the Cabinet on Wednesday, would ..."), else the nearest after it
    ("In January it opened ..."); a month a future verb reports figures for ("the December
    figures will be released next week") is the nearest, not the next."""
    tense = _tense_of_words(text, start, end, sentence_start, sentence_end)
    return None if tense == "future" and _DATA_AFTER.match(text, end) else tense


def _tense_of_words(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> Tense:
    # the words that govern a date are near it: read a window, not a whole run-on sentence
    sentence_start, sentence_end = max(sentence_start, start - _REACH), min(sentence_end, end + _REACH)
    sentence_start, sentence_end = _inside_quote(text, start, end, sentence_start, sentence_end)
    if _habitual(text, start, end, sentence_start, sentence_end):
        return "habitual"
    words = list(_WORD.finditer(text, sentence_start, start))
    before = [m.group() for m in words]
    if _second_of_two(before, text[start:end]):  # "rescheduled for Thursday and Friday": as Thursday
        return _tense_of_words(text, words[-2].start(), words[-2].end(), sentence_start, sentence_end)
    if _looks_ahead_whatever_the_verb(before, text[start:end]):
        return "future"
    if _what_it_is_for(before) or _forecast_of(before):
        return None
    a_day = any(c.isdigit() for c in text[start:end])  # "September 30", not "December"
    if _a_date_set_or_moved(before, a_day):
        # a weekday has no "nearest": one set or moved to is still to come ("rescheduled for Friday")
        return "future" if text[start:end].lower() in _WEEKDAY_WORDS else None
    for index in range(len(before) - 1, -1, -1):
        if before[index].lower() in _SCHEDULED or _a_present_verb(before, index) or _an_arrangement(before, index):
            return "future"
        if before[index].lower() in ("until", "till") and _after_a_past_verb(before[:index]):
            return None  # "delayed sowing until July", "adjourned the case until January 20": the nearest
        if _a_plan_gone_by(before[index].lower(), before[max(0, index - 3) : index]) and _a_plan_of_its_own(
            before, index, text[start:end]
        ):
            return None  # "was expected in July", not "was expected to open in July"
        tense = _tense_of(before[index], [w.lower() for w in before[max(0, index - 3) : index]])
        if tense is not None and not _an_aside(text, words[index], start):
            if _in_what_was_said(before, index, a_day or text[start:end].lower() in _WEEKDAY_WORDS):
                return _tense_after(text, end, sentence_end) or tense
            return tense
    return _tense_after(text, end, sentence_end)


_REPORTING = frozenset(
    "said says told warned announced reported added noted stated confirmed predicted estimated argued insisted"
    " claimed cautioned forecast projected".split()
)
_PREPOSITIONS = frozenset("in on at by since from until till during for before after through over ago".split())


def _in_what_was_said(before: list[str], index: int, a_day: bool) -> bool:
    """ "the company warned that its December sales could fall": a date in the subject of what
    was said takes the tense of the said clause's own verb, after it, not the reporting verb's
    ("said on Monday", "announced in March", "told reporters Tuesday" date the saying)."""
    between = [w.lower() for w in before[index + 1 :]]
    if a_day and "that" not in between:
        return False  # "said Tuesday that ...", "told the committee Aug. 3": the day of the saying
    return before[index].lower() in _REPORTING and not any(w in _PREPOSITIONS for w in between)


def _tense_after(text: str, end: int, sentence_end: int) -> Tense:
    """The nearest tense word after the figure in its clause."""
    after = [m.group() for m in _WORD.finditer(text, end, sentence_end)]
    for index, word in enumerate(after):
        tense = _tense_of(word, [w.lower() for w in after[max(0, index - 3) : index]])
        if tense is not None:
            return tense
    return None
