"""The one home of the review lifecycle: every state change is checked, written and audited here.

No other module writes a review's status or a revision's state. Each step loads the review,
asks `reviewer.lifecycle` whether the step is allowed from where the review stands, applies it,
appends one audit event and returns what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.canonical import canonical_json
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.errors import ImmutableRevisionError, ReviewerError
from reviewer.lifecycle import Step, next_state, why_locked
from reviewer.records import ReviewChange, ReviewStatus
from reviewer.report.model import Person
from reviewer.service.base import ServiceBase
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, current_user
from reviewer.store.changes import (
    change_of,
    load_for_change,
    record_change,
    refresh_search,
    require_complete,
)
from reviewer.store.models import ReviewRow, RevisionPack, RevisionRow

_EVENTS = {
    Step.DECIDE: EventKind.DECIDE,
    Step.SIGN: EventKind.SIGN,
    Step.COUNTERSIGN: EventKind.COUNTERSIGN,
    Step.RETURN: EventKind.RETURN,
    Step.ESCALATE: EventKind.ESCALATE,
    Step.REOPEN: EventKind.REOPEN,
}


def person_label(person: Person) -> str:
    """Return how a person is named in the audit trail: 'Name <email>'."""
    return f"{person.name} <{person.email}>" if person.email else person.name


def machine_account() -> str:
    """Return the operating-system login, recorded as the machine account, never as the person."""
    return current_user()


def draft_revision(session: Session, review: ReviewRow) -> RevisionRow:
    """Return the current revision to edit, refusing when it is decided, signed or closed."""
    revision = repo.current_revision(session, review)
    locked = why_locked(ReviewStatus(revision.state))
    if locked is not None:
        raise ImmutableRevisionError(f"review {review.reference} cannot be changed: {locked}")
    return revision


def move(
    session: Session,
    review: ReviewRow,
    revision: RevisionRow,
    step: Step,
    detail: dict[str, Any],
    actor: str,
) -> ReviewStatus:
    """Apply one lifecycle step to a review's current revision and record it; return the state.

    This is the only function that writes a status.
    """
    target = next_state(ReviewStatus(revision.state), step)
    stamp = repo.now()
    if step is Step.REOPEN:
        revision.state = ReviewStatus.SUPERSEDED.value
        session.flush()
        revision = _open_copy(session, review, revision)
    revision.state = target.value
    review.status = target.value
    review.updated_at = stamp
    session.flush()
    full = {**detail, "machine_account": machine_account()}
    record_change(session, review, revision, _EVENTS[step], full, actor=actor)
    return target


def _open_copy(session: Session, review: ReviewRow, revision: RevisionRow) -> RevisionRow:
    """Open a new draft revision with the answers and pins of a decided one."""
    copy = RevisionRow(
        review_pk=review.pk,
        number=revision.number + 1,
        questionnaire_pk=revision.questionnaire_pk,
        answers=revision.answers,
        assessment=revision.assessment,
        verdict=revision.verdict,
        assessed_at=revision.assessed_at,
        created_at=repo.now(),
        state=ReviewStatus.DRAFT.value,
    )
    copy.questionnaire = revision.questionnaire
    session.add(copy)
    session.flush()
    pins = session.scalars(
        select(RevisionPack.pack_pk)
        .where(RevisionPack.revision_pk == revision.pk)
        .order_by(RevisionPack.position)
    ).all()
    repo.pin_packs(session, copy, list(pins))
    review.current_revision = copy.number
    refresh_search(review, copy)
    return copy


def _reason(text: str, what: str) -> str:
    """Return a trimmed reason, refusing an empty or overlong one."""
    reason = text.strip()
    if not reason:
        raise ReviewerError(f"{what}: give a reason; it is recorded in the audit trail")
    if len(reason) > 5000:
        raise ReviewerError(f"{what}: keep the reason under 5,000 characters")
    return reason


class ReviewLifecycle(ServiceBase):
    """Decide, reopen, return and escalate: the steps a person takes on a review."""

    def decide(
        self,
        review_ref: str,
        outcome: Outcome,
        rationale: str,
        conditions: Iterable[str] = (),
        *,
        decider: Person,
        escalate_to: str | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record the officer's decision under their signing identity's name and email.

        A prohibited verdict can never be approved; a decided review cannot be decided again
        (reopen it first), so two decisions made at once cannot both succeed.
        """
        conditions = [c.strip() for c in conditions if c.strip()]
        escalate_to = (escalate_to or "").strip() or None
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = repo.current_revision(session, review)
            next_state(ReviewStatus(revision.state), Step.DECIDE)
            assessment = require_complete(review, revision)
            check_decision(assessment.verdict, outcome, conditions, escalate_to)
            try:
                decision = Decision(
                    outcome=outcome,
                    rationale=rationale,
                    conditions=conditions,
                    decided_by=decider.name,
                    decided_at=repo.now().replace(microsecond=0),
                    escalate_to=escalate_to if outcome is Outcome.ESCALATE else None,
                )
            except ValidationError as exc:
                messages = [e["msg"].removeprefix("Value error, ") for e in exc.errors()]
                raise ReviewerError("decision: " + "; ".join(messages)) from None
            revision.outcome = decision.outcome.value
            revision.rationale = decision.rationale
            revision.conditions = canonical_json(decision.conditions)
            revision.decided_by = decision.decided_by
            revision.decider_email = decider.email
            revision.decided_at = decision.decided_at
            revision.escalate_to = decision.escalate_to
            refresh_search(review, revision)
            detail = {"outcome": outcome.value, "verdict": assessment.verdict.value}
            if decision.escalate_to:
                detail["escalate_to"] = decision.escalate_to
            move(session, review, revision, Step.DECIDE, detail, person_label(decider))
            return change_of(session, review, ["decision", "status"], None, False)

    def reopen(
        self, review_ref: str, reason: str, *, expected_version: int | None = None
    ) -> ReviewChange:
        """Open a new draft revision of a decided review; its signed PDF becomes superseded."""
        reason = _reason(reason, "reopen")
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = repo.current_revision(session, review)
            detail: dict[str, Any] = {"reason": reason, "superseded_revision": revision.number}
            if revision.signed_pdf_sha256:
                detail["superseded_pdf_sha256"] = revision.signed_pdf_sha256
            revision.closing_note = reason
            move(session, review, revision, Step.REOPEN, detail, self.actor)
            return change_of(session, review, ["status"], None, True)

    def return_for_changes(
        self,
        review_ref: str,
        reason: str,
        *,
        approver: Person,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record that the approver declines to countersign, and why; back to the officer."""
        reason = _reason(reason, "return")
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = repo.current_revision(session, review)
            next_state(ReviewStatus(revision.state), Step.RETURN)
            _refuse_own_review(revision, approver, "return")
            revision.closing_note = reason
            detail = {"reason": reason}
            move(session, review, revision, Step.RETURN, detail, person_label(approver))
            return change_of(session, review, ["status"], None, False)

    def escalate(
        self,
        review_ref: str,
        to: str,
        reason: str,
        *,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Hand a signed review awaiting approval to a named person, with the reason."""
        recipient = to.strip()
        if not recipient:
            raise ReviewerError("escalate: name the person it goes to (a name or an email)")
        reason = _reason(reason, "escalate")
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = repo.current_revision(session, review)
            next_state(ReviewStatus(revision.state), Step.ESCALATE)
            # The signed decision stays as signed; who it went to is in the note and the event.
            revision.closing_note = reason
            detail = {"to": recipient, "reason": reason}
            move(session, review, revision, Step.ESCALATE, detail, self.actor)
            return change_of(session, review, ["status"], None, False)


def _refuse_own_review(revision: RevisionRow, approver: Person, what: str) -> None:
    """Four eyes: the officer who decided cannot act as the approver of the same decision."""
    same_email = (
        approver.email is not None
        and revision.decider_email is not None
        and approver.email.casefold() == revision.decider_email.casefold()
    )
    if same_email or approver.name == revision.decided_by:
        raise ReviewerError(
            f"{what}: {approver.name} decided this review, so someone else must approve or "
            "return it (four eyes)"
        )
