"""Following a decision up: the obligations checklist, conditions closed or waived, suspensions.

Marking an obligation is part of preparing the decision, so only a draft revision takes it.
Closing a condition is a follow-up of a decided revision: it is audited, and it neither reopens
the decision nor changes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import NotFoundError
from reviewer.followup import (
    Condition,
    ConditionError,
    ConditionStatus,
    ObligationError,
    ObligationItemState,
    ObligationState,
    Suspension,
    check_reason,
    suspension_of,
)
from reviewer.records import ReviewChange, ReviewStatus
from reviewer.service.base import ServiceBase
from reviewer.service.lifecycle import draft_revision
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind
from reviewer.store.changes import change_of, load_for_change, record_change
from reviewer.store.evidence import add_evidence, describe_evidence
from reviewer.store.followup import (
    condition_of,
    condition_rows,
    evidence_ids,
    mark_rows,
    revision_checklist,
)
from reviewer.store.models import AttachmentRow, ConditionRow, ObligationMarkRow, ReviewRow

CONDITION_ID = re.compile(r"(?P<review>R-\d{4}-\d{4,})/C(?P<number>\d{1,4})", re.IGNORECASE)
"""How an officer names a condition: the review's reference, a slash, C and its number."""

_CLOSED_REVIEW = {ReviewStatus.DRAFT.value, ReviewStatus.SUPERSEDED.value}


class ConditionFollowUp(ServiceBase):
    """The obligations checklist, the conditions of a decision and their closing."""

    def obligations(self, review_ref: str) -> list[ObligationItemState]:
        """Return the current revision's obligations, each with how it stands."""
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            revision = repo.current_revision(session, review)
            return revision_checklist(session, review, revision)

    def mark_obligation(
        self,
        review_ref: str,
        obligation_id: str,
        state: ObligationState,
        *,
        reason: str | None = None,
        evidence: Iterable[int] = (),
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Mark one obligation of a draft as met, not applicable (with a reason) or to do.

        Evidence links name attachments already on the review.
        """
        with self.store.write() as session:
            review = load_for_change(session, review_ref, expected_version)
            revision = draft_revision(session, review)
            assessment = repo.assessment_of(revision)
            known = {o.id for o in assessment.obligations} if assessment else set()
            if obligation_id not in known:
                raise ObligationError(
                    f"obligation: review {review.reference} has no obligation {obligation_id!r}; "
                    "'reviewer review show' lists them"
                )
            why = reason.strip() if reason else None
            if state is ObligationState.NOT_APPLICABLE:
                why = check_reason(reason, "reason")
            links = _attachments_of(session, review, evidence)
            marks = mark_rows(session, review, revision.number)
            row = marks.get(obligation_id) or ObligationMarkRow(
                review_pk=review.pk, revision=revision.number, obligation_id=obligation_id
            )
            row.state, row.reason, row.evidence = state.value, why, evidence_ids(links)
            row.marked_by, row.marked_at = self.actor, repo.now()
            session.add(row)
            review.updated_at = repo.now()
            session.flush()
            detail = {"obligation": obligation_id, "state": state.value}
            record_change(session, review, revision, EventKind.OBLIGATION, detail, self.actor)
            return change_of(session, review, ["obligations"], None, False)

    def conditions(self, review_ref: str) -> list[Condition]:
        """Return the conditions recorded with the review's current decision."""
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            rows = condition_rows(session, review, review.current_revision)
            return [condition_of(row, review.reference) for row in rows]

    def list_conditions(
        self,
        *,
        overdue: bool = False,
        owner: str | None = None,
        status: ConditionStatus | None = None,
        as_of: date | None = None,
        limit: int = 500,
    ) -> list[Condition]:
        """Return the conditions of every current decision, soonest due first.

        `overdue` keeps the open ones due before `as_of` (default today); `owner` keeps those
        whose owner contains the text, ignoring case.
        """
        today = as_of or repo.now().date()
        statement = (
            select(ConditionRow, ReviewRow.reference)
            .join(ReviewRow, ReviewRow.pk == ConditionRow.review_pk)
            .where(ConditionRow.revision == ReviewRow.current_revision)
        )
        if overdue:
            statement = statement.where(
                ConditionRow.status == ConditionStatus.OPEN.value,
                ConditionRow.due_date < today.isoformat(),
            )
        elif status is not None:
            statement = statement.where(ConditionRow.status == status.value)
        if owner and owner.strip():
            text = owner.strip().lower().replace("%", r"\%").replace("_", r"\_")
            statement = statement.where(
                ConditionRow.owner.is_not(None),
                ConditionRow.owner.ilike(f"%{text}%", escape="\\"),
            )
        statement = statement.order_by(
            ConditionRow.due_date.is_(None), ConditionRow.due_date, ConditionRow.pk
        ).limit(max(1, min(limit, 10_000)))
        with self.store.read() as session:
            return [condition_of(row, ref) for row, ref in session.execute(statement).all()]

    def close_condition(
        self,
        condition_id: str,
        *,
        evidence: tuple[str, bytes] | None = None,
        waive: str | None = None,
        closed_by: str | None = None,
    ) -> Condition:
        """Mark a condition done, with an evidence file, or waived, with the reason and by whom.

        Exactly one of the two; a closed condition cannot be closed again. The decision, its
        revision and the review's status stay as they are.
        """
        if (evidence is None) == (waive is None):
            raise ConditionError("close: give either the evidence it is done, or why it is waived")
        reason = check_reason(waive, "waive") if waive is not None else None
        named = describe_evidence(evidence[0], evidence[1], None) if evidence else None
        who = (closed_by or "").strip() or self.actor
        with self.store.write(durable=True) as session:
            review, row = _find_condition(session, condition_id)
            if row.status != ConditionStatus.OPEN.value:
                raise ConditionError(
                    f"condition {condition_id}: it is already {row.status}; nothing was changed"
                )
            revision = repo.current_revision(session, review)
            detail: dict[str, object] = {"condition": row.number}
            if evidence is not None and named is not None:
                proof = add_evidence(
                    session, review, revision, named[0], named[1], evidence[1], who
                )
                row.status, row.evidence_pk = ConditionStatus.DONE.value, proof.pk
                detail.update(status="done", file=proof.file_name, sha256=proof.sha256)
            else:
                row.status, row.reason = ConditionStatus.WAIVED.value, reason
                detail.update(status="waived", reason=reason)
            row.closed_by, row.closed_at = who, repo.now()
            review.updated_at = repo.now()
            session.flush()
            record_change(session, review, revision, EventKind.CONDITION, detail, who)
            return condition_of(row, review.reference)

    def close_condition_with_attachment(
        self, condition_id: str, attachment_id: int, *, closed_by: str | None = None
    ) -> Condition:
        """Mark a condition done, its evidence a file already attached to the review.

        As `close_condition`: audited, a closed condition cannot be closed again, and the
        decision stays as it is.
        """
        who = (closed_by or "").strip() or self.actor
        with self.store.write(durable=True) as session:
            review, row = _find_condition(session, condition_id)
            if row.status != ConditionStatus.OPEN.value:
                raise ConditionError(
                    f"condition {condition_id}: it is already {row.status}; nothing was changed"
                )
            [pk] = _attachments_of(session, review, [attachment_id])  # refuses a stranger
            proof = session.get(AttachmentRow, pk)
            assert proof is not None  # _attachments_of found it
            revision = repo.current_revision(session, review)
            row.status, row.evidence_pk = ConditionStatus.DONE.value, proof.pk
            row.closed_by, row.closed_at = who, repo.now()
            review.updated_at = repo.now()
            session.flush()
            detail: dict[str, object] = {
                "condition": row.number,
                "status": "done",
                "file": proof.file_name,
                "sha256": proof.sha256,
            }
            record_change(session, review, revision, EventKind.CONDITION, detail, who)
            return condition_of(row, review.reference)

    def suspension(self, review_ref: str, as_of: date | None = None) -> Suspension | None:
        """Say why an approved review is suspended, pending re-review, or None."""
        today = as_of or repo.now().date()
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            if review.status != ReviewStatus.APPROVED.value:
                return None
            revision = repo.current_revision(session, review)
            rows = condition_rows(session, review, revision.number)
            day = revision.next_review
            return suspension_of(
                date.fromisoformat(day) if day else None,
                [condition_of(r, review.reference) for r in rows],
                today,
            )


def _find_condition(session: Session, condition_id: str) -> tuple[ReviewRow, ConditionRow]:
    """Return a condition of a current decision by its id (R-YYYY-NNNN/C1)."""
    match = CONDITION_ID.fullmatch(condition_id.strip())
    if match is None:
        raise ConditionError(
            f"condition: {condition_id!r} is not a condition id; they read like R-2026-0001/C1"
        )
    review = repo.get_review(session, match["review"])
    if review.status in _CLOSED_REVIEW:
        raise ConditionError(
            f"condition {condition_id}: review {review.reference} has no standing decision"
        )
    row = session.scalars(
        select(ConditionRow).where(
            ConditionRow.review_pk == review.pk,
            ConditionRow.revision == review.current_revision,
            ConditionRow.number == int(match["number"]),
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(
            f"condition {condition_id}: no such condition on the current decision of "
            f"{review.reference}; 'reviewer conditions list' shows them"
        )
    return review, row


def _attachments_of(session: Session, review: ReviewRow, ids: Iterable[int]) -> list[int]:
    """Return evidence links, refusing one that is not an attachment of the review."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    found = set(
        session.scalars(
            select(AttachmentRow.pk).where(
                AttachmentRow.review_pk == review.pk, AttachmentRow.pk.in_(wanted)
            )
        )
    )
    missing = [i for i in wanted if i not in found]
    if missing:
        raise ObligationError(
            f"evidence: review {review.reference} has no attachment "
            + ", ".join(str(i) for i in missing)
        )
    return wanted
