"""Run every analysis on one seed, in order: text, then voices, notes and figures.

The three analyses never read each other's code: figures receive the voices as a
value. The result is one ``ArticleBundle``. Importing this module loads every
analyser (their grammar and patterns), which a build whose seeds are all in the
analysis cache never needs. May import the text layer, the analyses and the bundle.
"""

from __future__ import annotations

from explainer.bundle import ArticleBundle
from explainer.errors import Problems
from explainer.figures.explanations import explanations_path
from explainer.figures.stage import figure_stage
from explainer.notes import load_notes
from explainer.text.seeds import SeedFiles, load_article
from explainer.voices.attribution import attribute


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
