"""Every speaker label carries the kind of evidence that earns it (DESIGN.md, "How a
speaker label is earned"): stated, continued, resolved or editor; anything weaker
is unclear, never a pick. voices.json records it and follows schemas/voices.schema.json.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from conftest import SEED_SLUG, copy_project, parse_html, run_mkdocs_build
from explainer.text.article import parse_article
from explainer.text.metadata import parse_meta
from explainer.voices import Evidence, attribute

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "schemas" / "voices.schema.json").read_text(encoding="utf-8"))
META = "title: Training centre\noutlet: Test Weekly\nurl: https://example.org/t\npublished: 2024-05-02\n"


def _voices(text: str, extra: str = ""):
    meta = parse_meta("seeds/centre.yml", (META + extra).encode(), "centre")
    return attribute(parse_article("centre", "seeds/centre.txt", text.encode(), meta))


def _speech(voices, number: int):
    return [a for a in voices.paragraph(number).attributions if a.kind in ("quote", "reported")]


def test_two_people_named_together_leave_he_unclear_not_the_first_of_them():
    voices = _voices(
        "Chea Sophal, the centre's director, said the centre would take 40 more trainees.\n\n"
        'Sophal and Sovann toured the centre. "We cannot promise every trainee a job," he said.\n'
    )
    assert voices.paragraph(1).evidence is Evidence.STATED
    assert voices.unclear == [2] and voices.speaker_of(2) is None
    [quote] = _speech(voices, 2)
    assert quote.evidence is Evidence.UNCLEAR and "Sovann" in quote.resolution


def test_a_pronoun_resolved_to_the_one_candidate_says_which_words_and_where():
    voices = _voices(
        "Chea Sophal, the centre's director, said the centre would take 40 more trainees.\n\n"
        "The centre opened in 2019 with twelve teachers.\n\n"
        '"We cannot promise every trainee a job," he said.\n'
    )
    [quote] = _speech(voices, 3)
    assert quote.speaker.name == "Chea Sophal" and quote.evidence is Evidence.RESOLVED
    assert (quote.via, quote.named_in) == ("he", 1)
    assert "¶1" in quote.support and "“he” in ¶3" in quote.support
    assert voices.paragraph(3).needs_check and [p.number for p in voices.queue] == [3]


def test_a_short_form_is_resolved_and_a_quote_that_goes_on_from_a_stated_one_is_continued():
    voices = _voices(
        '"Forty trainees start in May," said Chea Sophal, the centre\'s director. "Most are from Takeo."\n\n'
        '"Some will go to Japan."\n\n'
        "Sophal said the fees would not rise.\n"
    )
    first, goes_on = _speech(voices, 1)
    assert first.evidence is Evidence.STATED and goes_on.evidence is Evidence.CONTINUED
    [next_paragraph] = _speech(voices, 2)
    assert next_paragraph.evidence is Evidence.CONTINUED and next_paragraph.named_in == 1
    assert next_paragraph.support == "¶2 goes on from the speech attributed in ¶1"
    [short] = _speech(voices, 3)
    assert short.evidence is Evidence.RESOLVED and short.via == "Sophal" and short.named_in == 1
    assert not voices.paragraph(1).needs_check and not voices.paragraph(2).needs_check


def test_a_quote_that_goes_on_from_a_resolved_one_is_no_stronger_than_it():
    voices = _voices(
        "Chea Sophal, the centre's director, spoke at the opening.\n\n"
        '"We start in May," he said.\n\n'
        '"Most trainees are from Takeo."\n'
    )
    assert voices.paragraph(2).evidence is Evidence.RESOLVED
    [carried] = _speech(voices, 3)
    assert carried.speaker.name == "Chea Sophal" and carried.evidence is Evidence.RESOLVED
    assert carried.via == "he"


@pytest.fixture(scope="module")
def every_voices_json(site_dir) -> dict[str, dict]:
    found = {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in site_dir.glob("articles/*/voices.json")}
    assert found, "no article has a voices.json"
    return found


def test_every_articles_voices_json_follows_the_schema(every_voices_json):
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for slug, data in every_voices_json.items():
        errors = [f"{slug}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == []


def test_every_attribution_with_a_speaker_has_evidence_and_its_support(every_voices_json):
    seen = 0
    for data in every_voices_json.values():
        for paragraph in data["paragraphs"]:
            for attribution in paragraph["attributions"]:
                if attribution["speaker"] is None:
                    continue
                seen += 1
                assert attribution["evidence"] in ("stated", "continued", "resolved", "editor")
                if attribution["evidence"] != "stated":
                    assert attribution["support"]["text"], attribution
    assert seen > 0


def test_the_schema_refuses_a_resolved_attribution_without_its_words(every_voices_json):
    data = json.loads(json.dumps(next(iter(every_voices_json.values()))))
    attribution = next(a for p in data["paragraphs"] for a in p["attributions"] if a["speaker"])
    attribution.update(evidence="resolved", support={"via": None, "named_in": None, "text": None})
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(data)


CENTRE = """\
Chea Sophal, the centre's director, said the centre would take 40 more trainees this year.

The centre opened in 2019 with twelve teachers and a workshop for welders.

"We cannot promise every trainee a job," he said.

Sophal and Sovann toured the new workshop. "The machines arrive in June," he said.
"""


def _build(tmp_path: Path, policy: str | None):
    project = copy_project(tmp_path / "project")
    (project / "seeds" / "training-centre.txt").write_text(CENTRE, encoding="utf-8")
    if policy is not None:
        config = (project / "mkdocs.yml").read_text(encoding="utf-8")
        (project / "mkdocs.yml").write_text(config.replace("publish: resolved", f"publish: {policy}"), encoding="utf-8")
    return run_mkdocs_build(project, project / "site"), project / "site" / "articles"


def _labels(articles: Path, slug: str) -> dict[str, str]:
    soup = parse_html(articles / slug / "index.html")
    return {
        p.get("id"): " ".join(p.select_one(".ex-speaker").get_text(" ").split())
        for p in soup.select("[id^=p]")
        if p.select_one(".ex-speaker")
    }


@pytest.fixture(scope="module")
def policies(tmp_path_factory) -> dict[str, tuple]:
    built = {}
    for policy in ("resolved", "stated", "everything"):
        built[policy] = _build(tmp_path_factory.mktemp(policy), policy)
    return built


def test_a_resolved_label_shows_its_evidence_in_words_a_screen_reader_reads(policies):
    result, articles = policies["resolved"]
    assert result.returncode == 0, result.stderr
    soup = parse_html(articles / "training-centre" / "index.html")
    label = soup.select_one("#p3 .ex-speaker")
    note = label.select_one(".ex-speaker__evidence")
    assert " ".join(note.get_text(" ").split()) == "(from “he”, ¶ paragraph 1)"
    # what a screen reader hears: the pilcrow is hidden, the word is not
    heard = [t for t in note.find_all(string=True) if not t.find_parent(attrs={"aria-hidden": "true"})]
    assert "".join(heard) == "(from “he”, paragraph 1)"
    assert note.select_one(".ex-visually-hidden").get_text() == "paragraph "
    assert label.select_one("a").get_text() == "Chea Sophal"
    labels = _labels(articles, "training-centre")
    assert labels["p1"].startswith("Speaker: Chea Sophal") and "from" not in labels["p1"]
    assert labels["p4"] == "Speaker unclear"


def test_publish_stated_shows_a_resolved_speaker_as_unclear_and_keeps_the_evidence_in_voices_json(policies):
    result, articles = policies["stated"]
    assert result.returncode == 0, result.stderr
    labels = _labels(articles, "training-centre")
    assert labels["p3"] == "Speaker unclear" and labels["p1"].startswith("Speaker: Chea Sophal")
    data = json.loads((articles / "training-centre" / "voices.json").read_text(encoding="utf-8"))
    assert data["paragraphs"][2]["speakers"] == ["chea-sophal"] and data["paragraphs"][2]["evidence"] == "resolved"
    # the seed confirms its resolved paragraphs: the policy changes none of its labels
    seed = _labels(articles, SEED_SLUG)
    assert seed == _labels(policies["resolved"][1], SEED_SLUG)
    assert not any(label.startswith("Speaker unclear") for label in seed.values())


def test_an_unknown_policy_stops_the_build_naming_mkdocs_yml(policies):
    result, _ = policies["everything"]
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "mkdocs.yml: extra: speakers: publish: must be one of: resolved:" in result.stderr


def test_words_before_and_after_a_quote_that_name_two_people_make_it_unclear():
    voices = _voices(
        "Sok Dara, a fisherman, and Chea Vanna, a trader, spoke at the pier.\n\n"
        'Chea Vanna disagreed: "It is on time," Sok Dara said.\n'
    )
    [quote] = _speech(voices, 2)
    assert quote.speaker is None and quote.evidence is Evidence.UNCLEAR
    assert quote.resolution == "rules disagree: Chea Vanna before the quote, Sok Dara after it"
    assert voices.unclear == [2]


@pytest.mark.parametrize(
    ("together", "rival"),
    [
        ("Sovann and Sophal toured the centre.", "Sovann"),
        ("Dara, Vanna and Sophal toured the centre.", "Dara"),
    ],
)
def test_any_person_named_with_the_last_speaker_leaves_he_unclear(together, rival):
    voices = _voices(
        "Chea Sophal, the centre's director, said the centre would take 40 more trainees.\n\n"
        f'{together} "We cannot promise every trainee a job," he said.\n'
    )
    [quote] = _speech(voices, 2)
    assert quote.speaker is None and f"it fits Chea Sophal and {rival}" in quote.resolution


def test_an_organisation_named_with_the_last_speaker_does_not_compete_for_he():
    voices = _voices(
        "Moeun Tola, executive director of CENTRAL, said returnees need help.\n\n"
        'Tola and CENTRAL visited the centre. "We cannot promise every trainee a job," he said.\n',
        "organisations:\n  - name: Center for Alliance of Labor and Human Rights\n    abbreviation: CENTRAL\n",
    )
    [quote] = _speech(voices, 2)
    assert quote.speaker.name == "Moeun Tola" and quote.evidence is Evidence.RESOLVED
