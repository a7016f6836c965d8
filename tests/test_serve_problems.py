"""`make serve` with a mistake in the input: the open tab shows every problem in a
banner on every page and stays live, so the fix reloads it; a build still fails."""

from __future__ import annotations

import subprocess

from axe_playwright_python.sync_playwright import Axe
from bs4 import BeautifulSoup

from conftest import ROOT, run_mkdocs_build
from explainer.errors import InputError
from explainer.pages.problem_banner import banner
from mkdocs_serve import mkdocs_serve
from test_browser_pages import AXE_OPTIONS, PALETTES

# the banner's list of problems (the editor's queue of paragraphs to check, which other
# articles in seeds/ may have, stays in the banner below it, collapsed, and fails nothing)
PROBLEMS = ".ex-build-problems > ul"


def test_the_banner_lists_paragraphs_to_check_collapsed_under_the_problems():
    queue = [InputError("seeds/a.txt", "¶3: speaker resolved <b>", 5, to_check=True)]
    soup = BeautifulSoup(banner([InputError("seeds/a.notes.md", "bad", 2), *queue]), "html.parser")
    assert soup.h2.get_text() == "1 problem in the input: this preview shows the last good build"
    assert [li.get_text() for li in soup.select(".ex-build-problems > ul > li")] == ["seeds/a.notes.md:2: bad"]
    details = soup.select_one("details.ex-build-problems__queue")
    assert details is not None and not details.has_attr("open")
    assert details.summary.get_text() == "Needs a human check: 1 paragraph"
    assert [li.get_text() for li in details.select("li")] == ["seeds/a.txt:5: ¶3: speaker resolved <b>"]
    alone = BeautifulSoup(banner(queue), "html.parser")
    assert alone.h2.get_text() == "1 paragraph to check: the speaker is unclear or only resolved"
    assert alone.select(PROBLEMS) == [] and alone.select_one("details li") is not None


def break_and_fix(project):
    """Two mistakes in one seed's notes file, and the function that undoes them."""
    seed = sorted((project / "seeds").glob("*.txt"))[0]
    notes = seed.with_name(f"{seed.stem}.notes.md")
    original = notes.read_text(encoding="utf-8") if notes.exists() else ""
    lines = original.count("\n") + (0 if original.endswith("\n") or not original else 1)
    broken = original + '\n## "zzq no such words qqz"\n\nText [s](https://example.org).\n\n## unquoted\n\nText.\n'
    return notes, original, broken, [f"seeds/{notes.name}:{lines + 2}", f"seeds/{notes.name}:{lines + 6}"]


def test_serve_shows_problems_on_every_page_and_reloads_when_fixed(project_copy, browser, tmp_path):
    notes, original, broken, places = break_and_fix(project_copy)
    with mkdocs_serve(project_copy) as base:
        tab = browser.new_page()
        tab.goto(base)
        title = tab.title()
        assert tab.locator(PROBLEMS).count() == 0

        notes.write_text(broken, encoding="utf-8")
        banner = tab.locator(".ex-build-problems")
        tab.locator(PROBLEMS).wait_for(timeout=60_000)  # live reload: the open tab shows it by itself
        text = banner.inner_text()
        assert "2 problems in the input" in text
        for place in places:
            assert place in text, text
        assert "zzq no such words qqz" in text and "note heading must be the exact phrase" in text
        assert tab.title() == title, "the last good site is still served under the banner"

        for link in ("articles/", "summit/"):
            other = browser.new_page()
            other.goto(base + link)
            assert all(place in other.locator(".ex-build-problems").inner_text() for place in places)
            other.close()

        notes.write_text(original, encoding="utf-8")
        tab.locator(PROBLEMS).wait_for(state="detached", timeout=60_000)
        assert tab.title() == title
        tab.close()

    # the same input stops a build (make build, CI)
    notes.write_text(broken, encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert all(place in result.stderr for place in places)


def break_a_link(project):
    """A link to a page that does not exist, which only MkDocs itself notices: the page, its line and its text."""
    page = sorted((project / "docs").glob("*.md"))[0]
    original = page.read_text(encoding="utf-8")
    broken = original + "\n[a broken link](zzq-no-such-page.md)\n"
    return page, original, broken, f"docs/{page.name}:{broken.count(chr(10))}"


def banner_violations(browser, url: str, palette: str) -> list[dict]:
    """axe-core's violations inside the banner, in one palette."""
    context = browser.new_context(color_scheme=palette)
    context.add_init_script(Axe().axe_script)
    tab = context.new_page()
    tab.goto(url)  # not "networkidle": the live reload keeps a request open
    assert tab.get_attribute("body", "data-md-color-scheme") == PALETTES[palette]
    options = {**AXE_OPTIONS, "resultTypes": ["violations"]}
    violations = tab.evaluate("o => axe.run({include: ['.ex-build-problems']}, o)", options)["violations"]
    context.close()
    return violations


def test_a_first_build_with_problems_still_serves_and_reloads_when_fixed(project_copy, browser):
    """The preview starts on broken input (a bad note, and a broken link MkDocs reports
    in --strict): it serves the site with every problem in the banner and stays live."""
    notes, original, broken, places = break_and_fix(project_copy)
    notes.write_text(broken, encoding="utf-8")
    page, page_original, page_broken, link_place = break_a_link(project_copy)
    page.write_text(page_broken, encoding="utf-8")
    with mkdocs_serve(project_copy) as base:
        tab = browser.new_page()
        tab.goto(base)
        banner = tab.locator(".ex-build-problems")
        text = banner.inner_text()
        assert "2 problems in the input: this preview leaves out the files that have them" in text
        for place in [*places, link_place]:
            assert place in text, text
        assert "zzq-no-such-page.md" in text and "not found among documentation files" in text
        # the article of the broken notes file is served too, with the banner
        article = browser.new_page()
        article.goto(base + f"articles/{notes.name.removesuffix('.notes.md')}/")
        assert article.locator(".ex-build-problems").count() == 1
        assert article.locator(".md-content h1").count() == 1
        article.close()
        for palette in PALETTES:
            assert banner_violations(browser, base, palette) == [], palette

        notes.write_text(original, encoding="utf-8")
        page.write_text(page_original, encoding="utf-8")
        tab.locator(PROBLEMS).wait_for(state="detached", timeout=60_000)  # live reload, without the banner
        assert tab.locator("h1").count() == 1
        tab.close()


def test_a_broken_link_under_serve_is_in_the_banner_not_an_abort(project_copy, browser, tmp_path):
    """MkDocs' own strict warning on a rebuild: the open tab reloads with it in the banner;
    a strict build still refuses it."""
    page, original, broken, place = break_a_link(project_copy)
    with mkdocs_serve(project_copy) as base:
        tab = browser.new_page()
        tab.goto(base)
        assert tab.locator(PROBLEMS).count() == 0
        page.write_text(broken, encoding="utf-8")
        banner = tab.locator(".ex-build-problems")
        tab.locator(PROBLEMS).wait_for(timeout=60_000)
        text = banner.inner_text()
        assert "1 warning: a strict build refuses these" in text and place in text, text
        page.write_text(original, encoding="utf-8")
        tab.locator(PROBLEMS).wait_for(state="detached", timeout=60_000)
        tab.close()

    page.write_text(broken, encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.returncode != 0 and "zzq-no-such-page.md" in result.stderr


def test_make_serve_takes_a_port():
    dry_run = subprocess.run(
        ["make", "-n", "serve", "PORT=8123"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert "--dev-addr 127.0.0.1:8123" in dry_run


def test_serve_lists_the_paragraphs_to_check_in_the_banner_collapsed(project_copy, browser):
    """A speaker the text gives only as "he" (and one it cannot give at all): the preview
    is the current site, with the editor's queue in the banner, closed until opened."""
    (project_copy / "seeds" / "training-centre.txt").write_text(
        "Chea Sophal, the centre's director, said the centre would take 40 more trainees.\n\n"
        '"We cannot promise every trainee a job," he said.\n\n'
        'Sophal and Sovann toured the new workshop. "The machines arrive in June," he said.\n',
        encoding="utf-8",
    )
    with mkdocs_serve(project_copy) as base:
        tab = browser.new_page()
        tab.goto(base + "articles/training-centre/")
        queue = tab.locator(".ex-build-problems details")
        summary = queue.locator("summary")
        assert summary.inner_text().startswith("Needs a human check: ")
        assert queue.get_attribute("open") is None
        item = queue.locator("li", has_text="seeds/training-centre.txt:3")
        assert not item.is_visible()  # collapsed
        summary.click()
        assert item.is_visible()
        assert '- {says: "We cannot promise every trainee a job", confirm: Chea Sophal}' in item.inner_text()
        assert queue.locator("li", has_text="seeds/training-centre.txt:5: ¶3: speaker unclear").count() == 1
        assert tab.locator(".md-content h1").count() == 1  # the page itself is there, current
        tab.close()
