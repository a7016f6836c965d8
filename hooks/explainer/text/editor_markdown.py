"""The Markdown editors write in notes and figure explanations, made inert: one path for both.

Editors' notes (``seeds/<slug>.notes.md``) and figure explanations
(``seeds/<slug>.figures.yml``) come from pull requests that reviewers read as
Markdown, not as the HTML it becomes. So they may use only what a note needs:
paragraphs, ``*emphasis*``, ``**strong**``, `` `code` ``, lists, and links to
``http(s)://`` or ``mailto:`` addresses (checked by ``web_links``). Raw HTML, a
link anywhere else, a reference-style link and a code block stop the build at
their line.

``safe_markdown`` writes what is left as Markdown in which every other
punctuation character is a character reference, so the page's Markdown (and its
abbreviations, which still mark terms in notes) can see no other syntax in it.
``safe_html`` renders it on its own, for data files such as ``annotations.jsonld``,
and passes the HTML through nh3 (the Rust sanitiser ammonia) with the same
allow-list, so nothing else can come out even if a rule above were wrong.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import markdown
import nh3

from explainer.errors import InputError
from explainer.text.markup import escape_text
from explainer.text.web_links import WEB_OR_MAIL, link_problem

TAGS = {"p", "em", "strong", "code", "a", "ul", "ol", "li", "br"}
ATTRIBUTES = {"a": {"href"}}
SCHEMES = set(WEB_OR_MAIL)

_INLINE = re.compile(
    r"\[(?P<label>[^\[\]\n]+)\]\((?P<url>[^)\s]*)\)?"
    r"|<(?P<auto>(?:https?|mailto):[^>\s]*)>"
    r"|`(?P<code>[^`\n]+)`"
    r"|\*\*(?P<strong>[^*\n]+)\*\*"
    r"|\*(?P<em>[^*\n]+)\*"
)
# a tag, a closing tag, a comment, a declaration or a processing instruction
_RAW_HTML = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|/|!|\?)")
_REFERENCE = re.compile(r"^[ \t]{0,3}\[[^\]\n]*\]:", re.MULTILINE)
_FENCE = re.compile(r"^[ \t]*(?:```|~~~)", re.MULTILINE)
_LIST_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<marker>[-*+]|\d{1,9}\.)[ \t]+(?P<rest>\S.*)$")
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n\s*")
# characters Markdown would read as part of the link's syntax, not its address
_URL_SYNTAX = set("<>\"'()[]{}\\`")


def safe_markdown(text: str, path: str | Path, line: int, *, line_breaks: bool = True) -> str:
    """Editor Markdown limited to the allowed syntax, everything else escaped.

    ``line`` is the file line where ``text`` starts, for error messages. Without
    ``line_breaks`` a paragraph is written on one line (a list keeps its lines).
    """
    text = text.strip("\n")

    def refuse(message: str, offset: int) -> None:
        raise InputError(path, message, line + text.count("\n", 0, offset))

    if fence := _FENCE.search(text):
        refuse("a code block is not allowed here: put code in `backticks` within a line", fence.start())
    if raw := _RAW_HTML.search(text):
        refuse(
            "raw HTML is not allowed here: write Markdown (*emphasis*, **strong**, `code`, "
            "lists, [links](https://...))",
            raw.start(),
        )
    if reference := _REFERENCE.search(text):
        refuse(
            "write each link in place, as [name](https://...): a reference '[x]: ...' is not allowed", reference.start()
        )
    blocks, start = [], 0
    for breaking in [*_BLOCK_BREAK.finditer(text), None]:
        end = breaking.start() if breaking else len(text)
        lines, offset = [], start
        for raw_line in text[start:end].split("\n"):
            lines.append(_line(raw_line, lambda message, at=offset: refuse(message, at)))
            offset += len(raw_line) + 1
        if any(lines):
            listed = any(_LIST_ITEM.match(raw_line) for raw_line in text[start:end].split("\n"))
            blocks.append("\n".join(lines) if line_breaks or listed else " ".join(filter(None, lines)))
        start = breaking.end() if breaking else end
    return "\n\n".join(blocks)


def _line(text: str, refuse) -> str:
    """One line: a list item keeps its marker and indentation, other lines lose theirs
    (four spaces would make a code block)."""
    item = _LIST_ITEM.match(text)
    if item:
        indent = item.group("indent").replace("\t", "    ")
        marker = "-" if item.group("marker") in "-*+" else item.group("marker")
        return f"{indent}{marker} {_inline(item.group('rest'), refuse)}"
    return _inline(text.strip(), refuse)


def _inline(text: str, refuse) -> str:
    pieces, position = [], 0
    for match in _INLINE.finditer(text):
        pieces.append(_text(text[position : match.start()], refuse))
        if match.group("label") is not None or match.group("auto") is not None:
            url = match.group("url") if match.group("label") is not None else match.group("auto")
            label = match.group("label") if match.group("label") is not None else url
            if why := link_problem(url, WEB_OR_MAIL):
                refuse(f"link target {why}")
            if _URL_SYNTAX & set(url):
                refuse(f"link target '{url}' holds one of {''.join(sorted(_URL_SYNTAX))}: percent-encode it")
            pieces.append(f"[{escape_text(label)}]({url})")
        elif match.group("code") is not None:
            pieces.append(f"`{match.group('code')}`")
        elif match.group("strong") is not None:
            pieces.append(f"**{escape_text(match.group('strong'))}**")
        else:
            pieces.append(f"*{escape_text(match.group('em'))}*")
        position = match.end()
    pieces.append(_text(text[position:], refuse))
    return "".join(pieces).strip()


def _text(text: str, refuse) -> str:
    """Plain text between the allowed constructs, escaped; the end of a link that
    started on the line before (or was mistyped) would show as text: refused."""
    if "](" in text:
        refuse("write a link as [name](https://...) on one line")
    return escape_text(text)


@functools.cache
def _converter() -> markdown.Markdown:
    """One converter, reset per text (building one costs more than a note), made on first use."""
    return markdown.Markdown(output_format="html")


def safe_html(safe: str) -> str:
    """HTML of ``safe_markdown``'s output, cleaned by nh3 to the same allow-list."""
    html = _converter().reset().convert(safe)
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, link_rel=None)
