"""The whole site from the seeds folder in one pass: ``build_site`` parses
every seed once and renders every generated page; ``schema_org`` gives each
page its structured data.

May import every layer below it; the adapter, the export, ``check.py`` and
``review.py`` import it.
"""

from explainer.site.build import GeneratedFile, Site, article_dir, build_site

__all__ = ["GeneratedFile", "Site", "article_dir", "build_site"]
