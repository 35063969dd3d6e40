import pytest
from pydantic import TypeAdapter, ValidationError

from reviewer.conditions import Condition, describe, evaluate, referenced_values
from tests.helpers.engine import mini_questionnaire

CONDITION: TypeAdapter[Condition] = TypeAdapter(Condition)
Q = mini_questionnaire()


def cond(data):
    return CONDITION.validate_python(data)


@pytest.mark.parametrize(
    ("data", "answers", "expected"),
    [
        ({"equals": {"question": "org_type", "value": "police"}}, {"org_type": "police"}, True),
        ({"equals": {"question": "org_type", "value": "police"}}, {"org_type": "company"}, False),
        ({"equals": {"question": "org_type", "value": "police"}}, {}, False),
        (
            {"in": {"question": "org_type", "values": ["police", "company"]}},
            {"org_type": "company"},
            True,
        ),
        (
            {"includes": {"question": "functions", "value": "emotion"}},
            {"functions": ["emotion"]},
            True,
        ),
        ({"includes": {"question": "functions", "value": "emotion"}}, {"functions": []}, False),
        (
            {"includes": {"question": "functions", "values": ["emotion", "identify"]}},
            {"functions": ["identify"]},
            True,
        ),
        ({"compare": {"question": "headcount", "op": "<", "value": 10}}, {"headcount": 9}, True),
        (
            {"compare": {"question": "start", "op": ">=", "value": "2025-02-02"}},
            {"start": "2025-02-02"},
            True,
        ),
        (
            {"compare": {"question": "start", "op": ">=", "value": "2025-02-02"}},
            {"start": "2024-12-31"},
            False,
        ),
        ({"answered": {"question": "notes"}}, {"notes": ""}, False),
        ({"answered": {"question": "notes"}}, {"notes": "x"}, True),
        ({"not": {"answered": {"question": "notes"}}}, {}, True),
        (
            {
                "any": [
                    {"answered": {"question": "notes"}},
                    {"equals": {"question": "uses_camera", "value": True}},
                ]
            },
            {"uses_camera": True},
            True,
        ),
        (
            {
                "all": [
                    {"answered": {"question": "notes"}},
                    {"equals": {"question": "uses_camera", "value": True}},
                ]
            },
            {"uses_camera": True},
            False,
        ),
    ],
)
def test_evaluate(data, answers, expected):
    assert evaluate(cond(data), answers, Q).result is expected


def test_boolean_true_is_never_equal_to_number_one():
    c = cond({"equals": {"question": "headcount", "value": 1}})
    assert evaluate(c, {"headcount": True}, Q).result is False


def test_explanation_reads_as_a_sentence():
    c = cond(
        {
            "all": [
                {"equals": {"question": "camera_type", "value": "body"}},
                {"includes": {"question": "functions", "value": "identify"}},
            ]
        }
    )
    outcome = evaluate(c, {"camera_type": "body", "functions": ["identify", "emotion"]}, Q)
    assert outcome.explanation == (
        "Camera type is Body-worn camera, and Functions includes Identification"
    )


def test_failed_all_explains_the_first_answer_that_failed():
    c = cond(
        {
            "all": [
                {"equals": {"question": "camera_type", "value": "body"}},
                {"equals": {"question": "org_type", "value": "police"}},
            ]
        }
    )
    outcome = evaluate(c, {"camera_type": "body", "org_type": "company"}, Q)
    assert not outcome.result
    assert outcome.explanation == "Organisation type is Private company"


@pytest.mark.parametrize(
    "data",
    [
        {"bogus": {"question": "x"}},
        {"equals": {"question": "x", "value": 1}, "in": {"question": "x", "values": [1]}},
        {"equals": {"question": "x"}},
        {"equals": {"question": "x", "value": 1, "extra": 2}},
        {"in": {"question": "x", "values": []}},
        {"compare": {"question": "x", "op": "=~", "value": 1}},
        {"all": []},
        "org_type == 'police'",
    ],
)
def test_malformed_conditions_are_rejected(data):
    with pytest.raises(ValidationError):
        cond(data)


def test_describe_and_references():
    c = cond(
        {
            "any": [
                {"in": {"question": "org_type", "values": ["police"]}},
                {"not": {"compare": {"question": "headcount", "op": ">", "value": 3}}},
            ]
        }
    )
    assert describe(c, Q) == "Organisation type is one of: Police or not (Staff is above 3)"
    assert [r[0] for r in referenced_values(c)] == ["org_type", "headcount"]
