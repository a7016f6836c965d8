"""Everything an editor may write in a page of ``docs/`` that the build expands:
the one table of ``:::`` directives with their handlers, and the phrase-link form.

A directive is a line of its own, ``::: <kind> <arguments>`` (``directive_syntax``
reads it); its handler gets the parsed call and the site model and returns
Markdown. A phrase link is written inside a line (``phrase_links``). A kind not
in ``DIRECTIVES`` is an input problem naming the kinds there are.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from explainer.errors import InputError, Problems
from explainer.pages import chart, data_fields, figures_page, phrase_links, sources
from explainer.pages.directive_syntax import DIRECTIVE_LINE, Call, find_calls
from explainer.pages.quoted_on import QuotedOn
from explainer.text import editor_files
from explainer.text.characters import text_problems
from explainer.text.page_html import page_html_problems
from explainer.text.web_links import page_link_problems

__all__ = ["DIRECTIVES", "DIRECTIVE_LINE", "PHRASE_LINK", "Call", "expand", "find_calls", "render", "scan_pages"]


class Directive(NamedTuple):
    """One kind of ``:::`` line: how it is written, what renders it, and whether
    ``make check`` renders it too (it reads editors' data files, not an analysis
    that an earlier problem may have left unfinished)."""

    syntax: str
    handler: Callable[[Call, object], str]
    checked: bool = False


class LinkForm(NamedTuple):
    """A link form written inside a line: its syntax and what resolves it."""

    syntax: str
    resolver: Callable[..., list[phrase_links.PhraseLink]]


DIRECTIVES: dict[str, Directive] = {
    "source": Directive('::: source "exact words" [prefix="..."] [suffix="..."] [<slug>]', sources.source),
    "chart": Directive('::: chart "data/<name>.yml"', chart.chart_directive, checked=True),
    "figure-cards": Directive("::: figure-cards <slug> [figure key ...]", figures_page.figure_cards_directive),
    "data-fields": Directive("::: data-fields", data_fields.data_fields_directive, checked=True),
}
PHRASE_LINK = LinkForm(phrase_links.SYNTAX, phrase_links.find_links)


def unknown(call: Call) -> InputError | None:
    """The error for a kind the table does not hold, else None."""
    if call.kind in DIRECTIVES:
        return None
    known = ", ".join(sorted(DIRECTIVES)) or "none"
    return call.error(f"unknown directive '::: {call.kind}' (known: {known})")


def render(call: Call, site) -> str:
    """The Markdown of one directive, or its InputError (an unknown kind included)."""
    if unknown_kind := unknown(call):
        raise unknown_kind
    return DIRECTIVES[call.kind].handler(call, site)


def expand(markdown: str, page: str, page_url: str, site, first_line: int = 1, problems: Problems | None = None) -> str:
    """The page with every directive replaced by its Markdown.

    With ``problems`` (the live preview while the input has errors), a directive that
    fails is recorded there and left out, so the rest of the page still renders.
    """
    calls = {call.line - first_line + 1: call for call in find_calls(markdown, page, page_url, first_line, problems)}
    if not calls:
        return markdown
    lines = markdown.splitlines()
    for number, call in calls.items():
        try:
            lines[number - 1] = render(call, site)
        except InputError as error:
            if problems is None:
                raise
            problems.add(error)
            lines[number - 1] = ""
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")


def scan_pages(docs_dir: str | Path, site) -> None:
    """Resolve every ``::: source`` call and phrase link in the editorial pages and
    record, per paragraph, which pages quote or link to it (``bundle.quoted_on``),
    before any article page is rendered. Checked directives (a chart: its data file,
    values, sources) are rendered to find their problems. Every bad directive of
    every page is collected and raised at the end as ``Problems``."""
    docs = Path(docs_dir)
    problems = Problems()
    for bundle in site.bundles:
        bundle.quoted_on = {}
    for path in sorted(docs.rglob("*.md")):
        url = path.relative_to(docs).as_posix()
        if any(part.startswith(".") for part in url.split("/")):
            continue  # MkDocs leaves dot files and folders out of the site
        try:
            markdown = editor_files.read_text(path, "page", docs)
        except InputError as error:
            problems.add(error)
            continue
        if unsafe := text_problems(markdown, path) or sources.front_matter_problems(markdown, path):
            problems.found += unsafe  # and nothing else of the page, which could echo them
            continue
        with problems.inside():
            sources.check_front_matter(path, markdown)
        problems.found += page_link_problems(markdown, path) + page_html_problems(markdown, path)
        title = None
        for call in find_calls(markdown, str(path), url, problems=problems):
            if unknown_kind := unknown(call):
                problems.add(unknown_kind)
            elif DIRECTIVES[call.kind].checked:
                with problems.inside():
                    render(call, site)
            elif call.kind == "source":
                with problems.inside():
                    pulled = sources.pull(call, site)
                    title = title or sources.page_title(markdown, url)
                    places = pulled.bundle.quoted_on.setdefault(pulled.anchor.paragraph.number, [])
                    places.append(QuotedOn(url, title, pulled.block_id))
        for link in PHRASE_LINK.resolver(markdown, str(path), url, site, problems=problems):
            title = title or sources.page_title(markdown, url)
            link.bundle.quoted_on.setdefault(link.paragraph.number, []).append(
                QuotedOn(url, title, link.link_id, quoted=False)
            )
    problems.raise_errors()
