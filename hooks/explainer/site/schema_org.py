"""schema.org JSON-LD for a page's head: what the page is and what it quotes.

Search engines and citation tools read it to learn that each page is an
``Article`` based on the news report (``isBasedOn`` a ``NewsArticle``) and that
the quoted passages it shows are ``Quotation``s by named people. The data is a
plain dict: the template writes it with Jinja's ``tojson``, which escapes
``<``, ``>`` and ``&`` so seed text can never close the script element.
"""

from __future__ import annotations

import datetime as dt

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


def _shown_paragraphs(bundle, page_path: str, url: str) -> list[tuple[int, str]]:
    """The paragraphs a page shows in full: all on the annotated article, quoted ones elsewhere."""
    if page_path == f"articles/{bundle.slug}/index.md":
        return [(p.number, f"{url}#{p.anchor}") for p in bundle.article.paragraphs]
    shown = []
    for number, places in sorted(bundle.quoted_on.items()):
        shown += [(number, f"{url}#{place.anchor}") for place in places if place.page == page_path and place.quoted]
    return shown


def page_graph(site, page_path: str, *, url: str, title: str, description: str | None, site_name: str, site_url: str) -> dict:
    """The JSON-LD of one page: the page as an Article, its sources, its quotations."""
    own = [b for b in site.bundles if page_path.startswith(f"articles/{b.slug}/")]
    shown = {b.slug: _shown_paragraphs(b, page_path, url) for b in site.bundles}
    quoting = [b for b in site.bundles if shown[b.slug]]
    based_on = own or quoting or site.bundles
    page = {
        "@type": "Article",
        "@id": f"{url}#article",
        "url": url,
        "headline": title,
        "isBasedOn": [news_article(b.article) for b in based_on],
        "isPartOf": {"@type": "WebSite", "name": site_name, "url": site_url},
    }
    if description:
        page["description"] = description
    languages = {b.article.meta.get("language") for b in based_on} - {None}
    if len(languages) == 1:
        page["inLanguage"] = languages.pop()
    graph = [page]
    for bundle in site.bundles:
        graph += quotations(bundle, shown[bundle.slug])
    return {"@context": CONTEXT, "@graph": graph}
