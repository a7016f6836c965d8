"""Editors' notes as open data: a W3C Web Annotation collection (JSON-LD).

Anyone can reuse the notes without scraping the site: each note becomes an
Annotation whose target is the annotated article, located twice over (by
quote, with the article's own words around it, and by character position),
and whose body is the note as HTML, sanitised (``Note.html``).

Identifiers are relative IRIs, resolved against the file's own address, so the
file stays correct wherever the site is hosted: ``./`` is the annotated article
next to it. Positions count Unicode code points of the article text as kept in
``seeds/<slug>.txt`` (paragraphs separated by a blank line).
"""

from __future__ import annotations

import json

from explainer.notes.notes_file import quote_context

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
FILE_NAME = "annotations.jsonld"
ARTICLE = "./"  # the annotated article, relative to the file


def annotation(bundle, note, index: int) -> dict:
    article = bundle.article
    prefix, suffix = quote_context(article, note)
    return {
        "id": f"{FILE_NAME}#note-{index}",
        "type": "Annotation",
        "motivation": "commenting",
        "body": {
            "type": "TextualBody",
            "value": note.html,
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
