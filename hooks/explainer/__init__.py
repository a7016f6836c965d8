"""The explainer engine: plain seed text in, annotated site pages out.

Pure Python with no MkDocs import, so it is unit-testable and can feed
any generator (see ``hooks/explainer_hook.py`` for the MkDocs adapter).
"""
