"""The signed PDFs a store keeps: list them, write one again byte for byte, check an anchor."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import NotFoundError, ReviewerError
from reviewer.records import AuditEvent, KeptReport, ReviewStatus
from reviewer.service.reviews import ReviewReading
from reviewer.signing.files import check_writable, write_atomically
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, to_event
from reviewer.store.changes import record_change
from reviewer.store.imported import find_any_event, full_history
from reviewer.store.models import SignedReportRow

REVIEWER_COPY = "reviewer"
"""The report as the officer signed it."""
COUNTERSIGNED_COPY = "countersigned"
"""The same report with the approver's countersignature added."""


def sha256_of(data: bytes) -> str:
    """Return the hex sha256 of bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class AnchorCheck:
    """Whether a signed report is anchored in the trail and recorded by a sign event."""

    ok: bool
    message: str


@dataclass(frozen=True)
class ReportStanding:
    """Where a signed report's decision stands in a store: current, or superseded by a reopen."""

    reference: str
    revision: int
    current_revision: int
    status: ReviewStatus
    superseded: bool
    reason: str | None


class ReportArchive(ReviewReading):
    """Reading back what was signed, and recording exports."""

    def kept_reports(self, review_ref: str) -> list[KeptReport]:
        """List the signed PDFs the store keeps for a review, oldest first."""
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            rows = session.scalars(
                select(SignedReportRow)
                .where(SignedReportRow.review_pk == review.pk)
                .order_by(SignedReportRow.pk)
            ).all()
            return [
                KeptReport(
                    revision=r.revision,
                    kind=r.kind,
                    sha256=r.sha256,
                    signer=r.signer,
                    recorded_at=r.recorded_at,
                )
                for r in rows
            ]

    def write_kept_report(
        self, review_ref: str, out: Path, *, revision: int | None = None
    ) -> KeptReport:
        """Write a kept signed PDF again, byte for byte: the countersigned one when there is one.

        The bytes are checked against the hash the audit trail recorded before they are written.
        """
        check_writable(out)
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            number = revision or review.current_revision
            row = kept_row(session, review.pk, number, COUNTERSIGNED_COPY) or kept_row(
                session, review.pk, number, REVIEWER_COPY
            )
            if row is None:
                raise NotFoundError(
                    f"review {review.reference} has no signed report of revision {number}"
                )
            content, kept = row.content, row
            recorded = {
                e.detail.get("pdf_sha256")
                for e in full_history(session, review.id)
                if e.kind in (EventKind.SIGN.value, EventKind.COUNTERSIGN.value)
            }
            record = KeptReport(
                revision=kept.revision,
                kind=kept.kind,
                sha256=kept.sha256,
                signer=kept.signer,
                recorded_at=kept.recorded_at,
            )
        if sha256_of(content) != record.sha256 or record.sha256 not in recorded:
            raise ReviewerError(
                f"review {review_ref}: the kept PDF no longer matches the hash its audit event "
                "recorded; run 'reviewer audit verify'"
            )
        write_atomically(out, content, mode=0o600)
        return record

    def anchor_check(self, data: bytes, source: str) -> AnchorCheck:
        """Say whether a signed report is anchored in this store's trail, and why.

        Its audit anchor must still be in the trail, and the report must be one whose hash a
        sign event recorded (or that recorded report with a countersignature added): a PDF
        signed but never recorded, by a crash or by hand, is not accepted.
        """
        from reviewer.signing.verify import verify_report

        verification = verify_report(data, [], source)
        made = verification.payload.report
        if made is None or made.review.audit_anchor is None:
            return AnchorCheck(
                False, "carries no audit anchor (it was not made from a stored review)"
            )
        if not verification.signatures or not all(
            c.intact and c.valid for c in verification.signatures
        ):
            return AnchorCheck(
                False, "its signatures do not check out, so its anchor proves nothing"
            )
        name = made.review.reference or made.review.id
        anchor = made.review.audit_anchor
        with self.store.read() as session:
            event = find_any_event(session, anchor)
            if event is None or event.review_id != made.review.id:
                return AnchorCheck(
                    False,
                    f"ANCHOR MISSING: the trail no longer holds event {anchor[:16]}… that this "
                    f"report recorded for review {name}; the trail was rewritten after signing",
                )
            review = repo.get_review(session, made.review.id)
            signed = {
                e.detail.get("pdf_sha256")
                for e in full_history(session, review.id)
                if e.kind == EventKind.SIGN.value
            }
            countersigned = {
                e.detail.get("pdf_sha256")
                for e in full_history(session, review.id)
                if e.kind == EventKind.COUNTERSIGN.value
            }
            digest = sha256_of(data)
            recorded = digest in signed or digest in countersigned
            if not recorded:
                for row in session.scalars(
                    select(SignedReportRow).where(
                        SignedReportRow.review_pk == review.pk,
                        SignedReportRow.kind == REVIEWER_COPY,
                    )
                ):
                    if row.sha256 in signed and data.startswith(row.content):
                        recorded = True
        if not recorded:
            return AnchorCheck(
                False,
                f"NOT RECORDED: no sign event of review {name} records this PDF (sha256 "
                f"{digest[:16]}…); it was signed outside the review's lifecycle",
            )
        return AnchorCheck(
            True, f"anchor found: event #{event.seq} ({event.kind}) of review {name}"
        )

    def report_standing(self, review_id: str, revision: int | None) -> ReportStanding | None:
        """Say where a signed report's decision stands in this store, or None if it is not here.

        A report of a revision that was later reopened is superseded.
        """
        from reviewer.errors import NotFoundError

        try:
            detail = self.get_review(review_id)
            old = self.get_revision(review_id, revision) if revision else detail.current
        except NotFoundError:
            return None
        return ReportStanding(
            reference=detail.summary.reference,
            revision=old.number,
            current_revision=detail.current.number,
            status=detail.summary.status,
            superseded=old.number < detail.current.number,
            reason=old.closing_note if old.number < detail.current.number else None,
        )

    def record_export(
        self, review_ref: str, file_sha256: str, file_name: str, export_format: str
    ) -> AuditEvent:
        """Record that a review was exported (a report, a JSON file); the review is unchanged."""
        with self.store.write() as session:
            review = repo.get_review(session, review_ref)
            revision = repo.current_revision(session, review)
            detail = {"file": file_name, "format": export_format, "sha256": file_sha256}
            row = record_change(
                session, review, revision, EventKind.EXPORT, detail, actor=self.actor
            )
            session.flush()
            return to_event(row)


def kept_row(
    session: Session, review_pk: int, revision: int | None, kind: str
) -> SignedReportRow | None:
    """Return a kept signed PDF row, or None."""
    statement = select(SignedReportRow).where(
        SignedReportRow.review_pk == review_pk, SignedReportRow.kind == kind
    )
    if revision is not None:
        statement = statement.where(SignedReportRow.revision == revision)
    return session.scalars(statement.order_by(SignedReportRow.pk.desc()).limit(1)).first()
