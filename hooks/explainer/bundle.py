"""Everything known about one article after analysis, passed to the renderers.

Each analysis stage fills one field, so a renderer receives a single value and
never re-parses anything.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .article import Article


@dataclass
class ArticleBundle:
    article: Article
    # voices.py: who speaks in each paragraph (None until attributed); a voices.Voices,
    # e.g. voices.speaker_of(4), voices.paragraph(4).speakers, voices.speaker_at(offset)
    voices: Any = None
    # figures.py: every figure with its occurrences (None until extracted)
    figures: Any = None
    # notes.py: editors' notes anchored to the text (empty when there is no notes file)
    notes: list = field(default_factory=list)
    # editorial pages that quote each paragraph: {paragraph number: [quoted_on.QuotedOn(page, title, anchor)]}
    quoted_on: dict = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.article.slug
