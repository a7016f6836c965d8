"""Every value a template prints is escaped, unless it is HTML that MkDocs made.

MkDocs' Jinja environment has autoescape off, and Material prints page titles,
descriptions and the site's name as they come: a seed's title holding
``</title><script>`` became a script. The adapter turns autoescape on for the
whole environment (the site's overrides and Material's own templates alike), so
text is escaped once, where it is printed. MkDocs hands templates a few strings
that already are HTML: the page's content, its table of contents, and a title
taken from the page's first heading. Those, and nothing else, are marked as
``Markup`` here so they are not escaped twice.
"""

from __future__ import annotations

from markupsafe import Markup


def mark_toc(items) -> None:
    """Mark a table of contents' titles (HTML from Python-Markdown) as such, at every depth."""
    for item in items:
        item.title = Markup(item.title)
        mark_toc(item.children)


def mark_rendered_html(page, html: str) -> Markup:
    """The page's HTML as ``Markup``, with its table of contents and a title taken
    from its first heading marked too. A title from the nav or the front matter
    is text, and stays text."""
    mark_toc(page.toc)
    rendered = getattr(page, "_title_from_render", None)  # MkDocs 1.6: the first <h1>, as HTML
    if rendered and "title" not in vars(page) and "title" not in page.meta:
        page._title_from_render = Markup(rendered)
    return Markup(html)


def as_text(value: str) -> str:
    """Plain text of a title, whichever kind it is: what link cards and search read."""
    return value.striptags() if isinstance(value, Markup) else value
