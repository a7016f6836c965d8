"""Each rule of the voices grammar on its own: which rule reads a phrase, and what it makes of it.

``grammar.REFERENCE_RULES`` reads a subject phrase ("Labour Minister Heng Sour", "he",
"the ministry"), ``grammar.SUBJECT_RULES`` finds the subject in the words before a speech
verb, ``descriptions.DESCRIPTION_RULES`` reads a description ("a group of interns", "the
report"). The phrases are written for these tests.
"""

from __future__ import annotations

import pytest

from explainer.text.article import parse_article
from explainer.text.metadata import default_meta
from explainer.voices import attribute
from explainer.voices.descriptions import DESCRIPTION_RULES, DescriptionRule, read_description_by
from explainer.voices.grammar import (
    REFERENCE_RULES,
    SUBJECT_RULES,
    ReferenceRule,
    SubjectRule,
    read_reference,
    read_reference_by,
    read_subject_by,
)
from explainer.voices.model import Entity, PatternRule
from explainer.voices.registry import Registry

ARTICLE = (
    "The Ministry of Labour (MoL) said on Monday that Heng Sour, the ministry's spokesman, would travel. "
    "Ek Vanna, the labour attaché, disagreed."
)


def _registry() -> Registry:
    """The reader's memory after the article above: who was met, in order."""
    registry = Registry(text=ARTICLE)
    met = (
        ("Heng Sour", "person", "the ministry's spokesman"),
        ("Ministry of Labour", "organisation", None),
        ("Ek Vanna", "person", "the labour attaché"),
    )
    for name, kind, role in met:
        entity = registry.add(
            Entity(key=name.lower().replace(" ", "-"), name=name, kind=kind, role=role, source="article")
        )
        registry.first_seen[entity.key] = ARTICLE.index(name)
        registry.remember(entity, ARTICLE.index(name))
    return registry


# phrase, the rule that decides, and who it names ("" for nobody; "pronoun:he" for a pronoun)
REFERENCES = [
    ("the Ministry of Labour (MoL) 7", ReferenceRule.REGIONAL_OFFICE, "Ministry of Labour"),
    ("the National Disaster Agency (NDA)", ReferenceRule.ACRONYM_IN_BRACKETS, "National Disaster Agency"),
    ("Mekong Rail Group Co., Ltd.", ReferenceRule.BUSINESS_SUFFIX, "Mekong Rail Group Co., Ltd."),
    ("Siam Noodle Pte Ltd", ReferenceRule.BUSINESS_SUFFIX, "Siam Noodle Pte Ltd"),
    ('the "workers"', ReferenceRule.NOT_A_PHRASE, ""),
    ("But Heng Sour", ReferenceRule.KNOWN_NAME, "Heng Sour"),
    ("In Phnom Penh", ReferenceRule.PREPOSITION, ""),
    # two speakers of one sentence: the first names them, never the second alone
    ("Ek Vanna and Sok Dara", ReferenceRule.TWO_SPEAKERS, "Ek Vanna"),
    ("Both the Ministry of Labour and the Cambodia Rice Federation", ReferenceRule.TWO_SPEAKERS, "Ministry of Labour"),
    ("Both the harbour office and the customs bureau", ReferenceRule.TWO_SPEAKERS, ""),
    ("the Cambodia Rice Federation", ReferenceRule.INSTITUTION, "Cambodia Rice Federation"),
    ("UNICEF", ReferenceRule.ACRONYM, "UNICEF"),
    ("the state-run Cambodia Development Council", ReferenceRule.ADJECTIVE_INSTITUTION, "Cambodia Development Council"),
    ("the junta’s Ministry of Defence", ReferenceRule.OWNED_INSTITUTION, "Ministry of Defence"),
    (
        "the Office of Overseas Recruitment under the Ministry of Labour",
        ReferenceRule.INSTITUTION_UNDER,
        "Office of Overseas Recruitment",
    ),
    # a post in an institution met before is not the institution
    ("Deputy Director of the Ministry of Labour", ReferenceRule.NAME_RUN, ""),
    ("president of Angkor Garment Company", ReferenceRule.NAME_RUN, ""),
    ("Ana Lucia dela Cruz", ReferenceRule.NAME_RUN, "Ana Lucia dela Cruz"),
    ("she", ReferenceRule.PRONOUN, "pronoun:she"),
    ("Spokesman Heng Sour", ReferenceRule.KNOWN_NAME, "Heng Sour"),
    ("a group of interns", ReferenceRule.DESCRIPTION, "group of interns"),
    ("the attaché", ReferenceRule.DEFINITE_ROLE, "Ek Vanna"),
    ("the fisherman", ReferenceRule.DEFINITE_ROLE, ""),
    ("Thai Labour Ministry official", ReferenceRule.UNNAMED_ROLE, "Thai Labour Ministry official"),
    ("economic growth", ReferenceRule.UNNAMED_ROLE, ""),
    ("Labour Minister Ith Samheng", ReferenceRule.NAME_RUN, "Ith Samheng"),
    ("Judge Chea Sokha of the Phnom Penh Municipal Court", ReferenceRule.NAME_OF_INSTITUTION, "Chea Sokha"),
    ("Lumbini Park", ReferenceRule.NAME_RUN, ""),
    ("Sour", ReferenceRule.NAME_RUN, "Heng Sour"),
    ("the spokesman", ReferenceRule.DESCRIPTION, "Heng Sour"),
]


def _who(reference) -> str:
    if reference is None:
        return ""
    if reference.entity is None:
        return reference.resolution
    return reference.entity.name


@pytest.mark.parametrize(("phrase", "rule", "who"), REFERENCES, ids=[r[0] for r in REFERENCES])
def test_reference_rule(phrase, rule, who):
    decided, reference = read_reference_by(phrase, _registry(), len(ARTICLE))
    assert (decided, _who(reference)) == (rule, who)


def test_every_reference_rule_is_in_the_table_once_and_has_a_case():
    assert [rule for rule, _ in REFERENCE_RULES] == list(ReferenceRule)
    tested = {rule for _, rule, _ in REFERENCES}
    # CONJUNCTION and ARTICLE only rewrite the phrase for the rules after them
    assert tested == set(ReferenceRule) - {ReferenceRule.CONJUNCTION, ReferenceRule.ARTICLE}


def test_a_title_before_the_name_is_the_role():
    _, reference = read_reference_by(
        "Minister for Home Affairs and Security Ram Bahadur Thapa", _registry(), len(ARTICLE)
    )
    assert reference is not None and reference.entity is not None
    assert (reference.entity.name, reference.entity.role) == (
        "Ram Bahadur Thapa",
        "Minister for Home Affairs and Security",
    )


# words before a speech verb, whether a lead-in is allowed, the rule, and who
SUBJECTS = [
    ("PHNOM PENH, July 25 (Reuters) - Labour Minister Ith Samheng", True, SubjectRule.DATELINE, "Ith Samheng"),
    (
        "KATHMANDU, JULY 25 Minister for Labour, Employment and Social Security Dil Prasad Rai",
        True,
        SubjectRule.DATELINE,
        "Dil Prasad Rai",
    ),
    ('The "workers"', True, SubjectRule.NOT_A_SUBJECT, ""),
    ("Ek Vanna, Sok Lina and Chea Dara", True, SubjectRule.NAME_LIST, "Ek Vanna"),
    ("Ek Vanna, Sok Lina, and Chea Dara", False, SubjectRule.NAME_LIST, "Ek Vanna"),
    ("Ek Vanna, a researcher at the institute,", True, SubjectRule.APPOSITIVE, "Ek Vanna"),
    ("The spokesman, Chhum Sarin,", False, SubjectRule.APPOSITIVE, "Chhum Sarin"),
    ("In March, prices rose, and", False, SubjectRule.WHOLE, ""),
    ("At the event, she", True, SubjectRule.LAST_PART, "pronoun:she"),
    (
        "On Sunday, Minister for Labour, Employment and Social Security Dil Prasad Rai",
        True,
        SubjectRule.LAST_PART,
        "Dil Prasad Rai",
    ),
    ("The rule came a week after Heng Sour", True, SubjectRule.SUBORDINATE_CLAUSE, "Heng Sour"),
    ("Sok Lina's lawyer, Chen Wei-ting (陳薇婷),", False, SubjectRule.APPOSITIVE, "Chen Wei-ting"),
    ("Deputy Director of the Ministry of Labour, Mr Keo Ratha,", False, SubjectRule.APPOSITIVE, "Keo Ratha"),
    ("Ana Lucia dela Cruz, president of Angkor Garment Company,", True, SubjectRule.APPOSITIVE, "Ana Lucia dela Cruz"),
    (
        "A 2025 study by the Cambodia Rice Federation of 3,000 farmers",
        True,
        SubjectRule.LAST_PART,
        "Cambodia Rice Federation",
    ),
]


@pytest.mark.parametrize(("words", "lead", "rule", "who"), SUBJECTS, ids=[s[0] for s in SUBJECTS])
def test_subject_rule(words, lead, rule, who):
    decided, subject = read_subject_by(words, _registry(), len(ARTICLE), allow_lead=lead)
    assert (decided, _who(subject.reference if subject else None)) == (rule, who)


def test_every_subject_rule_is_in_the_table_once_and_has_a_case():
    assert [rule for rule, _ in SUBJECT_RULES] == list(SubjectRule)
    assert {rule for _, _, rule, _ in SUBJECTS} == set(SubjectRule)


def test_the_subject_span_is_the_name_not_the_appositive():
    words = "Sok Lina, a researcher at the institute,"
    _, subject = read_subject_by(words, _registry(), len(ARTICLE), allow_lead=True)
    assert subject is not None
    assert words[subject.start : subject.end].startswith("Sok Lina")
    assert subject.reference.entity.role == "a researcher at the institute"


# description, the rule that decides, and who it stands for ("" for no description;
# "description: ..." for a description that stands for nobody, shown as unclear)
DESCRIPTIONS = [
    ("the workers said", DescriptionRule.NOT_A_DESCRIPTION, ""),
    ("one of the returnees", DescriptionRule.ONE_OF, "one of the returnees"),
    ("the", DescriptionRule.NO_HEAD, ""),
    ("a survey by the Ministry of Labour", DescriptionRule.DOCUMENT, "Ministry of Labour"),
    # who a survey asked is never who speaks: the document itself, or its issuer where given
    ("the survey of 900 fishing families", DescriptionRule.DOCUMENT, "survey of 900 fishing families"),
    ("a study of more than 40 nurses by the Ministry of Labour", DescriptionRule.DOCUMENT, "Ministry of Labour"),
    ("the 2024 study of 2,000 returnees", DescriptionRule.DOCUMENT, "2024 study of 2,000 returnees"),
    ("a report of the Ministry of Labour", DescriptionRule.DOCUMENT, "Ministry of Labour"),
    ("a study of Cambodian workers", DescriptionRule.DOCUMENT, "document: whose study is not said"),
    (
        "a 2024 survey by the Centre for the Study of Rural Work",
        DescriptionRule.DOCUMENT,
        "Centre for the Study of Rural Work",
    ),
    ("The government will not tolerate any agency", DescriptionRule.NOT_A_DESCRIPTION, ""),
    ("Thailand's ministry", DescriptionRule.OWNED_INSTITUTION, "Thailand's ministry"),
    ("Labour Ministry officials", DescriptionRule.NAMED_OWNER, "Labour Ministry"),
    ("the Phnom Penh municipal court", DescriptionRule.NAMED_INSTITUTION, "Phnom Penh municipal court"),
    ("the ministry", DescriptionRule.INSTITUTION, "Ministry of Labour"),
    ("the tribunal", DescriptionRule.INSTITUTION, "description: no earlier institution it can stand for"),
    ("a group of interns", DescriptionRule.GROUP, "group of interns"),
    ("the spokesman", DescriptionRule.DEFINITE_PERSON, "Heng Sour"),
    ("an official at the ministry", DescriptionRule.NAMED_ELSEWHERE, "Heng Sour"),
    ("her lawyer", DescriptionRule.OWNED_PERSON, "description: her lawyer, a person the text does not name"),
    ("a rice farmer", DescriptionRule.INDEFINITE_PERSON, "rice farmer"),
]


@pytest.mark.parametrize(("phrase", "rule", "who"), DESCRIPTIONS, ids=[d[0] for d in DESCRIPTIONS])
def test_description_rule(phrase, rule, who):
    decided, reference = read_description_by(phrase, _registry(), len(ARTICLE), read_reference)
    assert (decided, _who(reference)) == (rule, who)


def test_every_description_rule_is_in_the_table_once_and_has_a_case():
    assert [rule for rule, _ in DESCRIPTION_RULES] == list(DescriptionRule)
    assert {rule for _, rule, _ in DESCRIPTIONS} == set(DescriptionRule)


def test_every_attribution_names_its_pattern_as_a_rule():
    text = (
        'Ek Vanna said the quota would rise. "We are ready," he said.\n\n'
        "Prices rose, the ministry said.\n\nAccording to the Cambodia Rice Federation, exports fell."
    )
    voices = attribute(parse_article("case", "case.txt", text.encode(), default_meta("case")))
    rules = [a.rule for p in voices.paragraphs for a in p.attributions]
    assert len(rules) >= 4
    assert all(isinstance(rule, PatternRule) for rule in rules)
    assert {PatternRule.REPORTED_SPEECH, PatternRule.QUOTE_THEN_ATTRIBUTION, PatternRule.ACCORDING_TO} <= set(rules)
