"""Who says what: attribute every paragraph of an article to its speaker(s).

News prose signals speech with a small grammar: a quote followed or preceded by
an attribution ("..., he said", "Manet said: ..."), reported speech at the start
of a sentence ("The premier said that ..."), an appositive that gives the role
("Moeun Tola, executive director of ..., said"), and pronouns that continue the
last speaker ("he said"). Each rule recognises one of these (the words in
grammar.py, the reading in reader.py, the records in model.py),
and every attribution records which rule fired and the exact characters that
named the speaker, so a wrong attribution can be explained and fixed.

API for other stages (figures, notes, pages)::

    voices = attribute(article)          # once per article, in explainer.analysis
    voices.speaker_of(4)                 # first speaker of paragraph 4, or None
    voices.paragraph(4).speakers         # every speaker of paragraph 4, in order
    voices.speaker_at(offset)            # who says the words at that character
    voices.entity("hun-manet")           # a person or organisation by key
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from explainer.voices.evidence import carried
from explainer.voices.model import Attribution, Entity, Evidence, Insertion, Mention, ParagraphVoices, Voices
from explainer.voices.overrides import apply_overrides
from explainer.voices.reader import Reader

if TYPE_CHECKING:
    from explainer.text.article import Article

__all__ = ["attribute", "Attribution", "Entity", "Evidence", "Insertion", "Mention", "ParagraphVoices", "Voices"]


def attribute(article: Article) -> Voices:
    """Attribute every paragraph of ``article``; pure, reads the article in order."""
    reader = Reader(article)
    paragraphs = [reader.paragraph(paragraph) for paragraph in article.paragraphs]
    mentions = reader.mentions()
    # entities may have learnt a pronoun or been found later: use their final form
    final = {e.key: e for e in reader.registry.entities}

    def settle(attribution: Attribution) -> Attribution:
        speaker = final[attribution.speaker.key] if attribution.speaker else None
        return attribution._replace(speaker=speaker)

    settled = [
        ParagraphVoices(
            p.number,
            tuple(settle(a) for a in p.attributions),
            mentions[p.number],
            p.insertions,
            paragraph.start,
            paragraph.end,
            p.open_quote,
        )
        for p, paragraph in zip(paragraphs, article.paragraphs, strict=True)
    ]
    voices = Voices(paragraphs=tuple(_continue_quotes(article, settled)), entities=tuple(final.values()))
    return apply_overrides(article, voices)


def _continue_quotes(article: Article, paragraphs: list[ParagraphVoices]) -> list[ParagraphVoices]:
    """Give a quote left open with no speaker the speaker of the quote that opens the
    next paragraph (read backwards, so a quote running over three paragraphs works)."""
    for index in range(len(paragraphs) - 2, -1, -1):
        current, following = paragraphs[index], paragraphs[index + 1]
        pending = [a for a in current.attributions if a.rule == "quote-continues" and a.speaker is None]
        opening = next(
            (a for a in following.attributions if a.kind == "quote" and a.start == following.start and a.speaker),
            None,
        )
        if not pending or opening is None:
            continue
        resolved = tuple(
            a._replace(
                speaker=opening.speaker,
                # the words that name the speaker are in the next paragraph, not this one
                cue_start=None,
                cue_end=None,
                resolution=f"speaker of the quote that goes on in ¶{following.number}",
                **carried(opening, current.number),
            )
            if a in pending
            else a
            for a in current.attributions
        )
        paragraphs[index] = current._replace(attributions=resolved)
    return paragraphs
