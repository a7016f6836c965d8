"""The article text: seeds found and read, paragraphs and quotes segmented,
phrases anchored to exact characters, seed text escaped for Markdown.

Owns everything about the characters of an article and its metadata file.
Imports only ``explainer.errors``; every other layer reads it.
"""
