"""The People & organisations page, generated from the voices of an article.

For each person and organisation: the role, where the role comes from, every
paragraph where they speak (with the first words they say there) and every
paragraph that only mentions them. Heading ids are the entity keys that speaker
links on other pages point at (``people.md#hun-manet``).
"""

from __future__ import annotations

import re

from explainer.bundle import ArticleBundle
from explainer.pages.front_matter import front_matter
from explainer.text.markup import escape_text
from explainer.voices.model import Attribution, Entity, Voices

EXCERPT_WORDS = 24
# The wrapper of a person's paragraph links and excerpts, which the site search
# leaves out (``search_index.NOT_TEXT``): the excerpts repeat the article, whose
# own page is where a search for those words should lead.
PARAGRAPHS = "ex-person-paragraphs"
KINDS = {
    "quote": "quoted",
    "partial-quote": "partly quoted",
    "reported": "reported speech",
}


def excerpt(text: str, limit: int = EXCERPT_WORDS) -> str:
    """The first sentence of ``text``, cut at ``limit`` words with an ellipsis."""
    first = re.split(r"(?<=[.!?])\s+(?=[“\"A-Z])", " ".join(text.split()), maxsplit=1)[0]
    words = first.split()
    if len(words) > limit:
        return " ".join(words[:limit]) + " …"
    return first if first == " ".join(text.split()) else first + " …"


def _paragraph_link(number: int) -> str:
    return f"[¶{number}](index.md#p{number})"


def _said(voices: Voices, entity: Entity, text: str) -> list[str]:
    items = []
    for number in voices.speaks_in(entity.key):
        own: list[Attribution] = [
            a for a in voices.paragraph(number).attributions if a.speaker and a.speaker.key == entity.key
        ]
        kinds = sorted({KINDS.get(a.kind, a.kind) for a in own})
        first = own[0]
        items.append(
            f"- {_paragraph_link(number)} ({', '.join(kinds)}): {escape_text(excerpt(text[first.start : first.end]))}"
        )
    return items


def _origin(entity: Entity) -> str:
    if entity.source == "article":
        return f"Identified from the article's wording: {escape_text(entity.evidence)}."
    if entity.url:
        return f'<a href="{escape_text(entity.url)}" rel="noopener">Background source</a>.'
    return ""


def entity_section(voices: Voices, entity: Entity, text: str) -> str:
    title = escape_text(entity.name)
    if entity.abbreviation:
        title += f" ({escape_text(entity.abbreviation)})"
    lines = [f"### {title} {{ #{entity.key} }}", ""]
    facts = []
    if entity.role:
        facts.append(f"**Role:** {escape_text(entity.role)}")
    if entity.organisation:
        facts.append(f"**Organisation:** {escape_text(entity.organisation)}")
    if entity.aliases:
        facts.append("**Also called:** " + ", ".join(escape_text(a) for a in entity.aliases))
    origin = _origin(entity)
    if origin:
        facts.append(origin)
    lines += [" · ".join(facts), ""] if facts else []
    said = _said(voices, entity, text)
    mentioned = voices.mentioned_in(entity.key)
    if said or mentioned:
        lines += [f'<div class="{PARAGRAPHS}" markdown>', ""]
    if said:
        lines += ["**Speaks in:**", "", *said, ""]
    if mentioned:
        lines += ["**Mentioned in:** " + ", ".join(_paragraph_link(n) for n in mentioned), ""]
    if said or mentioned:
        lines += ["</div>", ""]
    if not said and not mentioned:
        lines += ["Not named in the article text.", ""]
    return "\n".join(lines)


def people_page(bundle: ArticleBundle) -> str:
    article, voices = bundle.article, bundle.voices
    meta = article.meta
    head = front_matter(
        title="People & organisations",
        description=f"Who is who in “{meta['title']}”: every speaker, their role, and what they said.",
    ) + (
        "# People & organisations\n\n"
        "Everyone the article quotes or names, with their role and a link to every paragraph of the "
        "[annotated article](index.md) where they speak or are mentioned. People the editors have "
        "not described were identified from how the article attributes their words "
        "([how speakers are found](../../about.md#who-is-speaking)).\n\n"
    )
    parts = [head, "## People { #people }\n\n"]
    parts += [entity_section(voices, e, article.text) + "\n" for e in voices.people] or ["No people found.\n\n"]
    parts.append("## Organisations { #organisations }\n\n")
    parts += [entity_section(voices, e, article.text) + "\n" for e in voices.organisations] or [
        "No organisations listed.\n"
    ]
    return "".join(parts)
