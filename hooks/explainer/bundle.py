"""One article after every analysis: the value the pages are rendered from.

``explainer.analysis.analyse`` makes it, once per article, so a renderer receives
a single value and never re-parses anything. Only records live here, so pages and
a cached analysis never load the analysers. May import the text layer and the
three analyses' records; never pages or site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explainer.text.article import Article


@dataclass
class ArticleBundle:
    article: Article
    # explainer.voices: who speaks in each paragraph (None until attributed); a voices.Voices,
    # e.g. voices.speaker_of(4), voices.paragraph(4).speakers, voices.speaker_at(offset)
    voices: Any = None
    # explainer.figures: every figure with its occurrences (None until extracted)
    figures: Any = None
    # explainer.notes: editors' notes anchored to the text (empty when there is no notes file)
    notes: list = field(default_factory=list)
    # editorial pages that quote each paragraph: {paragraph number: [quoted_on.QuotedOn(page, title, anchor)]}
    quoted_on: dict = field(default_factory=dict)

    @property
    def slug(self) -> str:
        return self.article.slug
