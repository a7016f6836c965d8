"""The editor's queue: every paragraph whose speaker the text alone does not settle.

A paragraph is listed when its speech is unclear or its speaker only resolved (a
pronoun, short form or role that fits one person). Each entry names the seed's
file and the paragraph's line, and gives the ``speakers:`` entry to paste into the
metadata file, quoting the paragraph's own words, to confirm or correct it.
``make check``, the build log, the live preview's banner and the review comment
all list the same entries.
"""

from __future__ import annotations

from explainer.errors import InputError, line_of
from explainer.text.article import Article
from explainer.voices.model import ParagraphVoices, Voices
from explainer.voices.overrides import NARRATION, label, phrase_for, yaml_entry


def to_check(article: Article, voices: Voices, meta_path: str) -> list[InputError]:
    """One entry per paragraph to check, in reading order, named by the seed's
    ``file:line``; ``meta_path`` is the metadata file as the editor should see it."""
    return [_entry(article, paragraph, meta_path) for paragraph in voices.queue]


def _entry(article: Article, voices: ParagraphVoices, meta_path: str) -> InputError:
    paragraph = article.paragraphs[voices.number - 1]
    phrase = phrase_for(article, paragraph)
    if voices.unclear:
        why = next((a.resolution for a in voices.attributions if a.speaker is None and a.kind != "scare-quote"), "")
        because = f" ({why})" if why else ""
        paste = yaml_entry(phrase, "speaker", "NAME")
        message = (
            f"¶{voices.number}: speaker unclear{because}. Say who speaks under speakers: in {meta_path}: "
            f"{paste} (NAME: a name from the article's people page, or {NARRATION})"
        )
    else:
        how = "; ".join(
            f"{a.speaker.name} from “{a.via}”" + (f" (named in ¶{a.named_in})" if a.named_in else "")
            for a in voices.resolved
            if a.speaker is not None
        )
        confirm = yaml_entry(phrase, "confirm", label(voices))
        message = (
            f"¶{voices.number}: speaker resolved, {how}. Confirm it under speakers: in {meta_path}: {confirm} "
            f"(or correct it: {yaml_entry(phrase, 'speaker', 'NAME')})"
        )
    return InputError(article.path, message, line_of(article.text, paragraph.start), to_check=True)
