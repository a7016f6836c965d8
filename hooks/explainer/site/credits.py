"""Who the article text belongs to: each article's outlet, and every outlet site-wide.

``mkdocs.yml``'s ``copyright`` names the outlets with the placeholder ``{outlets}``;
the site-wide footer lists every article's outlet there, and an article's own
pages (article, figures, people) name its outlet alone, from its metadata.

The credit is HTML, as Material and Zensical print ``copyright``: the template
comes from ``mkdocs.yml`` as written, and each outlet's name is escaped into it.
"""

from __future__ import annotations

from html import escape

PLACEHOLDER = "{outlets}"
UNKNOWN = "its publisher"  # an article with no metadata file names no outlet


def _outlet(bundle) -> str:
    return bundle.article.meta.get("outlet") or UNKNOWN


def _with_outlets(template: str, names: str) -> str:
    """``template`` (HTML) with ``{outlets}`` replaced by ``names`` (text), escaped."""
    return template.replace(PLACEHOLDER, escape(names, quote=False))


def listing(names: list[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``: each name once, in order."""
    unique = list(dict.fromkeys(names))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def site_credit(template: str | None, bundles: list) -> str | None:
    """The footer of pages about the whole site: every article's outlet, seed order."""
    if not template or PLACEHOLDER not in template or not bundles:
        return template
    named = [b.article.meta["outlet"] for b in bundles if b.article.meta.get("outlet")]
    unnamed = [UNKNOWN.replace("its", "their")] if len(named) < len(bundles) else []
    return _with_outlets(template, listing(named + unnamed))


def article_credit(template: str | None, bundle) -> str | None:
    """The footer of one article's pages: that article's outlet only."""
    if not template or PLACEHOLDER not in template:
        return None
    return _with_outlets(template, _outlet(bundle))
