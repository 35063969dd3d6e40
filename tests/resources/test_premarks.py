"""Which shipped obligations the intake's answers pre-mark as met, and which they must not.

The packs name, in `satisfied_by`, the answers that meet an obligation in full. These tests pin
the set per example and per built intake, so a content change that pre-marks more (or less)
fails here and has to be argued for.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import reviewer
from reviewer.conditions import AllOf, Answered, AnyOf, Condition, NotOf, referenced_values
from reviewer.policy import Obligation, PolicyPack
from reviewer.premarking import premarks
from reviewer.resources import examples_dir

AS_OF = date(2026, 12, 1)

# Answers that may satisfy an obligation: the mitigations in place now (never those only
# planned), and these questions, each asking whether a safeguard exists today.
SAFEGUARD_SECTION = "safeguards"
NEVER = {"mitigations_planned", "mitigations_planned_by"}
ALSO_ALLOWED = {
    "human_oversight",  # how consequential decisions are overseen, now
    "ai_output_disclosed",  # output labelled as AI-generated
    "ai_interaction_disclosure",  # the AI disclosed at the start of a conversation
    "has_chatbot",  # only as "No": no conversation, so nothing to disclose in one
    "deepfake_disclosed",  # a label or notice on content that could pass as real
    "wisdom_labelled_entertainment",  # the entertainment label, before and during a chat
}

# Example file stem: the obligations its answers pre-mark. Every other example pre-marks none.
EXPECTED = {
    "tarot-chatbot-entertainment": {"keep-entertainment-label"},
}


def _obligations(pack: PolicyPack) -> list[tuple[str, Obligation]]:
    return [
        (clause.id, obligation)
        for clause in pack.clauses
        for obligation in [*clause.obligations, *(o for e in clause.unless for o in e.obligations)]
    ]


def _rules() -> list[Any]:
    return [
        pytest.param(obligation.satisfied_by, id=f"{pack.id}:{clause_id}:{obligation.id}")
        for pack in reviewer.default_policy_packs()
        for clause_id, obligation in _obligations(pack)
        if obligation.satisfied_by is not None
    ]


def _nodes(condition: Condition) -> list[Condition]:
    match condition:
        case AllOf(all=children) | AnyOf(any=children):
            return [condition, *(n for c in children for n in _nodes(c))]
        case NotOf(not_=child):
            return [condition, *_nodes(child)]
    return [condition]


def _premarked(answers: dict[str, Any]) -> tuple[set[str], set[str]]:
    """Return (obligation ids owed, ids pre-marked) for visible answers."""
    questionnaire = reviewer.default_questionnaire()
    visible = questionnaire.visible_answers(answers)
    result = reviewer.assess(questionnaire, reviewer.default_policy_packs(), visible, as_of=AS_OF)
    assert result.missing_required == []
    found = premarks(result, visible, lambda: questionnaire)
    return {o.id for o in result.obligations}, set(found)


def _example(stem: str, **changes: Any) -> dict[str, Any]:
    questionnaire = reviewer.default_questionnaire()
    answers = reviewer.load_answers_file(examples_dir() / f"{stem}.json", questionnaire).answers
    return {**answers, **changes}


def test_the_shipped_packs_pre_mark_something() -> None:
    assert len(_rules()) >= 5


@pytest.mark.parametrize("rule", _rules())
def test_satisfied_by_names_only_safeguard_answers(rule: Condition) -> None:
    questionnaire = reviewer.default_questionnaire()
    [section] = [s for s in questionnaire.sections if s.id == SAFEGUARD_SECTION]
    allowed = ({q.id for q in section.questions} - NEVER) | ALSO_ALLOWED
    named = {question for question, _, _ in referenced_values(rule)}
    assert named <= allowed
    assert not named & NEVER


@pytest.mark.parametrize("rule", _rules())
def test_satisfied_by_needs_an_answer_given_not_one_missing(rule: Condition) -> None:
    # "not" and "answered" hold for a hidden or skipped question: silence never meets a duty.
    assert not [n for n in _nodes(rule) if isinstance(n, NotOf | Answered)]


def test_every_example_has_a_pre_mark_expectation_that_names_real_files() -> None:
    shipped = {path.stem for path in examples_dir().glob("*.json")}
    assert set(EXPECTED) <= shipped


@pytest.mark.parametrize("stem", sorted(p.stem for p in examples_dir().glob("*.json")), ids=str)
def test_example_pre_marks_exactly_what_its_answers_meet(stem: str) -> None:
    owed, premarked = _premarked(_example(stem))
    expected = EXPECTED.get(stem, set())
    assert expected <= owed
    assert premarked == expected


def test_a_chatbot_disclosed_at_the_start_is_not_pre_marked_without_accessibility() -> None:
    # Article 50(5) wants the disclosure accessible; the intake does not ask, so it stays to do.
    owed, premarked = _premarked(_example("customer-support-chatbot"))
    assert "disclose-ai-at-first-interaction" in owed
    assert premarked == set()


# A post-event identification by an EU police force (Article 26(10)), built from the shipped
# real-time example: with meaningful oversight in place, no decision rests on a match alone.
def _post_event(**changes: Any) -> dict[str, Any]:
    return _example(
        "eu-police-missing-child-realtime-authorised", identification_timing="post_event", **changes
    )


PLANNED_ONLY = {
    "mitigations": ["abuse_detection", "io_limits"],
    "mitigations_planned": ["human_oversight"],
    "mitigations_planned_by": "2027-01-15",
}
DEEPFAKE_UNDISCLOSED = {
    "deepfake_disclosed": False,
    "deepfake_artistic": False,
    "has_chatbot": True,
    "chatbot_features": ["none"],
}


@pytest.mark.parametrize(
    ("answers", "obligation", "premarked"),
    [
        pytest.param(_post_event(), "no-adverse-decision-on-match-alone", True, id="oversight"),
        pytest.param(
            _post_event(**PLANNED_ONLY),
            "no-adverse-decision-on-match-alone",
            False,
            id="oversight-only-planned",
        ),
        pytest.param(
            _post_event(human_oversight="nominal"),
            "no-adverse-decision-on-match-alone",
            False,
            id="oversight-nominal",
        ),
        pytest.param(
            _example(
                "synthese-bulletins-economiques", editorial_review=False, ai_output_disclosed=True
            ),
            "disclose-ai-generated-text",
            True,
            id="public-interest-text-labelled",
        ),
        pytest.param(
            _example("synthese-bulletins-economiques", editorial_review=False),
            "disclose-ai-generated-text",
            False,
            id="public-interest-text-unlabelled",
        ),
        pytest.param(
            _example(
                "marketing-deepfake-video-disclosed",
                **DEEPFAKE_UNDISCLOSED,
                ai_interaction_disclosure="at_start",
            ),
            "disclose-ai-generated-output",
            True,
            id="output-labelled-chat-disclosed-at-start",
        ),
        pytest.param(
            _example(
                "marketing-deepfake-video-disclosed",
                **DEEPFAKE_UNDISCLOSED,
                ai_interaction_disclosure="obvious",
            ),
            "disclose-ai-generated-output",
            False,
            id="output-labelled-chat-obvious",
        ),
        pytest.param(
            _example(
                "marketing-deepfake-video-disclosed",
                **DEEPFAKE_UNDISCLOSED,
                ai_interaction_disclosure="at_start",
            ),
            "disclose-synthetic-voices-and-likenesses",
            False,
            id="deepfake-undisclosed",
        ),
        pytest.param(
            _example(
                "marketing-deepfake-video-disclosed",
                has_chatbot=True,
                chatbot_features=["none"],
                ai_interaction_disclosure="later",
            ),
            "disclose-synthetic-voices-and-likenesses",
            True,
            id="deepfake-disclosed-chat-late",
        ),
    ],
)
def test_built_intake_pre_marks_an_obligation_only_when_met_in_full(
    answers: dict[str, Any], obligation: str, premarked: bool
) -> None:
    owed, found = _premarked(answers)
    assert obligation in owed
    assert (obligation in found) is premarked
