"""The one check of every link an editor writes: a web address, or mailto where that fits.

A browser reads a link's address after decoding character references and
dropping tabs, line ends and leading spaces, and compares its scheme without
regard to case: ``javascript&#58;``, ``jav&#x09;ascript:``, `` JavaScript:`` all
run script. So the scheme is read here the way a browser reads it, and an
editor's address must also *start* with exactly ``https://`` (or ``http://``,
``mailto:``) as written, with no space, control character or reference
anywhere that could make the written text and the address disagree.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from urllib.parse import urlsplit

from explainer.errors import InputError
from explainer.text import fences
from explainer.text.characters import visible

WEB = ("http", "https")
WEB_OR_MAIL = ("http", "https", "mailto")
PHRASE_LINK = "phrase:"  # [words](phrase: "exact words"): pages/phrase_links.py makes it a page link
# what a browser strips or skips while reading an address, and what hides text
_IGNORED = re.compile("[\x00-\x20\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def scheme_seen(target: str) -> str | None:
    """The scheme a browser would see in ``target`` (lower case), or None for a relative link."""
    seen = _IGNORED.sub("", html.unescape(target))
    match = _SCHEME.match(seen)
    return match.group(1).lower() if match else None


def link_problem(url: object, schemes: tuple[str, ...] = WEB) -> str | None:
    """Why ``url`` is not an address an editor may link to, or None when it is.

    ``schemes``: ``WEB`` (http, https) or ``WEB_OR_MAIL`` where an e-mail address fits.
    """
    wanted = "must be an http(s) address" + (" (or mailto:)" if "mailto" in schemes else "")
    if not isinstance(url, str) or not url:
        return f"{wanted} like https://example.org/page"
    shown = visible(url if len(url) <= 80 else url[:77] + "...")
    if _IGNORED.search(url) or "&" in url.split("?", 1)[0]:
        return f"{wanted}, with no space, invisible character or '&' before its query: '{shown}'"
    scheme = scheme_seen(url)
    if scheme not in schemes or url.split(":", 1)[0] != scheme:
        return f"{wanted} like https://example.org/page (scheme in lower case, nothing before it), not '{shown}'"
    parts = urlsplit(url)
    if scheme in WEB and (not url.startswith(f"{scheme}://") or not parts.hostname):
        return f"{wanted}, with a host name after '//': '{shown}'"
    if scheme == "mailto" and "@" not in parts.path:
        return f"{wanted}; an e-mail address reads mailto:name@example.org, not '{shown}'"
    return None


def target_problem(target: str) -> str | None:
    """For a link in a page (``docs/``): a relative link is fine (MkDocs checks it), any
    scheme but http, https and mailto is refused; None when the link may stay."""
    if scheme_seen(target) is None and not _IGNORED.match(target):
        return None
    return link_problem(target, WEB_OR_MAIL)


# Where a Markdown page (docs/) names an address: an inline link or image, a reference
# definition, an autolink, or an attribute of raw HTML or of attr_list.
_PAGE_TARGETS = (
    re.compile(r"\]\([ \t]*<?([^)\s>]*)"),
    re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)"),
    re.compile(r"<([A-Za-z][A-Za-z0-9+.\-]*:[^>\s]*)>"),
    re.compile(
        r"\b(?:href|src|srcset|action|formaction|xlink:href|poster|data|cite|background)[ \t]*=[ \t]*"
        r"""(?:"([^"]*)"|'([^']*)'|([^\s>]+))""",
        re.IGNORECASE,
    ),
)


def page_link_problems(markdown: str, path: str | Path) -> list[InputError]:
    """Every link of an editorial page whose address is neither relative (MkDocs checks
    those) nor http(s) or mailto, one problem per link, at its line. Fenced code is skipped:
    an address shown as an example there is text."""
    found = []
    for number, line in fences.outside_code(markdown):
        for pattern in _PAGE_TARGETS:
            for match in pattern.finditer(line):
                target = next(group for group in match.groups() if group is not None)
                if target.startswith(PHRASE_LINK):
                    continue  # a link to a paragraph, expanded before the page renders
                if why := target_problem(target):
                    found.append(InputError(path, f"link {why}", number))
    return found
