import json

import pytest

from reviewer.scoring import assess
from reviewer.severity import Severity, Verdict
from tests.helpers.engine import mini_pack, mini_questionnaire

POLICE_BODYCAM = {
    "org_type": "police",
    "uses_camera": True,
    "camera_type": "body",
    "functions": ["identify"],
}


def test_prohibited_clause_triggers_with_explanation_naming_answers():
    result = assess(mini_questionnaire(), [mini_pack()], POLICE_BODYCAM)
    assert result.verdict is Verdict.PROHIBITED
    trigger = result.trigger("police-bodycam-identify")
    assert trigger is not None
    assert trigger.explanation == (
        "Organisation type is Police, Camera type is Body-worn camera, "
        "and Functions includes Identification"
    )
    assert [a.question for a in trigger.answers] == ["org_type", "camera_type", "functions"]
    assert trigger.exceptions_weighed[0].exception_id == "warranted"
    assert "Warrant is not answered" in trigger.exceptions_weighed[0].explanation


def test_exception_keeps_clause_from_triggering_and_is_reported():
    answers = {**POLICE_BODYCAM, "warrant": True}
    result = assess(mini_questionnaire(), [mini_pack()], answers)
    assert result.trigger("police-bodycam-identify") is None
    assert result.verdict is Verdict.MINIMAL
    [applied] = result.exceptions
    assert (applied.clause_id, applied.exception_id) == ("police-bodycam-identify", "warranted")
    assert applied.explanation == "Warrant is Yes"
    assert [o.id for o in result.obligations] == ["log-each-use"]


def test_answers_to_hidden_questions_never_count():
    # Cameras are switched off after the follow-ups were answered: the stale answers stay
    # in the mapping but their questions are hidden, so nothing may trigger.
    answers = {**POLICE_BODYCAM, "uses_camera": False}
    result = assess(mini_questionnaire(), [mini_pack()], answers)
    assert result.triggers == []
    assert result.verdict is Verdict.MINIMAL


def test_hidden_question_cannot_satisfy_an_exception_either():
    answers = {**POLICE_BODYCAM, "functions": ["emotion"], "warrant": True}
    result = assess(mini_questionnaire(), [mini_pack()], answers)
    assert result.exceptions == []
    assert result.trigger("emotion") is not None


def test_verdict_is_most_serious_severity_and_score_adds_points():
    answers = {**POLICE_BODYCAM, "functions": ["identify", "emotion"], "headcount": 5000}
    result = assess(mini_questionnaire(), [mini_pack()], answers)
    assert result.verdict is Verdict.PROHIBITED
    assert result.score == 100 + 30 + 8
    shares = {s.severity: (s.count, s.points) for s in result.breakdown}
    assert shares[Severity.PROHIBITED] == (1, 100)
    assert shares[Severity.HIGH] == (1, 30)
    assert shares[Severity.LIMITED] == (1, 8)
    assert shares[Severity.MINIMAL] == (0, 0)


def test_shared_obligations_are_listed_once_with_every_source():
    answers = {"uses_camera": True, "functions": ["emotion"], "headcount": 1000}
    result = assess(mini_questionnaire(), [mini_pack()], answers)
    [obligation] = result.obligations
    assert obligation.id == "inform"
    assert obligation.sources == ["mini-pack:emotion", "mini-pack:large-org"]


@pytest.mark.parametrize(
    ("headcount", "triggered"), [(999, False), (1000, True), (1000.5, True), (0, False)]
)
def test_compare_boundary(headcount, triggered):
    result = assess(mini_questionnaire(), [mini_pack()], {"headcount": headcount})
    assert (result.trigger("large-org") is not None) is triggered


def test_missing_required_lists_visible_required_questions_only():
    q = mini_questionnaire()
    assert assess(q, [mini_pack()], {}).missing_required == ["org_type"]
    result = assess(q, [mini_pack()], {"org_type": "company", "uses_camera": True})
    assert result.missing_required == ["camera_type"]


def test_pins_name_questionnaire_and_pack_hashes():
    q, pack = mini_questionnaire(), mini_pack()
    pins = assess(q, [pack], {}).pins
    assert (pins.questionnaire.id, pins.questionnaire.version) == ("mini", "1")
    assert pins.questionnaire.sha256 == q.sha256
    assert [(p.id, p.sha256) for p in pins.packs] == [("mini-pack", pack.sha256)]


def test_same_inputs_give_byte_identical_json():
    first = assess(mini_questionnaire(), [mini_pack()], dict(POLICE_BODYCAM)).to_json()
    reordered = dict(reversed(list(POLICE_BODYCAM.items())))
    second = assess(mini_questionnaire(), [mini_pack()], reordered).to_json()
    assert first == second
    assert json.loads(first)["verdict"] == "PROHIBITED"
