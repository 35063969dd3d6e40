"""Safeguards answers pre-mark the obligations they satisfy, and say which answers did."""

from __future__ import annotations

from typing import Any

import pytest

from reviewer.errors import ReviewerError
from reviewer.followup import ObligationItemState, ObligationState
from reviewer.policy import parse_policy_pack
from reviewer.premarking import premarks, with_premarks
from reviewer.scoring import assess
from tests.helpers.engine import mini_questionnaire, pack_data

EMOTION = {"uses_camera": True, "functions": ["emotion"]}


def _pack(satisfied_by: dict[str, Any] | None) -> Any:
    """Return the mini pack whose 'inform' obligation names the answers that satisfy it."""
    data = pack_data()
    for clause in data["clauses"]:
        for obligation in clause["obligations"]:
            if obligation["id"] == "inform" and satisfied_by is not None:
                obligation["satisfied_by"] = satisfied_by
    return parse_policy_pack(data, "mini-pack.yaml", mini_questionnaire())


FIXED_CAMERA = {"equals": {"question": "camera_type", "value": "fixed"}}


def test_an_answer_that_satisfies_an_obligation_pre_marks_it_and_says_why() -> None:
    questionnaire = mini_questionnaire()
    answers = {**EMOTION, "camera_type": "fixed"}
    assessment = assess(questionnaire, [_pack(FIXED_CAMERA)], answers)
    found = premarks(assessment, answers, lambda: questionnaire)
    assert found == {"inform": "Camera type is Fixed camera"}


def test_an_answer_that_does_not_satisfy_it_leaves_it_to_do() -> None:
    questionnaire = mini_questionnaire()
    answers = {**EMOTION, "camera_type": "body"}
    assessment = assess(questionnaire, [_pack(FIXED_CAMERA)], answers)
    assert premarks(assessment, answers, lambda: questionnaire) == {}


def test_without_rules_the_questionnaire_is_not_even_read() -> None:
    questionnaire = mini_questionnaire()
    assessment = assess(questionnaire, [_pack(None)], EMOTION)

    def unread() -> Any:
        raise AssertionError("the questionnaire was read")

    assert premarks(assessment, EMOTION, unread) == {}
    assert premarks(None, EMOTION, unread) == {}


def test_the_officers_own_mark_wins_over_a_pre_mark() -> None:
    items = [
        ObligationItemState(id="inform", text="Inform.", sources=["p:c"]),
        ObligationItemState(
            id="log",
            text="Log.",
            sources=["p:c"],
            state=ObligationState.NOT_APPLICABLE,
            reason="No logs kept.",
            marked_by="olive",
        ),
    ]
    marked = with_premarks(items, {"inform": "Camera type is Fixed camera", "log": "x"})
    assert marked[0].state is ObligationState.MET
    assert marked[0].premarked == "Camera type is Fixed camera"
    assert marked[1].state is ObligationState.NOT_APPLICABLE and marked[1].premarked is None


def test_a_pack_naming_an_unknown_question_in_satisfied_by_is_refused() -> None:
    with pytest.raises(ReviewerError, match=r"obligation 'inform'.satisfied_by"):
        _pack({"equals": {"question": "no_such_question", "value": True}})


def test_packs_without_satisfied_by_keep_their_hash() -> None:
    assert _pack(None).sha256 == parse_policy_pack(pack_data(), "p.yaml").sha256
    assert _pack(FIXED_CAMERA).sha256 != _pack(None).sha256
