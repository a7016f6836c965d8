"""Corrections and error reports: data/corrections.yml is verified like notes,
shown on the Corrections page and as a dated notice after the corrected
paragraph; every page links to the correction form, an e-mail address and a citation."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import yaml

from browser import page_paths
from conftest import ROOT, parse_html, run_mkdocs_build

CONFIG = yaml.safe_load(re.sub(r"!!python\S*", "", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")))


def first_seed() -> tuple[str, str]:
    """Any seed's slug and a phrase from its second paragraph."""
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    paragraphs = [" ".join(p.split()) for p in seed.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return seed.stem, " ".join(paragraphs[1].split()[:6])


def write_corrections(project, entries: list[dict]) -> None:
    (project / "data" / "corrections.yml").write_text(
        "# test\n" + yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
    )


def test_a_correction_whose_phrase_points_nowhere_stops_the_build(project_copy, tmp_path):
    slug, _ = first_seed()
    write_corrections(
        project_copy,
        [
            {
                "date": dt.date(2026, 12, 1),
                "article": slug,
                "phrase": "words no article holds",
                "wrong": "x.",
                "now": "y.",
            },
        ],
    )
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert re.search(r"data/corrections\.yml:2: the phrase “words no article holds” is not in", result.stderr)
    assert "Traceback" not in result.stderr


def test_corrections_show_on_their_page_and_next_to_the_paragraph(project_copy, tmp_path):
    slug, phrase = first_seed()
    body = (ROOT / "docs" / "summit.md").read_text().split("\n---\n", 1)[-1]
    editorial = next(line for line in body.splitlines() if len(line) > 60 and line[0].isalpha())
    words = " ".join(editorial.split()[:5])
    write_corrections(
        project_copy,
        [
            {
                "date": dt.date(2026, 12, 1),
                "article": slug,
                "phrase": phrase,
                "wrong": "It gave a wrong date.",
                "now": "The right one.",
            },
            {
                "date": dt.date(2026, 12, 2),
                "page": "summit.md",
                "phrase": words,
                "wrong": "A wrong name.",
                "now": "The right name.",
            },
        ],
    )
    out = tmp_path / "site"
    result = run_mkdocs_build(project_copy, out)
    assert result.returncode == 0, result.stderr
    listing = parse_html(out / "corrections" / "index.html")
    entries = [" ".join(h.get_text().split()) for h in listing.select("article h2")]
    assert entries[0].startswith("2 December 2026") and entries[1].startswith("1 December 2026"), entries
    article = parse_html(out / "articles" / slug / "index.html")
    notice = article.select_one("#p2").find_next_sibling()
    assert notice is not None and "It gave a wrong date." in notice.get_text()
    assert notice.time["datetime"] == "2026-12-01"
    summit = parse_html(out / "summit" / "index.html")
    [notice] = summit.select(".ex-correction")
    assert words.split()[0] in notice.find_previous("p").get_text() and "A wrong name." in notice.get_text()


def test_the_seeds_corrections_show_in_their_paragraph_and_never_inside_a_note(site_dir):
    """A notice inside a note's popover would be hidden until the note is opened."""
    logged = [c for c in yaml.safe_load((ROOT / "data" / "corrections.yml").read_text(encoding="utf-8")) or []]
    on_article = [c for c in logged if c.get("article")]
    assert on_article, "the seed's corrections include the article's notes"
    for slug in {c["article"] for c in on_article}:
        notices = parse_html(site_dir / "articles" / slug / "index.html").select(".ex-correction")
        assert len(notices) == len([c for c in on_article if c["article"] == slug])
        paragraphs = set()
        for notice in notices:
            assert notice.find_parent(class_="ex-note") is None, notice.get_text()[:80]
            paragraph = notice.find_previous_sibling()
            while "ex-correction" in paragraph.get("class", []):
                paragraph = paragraph.find_previous_sibling()
            assert "ex-para" in paragraph["class"], notice.get_text()[:80]
            paragraphs.add(paragraph["id"])
        assert len(paragraphs) > 1, "each notice follows its own paragraph"


def test_every_page_offers_an_error_report_an_email_and_a_citation(site_dir):
    for path in [p for p in page_paths(site_dir) if p != "404.html"]:
        soup = parse_html(site_dir / path / "index.html")
        canonical = soup.select_one('link[rel="canonical"]')["href"]
        report = soup.find("a", string="Report an error")
        assert report is not None, path
        url = urlsplit(report["href"])
        assert url.geturl().startswith(CONFIG["repo_url"] + "/issues/new")
        assert parse_qs(url.query) == {"template": ["correction.yml"], "page": [canonical]}
        assert (ROOT / ".github" / "ISSUE_TEMPLATE" / parse_qs(url.query)["template"][0]).is_file()
        assert soup.select_one(f'a[href^="mailto:{CONFIG["extra"]["corrections_email"]}"]'), path
        cite = next(p for p in soup.select(".ex-page-dates") if p.get_text().startswith("Cite this page"))
        assert canonical in cite.get_text(), path
