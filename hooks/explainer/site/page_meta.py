"""Everything a page's head and footer say about the page itself, in one place.

For each page the adapter asks ``page_meta`` once: the short title, the link
card's tags, the preview image (path and bytes), the published and updated
dates from git, and what schema.org gains from them. The adapter only copies
the result into MkDocs' page.
"""

from __future__ import annotations

from typing import NamedTuple

from explainer.site.git_dates import Dates, History
from explainer.site.preview_image import Card, Previews, alt_text
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


def key_quotes(site) -> dict[str, tuple[str, str | None]]:
    """For every page that quotes the articles: the first quoted words among the paragraphs
    it quotes, and who says them. Made once per build, looked up per page."""
    found: dict[str, tuple[str, str | None]] = {}
    for bundle in site.bundles:
        for number in sorted(bundle.quoted_on):
            quotes = bundle.article.paragraphs[number - 1].quotes
            if not quotes:
                continue
            quote = quotes[0]
            words = " ".join(bundle.article.text[quote.inner_start : quote.inner_end].split())
            speaker = bundle.voices.speaker_at(quote.inner_start) if bundle.voices is not None else None
            for place in bundle.quoted_on[number]:
                if place.quoted:  # a phrase link shows none of the paragraph's words
                    found.setdefault(place.page, (words, speaker.name if speaker else None))
    return found


def page_meta(
    quotes: dict[str, tuple[str, str | None]],
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
) -> PageMeta:
    """The head and footer data of one page (``source``: the repo file an editor edits)."""
    short = short_title(title, site_name)
    quote, speaker = quotes.get(page_path, (None, None))
    card = Card(short.removesuffix(f" - {site_name}"), site_name, quote, speaker)
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
