"""Glossary terms on the built site: each marked at its first use on a page, plain after."""

from __future__ import annotations

import re
from collections import Counter

from bs4 import NavigableString

from browser import page_paths
from conftest import parse_html

INTERACTIVE = ("a", "button", "label", "summary")


def reachable(node) -> bool:
    """Seen and reachable by a reader: not inside a link or button, nor hidden text."""
    for parent in node.parents:
        classes = parent.get("class") or []
        if parent.name in INTERACTIVE or parent.get("aria-hidden") == "true":
            return False
        if {"ex-visually-hidden", "ex-speaker--same"} & set(classes):
            return False
    return True


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
            uses = [
                text
                for text in content.find_all(string=words)
                if isinstance(text, NavigableString) and text.find_parent("abbr") is None
            ]
            repeated += bool(uses)
            if reachable(term):
                assert term.get("tabindex") == "0" and term.get("role") == "term", (path, str(term))
                # no reachable plain use of the term before its marked one
                first = next((text for text in content.find_all(string=words) if reachable(text)), None)
                assert first is not None and first.find_parent("abbr") is term, (path, term.get_text(), first)
            else:  # used only inside links: its first use keeps the definition for a mouse
                assert all(not reachable(text) for text in uses), (path, term.get_text())
    assert repeated >= 10, "terms used more than once on a page are left as plain text after the first"
