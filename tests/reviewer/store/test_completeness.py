"""The completeness flag read from a stored assessment: the quick scan agrees with parsing it."""

from __future__ import annotations

import json

import pytest

from reviewer.scoring import assess
from reviewer.store.completeness import answers_complete
from tests.helpers.content import complete_answers, packs, questionnaire


def _parsed(text: str) -> bool:
    return not json.loads(text)["missing_required"]


ANSWERS = [
    {},
    {"sector": "police", "biometric": True},
    complete_answers(),
    complete_answers(sector="health", users=5000),
    # Free text that spells the key, quotes and all, as an officer could type it.
    complete_answers(purpose='"missing_required":[] and "missing_required":["x"]'),
    {"purpose": '{"missing_required":[]}', "biometric": True},
]


@pytest.mark.parametrize("answers", ANSWERS)
def test_the_scan_agrees_with_parsing(answers: dict[str, object]) -> None:
    assessment = assess(questionnaire(), packs(), answers)
    text = assessment.to_json()
    assert answers_complete(text) == _parsed(text) == (not assessment.missing_required)
    assert answers_complete(assessment) == _parsed(text)
    # Not canonical (spaces, other key order): still read right.
    loose = json.dumps(json.loads(text), indent=1)
    assert answers_complete(loose) == _parsed(text)


def test_the_two_outcomes_both_occur() -> None:
    results = {answers_complete(assess(questionnaire(), packs(), a).to_json()) for a in ANSWERS}
    assert results == {True, False}


def test_never_assessed_is_not_complete() -> None:
    assert not answers_complete(None)
    assert not answers_complete("")


@pytest.mark.parametrize(
    "data",
    [
        {"note": '"missing_required":[]', "missing_required": ["purpose"]},
        {"note": '"missing_required":["x"]', "missing_required": []},
        {'x"missing_required': [], "missing_required": ["purpose"]},
        {'x"missing_required': ["y"], "missing_required": []},
        {"nested": {"text": 'a "missing_required": [] b'}, "missing_required": ["sector"]},
    ],
)
def test_the_key_spelled_inside_text_or_another_key_is_not_misread(data: dict[str, object]) -> None:
    for text in (json.dumps(data, separators=(",", ":")), json.dumps(data, indent=2)):
        assert answers_complete(text) == _parsed(text)
