"""Conditions, the obligations checklist, approval rules and suspensions, on both databases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from reviewer.decision import Outcome
from reviewer.errors import ImmutableRevisionError, ProhibitedApprovalError
from reviewer.followup import (
    ApprovalNotSettledError,
    ConditionDraft,
    ConditionError,
    ConditionStatus,
    ObligationError,
    ObligationState,
    add_months,
)
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from reviewer.store.models import ConditionRow
from tests.helpers.content import OFFICER, complete_answers, open_service
from tests.helpers.signing import ThrowawayIdentity

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Read today's date as each test starts: a run that crosses midnight compares one day."""
    global TODAY
    TODAY = date.today()


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url, obligations=True) as svc:
        yield svc


def _ref(service: ReviewService, **answers: object) -> str:
    return service.create_review("Triage", "Clinic", complete_answers(**answers)).review.reference


def _due(days: int) -> ConditionDraft:
    return ConditionDraft(
        text="Run the DPIA", owner="Dana DPO", due=TODAY + timedelta(days=days), answers="dpia-done"
    )


def test_high_risk_approval_needs_a_condition_or_every_obligation_settled(
    service: ReviewService,
) -> None:
    ref = _ref(service, sector="health")
    assert [i.id for i in service.obligations(ref)] == ["dpia-done", "human-review"]
    with pytest.raises(ApprovalNotSettledError, match="still to do: dpia-done, human-review"):
        service.decide(ref, Outcome.APPROVE, "fine", decider=OFFICER)
    assert service.get_review(ref).summary.status is ReviewStatus.DRAFT
    service.mark_obligation(ref, "dpia-done", ObligationState.MET)
    with pytest.raises(ApprovalNotSettledError, match=r"still to do: human-review$"):
        service.decide(ref, Outcome.APPROVE, "fine", decider=OFFICER)
    with pytest.raises(ConditionError, match=r"^reason: give a reason"):
        service.mark_obligation(ref, "human-review", ObligationState.NOT_APPLICABLE, reason=" ")
    with pytest.raises(ObligationError, match="no obligation 'nope'"):
        service.mark_obligation(ref, "nope", ObligationState.MET)
    service.mark_obligation(
        ref, "human-review", ObligationState.NOT_APPLICABLE, reason="no refusals are made"
    )
    service.decide(ref, Outcome.APPROVE, "all settled", decider=OFFICER)
    detail = service.get_review(ref)
    assert detail.summary.status is ReviewStatus.DECIDED
    assert detail.current.next_review == add_months(TODAY, 12)
    assert [(i.state, i.reason) for i in detail.obligations] == [
        (ObligationState.MET, None),
        (ObligationState.NOT_APPLICABLE, "no refusals are made"),
    ]
    with pytest.raises(ImmutableRevisionError):
        service.mark_obligation(ref, "dpia-done", ObligationState.TO_DO)
    assert [e.kind for e in service.history(ref)] == [
        "create",
        "obligation",
        "obligation",
        "decide",
    ]
    assert service.verify_audit().ok


def test_one_condition_is_enough_for_a_high_risk_approval(service: ReviewService) -> None:
    ref = _ref(service, sector="health")
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", [_due(30)], decider=OFFICER)
    (condition,) = service.conditions(ref)
    assert (condition.id, condition.owner, condition.due, condition.answers) == (
        f"{ref}/C1",
        "Dana DPO",
        TODAY + timedelta(days=30),
        "dpia-done",
    )
    decision = service.get_review(ref).current.decision
    assert decision is not None and decision.conditions == ["Run the DPIA"]


def test_prohibited_still_cannot_be_approved_even_with_conditions(
    service: ReviewService,
) -> None:
    ref = _ref(service, sector="police", biometric=True)
    with pytest.raises(ProhibitedApprovalError):
        service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "x", [_due(3)], decider=OFFICER)


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"text": "Train staff", "due": "2099-01-01"}, r"condition 1: owner: Field required"),
        ({"text": "Train staff", "owner": "Ops"}, r"condition 1: due: Field required"),
        ({"text": "Train staff", "owner": " ", "due": "2099-01-01"}, r"owner: .*it is empty"),
        (_due(-1), r"condition 1: due date .* is in the past"),
    ],
)
def test_an_incomplete_or_late_condition_writes_nothing(
    service: ReviewService, condition: object, message: str
) -> None:
    ref = _ref(service, sector="health")
    with pytest.raises(ConditionError, match=message):
        service.decide(
            ref,
            Outcome.APPROVE_WITH_CONDITIONS,
            "ok",
            [condition],  # type: ignore[list-item]  # a dict as the JSON API would send it
            decider=OFFICER,
        )
    assert service.get_review(ref).summary.status is ReviewStatus.DRAFT
    assert service.conditions(ref) == []
    assert [e.kind for e in service.history(ref)] == ["create"]


def test_next_review_is_editable_but_only_future_and_only_for_approvals(
    service: ReviewService,
) -> None:
    ref = _ref(service)
    with pytest.raises(ConditionError, match=r"next review: .* is not in the future"):
        service.decide(ref, Outcome.APPROVE, "ok", decider=OFFICER, next_review=TODAY)
    with pytest.raises(ConditionError, match="only an approval"):
        service.decide(ref, Outcome.REJECT, "no", decider=OFFICER, next_review=TODAY)
    chosen = TODAY + timedelta(days=90)
    service.decide(ref, Outcome.APPROVE, "ok", decider=OFFICER, next_review=chosen)
    assert service.get_review(ref).current.next_review == chosen


@pytest.fixture
def officer(reviewer_identity: ThrowawayIdentity) -> Identity:
    add_root(reviewer_identity.cert)
    return load_identity(reviewer_identity.p12, reviewer_identity.passphrase)


@pytest.fixture
def approver(approver_identity: ThrowawayIdentity) -> Identity:
    add_root(approver_identity.cert)
    return load_identity(approver_identity.p12, approver_identity.passphrase)


def _approved(
    service: ReviewService,
    officer: Identity,
    approver: Identity,
    tmp_path: Path,
    conditions: list[ConditionDraft],
) -> str:
    """Decide, sign and countersign a high-risk review with the given conditions."""
    ref = _ref(service, sector="health")
    service.decide(
        ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", conditions, decider=person_of(officer)
    )
    out = tmp_path / "decision.pdf"
    service.sign_decision(ref, officer, out)
    countersigned = countersign_report(out.read_bytes(), approver, "decision.pdf")
    service.record_countersignature(countersigned, "countersigned.pdf")
    return ref


def _suspended(service: ReviewService, day: date) -> list[str]:
    query = ReviewQuery(suspended=True, as_of=day)
    listed = service.list_reviews(query)
    assert service.count_reviews(query) == len(listed)
    return [s.reference for s in listed]


def test_a_lapsed_condition_suspends_the_approval_and_waiving_it_lifts_that(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = _approved(service, officer, approver, tmp_path, [_due(10), _due(40)])
    before = service.get_review(ref)
    assert before.summary.status is ReviewStatus.APPROVED
    later = TODAY + timedelta(days=11)
    assert service.suspension(ref, TODAY) is None
    assert _suspended(service, TODAY) == []
    suspension = service.suspension(ref, later)
    assert suspension is not None
    assert suspension.reasons == [
        f"condition {ref}/C1 was due on {TODAY + timedelta(days=10)} and is open"
    ]
    assert _suspended(service, later) == [ref]
    (line,) = service.list_reviews(ReviewQuery(as_of=later))
    assert line.suspension == suspension.text
    assert [c.id for c in service.list_conditions(overdue=True, as_of=later)] == [f"{ref}/C1"]
    assert service.list_conditions(overdue=True, owner="nobody", as_of=later) == []

    with pytest.raises(ConditionError, match=r"^waive: give a reason"):
        service.close_condition(f"{ref}/C1", waive="  ")
    closed = service.close_condition(f"{ref}/C1", waive="the DPIA was merged", closed_by="Eve")
    assert (closed.status, closed.reason, closed.closed_by) == (
        ConditionStatus.WAIVED,
        "the DPIA was merged",
        "Eve",
    )
    assert service.suspension(ref, later) is None
    assert _suspended(service, later) == []
    # A second condition lapsing later suspends it again.
    assert _suspended(service, TODAY + timedelta(days=41)) == [ref]
    with pytest.raises(ConditionError, match="already waived; nothing was changed"):
        service.close_condition(f"{ref}/C1", waive="again")

    after = service.get_review(ref)
    assert after.summary.status is ReviewStatus.APPROVED
    assert after.summary.revision == before.summary.revision
    assert after.current.decision == before.current.decision
    assert service.history(ref)[-1].kind == "condition"
    assert service.verify_audit().ok


def test_closing_with_evidence_keeps_the_file_and_lifts_the_suspension(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = _approved(service, officer, approver, tmp_path, [_due(1)])
    later = TODAY + timedelta(days=2)
    assert _suspended(service, later) == [ref]
    with pytest.raises(ConditionError, match="either the evidence"):
        service.close_condition(f"{ref}/C1")
    done = service.close_condition(f"{ref}/C1", evidence=("dpia.pdf", b"%PDF-1.7 dpia"))
    assert done.status is ConditionStatus.DONE and done.evidence is not None
    assert service.attachment_bytes(ref, done.evidence) == b"%PDF-1.7 dpia"
    assert _suspended(service, later) == []
    with pytest.raises(ConditionError, match="already done"):
        service.close_condition(f"{ref}/C1", evidence=("x.pdf", b"x"))


def test_a_past_next_review_date_suspends_the_approval(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = _approved(service, officer, approver, tmp_path, [_due(400)])
    next_review = service.get_review(ref).current.next_review
    assert next_review == add_months(TODAY, 12)
    day_after = next_review + timedelta(days=1)
    suspension = service.suspension(ref, day_after)
    assert suspension is not None
    assert suspension.reasons == [f"its re-review was due on {next_review.isoformat()}"]
    assert _suspended(service, next_review) == []
    assert _suspended(service, day_after) == [ref]
    # Re-review is the lifecycle's reopen: the new draft is no approval, so not suspended.
    service.reopen(ref, "annual re-review")
    assert _suspended(service, day_after) == []
    assert service.conditions(ref) == []


def test_a_condition_changed_outside_reviewer_breaks_the_audit_check(
    service: ReviewService,
) -> None:
    ref = _ref(service, sector="health")
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", [_due(30)], decider=OFFICER)
    assert service.verify_audit().ok
    with service.store.write() as session:
        session.execute(update(ConditionRow).values(status="done"))
    report = service.verify_audit()
    assert not report.ok and report.problem is not None
    assert "changed outside Reviewer" in report.problem
