"""What counts: every number, amount, date and period found in the article
(``extract``), relative dates resolved (``dates``), editors' explanations
joined (``explanations``).

May import the text layer only; it receives the voices as a value and never
imports voices or notes.
"""

from explainer.figures.extract import Figure, FigureSet, Occurrence, extract_figures

__all__ = ["Figure", "FigureSet", "Occurrence", "extract_figures"]
