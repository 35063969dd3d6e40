"""House rules for the shipped questionnaire and policy packs, beyond what the loaders check."""

import string
from datetime import date

import pytest

import reviewer
from reviewer.conditions import referenced_values
from reviewer.library import (
    archived_policy_packs,
    packs_for,
    shipped_policy_pack,
    shipped_questionnaire,
)
from reviewer.policy import ClauseKind

READ_ON = date(2026, 11, 27)
# Sources first cited in content 1.1, written from the project's reference notes.
READ_FOR_1_1 = date(2026, 12, 1)
EUR_LEX = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
MICROSOFT_URLS = {
    "https://learn.microsoft.com/legal/ai-code-of-conduct",
    "https://learn.microsoft.com/legal/cognitive-services/openai/code-of-conduct",
}
RAI_STANDARD = "https://www.microsoft.com/ai/responsible-ai"
DATA_PROTECTION_URLS = {
    "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    "https://eur-lex.europa.eu/eli/dir/2016/680/oj",
}
# The content hashes that reviews stored before content 1.1 are pinned to. The archived
# files must keep producing them, whatever fields the models gain.
PINNED_1_0 = {
    ("ai-deployment-intake", "1.0.0"): (
        "db3ebb332ab76ba6511fbc11cad566ccb863b9d46c5bd44c9428bdd98709b0bf"
    ),
    ("eu-ai-act", "2024-1689"): "745816758a507dfebe3e7edad97111b8023dfe78307a567d5be2edb7c503e4ef",
    ("microsoft-ai-code-of-conduct", "2024-05"): (
        "3028a291ec75ef9728c427392d3f4fbb7592abfff5005280761cc292c2d528cc"
    ),
}
# The packs that reviews stored on content 1.1 are pinned to, before version 1.2 added
# pre-marks (`satisfied_by`). The archived 1.1 files must keep producing these hashes.
PINNED_1_1 = {
    ("eu-ai-act", "1.1"): "45302324340617d3b33155a035aab685f5b1ede04ffcfe8b3ea07ed76f6c6225",
    ("microsoft-ai-code-of-conduct", "1.1"): (
        "19b78384d03e39b0508304ac4dc5a35acf17d25ed44ada2f258d243236e2e904"
    ),
}
NIST_TAGS = {"nist:govern", "nist:map", "nist:measure", "nist:manage"}


def pack(pack_id: str) -> reviewer.PolicyPack:
    return next(p for p in reviewer.default_policy_packs() if p.id == pack_id)


def all_clauses() -> list:
    return [
        pytest.param(p, clause, id=f"{p.id}:{clause.id}")
        for p in reviewer.default_policy_packs()
        for clause in p.clauses
    ]


def test_questionnaire_identity_and_size():
    questionnaire = reviewer.default_questionnaire()
    assert (questionnaire.id, questionnaire.version) == ("ai-deployment-intake", "1.1.0")
    assert len(questionnaire.questions) >= 30
    branching = [q for q in questionnaire.questions.values() if q.visible_if is not None]
    assert len(branching) >= 15


def test_every_question_has_a_term_and_help():
    questionnaire = reviewer.default_questionnaire()
    lacking = [q.id for q in questionnaire.questions.values() if not q.term or not q.help.strip()]
    assert lacking == []


def test_pack_versions_and_dates():
    microsoft = pack("microsoft-ai-code-of-conduct")
    eu = pack("eu-ai-act")
    data = pack("data-protection")
    assert (microsoft.version, microsoft.effective) == ("1.2", date(2024, 5, 2))
    assert (eu.version, eu.effective) == ("1.2", date(2024, 8, 1))
    assert (data.version, data.effective) == ("1.0", date(2018, 5, 25))
    for current in (microsoft, eu, data):
        assert current.questionnaire_version == "1.1.0"
    assert "2 February 2025" in eu.description
    assert "May 2024" in microsoft.description


def test_eu_pack_has_each_article_5_prohibition_as_its_own_clause():
    ids = {c.id for c in pack("eu-ai-act").clauses}
    for letter in "abcdefgh":
        matching = [i for i in ids if i.startswith(f"art-5-1-{letter}-")]
        assert len(matching) == 1, letter


def test_unverified_2026_prohibitions_are_not_shipped():
    ids = {c.id for c in pack("eu-ai-act").clauses}
    assert not any(i.startswith(("art-5-1-ba", "art-5-1-bb")) for i in ids)


@pytest.mark.parametrize(("policy", "clause"), all_clauses())
def test_clause_citation_is_complete(policy, clause):
    citations = [clause.citation] + [e.citation for e in clause.unless if e.citation]
    assert clause.applies_from is not None
    citations.append(clause.applies_from.citation)
    if policy.id == "data-protection":
        allowed, read_on = DATA_PROTECTION_URLS, {READ_FOR_1_1}
    elif policy.id == "eu-ai-act":
        allowed, read_on = {EUR_LEX}, {READ_ON}
    elif clause.kind is ClauseKind.HOUSE_RULE:
        allowed, read_on = MICROSOFT_URLS | {RAI_STANDARD}, {READ_ON, READ_FOR_1_1}
    else:
        allowed, read_on = MICROSOFT_URLS, {READ_ON}
    for citation in citations:
        assert citation.read in read_on
        assert citation.url in allowed


@pytest.mark.parametrize(("policy", "clause"), all_clauses())
def test_clause_carries_nist_tags(policy, clause):
    assert clause.tags
    assert set(clause.tags) <= NIST_TAGS


@pytest.mark.parametrize(("policy", "clause"), all_clauses())
def test_approvable_clause_states_its_conditions(policy, clause):
    # A high or limited clause can be approved with conditions, so it must name them.
    if clause.severity is not reviewer.Severity.PROHIBITED:
        assert clause.obligations


def test_shared_obligation_ids_mean_the_same_thing():
    # The engine merges obligations by id, keeping the first text it meets; pre-marks are
    # looked up by id too, so a shared id must name the same satisfying answers everywhere.
    texts: dict[str, set[str]] = {}
    for p in reviewer.default_policy_packs():
        for clause in p.clauses:
            obligations = list(clause.obligations)
            for exception in clause.unless:
                obligations += exception.obligations
            for obligation in obligations:
                rule = obligation.satisfied_by
                said = "" if rule is None else rule.model_dump_json()
                texts.setdefault(obligation.id, set()).add(f"{obligation.text}|{said}")
    assert {oid: t for oid, t in texts.items() if len(t) > 1} == {}


@pytest.mark.parametrize(("policy", "clause"), all_clauses())
def test_clause_has_a_why_sentence_naming_real_questions(policy, clause):
    questionnaire = reviewer.default_questionnaire()
    assert clause.why and clause.why.rstrip('"').endswith(".")
    names = [n for _, n, _, _ in string.Formatter().parse(clause.why) if n is not None]
    assert set(names) <= set(questionnaire.questions)


@pytest.mark.parametrize(("policy", "clause"), all_clauses())
def test_house_rules_say_so_in_their_summary(policy, clause):
    if clause.kind is ClauseKind.HOUSE_RULE:
        assert "house rule" in clause.summary.lower()
    else:
        assert "house rule" not in clause.summary.lower()


def test_microsoft_house_rules_are_exactly_ours():
    ours = {c.id for c in pack("microsoft-ai-code-of-conduct").clauses if c.kind == "house-rule"}
    assert ours == {"sensitive-use-escalated-review", "identification-under-limited-access"}


def test_eu_dates_follow_article_113():
    eu = pack("eu-ai-act")
    for clause in eu.clauses:
        assert clause.applies_from is not None
        day = clause.applies_from.effective
        if clause.id.startswith("art-5-") or clause.id == "art-4-ai-literacy":
            assert day == date(2025, 2, 2), clause.id
        elif clause.id == "art-6-1-annex-i-product":
            assert day == date(2027, 8, 2)
        else:
            assert day == date(2026, 8, 2), clause.id
        assert "Article 113" in clause.applies_from.citation.article


def _used_by_clauses() -> set[str]:
    used: set[str] = set()
    for p in reviewer.default_policy_packs():
        for clause in p.clauses:
            conditions = [clause.when] + [e.when for e in clause.unless]
            obligations = [*clause.obligations, *(o for e in clause.unless for o in e.obligations)]
            conditions += [o.satisfied_by for o in obligations if o.satisfied_by is not None]
            for condition in conditions:
                used |= {qid for qid, _, _ in referenced_values(condition)}
    return used


def _used_by_visibility() -> set[str]:
    questionnaire = reviewer.default_questionnaire()
    used: set[str] = set()
    for section in questionnaire.sections:
        conditions = [section.visible_if] + [q.visible_if for q in section.questions]
        for condition in conditions:
            if condition is not None:
                used |= {qid for qid, _, _ in referenced_values(condition)}
    return used


def test_every_question_is_used_by_a_clause_a_visibility_rule_or_the_record():
    questionnaire = reviewer.default_questionnaire()
    used = _used_by_clauses() | _used_by_visibility()
    unused = [
        q.id for q in questionnaire.questions.values() if q.id not in used and not q.for_record
    ]
    assert unused == []


def test_questions_kept_for_the_record_are_really_unused_by_rules():
    # Marking a question "for the record" must not hide that a clause reads it.
    questionnaire = reviewer.default_questionnaire()
    marked = {q.id for q in questionnaire.questions.values() if q.for_record}
    assert marked
    assert marked & (_used_by_clauses() | _used_by_visibility()) == set()


def test_multi_questions_offer_none_only_as_an_exclusive_option():
    questionnaire = reviewer.default_questionnaire()
    for question in questionnaire.questions.values():
        for option in question.options:
            if question.kind == "multi" and option.id == "none":
                assert option.exclusive, question.id


@pytest.mark.parametrize(("key", "sha256"), sorted(PINNED_1_0.items()))
def test_content_1_0_is_still_shipped_with_its_pinned_hash(key, sha256):
    content_id, version = key
    if content_id == "ai-deployment-intake":
        assert shipped_questionnaire(content_id, version).sha256 == sha256
    else:
        assert shipped_policy_pack(content_id, version).sha256 == sha256


@pytest.mark.parametrize(("key", "sha256"), sorted(PINNED_1_1.items()))
def test_content_1_1_packs_are_still_shipped_with_their_pinned_hash(key, sha256):
    pack_id, version = key
    kept = shipped_policy_pack(pack_id, version)
    assert kept.sha256 == sha256
    assert kept.questionnaire_version == "1.1.0"
    # 1.1 predates pre-marks: nothing in it may name satisfying answers.
    assert not any(
        o.satisfied_by is not None
        for clause in kept.clauses
        for o in [*clause.obligations, *(o for e in clause.unless for o in e.obligations)]
    )
    current = pack(pack_id)
    assert current.version != version and current.sha256 != sha256


def test_archived_packs_are_the_ones_written_for_the_archived_questionnaire():
    old = shipped_questionnaire("ai-deployment-intake", "1.0.0")
    assert {(p.id, p.version) for p in packs_for(old)} == {
        ("eu-ai-act", "2024-1689"),
        ("microsoft-ai-code-of-conduct", "2024-05"),
    }
    assert packs_for(reviewer.default_questionnaire()) == reviewer.default_policy_packs()
    assert {p.id for p in archived_policy_packs()} <= {
        p.id for p in reviewer.default_policy_packs()
    }


def test_every_follow_up_says_in_a_sentence_why_it_is_asked():
    questionnaire = reviewer.default_questionnaire()
    for question in questionnaire.questions.values():
        text = question.asked_because_text(questionnaire)
        if question.visible_if is None:
            assert text is None
            continue
        assert question.asked_because, question.id
        assert text == question.asked_because
        assert text[0].islower() and not text.endswith(".")
        assert "not (" not in text


def test_article_6_3_is_not_asked_for_an_annex_i_product_alone():
    # The derogation is for Annex III systems; it must not be able to excuse Annex I ones.
    questionnaire = reviewer.default_questionnaire()
    answers = {
        "jurisdictions": ["eu"],
        "annex_i_product": "section_a",
        "annex_i_third_party": True,
        "annex_iii_areas": ["none"],
        "biometric_functions": ["none"],
    }
    assert "art6_3_derogation" not in questionnaire.visible_question_ids(answers)


def test_data_protection_pack_is_what_its_generator_writes(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from reviewer.resources import policies_dir

    root = Path(__file__).resolve().parents[2]
    (tmp_path / "resources" / "policies").mkdir(parents=True)
    subprocess.run(
        [sys.executable, str(root / "scripts" / "make_data_protection_pack.py")],
        cwd=tmp_path,
        check=True,
        capture_output=True,
    )
    written = (tmp_path / "resources" / "policies" / "data_protection.yaml").read_text("utf-8")
    assert written == (policies_dir() / "data_protection.yaml").read_text("utf-8")
