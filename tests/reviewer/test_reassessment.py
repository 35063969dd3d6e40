"""Comparing two assessments clause by clause."""

from __future__ import annotations

from reviewer.reassessment import diff_assessments
from reviewer.records import ClauseChangeKind
from reviewer.scoring import assess
from reviewer.severity import Severity
from tests.helpers.content import complete_answers, packs, questionnaire


def test_first_assessment_lists_every_trigger_as_added() -> None:
    new = assess(questionnaire(), packs(), complete_answers(sector="health"))
    changes = diff_assessments(None, new)
    assert [(c.clause_id, c.change) for c in changes] == [("health-data", ClauseChangeKind.ADDED)]


def test_same_policy_means_no_change() -> None:
    answers = complete_answers(sector="health", users=5000)
    one = assess(questionnaire(), packs(), answers)
    assert diff_assessments(one, assess(questionnaire(), packs(), answers)) == []


def test_added_removed_and_severity() -> None:
    answers = complete_answers(sector="health", biometric=True)
    old = assess(questionnaire(), packs("1.0"), answers)
    new = assess(questionnaire(), packs("2.0", health_severity="limited"), answers)
    forward = {c.clause_id: c for c in diff_assessments(old, new)}
    assert forward["any-biometric"].change is ClauseChangeKind.ADDED
    assert forward["any-biometric"].new_severity is Severity.HIGH
    assert forward["health-data"].change is ClauseChangeKind.SEVERITY
    assert (forward["health-data"].old_severity, forward["health-data"].new_severity) == (
        Severity.HIGH,
        Severity.LIMITED,
    )
    backward = {c.clause_id: c.change for c in diff_assessments(new, old)}
    assert backward["any-biometric"] is ClauseChangeKind.REMOVED
