"""A verdict reached before every required answer is given is shown for what it is."""

import pytest

from reviewer.scoring import assess
from reviewer.severity import Standing, Verdict, VerdictReading
from tests.helpers.engine import mini_pack, mini_questionnaire


@pytest.mark.parametrize(
    ("verdict", "complete", "standing", "shown", "label"),
    [
        (Verdict.MINIMAL, True, Standing.FINAL, Verdict.MINIMAL, "Minimal risk"),
        (Verdict.PROHIBITED, True, Standing.FINAL, Verdict.PROHIBITED, "Prohibited use"),
        (Verdict.MINIMAL, False, Standing.INCOMPLETE, None, "Incomplete"),
        (Verdict.LIMITED, False, Standing.INCOMPLETE, None, "Incomplete"),
        (Verdict.HIGH, False, Standing.AT_LEAST, Verdict.HIGH, "At least: High"),
        (Verdict.PROHIBITED, False, Standing.AT_LEAST, Verdict.PROHIBITED, "At least: Prohibited"),
    ],
)
def test_reading_of_a_verdict(
    verdict: Verdict, complete: bool, standing: Standing, shown: Verdict | None, label: str
) -> None:
    reading = VerdictReading.of(verdict, complete)
    assert (reading.standing, reading.verdict, reading.label) == (standing, shown, label)
    assert reading.provisional is (not complete)


def test_a_blank_review_reads_incomplete_not_minimal() -> None:
    assessment = assess(mini_questionnaire(), [mini_pack()], {})
    assert assessment.verdict is Verdict.MINIMAL  # what scoring says of no triggers ...
    assert assessment.reading == VerdictReading(Standing.INCOMPLETE, None)  # ... is not shown


def test_a_high_clause_fired_before_the_end_reads_as_a_floor() -> None:
    answers = {"uses_camera": True, "camera_type": "body", "functions": ["emotion"]}
    assessment = assess(mini_questionnaire(), [mini_pack()], answers)
    assert assessment.missing_required == ["org_type"]
    assert assessment.reading.label == "At least: High"
    complete = assess(mini_questionnaire(), [mini_pack()], {**answers, "org_type": "company"})
    assert complete.reading == VerdictReading(Standing.FINAL, Verdict.HIGH)
