"""Which editorial pages quote which paragraph, and the links back from the article.

``sources.scan_pages`` fills ``bundle.quoted_on`` before any page is rendered;
the annotated article shows these links under each paragraph.
"""

from __future__ import annotations

from typing import NamedTuple

from explainer.pages.links import relative
from explainer.text.markup import escape_text


class QuotedOn(NamedTuple):
    """A place an editorial page quotes a paragraph (or links to it by phrase):
    page path, title, id of the block (or link)."""

    page: str  # docs-relative, e.g. "plans.md"
    title: str
    anchor: str  # id of the quoted block on that page
    quoted: bool = True  # False: a phrase link, which shows none of the paragraph's words


def topic_links(bundle, paragraph, context: str) -> str:
    """On the annotated article, links to every page that quotes this paragraph."""
    places = bundle.quoted_on.get(paragraph.number, []) if context == "article" else []
    if not places:
        return ""
    here = f"articles/{bundle.slug}/index.md"
    links, seen = [], set()
    for place in places:
        if place.page in seen:
            continue
        seen.add(place.page)
        links.append(f"[{escape_text(place.title)}]({relative(place.page, here)}#{place.anchor})")
    return f'<p class="ex-para__topics" markdown="span">Discussed in: {", ".join(links)}</p>'
