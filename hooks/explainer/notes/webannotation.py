"""Editors' notes as open data: a W3C Web Annotation collection (JSON-LD).

Anyone can reuse the notes without scraping the site: each note becomes an
Annotation whose target is the annotated article, located twice over (by
quote, with the article's own words around it, and by character position),
and whose body is the note as HTML.

Identifiers are relative IRIs, resolved against the file's own address, so the
file stays correct wherever the site is hosted: ``./`` is the annotated article
next to it. Positions count Unicode code points of the article text as kept in
``seeds/<slug>.txt`` (paragraphs separated by a blank line).
"""

from __future__ import annotations

import functools
import json

import markdown

from explainer.notes.notes_file import quote_context

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FILE_NAME = "annotations.jsonld"
ARTICLE = "./"  # the annotated article, relative to the file


@functools.cache
def _converter() -> markdown.Markdown:
    """One converter, reset per note (building one costs more than a note), made on
    first use: a build that reuses cached annotations never needs it."""
    return markdown.Markdown(output_format="html")


def note_html(body: str) -> str:
    """A note's trusted editor Markdown as HTML."""
    return _converter().reset().convert(body)


def annotation(bundle, note, index: int) -> dict:
    article = bundle.article
    prefix, suffix = quote_context(article, note)
    return {
        "id": f"{FILE_NAME}#note-{index}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {
            "type": "TextualBody",
            "value": note_html(note.body),
            "format": "text/html",
            "language": article.meta.get("language") or "en",
        },
        "target": {
            "source": ARTICLE,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": article.text[note.start : note.end],
                    "prefix": prefix,
                    "suffix": suffix,
                },
                {"type": "TextPositionSelector", "start": note.start, "end": note.end},
            ],
        },
    }


def collection(bundle) -> dict:
    """Every note of one article, in reading order, in one AnnotationCollection."""
    items = [annotation(bundle, note, index) for index, note in enumerate(bundle.notes, start=1)]
    return {
        "@context": ANNO_CONTEXT,
        "id": FILE_NAME,
        "type": "AnnotationCollection",
        "label": f"Editors' notes on “{bundle.article.meta['title']}”",
        "total": len(items),
        "first": {"id": f"{FILE_NAME}#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def collection_json(bundle) -> str:
    return json.dumps(collection(bundle), ensure_ascii=False, indent=2) + "\n"
