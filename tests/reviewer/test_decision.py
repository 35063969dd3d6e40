from datetime import UTC, datetime

import pytest
from pydantic import ValidationError

from reviewer.decision import Decision, Outcome, allowed_outcomes, check_decision
from reviewer.errors import ProhibitedApprovalError, ReviewerError
from reviewer.severity import Verdict


@pytest.mark.parametrize("outcome", [Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS])
def test_prohibited_verdict_can_never_be_approved(outcome):
    with pytest.raises(ProhibitedApprovalError, match="cannot be approved"):
        check_decision(Verdict.PROHIBITED, outcome, ["a condition"])


@pytest.mark.parametrize("outcome", [Outcome.REJECT, Outcome.ESCALATE])
def test_prohibited_verdict_can_be_rejected_or_escalated(outcome):
    check_decision(Verdict.PROHIBITED, outcome, [], escalate_to="Head of Compliance")


@pytest.mark.parametrize("verdict", list(Verdict))
def test_allowed_outcomes_match_the_check(verdict):
    for outcome in Outcome:
        allowed = outcome in allowed_outcomes(verdict)
        try:
            check_decision(verdict, outcome, ["condition"], escalate_to="Head of Compliance")
        except ProhibitedApprovalError:
            assert not allowed
        else:
            assert allowed


def test_escalation_names_the_person_it_goes_to():
    with pytest.raises(ReviewerError, match="needs the person it goes to"):
        check_decision(Verdict.HIGH, Outcome.ESCALATE, [], escalate_to="  ")


def test_conditions_required_for_approve_with_conditions():
    with pytest.raises(ReviewerError, match="needs at least one condition"):
        check_decision(Verdict.HIGH, Outcome.APPROVE_WITH_CONDITIONS, ["  "])


def test_blank_rationale_is_refused():
    with pytest.raises(ValidationError, match="rationale is empty"):
        Decision(
            outcome=Outcome.REJECT,
            rationale="   ",
            decided_by="alice",
            decided_at=datetime(2026, 11, 27, tzinfo=UTC),
        )
