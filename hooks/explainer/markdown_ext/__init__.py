"""Three Python-Markdown extensions the adapter adds to every page: glossary
terms reachable by keyboard (``abbr_focus``), tables wrapped in their
scroll container at build time (``table_wrap``) and a visible "Analysis" label
on paragraphs marked ``{ .analysis }`` (``analysis_label``).

Imports nothing of the engine.
"""
