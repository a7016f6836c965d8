"""What kind of evidence gives an attribution its speaker (see ``model.Evidence``).

The reader knows how it read a cue ("name", "alias", "pronoun 'he': ...",
"short-form", "description"); this module turns that into the evidence a
label is shown with, and carries evidence over to words that go on from an
attributed quote, so a continuation is never stronger than what it continues.
"""

from __future__ import annotations

from explainer.voices.model import Attribution, Entity, Evidence

# resolutions where the sentence itself names the speaker (or describes one person)
_STATED = ("name", "alias", "abbreviation", "found:", "named-later")


def evidence_of(speaker: Entity | None, resolution: str) -> Evidence:
    """``stated`` where the words of the sentence name the speaker, ``resolved`` where
    they stand for someone named elsewhere (a pronoun, a short form, "the ministry"),
    ``unclear`` where nobody could be given the words."""
    if speaker is None:
        return Evidence.UNCLEAR
    return Evidence.STATED if resolution.startswith(_STATED) else Evidence.RESOLVED


def carried(source: Attribution, paragraph: int) -> dict:
    """The evidence fields of words that carry on ``source``'s speech: ``continued``
    from a stated (or already continued) attribution, else as weak as ``source``."""
    if source.evidence in (Evidence.STATED, Evidence.CONTINUED, Evidence.EDITOR):
        named_in = source.paragraph if source.evidence is not Evidence.CONTINUED else source.named_in
        support = f"¶{paragraph} goes on from the speech attributed in ¶{named_in}"
        return {"evidence": Evidence.CONTINUED, "named_in": named_in, "via": "", "support": support}
    return {
        "evidence": source.evidence,
        "named_in": source.named_in,
        "via": source.via,
        "support": source.support,
    }


def stands_for(cue: str, resolution: str) -> str:
    """The words of a cue that stand for the speaker: the pronoun of a pronoun, else
    the cue without its speech verb ("Tola" of "Tola said", "the ministry" of "the
    ministry said in a statement")."""
    if resolution.startswith("pronoun '"):
        return resolution.split("'")[1]
    from explainer.voices.grammar import verbs  # the grammar loads with the reader, never with pages

    verb = next(verbs(cue), None)
    if verb is None:
        return " ".join(cue.split())
    before, after = cue[: verb.start()].strip(" ,"), cue[verb.end() :].strip(" ,")
    words = " ".join((before or after).split())
    return words if len(words) <= 40 else words[:39].rstrip() + "…"
