"""Everything a page's head and footer say about the page itself, in one place.

For each page the adapter asks ``page_meta`` once: the short title, the link
card's tags, the preview image (path and bytes), the published and updated
dates from git, and what schema.org gains from them. The adapter only copies
the result into MkDocs' page.
"""

from __future__ import annotations

from typing import NamedTuple

from explainer.site.card_highlight import CardSources, card_for
from explainer.site.git_dates import Dates, History
from explainer.site.preview_image import Previews, alt_text
from explainer.site.social import PageCard, Tag, absolute, short_title, social_tags

PREVIEW_DIR = "assets/previews"
# Pages that list other pages rather than say something: og:type website.
LISTING_PAGES = {"index.md", "articles/index.md"}


class PageMeta(NamedTuple):
    title: str  # at most 60 characters, for <title> and og:title
    tags: list[Tag]
    image_path: str  # site-relative
    image: bytes
    dates: Dates | None
    schema: dict  # fields to add to the page's schema.org Article node


def image_path(page_url: str) -> str:
    """Where a page's preview image goes: one file per page, named after its URL."""
    name = page_url.strip("/").replace("/", "-") or "home"
    return f"{PREVIEW_DIR}/{name.removesuffix('.html')}.png"


def page_meta(
    cards: CardSources,
    history: History,
    previews: Previews,
    page_path: str,
    *,
    page_url: str,
    title: str,
    description: str,
    source: str,
    site_name: str,
    site_url: str,
    page_text: str = "",
    headline: str | None = None,
) -> PageMeta:
    """The head and footer data of one page (``source``: the repo file an editor edits;
    ``page_text``: what the page says, where its card finds its key figure; ``headline``:
    its H1, which the card shows where the title is only the site's name)."""
    short = short_title(title, site_name)
    card_title = short.removesuffix(f" - {site_name}")
    if card_title == site_name and headline:  # the home page: its headline, the site's name once
        card_title = headline
    card = card_for(cards, page_path, card_title, site_name, page_text, description)
    path = image_path(page_url)
    image = previews.png(card)
    dates = history.dates(source)
    url = absolute(site_url, page_url)
    image_url = absolute(site_url, path)
    tags = social_tags(
        PageCard(
            title=short,
            description=description,
            url=url,
            image_url=image_url,
            image_alt=alt_text(card),
            is_article=page_path not in LISTING_PAGES,
            published=dates.published if dates else None,
            modified=dates.modified if dates else None,
        ),
        site_name,
    )
    team = {"@type": "Organization", "name": site_name, "url": site_url}
    schema: dict = {"author": team, "publisher": team, "image": image_url}
    if dates:
        schema |= {"datePublished": dates.published, "dateModified": dates.modified}
    return PageMeta(short, tags, path, image, dates, schema)


def with_page_meta(graph: dict, meta: PageMeta) -> dict:
    """The page's schema.org graph with the dates, author, publisher and image added
    to its Article node (the node whose ``@id`` ends in ``#article``)."""
    for node in graph.get("@graph", []):
        if node.get("@type") == "Article" and str(node.get("@id", "")).endswith("#article"):
            node.update(meta.schema)
    return graph
