"""Render generated pages as Markdown (with md_in_html blocks) from an Article."""

from __future__ import annotations

import datetime as dt

from explainer.bundle import ArticleBundle
from explainer.pages import note_layer, quoted_on, speakers
from explainer.pages.decorate import Decoration, render_decorated
from explainer.pages.figures_page import figure_decorations
from explainer.pages.front_matter import format_date, front_matter
from explainer.text.article import Article, Paragraph
from explainer.text.markup import escape_attribute, escape_text


def source_credit(article: Article) -> str:
    """One line crediting the source article, escaped."""
    meta = article.meta
    title = escape_text(meta["title"])
    if not meta.get("outlet"):
        return f"Source: *{title}* (outlet and date not yet recorded)."
    date = format_date(meta.get("published"), meta.get("published_approximate", False))
    return (
        f"Source: *{title}*, {escape_text(meta['outlet'])}, {escape_text(date)}. "
        f'<a href="{escape_text(meta["url"])}" rel="noopener">Read the original</a>.'
    )


def quote_decorations(paragraph: Paragraph) -> list[Decoration]:
    return [Decoration(q.start, q.end, '<span class="ex-quote">', "</span>", rank=10) for q in paragraph.quotes]


def paragraph_block(
    article: Article,
    paragraph: Paragraph,
    decorations: list[Decoration],
    header: str = "",
    footer: str = "",
    classes: str = "",
    anchor: str | None = None,
    mark: str | None = None,
    search_speakers: tuple[str, ...] = (),
) -> str:
    """One paragraph as an anchored block with a visible permalink mark.

    In the annotated article the mark, named "Paragraph N", is a level-3
    heading (after the speaker line, a level-2 heading where the speaker
    changes), so a screen reader's heading keys step from paragraph to
    paragraph and from speaker to speaker, and nothing new shows on screen.
    A quoted copy on another page passes its own ``anchor`` id (which also
    prefixes its note ids, see note_layer) and a ``mark`` linking back here.
    ``search_speakers`` are the speaker filter values of the site search
    (empty ``<data>`` elements in the mark, and the block's own list for
    narrowing a page's results to that speaker's paragraphs).
    """
    anchor = anchor or paragraph.anchor
    css = " ".join(filter(None, ["ex-para", classes]))
    body = render_decorated(article.text, paragraph.start, paragraph.end, decorations)
    if mark is None:
        mark = (
            f'<p class="ex-para__head" role="heading" aria-level="3">'
            f'<a class="ex-para__mark" href="#{anchor}" aria-label="Paragraph {paragraph.number}">'
            f'<span aria-hidden="true">¶</span>{paragraph.number}</a></p>'
        )
    speaker_attrs = ""
    if search_speakers:
        names = escape_attribute("|".join(search_speakers))
        speaker_attrs = f' data-ex-speakers="{names}" data-pagefind-meta="speakers-{anchor}[data-ex-speakers]"'
        filters = "".join(
            f'<data value="{escape_attribute(name)}" data-pagefind-filter="speaker[value]"></data>'
            for name in search_speakers
        )
        mark = mark[: -len("</p>")] + filters + "</p>" if mark.endswith("</p>") else mark + filters
    return (
        f'<div class="{css}" id="{anchor}"{speaker_attrs} markdown>\n'
        + (f"{header}\n" if header else "")
        + f"{mark}\n"
        + f'<p class="ex-para__text" markdown="span">{body}</p>\n'
        + (f"{footer}\n" if footer else "")
        + "</div>\n"
    )


# --- Per-paragraph layers. Each analysis stage owns one function below; the
# annotated article and every quoted paragraph on a topic page use the same ones.


def paragraph_decorations(
    bundle: ArticleBundle, paragraph: Paragraph, page_url: str | None = None, block_id: str | None = None
) -> list[Decoration]:
    """Inline markup for a paragraph: quotes, figures, note markers.

    ``page_url`` is the docs-relative page the paragraph appears on (default:
    the annotated article); figure links are made relative to it. ``block_id``
    is the id of the block it is shown in (default: its article anchor).
    """
    return note_layer.outside_links(
        [
            *quote_decorations(paragraph),
            *figure_decorations(bundle, paragraph, page_url),
            *note_layer.decorations(bundle.notes, paragraph, block_id or paragraph.anchor),
            *speakers.voice_decorations(bundle, paragraph),
        ]
    )


def paragraph_footer(
    bundle: ArticleBundle, paragraph: Paragraph, context: str = "article", block_id: str | None = None
) -> str:
    """Markup below the paragraph text (note panels, links to topic pages).

    ``context`` is "article" on the annotated article and "quote" on a topic page;
    ``block_id`` as for paragraph_decorations.
    """
    panels = note_layer.note_panels(bundle.notes, paragraph, block_id or paragraph.anchor)
    parts = [panels, quoted_on.topic_links(bundle, paragraph, context)]
    return "\n".join(part for part in parts if part)


def article_page(bundle: ArticleBundle) -> str:
    """The annotated article: every paragraph, in order, each with its permalink.
    Its heading is the article's own headline, under an "Annotated article" kicker;
    its title is "Annotated article: <headline>", the one name the site uses."""
    article = bundle.article
    meta = article.meta
    blocks = "\n".join(
        paragraph_block(
            article,
            paragraph,
            paragraph_decorations(bundle, paragraph),
            header=header,
            footer=paragraph_footer(bundle, paragraph),
            search_speakers=speakers.search_names(bundle, paragraph),
        )
        for paragraph, header in zip(article.paragraphs, speakers.article_headers(bundle), strict=True)
    )
    return (
        front_matter(
            title=f"Annotated article: {meta['title']}",
            description=f"The full text of “{meta['title']}”, paragraph by paragraph, "
            "with speakers, figures and editors' notes.",
            # no table of contents: its column holds the notes on a wide screen
            hide=["toc"],
        )
        + '<p class="ex-kicker">Annotated article</p>\n\n'
        + f"# {escape_text(meta['title'])} {{#the-annotated-article}}\n\n"
        + f'<p class="ex-credit" markdown="span">{source_credit(article)}</p>\n\n'
        + speakers.LEGEND
        + blocks
    )


def by_date(articles: list[Article]) -> list[Article]:
    """Newest first; articles with no date (no metadata yet) last, by slug."""
    dated = sorted(
        (a for a in articles if isinstance(a.meta.get("published"), dt.date)),
        key=lambda a: (a.meta["published"], a.slug),
        reverse=True,
    )
    return dated + sorted((a for a in articles if a not in dated), key=lambda a: a.slug)


def articles_index(articles: list[Article]) -> str:
    """Every article in seeds/, newest first, with outlet and date, so an article dropped in is reachable."""

    def line(a: Article) -> str:
        outlet = escape_text(a.meta.get("outlet") or "outlet not known yet")
        date = escape_text(format_date(a.meta.get("published"), a.meta.get("published_approximate", False)))
        return (
            f"- [{escape_text(a.meta['title'])}]({a.slug}/index.md): {outlet}, {date} ({len(a.paragraphs)} paragraphs)"
        )

    items = "\n".join(line(a) for a in by_date(articles))
    return (
        front_matter(title="All articles", description="Every article this site annotates.")
        + "# All articles\n\nEvery article this site annotates, newest first, each with its own annotated pages.\n\n"
        + items
        + "\n"
    )
