"""Mends to Material for MkDocs' output (``htmlfix``) and to the `mkdocs serve`
loop (``serve_speed``), kept apart so they can go when upstream fixes them.

Imports nothing of the engine and nothing of MkDocs: the adapter passes objects in.
"""
