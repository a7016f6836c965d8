"""The figures stage: every figure found once, with its speakers and the editors' explanations.

Apart from ``explanations`` so that reading an editor's explanations (pages, checks)
never loads the patterns that find figures.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from explainer.figures.explanations import load_explanations
from explainer.figures.extract import extract_figures
from explainer.figures.model import FigureSet
from explainer.text.article import Article


def figure_stage(article: Article, voices, explanations_file: Path) -> FigureSet:
    """Extract the figures once, attach speakers (when voices are known) and explanations."""
    speaker = None
    if voices is not None:

        def speaker(number: int, offset: int, sentence: tuple[int, int]) -> tuple[str | None, bool]:
            attribution = sentence_speaker(voices, number, offset, sentence, article.text)
            if attribution is None:
                return None, False
            if attribution.speaker is None:
                return None, True  # speech the voices engine could give to nobody: unclear, never narration
            return attribution.speaker.name, False

    figures = extract_figures(article, speaker)
    renamed = {f.former_key: f.key for f in figures if f.former_key and f.former_key != f.key}
    explanations = load_explanations(explanations_file, [f.key for f in figures], renamed)
    return FigureSet(
        figures=figures,
        explanations=explanations,
        explanations_path=str(explanations_file),
        attributed=voices is not None,
    )


def sentence_speaker(voices, number: int, offset: int, sentence: tuple[int, int], text: str):
    """The attribution of the words at ``offset``: the quotation or reported speech they sit
    in, else an attribution named in the same sentence ("Chea, 41, a farmer, said"), else
    None: a sentence of the outlet's own is narration even in a paragraph that also holds a
    quote, and so is a dateline ("PHNOM PENH, Sept 9 (Reuters) -"). An attribution whose
    speaker is None is speech the voices engine could give to nobody (unclear)."""
    start, end = sentence
    dateline = _DATELINE.match(text, start)
    if dateline is not None and dateline.end() > offset:
        return None
    found = voices.attribution_at(offset)
    if found is not None and _announces_a_thing(found, end, text):
        return None  # "X announced the figure on Wednesday": the outlet tells of an act, no words of X's
    if found is not None and _speaks(found) and not _own_clause(found, offset, text):
        return _second_speaker(voices, number, found, offset, text)
    for attribution in voices.paragraph(number).attributions:
        cue = (attribution.cue_start, attribution.cue_end)
        inside = attribution.start < end and start < attribution.end
        named_here = cue[0] is not None and cue[0] < end and start < (cue[1] or cue[0])
        if _speaks(attribution) and (named_here or (inside and attribution.kind == "reported")):
            return None if _own_clause(attribution, offset, text) else attribution
    if _UNREAD_SPEECH.search(text[start:end]) and not voices.paragraph(number).attributions:
        return _Unclear()  # "Save the Children said ...": speech whose speaker went unread, never narration
    return None


class _Unclear(NamedTuple):
    """Speech the voices stage found no speaker for, read here from the sentence's frame."""

    speaker: None = None
    kind: str = "reported"
    evidence: str = "unclear"


# A sentence whose frame is speech: "<a few words> said ..." at its start, or ", <a few words>
# said." at its end, with no clause word in the subject.
_SUBJECT_WORDS = r"(?:(?!(?:who|which|that|when|after|before|if|while|as|because)\b)[\w'\u2019().&-]+\s+){1,8}?"
_UNREAD_SPEECH = re.compile(
    rf"^(?:[A-Z][A-Z .,'-]*(?:\([^)\n]{{1,30}}\))?\s*(?:--|[-\u2013\u2014])\s*)?[A-Z]{_SUBJECT_WORDS}"
    r"(?:said|says|told|tells|announced|added|stated)\s+(?:on\s+\w+\s+|in\s+a\s+statement\s+)?(?:that\s+)?[\w\u201c\"]"
    rf"|,\s+{_SUBJECT_WORDS}(?:said|says|added|told)\b(?:\s+\w+){{0,2}}(?:,\s+[^.;:!?]{{0,50}})?[.!?]?[\u201d\"]?\s*$"
    r"|\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?[\w\u2019'.-]+"  # "according to Pricewatch.vn, a portal"
)


def _announces_a_thing(attribution, sentence_end: int, text: str) -> bool:
    """Whether a reported attribution is only an act of announcing something named by a noun
    ("X announced the figure on Wednesday at a conference"): no clause follows the verb."""
    if attribution.kind != "reported" or attribution.cue_end is None:
        return False
    if not _ANNOUNCED.search(text, attribution.cue_start or 0, attribution.cue_end):
        return False
    rest = text[attribution.cue_end : sentence_end]
    return _THING.match(rest) is not None and _FINITE.search(rest) is None


_ANNOUNCED = re.compile(r"\b(?:announced|unveiled|released|presented|published|disclosed|revealed)$")
_THING = re.compile(r"\s+(?:the|a|an|its|his|her|their|this|these)\s+\w+")
# Words that make what follows a clause of reported speech ("announced the plan would ...").
_FINITE = re.compile(
    r"\b(?:that|would|will|was|were|is|are|had|has|have|could|should|may|might|must|can|did|does)\b|[\"“”]"
)


def _speaks(attribution) -> bool:
    """Speech someone says: a named speaker, or one the engine could not name (unclear);
    not words the outlet only quotes in its own narration."""
    return attribution.speaker is not None or attribution.evidence == "unclear"  # the voices Evidence, a str


def _second_speaker(voices, number: int, attribution, offset: int, text: str):
    """The attribution of words after a second speech verb in one sentence ("X said ...,
    while Y told reporters that [figure]", "after [N] workers complained that"): Y where the
    text names someone the voices stage knows, else speech nobody can be named for (unclear),
    never X. A pronoun ("and she added") goes on with the same speaker."""
    if attribution.kind != "reported" or attribution.cue_end is None or attribution.cue_end > offset:
        return attribution
    seconds = _SECOND_SPEAKER.finditer(text, attribution.cue_end, max(offset, attribution.end))
    second = next(reversed([m for m in seconds if m.start(_subject(m)) <= offset]), None)
    if second is None or second.group(_subject(second)).split()[-1].lower() in _PRONOUNS:
        return attribution  # "..., and she added that": the same speaker goes on
    start, end = second.span(_subject(second))
    named = [m.entity for m in voices.paragraph(number).mentions if start <= m.start < end]
    if named:
        return attribution if named[0] == attribution.speaker else attribution._replace(speaker=named[0])
    return attribution._replace(speaker=None, evidence="unclear")


# the verbs of a second speaker: "said", "warned", "put the toll at", "estimates", "countered"
_SECOND_VERBS = (
    r"(?<!\bto\s)(?:told|said|says|warned|complained|added|noted|argued|insisted|claimed|stressed|estimated|estimates|wrote"
    r"|say|warn|estimate|claim|argue|insist|countered|replied|responded|maintained|contended|reported|reports|report"
    r"|predicted|predict|forecast|cautioned"
    r"|put\s+(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}at)\b"
)
# "..., while Y told reporters that", "..., but exporters warned that", "after workers complained that"
_SECOND_SPEAKER = re.compile(
    rf"(?:,\s+(?:while|but|whereas|and)\s+|\bafter\s+)(?P<subject>[^;.]{{1,120}}?)\s+(?:has\s+|have\s+|had\s+)?{_SECOND_VERBS}"
    # "..., a view shared by Pedro Lim, who said": the one "who" stands for
    r"|\b(?P<subject_who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}),\s+who\s+(?:has\s+|had\s+)?(?:also\s+)?"
    + _SECOND_VERBS
)
_PRONOUNS = frozenset("he she they it we i".split())


def _subject(second: re.Match) -> str:
    return "subject" if second.group("subject") is not None else "subject_who"


# A dateline: a place in capitals, a date, maybe the outlet, then a dash.
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,[^.\n]{0,40}?(?:\([^)\n]{1,30}\)\s*)?[-–—]\s"  # "PHNOM PENH, Sept 9 (Reuters) - "
    r"|[A-Z][A-Za-z .'-]{1,30},\s+[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*"  # "Tokyo, Aug. 29 (Jiji Press)--"
    r"(?:(?:\([^)\n]{1,30}\)\s*)?(?:--|[-–—])\s*|(?<=\d)\s+(?=[A-Z][a-z]))"  # or "KATHMANDU, JULY 25 Minister"
)


def _own_clause(attribution, offset: int, text: str) -> bool:
    """A clause of the outlet's own in one sentence of reported speech: before "..., but X
    said", or what the speaker did before ", saying ..." ("The court jailed the 52-year-old,
    saying ..."), where no speech verb comes before the words."""
    if attribution.kind != "reported":
        return False
    if attribution.rule == "sentence-subject-speaks" and offset < attribution.start:
        return True  # "The government plans ... in 2027 and has said ...": before its speech begins
    cue = attribution.cue_start
    if cue is not None and cue > offset:
        joined = re.match(r"(?:and|while|whereas)\s", text[cue : cue + 8]) and re.search(r",\s*$", text[offset:cue])
        return bool(joined or re.search(r",\s+(?:but|and|while|whereas)\s+$|,\s+but\s|;\s", text[offset : cue + 4]))
    if cue is not None and _same_subject_again(text, attribution, offset):
        return True
    return _SAYING.search(text, offset, attribution.end) is not None and not _SPEECH_VERB.search(
        text, attribution.start, offset
    )


def _same_subject_again(text: str, attribution, offset: int) -> bool:
    """ "The junta has said it will ... and has so far trained five batches": a second verb with the
    speech verb's own auxiliary goes back to the subject, so what it says is the outlet's."""
    said = re.search(
        r"\b(has|have|had)\s+(?:\w+ly\s+)?(?:said|stated|announced|claimed)\b",
        text[attribution.cue_start : attribution.cue_end],
    )
    if said is None:
        return False
    again = re.compile(
        rf",?\s+and\s+{said.group(1)}\s+(?:(?:so\s+far|since|already|also|now|\w+ly)\s+)*\w+(?:ed|en|t)\b"
    )
    return any(m.end() <= offset for m in again.finditer(text, attribution.cue_end, offset))


# The participle that starts the speech in "X did Y, saying ...": what comes before it is the outlet's.
_SAYING = re.compile(r",\s+(?:saying|arguing|adding|noting|stressing|warning|explaining|claiming|insisting)\b")
_SPEECH_VERB = re.compile(
    r"\b(?:said|says|told|tells|stated|states|added|noted|warned|argued|claimed|explained|urged|asked|called"
    r"|announced|insisted|stressed|according)\b"
)
