"""Corrections and error reports: data/corrections.yml is verified like notes,
shown on the Corrections page and as a dated notice after the corrected
paragraph; every page links to the correction form, an e-mail address and a citation."""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from browser import page_paths
from conftest import ROOT, SEED_SLUG, parse_html, run_mkdocs_build
from test_check import check

CONFIG = yaml.safe_load(re.sub(r"!!python\S*", "", (ROOT / "mkdocs.yml").read_text(encoding="utf-8")))


def write_corrections(project, entries: list[dict]) -> None:
    (project / "data" / "corrections.yml").write_text(
        "# test\n" + yaml.safe_dump(entries, allow_unicode=True), encoding="utf-8"
    )


def correction(phrase: str, **where) -> dict:
    return {"date": dt.date(2026, 12, 1), **where, "phrase": phrase, "wrong": "It was wrong.", "now": "It is right."}


# An extra article (a slug sorting after the seed, with no metadata: its title is the slug's).
EXTRA = "zz-correction-test"
EXTRA_TITLE = "Zz correction test"
ALLOWANCE = "a daily allowance of 20,000 riel ($5)"
EXTRA_TEXT = [
    "The ministry opened a new training centre in the capital on 3 March 2025.",
    f"Each trainee receives {ALLOWANCE} for the first month, the director said.",
    "Classes run for twelve weeks and teach the language of the host country.",
    "The centre expects its first group to finish before the end of June.",
]


def add_extra_article(project, paragraphs: list[str] = EXTRA_TEXT) -> None:
    (project / "seeds" / f"{EXTRA}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def build(project, tmp_path):
    out = tmp_path / "site"
    return run_mkdocs_build(project, out), out


def assert_refused(project, tmp_path, problem: str) -> None:
    """The build and `make check` each fail with a line matching the regular expression
    ``problem``, and no traceback."""
    for result in (build(project, tmp_path)[0], check(project)):
        assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
        assert re.search(problem, result.stderr + result.stdout), result.stderr + result.stdout


def test_a_correction_whose_phrase_points_nowhere_stops_the_build(project_copy, tmp_path):
    write_corrections(project_copy, [correction("words no article holds", article=SEED_SLUG)])
    assert_refused(
        project_copy,
        tmp_path,
        rf"data/corrections\.yml:2: phrase \"words no article holds\" is not in the article '{SEED_SLUG}'; "
        r"closest passage \(¶\d+\): \"[^\"]+\"",
    )


def test_a_correction_with_a_figure_lands_after_its_own_paragraph(project_copy, tmp_path):
    """The figures of the phrase are links in the article's Markdown: the phrase still
    finds its paragraph, and the notice follows that paragraph's text, not the last one."""
    add_extra_article(project_copy)
    write_corrections(project_copy, [correction(ALLOWANCE, article=EXTRA)])
    result, out = build(project_copy, tmp_path)
    assert result.returncode == 0, result.stderr
    article = parse_html(out / "articles" / EXTRA / "index.html")
    text = article.select_one("#p2 .ex-para__text")
    assert text.select("a.ex-figure"), "the figures of the phrase are links"
    assert ALLOWANCE in " ".join(text.get_text().split())
    [notice] = article.select(".ex-correction")
    assert notice.find_previous_sibling("p") is text
    assert "It was wrong." in notice.get_text() and notice.time["datetime"] == "2026-12-01"
    listing = parse_html(out / "corrections" / "index.html")
    [heading] = listing.select("article h2")
    assert heading.time["datetime"] == "2026-12-01"
    [link] = heading.select("a:not(.headerlink)")
    assert link.get_text() == EXTRA_TITLE and "articles/" not in heading.get_text()
    assert link["href"] == f"../articles/{EXTRA}/#{notice['id']}"


def test_corrections_show_on_their_page_and_next_to_the_paragraph(project_copy, tmp_path):
    """The seed's article and an editorial page each get their notice; the Corrections
    page lists both, newest first, under the article's title and the page's."""
    phrase = " ".join(seed_paragraphs_of(SEED_SLUG)[1].split()[:6])
    title = yaml.safe_load((ROOT / "seeds" / f"{SEED_SLUG}.yml").read_text(encoding="utf-8"))["title"]
    write_corrections(
        project_copy,
        [
            correction(phrase, article=SEED_SLUG),
            {**correction("the sidelines of the summit", page="summit.md"), "date": dt.date(2026, 12, 2)},
        ],
    )
    result, out = build(project_copy, tmp_path)
    assert result.returncode == 0, result.stderr
    listing = parse_html(out / "corrections" / "index.html")
    links = [h.select_one("a:not(.headerlink)") for h in listing.select("article h2")]
    assert [link.get_text() for link in links] == ["Summit context", title]
    article = parse_html(out / "articles" / SEED_SLUG / "index.html")
    notice = article.select_one("#p2 .ex-correction")
    assert notice.find_previous_sibling("p") is article.select_one("#p2 .ex-para__text")
    assert notice.time["datetime"] == "2026-12-01" and "It was wrong." in notice.get_text()
    summit = parse_html(out / "summit" / "index.html")
    [notice] = summit.select(".ex-correction")
    assert "the sidelines of the summit" in " ".join(notice.find_previous_sibling("p").get_text().split())
    assert links[0]["href"] == f"../summit/#{notice['id']}"


def seed_paragraphs_of(slug: str) -> list[str]:
    text = (ROOT / "seeds" / f"{slug}.txt").read_text(encoding="utf-8")
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


def test_a_phrase_in_two_paragraphs_needs_a_prefix_or_suffix(project_copy, tmp_path):
    repeated = [*EXTRA_TEXT[:2], f"Next year, {ALLOWANCE} will be paid for two months.", *EXTRA_TEXT[2:]]
    add_extra_article(project_copy, repeated)
    write_corrections(project_copy, [correction(ALLOWANCE, article=EXTRA)])
    assert_refused(
        project_copy,
        tmp_path,
        r"data/corrections\.yml:2: phrase \"a daily allowance of 20,000 riel \(\$5\)\" occurs 2 times "
        r"\(¶2, ¶3\): quote more of it, or add prefix: or suffix:",
    )
    write_corrections(project_copy, [{**correction(ALLOWANCE, article=EXTRA), "suffix": "will be paid"}])
    result, out = build(project_copy, tmp_path)
    assert result.returncode == 0, result.stderr
    article = parse_html(out / "articles" / EXTRA / "index.html")
    [notice] = article.select(".ex-correction")
    assert notice.find_previous_sibling("p") is article.select_one("#p3 .ex-para__text")


OWN_PARAGRAPH = (
    "In our own test paragraph the fund paid [20,000 riel](https://example.org/fund) a day,\n"
    "*about* **$5**, to each family.\n"
)


def test_a_page_correction_matches_the_text_a_reader_sees(project_copy, tmp_path):
    """Links, emphasis and line breaks of the page's Markdown do not get in the way, the notice
    follows its paragraph, and a directive's problem further down keeps its file line."""
    page = project_copy / "docs" / "summit.md"
    page.write_text(
        page.read_text(encoding="utf-8") + f"\n{OWN_PARAGRAPH}\nA paragraph after it.\n\n"
        '::: source "words that no article holds"\n',
        encoding="utf-8",
    )
    bad_line = page.read_text(encoding="utf-8").count("\n")
    write_corrections(
        project_copy, [correction("the fund paid 20,000 riel a day, about $5, to each family", page="summit.md")]
    )
    result, _ = build(project_copy, tmp_path)
    assert result.returncode != 0
    assert f"docs/summit.md:{bad_line}: " in result.stderr, result.stderr
    page.write_text(page.read_text(encoding="utf-8").rsplit("\n::: source", 1)[0] + "\n", encoding="utf-8")
    result, out = build(project_copy, tmp_path)
    assert result.returncode == 0, result.stderr
    summit = parse_html(out / "summit" / "index.html")
    [notice] = summit.select(".ex-correction")
    before, after = notice.find_previous_sibling("p"), notice.find_next_sibling("p")
    assert before.a["href"] == "https://example.org/fund" and "to each family" in before.get_text()
    assert after.get_text() == "A paragraph after it."


def test_a_page_correction_found_nowhere_names_the_line_and_the_closest_passage(project_copy, tmp_path):
    page = project_copy / "docs" / "summit.md"
    page.write_text(page.read_text(encoding="utf-8") + f"\n{OWN_PARAGRAPH}", encoding="utf-8")
    line = page.read_text(encoding="utf-8").count("\n") - 1
    write_corrections(project_copy, [correction("the fund paid 20,000 riel a week", page="summit.md")])
    assert_refused(
        project_copy,
        tmp_path,
        rf"data/corrections\.yml:2: phrase \"the fund paid 20,000 riel a week\" is not on the page 'summit\.md'; "
        rf"closest passage \(line {line}\): \"[^\"]*fund paid 20,000 riel",
    )


def test_the_seeds_corrections_show_in_their_paragraph_and_never_inside_a_note(site_dir):
    """A notice inside a note's popover would be hidden until the note is opened."""
    logged = yaml.safe_load((ROOT / "data" / "corrections.yml").read_text(encoding="utf-8")) or []
    on_article = [c for c in logged if c.get("article")]
    assert on_article, "the seed's corrections include the article's notes"
    for slug in {c["article"] for c in on_article}:
        notices = parse_html(site_dir / "articles" / slug / "index.html").select(".ex-correction")
        assert len(notices) == len([c for c in on_article if c["article"] == slug])
        paragraphs = set()
        for notice in notices:
            assert notice.find_parent(class_="ex-note") is None, notice.get_text()[:80]
            paragraphs.add(notice.find_parent(class_="ex-para")["id"])
        assert len(paragraphs) > 1, "each notice is in its own paragraph"


def test_every_page_offers_an_error_report_and_a_citation(site_dir):
    """The GitHub form on every page; an e-mail address only if the project configured
    one (a placeholder address would swallow readers' reports)."""
    email = (CONFIG.get("extra") or {}).get("corrections_email")
    for path in [p for p in page_paths(site_dir) if p != "404.html"]:
        soup = parse_html(site_dir / path / "index.html")
        canonical = soup.select_one('link[rel="canonical"]')["href"]
        report = soup.find("a", string="Report an error")
        assert report is not None, path
        url = urlsplit(report["href"])
        assert url.geturl().startswith(CONFIG["repo_url"] + "/issues/new")
        assert parse_qs(url.query) == {"template": ["correction.yml"], "page": [canonical]}
        assert (ROOT / ".github" / "ISSUE_TEMPLATE" / parse_qs(url.query)["template"][0]).is_file()
        mailto = soup.select('a[href^="mailto:"]')
        assert [a["href"].split("?")[0] for a in mailto] == ([f"mailto:{email}"] if email else []), path
        assert "example.org" not in soup.get_text(), path
        cite = next(p for p in soup.select(".ex-page-dates") if p.get_text().startswith("Cite this page"))
        assert canonical in cite.get_text(), path


@pytest.mark.parametrize("page", ["../README.md", "/etc/passwd.md", "outside.md", "linked/summit.md", "a\0.md"])
def test_a_correction_names_a_page_inside_docs_only(project_copy, page):
    """A path out of docs/, absolute, or through a symbolic link is no page of the site."""
    outside = project_copy.parent / "outside"
    outside.mkdir()
    (outside / "summit.md").write_text("A page that is not part of the site.\n", encoding="utf-8")
    (project_copy / "docs" / "outside.md").symlink_to(outside / "summit.md")
    (project_copy / "docs" / "linked").symlink_to(outside, target_is_directory=True)
    write_corrections(project_copy, [correction("A page that is not", page=page)])
    result = check(project_copy)
    assert result.returncode != 0 and "Traceback" not in result.stderr + result.stdout
    if "\0" in page:  # refused with the other invisible characters, before any path is read
        assert "data/corrections.yml:4: holds the invisible character U+0000" in result.stdout
    elif page.startswith(("/", "..")):  # refused as a path before any file is looked at
        assert f"data/corrections.yml:2: page: '{page}' must be a path inside the project" in result.stdout
    else:
        assert f"data/corrections.yml:2: no page '{page}' in docs/" in result.stderr + result.stdout
