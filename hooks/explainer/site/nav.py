"""The navigation for any number of articles, from the nav an editor wrote.

``mkdocs.yml`` names the seed article's pages by hand. Every other article in
``seeds/`` gets a group of its own (annotated article, figures, people) under
"All articles", newest first, so a dropped-in article is in the nav without an
edit to ``mkdocs.yml``. The groups are sections whose first page is their index
(Material's ``navigation.indexes``), collapsed and left out of other pages'
HTML (``navigation.prune``). Inside "All articles" a page's nav shows the open
article and its neighbours by date (``window``), not every article: at 2,000
articles a nav listing all of them would be most of every article page's HTML
and most of the build. The "All articles" page lists them all; the windows
overlap, so every article is still reached from the nav alone.
"""

from __future__ import annotations

import fnmatch
from pathlib import Path

from explainer.errors import InputError
from explainer.pages import people_index
from explainer.pages.article_page import by_date as articles_by_date
from explainer.pages.sources import page_title
from explainer.site.build import Site, article_dir, article_of

INDEX = "articles/index.md"
INDEX_LABEL = "All articles"
ARTICLE_LABEL = "Annotated article"  # as the seed's entry in mkdocs.yml
NEIGHBOURS = 5  # articles shown in the nav on either side of the open one


def nav_paths(nav) -> set[str]:
    """Every page path named in a nav, at any depth."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*map(nav_paths, nav.values())) if nav else set()
    if isinstance(nav, list):
        return set().union(*map(nav_paths, nav)) if nav else set()
    return set()


def by_date(bundles: list) -> list:
    """In the order of the "All articles" page: newest first, undated last."""
    by_article = {id(b.article): b for b in bundles}
    return [by_article[id(a)] for a in articles_by_date([b.article for b in bundles])]


def article_group(bundle) -> dict:
    """One article's pages as a nav section whose index is the annotated article.
    Every entry has its label: an untitled one is None in the previous/next links
    of the pages MkDocs renders before it ("Previous: None")."""
    base = article_dir(bundle.slug)
    return {
        bundle.article.meta["title"]: [
            {ARTICLE_LABEL: f"{base}/index.md"},
            {"Figures glossary": f"{base}/figures.md"},
            {"People & organisations": f"{base}/people.md"},
        ]
    }


def site_nav(nav: list | None, site: Site) -> list | None:
    """``nav`` with a group for every article whose pages it does not name, and the
    people index across articles right after "All articles" unless it names it.

    The "All articles" entry becomes a section with the index page first; without
    one, the section is added at the end. No nav (MkDocs' own) stays None.
    """
    if nav is None:
        return None
    named = nav_paths(nav)
    nav = _with_articles(nav, site, named)
    if people_index.PATH in named:
        return nav
    index = next((n for n, entry in enumerate(nav) if INDEX in nav_paths(entry)), len(nav) - 1)
    return [*nav[: index + 1], {people_index.NAV_LABEL: people_index.PATH}, *nav[index + 1 :]]


def _with_articles(nav: list, site: Site, named: set[str]) -> list:
    missing = [b for b in site.bundles if f"{article_dir(b.slug)}/index.md" not in named]
    if not missing:
        return nav
    groups = [article_group(b) for b in by_date(missing)]
    section = {INDEX_LABEL: [{INDEX_LABEL: INDEX}, *groups]}
    result, placed = [], False
    for entry in nav:
        if not placed and entry == INDEX:
            result.append(section)
            placed = True
        elif not placed and isinstance(entry, dict) and len(entry) == 1 and next(iter(entry.values())) == INDEX:
            label = next(iter(entry))
            result.append({label: [{label: INDEX}, *groups]})
            placed = True
        else:
            result.append(entry)
    if not placed:
        result.append(section)
    return result


def _first_uri(item) -> str:
    """The source path of a nav item's first page ("" for a link to elsewhere)."""
    while getattr(item, "children", None):
        item = item.children[0]
    return getattr(getattr(item, "file", None), "src_uri", "")


def articles_section(items: list) -> tuple | None:
    """In a built nav (MkDocs' sections and pages, read by their ``children`` and
    ``file.src_uri``): the "All articles" section, its index page, its article groups
    (newest first) and each group's position by slug; None without such a section."""
    for item in items:
        if getattr(item, "children", None) and _first_uri(item) == INDEX:
            index, *groups = item.children
            opened = {article_of(_first_uri(group)): n for n, group in enumerate(groups)}
            return item, index, groups, opened
    return None


def window(groups: list, open_at: int | None, neighbours: int = NEIGHBOURS) -> list:
    """The article groups a page's nav shows: the open one (at ``open_at`` in
    ``groups``, newest first) with up to ``neighbours`` on each side, shifted to
    keep ``2 * neighbours + 1`` near either end; the newest ones with none open."""
    shown = 2 * neighbours + 1
    centre = 0 if open_at is None else open_at
    start = max(0, min(centre - neighbours, len(groups) - shown))
    return groups[start : start + shown]


def nav_problems(config_path: Path, nav, docs_dir: Path, not_in_nav: str = "") -> list[InputError]:
    """A page in ``docs/`` that ``nav:`` does not list is left out of the menu: one
    warning per page, at the ``nav:`` line, with the line to add."""
    if not nav:
        return []  # without nav: MkDocs lists every page itself
    listed = nav_paths(nav)
    patterns = [p.strip().lstrip("/") for p in not_in_nav.splitlines() if p.strip() and not p.startswith("#")]
    text = config_path.read_text(encoding="utf-8").splitlines()
    nav_line = next((n for n, line in enumerate(text, 1) if line.startswith("nav:")), None)
    entry = next((line for line in text[nav_line or 0 :] if line.lstrip().startswith("- ")), "  - ")
    indent = entry[: len(entry) - len(entry.lstrip())]
    found = []
    for page in sorted(docs_dir.rglob("*.md")):
        url = page.relative_to(docs_dir).as_posix()
        if url in listed or any(part.startswith(".") for part in url.split("/")):
            continue
        if any(fnmatch.fnmatch(url, pattern) for pattern in patterns):
            continue
        title = page_title(page.read_text(encoding="utf-8-sig", errors="replace"), url)
        found.append(
            InputError(
                config_path,
                f"{url} is not in the nav, so no menu leads to it: add the line '{indent}- {title}: {url}' under nav:",
                nav_line,
                warning=True,
            )
        )
    return found
