"""House rules for the shipped questionnaire and policy packs, beyond what the loaders check."""

from datetime import date

import pytest

import reviewer

READ_ON = date(2026, 11, 27)
EUR_LEX = "https://eur-lex.europa.eu/eli/reg/2024/1689/oj"
MICROSOFT_URLS = {
    "https://learn.microsoft.com/legal/ai-code-of-conduct",
    "https://learn.microsoft.com/legal/cognitive-services/openai/code-of-conduct",
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
    assert (questionnaire.id, questionnaire.version) == ("ai-deployment-intake", "1.0.0")
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
    assert (microsoft.version, microsoft.effective) == ("2024-05", date(2024, 5, 2))
    assert (eu.version, eu.effective) == ("2024-1689", date(2024, 8, 1))
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
    allowed = {EUR_LEX} if policy.id == "eu-ai-act" else MICROSOFT_URLS
    for citation in citations:
        assert citation.read == READ_ON
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
    # The engine merges obligations by id, keeping the first text it meets.
    texts: dict[str, set[str]] = {}
    for p in reviewer.default_policy_packs():
        for clause in p.clauses:
            obligations = list(clause.obligations)
            for exception in clause.unless:
                obligations += exception.obligations
            for obligation in obligations:
                texts.setdefault(obligation.id, set()).add(obligation.text)
    assert {oid: t for oid, t in texts.items() if len(t) > 1} == {}
