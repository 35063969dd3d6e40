"""The one home of the review lifecycle: every state change is checked, written and audited here.

No other module writes a review's status or a revision's state. Each step loads the review,
asks `reviewer.lifecycle` whether the step is allowed from where the review stands, applies it,
appends one audit event and returns what changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.canonical import canonical_json
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.errors import ImmutableRevisionError, ReviewerError
from reviewer.followup import (
    ConditionDraft,
    ConditionError,
    check_new_conditions,
    check_settled,
    draft_of,
)
from reviewer.lifecycle import Step, next_state, why_locked
from reviewer.owed import check_owed_complete
from reviewer.records import ReviewChange, ReviewStatus
from reviewer.report.model import Person
from reviewer.service.base import ServiceBase, person_label
from reviewer.severity import Verdict
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, current_user
from reviewer.store.changes import (
    change_of,
    load_for_change,
    record_change,
    refresh_search,
    require_complete,
)
from reviewer.store.followup import revision_checklist
from reviewer.store.models import ConditionRow, ReviewRow, RevisionPack, RevisionRow
from reviewer.store.owed import copy_held, owed_of

_EVENTS = {
    Step.DECIDE: EventKind.DECIDE,
    Step.SIGN: EventKind.SIGN,
    Step.COUNTERSIGN: EventKind.COUNTERSIGN,
    Step.RETURN: EventKind.RETURN,
    Step.ESCALATE: EventKind.ESCALATE,
    Step.REOPEN: EventKind.REOPEN,
}


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
    copy_held(revision, copy)
    review.current_revision = copy.number
    refresh_search(review, copy)
    return copy


def _trimmed(draft: ConditionDraft | str) -> ConditionDraft | str | None:
    """Return a condition with its text trimmed, or None when it says nothing."""
    if isinstance(draft, str):
        return draft.strip() or None
    return draft


def _next_review(
    service: ServiceBase,
    outcome: Outcome,
    verdict: Verdict,
    given: date | None,
    today: date,
) -> date | None:
    """Return an approval's next-review date, refusing one given for another outcome or past."""
    if not outcome.approves:
        if given is not None:
            raise ConditionError("next review: only an approval gets a next-review date")
        return None
    if given is None:
        return service.re_review.next_review(verdict, today)
    if given <= today:
        raise ConditionError(f"next review: {given.isoformat()} is not in the future")
    return given


def _record_conditions(
    session: Session,
    review: ReviewRow,
    revision: RevisionRow,
    drafts: list[ConditionDraft | str],
) -> None:
    """Keep each condition of a decision as a record of the decided revision."""
    for number, draft in enumerate(drafts, start=1):
        row = ConditionRow(review_pk=review.pk, revision=revision.number, number=number)
        if isinstance(draft, str):
            row.text, row.answers = draft, ""
        else:
            row.text, row.answers = draft.text, draft.answers
            row.owner, row.due_date = draft.owner, draft.due.isoformat()
        row.status = "open"
        session.add(row)
    session.flush()


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
        conditions: Iterable[str | ConditionDraft | dict[str, Any]] = (),
        *,
        decider: Person,
        escalate_to: str | None = None,
        next_review: date | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record the officer's decision under their signing identity's name and email.

        A prohibited verdict can never be approved; a high-risk approval needs a condition or
        every obligation settled; a decided review cannot be decided again (reopen it first),
        so two decisions made at once cannot both succeed. Conditions are plain text or
        `ConditionDraft`s (owner and due date required); each becomes a condition record of
        this revision. An approval gets a next-review date: the one given, or the default of
        its verdict (`re_review`).
        """
        drafts = [
            d
            for i, c in enumerate(conditions, start=1)
            if (d := _trimmed(draft_of(c, i))) is not None
        ]
        today = repo.now().date()
        check_new_conditions(drafts, today)
        texts = [d if isinstance(d, str) else d.text for d in drafts]
        escalate_to = (escalate_to or "").strip() or None
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = repo.current_revision(session, review)
            next_state(ReviewStatus(revision.state), Step.DECIDE)
            assessment = require_complete(review, revision)
            check_decision(assessment.verdict, outcome, texts, escalate_to)
            check_owed_complete(review.reference, outcome, owed_of(revision))
            checklist = revision_checklist(session, review, revision)
            check_settled(assessment.verdict, outcome, texts, checklist)
            review_on = _next_review(self, outcome, assessment.verdict, next_review, today)
            try:
                decision = Decision(
                    outcome=outcome,
                    rationale=rationale,
                    conditions=texts,
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
            revision.next_review = review_on.isoformat() if review_on else None
            if outcome is not Outcome.REJECT:  # a rejection's conditions bind nobody
                _record_conditions(session, review, revision, drafts)
            refresh_search(review, revision)
            detail: dict[str, Any] = {
                "outcome": outcome.value,
                "verdict": assessment.verdict.value,
            }
            if drafts:
                detail["conditions"] = len(drafts)
            if review_on:
                detail["next_review"] = review_on.isoformat()
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
