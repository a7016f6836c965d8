"""Who speaks: each paragraph's speakers decided from the article's speech
grammar (``grammar``), read in order (``reader``) into records (``model``).

May import the text layer only; figures and notes never import it, and it
never imports them. ``attribute(article)`` is the whole API.
"""

from explainer.voices.attribution import attribute
from explainer.voices.model import Attribution, Entity, Insertion, Mention, ParagraphVoices, Voices

__all__ = ["attribute", "Attribution", "Entity", "Insertion", "Mention", "ParagraphVoices", "Voices"]
