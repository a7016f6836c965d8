"""Link previews: the Open Graph and Twitter tags a chat app or social site reads.

A shared link shows a card made from these tags. Titles are cut by most cards
at about 60 characters, so ``short_title`` keeps the page's own words first and
adds the site's name only when both fit. URLs are absolute (cards are read off
the site). The result is a list of ``(attribute, name, content)`` triples the
template writes as ``<meta>`` elements. They hold plain text, escaped where they
are printed: the adapter turns Jinja's autoescape on for every template
(``material_fixes/autoescape.py``), which MkDocs leaves off.
"""

from __future__ import annotations

from typing import NamedTuple

TITLE_LIMIT = 60
SEPARATOR = " - "
IMAGE_WIDTH, IMAGE_HEIGHT = 1200, 630


class Tag(NamedTuple):
    attribute: str  # "property" (Open Graph) or "name" (Twitter)
    name: str
    content: str


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-")
    return head + "…"


def short_title(title: str, site_name: str, limit: int = TITLE_LIMIT) -> str:
    """The page's title, then the site's name if both fit in ``limit`` characters.

    A long "Label: headline" title keeps the headline, the part a reader
    recognises (the annotated article's title is the news report's headline),
    and the label's first word if that still fits ("Annotated: PM boosts ...").
    """
    title = " ".join(title.split())
    if not title or title == site_name:
        return _cut(site_name, limit)
    if len(title) > limit and ": " in title:
        label, rest = title.split(": ", 1)
        title = f"{label.split()[0]}: {rest}" if len(label.split()[0]) + 2 + len(rest) <= limit else rest
    title = _cut(title, limit)
    joined = f"{title}{SEPARATOR}{site_name}"
    return joined if len(joined) <= limit else title


def absolute(site_url: str, path: str) -> str:
    """A site-relative path as an absolute URL under ``site_url``."""
    return site_url.rstrip("/") + "/" + path.lstrip("/")


class PageCard(NamedTuple):
    """What a card shows for one page."""

    title: str  # already short (short_title)
    description: str
    url: str  # absolute
    image_url: str | None  # absolute
    image_alt: str
    is_article: bool
    published: str | None = None  # ISO 8601
    modified: str | None = None


def social_tags(card: PageCard, site_name: str, locale: str = "en") -> list[Tag]:
    """Every Open Graph and Twitter tag for one page, in the order cards read them."""
    tags = [
        Tag("property", "og:title", card.title),
        Tag("property", "og:description", card.description),
        Tag("property", "og:url", card.url),
        Tag("property", "og:type", "article" if card.is_article else "website"),
        Tag("property", "og:site_name", site_name),
        Tag("property", "og:locale", locale),
    ]
    if card.image_url:
        tags += [
            Tag("property", "og:image", card.image_url),
            Tag("property", "og:image:type", "image/png"),
            Tag("property", "og:image:width", str(IMAGE_WIDTH)),
            Tag("property", "og:image:height", str(IMAGE_HEIGHT)),
            Tag("property", "og:image:alt", card.image_alt),
        ]
    if card.is_article and card.published:
        tags.append(Tag("property", "article:published_time", card.published))
    if card.is_article and card.modified:
        tags.append(Tag("property", "article:modified_time", card.modified))
    tags += [
        Tag("name", "twitter:card", "summary_large_image" if card.image_url else "summary"),
        Tag("name", "twitter:title", card.title),
        Tag("name", "twitter:description", card.description),
    ]
    if card.image_url:
        tags += [Tag("name", "twitter:image", card.image_url), Tag("name", "twitter:image:alt", card.image_alt)]
    return tags
