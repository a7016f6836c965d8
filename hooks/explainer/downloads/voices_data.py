"""voices.json: every attribution with its evidence, as a data download.

A reader who doubts a speaker label can see which words named the speaker and
which rule read them; an editor can fix the metadata (an alias, a pronoun) or
the rule. Offsets count Unicode characters of the seed text, as in figures.json.
"""

from __future__ import annotations

import json

from explainer.bundle import ArticleBundle
from explainer.voices.model import Attribution, Entity, Evidence

FILE_NAME = "voices.json"


def _entity(entity: Entity) -> dict:
    return {
        "id": entity.key,
        "name": entity.name,
        "kind": entity.kind,
        "role": entity.role,
        "organisation": entity.organisation,
        "abbreviation": entity.abbreviation,
        "aliases": list(entity.aliases),
        "pronoun": entity.pronoun,
        "source": entity.source,
        "evidence": entity.evidence or None,
    }


def _attribution(text: str, attribution: Attribution) -> dict:
    cue = None
    if attribution.cue_start is not None:
        cue = {
            "start": attribution.cue_start,
            "end": attribution.cue_end,
            "text": text[attribution.cue_start : attribution.cue_end],
        }
    return {
        "kind": attribution.kind,
        "start": attribution.start,
        "end": attribution.end,
        "text": text[attribution.start : attribution.end],
        "speaker": attribution.speaker.key if attribution.speaker else None,
        "rule": attribution.rule,
        "resolution": attribution.resolution,
        "confidence": attribution.confidence,
        "evidence": attribution.evidence.value,
        # where the evidence is not stated: the words that stand for the speaker and the chain to
        # them (for unclear speech: why nobody could be given it)
        "support": None
        if attribution.evidence in (Evidence.STATED, Evidence.NONE)
        else {
            "via": attribution.via or None,
            "named_in": attribution.named_in,
            "text": attribution.support or attribution.resolution or None,
        },
        "cue": cue,
    }


def voices_json(bundle: ArticleBundle) -> str:
    """Speakers of every paragraph, each attribution with the words and rule behind it."""
    article, voices = bundle.article, bundle.voices
    data = {
        "article": article.slug,
        "entities": [_entity(e) for e in voices.entities],
        # paragraphs with speech the engine could not give to anyone: set them under speakers: in the metadata
        "unclear_paragraphs": voices.unclear,
        "paragraphs": [
            {
                "paragraph": p.number,
                "speakers": [e.key for e in p.speakers],
                "unclear": p.unclear,
                "evidence": p.evidence.value,
                "needs_check": p.needs_check,
                "set_by": "editor" if p.editor else "engine",
                "mentioned": [e.key for e in p.mentioned],
                "attributions": [_attribution(article.text, a) for a in p.attributions],
                "insertions": [
                    {"start": i.start, "end": i.end, "text": article.text[i.start : i.end]} for i in p.insertions
                ],
            }
            for p in voices.paragraphs
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
