"""Who speaks: each paragraph's speakers decided from the article's speech
grammar (``grammar``), read in order (``reader``) into records (``model``).
May import the text layer only; figures and notes never import it, and it
never imports them. ``attribute(article)`` is the whole API.

``attribute`` loads the reader and its grammar on first use: pages and a cached
analysis read the records without them.
"""

from explainer.voices.model import Attribution, Entity, Evidence, Insertion, Mention, ParagraphVoices, Voices

__all__ = ["attribute", "Attribution", "Entity", "Evidence", "Insertion", "Mention", "ParagraphVoices", "Voices"]


def __getattr__(name: str):
    if name == "attribute":
        from explainer.voices.attribution import attribute

        return attribute
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
