"""What a page's share card leads with: the page's key quote, else its key figure.

A link card that shows only a page's name gives nobody a reason to click. Each
card carries something the page itself says: the first quote it pulls from an
article (``key_quotes``), else the most telling figure of the articles
that appears in the page's own text, with what the glossary found about it
("8,000 · said 3 ways, never defined"). A page that holds neither (an index)
shows its own opening words, never words it does not contain.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from explainer.figures.model import Figure
from explainer.pages.figures_page import COUNTED, finding
from explainer.site.build import article_of
from explainer.site.preview_image import Card

# how many figures of each article a card may choose from, and of how many
# articles on a page that belongs to none (an index): the look-up stays small
PER_ARTICLE = 5
UNRELATED_ARTICLES = 20


class KeyFigure(NamedTuple):
    value: str  # as the article writes it: "8,000"
    finding: str  # "said 3 ways, never defined"


def _rank(figure: Figure) -> tuple:
    """Most telling first: a figure described inconsistently, then numbers that count
    something, most mentioned first, then dates and times."""
    return (not figure.inconsistency, figure.kind not in COUNTED, -len(figure.occurrences))


def key_figures(site) -> dict[str, list[KeyFigure]]:
    """Each article's most telling figures, by slug, made once per build."""
    found: dict[str, list[KeyFigure]] = {}
    for bundle in site.bundles:
        figures = bundle.figures.figures if bundle.figures is not None else ()
        ranked = sorted(figures, key=_rank)[:PER_ARTICLE]
        found[bundle.slug] = [KeyFigure(f.value, finding(f)) for f in ranked]
    return found


def related_articles(site) -> dict[str, list[str]]:
    """For every editorial page: the articles it quotes or links to, in the seeds' order."""
    related: dict[str, list[str]] = {}
    for bundle in site.bundles:
        for places in bundle.quoted_on.values():
            for place in places:
                slugs = related.setdefault(place.page, [])
                if bundle.slug not in slugs:
                    slugs.append(bundle.slug)
    return related


def words_of(page_html: str) -> str:
    """A page's text, tags dropped: where a card looks for the page's figures."""
    return html.unescape(re.sub(r"<[^>]*>", " ", page_html))


def _appears(value: str, text: str) -> bool:
    """The figure as written, as a whole: "8,000" is not part of "18,000" or "8,000.5"."""
    return re.search(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[.,]\d)", text) is not None


def page_figure(
    page_path: str, page_text: str, figures: dict[str, list[KeyFigure]], related: dict[str, list[str]]
) -> KeyFigure | None:
    """The page's key figure: the most telling one of its own article (or of the articles
    it quotes or links, else of the first articles) that its text contains."""
    own = article_of(page_path)
    slugs = (
        [own] if own is not None and own in figures else related.get(page_path) or list(figures)[:UNRELATED_ARTICLES]
    )
    candidates = (figure for slug in slugs for figure in figures.get(slug, ()))
    return next((figure for figure in candidates if _appears(figure.value, page_text)), None)


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


class CardSources(NamedTuple):
    """What the cards of one build choose from, made once per build."""

    quotes: dict[str, tuple[str, str | None]]
    figures: dict[str, list[KeyFigure]]
    related: dict[str, list[str]]


def card_sources(site) -> CardSources:
    return CardSources(key_quotes(site), key_figures(site), related_articles(site))


NO_CARDS = CardSources({}, {}, {})


def card_for(cards: CardSources, page_path: str, title: str, site_name: str, page_text: str, description: str) -> Card:
    """One page's card: its key quote, else its key figure, else its description."""
    quote, speaker = cards.quotes.get(page_path, (None, None))
    if quote:
        return Card(title, site_name, quote, speaker)
    figure = page_figure(page_path, page_text, cards.figures, cards.related)
    if figure is not None:
        return Card(title, site_name, figure=figure.value, finding=figure.finding)
    return Card(title, site_name, description=_lead(page_text, title) or description or None)


def _lead(page_text: str, title: str) -> str:
    """The page's opening words after its heading: what an index page says it lists."""
    words = re.sub(r" ([,:;.!?)])", r"\1", " ".join(page_text.split()))  # a tag's edge is no space
    heading = words.find(title)
    if heading >= 0:
        words = words[heading + len(title) :]
    return words.lstrip("¶ ")[:400]
