"""Hostile input, the cost and file side: YAML anchors, size limits, files from outside
the repository, caches that could run code, and the inputs that used to take minutes
or end in a traceback. Each case asserts the exact ``file:line: message`` or a build
that finishes; the time limits are generous guards, `make bench` (BENCH_ONLY=hostile)
measures the speed.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import pickle
import random
import re
import subprocess
import time
from pathlib import Path

import pytest

from conftest import ROOT
from explainer.errors import InputError
from explainer.export import split_front_matter
from explainer.figures.explanations import load_explanations
from explainer.pages.decorate import Decoration, _nested
from explainer.site import build_site
from explainer.site.analysis_cache import AnalysisCache
from explainer.site.preview_image import VERSION, Card, Previews, _valid_png, draw_png
from explainer.text import editor_files, editor_yaml
from explainer.text.seeds import find_seeds
from explainer.voices.grammar import COORDINATED_SPEECH, NAMED_WITH_AGE
from markdown_render import render_page
from test_hostile_input import META, STORY

SEED = "cambodian-workers-japan"
GUARD = 30  # seconds: only a guard against the minutes these inputs took before


def project(root: Path, files: dict[str, bytes | str]) -> Path:
    """A minimal project: one article (story) and the given files on top."""
    defaults = {"seeds/story.txt": STORY, "seeds/story.yml": META}
    for path, content in (defaults | files).items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode() if isinstance(content, str) else content)
    (root / "docs").mkdir(exist_ok=True)
    return root


def engine(root: Path):
    """The engine on the project, editorial pages and data files included."""
    return build_site(root / "seeds", repo_root=root, docs_dir=root / "docs")


def problems_of(root: Path) -> list[str]:
    """Every problem line the engine reports for the project, relative to it."""
    with pytest.raises(InputError) as caught:
        engine(root)
    found = getattr(caught.value, "found", [caught.value])
    # the editor's queue (paragraphs whose speaker only an editor can confirm) is no problem
    return [str(problem.relative_to(root)) for problem in found if not getattr(problem, "to_check", False)]


def assert_refused_quickly(root: Path, expected: list[str]) -> None:
    lines, seconds = timed(problems_of, root)
    assert lines == expected
    assert seconds < GUARD


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started


# --- YAML anchors and aliases -------------------------------------------------------

BOMB = "".join(
    [
        'a: &a ["x","x","x","x","x","x","x","x","x"]\n',
        *(f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(7)),
    ]
)
ANCHOR = "YAML anchors and aliases are not allowed: write the value out in full instead of"


def test_an_alias_bomb_in_the_author_is_refused_at_its_line(tmp_path):
    meta = META.replace("title: A plan for workers\n", "title: A plan for workers\n" + BOMB + "author: *h\n")
    lines = problems_of(project(tmp_path, {"seeds/story.yml": meta}))
    assert lines == [f"seeds/story.yml:2: {ANCHOR} '&a'"]


def test_an_alias_in_a_timeline_label_is_refused_at_its_line(tmp_path):
    timeline = (
        "- date: 2024-01-02\n  label: &l A meeting\n  source: https://example.org\n  source_name: Example\n"
        "- date: 2024-01-03\n  label: *l\n  source: https://example.org\n  source_name: Example\n"
    )
    lines = problems_of(project(tmp_path, {"data/timeline.yml": timeline}))
    assert lines == [f"data/timeline.yml:2: {ANCHOR} '&l'"]


def test_an_alias_alone_is_refused_too(tmp_path):
    path = tmp_path / "x.figures.yml"
    path.write_text("count-500: *undefined\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_explanations(path, ["count-500"])
    assert str(caught.value) == f"{path}:1: {ANCHOR} '*undefined'"


def test_an_anchor_in_front_matter_is_refused(tmp_path):
    page = tmp_path / "about.md"
    with pytest.raises(InputError) as caught:
        split_front_matter("---\ntitle: &t About\nx: *t\n---\n# About\n", page)
    assert str(caught.value).startswith(f"{page}:")
    assert ANCHOR in str(caught.value)


def test_an_anchor_in_a_pages_front_matter_stops_the_build_at_its_line(tmp_path):
    page = "---\ntitle: About\nx: &t [a]\ny: *t\n---\n# About\n"
    assert problems_of(project(tmp_path, {"docs/about.md": page})) == [f"docs/about.md:3: {ANCHOR} '&t'"]


@pytest.mark.parametrize("depth", [40, 50_000])
def test_deep_nesting_in_yaml_is_refused_at_its_line(tmp_path, depth):
    """50,000 '[' crashed libyaml's composer (a segmentation fault, no message at all)."""
    meta = META + "author: " + "[" * depth + "]" * depth + "\n"
    assert problems_of(project(tmp_path, {"seeds/story.yml": meta})) == [
        "seeds/story.yml:12: lists and mappings nested more than 32 deep: editors' files need a few levels"
    ]


def test_the_project_files_load_with_the_editors_loader():
    data = [ROOT / "seeds" / f"{SEED}.yml", ROOT / "seeds" / f"{SEED}.figures.yml", *(ROOT / "data").glob("*.yml")]
    assert len(data) >= 4
    for path in data:
        editor_yaml.load(path.read_text(encoding="utf-8"))


def test_every_yaml_load_of_the_engine_goes_through_the_editors_loader():
    """Only editor_yaml.py calls PyYAML's loaders (export.py reads mkdocs.yml, the
    maintainers' file with its !!python tags, with a loader of its own)."""
    calls = re.compile(r"\byaml\.(?:safe_load|load|compose|parse|safe_load_all|load_all|full_load|unsafe_load)\(")
    found = {
        path.relative_to(ROOT).as_posix(): len(calls.findall(path.read_text(encoding="utf-8")))
        for path in (ROOT / "hooks").rglob("*.py")
    }
    assert found["hooks/explainer/text/editor_yaml.py"] >= 3
    assert found["hooks/explainer/export.py"] == 1  # load_config: mkdocs.yml
    assert {path: n for path, n in found.items() if n} == {
        "hooks/explainer/text/editor_yaml.py": found["hooks/explainer/text/editor_yaml.py"],
        "hooks/explainer/export.py": 1,
    }


def test_a_nul_in_yaml_gets_its_own_hint(tmp_path):
    meta = META.replace("outlet: The Example Times", "outlet: The Example\x00 Times")
    lines = problems_of(project(tmp_path, {"seeds/story.yml": meta}))
    assert lines == [
        "seeds/story.yml:2: invalid YAML: the control character U+0000 is not allowed in YAML: "
        "delete it (it often comes with a copy from a PDF or a word processor)"
    ]


# --- No tracebacks: slugs, UTF-8, log lines --------------------------------------------


def test_a_slug_of_235_characters_is_refused_with_the_limit(tmp_path):
    slug = "a" * 235
    project(tmp_path, {f"seeds/{slug}.txt": STORY})
    with pytest.raises(InputError) as caught:
        find_seeds(tmp_path / "seeds")
    assert str(caught.value) == (
        f"{tmp_path}/seeds/{slug}.txt: seed file name is 235 characters before .txt; the limit is 100"
    )


def test_invalid_utf8_in_a_data_file_names_file_line_and_byte(tmp_path):
    timeline = b"- date: 2024-01-02\n  label: Caf\xe9\n"
    lines = problems_of(project(tmp_path, {"data/timeline.yml": timeline}))
    assert lines == ["data/timeline.yml:2: data file is not valid UTF-8 (byte 31 is 0xe9): save it as UTF-8"]


def test_invalid_utf8_in_metadata_notes_and_explanations_names_the_line(tmp_path):
    files = {
        "seeds/story.notes.md": b'## "500 workers"\n\nA note \xff.\n',
        "seeds/story.figures.yml": b"count-500: Fine\ncount-2: \xc3\n",
    }
    lines = problems_of(project(tmp_path, files))
    assert "seeds/story.notes.md:3: notes file is not valid UTF-8 (byte 25 is 0xff): save it as UTF-8" in lines
    assert "seeds/story.figures.yml:2: figure explanations is not valid UTF-8 (byte 25 is 0xc3): save it as UTF-8" in (
        lines
    )


def test_a_workflow_command_in_a_metadata_key_stays_on_one_line(tmp_path):
    meta = META + '"x\\n::warning file=README.md::owned": 1\n'
    lines = problems_of(project(tmp_path, {"seeds/story.yml": meta}))
    assert lines == [
        "seeds/story.yml:12: unknown key 'x\\n::warning file=README.md::owned': "
        "known keys: title, outlet, url, published, published_approximate, author, language, title_source, "
        "people, organisations, speakers"
    ]


# --- Size limits ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "what"),
    [
        ("metadata", "seeds/story.yml", "metadata"),
        ("notes", "seeds/story.notes.md", "notes file"),
        ("figures", "seeds/story.figures.yml", "figure explanations"),
        ("data", "data/timeline.yml", "data file"),
        ("page", "docs/big.md", "page"),
        ("seed", "seeds/story.txt", "seed text"),
    ],
)
def test_each_file_kind_has_a_size_limit(tmp_path, kind, name, what):
    limit = editor_files.LIMITS[kind]
    line = "# a comment line of a file far larger than any real one\n"
    content = line * (limit // len(line) + 2)
    lines = problems_of(project(tmp_path, {name: content}))
    expected_line = content[:limit].count("\n") + 1
    assert f"{name}:{expected_line}: {what} is over {limit:,} bytes, the limit for one file: split it" in lines


def test_a_note_of_50000_brackets_is_refused_in_a_moment(tmp_path):
    notes = '## "500 workers"\n\n' + "[" * 50_000 + "\n"
    assert_refused_quickly(
        project(tmp_path, {"seeds/story.notes.md": notes}),
        [
            'seeds/story.notes.md:1: note on "500 workers" is 50,000 characters long; the limit is 10,000: '
            "shorten it or split it"
        ],
    )


def test_punctuation_past_its_limit_is_refused_at_its_line(tmp_path):
    text = "".join("-" * 999 + "\n\n" for _ in range(60))
    assert_refused_quickly(
        project(tmp_path, {"seeds/story.txt": text}),
        ["seeds/story.txt:101: seed holds more than 50,000 punctuation marks, the limit: split the article"],
    )


def test_more_than_300_notes_are_refused_at_the_first_one_over(tmp_path):
    note = '## "500 workers"\n\nContext for the reader ([source](https://example.org/source)).\n\n'
    lines = problems_of(project(tmp_path, {"seeds/story.notes.md": note * 301}))
    assert lines == ["seeds/story.notes.md:1201: 301 notes; the limit is 300 per article: keep the ones that matter"]


def test_a_note_of_300_brackets_is_refused_with_the_limit(tmp_path):
    notes = '## "500 workers"\n\n' + "[" * 300 + " ([source](https://example.org))\n"
    lines = problems_of(project(tmp_path, {"seeds/story.notes.md": notes}))
    assert lines == [
        "seeds/story.notes.md:1: note on \"500 workers\" holds 301 '['; the limit is 100 per note: "
        "remove the extra marks"
    ]


def test_2000_nested_stars_in_a_note_are_refused_not_a_recursion_error(tmp_path):
    notes = '## "500 workers"\n\n' + "*" * 2000 + "x" + "*" * 2000 + " ([source](https://example.org))\n"
    lines = problems_of(project(tmp_path, {"seeds/story.notes.md": notes}))
    assert lines == [
        "seeds/story.notes.md:1: note on \"500 workers\" holds 4,000 '*' or '_'; the limit is 100 per note: "
        "remove the extra marks"
    ]


def test_a_note_at_its_limits_renders_with_the_sites_markdown(tmp_path):
    """100 '[' and 100 nested '*' (2,000 overflowed Python-Markdown's recursion), the rest text."""
    body = "*" * 50 + "x" + "*" * 50 + " " + "[" * 99 + " word" * 1_500 + " ([source](https://example.org))"
    site, seconds = timed(engine, project(tmp_path, {"seeds/story.notes.md": f'## "500 workers"\n\n{body}\n'}))
    article = next(f for f in site.files if f.path == "articles/story/index.md")
    soup = render_page(article.content)
    assert len(soup.select("div.ex-notes > div.ex-note[popover]")) == 1
    assert seconds < GUARD


# --- Linear cost ------------------------------------------------------------------------


def test_20000_one_line_paragraphs_are_refused_at_the_limit_in_a_moment(tmp_path):
    text = "".join(f"Line {i}.\n\n" for i in range(20_000))
    assert_refused_quickly(
        project(tmp_path, {"seeds/story.txt": text}),
        ["seeds/story.txt:2001: seed has 20,000 paragraphs; the limit is 1,000: split the article"],
    )


def test_1000_paragraphs_with_figures_build_in_linear_time(tmp_path):
    """At the limit, each paragraph with a figure: checking every figure for every
    paragraph was a million checks here."""
    text = "".join(f"Group {i} counted {i + 7} workers.\n\n" for i in range(1_000))
    site, seconds = timed(engine, project(tmp_path, {"seeds/story.txt": text, "seeds/story.yml": META}))
    article = next(f for f in site.files if f.path == "articles/story/index.md")
    assert article.content.count("{ .ex-figure }") >= 1_000
    assert seconds < GUARD


def test_50000_quote_marks_are_refused_at_the_limit(tmp_path):
    assert_refused_quickly(
        project(tmp_path, {"seeds/story.txt": '"' * 50_000 + "\n"}),
        ['seeds/story.txt:1: seed holds more than 10,000 quote marks (“ ” "), the limit: split the article'],
    )


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("9,900 spaces", "It began." + " " * 9_900 + "It ended, and said so.\n"),
        ("a 9 KB chain of hyphenated names", "-".join(["Name"] * 1_800) + ", 45, said it.\n"),
        ("3,000 quotes in one paragraph", '"a"' * 3_000 + "\n"),
    ],
)
def test_long_runs_build_in_seconds(tmp_path, name, text):
    site, seconds = timed(engine, project(tmp_path, {"seeds/story.txt": text, "seeds/story.yml": META}))
    assert [b.slug for b in site.bundles] == ["story"]
    assert seconds < GUARD, name


def test_200000_spaces_are_refused_as_one_overlong_paragraph(tmp_path):
    text = "It began." + " " * 200_000 + "It ended, and said so.\n"
    assert_refused_quickly(
        project(tmp_path, {"seeds/story.txt": text}),
        [
            "seeds/story.txt:1: paragraph of 200,031 characters (more than 10,000): a news paragraph is a few "
            "sentences; put an empty line where each paragraph ends"
        ],
    )


def test_name_patterns_are_bounded_on_a_long_chain():
    chain = "-".join(["Name"] * 40_000)  # 200 KB: minutes before the token cap
    for pattern, text in (
        (NAMED_WITH_AGE, chain + ", 45, and said"),
        (COORDINATED_SPEECH, chain + ", 45, and said"),
        (COORDINATED_SPEECH, "x" + " " * 200_000 + "y"),  # a minute before: every space began a scan
    ):
        _, seconds = timed(lambda p=pattern, t=text: list(p.finditer(t)))
        assert seconds < 5


def test_bounded_name_patterns_find_what_the_unbounded_ones_found():
    unbounded = re.compile(r"(?<![\w’'])((?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:\d{1,3},|aged\s+\d)")
    coordinated = re.compile(
        r"(?:,?\s+and\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:said|warned|urged|added|noted|told|called for|asked)\b"
        r"|,\s+(?:saying|arguing|adding|warning|noting|claiming|insisting|stressing|explaining)\b)"
    )
    texts = [
        "Ms Chea Sopheap, 41, said so.",
        "Jean-Pierre O’Neil Dupont, aged 7, left.",
        "A.B. Smith-Jones,  52, and Dr. Who, 3,",
        "The agency counted them  and  has  said it would,   saying more, and also warned.",
        "x,  and told; y ,saying z, and had also asked",
    ]
    rng = random.Random(25)
    words = ["Name", "Ms", "and", "said", ",", "45,", "aged 3", "  ", "-", "O’Neil", "has", "saying"]
    texts += [" ".join(rng.choice(words) for _ in range(30)) for _ in range(300)]
    for text in texts:
        found = [m.span() for m in NAMED_WITH_AGE.finditer(text)]
        assert found == [m.span() for m in unbounded.finditer(text)], text
        found = [m.span() for m in COORDINATED_SPEECH.finditer(text)]
        assert found == [m.span() for m in coordinated.finditer(text)], text


def _nested_by_pairs(decorations: list[Decoration]) -> list[Decoration]:
    """The former check of every kept decoration for each candidate, as reference."""
    kept: list[Decoration] = []
    for candidate in sorted(decorations, key=lambda d: (d.start, -d.end, d.rank)):
        if all(
            candidate.end <= o.start
            or candidate.start >= o.end
            or (o.start <= candidate.start and candidate.end <= o.end)
            for o in kept
        ):
            kept.append(candidate)
    return kept


def test_one_pass_nesting_keeps_what_the_pairwise_check_kept():
    rng = random.Random(25)
    cases = 0
    for _ in range(2_000):
        decorations = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 30)
            decorations.append(Decoration(start, start + rng.randint(0, 12), "<", ">", rng.randint(0, 3)))
        assert _nested(decorations) == _nested_by_pairs(decorations), decorations
        cases += bool(decorations)
    assert cases > 1_000


# --- Only files of the repository -------------------------------------------------------

OUTSIDE = "is a symbolic link (or inside one): only files of the repository are read"


def test_a_seed_linked_to_etc_passwd_is_refused(tmp_path):
    root = project(tmp_path, {})
    (root / "seeds" / "passwd.txt").symlink_to("/etc/passwd")
    assert f"seeds/passwd.txt: {OUTSIDE}" in problems_of(root)


def test_a_seed_linked_to_a_folder_outside_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "other.txt").write_text(STORY, encoding="utf-8")
    root = project(tmp_path / "project", {})
    (root / "seeds" / "other.txt").symlink_to(outside / "other.txt")
    assert f"seeds/other.txt: {OUTSIDE}" in problems_of(root)


def test_a_linked_metadata_file_is_refused(tmp_path):
    outside = tmp_path / "meta.yml"
    outside.write_text(META, encoding="utf-8")
    root = project(tmp_path / "project", {})
    (root / "seeds" / "story.yml").unlink()
    (root / "seeds" / "story.yml").symlink_to(outside)
    assert problems_of(root) == [f"seeds/story.yml: {OUTSIDE}"]


def test_a_linked_data_file_is_refused(tmp_path):
    outside = tmp_path / "timeline.yml"
    outside.write_text("[]\n", encoding="utf-8")
    root = project(tmp_path / "project", {})
    (root / "data").mkdir()
    (root / "data" / "timeline.yml").symlink_to(outside)
    assert problems_of(root) == [f"data/timeline.yml: {OUTSIDE}"]


@pytest.mark.parametrize("page", ["/etc/passwd", "../../x.md", "docs/../../x.md", "..\\x.md", "C:/x.md", "./about.md"])
def test_a_correction_page_outside_docs_is_refused(tmp_path, page):
    corrections = f"- date: 2024-05-04\n  page: '{page}'\n  phrase: x\n  wrong: a\n  now: b\n"
    lines = problems_of(project(tmp_path, {"data/corrections.yml": corrections}))
    assert lines == [
        f"data/corrections.yml:1: page: '{page}' must be a path inside the project, like plans.md "
        "(no '..', no '/' first)"
    ]


def test_a_correction_page_that_is_a_link_is_refused(tmp_path):
    (tmp_path / "secret.md").write_text("x\n", encoding="utf-8")
    corrections = "- date: 2024-05-04\n  page: about.md\n  phrase: x\n  wrong: a\n  now: b\n"
    root = project(tmp_path / "project", {"data/corrections.yml": corrections})
    (root / "docs" / "about.md").symlink_to(tmp_path / "secret.md")
    assert f"docs/about.md: {OUTSIDE}" in problems_of(root)


@pytest.mark.parametrize("target", ["/etc/passwd.yml", "data/../../x.yml", "../x.yml", "data/./x.yml"])
def test_chart_data_outside_data_is_refused(tmp_path, target):
    root = project(tmp_path, {"docs/about.md": f'# About\n\n::: chart "{target}"\n'})
    assert problems_of(root) == [
        f"docs/about.md:3: chart: the data file '{target}' must be a path inside the project, like data/x.yml "
        "(no '..', no '/' first)"
    ]


def test_chart_data_that_is_a_link_is_refused(tmp_path):
    (tmp_path / "x.yml").write_text("title: x\n", encoding="utf-8")
    root = project(tmp_path / "project", {"docs/about.md": '# About\n\n::: chart "data/x.yml"\n'})
    (root / "data").mkdir()
    (root / "data" / "x.yml").symlink_to(tmp_path / "x.yml")
    assert problems_of(root) == [f"docs/about.md:3: chart: 'data/x.yml' {OUTSIDE}"]


# --- Caches that cannot run code --------------------------------------------------------


class _Planted:
    """What a planted pickle does when loaded: writes a file (a command could run)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path(self.marker).write_text, ("ran",))


@pytest.fixture
def cache_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    return tmp_path / "user-cache"


@pytest.mark.parametrize("how", ["unsigned", "signed with another key", "body changed"])
def test_a_tampered_analysis_cache_entry_runs_nothing_and_the_build_succeeds(tmp_path, cache_home, how):
    root = project(tmp_path / "project", {})
    folder = root / "build" / "analysis-cache"
    run = lambda: build_site(root / "seeds", repo_root=root, cache=AnalysisCache(folder))  # noqa: E731
    first = run()
    entries = sorted(folder.glob("story.analysis.*.pickle"))
    assert len(entries) == 1
    marker = tmp_path / "ran.txt"
    payload = pickle.dumps(_Planted(str(marker)))
    signed = entries[0].read_bytes()
    if how == "unsigned":
        entries[0].write_bytes(payload)
    elif how == "signed with another key":
        import hmac

        signature = hmac.new(b"k" * 32, entries[0].name.encode() + b"\0" + payload, hashlib.sha256).digest()
        entries[0].write_bytes(signature + payload)
    else:
        entries[0].write_bytes(signed[:32] + payload)
    cache = AnalysisCache(folder)
    again = build_site(root / "seeds", repo_root=root, cache=cache)
    assert not marker.exists()
    assert (cache.hits, cache.misses) == (0, 1)
    assert [f.content for f in again.files] == [f.content for f in first.files]
    [seed] = find_seeds(root / "seeds")
    assert AnalysisCache(folder).get(seed) is not None  # written anew, signed


def test_a_seed_over_every_limit_is_refused_with_the_cache_on(tmp_path, cache_home):
    root = project(tmp_path / "project", {"seeds/story.txt": "A line of the article.\n" * 100_000})
    with pytest.raises(InputError) as caught:
        build_site(root / "seeds", repo_root=root, cache=AnalysisCache(root / "build" / "analysis-cache"))
    assert [str(p.relative_to(root)) for p in caught.value.found] == [
        "seeds/story.txt:21740: seed text is over 500,000 bytes, the limit for one file: split it"
    ]


def test_the_cache_key_lives_outside_the_checkout(tmp_path, cache_home):
    root = project(tmp_path / "project", {})
    build_site(root / "seeds", repo_root=root, cache=AnalysisCache(root / "build" / "analysis-cache"))
    keys = list(cache_home.rglob("*.key"))
    assert len(keys) == 1 and len(keys[0].read_bytes()) == 32
    assert not any(p.suffix == ".key" for p in root.rglob("*"))


def _png(size=(1200, 630), colour="red") -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, format="PNG")
    return out.getvalue()


def test_a_planted_preview_image_is_not_published(tmp_path):
    card = Card("A title", "A site")
    cache = tmp_path / "og-cache"
    cache.mkdir()
    # at the name the cache used to give this card: never read now
    old_name = hashlib.sha256(json.dumps([VERSION, *card], ensure_ascii=False).encode()).hexdigest()[:32]
    (cache / f"{old_name}.png").write_bytes(_png())
    previews = Previews(cache, b"s" * 32)
    drawn = previews.png(card)
    assert drawn != _png() and previews.drawn == 1
    # at the keyed name itself, a file that is not a whole 1200x630 PNG is drawn again
    name = cache / f"{card.key(b's' * 32)}.png"
    for planted in (b"<svg onload=alert(1)>", _png((10, 10)), _png()[:200]):
        name.write_bytes(planted)
        again = Previews(cache, b"s" * 32)
        assert again.png(card) == drawn and again.drawn == 1
    assert Previews(cache, b"s" * 32).png(card) == drawn  # and the good one is reused


def test_the_png_check_agrees_with_pillows_verify(tmp_path):
    from PIL import Image

    drawn = draw_png(Card("A title", "A site", "A quote", "A speaker"))
    candidates = {
        "drawn": drawn,
        "other size": _png((1200, 631)),
        "truncated": drawn[:-20],
        "a byte changed": drawn[:100] + bytes([drawn[100] ^ 1]) + drawn[101:],
        "trailing bytes": drawn + b"<script>",
        "not a png": b"GIF89a" + drawn[6:],
    }
    for name, data in candidates.items():
        path = tmp_path / "x.png"
        path.write_bytes(data)
        try:
            with Image.open(path) as image:
                pillow = image.size == (1200, 630)
                image.verify()
        except Exception:
            pillow = False
        assert (_valid_png(path) is not None) == (name == "drawn"), name
        assert pillow or name != "drawn"


def test_the_preview_name_depends_on_the_secret_and_the_code():
    card = Card("A title", "A site")
    assert card.key(b"a") != card.key(b"b")
    assert len(card.key(b"a")) == 32


def test_nothing_is_tracked_under_build():
    # a copy of the project (scripts/with-extra-articles.sh) names the checkout it came from
    checkout = Path(os.environ.get("EXPLAINER_GIT_ROOT") or ROOT)
    assert (checkout / ".git").exists(), f"{checkout} is not a git checkout"
    tracked = subprocess.run(
        ["git", "ls-files", "--", "build"], cwd=checkout, capture_output=True, text=True, check=True
    ).stdout.split()
    assert tracked == []
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", "build/analysis-cache/x.pickle"], cwd=checkout, check=False
    ).returncode
    assert ignored == 0, "build/ must be in .gitignore"
