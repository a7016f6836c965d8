"""Show who is speaking: the speaker line above a paragraph, the attribution
under a pulled quote, and the outlet's bracketed insertions inside quotes.

Everything from the seed or its metadata goes through ``escape_text`` here, once.
Links are Markdown links, so MkDocs validates every anchor they point at.
"""

from __future__ import annotations

from collections.abc import Collection

from explainer.bundle import ArticleBundle
from explainer.pages.decorate import Decoration
from explainer.text.article import Paragraph
from explainer.text.markup import escape_attribute, escape_text
from explainer.voices.model import Attribution, Entity, Evidence

QUOTE_RANK = 10  # as render.quote_decorations
QUOTE_OPEN = '<span class="ex-quote">'
INSERTION_RANK = 20  # inside the quote that holds it


def outlet(bundle: ArticleBundle) -> str:
    return bundle.article.meta.get("outlet") or "the outlet"


def who(entity: Entity, people_href: str | None, introduced: Collection[str] = ()) -> str:
    """``[Name](people.md#key), role`` as Markdown, escaped (the name alone without ``people_href``).
    A speaker already ``introduced`` on the page (by key) is named without the role."""
    role = ""
    if entity.role and entity.key not in introduced:
        role = f'<span class="ex-speaker__role">, {escape_text(entity.role)}</span>'
    if people_href is None:
        return f"{escape_text(entity.name)}{role}"
    return f"[{escape_text(entity.name)}]({people_href}#{entity.key}){role}"


def evidence_note(attribution: Attribution | None) -> str:
    """How a resolved speaker is known, after the name: ``(from “he”, ¶4)``, the words
    of the text that stand for them and the paragraph that names them. Read aloud as
    "from he, paragraph 4": the pilcrow is hidden from screen readers, which hear the
    word instead. Stated, continued and editor labels need no note."""
    if attribution is None or attribution.evidence is not Evidence.RESOLVED:
        return ""
    where = ""
    if attribution.named_in:
        where = (
            ', <span aria-hidden="true">¶</span><span class="ex-visually-hidden">paragraph </span>'
            f"{attribution.named_in}"
        )
    return f' <span class="ex-speaker__evidence">(from “{escape_text(attribution.via)}”{where})</span>'


def speaker_summary(
    bundle: ArticleBundle, paragraph: Paragraph, people_href: str | None, introduced: Collection[str] = ()
) -> str:
    """Who speaks in a paragraph, as one line of Markdown (of plain HTML without ``people_href``);
    speakers ``introduced`` earlier on the page are named without their role."""
    voices = bundle.voices
    if voices is None:
        return ""
    current = voices.paragraph(paragraph.number)
    speakers = current.speakers
    if current.unclear:
        # never a guess under a quote: the engine could not tell, an editor decides
        also = "; ".join(who(entity, people_href, introduced) for entity in speakers)
        return '<span class="ex-speaker__label">Speaker unclear</span>' + (f" (also speaking: {also})" if also else "")
    if speakers:
        label = "Speaker" if len(speakers) == 1 else "Speakers"
        resolved = {a.speaker.key: a for a in current.resolved if a.speaker is not None}
        names = "; ".join(
            who(entity, people_href, introduced) + evidence_note(resolved.get(entity.key)) for entity in speakers
        )
        return f'<span class="ex-speaker__label">{label}:</span> {names}'
    unresolved = [a for a in current.attributions if a.kind in ("quote", "reported")]
    if unresolved:
        return '<span class="ex-speaker__label">Speaker:</span> not identified'
    quoted = " (quoted words not attributed)" if current.quotes else ""
    return (
        '<span class="ex-speaker__label">Narration:</span> '
        f"no speaker, the reporter's own words ({escape_text(outlet(bundle))}){quoted}"
    )


def search_names(bundle: ArticleBundle, paragraph: Paragraph) -> tuple[str, ...]:
    """The paragraph's speakers as the site search's speaker filter offers them:
    each named speaker, or "Narration" for the outlet's own words (an unclear
    speaker is no filter value: never a guess)."""
    if bundle.voices is None:
        return ()
    current = bundle.voices.paragraph(paragraph.number)
    if current.is_narration:
        return ("Narration",)
    return tuple(entity.name for entity in current.speakers)


def paragraph_header(
    bundle: ArticleBundle,
    paragraph: Paragraph,
    people_href: str = "people.md",
    previous: Paragraph | None = None,
    introduced: Collection[str] = (),
) -> str:
    """The speaker line above a paragraph of the annotated article.

    Where the speaker changes from the ``previous`` paragraph the line is a
    level-2 heading, one stop of a screen reader's heading keys per speaker.
    Where the same speaker goes on, the line is not shown again (the page reads
    as a conversation, the label where the voice changes) but is still there
    for screen readers, visually hidden, so a reader who jumps to any paragraph
    hears whose words it holds. That copy has no links (the linked names are on
    the heading it repeats), so it adds no keyboard stops. A speaker's role is
    given once, where the page first names them (``introduced``: who was named
    above); after that the name alone.
    """
    if not speaker_summary(bundle, paragraph, people_href):
        return ""
    narration = " ex-speaker--none" if bundle.voices.paragraph(paragraph.number).is_narration else ""
    if previous is not None and speaker_summary(bundle, previous, people_href) == speaker_summary(
        bundle, paragraph, people_href
    ):
        plain = speaker_summary(bundle, paragraph, people_href=None, introduced=introduced)
        return f'<p class="ex-speaker ex-speaker--same{narration}">{plain}</p>'
    summary = speaker_summary(bundle, paragraph, people_href, introduced)
    return f'<p class="ex-speaker{narration}" role="heading" aria-level="2" markdown="span">{summary}</p>'


def article_headers(bundle: ArticleBundle) -> list[str]:
    """The speaker line of every paragraph of the article, in order: each speaker's
    role where the page first names them, the name alone after."""
    headers: list[str] = []
    introduced: set[str] = set()
    paragraphs = bundle.article.paragraphs
    for previous, paragraph in zip([None, *paragraphs], paragraphs, strict=False):
        headers.append(paragraph_header(bundle, paragraph, previous=previous, introduced=frozenset(introduced)))
        if bundle.voices is not None:
            introduced.update(entity.key for entity in bundle.voices.paragraph(paragraph.number).speakers)
    return headers


def voice_decorations(bundle: ArticleBundle, paragraph: Paragraph) -> list[Decoration]:
    """``[Cambodian]`` inside a quote marked as the outlet's words, not the speaker's;
    a quote left open at the paragraph's end marked as a quote like any other."""
    if bundle.voices is None:
        return []
    voices = bundle.voices.paragraph(paragraph.number)
    title = escape_attribute(f"Added by {outlet(bundle)}: not the speaker's words")
    found = [
        Decoration(i.start, i.end, f'<span class="ex-insertion" title="{title}">', "</span>", rank=INSERTION_RANK)
        for i in voices.insertions
    ]
    if voices.open_quote is not None:
        found.append(Decoration(voices.open_quote.start, voices.open_quote.end, QUOTE_OPEN, "</span>", rank=QUOTE_RANK))
    return found


LEGEND = (
    '<p class="ex-legend"><span class="ex-legend__quote">“Highlighted words”</span> are quotations; '
    "the rest is the newspaper's narration. Words in "
    '<span class="ex-legend__insertion">[square brackets]</span> inside a quote were added by the newspaper. '
    "Each paragraph names its speaker.</p>\n\n"
)
