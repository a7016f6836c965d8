"""What counts: every number, amount, date and period found in the article
(``extract``, into the records of ``model``), relative dates resolved (``dates``),
editors' explanations joined (``explanations``, ``stage``).
May import the text layer only; it receives the voices as a value and never
imports voices or notes.

``extract_figures`` loads its patterns on first use: pages and a cached analysis
read the records without them.
"""

from explainer.figures.model import Figure, FigureSet, Occurrence

__all__ = ["Figure", "FigureSet", "Occurrence", "extract_figures"]


def __getattr__(name: str):
    if name == "extract_figures":
        from explainer.figures.extract import extract_figures

        return extract_figures
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
