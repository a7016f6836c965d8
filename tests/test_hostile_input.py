"""Hostile and broken input, table-driven: every case either renders correctly or
stops with one line naming the file (and line) - never a traceback, never a
half-built site reported as success.

All cases run through the engine (fast); a handful also through a real
`mkdocs build --strict` in a copy of the project.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import copy_project, parse_html, run_mkdocs_build
from explainer.errors import InputError
from explainer.notes import missing_sources
from explainer.pages import directives
from explainer.site import build_site
from markdown_render import normalise, paragraph_texts, render_page

STORY = (
    "Jane Roe, director of the Example Group, said on May 2 that the plan would help 500 workers.\n\n"
    "“We will not stop here,” Roe said. “The plan is only the start.”\n\n"
    "She added that the group had met the minister twice.\n"
)
STORY_PARAGRAPHS = [normalise(p) for p in STORY.split("\n\n")]
META = (
    "title: A plan for workers\noutlet: The Example Times\nurl: https://example.org/plan\n"
    "published: 2024-05-03\npeople:\n  - name: Jane Roe\n    role: director\n    aliases: [Roe]\n"
    "    pronoun: she\norganisations:\n  - name: Example Group\n"
)
PEOPLE = "people:\n  - name: Jane Roe\n    aliases: [Roe]\n"
SOURCE = "([source](https://example.org/source))"


def meta_with(extra: str, people: str = PEOPLE) -> bytes:
    head = META.split("people:")[0]
    return (head + people + extra).encode()


def note(heading: str, body: str = f"Context for the reader {SOURCE}.") -> bytes:
    return f"## {heading}\n\n{body}\n".encode()


@dataclass(frozen=True)
class Case:
    id: str
    files: dict  # project path -> bytes (None deletes the default file)
    fails: tuple[str, str] | None = None  # (file:line prefix, message pattern)
    paragraphs: list[str] | None = None  # when it renders: the expected text of each paragraph
    notes: int = 0  # when it renders: how many note markers the article shows


def story(text: str | bytes) -> dict:
    return {"seeds/story.txt": text.encode() if isinstance(text, str) else text}


def page(*lines: str) -> dict:
    return {"docs/about.md": ("# About\n\n" + "\n".join(lines) + "\n").encode()}


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256))
BILLION_LAUGHS = "".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n',
        *(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n"
            for i in range(8)
        ),
    ]
)

CASES = [
    # --- seeds ---
    Case("binary-file", story(PNG), fails=("seeds/story.txt:1", "not valid UTF-8")),
    Case("nul-bytes", story(b"Text \x00 with a NUL.\n"), fails=("seeds/story.txt:1", "control character U\\+0000")),
    Case(
        "five-megabytes",
        story(("A sentence of the article. " * 40 + "\n\n") * 4700),
        fails=("seeds/story.txt:925", "seed text is over 500,000 bytes, the limit for one file: split it$"),
    ),
    Case("utf16", story("“Hello,” she said.\n".encode("utf-16")), fails=("seeds/story.txt:1", "not valid UTF-8")),
    Case("lone-surrogate", story(b"Broken \xed\xa0\x80 here.\n"), fails=("seeds/story.txt:1", "not valid UTF-8")),
    Case("noncharacter", story("One.\n\nTwo \ufffe.\n"), fails=("seeds/story.txt:3", "control character U\\+FFFE")),
    Case("only-whitespace", story(" \u00a0\n\t\n\n   \n"), fails=("seeds/story.txt", "seed is empty")),
    Case("bad-file-name", {"seeds/Story Final.txt": STORY.encode()}, fails=("seeds/Story Final.txt", "must be a slug")),
    Case("only-quote-marks", story('""""""\n\n“”“”\n\n"\n'), paragraphs=['""""""', "“”“”", '"']),
    Case(
        "only-quotes",
        story("“Every word here is quoted.”\n\n“So is this.”\n"),
        paragraphs=["“Every word here is quoted.”", "“So is this.”"],
    ),
    Case(
        "unbalanced-quotes",
        story('“He never closed this quote, Roe said.\n\nA stray ” mark and a " mark.\n'),
        paragraphs=["“He never closed this quote, Roe said.", 'A stray ” mark and a " mark.'],
    ),
    Case(
        "nested-quotes",
        story("“He called it ‘servitude’ and said “no” twice,” Roe said.\n"),
        paragraphs=["“He called it ‘servitude’ and said “no” twice,” Roe said."],
    ),
    Case(
        "markup-in-seed",
        story('<script>alert(1)</script> {{ x }} {% raw %} --8<-- "README.md" (1) *[HTML]: x\n'),
        paragraphs=['<script>alert(1)</script> {{ x }} {% raw %} --8<-- "README.md" (1) *[HTML]: x'],
    ),
    Case(
        "one-huge-paragraph",
        story("Intro.\n\n" + "word " * 60_000),
        fails=("seeds/story.txt:3", "paragraph of 60,000 words .*put an empty line where each paragraph ends"),
    ),
    Case(
        "single-line-breaks",
        story("First paragraph.\n\n“Second,” she said.\nThird one?\nFourth, in quotes.”\n"),
        fails=("seeds/story.txt:3", "3 lines that each end a sentence .*put an empty line between them"),
    ),
    Case(
        "hard-wrapped-paragraph",
        story("A paragraph wrapped at a fixed width keeps\nits lines together. Then it ends.\n"),
        paragraphs=["A paragraph wrapped at a fixed width keeps its lines together. Then it ends."],
    ),
    Case(
        "old-mac-line-ends",
        story("First.\r\rSecond, “quoted,” she said.\r"),
        paragraphs=["First.", "Second, “quoted,” she said."],
    ),
    Case(
        "scripts-and-emoji",
        story("ភ្នំពេញ 東京 مرحبا e\u0301 👩‍👩‍👧 \u200b!\n"),
        paragraphs=[normalise("ភ្នំពេញ 東京 مرحبا \u00e9 👩‍👩‍👧 \u200b!")],
    ),
    # --- seed metadata ---
    Case(
        "yaml-with-tabs",
        {"seeds/story.yml": b"title: A\n\toutlet: B\nurl: https://e.org\npublished: 2024-01-01\n"},
        fails=("seeds/story.yml:2", "invalid YAML"),
    ),
    Case(
        "yaml-not-a-mapping",
        {"seeds/story.yml": b"- title: A\n- outlet: B\n"},
        fails=("seeds/story.yml", "must be a mapping"),
    ),
    Case("yaml-binary", {"seeds/story.yml": PNG}, fails=("seeds/story.yml", "not valid UTF-8")),
    Case(
        "yaml-duplicate-key",
        {"seeds/story.yml": META.encode() + b"title: Again\n"},
        fails=("seeds/story.yml:12", "duplicate key 'title'"),
    ),
    Case(
        "yaml-python-tag",
        {"seeds/story.yml": META.encode() + b"x: !!python/object/apply:os.system ['true']\n"},
        fails=("seeds/story.yml:12", "invalid YAML"),
    ),
    Case(
        "yaml-billion-laughs",
        {"seeds/story.yml": meta_with("", people=BILLION_LAUGHS + "people: *i\n")},
        fails=(
            "seeds/story.yml:5",
            "YAML anchors and aliases are not allowed: write the value out in full instead of '&a'",
        ),
    ),
    Case(
        "duplicate-people",
        {"seeds/story.yml": meta_with("", people=PEOPLE + "  - name: Jane Roe\n")},
        fails=("seeds/story.yml", "'Jane Roe' is listed twice"),
    ),
    Case(
        "alias-of-two-people",
        {
            "seeds/story.yml": meta_with(
                "",
                people="people:\n  - name: Jane Roe\n    aliases: [the minister]\n"
                "  - name: John Doe\n    aliases: [The Minister]\n",
            )
        },
        fails=("seeds/story.yml", "given to both 'Jane Roe' and 'John Doe'"),
    ),
    Case(
        "javascript-url",
        {"seeds/story.yml": META.replace("https://example.org/plan", "javascript:alert(1)").encode()},
        fails=("seeds/story.yml", "must be an http\\(s\\) address"),
    ),
    Case(
        "bad-pronoun",
        {"seeds/story.yml": META.replace("pronoun: she", "pronoun: it").encode()},
        fails=("seeds/story.yml", "'pronoun' must be one of"),
    ),
    Case(
        "markup-in-title",
        {"seeds/story.yml": META.replace("A plan for workers", "'<b>*Plan*</b> {{ x }}'").encode()},
        paragraphs=STORY_PARAGRAPHS,
    ),
    # --- notes ---
    Case(
        "note-heading-not-a-quote",
        {"seeds/story.notes.md": note("the plan would help")},
        fails=("seeds/story.notes.md:1", "must be the exact phrase in quotes"),
    ),
    Case("note-empty-phrase", {"seeds/story.notes.md": note('""')}, fails=("seeds/story.notes.md:1", "in quotes")),
    Case(
        "note-phrase-missing",
        {"seeds/story.notes.md": note('"the plan would hurt"')},
        fails=("seeds/story.notes.md:1", "the plan would hurt"),
    ),
    Case("note-phrase-ambiguous", {"seeds/story.notes.md": note('"said"')}, fails=("seeds/story.notes.md:1", "said")),
    Case(
        "note-without-text",
        {"seeds/story.notes.md": b'## "500 workers"\n\n## "twice"\n\nMore.\n'},
        fails=("seeds/story.notes.md:1", "has no text"),
    ),
    Case(
        "note-without-source",
        {"seeds/story.notes.md": note('"500 workers"', "Says who?")},
        fails=("seeds/story.notes.md:1", "no source link"),
    ),
    Case("note-binary", {"seeds/story.notes.md": PNG}, fails=("seeds/story.notes.md", "not valid UTF-8")),
    Case(
        "note-unclosed-fence",
        {"seeds/story.notes.md": note('"500 workers"', f"{SOURCE}\n\n```\ncode")},
        fails=("seeds/story.notes.md", "never closed"),
    ),
    Case(
        "note-with-heading-inside",
        {"seeds/story.notes.md": note('"500 workers"', f"{SOURCE}\n\n# Big")},
        fails=("seeds/story.notes.md:5", "cannot hold a heading"),
    ),
    Case(
        "note-nested-quotes",
        {"seeds/story.notes.md": note('"“We will not stop here,”"')},
        paragraphs=STORY_PARAGRAPHS,
        notes=1,
    ),
    Case(
        "note-curly-heading",
        {"seeds/story.notes.md": note("“500 workers”") + b"\n" + note('"twice"')},
        paragraphs=STORY_PARAGRAPHS,
        notes=2,
    ),
    # --- directives in editorial pages ---
    Case(
        "directive-phrase-missing",
        page('::: source "the plan would hurt"'),
        fails=("docs/about.md:3", "the plan would hurt"),
    ),
    Case("directive-phrase-ambiguous", page('::: source "said"'), fails=("docs/about.md:3", "said")),
    Case(
        "directive-missing-seed",
        page('::: source "the plan would help" seed=no-such-article'),
        fails=("docs/about.md:3", "no-such-article"),
    ),
    Case("directive-unbalanced-quote", page('::: source "the plan would help'), fails=("docs/about.md:3", "quote")),
    Case(
        "directive-no-phrase",
        page("::: source"),
        fails=(
            "docs/about.md:3",
            re.escape('::: source needs a phrase in quotes, e.g. ::: source "exact words from the article"') + "$",
        ),
    ),
    Case("directive-unknown-kind", page('::: sauce "the plan"'), fails=("docs/about.md:3", "unknown directive")),
    Case(
        "directive-data-fields-with-arguments",
        page("::: data-fields figures.json"),
        fails=("docs/about.md:3", re.escape("::: data-fields takes no arguments") + "$"),
    ),
    Case(
        "directive-in-code-fence", page("```", '::: source "the plan would hurt"', "```"), paragraphs=STORY_PARAGRAPHS
    ),
]
BUILD_CASES = [
    "binary-file",
    "yaml-with-tabs",
    "note-heading-not-a-quote",
    "note-without-source",
    "directive-phrase-missing",
    "nested-quotes",
]


def write_case(root: Path, case: Case, defaults: bool = True) -> None:
    files = {"seeds/story.txt": STORY.encode(), "seeds/story.yml": META.encode()} if defaults else {}
    if "seeds/Story Final.txt" in case.files:
        files.pop("seeds/story.txt", None), files.pop("seeds/story.yml", None)
    files.update(case.files)
    for path, content in files.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)


def run_engine(root: Path):
    """What the MkDocs adapter does with the inputs, minus MkDocs."""
    site = build_site(root / "seeds", repo_root=root)
    for bundle in site.bundles:
        for warning in missing_sources(bundle.notes):  # --strict turns these into failures
            raise warning
    for doc in sorted((root / "docs").glob("*.md")):
        directives.expand(doc.read_text(encoding="utf-8"), str(doc), doc.name, site)
    return site


def assert_one_line_naming(message: str, where: str, pattern: str) -> None:
    assert "\n" not in message and "Traceback" not in message, message
    assert message.startswith(f"{where}:") or message.startswith(f"{where}"), message
    if not where[-1].isdigit():  # no line given: the next thing is the message or a line number
        assert re.match(rf"{re.escape(where)}(:\d+)?: ", message), message
    assert re.search(pattern, message), message


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_bad_input_through_the_engine(tmp_path, case):
    write_case(tmp_path, case)
    (tmp_path / "docs").mkdir(exist_ok=True)
    if case.fails:
        with pytest.raises(InputError) as caught:
            run_engine(tmp_path)
        # every problem is one line naming its file; the one the case is about is among them
        found = getattr(caught.value, "found", [caught.value])
        lines = [str(problem.relative_to(tmp_path)) for problem in found]
        assert all("\n" not in line for line in lines), lines
        where, pattern = case.fails
        matching = [line for line in lines if re.search(pattern, line)]
        assert matching, lines
        assert_one_line_naming(matching[0], where, pattern)
        return
    site = run_engine(tmp_path)
    article = next(f for f in site.files if f.path == "articles/story/index.md")
    soup = render_page(article.content)
    assert len(soup.select(".ex-note-ref")) == len(soup.select("div.ex-notes > div.ex-note[popover]")) == case.notes
    assert paragraph_texts(soup) == case.paragraphs
    title = site.bundle("story").article.meta["title"]
    assert normalise(soup.select_one(".ex-credit").get_text()).startswith(f"Source: {normalise(title)}")


def test_there_are_enough_cases():
    assert len(CASES) >= 20
    kinds = {
        c.files and next(iter(c.files)).split("/")[0] + "/" + next(iter(c.files)).rsplit(".", 1)[-1] for c in CASES
    }
    assert {"seeds/txt", "seeds/yml", "seeds/md", "docs/md"} <= kinds


@pytest.fixture(scope="module")
def built_cases(tmp_path_factory):
    """Each build case in its own project copy, built for real (the slow path)."""
    results = {}
    for case in (c for c in CASES if c.id in BUILD_CASES):
        project = copy_project(tmp_path_factory.mktemp(case.id) / "project")
        write_case(project, case)
        out = project / "site"
        results[case.id] = (case, run_mkdocs_build(project, out), out)
    return results


@pytest.mark.parametrize("case_id", BUILD_CASES)
def test_bad_input_through_mkdocs_build(built_cases, case_id):
    case, result, out = built_cases[case_id]
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    if case.fails:
        assert result.returncode != 0, "a failed build must not look like success"
        where, pattern = case.fails
        lines = [line for line in result.stderr.splitlines() if re.match(r"(ERROR|WARNING)\s+-\s+", line)]
        named = [line for line in lines if re.search(rf"-\s+{re.escape(where)}[:\s]", line)]
        assert named, result.stderr
        assert any(re.search(pattern, line) for line in named), named
    else:
        assert result.returncode == 0, result.stderr
        soup = parse_html(out / "articles" / "story" / "index.html")
        texts = [normalise(p.get_text()) for p in soup.select("div.ex-para .ex-para__text")]
        assert texts == case.paragraphs
