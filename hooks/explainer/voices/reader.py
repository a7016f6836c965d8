"""Read an article paragraph by paragraph and attribute each quote and sentence.

The reader keeps a registry of the people met so far, so a pronoun or a short
form resolves against what came before, as a reader's would.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from explainer.text.article import NUMBER_ABBREVIATIONS, Quote
from explainer.voices.descriptions import POST_NOUNS, note_documents
from explainer.voices.evidence import carried, evidence_of, stands_for
from explainer.voices.grammar import (
    ABBREVIATIONS,
    ACCORDING_TO,
    ADVERB,
    APPOSITIVE_NAME,
    CARRIED_ON,
    CLAUSE_END,
    CLOSING_TAIL,
    COORDINATED_SPEECH,
    DESCRIBED_NAME,
    INSERTION,
    LONE_SUBJECT,
    NAMED_WITH_AGE,
    OPEN_QUOTES,
    QUOTE_MARKS,
    QUOTED_AS_SAYING,
    QUOTED_PASSIVE,
    ROLE_THEN_NAME,
    SAYING,
    SENTENCE_END,
    SUBJECT_NAME,
    TYPED_APOSTROPHE,
    Reference,
    Registry,
    colon_subject,
    ends_with_verb,
    finding_in_clause,
    leading_verb,
    lone_name,
    metadata_entities,
    opening_subject,
    other_person_named,
    people_named,
    read_inverted,
    read_inverted_clause,
    read_reference,
    read_subject,
    split_commas,
    titled_people,
    typed_apostrophes,
    verbs,
    with_appositive_role,
)
from explainer.voices.model import Attribution, Entity, Evidence, Insertion, Mention, ParagraphVoices, PatternRule
from explainer.voices.registry import fits

if TYPE_CHECKING:
    from explainer.text.article import Article, Paragraph


_SPEECH = {"quote": "quote", "reported": "reported speech"}
_ANY_STOP = re.compile(r"[,.;:!?]")
# verbs of knowing, finding or expecting: what the subject reports, not what it does
_KNOWING = re.compile(
    r"\b(?:expects?|expected|recorded|records|estimated|estimates|believes?|found|finds|counted|forecasts?|"
    r"predicts?|predicted|reported|reports|showed|shows|sees|saw)\b"
)
# a mark that may open a quote left open: double, or a single ‘ before a word
_OPENING_MARK = re.compile(r"[\u201c\"]|(?:(?<=^)|(?<=\s))\u2018(?=[^\s\d])")


def _open_quote(text: str, paragraph: Paragraph) -> Quote | None:
    """A quote opened and not closed before the paragraph ends: by news convention
    the speaker goes on in the next paragraph."""
    position = paragraph.quotes[-1].end if paragraph.quotes else paragraph.start
    marks = [
        match.start()
        for match in _OPENING_MARK.finditer(text[position : paragraph.end])
        if not TYPED_APOSTROPHE.match(text, position + match.start())
    ]
    marks = [position + i for i in marks]
    if not marks:
        return None
    start = min(marks)
    return Quote(start, paragraph.end, start + 1, paragraph.end)


def _masked(text: str, paragraph: Paragraph, quotes: tuple[Quote, ...]) -> str:
    """The paragraph with quote interiors blanked, so punctuation inside quotes
    never ends a narration sentence."""
    chars = list(text[paragraph.start : paragraph.end])
    for quote in quotes:
        for index in range(quote.inner_start, quote.inner_end):
            chars[index - paragraph.start] = "X"
    return "".join(chars)


_BEFORE_NUMBER = frozenset(NUMBER_ABBREVIATIONS.split())
# an institution's own writing, not one about it ("named in a report by ..."): "in a note to clients"
_WRITTEN_IN = re.compile(
    r"\bin\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){0,2}(?:note|statement|filing|letter|circular|notice|release)\b"
    r"(?!\s+(?:by|from)\b)"
)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+\w+(?:ed|en)\b")
# what "according to" names, up to a comma, unless the comma is one of a name's list
# ("according to a Health, Labor and Welfare Ministry report")
_ACCORDING_CLAUSE = re.compile(r"(?:[^,.;:!?]|,(?=\s+[A-Z][\w'\u2019-]*(?:,\s+[A-Z][\w'\u2019-]*)*,?\s+and\s+[A-Z]))*")
# a business's suffix before its acronym in brackets: "Rizal Commercial Banking Corp. (RCBC) said"
_COMPANY_ENDS = frozenset("Corp Inc Ltd Co Bhd Plc Pte".split())
# a few words of a subject and nothing else: no clause or sentence end before the speech verb
_UNREAD_SUBJECT = re.compile(r"\s*(?:[\w\u2019'.&()-]+,?\s+){1,8}")
# after an inverted verb, a few words to the sentence's end: '"...," said another trader.'
_UNREAD_INVERTED = re.compile(r"\s*[\w\u2019'&()-]+(?:\s+[\w\u2019'&()-]+){0,7}[.!?]?[\u201d\"]?\s*")


def _sentences(masked: str) -> list[tuple[int, int]]:
    spans, position = [], 0
    for match in SENTENCE_END.finditer(masked):
        word = re.search(r"([\w.]+)$", masked[position : match.start()])
        if (
            word
            and masked[match.start()] == "."
            and (
                word.group(1).rstrip(".") in ABBREVIATIONS
                or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", word.group(1).rstrip("."))
                or (
                    word.group(1).rstrip(".") in _BEFORE_NUMBER | _MONTHS_BEFORE_A_DAY
                    and masked[match.end() :].lstrip()[:1].isdigit()
                )  # "Rs. 400", "by the Oct. 31 deadline"
                or (word.group(1) == "Co" and re.match(r"\s+(?:Ltd|Inc|Limited|Bhd|Plc|LLC)\b", masked[match.end() :]))
                or (word.group(1).rstrip(".") in _COMPANY_ENDS and masked[match.end() :].lstrip()[:1] == "(")
            )
        ):
            continue  # "Mr.", "Dr." and initials ("R. Rajendran", "U.S.") do not end a sentence, nor "Rs. 400"
        spans.append((position, match.end()))
        position = match.end()
        while position < len(masked) and masked[position].isspace():
            position += 1
    if position < len(masked):
        spans.append((position, len(masked)))
    return spans


# a month's abbreviation before its day ends no sentence: "by the Oct. 31 deadline"
_MONTHS_BEFORE_A_DAY = frozenset("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())


# ", while", ", whereas", ", but": a second clause that may have a speaker of its own
_SECOND_CLAUSE = re.compile(r",\s+(?:while|whereas|but|though|although)\s+")


_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they", "it": "it"}


def _object_of_a_verb(words: str) -> bool:
    """ "The court jailed Tan Mei Hua", "He drove to Phnom Penh", "The hospital serves Binh
    Thanh": the name after a verb or a preposition is no sentence's subject; role words
    end in a post or a trade ("Union leader Chea Vanna", "Prefectural officials Ono Takeshi")."""
    tokens = words.split()
    lower = [t for t in tokens if t[:1].islower()]
    if tokens[0] in ("He", "She", "They", "It", "We", "I") or not lower:
        return True
    post = lower[-1].casefold()
    return post not in POST_NOUNS and post.rstrip("s") not in POST_NOUNS


# a name's last word, then a verb of saying and what says it is reported speech: "... Hoang
# Hai Minh told the press that", "... Minh said that"
_UNREAD_SPEECH = re.compile(
    r"[^.;:]{0,160}?[A-Z][\w’'-]+\s+(?:said|told\s+(?:the\s+press|reporters|journalists))\s+that\b"
)


def _whole_paragraph(text: str, quote: Quote, paragraph: Paragraph) -> bool:
    """A quote that is the whole paragraph, a full sentence or more (not a quoted title)."""
    inside = text[quote.inner_start : quote.inner_end].strip()
    return not text[quote.end : paragraph.end].strip() and len(inside.split()) >= 4 and inside[-1:] in ".!?,"


def _nobodys(paragraph: Paragraph, quote: Quote, kind: str, rule: str, resolution: str) -> Attribution:
    """A quote given to nobody: a scare quote (no speaker claimed), or speech still unclear."""
    evidence = Evidence.NONE if kind == "scare-quote" else Evidence.UNCLEAR
    return Attribution(
        paragraph=paragraph.number,
        start=quote.start,
        end=quote.end,
        kind=kind,
        speaker=None,
        rule=rule,
        resolution=resolution,
        evidence=evidence,
    )


def _disagreement(before: tuple | None, after: tuple | None) -> str:
    """The words before a quote and the words after it name two different speakers:
    which ones, else ""."""
    first = before[0].entity if before is not None else None
    second = after[0].entity if after is not None else None
    if first is None or second is None or first.name == second.name:
        return ""
    return f"rules disagree: {first.name} before the quote, {second.name} after it"


def _unread_attribution(after: str) -> bool:
    """Whether the words right after a quote, up to the sentence's end, hold a verb of
    speech: an attribution, even one no rule could read."""
    tail = re.split(r"[.!?]\s|\u201c|\"", after, maxsplit=1)[0][:80]
    return next(verbs(tail), None) is not None


def _quoted_before(attributions: list[Attribution]) -> bool:
    return any(a.kind == "quote" and a.speaker is not None for a in attributions)


class Reader:
    """Reads an article in order, so pronouns and short forms see what came before."""

    def __init__(self, article: Article):
        self.article = article
        self.registry = Registry(text=article.text)
        self._starts = [p.start for p in article.paragraphs]
        self._quoted_last: Attribution | None = None  # the previous paragraph's closing quote, with a speaker
        self._reported_last: Entity | None = None  # whose reported speech ended the previous paragraph
        self._spoken: list[tuple[str, str, int]] = []  # (key, name, where) of every speaker (key "": unnamed)
        for entity in metadata_entities(article.meta):
            self.registry.add(entity)

    # resolving ----------------------------------------------------------------

    def _window_start(self, at: int) -> int:
        """How far back a pronoun may reach: the start of the paragraph two before this
        one (a paragraph of narration may sit between a speaker and their "he said")."""
        starts = self._starts
        index = bisect.bisect_right(starts, at) - 1
        return starts[max(index - 2, 0)]

    def _speaker(self, reference: Reference, at: int) -> tuple[Entity | None, str]:
        how = reference.resolution
        if how.startswith("pronoun:"):
            return self._pronoun_speaker(how.split(":", 1)[1], at)
        entity = reference.entity
        if how.startswith("found:") and entity is not None:
            return self._found_speaker(entity, how, at)
        if entity is not None and entity.kind == "person" and how.startswith(("name", "alias")):
            self.registry.first_seen.setdefault(entity.key, at)
        return entity, how

    def _pronoun_speaker(self, pronoun: str, at: int) -> tuple[Entity | None, str]:
        """Who a pronoun at ``at`` stands for: the nearest speaker it fits, unless the
        text gives it a second candidate (``_rival*``); then nobody, and the speech is unclear."""
        entity, why = self.registry.last_speaker(pronoun, self._window_start(at), at)
        rival = self._rival(entity, pronoun, at) if entity is not None else None
        if entity is not None and rival is not None:
            return None, f"pronoun '{pronoun}': unclear, it fits {entity.name} and {rival}, named since"
        if entity is None and pronoun in ("he", "she") and "two paragraphs before" in why:
            entity, why = self._only_candidate(pronoun, at) or (entity, why)
        elif entity is not None and entity.pronoun is None and pronoun in ("he", "she"):
            rival = self._rival_across_a_gap(entity, pronoun, at)
            if rival is not None:
                return None, f"pronoun '{pronoun}': unclear, {entity.name} is a paragraph back and {rival} fits too"
        if entity is not None:
            rival = self._rival_speaker_beside(entity, pronoun, at)
            if rival is None and pronoun in ("he", "she"):
                rival = self._rival_named_since(entity, pronoun, at) or self._unnamed_since(entity, at)
            if rival is not None:
                return None, f"pronoun '{pronoun}': unclear, it could stand for {entity.name} or {rival}"
        if entity is not None and entity.pronoun is None:
            entity = self.registry.update(entity, pronoun=pronoun)
        return entity, why

    def _found_speaker(self, entity: Entity, how: str, at: int) -> tuple[Entity | None, str]:
        """A speaker found by a pattern: the one met before under that name, or a new one."""
        existing = next((e for e in self.registry.entities if e.name == entity.name), None)
        if existing is not None:
            if existing.role is None and entity.role:
                existing = self.registry.update(existing, role=entity.role)
            return self.registry.current(existing), "name"
        paragraph = self.article.paragraph_at(at).number
        entity = self.registry.add(entity._replace(evidence=f"found in ¶{paragraph} ({how.split(':', 1)[1]} pattern)"))
        self.registry.first_seen.setdefault(entity.key, at)
        return entity, how

    def _rival(self, entity: Entity, pronoun: str, at: int) -> str | None:
        """Another person a "he" or "she" could stand for, named in full with a title or a
        role between the last mention of ``entity`` and the pronoun ("Heng Sour met envoy
        Somchai Prasert. ... he said"), whom the text has not made the other pronoun."""
        if pronoun not in ("he", "she") or entity.kind != "person":
            return None
        seen = self.registry.last_seen(entity, at, pronoun=True)
        if seen is None:
            return None
        known = {e.name: e for e in self.registry.entities}
        for name, titled in titled_people(self.article.text[seen:at]):
            other = known.get(name)
            fits = (other.pronoun if other is not None else None) or titled
            if set(name.split()) & set(entity.name.split()) or fits not in (None, pronoun):
                continue
            return name
        return self._person_asked(entity, pronoun, self.article.text[seen:at])

    def _person_asked(self, entity: Entity, pronoun: str, text: str) -> str | None:
        """The person a question was put to, or an act done to, after the candidate's
        mention ("Tom Hill asked Ana Cruz whether ... ¶ "No," she said", "Judge Ana Cruz
        sentenced Raj Patel ... ¶ "I will appeal," he said"): the words are as likely theirs."""
        known = {surface: other for surface, other, _ in self.registry.surfaces()}
        for asked in _ASKED.finditer(text):
            titled = dict(titled_people(asked.group(1)))  # "met Ms Chea Sopheap": she, not he
            for name in people_named(asked.group(1))[:1]:
                other = known.get(name)
                if set(name.split()) & set(entity.name.split()) or titled.get(name) not in (None, pronoun):
                    continue
                if other is not None and (other.kind != "person" or not fits(other, pronoun)):
                    continue
                return name
        return None

    def _only_candidate(self, pronoun: str, at: int) -> tuple[Entity, str] | None:
        """A pronoun further back than two paragraphs: the one person it can stand for,
        when nobody else it fits was met or named in the five paragraphs before."""
        index = bisect.bisect_right(self._starts, at) - 1
        since = self._starts[max(index - 5, 0)]
        entity, _ = self.registry.last_speaker(pronoun, since, at)
        if entity is None or len(self.registry.fitting(pronoun, since)) > 1:
            return None
        seen = max(
            s for e, s in zip(self.registry.history, self.registry.history_at, strict=True) if e.key == entity.key
        )
        if other_person_named(self.article.text[seen : self._starts[index]], entity.name):
            return None
        return entity, f"pronoun '{pronoun}': the only person it fits, nobody else named since"

    def _rival_across_a_gap(self, entity: Entity, pronoun: str, at: int) -> str | None:
        """A pronoun the text has never given its nearest candidate, with a paragraph
        between them: another person met in the five paragraphs before who fits it too
        (a person described before the candidate was named may be the candidate, so
        only one described after counts). Then the nearest is a guess, not evidence."""
        index = bisect.bisect_right(self._starts, at) - 1
        seen = self.registry.last_seen(entity, at, pronoun=True)
        if seen is None or bisect.bisect_right(self._starts, seen) - 1 > index - 2:
            return None
        since = self._starts[max(index - 5, 0)]
        for other, met in zip(self.registry.history, self.registry.history_at, strict=True):
            if met < since or met >= at or other.key == entity.key or not fits(other, pronoun):
                continue
            if other.name[:1].isupper() or met > seen:
                return other.name
        return None

    def _rival_speaker_beside(self, entity: Entity, pronoun: str, at: int) -> str | None:
        """Another person the text has called by the same pronoun who speaks in the
        paragraph where its candidate last spoke, before the pronoun ("Mr Tan said ...
        Mr Lim said ... ¶ "...," he said"): either could be meant, so neither is. One whose
        pronoun the text never gave does not count: the nearest speaker is the reading
        newsrooms write for. Two institutions are both "it" by nature, not by a guess."""
        seen = self.registry.last_seen(entity, at, pronoun=True)
        if seen is None:
            return None
        paragraph = self.article.paragraph_at(seen)
        for key, other, spoke in self._spoken:
            if key and paragraph.start <= spoke < at and spoke < paragraph.end and key != entity.key:
                current = self.registry.by_key[key]
                if (current.kind == "person") == (entity.kind == "person") and current.pronoun == pronoun:
                    return other
                # "The Labour Ministry said ... The Interior Ministry said ..." ¶ "It added"
                bodies = entity.kind != "person" and current.kind != "person"
                if pronoun in ("it", "they") and bodies and fits(current, pronoun):
                    return other
        return None

    def _unnamed_since(self, entity: Entity, at: int) -> str | None:
        """Speech by a person the text does not name ("Her lawyer said ...") after the
        candidate's last mention: the pronoun after it could be theirs."""
        seen = self.registry.last_seen(entity, at, pronoun=True)
        if seen is None:
            return None
        return next((name for key, name, spoke in self._spoken if not key and seen < spoke < at), None)

    def _rival_named_since(self, entity: Entity, pronoun: str, at: int) -> str | None:
        """A person named after the candidate's sentence and before the pronoun who fits
        it too, though they neither spoke nor opened a sentence ("Officers arrested Chan
        Vuthy, a broker ... ¶ "I did nothing wrong," he said"): either could be meant."""
        seen = self.registry.last_seen(entity, at, pronoun=True)
        if seen is None:
            return None
        end = re.search(r"[.!?][\u201d\"’]?\s", self.article.text[seen:at])
        if end is None:
            return None
        between = self.article.text[seen + end.end() : at]
        own = set(entity.name.split()) | {w for alias in entity.aliases for w in alias.split()}
        known = {surface: other for surface, other, _ in self.registry.surfaces()}
        for name in people_named(between):
            if set(name.split()) & own:
                continue
            other = known.get(name)
            if other is not None and (other.kind != "person" or not fits(other, pronoun)):
                continue
            return name
        return None

    def _attribute(self, paragraph, kind, start, end, reference, rule, cue) -> Attribution:
        speaker, resolution = self._speaker(reference, cue[0])
        evidence = evidence_of(speaker, resolution)
        via, named_in, support = "", None, ""
        if evidence is Evidence.RESOLVED and speaker is not None:
            via = stands_for(self.article.text[cue[0] : cue[1]], resolution)
            seen = self.registry.last_seen(speaker, cue[0], pronoun=resolution.startswith("pronoun"))
            named_in = self.article.paragraph_at(seen).number if seen is not None else None
            where = f", named in ¶{named_in}" if named_in else ""
            support = f"“{via}” in ¶{paragraph.number} stands for {speaker.name}{where} ({resolution})"
        if speaker is None and ("a person the text does not name" in resolution or resolution.startswith("pronoun")):
            self._spoken.append(("", "a speaker the text does not name", cue[0]))  # "Her lawyer said"
        if speaker is not None:
            self.registry.remember(speaker, cue[0])
            self._spoken.append((speaker.key, speaker.name, cue[0]))
            sentence = self.article.text[max(start, cue[0] - 200) : max(end, cue[1] + 120)]
            note_documents(self.registry, sentence, speaker, self.article.text[cue[0] : cue[1]])
        return Attribution(
            paragraph=paragraph.number,
            start=start,
            end=end,
            kind=kind,
            speaker=speaker,
            rule=rule,
            resolution=resolution,
            cue_start=cue[0],
            cue_end=cue[1],
            evidence=evidence,
            via=via,
            named_in=named_in,
            support=support,
        )

    # patterns -----------------------------------------------------------------

    def _after_quote(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``, he said`` / ``Manet said`` / ``said Kojima Masanobu, ...`` after a quote."""
        lead = len(text) - len(text.lstrip(" ,\u2014-"))
        body = text[lead:]
        passive = QUOTED_PASSIVE.match(body)
        if passive:  # "he was quoted as saying"
            named = read_reference(passive.group("who"), self.registry, base + lead)
            if named is not None:
                return named, (base + lead, base + lead + passive.end()), PatternRule.QUOTED_AS_SAYING
        quoted = QUOTED_AS_SAYING.match(body)
        if quoted:  # "the statement quoted the ministry's director, Rina Kartikasari, as saying"
            who = quoted.group("who")
            named = read_inverted(who, self.registry, base + lead + quoted.start("who"))
            if named is not None:
                return named, (base + lead, base + lead + quoted.end()), PatternRule.QUOTED_AS_SAYING
        inverted = leading_verb(body)
        if inverted:
            rest = body[inverted.end() :]
            reference, used = read_inverted_clause(rest, self.registry, base + lead + inverted.end())
            if reference is None and _UNREAD_INVERTED.fullmatch(rest):
                # '"...," said another trader.': a speaker of its own whom the words do not name
                unread = Reference(None, "description: a speaker the words after the quote do not name")
                return unread, (base + lead, base + lead + inverted.end()), PatternRule.QUOTE_THEN_INVERTED_ATTRIBUTION
            if reference is None:
                return None
            end = lead + inverted.end() + used
            return reference, (base + lead, base + end), PatternRule.QUOTE_THEN_INVERTED_ATTRIBUTION
        for verb in verbs(body):
            if verb.start() > 120:
                break
            subject = read_subject(body[: verb.start()], self.registry, base + lead, allow_lead=False)
            if subject is None:
                subject = lone_name(body[: verb.start()], self.registry)
            if subject is not None:
                return (
                    subject.reference,
                    (base + lead + subject.start, base + lead + verb.end()),
                    PatternRule.QUOTE_THEN_ATTRIBUTION,
                )
            if _UNREAD_SUBJECT.fullmatch(body[: verb.start()]) and CLOSING_TAIL.fullmatch(body[verb.end() :]):
                # '"...," another vendor said.': the quote has its own speaker, one the words do not
                # name; never the speaker of the paragraph before
                unread = Reference(None, "description: a speaker the words after the quote do not name")
                return unread, (base + lead, base + lead + verb.end()), PatternRule.QUOTE_THEN_ATTRIBUTION
            break
        return None

    def _before_quote(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``Manet said:`` / ``He told reporters,`` right before a quote."""
        if not re.search(r"[:,]\s*$", text) and not ends_with_verb(text):
            return None
        for verb in verbs(text):
            tail = text[verb.end() :]
            if len(tail) > 60 or not re.fullmatch(r"(?:\s+[^,:.;]{1,50})?\s*[:,]?\s*", tail):
                continue
            head = text[: verb.start()].lstrip(" ,\u2014-")
            skipped = len(text[: verb.start()]) - len(head)
            subject = read_subject(head, self.registry, base + skipped, allow_lead=True)
            if subject is not None:
                start = base + skipped + subject.start
                return subject.reference, (start, base + verb.end()), PatternRule.ATTRIBUTION_THEN_QUOTE
        if text.rstrip().endswith(":"):
            # "Kanokwan Sriphum, a researcher ..., put it more bluntly:", "Her view is simple:"
            head = text.lstrip(" ,\u2014-")
            skipped = len(text) - len(head)
            subject = colon_subject(head, self.registry, base + skipped)
            if subject is not None:
                cue = (base + skipped + subject.start, base + skipped + subject.end)
                return subject.reference, cue, PatternRule.SUBJECT_THEN_COLON_QUOTE
        return None

    def _reported(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """``Hun Manet said his government ...`` at the start of a sentence."""
        for verb in verbs(text):
            head = text[: verb.start()]
            if any(mark in typed_apostrophes(head) for mark in QUOTE_MARKS) or len(head.split()) > 30:
                break  # not the sentence's opening subject: perhaps an attribution closes it
            if finding_in_clause(head, verb.group()):
                continue  # "... when it found that ...": what an inquiry found, told by the outlet
            subject = read_subject(head, self.registry, base, allow_lead=True)
            if subject is not None:
                if verb.group() not in SAYING:
                    closing = self._trailing(text, base, final_only=True)
                    if closing is not None:  # "The office has ordered ..., a ministry official said."
                        return closing
                return subject.reference, (base + subject.start, base + verb.end()), PatternRule.REPORTED_SPEECH
        trailing = self._trailing(text, base)
        if trailing is not None:
            return trailing
        coordinated = self._coordinated(text, base) or self._in_writing(text, base)
        if coordinated is not None:
            return coordinated
        according = ACCORDING_TO.search(text)
        if according and not any(mark in text[: according.start()] for mark in OPEN_QUOTES):
            named = _ACCORDING_CLAUSE.match(text, according.end())  # always matches, perhaps nothing
            clauses = [end.split(text[according.end() :], maxsplit=1)[0] for end in (CLAUSE_END, _ANY_STOP)]
            if named and "," in named.group():  # "according to a Health, Labor and Welfare Ministry report"
                clauses.insert(0, named.group())
            for clause in clauses:  # "according to Dr. Lim Wei", else up to any stop
                pronoun = _OBJECT_PRONOUNS.get(clause.strip().casefold())  # "according to her"
                reference = (
                    Reference(None, f"pronoun:{pronoun}")
                    if pronoun
                    else read_reference(clause, self.registry, base + according.end())
                )
                if reference is not None:
                    break
            if reference is not None:
                reference = with_appositive_role(reference, text[according.end() + len(clause) :])
                cue = (base + according.start(), base + according.end() + len(clause))
                return reference, cue, PatternRule.ACCORDING_TO
        return self._carried_on(text, base)

    def _carried_on(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """ "The ministry would also review ..." opening the paragraph after "The ministry
        said ...": the same speaker's reported speech goes on, in the reported mood."""
        carried = CARRIED_ON.match(text)
        if carried is None or self._reported_last is None or self.article.paragraph_at(base).start != base:
            return None
        reference = read_reference(carried.group("who"), self.registry, base)
        if reference is not None and reference.resolution.startswith("pronoun:"):  # "It would also ..."
            pronoun = reference.resolution.split(":", 1)[1]
            meant, _ = self.registry.last_speaker(pronoun, self._window_start(base), base)
            reference = reference._replace(entity=meant) if meant is not None else None
        if reference is None or reference.entity is None or reference.entity.key != self._reported_last.key:
            return None
        return reference, (base, base + carried.end("who")), PatternRule.REPORTED_SPEECH_CONTINUES

    def _trailing(
        self, text: str, base: int, final_only: bool = False
    ) -> tuple[Reference, tuple[int, int], str] | None:
        """An attribution after a comma that closes the news: ``..., the ministry said on
        Monday`` or ``..., said Sam Bunthoeun, director of ...``. Read from the end, so the
        last attribution of the sentence is the one that counts."""
        parts = split_commas(text)
        for index in range(len(parts) - 1 if final_only else 1, len(parts)):
            start, part = parts[index]
            body = part.lstrip()
            lead = start + len(part) - len(body)
            inverted = leading_verb(body)
            if inverted:
                rest = text[lead + inverted.end() :]
                reference, used = read_inverted_clause(rest, self.registry, base + lead + inverted.end())
                if reference is None:
                    before = self._named_before(text, parts, index, base)
                    if before is not None:  # "..., Sok Dara, a farmer in Bakan, said."
                        return before[0], (before[1], base + lead + inverted.end()), PatternRule.ATTRIBUTION_AFTER_COMMA
                    continue
                cue = (base + lead, base + lead + inverted.end() + used)
                return reference, cue, PatternRule.ATTRIBUTION_AFTER_COMMA
            for verb in verbs(body):
                if final_only and not CLOSING_TAIL.fullmatch(body[verb.end() :]):
                    break  # "..., an idea the agency has said it is considering": not a closing attribution
                head = ADVERB.sub("", body[: verb.start()].rstrip())
                if not head:  # "..., Pol Maj Gen X, deputy commissioner of ..., told a press conference"
                    before = self._named_before(text, parts, index, base)
                    if before is not None:
                        return before[0], (before[1], base + lead + verb.end()), PatternRule.ATTRIBUTION_AFTER_COMMA
                reference = read_reference(head, self.registry, base + lead)
                if (reference is None or reference.entity is None) and index > 1:
                    named = read_reference(parts[index - 1][1], self.registry, base + parts[index - 1][0])
                    if named is not None and named.entity is not None and named.entity.kind == "person":
                        reference = with_appositive_role(named, "," + head)
                        named_start = parts[index - 1][0] + len(parts[index - 1][1]) - len(parts[index - 1][1].lstrip())
                        return (
                            reference,
                            (base + named_start, base + lead + verb.end()),
                            PatternRule.ATTRIBUTION_AFTER_COMMA,
                        )
                if reference is not None:
                    return reference, (base + lead, base + lead + verb.end()), PatternRule.ATTRIBUTION_AFTER_COMMA
                break
        return None

    def _named_before(
        self, text: str, parts: list[tuple[int, str]], index: int, base: int
    ) -> tuple[Reference, int] | None:
        """A name and its appositive in the two comma parts before a closing verb: the
        subject of "..., NAME, ROLE, told ...", and where it starts."""
        if index < 3:
            return None
        start = parts[index - 2][0]
        subject = read_subject(text[start : parts[index][0]], self.registry, base + start, allow_lead=False)
        if subject is None or subject.reference.entity is None or subject.reference.entity.kind != "person":
            return None
        return subject.reference, base + start + subject.start

    def _in_writing(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """ "DBS Group Research cut its target to S$1.18 in a note to clients": what an
        institution put in its own note, statement or filing is its words."""
        written = _WRITTEN_IN.search(text)
        if written is None or _PASSIVE.search(text, 0, written.start()):
            return None
        subject = opening_subject(text[: written.start()], self.registry, base)
        entity = subject.reference.entity if subject is not None else None
        if (
            subject is None
            or entity is None
            or entity.kind != "organisation"
            or "group" in subject.reference.resolution
        ):
            return None  # "Critics called the plan ... in a letter": a group, not an institution's own writing
        return subject.reference, (base + subject.start, base + subject.end), PatternRule.SENTENCE_SUBJECT_SPEAKS

    def _coordinated(self, text: str, base: int) -> tuple[Reference, tuple[int, int], str] | None:
        """The sentence's subject speaks in a second verb or a participle: "The agency
        recorded 38 aftershocks ... and warned residents", "The prosecutor offered bail,
        arguing that ...", "The government plans ... and has said it will ..."."""
        cue = COORDINATED_SPEECH.search(text)
        if cue is None:
            return None
        subject = opening_subject(text[: cue.start()], self.registry, base)
        if subject is None:
            return None
        return subject.reference, (base + subject.start, base + subject.end), PatternRule.SENTENCE_SUBJECT_SPEAKS

    def _sentence_subject(self, sentence: str, base: int) -> None:
        """A person who opens a narration sentence ("Ms Chea Sopheap, who leads ...,
        was more cautious.") is who a following "she said" most likely means."""
        for introduced in NAMED_WITH_AGE.finditer(sentence):  # "Thiri Aung, 26," anywhere in it
            self._meet(
                read_reference(introduced.group(1), self.registry, base + introduced.start(1)),
                base + introduced.start(1),
            )
        lone = LONE_SUBJECT.match(sentence)
        known = self.registry.short_form(lone.group(1), base) if lone else None
        if lone and known is not None:
            self.registry.remember(self.registry.current(known), base + lone.start(1))
            return
        match = DESCRIBED_NAME.match(sentence) or SUBJECT_NAME.match(sentence) or APPOSITIVE_NAME.match(sentence)
        if not match:
            # "Union leader Chea Vanna disagreed.": role words, then the name, then the verb
            role = ROLE_THEN_NAME.match(sentence)
            role = role if role and not _object_of_a_verb(role.group(1)) else None
            reference = read_reference(role.group(1), self.registry, base) if role else None
            if reference is not None and reference.entity is not None and reference.entity.name[:1].isupper():
                self._meet(reference, base)
            return
        if match.re in (APPOSITIVE_NAME, DESCRIBED_NAME):  # "Hoa's elder son, Nguyen Van Tai, 29, plans ..."
            base, sentence = base + match.start(1), sentence[match.start(1) :]
            match = SUBJECT_NAME.match(sentence)
            if not match:
                return
        reference = read_reference(match.group(), self.registry, base)
        if reference is not None and reference.resolution.startswith("found:"):
            reference = reference._replace(resolution="found:sentence-subject")
            appositive = re.match(r",\s*([^,]{3,120}?),", sentence[match.end() :])
            if appositive and not appositive.group(1).startswith(("who ", "which ", "whose ")):
                reference = with_appositive_role(reference, sentence[match.end() :])
        self._meet(reference, base)

    def _second_speaker(self, sentence: str, base: int, first: Attribution) -> None:
        """ "X said ..., while Y told Reuters ...": Y speaks too, so a later "he added" or
        "it added" may mean Y; Y is remembered as a speaker, not given the words."""
        for clause in _SECOND_CLAUSE.finditer(sentence):
            at = clause.end()
            if first.cue_end is not None and base + at <= first.cue_end:
                continue
            for verb in verbs(sentence[at:]):
                subject = read_subject(sentence[at : at + verb.start()], self.registry, base + at, allow_lead=False)
                if subject is None or subject.reference.resolution.startswith("pronoun"):
                    break
                if subject.reference.entity is not None:
                    speaker, _ = self._speaker(subject.reference, base + at)
                    if speaker is not None and (first.speaker is None or speaker.key != first.speaker.key):
                        self.registry.remember(speaker, base + at)
                        self._spoken.append((speaker.key, speaker.name, base + at))
                break

    def _meet(self, reference: Reference | None, at: int) -> None:
        """A person met as a sentence's subject: someone a later pronoun may stand for."""
        if reference is None or reference.entity is None or reference.entity.kind != "person":
            return
        entity, _ = self._speaker(reference, at)
        if entity is not None:
            self.registry.remember(entity, at)

    def paragraph(self, paragraph: Paragraph) -> ParagraphVoices:
        """Every attribution of a paragraph, sentence by sentence, in reading order."""
        text = self.article.text
        open_quote = _open_quote(text, paragraph)
        all_quotes = (*paragraph.quotes, open_quote) if open_quote else paragraph.quotes
        masked = _masked(text, paragraph, all_quotes)
        attributions: list[Attribution] = []
        for s_start, s_end in _sentences(masked):
            start, end = paragraph.start + s_start, paragraph.start + s_end
            quotes = [q for q in all_quotes if start <= q.start < end]
            attributions += self._sentence(paragraph, masked[s_start:s_end], (start, end), quotes, attributions)
        insertions = tuple(
            Insertion(paragraph.number, *m.span())
            for quote in all_quotes
            for m in INSERTION.finditer(text, quote.inner_start, quote.inner_end)
        )
        self._remember_last(attributions)
        return ParagraphVoices(paragraph.number, tuple(attributions), (), insertions, open_quote=open_quote)

    def _sentence(
        self, paragraph, sentence: str, span: tuple[int, int], quotes: list[Quote], earlier: list[Attribution]
    ) -> list[Attribution]:
        """One sentence's attributions: its quotes with their attributions, reported speech
        opening it, then the quotes left (partial quotes, continued quotes, scare quotes)."""
        start, end = span
        found = self._attributed_quotes(paragraph, quotes, span)
        reported = None
        narration = not (quotes and quotes[0].start == start)  # a sentence opened by a quote has no subject
        hit = self._reported(sentence, start) if narration else None
        if hit is not None and not any(a.cue_start == hit[1][0] for a in found.values()):
            reference, cue, rule = hit
            speech = COORDINATED_SPEECH.search(sentence) if rule == PatternRule.SENTENCE_SUBJECT_SPEAKS else None
            # "The government plans ... in fiscal 2027 and has said it will ...": what the
            # subject does before its verb of speech is the outlet's account; what it knows
            # or finds ("recorded 38 aftershocks ... and warned", "expects ... and said") its own
            acted = speech is not None and not _KNOWING.search(sentence, 0, speech.start())
            begins = start + speech.start() if speech is not None and acted else start
            reported = self._attribute(paragraph, "reported", begins, end, reference, rule, cue)
        attributions = list(found.values())
        for index, quote in enumerate(quotes):
            if index not in found:
                attributions.append(
                    self._unattributed(paragraph, quote, start, earlier + list(found.values()), reported, found)
                )
        if reported is not None:
            attributions.append(reported)
            self._second_speaker(sentence, start, reported)
        elif not found and narration:
            if _UNREAD_SPEECH.match(sentence) is not None and not quotes:
                # "Vice Chairman of the ... Committee Hoang Hai Minh told the press that ...": someone
                # speaks first here, whom the reader could not name; never the paragraph's next speaker
                attributions.append(
                    Attribution(
                        paragraph=paragraph.number,
                        start=start,
                        end=end,
                        kind="reported",
                        speaker=None,
                        rule=PatternRule.REPORTED_SPEECH,
                        resolution="a speaker the reader could not name",
                        evidence=Evidence.UNCLEAR,
                    )
                )
            self._sentence_subject(sentence, start)
        return sorted(attributions, key=lambda a: (a.start, -a.end))

    def _attributed_quotes(self, paragraph, quotes: list[Quote], span: tuple[int, int]) -> dict[int, Attribution]:
        """Quotes with an attribution after them (``"...," he said``) or before them
        (``He said: "..."``), by their index in the sentence."""
        text = self.article.text
        found: dict[int, Attribution] = {}
        for index, quote in enumerate(quotes):
            following = quotes[index + 1].start if index + 1 < len(quotes) else span[1]
            after = self._after_quote(text[quote.end : following], quote.end)
            previous = quotes[index - 1].end if index else span[0]
            before = self._before_quote(text[previous : quote.start], previous)
            disagreement = _disagreement(before, after)
            if disagreement:  # 'Vanna disagreed: "...," Dara said.': two people, so unclear, never a pick
                found[index] = _nobodys(paragraph, quote, "quote", PatternRule.RULES_DISAGREE, disagreement)
                continue
            after = after or before
            if after is not None:
                reference, cue, rule = after
                found[index] = self._attribute(paragraph, "quote", quote.start, quote.end, reference, rule, cue)
        return found

    def _unattributed(
        self,
        paragraph,
        quote: Quote,
        sentence_start: int,
        earlier: list[Attribution],
        reported: Attribution | None,
        found: dict[int, Attribution],
    ) -> Attribution:
        """A quote with no attribution of its own: it goes on from a quote before it, takes
        the speaker of the sentence it sits in, carries on the previous paragraph's closing
        quote, or is the outlet's scare quote."""
        opens = quote.start == sentence_start and quote.inner_end != paragraph.end
        if opens and _unread_attribution(self.article.text[quote.end : paragraph.end]):
            # '"We had to move," said Long.': words name a speaker no rule could read; never
            # the speaker of the quote before by default
            return _nobodys(paragraph, quote, "quote", PatternRule.QUOTE_CONTINUES, "an attribution no rule reads")
        if quote.inner_end == paragraph.end or (quote.start == sentence_start and _quoted_before(earlier)):
            # left open (its words run to the paragraph's end), or a whole sentence of quote after a quoted speaker
            return self._continued(paragraph, quote, earlier)
        if reported is not None or found:
            # words quoted inside a sentence whose speaker is known
            known = reported or list(found.values())[-1]
            rule = (
                PatternRule.PARTIAL_QUOTE_IN_REPORTED_SPEECH
                if reported
                else PatternRule.PARTIAL_QUOTE_IN_ATTRIBUTED_SENTENCE
            )
            return known._replace(start=quote.start, end=quote.end, kind="partial-quote", rule=rule)
        if quote.start == sentence_start and self._attributed_after(quote, paragraph):
            # '"...," Acme Holdings Corp. (AHC) said': its own speaker, whom the reader could not read
            return _nobodys(
                paragraph, quote, "quote", PatternRule.QUOTE_THEN_ATTRIBUTION, "an attribution that names nobody known"
            )
        if quote.start == paragraph.start and not earlier and self._quoted_last is not None and self._ends(quote):
            # a paragraph that is all quote, with no attribution: the speaker of the quote
            # (or reported speech) that ended the paragraph before goes on (the wires' convention)
            source = self._quoted_last
            assert source.speaker is not None
            other = self._met_after(source, paragraph.start)
            if other is not None:  # '"...," said Dara. His neighbour, Sok Vuthy, lost his land.' ¶ '"..."'
                return _nobodys(
                    paragraph, quote, "quote", PatternRule.QUOTE_CONTINUES, f"{source.speaker.name} or {other}"
                )
            self.registry.remember(source.speaker, quote.start)
            return Attribution(
                paragraph=paragraph.number,
                start=quote.start,
                end=quote.end,
                kind="quote",
                speaker=source.speaker,
                rule=PatternRule.QUOTE_CONTINUES,
                resolution=f"same speaker as the {_SPEECH[source.kind]} that ends ¶{paragraph.number - 1}",
                **carried(source, paragraph.number),
            )
        if quote.start == paragraph.start and not earlier and _whole_paragraph(self.article.text, quote, paragraph):
            # a paragraph that is one quote, after a paragraph nobody speaks in: someone's words, but whose?
            return _nobodys(
                paragraph, quote, "quote", PatternRule.QUOTE_CONTINUES, "a paragraph of quote after narration"
            )
        return _nobodys(
            paragraph, quote, "scare-quote", PatternRule.QUOTE_IN_NARRATION, "no attribution in the sentence"
        )

    def _met_after(self, source: Attribution, before: int) -> str | None:
        """A person met or named after ``source``'s words and before ``before``, who the
        quote that follows could be from as well."""
        assert source.speaker is not None
        for entity, at in zip(self.registry.history, self.registry.history_at, strict=True):
            if source.end <= at < before and entity.key != source.speaker.key and entity.kind == "person":
                return entity.name
        own = set(source.speaker.name.split())
        return next((n for n in people_named(self.article.text[source.end : before]) if not own & set(n.split())), None)

    def _attributed_after(self, quote: Quote, paragraph: Paragraph) -> bool:
        """Words right after a quote that attribute it, though the sentence reader could
        not read who ("...," Acme Holdings Corp. (AHC) said): the quote has a speaker of
        its own, so it does not go on from the paragraph before."""
        after = self.article.text[quote.end : min(paragraph.end, quote.end + 100)]
        verb = next(verbs(after), None)
        if verb is None or any(mark in after[: verb.start()] for mark in QUOTE_MARKS):
            return False
        subject = after[: verb.start()].strip(" ,\u2014-").split()
        return bool(subject) and subject[0][:1].isupper() and subject[0].casefold() not in ("he", "she", "they", "it")

    def _ends(self, quote: Quote) -> bool:
        """Whether a quote ends its sentence (''"...."''), so it may go on from the speaker
        before; ''"...," Rizal Commercial Banking Corp.'' has words of its own after it
        that name someone else, read or not."""
        inner = self.article.text[quote.inner_start : quote.inner_end].rstrip()
        return not inner.endswith(",")

    def _remember_last(self, attributions: list[Attribution]) -> None:
        """Who spoke last in the paragraph, for the next one: a closing quote (also one left
        open) goes on in a paragraph that is all quote; reported speech goes on in "would"."""
        speech = [a for a in attributions if a.kind in ("quote", "reported")]
        last = speech[-1] if speech else None
        quoted = last is not None and last.speaker is not None and last.kind in ("quote", "reported")
        self._quoted_last = last if quoted else None
        self._reported_last = last.speaker if last is not None and last.kind == "reported" else None

    def _continued(self, paragraph, quote: Quote, earlier: list[Attribution]) -> Attribution:
        """A quote with no attribution of its own that goes on from an earlier one: the
        speaker already quoted in this paragraph, or else (a quote left open) the one
        named for the next paragraph's quote (settled in ``attribute``)."""
        spoken = [(a, a.speaker) for a in earlier if a.kind == "quote" and a.speaker is not None]
        if spoken:
            last, speaker = spoken[-1]
            self.registry.remember(speaker, quote.start)
            return last._replace(
                start=quote.start,
                end=quote.end,
                rule=PatternRule.QUOTE_CONTINUES,
                resolution=f"same speaker as the quote before it in ¶{paragraph.number}",
                **carried(last, paragraph.number),
            )
        return _nobodys(paragraph, quote, "quote", PatternRule.QUOTE_CONTINUES, "speaker of the next paragraph's quote")

    def mentions(self) -> dict[int, tuple[Mention, ...]]:
        """Every place an entity is named, per paragraph: one scan of the text, the
        longest name at each place, a short form only after its full name."""
        text = self.article.text
        owners: dict[str, Entity] = {}
        for surface, entity, _ in self.registry.surfaces():
            owners.setdefault(surface, entity)
        short = {
            token: entity for token, entity in self.registry.short_forms(len(text) + 1).items() if token not in owners
        }
        forms = sorted([*owners, *short], key=len, reverse=True)
        found: dict[int, list[Mention]] = {p.number: [] for p in self.article.paragraphs}
        if not forms:
            return {number: () for number in found}
        # (?<![\w’'-]), split in two: one class with three runs of characters is slow to compile
        pattern = re.compile(r"(?<![\w'-])(?<!’)(?:" + "|".join(map(re.escape, forms)) + r")(?![\w’'])")
        starts = [p.start for p in self.article.paragraphs]
        for match in pattern.finditer(text):
            surface = match.group()
            entity = owners.get(surface) or short[surface]
            if surface not in owners and self.registry.first_seen.get(entity.key, 1 << 60) > match.start():
                continue
            paragraph = self.article.paragraphs[bisect.bisect_right(starts, match.start()) - 1]
            found[paragraph.number].append(Mention(paragraph.number, *match.span(), self.registry.current(entity)))
        return {number: tuple(mentions) for number, mentions in found.items()}


# a person named right after a verb done to them: "asked Ana Cruz", "sentenced Raj Patel", "met Tom Hill"
# (not "told": "told Daily Mirror" names the outlet)
_ASKED = re.compile(
    r"\b(?:[a-z]+ed|met|sent|took|gave|saw|beat|caught|fought|hit|led|sued)\s+((?:[A-Z][\w’'.-]*\s+){1,4}[A-Z][\w’'-]*)"
)
