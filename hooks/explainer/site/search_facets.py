"""What the site search lets a reader filter a page by: its kind and its articles.

Computed once per build for every page (``page_facets``), looked up per page
by the adapter; the page template writes them as Pagefind filters.
"""

from __future__ import annotations

from typing import NamedTuple

from explainer.site.build import Site, article_dir

ARTICLE, TOPIC, FIGURES, PEOPLE = "Article", "Topic page", "Figures", "People"


class Facets(NamedTuple):
    kind: str
    articles: tuple[str, ...]  # titles of the articles the page is about or quotes


def page_facets(site: Site) -> dict[str, Facets]:
    """Docs-relative page path -> its facets, for every generated page and every
    editorial page that quotes an article (others: ``facets_of`` gives a default)."""
    table: dict[str, Facets] = {}
    quoting: dict[str, list[str]] = {}
    for bundle in site.bundles:
        title = str(bundle.article.meta["title"])
        base = article_dir(bundle.slug)
        for name, kind in (("index.md", ARTICLE), ("figures.md", FIGURES), ("people.md", PEOPLE)):
            table[f"{base}/{name}"] = Facets(kind, (title,))
        for places in bundle.quoted_on.values():
            for place in places:
                titles = quoting.setdefault(place.page, [])
                if title not in titles:
                    titles.append(title)
    for page, titles in quoting.items():
        table.setdefault(page, Facets(TOPIC, tuple(titles)))
    return table


def facets_of(table: dict[str, Facets], page_path: str) -> Facets:
    """A page's facets: an editorial page that quotes nothing is a topic page of no article."""
    return table.get(page_path, Facets(TOPIC, ()))
