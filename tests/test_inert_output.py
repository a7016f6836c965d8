"""Hostile input stays inert: every field an editor writes comes out as text or a checked
link, or stops the build at its file and line (issue: stored script from seeds, notes,
links, control characters).

Two halves:
- refusals: each case changes one file of a copy of the project and runs `make check`'s
  function (what a build runs before it renders), which must name the file and line;
  a few run through a real `mkdocs build --strict` too;
- a site built from hostile input that is accepted (script-like titles, outlets,
  names, roles, notes, a hostile site name): every page parsed shows the text as
  text, and Chromium loads every page with no dialog and no `javascript:` link.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from conftest import copy_project, parse_html, run_mkdocs_build, site_path_prefix
from explainer.check import check
from explainer.text.metadata import parse_meta
from explainer.text.web_links import WEB_OR_MAIL, link_problem

STORY = (
    "Jane Roe, director of the Example Group, said on May 2 that the plan would help 500 workers.\n\n"
    "“We will not stop here,” Roe said. “The plan is only the start.”\n"
)


def meta(title: str = "A plan for workers", person: str = "Jane Roe", extra: str = "") -> str:
    return (
        f"title: {title}\noutlet: The Example Times\nurl: https://example.org/plan\npublished: 2024-05-03\n"
        f"people:\n  - name: {person}\n    aliases: [Roe]\n{extra}"
    )


NOTE_HEAD = '## "500 workers"\n\n'
SOURCE = "([source](https://example.org/source))"


@dataclass(frozen=True)
class Refused:
    id: str
    files: dict[str, str]  # project path -> text (replaces the file)
    where: str  # file:line the message must start with
    pattern: str  # what the message must say
    edits: dict[str, tuple[str, str]] | None = None  # project path -> (old, new) in the existing file


def note_case(case_id: str, body: str, line: int, pattern: str = "raw HTML is not allowed") -> Refused:
    """A note on "500 workers" with ``body``, refused at ``line`` of the notes file."""
    return Refused(case_id, {"seeds/story.notes.md": f"{NOTE_HEAD}{body}\n"}, f"seeds/story.notes.md:{line}", pattern)


SCRIPT_LINKS = [
    "javascript:alert(document.domain)",
    "JaVaScRiPt:alert(1)",
    "javascript&#58;alert(1)",
    "jav&#x09;ascript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]

REFUSED = [
    # --- control characters and bidirectional overrides, written as YAML escapes ---
    Refused("title-nul", {"seeds/story.yml": meta('"A plan\\0 for workers"')}, "seeds/story.yml:1", "U\\+0000"),
    Refused("title-esc", {"seeds/story.yml": meta('"A plan \\e[31m"')}, "seeds/story.yml:1", "U\\+001B"),
    Refused("title-c1", {"seeds/story.yml": meta('"A plan \\x85 here"')}, "seeds/story.yml:1", "U\\+0085"),
    Refused("title-rlo", {"seeds/story.yml": meta('"A plan \\u202Esrekrow"')}, "seeds/story.yml:1", "U\\+202E"),
    Refused("title-isolate", {"seeds/story.yml": meta('"A plan \\u2066x"')}, "seeds/story.yml:1", "U\\+2066"),
    Refused(
        "role-rlo",
        {"seeds/story.yml": meta(extra='    role: "director \\u202e"\n')},
        "seeds/story.yml:8",
        "U\\+202E",
    ),
    Refused("name-zwj", {"seeds/story.yml": meta(person='"Jane\\u200dRoe"')}, "seeds/story.yml:6", "zero-width"),
    Refused("name-zwsp", {"seeds/story.yml": meta(person='"Jane\\u200b Roe"')}, "seeds/story.yml:6", "U\\+200B"),
    Refused(
        "alias-word-joiner",
        {"seeds/story.yml": meta().replace("aliases: [Roe]", 'aliases: ["R\\u2060oe"]')},
        "seeds/story.yml:7",
        "U\\+2060",
    ),
    Refused(
        "abbreviation-zwnj",
        {"seeds/story.yml": meta(extra='organisations:\n  - name: Example Group\n    abbreviation: "E\\u200cG"\n')},
        "seeds/story.yml:10",
        "U\\+200C",
    ),
    Refused("name-bom", {"seeds/story.yml": meta(person='"\\ufeffJane Roe"')}, "seeds/story.yml:6", "U\\+FEFF"),
    Refused(
        "note-esc",
        {"seeds/story.notes.md": NOTE_HEAD + f"Colour \x1b[31m here {SOURCE}.\n"},
        "seeds/story.notes.md:3",
        "U\\+001B",
    ),
    Refused(
        "note-heading-rlo",
        {"seeds/story.notes.md": '## "500 \u202eworkers"\n\n' + f"Text {SOURCE}.\n"},
        "seeds/story.notes.md:1",
        "U\\+202E",
    ),
    Refused(
        "explanation-nul",
        {"seeds/story.figures.yml": '"500": "Workers\\0 counted ([s](https://example.org/s))"\n'},
        "seeds/story.figures.yml:1",
        "U\\+0000",
    ),
    Refused(
        "timeline-label-esc",
        {},
        "data/timeline.yml:12",
        "U\\+001B",
        edits={
            "data/timeline.yml": ("  label: ASEAN and Japan", '  label: "\\e[2J ASEAN and Japan"\n  x: ASEAN and Japan')
        },
    ),
    Refused("seed-text-rlo", {"seeds/story.txt": STORY + "\nA \u202eline.\n"}, "seeds/story.txt:5", "U\\+202E"),
    Refused("docs-bidi", {"docs/extra.md": "# Extra\n\nText \u2067here.\n"}, "docs/extra.md:3", "U\\+2067"),
    Refused(
        "docs-front-matter-esc",
        {"docs/extra.md": '---\ndescription: About.\ntitle: "Extra \\e]0;x\\a"\n---\n\n# Extra\n'},
        "docs/extra.md:3",
        "U\\+001B",
    ),
    # --- notes are Markdown, not HTML ---
    note_case("note-script", f"Context {SOURCE}.\n<script>alert(1)</script>", 4),
    note_case("note-breaks-out", f"Context {SOURCE}.\n\n</div></div><p>outside</p>", 5),
    note_case("note-img-onerror", f'{SOURCE} "><img src=x onerror=alert(1)>', 3),
    note_case("note-comment", f"{SOURCE} <!-- hidden -->", 3),
    Refused(
        "note-reference-link",
        {"seeds/story.notes.md": NOTE_HEAD + "See [the report][r].\n\n[r]: javascript:alert(1)\n"},
        "seeds/story.notes.md:5",
        "reference",
    ),
    Refused(
        "note-code-block",
        {"seeds/story.notes.md": NOTE_HEAD + f"{SOURCE}\n\n```html\n<b>x</b>\n```\n"},
        "seeds/story.notes.md:5",
        "code block",
    ),
    *(
        Refused(
            f"note-link-{n}",
            {"seeds/story.notes.md": NOTE_HEAD + f"First {SOURCE}.\nThen [source]({url}).\n"},
            "seeds/story.notes.md:4",
            "link target must be an http\\(s\\) address",
        )
        for n, url in enumerate(SCRIPT_LINKS)
        if " " not in url and "<" not in url
    ),
    # --- every link an editor writes is http(s) ---
    *(
        Refused(
            f"person-url-{n}",
            {"seeds/story.yml": meta(extra=f"    url: {yaml.safe_dump(url).splitlines()[0]}\n")},
            "seeds/story.yml:8",
            "'url' must be an http\\(s\\) address",
        )
        for n, url in enumerate(SCRIPT_LINKS)
    ),
    Refused(
        "organisation-url",
        {
            "seeds/story.yml": meta(
                extra="organisations:\n  - name: Example Group\n    url: 'javascript&#58;alert(1)'\n"
            )
        },
        "seeds/story.yml:10",
        "'url' must be an http\\(s\\) address",
    ),
    Refused(
        "explanation-entity-link",
        {"seeds/story.figures.yml": '"500": "Counted ([s](javascript&#58;alert(1)))"\n'},
        "seeds/story.figures.yml:1",
        "link target must be an http\\(s\\) address",
    ),
    Refused(
        "explanation-raw-html",
        {
            "seeds/story.figures.yml": '"500": |\n  Counted ([s](https://example.org/s)).\n  <img src=x onerror=alert(1)>\n'
        },
        "seeds/story.figures.yml:3",
        "raw HTML is not allowed",
    ),
    Refused(
        "timeline-source",
        {},
        "data/timeline.yml:13",
        "the source must be an http\\(s\\) address",
        edits={"data/timeline.yml": ("  source: https://en.baochinhphu.vn", "  source: JAVASCRIPT:alert(1)//")},
    ),
    Refused(
        "chart-url",
        {},
        "data/cambodians-in-japan.yml:30",
        "the source must be an http\\(s\\) address",
        edits={
            "data/cambodians-in-japan.yml": (
                "    url: https://www.phnompenhpost.com",
                "    url: javascript:alert(1)//www.phnompenhpost.com",
            )
        },
    ),
    Refused(
        "docs-inline-link",
        {"docs/extra.md": "# Extra\n\nSee [this](javascript:alert(document.domain)).\n"},
        "docs/extra.md:3",
        "link must be an http\\(s\\) address",
    ),
    Refused(
        "docs-entity-link",
        {"docs/extra.md": "# Extra\n\nText.\n\n[x](jav&#x09;ascript:alert(1))\n"},
        "docs/extra.md:5",
        "link must be an http\\(s\\) address",
    ),
    Refused(
        "docs-reference",
        {"docs/extra.md": "# Extra\n\nSee [this][r].\n\n[r]: vbscript:msgbox(1)\n"},
        "docs/extra.md:5",
        "link must be an http\\(s\\) address",
    ),
    Refused(
        "docs-raw-href",
        {"docs/extra.md": '# Extra\n\n<a href=" JavaScript:alert(1)">x</a>\n'},
        "docs/extra.md:3",
        "link must be an http\\(s\\) address",
    ),
    Refused(
        "docs-attr-list",
        {"docs/extra.md": "# Extra\n\n[x](https://example.org){: href='data:text/html,x' }\n"},
        "docs/extra.md:3",
        "link must be an http\\(s\\) address",
    ),
    Refused(
        "docs-autolink",
        {"docs/extra.md": "# Extra\n\n<javascript:alert(1)>\n"},
        "docs/extra.md:3",
        "link must be an http\\(s\\) address",
    ),
    # --- raw HTML in a page: markup yes, script no ---
    Refused(
        "docs-script",
        {"docs/extra.md": "# Extra\n\nText.\n\n<script>alert(document.domain)</script>\n"},
        "docs/extra.md:5",
        "raw HTML <script> is not allowed",
    ),
    Refused(
        "docs-iframe-srcdoc",
        {"docs/extra.md": "# Extra\n\n<iframe srcdoc='<b>x</b>'></iframe>\n"},
        "docs/extra.md:3",
        "raw HTML <iframe> is not allowed",
    ),
    Refused(
        "docs-event-handler",
        {"docs/extra.md": '# Extra\n\n<img src="x.png" alt="" onerror="alert(1)">\n'},
        "docs/extra.md:3",
        "the attribute onerror= is not allowed",
    ),
    Refused(
        "docs-svg-onload",
        {"docs/extra.md": "# Extra\n\n<svg/onload=alert(1)>\n"},
        "docs/extra.md:3",
        "raw HTML <svg> is not allowed",
    ),
]


@pytest.fixture(scope="module")
def base_project(tmp_path_factory) -> Path:
    """A copy of the project with one more small article (story), checked clean."""
    project = copy_project(tmp_path_factory.mktemp("inert") / "project")
    (project / "seeds" / "story.txt").write_text(STORY, encoding="utf-8")
    (project / "seeds" / "story.yml").write_text(meta(), encoding="utf-8")
    (project / "mkdocs.yml").write_text(
        (project / "mkdocs.yml")
        .read_text(encoding="utf-8")
        .replace("  - About: about.md", "  - About: about.md\n  - Extra: extra.md"),
        encoding="utf-8",
    )
    (project / "docs" / "extra.md").write_text("# Extra\n\nA page.\n", encoding="utf-8")
    assert [str(p) for p in check(project).found if not p.to_check] == []
    return project


def apply(project: Path, case: Refused) -> None:
    for path, text in case.files.items():
        (project / path).write_text(text, encoding="utf-8")
    for path, (old, new) in (case.edits or {}).items():
        original = (project / path).read_text(encoding="utf-8")
        assert original.count(old) == 1, (path, old)
        (project / path).write_text(original.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("case", REFUSED, ids=[c.id for c in REFUSED])
def test_hostile_input_is_refused_at_its_file_and_line(base_project, tmp_path, case):
    project = tmp_path / "project"
    shutil.copytree(base_project, project)
    apply(project, case)
    found = [str(problem) for problem in check(project).found]
    assert all("\n" not in line and "Traceback" not in line for line in found), found
    named = [line for line in found if line.startswith(case.where) and re.search(case.pattern, line)]
    assert named, found
    if case.where[-1].isdigit():
        assert re.match(rf"{re.escape(case.where)}: ", named[0]), named[0]
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", " ".join(found)), found


def test_every_kind_of_file_has_a_refusal_case():
    files = {next(iter(c.files or c.edits or {})) for c in REFUSED}
    assert {
        "seeds/story.yml",
        "seeds/story.notes.md",
        "seeds/story.figures.yml",
        "data/timeline.yml",
        "data/cambodians-in-japan.yml",
        "docs/extra.md",
    } <= files


BUILD_REFUSED = ["title-esc", "name-zwj", "note-script", "note-link-0", "person-url-2", "docs-entity-link"]


@pytest.mark.parametrize("case_id", BUILD_REFUSED)
def test_hostile_input_stops_mkdocs_build_at_its_file_and_line(base_project, tmp_path, case_id):
    case = next(c for c in REFUSED if c.id == case_id)
    project = tmp_path / "project"
    shutil.copytree(base_project, project)
    apply(project, case)
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0, "a refused input must fail the build"
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if re.match(r"ERROR\s+-\s+", line)]
    assert any(re.search(rf"-\s+{re.escape(case.where)}[:\s].*{case.pattern}", line) for line in lines), lines


def test_names_are_nfc_so_a_decomposed_accent_is_the_same_person():
    decomposed = meta(person="Jose\u0301 Roe").replace("aliases: [Roe]", "aliases: [Jose\u0301]")
    parsed = parse_meta("story.yml", decomposed.encode(), "story")
    assert parsed["people"][0]["name"] == "Jos\u00e9 Roe"
    assert parsed["people"][0]["aliases"] == ["Jos\u00e9"]


def test_plain_markup_code_and_autolinks_in_a_page_pass_the_html_check():
    from explainer.text.page_html import page_html_problems

    page = (
        '# Extra\n\n<span class="analysis-label">Analysis</span> text <abbr title="x">X</abbr>.\n\n'
        "`<script>` in code is text, and so is <https://example.org> or <name@example.org>.\n\n"
        "```html\n<script>alert(1)</script>\n```\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n"
    )
    assert page_html_problems(page, "docs/extra.md") == []


@pytest.mark.parametrize(
    "url",
    ["https://example.org/a?b=1&c=2", "http://example.org/", "https://例え.jp/パス"],
)
def test_ordinary_web_addresses_pass_the_link_check(url):
    assert link_problem(url) is None


def test_mailto_passes_only_where_it_fits():
    assert link_problem("mailto:desk@example.org", WEB_OR_MAIL) is None
    assert link_problem("mailto:desk@example.org") is not None


# --- a site built from hostile input that is accepted -------------------------------------

TITLE = '</title><script>alert("title")</script> "><img src=x onerror=alert("title2")>'
OUTLET = '</footer><script>alert("outlet")</script> "><img src=x onerror=alert("outlet2")>'
AUTHOR = '<script>alert("author")</script> "><img src=x onerror=alert("author2")>'
ROLE = '<script>alert("role")</script> "><svg onload=alert("role2")>'
NAME = '<script>alert("name")</script>"><img src=x onerror=alert("name2")>'
ORGANISATION = "<b onmouseover=alert('org')>Example Group</b>"
SITE_NAME = 'Site </title><script>alert("site")</script>'
PAGE_TITLE = '</title><script>alert("front matter")</script>'
PAGE_DESCRIPTION = '"><img src=x onerror=alert("description")>'
NOTE_TEXT = (
    'Counted {{ jinja }} {% raw %} *[HTML]: x (1) &lt;script&gt; `a "code" & <span` '
    '[a "label" here](https://example.org/?a=1&b=2) <javascript:alert("auto")> 1 < 2 > 0 {: onclick="alert(1)" }'
)
HOSTILE_META = {
    "title": TITLE,
    "outlet": OUTLET,
    "author": AUTHOR,
    "url": "https://example.org/plan",
    "published": "2024-05-03",
    "people": [
        {"name": "Jane Roe", "role": ROLE, "aliases": ["Roe"], "pronoun": "she", "url": 'https://example.org/"><x'},
        {"name": NAME, "role": ROLE},
    ],
    "organisations": [{"name": ORGANISATION, "role": ROLE, "abbreviation": "<i onclick=alert('abbr')>EG</i>"}],
}
ALERT = re.compile(r"alert|onerror|onload|onmouseover|onclick")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    """The project with a hostile article, site name, page front matter and note, built."""
    project = copy_project(tmp_path_factory.mktemp("hostile-site") / "project")
    seeds = project / "seeds"
    (seeds / "hostile.txt").write_text(STORY + '\n<script>alert("text")</script> said Roe.\n', encoding="utf-8")
    (seeds / "hostile.yml").write_text(yaml.safe_dump(HOSTILE_META, allow_unicode=True), encoding="utf-8")
    (seeds / "hostile.notes.md").write_text(f'## "500 workers"\n\n{NOTE_TEXT}\n--8<-- "README.md"\n', encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    site_name = config.splitlines()[0]
    assert site_name.startswith("site_name: ")
    config = config.replace(site_name, f"site_name: {yaml.safe_dump(SITE_NAME).splitlines()[0]}", 1)
    (project / "mkdocs.yml").write_text(
        config.replace("  - About: about.md", "  - About: about.md\n  - Extra: extra.md"), encoding="utf-8"
    )
    front = yaml.safe_dump({"title": PAGE_TITLE, "description": PAGE_DESCRIPTION})
    (project / "docs" / "extra.md").write_text(f"---\n{front}---\n\n# Extra\n\nA page.\n", encoding="utf-8")
    out = project / "site"
    result = run_mkdocs_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


def pages(site: Path) -> list[Path]:
    found = sorted(site.rglob("*.html"))
    assert len(found) > 10
    return found


def test_no_page_holds_a_script_an_event_handler_or_a_script_link_from_the_input(hostile_site):
    from explainer.text.web_links import scheme_seen

    for path in pages(hostile_site):
        soup = parse_html(path)
        for script in soup.find_all("script"):
            if script.get("type") == "application/ld+json":  # data: the input is in it, as JSON text
                assert "<" not in script.get_text(), (path, str(script)[:200])
            else:
                assert not ALERT.search(script.get_text()), (path, str(script)[:200])
        for tag in soup.find_all(True):
            handlers = [name for name in tag.attrs if name.lower().startswith("on")]
            assert not handlers, (path, str(tag)[:200])
            for name in ("href", "src", "action", "formaction"):
                if tag.get(name):
                    assert scheme_seen(tag[name]) not in ("javascript", "data", "vbscript"), (path, str(tag)[:200])
        assert not soup.select("img[src=x], svg[onload], b[onmouseover]"), path


def meta_content(soup, key: str) -> str:
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    assert tag is not None, key
    return tag["content"]


def test_the_article_title_is_text_in_every_place_a_page_shows_it(hostile_site):
    soup = parse_html(hostile_site / "articles" / "hostile" / "index.html")
    head = TITLE[:40]  # link cards cut the title at 60 characters
    assert soup.title.get_text().startswith(head)
    for key in ("og:title", "twitter:title", "og:image:alt", "twitter:image:alt"):
        assert meta_content(soup, key).startswith(head), key
    for key in ("description", "og:description", "twitter:description"):
        assert TITLE in meta_content(soup, key), key
    topic = soup.select_one("[data-md-component=header-topic]")
    assert TITLE in " ".join(topic.get_text().split())
    cite = next(p for p in soup.select("p.ex-page-dates") if "Cite this page" in p.get_text())
    assert f"“Annotated article: {TITLE}”" in cite.get_text()
    assert TITLE in [" ".join(link.get_text().split()) for link in soup.select(".md-nav__link")]
    # what site search shows as the result's title, and its article filter
    assert soup.select_one("[data-ex-title]")["data-ex-title"] == f"Annotated article: {TITLE}"
    assert TITLE in [tag["value"] for tag in soup.select("data[data-pagefind-filter='article[value]']")]
    assert OUTLET in soup.select_one(".md-copyright__highlight").get_text()


def test_the_site_name_outlets_and_front_matter_are_text(hostile_site):
    home = parse_html(hostile_site / "index.html")
    assert SITE_NAME in home.title.get_text()
    assert SITE_NAME in " ".join(home.select_one(".md-header__topic").get_text().split())
    assert OUTLET in home.select_one(".md-copyright__highlight").get_text()
    extra = parse_html(hostile_site / "extra" / "index.html")
    assert extra.title.get_text().startswith(PAGE_TITLE)
    assert meta_content(extra, "description") == PAGE_DESCRIPTION


def test_names_roles_and_the_note_are_text(hostile_site):
    people = parse_html(hostile_site / "articles" / "hostile" / "people" / "index.html")
    text = " ".join(people.select_one("article").get_text().split())
    for value in (NAME, ROLE, ORGANISATION):
        assert value in text
    article = parse_html(hostile_site / "articles" / "hostile" / "index.html")
    [note] = article.select(".ex-note")
    shown = " ".join(note.get_text().split())
    assert 'Counted {{ jinja }} {% raw %} *[HTML]: x (1) &lt;script&gt; a "code" & <span' in shown
    assert '<javascript:alert("auto")> 1 < 2 > 0 {: onclick="alert(1)" } --8<-- "README.md"' in shown
    assert [a["href"] for a in note.select("a")] == ["https://example.org/?a=1&b=2"]
    assert not note.select("abbr, script, img") and note.select("code")


def test_annotations_carry_the_sanitised_note(hostile_site):
    import json

    data = json.loads((hostile_site / "articles" / "hostile" / "annotations.jsonld").read_text(encoding="utf-8"))
    [item] = data["first"]["items"]
    body = parse_html_text(item["body"]["value"])
    assert [a["href"] for a in body.select("a")] == ["https://example.org/?a=1&b=2"]
    assert {tag.name for tag in body.find_all(True)} <= {"p", "code", "a"}
    assert "{{ jinja }}" in body.get_text()


def parse_html_text(html: str):
    from bs4 import BeautifulSoup

    return BeautifulSoup(html, "html.parser")


def test_no_dialog_fires_on_any_page_in_chromium(hostile_site, browser):
    from browser import page_paths, serve

    dialogs: list[str] = []
    with serve(hostile_site, prefix=site_path_prefix()) as base:
        context = browser.new_context()
        tab = context.new_page()
        tab.on("dialog", lambda dialog: (dialogs.append(f"{tab.url}: {dialog.message}"), dialog.dismiss()))
        visited = 0
        for path in page_paths(hostile_site):
            tab.goto(base + path, wait_until="load")
            tab.wait_for_timeout(50)
            links = tab.eval_on_selector_all(
                "a[href], area[href], iframe[src], form[action]",
                "els => els.map(e => e.href || e.src || e.action || '')",
            )
            assert not [link for link in links if re.match(r"\s*(javascript|data|vbscript):", link, re.I)], path
            visited += 1
        context.close()
    assert visited > 10
    assert dialogs == []


def test_the_note_html_is_cleaned_to_the_allow_list_even_past_the_markdown_rules():
    from explainer.text.editor_markdown import safe_html

    # what safe_markdown never lets through, handed to the HTML step directly
    html = safe_html('<script>alert(1)</script><p onclick="x"><a href="javascript:alert(1)">a</a> <b>b</b></p>')
    soup = parse_html_text(html)
    assert not soup.select("script, b, [onclick]")
    assert [a.get("href") for a in soup.select("a")] == [None]
    assert soup.get_text().strip() == "a b"
