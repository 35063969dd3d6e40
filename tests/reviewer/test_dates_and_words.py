"""Clause dates, the as-of day, house rules and 'why' sentences, on the mini content."""

from datetime import date

import pytest

from reviewer.canonical import content_hash
from reviewer.errors import ValidationProblems
from reviewer.policy import ClauseKind, parse_policy_pack
from reviewer.scoring import Assessment, assess
from reviewer.severity import Verdict
from tests.helpers.engine import CITATION, mini_pack, mini_questionnaire, pack_data

EMOTION = {"org_type": "company", "uses_camera": True, "camera_type": "fixed"}
EMOTION_ANSWERS = {**EMOTION, "functions": ["emotion", "identify"], "warrant": True}


def dated_pack(day: str, changed_to: str | None = None, **extra):
    data = pack_data()
    applies = {"day": day, "citation": dict(CITATION)}
    if changed_to is not None:
        applies["changed_by"] = [{"day": changed_to, "citation": dict(CITATION), "note": "moved"}]
    data["clauses"][1].update(applies_from=applies, **extra)
    return parse_policy_pack(data, "dated.yaml", mini_questionnaire())


def test_clause_not_yet_applicable_is_listed_and_not_counted():
    pack = dated_pack("2027-08-02")
    before = assess(mini_questionnaire(), [pack], EMOTION_ANSWERS, as_of=date(2027, 8, 1))
    assert before.trigger("emotion") is None
    assert before.verdict is Verdict.MINIMAL
    assert [(n.clause_id, n.applies_from.effective) for n in before.not_yet_applicable] == [
        ("emotion", date(2027, 8, 2))
    ]
    assert before.obligations == []
    on_the_day = assess(mini_questionnaire(), [pack], EMOTION_ANSWERS, as_of=date(2027, 8, 2))
    assert on_the_day.trigger("emotion") is not None
    assert on_the_day.not_yet_applicable == []
    assert on_the_day.verdict is Verdict.HIGH


def test_a_later_change_of_date_is_the_one_that_counts():
    pack = dated_pack("2026-08-02", changed_to="2027-12-02")
    clause = pack.clause("emotion")
    assert clause is not None and clause.applies_from is not None
    assert clause.applies_from.day == date(2026, 8, 2)
    assert clause.applies_from.effective == date(2027, 12, 2)
    result = assess(mini_questionnaire(), [pack], EMOTION_ANSWERS, as_of=date(2027, 1, 1))
    assert result.trigger("emotion") is None
    assert [n.clause_id for n in result.not_yet_applicable] == ["emotion"]


def test_as_of_day_is_recorded_and_survives_a_round_trip():
    result = assess(mini_questionnaire(), [mini_pack()], EMOTION_ANSWERS, as_of=date(2026, 12, 1))
    assert result.as_of == date(2026, 12, 1)
    assert '"as_of":"2026-12-01"' in result.to_json()
    assert Assessment.model_validate_json(result.to_json()).to_json() == result.to_json()


def test_without_as_of_nothing_new_is_written():
    # Assessments stored before content 1.1 have none of the new keys; re-scoring them with
    # undated packs must give the same bytes.
    result = assess(mini_questionnaire(), [mini_pack()], EMOTION_ANSWERS)
    text = result.to_json()
    for key in ('"as_of"', '"not_yet_applicable"', '"why"', '"kind"', '"applies_from"'):
        assert key not in text


def test_new_clause_fields_stay_out_of_the_hash_when_unset():
    plain = mini_pack()
    data = pack_data()
    data["clauses"][1]["kind"] = "source"
    assert parse_policy_pack(data, "x", mini_questionnaire()).sha256 == plain.sha256
    data["clauses"][1]["kind"] = "house-rule"
    assert parse_policy_pack(data, "x", mini_questionnaire()).sha256 != plain.sha256


def test_house_rule_and_why_reach_the_trigger():
    pack = dated_pack(
        "2020-01-01", kind="house-rule", why="Emotion inference ({functions}) by a {org_type}."
    )
    result = assess(mini_questionnaire(), [pack], EMOTION_ANSWERS, as_of=date(2026, 12, 1))
    trigger = result.trigger("emotion")
    assert trigger is not None
    assert trigger.kind is ClauseKind.HOUSE_RULE
    assert trigger.why == (
        "Emotion inference (Emotion inference and Identification) by a Private company."
    )


def test_why_of_an_unanswered_question_says_so():
    pack = dated_pack("2020-01-01", why="Headcount {headcount}.")
    result = assess(mini_questionnaire(), [pack], EMOTION_ANSWERS, as_of=date(2026, 12, 1))
    trigger = result.trigger("emotion")
    assert trigger is not None and trigger.why == "Headcount not answered."


@pytest.mark.parametrize(
    ("why", "fragment"),
    [
        ("Uses {ghost}.", "clause 'emotion'.why: names unknown question 'ghost'"),
        ("Uses {functions.x}.", "is not a question id"),
        ("Uses {functions.", "clause 'emotion'.why:"),
    ],
)
def test_bad_why_sentences_are_refused(why, fragment):
    data = pack_data()
    data["clauses"][1]["why"] = why
    with pytest.raises(ValidationProblems) as info:
        parse_policy_pack(data, "p.yaml", mini_questionnaire())
    assert fragment in str(info.value)


def test_pack_for_another_questionnaire_version_is_refused():
    data = pack_data()
    data["questionnaire_version"] = "2"
    with pytest.raises(ValidationProblems, match="targets questionnaire version '2'"):
        parse_policy_pack(data, "p.yaml", mini_questionnaire())
    data["questionnaire_version"] = "1"
    assert content_hash(parse_policy_pack(data, "p.yaml", mini_questionnaire()))


def test_stored_assessment_records_its_day_and_rescores_the_same(database_url: str) -> None:
    from tests.helpers.content import complete_answers, open_service

    with open_service(database_url) as service:
        rid = service.create_review("T", "O", complete_answers()).review.id
        stored = service.get_review(rid).current.assessment
        assert stored is not None and stored.as_of is not None
        assert service.rescore_pinned(rid).to_json() == stored.to_json()
