"""schema.org JSON-LD for a page's head: what the page is and what it quotes.

Search engines and citation tools read it to learn that each page is an
``Article`` based on the news report (``isBasedOn`` a ``NewsArticle``) and that
the quoted passages it shows are ``Quotation``s by named people. The data is a
plain dict: the template writes it with Jinja's ``tojson``, which escapes
``<``, ``>`` and ``&`` so seed text can never close the script element.
"""

from __future__ import annotations

import datetime as dt

from explainer.site.build import article_of

CONTEXT = "https://schema.org"


def news_article(article) -> dict:
    """The source report, as far as the seed's metadata describes it."""
    meta = article.meta
    node = {"@type": "NewsArticle", "headline": meta["title"]}
    if meta.get("url"):
        node = {"@type": "NewsArticle", "@id": meta["url"], "url": meta["url"], "headline": meta["title"]}
    if meta.get("outlet"):
        node["publisher"] = {"@type": "NewsMediaOrganization", "name": meta["outlet"]}
    if meta.get("author"):
        node["author"] = {"@type": "Person", "name": meta["author"]}
    if meta.get("language"):
        node["inLanguage"] = meta["language"]
    published = meta.get("published")
    if isinstance(published, dt.date) and not meta.get("published_approximate"):
        node["datePublished"] = published.isoformat()
    return node


def _creator(bundle, quote) -> dict | None:
    voices = bundle.voices
    speaker = voices.speaker_at(quote.inner_start) if voices is not None else None
    if speaker is None:
        return None
    kind = "Person" if speaker.kind == "person" else "Organization"
    return {"@type": kind, "name": speaker.name}


def quotations(bundle, paragraphs: list[tuple[int, str]]) -> list[dict]:
    """Every quoted passage of the given paragraphs: (paragraph number, page URL of its block)."""
    article = bundle.article
    source = {"@id": article.meta["url"]} if article.meta.get("url") else news_article(article)
    nodes = []
    for number, url in paragraphs:
        for quote in article.paragraphs[number - 1].quotes:
            node = {
                "@type": "Quotation",
                "text": " ".join(article.text[quote.inner_start : quote.inner_end].split()),
                "url": url,
                "isPartOf": source,
            }
            creator = _creator(bundle, quote)
            if creator:
                node["creator"] = creator
            nodes.append(node)
    return nodes


def _quoted_by_page(bundle) -> dict[str, list[tuple[int, str]]]:
    """Where the article's paragraphs are quoted: page path -> [(paragraph number, block anchor)]."""
    by_page: dict[str, list[tuple[int, str]]] = {}
    for number, places in sorted(bundle.quoted_on.items()):
        for place in places:
            if not place.quoted:
                continue  # a phrase link shows none of the paragraph's words: not a quotation
            by_page.setdefault(place.page, []).append((number, place.anchor))
    return by_page


class PageGraphs:
    """The JSON-LD of any page, from what every article contributes, gathered once per build.

    Made after ``build_site`` has filled ``bundle.quoted_on``. Walking every
    article happens here, once; a page's graph then touches only the articles
    it belongs to or quotes, so its cost does not grow with the number of articles.
    """

    def __init__(self, site) -> None:
        self._position = {b.slug: index for index, b in enumerate(site.bundles)}
        self._bundles = {b.slug: b for b in site.bundles}
        self._news = {b.slug: news_article(b.article) for b in site.bundles}
        self._language = {b.slug: b.article.meta.get("language") for b in site.bundles}
        self._all_sources = tuple(self._news.values())
        self._all_languages = set(self._language.values()) - {None}
        # page path -> [(article slug, [(paragraph number, block anchor)])], in the seeds' order
        self._quoted_on_page: dict[str, list[tuple[str, list[tuple[int, str]]]]] = {}
        for bundle in site.bundles:
            for page, shown in _quoted_by_page(bundle).items():
                self._quoted_on_page.setdefault(page, []).append((bundle.slug, shown))

    def _own_slug(self, page_path: str) -> str | None:
        """The article whose folder holds the page (``articles/<slug>/...``), if any."""
        slug = article_of(page_path)
        return slug if slug in self._bundles else None

    def _shown(self, page_path: str, own: str | None) -> list[tuple[str, list[tuple[int, str]]]]:
        """The paragraphs the page shows in full, per article in the seeds' order:
        all of them on the annotated article, the quoted ones elsewhere."""
        shown = list(self._quoted_on_page.get(page_path, ()))
        if own is not None and page_path == f"articles/{own}/index.md":
            shown = [(slug, places) for slug, places in shown if slug != own]
            paragraphs = [(p.number, p.anchor) for p in self._bundles[own].article.paragraphs]
            if paragraphs:
                shown.append((own, paragraphs))
            shown.sort(key=lambda entry: self._position[entry[0]])
        return shown

    def page_graph(
        self, page_path: str, *, url: str, title: str, description: str | None, site_name: str, site_url: str
    ) -> dict:
        """The JSON-LD of one page: the page as an Article, its sources, its quotations."""
        own = self._own_slug(page_path)
        shown = self._shown(page_path, own)
        based_on = [own] if own is not None else [slug for slug, _ in shown]
        sources = [self._news[slug] for slug in based_on] if based_on else list(self._all_sources)
        languages = {self._language[slug] for slug in based_on} - {None} if based_on else set(self._all_languages)
        page = {
            "@type": "Article",
            "@id": f"{url}#article",
            "url": url,
            "headline": title,
            "isBasedOn": sources,
            "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
        }
        if description:
            page["description"] = description
        if len(languages) == 1:
            page["inLanguage"] = languages.pop()
        graph = [page]
        for slug, places in shown:
            graph += quotations(self._bundles[slug], [(number, f"{url}#{anchor}") for number, anchor in places])
        return {"@context": CONTEXT, "@graph": graph}
