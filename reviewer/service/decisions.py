"""Recording decisions, signatures, countersignatures and exports."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from pydantic import ValidationError

from reviewer.canonical import canonical_json
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.errors import (
    ImmutableRevisionError,
    ReviewerError,
)
from reviewer.records import (
    ReviewChange,
    ReviewStatus,
)
from reviewer.service.base import ServiceBase
from reviewer.store import repository as repo
from reviewer.store.audit import (
    AuditEvent,
    EventKind,
    to_event,
)
from reviewer.store.changes import (
    change_of,
    editable_revision,
    load_for_change,
    record_change,
    refresh_search,
    require_complete,
)


class DecisionRecording(ServiceBase):
    """Decisions and signatures."""

    def decide(
        self,
        review_id: str,
        outcome: Outcome,
        rationale: str,
        conditions: Iterable[str] = (),
        *,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record the officer's decision; a prohibited verdict can never be approved."""
        conditions = [c.strip() for c in conditions if c.strip()]
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_id, expected_version)
            revision, new_revision = editable_revision(session, review)
            assessment = require_complete(review, revision)
            check_decision(assessment.verdict, outcome, conditions)
            try:
                decision = Decision(
                    outcome=outcome,
                    rationale=rationale,
                    conditions=conditions,
                    decided_by=self.actor,
                    decided_at=repo.now(),
                )
            except ValidationError as exc:
                messages = [e["msg"].removeprefix("Value error, ") for e in exc.errors()]
                raise ReviewerError("decision: " + "; ".join(messages)) from None
            revision.outcome = decision.outcome.value
            revision.rationale = decision.rationale
            revision.conditions = canonical_json(decision.conditions)
            revision.decided_by = decision.decided_by
            revision.decided_at = decision.decided_at
            review.status = ReviewStatus.DECIDED.value
            review.updated_at = repo.now()
            refresh_search(review, revision)
            session.flush()
            detail = {"outcome": outcome.value, "verdict": assessment.verdict.value}
            record_change(session, review, revision, EventKind.DECIDE, detail, actor=self.actor)
            return change_of(session, review, ["decision", "status"], None, new_revision)

    def record_signed(
        self,
        review_id: str,
        pdf_sha256: str,
        signer: str,
        *,
        signed_at: datetime | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Record that the decided revision was signed; from now on it can never change."""
        _check_sha256(pdf_sha256)
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_id, expected_version)
            revision = repo.current_revision(session, review)
            if revision.signed_at is not None:
                raise ImmutableRevisionError(
                    f"revision {revision.number} of review {review_id} is already signed and "
                    "can never change; edit the review to open a new revision"
                )
            if revision.outcome is None:
                raise ReviewerError(
                    f"review {review_id} has no decision yet, so it cannot be signed"
                )
            revision.signed_pdf_sha256 = pdf_sha256
            revision.signed_by = signer
            revision.signed_at = signed_at or repo.now()
            review.status = ReviewStatus.SIGNED.value
            review.updated_at = repo.now()
            session.flush()
            detail = {"pdf_sha256": pdf_sha256, "revision": revision.number}
            record_change(session, review, revision, EventKind.SIGN, detail, actor=signer)
            return change_of(session, review, ["signature", "status"], None, False)

    def record_countersigned(self, review_id: str, pdf_sha256: str, approver: str) -> AuditEvent:
        """Record that an approver countersigned the signed report of the current revision."""
        _check_sha256(pdf_sha256)
        with self.store.write(durable=True) as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            if revision.signed_at is None:
                raise ReviewerError(
                    f"review {review_id} has no signed report yet, so there is nothing to "
                    "countersign; sign the decision first"
                )
            detail = {"pdf_sha256": pdf_sha256, "revision": revision.number}
            row = record_change(
                session, review, revision, EventKind.COUNTERSIGN, detail, actor=approver
            )
            session.flush()
            return to_event(row)

    def record_export(
        self, review_id: str, file_sha256: str, file_name: str, export_format: str
    ) -> AuditEvent:
        """Record that a review was exported (a report, a JSON file); the review is unchanged."""
        with self.store.write() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            detail = {"file": file_name, "format": export_format, "sha256": file_sha256}
            row = record_change(
                session, review, revision, EventKind.EXPORT, detail, actor=self.actor
            )
            session.flush()
            return to_event(row)


def _check_sha256(value: str) -> None:
    """Refuse anything but a hex sha256 digest."""
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise ReviewerError(f"pdf_sha256: expected 64 lower-case hex digits, got {value!r}")
