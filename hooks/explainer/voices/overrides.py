"""Editors have the last word: ``speakers:`` in ``seeds/<slug>.yml`` sets a paragraph's
speaker (a person or organisation of the article, or ``narration``) over the engine's,
or confirms the engine's label.

An entry names its paragraph by words of it (``says:``), matched as notes' phrases
are, so an edit that moves the paragraph moves the entry with it, and one that
drops the words stops the build. A bare paragraph number is refused with the words
to write instead. ``confirm:`` holds only while the engine still says the same:
when its answer changes, the build stops, so a confirmation never covers a new
guess. Every problem names the metadata file and line.
"""

from __future__ import annotations

import json
import re
from pathlib import PurePath
from typing import Any

from explainer.errors import InputError, Problems
from explainer.text.anchoring import find_all, resolve
from explainer.text.article import Article, Paragraph
from explainer.voices.model import Attribution, Entity, Evidence, ParagraphVoices, Voices

NARRATION = "narration"
SPEECH = ("quote", "reported", "partial-quote")
_PLAIN_YAML = re.compile(r"\w[\w .'’-]*")
_YAML_WORDS = {"null", "true", "false", "yes", "no", "on", "off", "y", "n"}  # YAML would read these as values


def apply_overrides(article: Article, voices: Voices) -> Voices:
    """The voices with every editor's ``speakers:`` entry applied, checked against the text."""
    entries = article.meta.get("speakers") or []
    if not entries:
        return voices
    path = article.meta.get("meta_path") or f"{article.slug}.yml"
    paragraphs = list(voices.paragraphs)
    problems, settled = Problems(), dict[int, int | None]()
    for entry in entries:
        line = entry.get("line")
        with problems.inside():
            number = _paragraph_of(article, entry, path)
            if number in settled:
                raise InputError(path, f"speakers: ¶{number} has an entry already, on line {settled[number]}", line)
            settled[number] = line
            wanted = entry["speaker"]
            if entry.get("confirm"):  # the label as shown: a name, "A; B" for two speakers, or narration
                names = [n.strip() for n in wanted.split(";")] if wanted != NARRATION else []
                expected = "; ".join(_entity(voices, name, path, line).name for name in names) or NARRATION
                paragraphs[number - 1] = _confirm(paragraphs[number - 1], expected, path, entry.get("named_at", line))
            else:
                entity = None if wanted == NARRATION else _entity(voices, wanted, path, line)
                paragraphs[number - 1] = _set(paragraphs[number - 1], entity, path)
    problems.raise_errors()
    return voices._replace(paragraphs=tuple(paragraphs))


def _paragraph_of(article: Article, entry: dict, path: str) -> int:
    """The paragraph an entry's ``says:`` words are in; a bare number is refused with them."""
    line = entry.get("line")
    if "paragraph" in entry:
        number, count = entry["paragraph"], len(article.paragraphs)
        if not 1 <= number <= count:
            raise InputError(path, f"speakers: there is no paragraph {number}: the article has {count}", line)
        entry_yaml = yaml_entry(phrase_for(article, article.paragraphs[number - 1]), "speaker", entry["speaker"])
        raise InputError(
            path,
            f"speakers: a paragraph number ({number}) moves when a paragraph above it is added or split: "
            f"name the paragraph by its words instead: {entry_yaml}",
            line,
        )
    anchor = resolve([article], entry["says"], path=path, line=line, how_to_pick="quote more of the paragraph")
    if anchor.end > anchor.paragraph.end:
        raise InputError(path, f'speakers: "{entry["says"]}" runs across two paragraphs: quote words of one', line)
    return anchor.paragraph.number


def phrase_for(article: Article, paragraph: Paragraph) -> str:
    """Words of the paragraph no other paragraph holds, for ``says:`` to quote: the
    first run of (up to six or more) words between quotation marks that is found only
    there, with no quotation mark to escape and no punctuation at either end."""
    runs = [run.split() for run in re.split(r"[\"“”]", paragraph.text)]
    for words in sorted((w for w in runs if len(w) >= 3), key=lambda w: len(w) < 6):
        for count in range(min(6, len(words)), len(words) + 1):
            if len(find_all(article.folded, _words(words[:count]))) == 1:
                # on to the end of the clause, if it is near: easier to read back
                end = next(
                    (i for i in range(count, min(count + 4, len(words)) + 1) if words[i - 1][-1] in ",.;:!?"), count
                )
                return _words(words[:end])
    return _words(paragraph.text.split())


def _words(words: list[str]) -> str:
    return " ".join(words).strip("‘’'([,;:.!?—-")


def yaml_entry(phrase: str, key: str, value: str) -> str:
    """One ``speakers:`` entry as a line of YAML to paste: ``- {says: "...", speaker: X}``."""
    plain = _PLAIN_YAML.fullmatch(value) and value.casefold() not in _YAML_WORDS
    shown = value if plain else json.dumps(value, ensure_ascii=False)
    return f"- {{says: {json.dumps(phrase, ensure_ascii=False)}, {key}: {shown}}}"


def label(paragraph: ParagraphVoices) -> str:
    """The engine's answer for a paragraph in words: names, narration or unclear."""
    if paragraph.unclear:
        return "unclear"
    return "; ".join(e.name for e in paragraph.speakers) or NARRATION


def _confirm(paragraph: ParagraphVoices, expected: str, path: str, line: int | None) -> ParagraphVoices:
    """The engine's label accepted by an editor: it must still be the engine's answer."""
    current = label(paragraph)
    if current != expected:
        fix = "speaker: NAME (or narration)" if current == "unclear" else f"confirm: {current}"
        raise InputError(
            path,
            f"speakers: confirm: {expected} no longer holds for ¶{paragraph.number}: the engine now says {current}. "
            f"Read the paragraph again, then write speaker: {expected} to keep it, or {fix}",
            line,
        )
    why = f"confirmed by an editor in {_as_published(path)}:{line}"
    confirmed = tuple(
        a._replace(evidence=Evidence.EDITOR, support=f"{why}; the engine's reading: {a.support or a.resolution}")
        if a.speaker is not None
        else a
        for a in paragraph.attributions
    )
    return paragraph._replace(attributions=confirmed, editor=True)


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


def _as_published(path: str) -> str:
    """The editor's file as the repository names it ("seeds/x.yml"): the evidence is published
    in `voices.json`, where the folder the site was built in means nothing and says too much."""
    pure = PurePath(path)
    return f"{pure.parent.name}/{pure.name}" if pure.parent.name else pure.name


def _set(paragraph: ParagraphVoices, entity: Entity | None, path: str) -> ParagraphVoices:
    why = f"set by an editor in {_as_published(path)}"
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
