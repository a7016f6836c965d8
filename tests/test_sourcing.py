"""Every paragraph of the editors' own text says where it comes from.

The rule, paragraph by paragraph over docs/*.md, rendered with the site's own
Markdown extensions:

- a paragraph or list item links a source (``http(s)://``) or the article's
  paragraph (a phrase link, ``[¶](phrase: "...")``), or it is marked as the
  editors' own analysis with ``{ .analysis }``, which the site shows as an
  "Analysis" label (hooks/explainer/markdown_ext/analysis_label.py);
- not held to it: headings, ``:::`` directive lines (quotes of the article,
  figure cards, charts: each carries its own source), list items that are pure
  navigation (they begin with a link to another page of this site), and the
  paragraphs of the About page's sections that describe the site itself
  (``SITE_SECTIONS``), whose subject is this site, not the story;
- a paragraph that calls a claim unconfirmed links the secondary source it was
  seen in, or the article.

Also here: the four facts once credited to a page that does not say them link
the page that does, on every page, note and timeline entry that states them.
"""

from __future__ import annotations

import re
import shutil
from itertools import takewhile
from pathlib import Path

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup, Tag

from conftest import ROOT, SEED_SLUG, parse_html
from explainer.markdown_ext.analysis_label import LABEL_CLASS, LABEL_TEXT, AnalysisLabelExtension
from markdown_render import render_page

DOCS = ROOT / "docs"
# About-page sections about the site itself (method, downloads, privacy): their
# paragraphs need no source; their list items still do, unless navigation
SITE_SECTIONS = {
    "Method",
    "How we checked",
    "Who is speaking",
    "Editors' notes",
    "Data downloads",
    "Privacy",
    "Corrections",
}
SOURCE_HREF = re.compile(r"^(?:https?://|phrase:)")


def _own_part(block: Tag) -> Tag:
    """A copy of the block without nested lists: a list item's sub-items are blocks of their own."""
    copy = BeautifulSoup(str(block), "html.parser").find(block.name)
    for nested in copy.find_all(["ul", "ol"]):
        nested.decompose()
    return copy


def _is_navigation(item: Tag) -> bool:
    """A list item that starts with a link to another page of this site."""
    first = next((c for c in item.children if not (isinstance(c, str) and not c.strip())), None)
    return isinstance(first, Tag) and first.name == "a" and not SOURCE_HREF.match(first.get("href", ""))


def unsourced(page_markdown: str, page: str) -> list[str]:
    """The start of every paragraph or list item of the page that breaks the rule."""
    soup = render_page(page_markdown)
    section, problems = None, []
    for block in soup.find_all(["h2", "p", "li"]):
        if block.name == "h2":
            section = " ".join(block.get_text().replace("¶", "").split())
            continue
        if block.name == "p" and block.find_parent("li"):
            continue  # part of its list item
        own = _own_part(block)
        text = " ".join(own.get_text().split())
        if not text or text.startswith(":::"):
            continue
        if block.name == "li" and _is_navigation(block):
            continue
        if block.name == "p" and page == "about.md" and section in SITE_SECTIONS:
            continue
        sourced = any(SOURCE_HREF.match(a.get("href", "")) for a in own.find_all("a"))
        marked = block.name == "p" and "analysis" in (block.get("class") or [])
        if not (sourced or marked):
            problems.append(f"{page}: no source link, phrase link or {{ .analysis }} marker: {text[:90]!r}")
        elif re.search(r"\bunconfirmed\b", text, re.IGNORECASE) and not sourced:
            problems.append(f"{page}: calls a claim unconfirmed without linking where it was seen: {text[:90]!r}")
    return problems


def editorial_pages(docs: Path) -> list[Path]:
    return sorted(docs.glob("*.md"))


def test_every_editorial_paragraph_links_a_source_or_is_marked_as_analysis():
    pages = editorial_pages(DOCS)
    assert {p.name for p in pages} >= {"index.md", "summit.md", "plans.md", "critique.md", "about.md"}
    problems = [line for page in pages for line in unsourced(page.read_text(encoding="utf-8"), page.name)]
    assert problems == []


def test_the_about_page_still_has_the_sections_it_is_exempted_for():
    """An exemption by heading must not outlive its heading, or widen unseen."""
    headings = {
        h.get_text().replace("¶", "").strip() for h in render_page((DOCS / "about.md").read_text()).find_all("h2")
    }
    assert headings >= SITE_SECTIONS


def test_a_paragraph_added_without_a_source_fails_the_rule(tmp_path):
    docs = tmp_path / "docs"
    shutil.copytree(DOCS, docs)
    page = docs / "critique.md"
    page.write_text(
        page.read_text(encoding="utf-8") + "\nA new claim about wages that cites nothing at all.\n", encoding="utf-8"
    )
    problems = [line for p in editorial_pages(docs) for line in unsourced(p.read_text(encoding="utf-8"), p.name)]
    assert problems == [
        "critique.md: no source link, phrase link or { .analysis } marker: "
        "'A new claim about wages that cites nothing at all.'"
    ]


@pytest.mark.parametrize(
    ("added", "passes"),
    [
        ("A claim with a [source](https://example.org/report).", True),
        ('A claim that the article makes ([¶](phrase: "primary focus remains")).', True),
        ("Our own reading of the two positions.\n{ .analysis }", True),
        ("A claim linking only [another page](plans.md).", False),
        ("- A list item with a claim and no source.", False),
        ("- [Plans](plans.md): where the plan is discussed.", True),
        ("This figure is unconfirmed.\n{ .analysis }", False),
        ("This figure is unconfirmed ([seen here](https://example.org/secondary)).", True),
    ],
)
def test_the_rule_on_single_paragraphs(added, passes):
    assert (unsourced(f"# Page\n\n{added}\n", "x.md") == []) is passes


def test_about_page_exemption_covers_its_site_sections_only():
    body = "# About\n\n## Privacy\n\nWe set no cookies.\n\n## Source\n\nA fact about the article.\n"
    assert unsourced(body, "about.md") == [
        "about.md: no source link, phrase link or { .analysis } marker: 'A fact about the article.'"
    ]


# --- The "Analysis" label ------------------------------------------------------------


def render_with_label(text: str) -> BeautifulSoup:
    html = markdown.Markdown(extensions=["attr_list", "abbr", AnalysisLabelExtension()]).convert(text)
    return BeautifulSoup(html, "html.parser")


def test_a_marked_paragraph_starts_with_the_word_analysis_as_real_text():
    soup = render_with_label("Our *own* reading of ASEAN.\n{ .analysis }\n\nA sourced fact.\n\n*[ASEAN]: a bloc")
    marked, plain = soup.find_all("p")
    label = marked.contents[0]
    assert label.name == "span" and label["class"] == [LABEL_CLASS] and label.get_text() == LABEL_TEXT
    assert " ".join(marked.get_text().split()) == "Analysis Our own reading of ASEAN."
    assert marked.find("em").get_text() == "own" and marked.find("abbr") is not None
    assert plain.find(class_=LABEL_CLASS) is None


def test_a_paragraph_with_other_classes_is_labelled_once():
    soup = render_with_label("[A link](https://example.org) first.\n{ .analysis .wide }")
    paragraph = soup.find("p")
    assert len(paragraph.select(f".{LABEL_CLASS}")) == 1
    assert paragraph.contents[0]["class"] == [LABEL_CLASS] and paragraph.find("a")["href"] == "https://example.org"


def test_every_marked_paragraph_of_the_built_site_shows_its_label(site_dir):
    seen = 0
    for page in editorial_pages(DOCS):
        built = site_dir / ("" if page.stem == "index" else page.stem) / "index.html"
        for paragraph in parse_html(built).select("article p.analysis"):
            seen += 1
            assert paragraph.contents[0].name == "span", page.name
            assert paragraph.contents[0].get_text() == LABEL_TEXT, page.name
            assert len(paragraph.select(f".{LABEL_CLASS}")) == 1
    assert seen >= 3


# --- The four facts once credited to the wrong page ----------------------------------

STATESMAN = "thestatesman.com"
FACTS = {
    # what the text says (a regex) -> the site whose page says it
    "royal decree of 7 August 2023": (r"royal decree", STATESMAN),
    "Hun Sen staying on as party president": (r"president of the ruling", STATESMAN),
    "Indonesia as ASEAN chair in 2023": (r"chaired ASEAN|ASEAN\s+chair", "straitstimes.com"),
    "ASEAN-Japan ties since 1973": (r"\b1973\b", "baochinhphu.vn"),
}
LINK = re.compile(r"\]\((https?://[^)\s]+)")


def cited_after(text: str, pattern: str) -> list[str]:
    """For each place the text states the fact: the host of the first source linked after it."""
    hosts = []
    for match in re.finditer(pattern, text):
        link = LINK.search(text, match.end())
        hosts.append(link.group(1).split("/")[2] if link else "")
    return hosts


def texts_stating_facts() -> list[tuple[str, str]]:
    """(where, text) for every editorial page, note and figure explanation."""
    texts = [(page.name, page.read_text(encoding="utf-8")) for page in editorial_pages(DOCS)]
    notes = (ROOT / "seeds" / f"{SEED_SLUG}.notes.md").read_text(encoding="utf-8")
    texts += [(f"note {i}", note) for i, note in enumerate(re.split(r"^## ", notes, flags=re.MULTILINE)) if i]
    figures = yaml.safe_load((ROOT / "seeds" / f"{SEED_SLUG}.figures.yml").read_text(encoding="utf-8"))
    texts += [(f"figure {key}", value) for key, value in figures.items()]
    return texts


@pytest.mark.parametrize("fact", FACTS)
def test_each_wrongly_credited_fact_now_links_the_page_that_says_it(fact):
    pattern, host = FACTS[fact]
    found = 0
    for where, text in texts_stating_facts():
        for cited in cited_after(text, pattern):
            found += 1
            assert cited.endswith(host), f"{where}: {fact} cites {cited or 'nothing'}, not {host}"
    events = yaml.safe_load((ROOT / "data" / "timeline.yml").read_text(encoding="utf-8"))
    for event in events:
        if re.search(pattern, f"{event['date']} {event['label']}"):
            found += 1
            assert event["source"].split("/")[2].endswith(host), f"timeline: {event['label']}"
    assert found >= 2, f"{fact}: stated in at least a page and a note or the timeline"


def test_the_royal_decree_is_no_longer_credited_to_the_page_about_the_vote():
    for where, text in texts_stating_facts():
        assert "vietnamplus" not in "".join(cited_after(text, r"royal decree")), where


# --- Wordings the fact-check found wrong ---------------------------------------------

RETIRED = [
    "visited KOJIMA",
    "visits KOJIMA",
    "ten Southeast Asian states",
    "start in 2027 is unconfirmed",
    "1 April 2027",
    "Employment for Skill Development",
    "several thousand more",
    "most often made of Japan",
    "answering criticism of Japan",
    "Sources disagree",
    "turns the Prime Minister's priority around",
    "CENTRAL director's answer",
    "group answered",
    "lacks jobs",
]
EDITORS_FILES = [
    *editorial_pages(DOCS),
    ROOT / "seeds" / f"{SEED_SLUG}.notes.md",
    ROOT / "seeds" / f"{SEED_SLUG}.figures.yml",
    ROOT / "seeds" / f"{SEED_SLUG}.yml",
    ROOT / "data" / "timeline.yml",
    ROOT / "data" / "cambodians-in-japan.yml",
    ROOT / "includes" / "abbreviations.md",
]


def test_no_retired_wording_is_left_in_the_editors_text():
    assert yaml.safe_load((ROOT / "data" / "corrections.yml").read_text(encoding="utf-8")), "and each is logged"
    for path in EDITORS_FILES:
        text = " ".join(path.read_text(encoding="utf-8").split())
        for wording in RETIRED:
            assert wording.lower() not in text.lower(), f"{path.relative_to(ROOT)}: {wording!r}"


# --- How we checked, and both sides checked ------------------------------------------


def section_of(soup: BeautifulSoup, heading: str) -> list[Tag]:
    """The elements after an h2 up to the next one."""
    start = next(h for h in soup.select("article h2") if h.get_text().replace("¶", "").strip() == heading)
    return list(takewhile(lambda element: element.name != "h2", start.find_next_siblings()))


def test_the_about_page_says_how_we_checked_when_and_what_could_not_be_confirmed(site_dir):
    section = section_of(parse_html(site_dir / "about" / "index.html"), "How we checked")
    text = " ".join(" ".join(e.get_text() for e in section).split())
    assert "last checked against its sources on 6 December 2026" in text
    unconfirmed = [li for e in section for li in e.select("li")]
    assert len(unconfirmed) >= 5
    for item in unconfirmed:
        assert item.select_one('a[href^="http"], a[href*="/articles/"]'), item.get_text()[:80]


def test_the_critique_page_checks_the_critics_claims_against_sources(site_dir):
    section = section_of(parse_html(site_dir / "critique" / "index.html"), "Checking his claims")
    hosts = {a["href"].split("/")[2] for e in section for a in e.select('a[href^="http"]')}
    assert {"www.phnompenhpost.com", "www.ilo.org"} <= hosts
    assert any("unconfirmed" in e.get_text() for e in section), "what could not be checked says so"
