"""The explainer engine: plain seed text in, annotated site pages out.

Data flows one way, each package importing only those below it::

    text     the article: seeds read and segmented, phrases anchored, text escaped
    voices | figures | notes    three analyses of the text, independent of each other
    bundle   one article after every analysis (the records only)
    analysis analyse(): runs the three on one seed, loaded only when an article is
             analysed (site/analysis_cache.py keeps the result between builds)
    pages    generated Markdown pages and data downloads; directives in docs/
    site     build_site(): every seed, every page, once per build
    export   the same site as plain files, for generators that run no hooks

``markdown_ext`` (three Markdown extensions) and ``material_fixes`` (mends to
Material's output and the serve loop) stand apart and import none of it. Pure
Python with no MkDocs import: ``hooks/explainer_hook.py`` is the MkDocs adapter.
The contracts in ``pyproject.toml`` hold this order.
"""
