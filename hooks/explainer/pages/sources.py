"""``::: source "exact phrase"``: pull a paragraph of the article into an editorial page.

The editor names a phrase; the paragraph that holds it is rendered from the seed
itself, so a quote on a topic page can never drift from the source. Syntax::

    ::: source "we aim to increase [Cambodian] migrant workers"
    ::: source "8,000" prefix="additional" suffix="interns"
    ::: source "a phrase" some-seed-slug        (or seed=some-seed-slug)

The same calls are scanned before the article pages are rendered
(``directives.scan_pages``), so every paragraph can link back to the pages that quote it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import yaml

from explainer.bundle import ArticleBundle
from explainer.errors import InputError
from explainer.pages import article_page as render
from explainer.pages import speakers
from explainer.pages.directive_syntax import Call
from explainer.pages.links import relative
from explainer.text import editor_yaml
from explainer.text.anchoring import Anchor, resolve
from explainer.text.characters import yaml_problems
from explainer.text.markup import escape_text

KEYWORDS = ("prefix", "suffix", "seed")
_TITLE = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


class Pulled(NamedTuple):
    bundle: ArticleBundle
    anchor: Anchor
    block_id: str


def _arguments(call: Call) -> tuple[str, dict[str, str]]:
    positional, keywords = [], {}
    for arg in call.args:
        key, eq, value = arg.partition("=")
        if eq and key in KEYWORDS:
            keywords[key] = value
        else:
            positional.append(arg)
    if not positional or not positional[0].strip():
        raise call.error('::: source needs a phrase in quotes, e.g. ::: source "exact words from the article"')
    if len(positional) == 2 and "seed" not in keywords:
        keywords["seed"] = positional.pop()
    if len(positional) > 1:
        raise call.error(
            f"::: source takes one phrase (got {len(positional)}): put the whole phrase in one pair of quotes"
        )
    return positional[0], keywords


def pull(call: Call, site) -> Pulled:
    """Resolve a ``::: source`` call to exactly one paragraph, or stop with file:line."""
    exact, options = _arguments(call)
    bundles = site.bundles
    if "seed" in options:
        bundles = [b for b in site.bundles if b.slug == options["seed"]]
        if not bundles:
            known = ", ".join(b.slug for b in site.bundles)
            raise call.error(f"no seed '{options['seed']}' (seeds: {known})")
    anchor = resolve(
        [b.article for b in bundles],
        exact,
        path=call.page,
        line=call.line,
        prefix=options.get("prefix", ""),
        suffix=options.get("suffix", ""),
        how_to_pick=f'add the words around it: ::: source "{exact}" prefix="words before" (or suffix="words after")',
    )
    bundle = next(b for b in bundles if b.article is anchor.article)
    # the line number keeps ids unique on a page; "q" + digits is no heading slug
    return Pulled(bundle, anchor, f"q{call.line}-{anchor.paragraph.anchor}")


def introduced_above(site, call: Call) -> set[str]:
    """The speakers of the paragraphs the page quotes above this call (``scan_pages`` has
    recorded every quote, its line in its block id "q<line>-p<n>"): their role is given
    once, in the first caption that names them."""
    keys: set[str] = set()
    for bundle in site.bundles:
        for number, places in bundle.quoted_on.items():
            above = any(
                place.quoted and place.page == call.page_url and int(place.anchor[1:].split("-", 1)[0]) < call.line
                for place in places
            )
            if above and bundle.voices is not None:
                keys.update(entity.key for entity in bundle.voices.paragraph(number).speakers)
    return keys


def source(call: Call, site) -> str:
    """The paragraph as an attributed block quote linking to the annotated article."""
    pulled = pull(call, site)
    bundle, paragraph = pulled.bundle, pulled.anchor.paragraph
    base = f"articles/{bundle.slug}"
    article_href = relative(f"{base}/index.md", call.page_url) + f"#{paragraph.anchor}"
    people_href = relative(f"{base}/people.md", call.page_url)
    number = paragraph.number
    mark = (
        f'<p class="ex-para__markline" markdown="span">[<span aria-hidden="true">¶</span>{number}]'
        f'({article_href}){{ .ex-para__mark aria-label="Paragraph {number} in the annotated article" }}</p>'
    )
    block = render.paragraph_block(
        bundle.article,
        paragraph,
        render.paragraph_decorations(bundle, paragraph, call.page_url, pulled.block_id),
        footer=render.paragraph_footer(bundle, paragraph, context="quote", block_id=pulled.block_id),
        classes="ex-para--quoted",
        anchor=pulled.block_id,
        mark=mark,
        search_speakers=speakers.search_names(bundle, paragraph),
    )
    summary = speakers.speaker_summary(bundle, paragraph, people_href, introduced_above(site, call))
    credit = escape_text(speakers.outlet(bundle))
    caption = (
        f"{summary} · {credit}, [paragraph {number} of the annotated article]({article_href})"
        if summary
        else f"{credit}, [paragraph {number} of the annotated article]({article_href})"
    )
    return (
        '\n<figure class="ex-source" markdown>\n'
        '<blockquote class="ex-source__quote" markdown>\n'
        f"{block}"
        "</blockquote>\n"
        # the caption's id ends the quote for site search: the editors' words after it
        # are not the speaker's (docs/javascripts/search.js)
        f'<figcaption class="ex-source__caption" id="{pulled.block_id}-caption" markdown="span">'
        f"{caption}</figcaption>\n"
        "</figure>\n"
    )


def front_matter_problems(markdown: str, path: Path) -> list[InputError]:
    """Control characters a page's front matter spells as YAML escapes (its title and
    description reach <title> and meta tags); bad YAML is MkDocs' own message."""
    end = markdown.find("\n---", 4) if markdown.startswith("---\n") else -1
    try:
        return yaml_problems(editor_yaml.compose(markdown[4:end]), path, first_line=2) if end > 0 else []
    except yaml.YAMLError:
        return []


def page_title(markdown: str, fallback: str) -> str:
    """The title a page shows: front matter ``title``, else its first ``#`` heading."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---", 4)
        if end > 0:
            try:
                meta = editor_yaml.load(markdown[4:end]) or {}
            except yaml.YAMLError:
                meta = {}
            if isinstance(meta, dict) and isinstance(meta.get("title"), str):
                return meta["title"]
            markdown = markdown[end + 4 :]
    heading = _TITLE.search(markdown)
    return heading.group(1).strip() if heading else fallback


def check_front_matter(path: Path, markdown: str) -> None:
    """A page's front matter is editors' YAML too: anchors, aliases and deep nesting are
    refused at their line (MkDocs reads it itself, with a loader that allows them)."""
    if not markdown.startswith("---\n"):
        return
    end = markdown.find("\n---", 4)
    if end < 0:
        return
    front = markdown[4 : end + 1]
    try:
        editor_yaml.refuse_anchors_and_nesting(front)
    except editor_yaml.AnchorError as error:
        refused = editor_yaml.yaml_error(path, error, front)
        raise InputError(path, refused.message, (refused.line or 0) + 1) from None
    except yaml.YAMLError:
        return  # not front matter to MkDocs either: it shows the page as it is
