"""Say "unclear" rather than guess, and let editors have the last word.

A paragraph whose speech the engine cannot give to anyone is shown as "Speaker
unclear", listed in voices.json and in one INFO line of the build log; an editor
settles it under ``speakers:`` in the seed's metadata, which is checked against the
text like every other editor input.
"""

from __future__ import annotations

import json

import pytest
from bs4 import BeautifulSoup

from conftest import copy_project, run_mkdocs_build
from explainer.errors import InputError
from explainer.text.article import parse_article
from explainer.text.metadata import parse_meta
from explainer.voices import Evidence, attribute

SLUG = "kampot-pier"
TEXT = """\
Officials in Kampot said on Monday that the new fishing pier would open in May.

"We have waited ten years for this. Now the buyers will come to us," she said.

Sok Dara, a fisherman who has worked the coast for twenty years, said the pier would bring more buyers.

"Prices will go up for us, and our sons will stay," he said.
"""
META = """\
title: Kampot pier opens
outlet: Kampot Weekly
url: https://example.org/kampot-pier
published: 2024-05-02
{extra}"""


def _voices(extra: str = ""):
    meta = parse_meta(f"seeds/{SLUG}.yml", META.format(extra=extra).encode(), SLUG)
    return attribute(parse_article(SLUG, f"seeds/{SLUG}.txt", TEXT.encode(), meta))


def test_speech_nobody_can_be_given_to_is_unclear_not_a_guess():
    voices = _voices()
    assert voices.unclear == [2]
    assert voices.speaker_of(2) is None and not voices.paragraph(2).is_narration
    assert voices.speaker_of(3).name == "Sok Dara" and voices.speaker_of(4).name == "Sok Dara"
    [quote] = voices.paragraph(2).quotes
    assert quote.confidence == "unclear"
    assert voices.paragraph(3).attributions[0].confidence == "named"
    assert voices.paragraph(4).attributions[0].confidence == "inferred"


SET_2 = 'speakers:\n  - says: "We have waited ten years"\n    speaker: Sok Dara\n'


def test_an_editor_sets_a_speaker_by_name_or_narration():
    voices = _voices(SET_2 + '  - {says: "new fishing pier would open", speaker: narration}\n')
    assert voices.unclear == []
    assert voices.speaker_of(2).name == "Sok Dara" and voices.paragraph(2).editor
    assert all(a.rule == "editor" for a in voices.paragraph(2).quotes)
    assert voices.paragraph(1).is_narration and voices.paragraph(1).editor


def test_an_entry_follows_its_words_when_a_paragraph_is_split_above_it():
    split = TEXT.replace("would open in May.", "would open.\n\nIt is due in May.")
    meta = parse_meta(f"seeds/{SLUG}.yml", META.format(extra=SET_2).encode(), SLUG)
    voices = attribute(parse_article(SLUG, f"seeds/{SLUG}.txt", split.encode(), meta))
    assert voices.speaker_of(3).name == "Sok Dara" and voices.paragraph(3).editor
    assert not voices.paragraph(2).editor


def test_a_bare_paragraph_number_is_refused_with_the_words_to_write_instead():
    with pytest.raises(InputError) as caught:
        _voices("speakers:\n  2: Sok Dara\n")
    assert caught.value.line == 6
    assert caught.value.message == (
        "speakers: a paragraph number (2) moves when a paragraph above it is added or split: "
        'name the paragraph by its words instead: - {says: "We have waited ten years for this", speaker: Sok Dara}'
    )
    # the suggestion works as written
    suggested = caught.value.message.rsplit("instead: ", 1)[1]
    assert _voices(f"speakers:\n  {suggested}\n").speaker_of(2).name == "Sok Dara"


def test_confirm_accepts_the_engines_label_and_fails_once_the_engine_says_otherwise():
    confirm = 'speakers:\n  - says: "Prices will go up for us"\n    confirm: Sok Dara\n'
    confirmed = _voices(confirm)
    paragraph = confirmed.paragraph(4)
    assert confirmed.speaker_of(4).name == "Sok Dara" and paragraph.editor and not paragraph.needs_check
    assert [a.evidence for a in paragraph.quotes] == [Evidence.EDITOR]
    assert "the engine's reading" in paragraph.quotes[0].support
    # the same confirmation after an edit that gives the quote to someone else
    changed = TEXT.replace('our sons will stay," he said.', 'our sons will stay," said Chea Vanna, a trader.')
    meta = parse_meta(f"seeds/{SLUG}.yml", META.format(extra=confirm).encode(), SLUG)
    with pytest.raises(InputError) as caught:
        attribute(parse_article(SLUG, f"seeds/{SLUG}.txt", changed.encode(), meta))
    assert caught.value.path == f"seeds/{SLUG}.yml" and caught.value.line == 7
    assert caught.value.message.startswith(
        "speakers: confirm: Sok Dara no longer holds for ¶4: the engine now says Chea Vanna"
    )


@pytest.mark.parametrize(
    ("extra", "line", "message"),
    [
        (
            'speakers:\n  - says: "ten years"\n    speaker: Sok Darra\n',
            6,
            "nobody called “Sok Darra” in this article; did you mean “Sok Dara”?",
        ),
        ("speakers:\n  9: Sok Dara\n", 6, "there is no paragraph 9: the article has 4"),
        (
            'speakers:\n  - {says: "We waited ten years", speaker: Sok Dara}\n',
            6,
            'phrase "We waited ten years" is not in the article; closest passage (¶2): "have waited ten years for"',
        ),
        ('speakers:\n  - {says: "twenty", speaker: Sok Dara}\n  - {says: "said", speaker: Sok Dara}\n', 7, "occurs"),
        ("speakers:\n  two: Sok Dara\n", 6, "'speakers' must be a list of entries"),
        ('speakers:\n  - {says: "ten years", speaker: Sok Dara, quote: x}\n', 6, "unknown key 'quote'"),
        ('speakers:\n  - {says: "ten years", speaker: Sok Dara, confirm: Sok Dara}\n', 6, "not both"),
        (
            'speakers:\n  - says: "ten years"\n    speaker: Sok Dara\n  - {says: "waited", speaker: Sok Dara}\n',
            8,
            "entry already, on line 6",
        ),
    ],
)
def test_a_bad_override_names_the_file_and_line(extra, line, message):
    with pytest.raises(InputError) as caught:
        _voices(extra)
    assert caught.value.path == f"seeds/{SLUG}.yml" and caught.value.line == line
    assert message in caught.value.message


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The project built with the Kampot article, once without and once with an override."""
    results = {}
    for name, extra in (("plain", ""), ("settled", SET_2)):
        project = copy_project(tmp_path_factory.mktemp(name) / "project")
        (project / "seeds" / f"{SLUG}.txt").write_text(TEXT, encoding="utf-8")
        (project / "seeds" / f"{SLUG}.yml").write_text(META.format(extra=extra), encoding="utf-8")
        result = run_mkdocs_build(project, project / "site")
        assert result.returncode == 0, result.stderr
        results[name] = (result, project / "site" / "articles" / SLUG)
    return results


def _label(article_dir, number: int) -> str:
    soup = BeautifulSoup((article_dir / "index.html").read_text(encoding="utf-8"), "html.parser")
    return " ".join(soup.select_one(f"#p{number} .ex-speaker").get_text(" ").split())


def test_the_page_says_speaker_unclear_and_the_log_lists_it(built):
    result, article = built["plain"]
    assert _label(article, 2) == "Speaker unclear"
    assert _label(article, 3).startswith("Speaker: Sok Dara")
    # (other articles in seeds/ may have paragraphs to check of their own: one line each)
    assert [line for line in result.stderr.splitlines() if f"seeds/{SLUG}.txt:" in line] == [
        f"INFO    -  seeds/{SLUG}.txt:3: ¶2: speaker unclear (pronoun 'she': no earlier speaker to refer to). "
        f'Say who speaks under speakers: in seeds/{SLUG}.yml: - {{says: "We have waited ten years for this", '
        "speaker: NAME} (NAME: a name from the article's people page, or narration) (needs a human check)",
        f"INFO    -  seeds/{SLUG}.txt:7: ¶4: speaker resolved, Sok Dara from “he” (named in ¶3). "
        f'Confirm it under speakers: in seeds/{SLUG}.yml: - {{says: "Prices will go up for us", confirm: Sok Dara}} '
        '(or correct it: - {says: "Prices will go up for us", speaker: NAME}) (needs a human check)',
    ]
    data = json.loads((article / "voices.json").read_text(encoding="utf-8"))
    assert data["unclear_paragraphs"] == [2]
    assert data["paragraphs"][1]["unclear"] is True
    assert data["paragraphs"][1]["attributions"][0]["confidence"] == "unclear"


def test_an_editors_label_shows_like_any_other_and_is_recorded(built):
    result, article = built["settled"]
    assert _label(article, 2).startswith("Speaker: Sok Dara")
    assert f"seeds/{SLUG}.txt:3:" not in result.stderr
    data = json.loads((article / "voices.json").read_text(encoding="utf-8"))
    assert data["unclear_paragraphs"] == []
    assert data["paragraphs"][1]["set_by"] == "editor"
    assert data["paragraphs"][2]["set_by"] == "engine"


def test_a_bad_override_stops_the_build_with_file_and_line(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "seeds" / f"{SLUG}.txt").write_text(TEXT, encoding="utf-8")
    bad = 'speakers:\n  - {says: "waited ten years", speaker: Sok Darra}\n'
    (project / "seeds" / f"{SLUG}.yml").write_text(META.format(extra=bad), encoding="utf-8")
    result = run_mkdocs_build(project, project / "site")
    assert result.returncode != 0
    assert f"seeds/{SLUG}.yml:6: speakers: nobody called “Sok Darra”" in result.stderr
    assert "Traceback" not in result.stderr


def test_confirm_takes_the_label_as_shown_for_two_speakers():
    text = TEXT.replace(
        '"Prices will go up for us, and our sons will stay," he said.',
        ('"Prices will go up for us," he said. "They will not," said Chea Vanna, a trader.'),
    )
    confirm = 'speakers:\n  - says: "Prices will go up for us"\n    confirm: "Sok Dara; Chea Vanna"\n'
    meta = parse_meta(f"seeds/{SLUG}.yml", META.format(extra=confirm).encode(), SLUG)
    voices = attribute(parse_article(SLUG, f"seeds/{SLUG}.txt", text.encode(), meta))
    assert [e.name for e in voices.speakers_of(4)] == ["Sok Dara", "Chea Vanna"] and voices.paragraph(4).editor
    one = confirm.replace("Sok Dara; Chea Vanna", "Sok Dara")
    meta = parse_meta(f"seeds/{SLUG}.yml", META.format(extra=one).encode(), SLUG)
    with pytest.raises(InputError, match="the engine now says Sok Dara; Chea Vanna"):
        attribute(parse_article(SLUG, f"seeds/{SLUG}.txt", text.encode(), meta))
