"""Editors have the last word: ``speakers:`` in ``seeds/<slug>.yml`` sets a paragraph's
speaker (a person or organisation of the article, or ``narration``) over the engine's.

An override names its paragraph by number and may quote words of it (``says:``), so
an edit to the seed that moves the paragraph stops the build instead of putting the
label on the wrong words. Every problem names the metadata file and line.
"""

from __future__ import annotations

from typing import Any

from explainer.errors import InputError
from explainer.text.article import Article
from explainer.text.folding import fold_phrase
from explainer.voices.model import Attribution, Entity, Evidence, ParagraphVoices, Voices

NARRATION = "narration"
SPEECH = ("quote", "reported", "partial-quote")


def apply_overrides(article: Article, voices: Voices) -> Voices:
    """The voices with every editor's ``speakers:`` entry applied, checked against the text."""
    entries = article.meta.get("speakers") or []
    if not entries:
        return voices
    path = article.meta.get("meta_path") or f"{article.slug}.yml"
    paragraphs = list(voices.paragraphs)
    for entry in entries:
        number, line = entry["paragraph"], entry.get("line")
        if not 1 <= number <= len(paragraphs):
            raise InputError(path, f"speakers: there is no paragraph {number}: the article has {len(paragraphs)}", line)
        says = entry.get("says")
        if says and fold_phrase(says) not in fold_phrase(article.paragraphs[number - 1].text):
            now = [p.number for p in article.paragraphs if fold_phrase(says) in fold_phrase(p.text)]
            moved = f"; it is in paragraph {now[0]} now: change {number} to {now[0]}" if len(now) == 1 else ""
            raise InputError(path, f"speakers: paragraph {number} no longer says “{says}”{moved}", line)
        wanted = entry["speaker"]
        entity = None if wanted == NARRATION else _entity(voices, wanted, path, line)
        paragraphs[number - 1] = _set(paragraphs[number - 1], entity, path)
    return voices._replace(paragraphs=tuple(paragraphs))


def _entity(voices: Voices, wanted: str, path: str, line: int | None) -> Entity:
    folded = wanted.casefold()
    for entity in voices.entities:
        names = [entity.key, entity.name, *entity.aliases, entity.abbreviation or ""]
        if folded in (n.casefold() for n in names if n):
            return entity
    from rapidfuzz import process  # only when the build fails anyway

    choices = [e.name for e in voices.entities]
    best = process.extractOne(wanted, choices) if choices else None
    hint = f"; did you mean “{best[0]}”?" if best and best[1] >= 60 else ""
    raise InputError(
        path,
        f"speakers: nobody called “{wanted}” in this article{hint} Use a name, alias or id from "
        f"people: or organisations:, a name the article gives, or {NARRATION}",
        line,
    )


def _set(paragraph: ParagraphVoices, entity: Entity | None, path: str) -> ParagraphVoices:
    why = f"set by an editor in {path}"
    editor: dict[str, Any] = {
        "rule": "editor",
        "resolution": why,
        "evidence": Evidence.EDITOR,
        "via": "",
        "named_in": None,
    }
    if entity is None:  # narration: the outlet's own words, quotes in it unattributed
        kept = tuple(
            a._replace(kind="scare-quote", speaker=None, **editor, support=why)
            for a in paragraph.attributions
            if a.kind != "reported"
        )
        return paragraph._replace(attributions=kept, editor=True)
    speech = [a for a in paragraph.attributions if a.kind in SPEECH]
    if not speech:
        whole = Attribution(
            paragraph=paragraph.number,
            start=paragraph.start,
            end=paragraph.end,
            kind="reported",
            speaker=entity,
            support=why,
            **editor,
        )
        return paragraph._replace(attributions=(*paragraph.attributions, whole), editor=True)
    changed = tuple(
        a._replace(speaker=entity, support=why, **editor) if a.kind in SPEECH else a for a in paragraph.attributions
    )
    return paragraph._replace(attributions=changed, editor=True)
