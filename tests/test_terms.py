"""Glossary terms on the built site: each marked at its first use on a page, plain after."""

from __future__ import annotations

import re
from collections import Counter

from bs4 import NavigableString

from browser import page_paths
from conftest import parse_html

INTERACTIVE = ("a", "button", "label", "summary")


def where(node) -> int:
    """0: in the text everyone sees; 1: in a heading or an editors' note (seen once opened);
    2: where it cannot take focus (a link or button, hidden text)."""
    best = 0
    for parent in node.parents:
        classes = parent.get("class") or []
        if parent.name in INTERACTIVE or parent.get("aria-hidden") == "true":
            return 2
        if {"ex-visually-hidden", "ex-speaker--same"} & set(classes):
            return 2
        if parent.has_attr("popover") or parent.name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            best = 1
    return best


def test_a_term_is_marked_on_its_first_use_per_page_and_plain_after(site_dir):
    pages = [p for p in page_paths(site_dir) if p != "404.html"]
    assert any(p.startswith("articles/") and p.count("/") == 2 for p in pages)
    repeated = 0
    for path in pages:
        content = parse_html(site_dir / path / "index.html").select_one("article.md-content__inner")
        terms = content.find_all("abbr", title=True)
        counts = Counter(term.get_text() for term in terms)
        assert all(count == 1 for count in counts.values()), (path, counts)
        for term in terms:
            words = re.compile(rf"\b{re.escape(term.get_text())}\b")
            uses = [text for text in content.find_all(string=words) if isinstance(text, NavigableString)]
            repeated += len(uses) > 1
            # the marked use is the first where the term stands best: in the page's text,
            # else in a heading or a note; one in a link keeps its mark only where the term stands nowhere else
            best = min(where(text) for text in uses)
            first = next(text for text in uses if where(text) == best)
            assert first.find_parent("abbr") is term, (path, term.get_text(), best)
            if best < 2:
                assert term.get("tabindex") == "0" and term.get("role") == "term", (path, str(term))
            else:
                assert not term.has_attr("tabindex"), (path, str(term))
    assert repeated >= 10, "terms used more than once on a page are left as plain text after the first"
