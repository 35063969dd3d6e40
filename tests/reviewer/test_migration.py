"""Carrying answers from questionnaire 1.0.0 to 1.1.0, and exclusive options."""

import json
from pathlib import Path

import pytest

import reviewer
from reviewer.answers import answer_problems
from reviewer.cli import main
from reviewer.errors import ValidationProblems
from reviewer.library import packs_for, shipped_questionnaire
from reviewer.migration import NoMigrationError, migrate_answers
from reviewer.questionnaire import parse_questionnaire
from tests.helpers.engine import questionnaire_data

OLD = ("ai-deployment-intake", "1.0.0")

# A 1.0.0 intake: Azure Face verification at a staff entrance.
ANSWERS_1_0 = {
    "org_type": "private_company",
    "acting_for_police": False,
    "jurisdictions": ["uk"],
    "use_case_description": "Staff open the entrance by face.",
    "affected_groups": ["workers"],
    "ai_services": ["azure_face"],
    "beyond_declared_use": False,
    "camera_setup": "fixed",
    "camera_setting": "controlled",
    "builds_face_database": False,
    "biometric_functions": ["verification_11"],
    "biometric_modalities": ["face"],
    "identification_timing": "real_time",
    "limited_access_approved": True,
    "tracks_individuals": False,
    "infers_sensitive_info": False,
    "has_chatbot": False,
    "synthetic_content": ["none"],
    "scores_people": False,
    "manipulative_techniques": False,
    "exploits_vulnerabilities": ["none"],
    "consequential_decisions": ["none"],
    "mitigations": ["human_oversight", "io_limits"],
}


def old_questionnaire():
    return shipped_questionnaire(*OLD)


def test_the_1_0_0_answers_fit_the_1_0_0_questionnaire():
    assert answer_problems(old_questionnaire(), ANSWERS_1_0) == []


def test_approval_moves_to_the_new_status_and_new_questions_are_listed():
    result = migrate_answers(old_questionnaire(), reviewer.default_questionnaire(), ANSWERS_1_0)
    assert result.moved == {"limited_access_approved": "limited_access_status"}
    assert result.answers["limited_access_status"] == "approved"
    assert "limited_access_approved" not in result.answers
    assert result.dropped == []
    assert result.reconfirm == ["mitigations"]
    assert result.to_answer == [
        "provides_public_services",
        "official_record",
        "personal_data",
        "mitigations_planned",
    ]
    assert answer_problems(reviewer.default_questionnaire(), result.answers) == []


def test_a_refusal_or_no_approval_cannot_be_guessed_and_must_be_answered():
    answers = {**ANSWERS_1_0, "limited_access_approved": False}
    result = migrate_answers(old_questionnaire(), reviewer.default_questionnaire(), answers)
    assert "limited_access_status" not in result.answers
    assert [d.question for d in result.dropped] == ["limited_access_approved"]
    assert "limited_access_status" in result.to_answer


def test_answers_to_hidden_questions_are_not_carried():
    stale = {**ANSWERS_1_0, "persona_consent": True}
    result = migrate_answers(old_questionnaire(), reviewer.default_questionnaire(), stale)
    assert "persona_consent" not in result.answers


def test_a_version_without_a_declared_migration_is_refused():
    data = questionnaire_data()
    old = parse_questionnaire(data, "old")
    new = parse_questionnaire({**data, "version": "2"}, "new")
    with pytest.raises(NoMigrationError, match="declares no way to carry answers from version 1"):
        migrate_answers(old, new, {})


def test_old_answers_still_score_with_the_content_they_were_made_with():
    old = old_questionnaire()
    packs = packs_for(old)
    assert {p.version for p in packs} == {"2024-1689", "2024-05"}
    result = reviewer.assess(old, packs, ANSWERS_1_0)
    assert {t.clause_id for t in result.triggers} >= {"identification-under-limited-access"}


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("biometric_functions", ["none", "verification_11"]),
        ("synthetic_content", ["text", "none"]),
        ("mitigations", ["none", "human_oversight"]),
    ],
)
def test_none_of_these_cannot_be_combined(question, value):
    problems = answer_problems(reviewer.default_questionnaire(), {question: value})
    assert len(problems) == 1
    assert problems[0].startswith(f"answers.{question}: ")
    assert "cannot be combined with another choice" in problems[0]
    assert answer_problems(reviewer.default_questionnaire(), {question: ["none"]}) == []


def test_only_multi_questions_may_have_exclusive_options():
    data = questionnaire_data()
    data["sections"][0]["questions"][0]["options"][0]["exclusive"] = True
    with pytest.raises(ValidationProblems, match="only a multi question can have an exclusive"):
        parse_questionnaire(data, "q.yaml")


def write_answers(tmp_path: Path, answers: dict) -> Path:
    path = tmp_path / "old.json"
    data = {
        "questionnaire": {"id": OLD[0], "version": OLD[1]},
        "title": "Staff entrance",
        "organisation": "Northgate",
        "answers": answers,
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_cli_migrate_writes_a_1_1_0_file_and_lists_what_to_answer(capsys, tmp_path):
    source = write_answers(tmp_path, ANSWERS_1_0)
    target = tmp_path / "new.json"
    code = main(["questionnaire", "migrate", str(source), "--output", str(target)])
    out, _ = capsys.readouterr()
    assert code == 0
    assert "Moved: limited_access_approved -> limited_access_status" in out
    assert "You must now answer:" in out
    assert "[personal_data]" in out
    migrated = reviewer.load_answers_file(target)
    assert migrated.questionnaire.version == "1.1.0"
    assert migrated.answers["limited_access_status"] == "approved"


def test_cli_migrate_refuses_answers_that_do_not_fit_their_own_version(capsys, tmp_path):
    source = write_answers(tmp_path, {**ANSWERS_1_0, "limited_access_approved": "maybe"})
    code = main(["questionnaire", "migrate", str(source)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "answers.limited_access_approved" in err


def test_cli_score_as_of_lists_clauses_not_yet_applicable(capsys):
    example = reviewer.resources.examples_dir() / "press-brake-safety-stop-annex-i.json"
    assert main(["score", str(example), "--as-of", "2027-08-01"]) == 0
    out, _ = capsys.readouterr()
    assert "As of 2027-08-01" in out
    assert "[APPLIES FROM 2027-08-02]" in out
    assert "Verdict: MINIMAL" in out
    assert main(["score", str(example), "--as-of", "2027-08-02", "--json"]) == 0
    data = json.loads(capsys.readouterr()[0])
    assert data["as_of"] == "2027-08-02"
    assert data["verdict"] == "HIGH"


def test_cli_score_refuses_a_bad_as_of_day(capsys):
    example = reviewer.resources.examples_dir() / "press-brake-safety-stop-annex-i.json"
    with pytest.raises(SystemExit) as info:
        main(["score", str(example), "--as-of", "1 Aug 2027"])
    assert info.value.code == 2
    assert "expected a date as YYYY-MM-DD" in capsys.readouterr()[1]


def test_reassessment_helpers_carry_old_answers_before_scoring_with_new_packs():
    from reviewer.reassessment import answers_for, packs_written_for_other_versions

    old, new = old_questionnaire(), reviewer.default_questionnaire()
    current_packs = reviewer.default_policy_packs()
    assert {p.id for p in packs_written_for_other_versions(old, current_packs)} == {
        p.id for p in current_packs
    }
    assert packs_written_for_other_versions(new, current_packs) == []
    answers, migration = answers_for(old, new, ANSWERS_1_0)
    assert migration is not None and migration.moved
    result = reviewer.assess(new, current_packs, answers)
    assert "identification-under-limited-access" in {t.clause_id for t in result.triggers}
    same, none = answers_for(new, new, answers)
    assert (same, none) == (answers, None)
