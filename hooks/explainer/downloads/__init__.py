"""What a reader downloads beside the pages: each article's figures (CSV, JSON)
and voices (JSON), written from its bundle.

Reads bundles; may import bundle, the analyses and text; never pages, site or export.
"""
