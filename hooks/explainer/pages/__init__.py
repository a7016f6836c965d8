"""Where a page is written: the generated Markdown pages (annotated article,
figures glossary, people, all articles) and the directives editors write in
``docs/`` (``::: source``, figure cards).

Reads bundles; may import bundle, the analyses, downloads, editorial and text;
never site or export.
"""
