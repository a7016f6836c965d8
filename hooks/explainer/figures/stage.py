"""The figures stage: every figure found once, with its speakers and the editors' explanations.

Apart from ``explanations`` so that reading an editor's explanations (pages, checks)
never loads the patterns that find figures.
"""

from __future__ import annotations

from pathlib import Path

from explainer.figures.explanations import load_explanations
from explainer.figures.extract import extract_figures
from explainer.figures.model import FigureSet
from explainer.text.article import Article


def figure_stage(article: Article, voices, explanations_file: Path) -> FigureSet:
    """Extract the figures once, attach speakers (when voices are known) and explanations."""
    speaker = None
    if voices is not None:

        def speaker(number: int, offset: int) -> str | None:
            entity = voices.speaker_at(offset) or voices.speaker_of(number)
            return entity.name if entity is not None else None

    figures = extract_figures(article, speaker)
    explanations = load_explanations(explanations_file, [f.key for f in figures])
    return FigureSet(
        figures=figures,
        explanations=explanations,
        explanations_path=str(explanations_file),
        attributed=voices is not None,
    )
