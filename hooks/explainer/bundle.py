"""One article after every analysis: the value the pages are rendered from.

``analyse`` runs the stages in order (text, then voices, notes and figures, which
never read each other's code: figures receive the voices as a value), so a
renderer receives a single value and never re-parses anything. May import the
text layer and the three analyses; never pages or site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explainer.errors import Problems
from explainer.figures.explanations import explanations_path, figure_stage
from explainer.notes import load_notes
from explainer.text.article import Article
from explainer.text.seeds import SeedFiles, load_article
from explainer.voices import attribute


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


def analyse(seed: SeedFiles, problems: Problems | None = None) -> ArticleBundle:
    """Load one seed and run every analysis stage on it, once.

    With ``problems``, a bad metadata, notes or explanations file is recorded
    there and the other stages still run (a seed text that cannot be read still
    raises); without it, the first stage with problems raises them.
    """
    found = Problems() if problems is None else problems
    article = load_article(seed, found)
    bundle = ArticleBundle(article=article, voices=attribute(article))
    with found.inside():
        bundle.notes = load_notes(seed.notes, article)
    with found.inside():
        bundle.figures = figure_stage(article, bundle.voices, explanations_path(seed.text))
    if problems is None:
        found.raise_errors()
    return bundle
