"""Two Python-Markdown extensions the adapter adds to every page: glossary
terms reachable by keyboard (``abbr_focus``) and tables wrapped in their
scroll container at build time (``table_wrap``).

Imports nothing of the engine.
"""
