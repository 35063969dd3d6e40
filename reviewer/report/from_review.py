"""Turning a decided review from the store into the input of its decision report."""

from __future__ import annotations

from datetime import UTC

from reviewer.errors import ReviewerError
from reviewer.report.model import EvidenceFile, Person, ReportInput, ReviewRecord
from reviewer.report.wording import Language
from reviewer.service import ReviewService
from reviewer.store.audit import AuditEvent


def audit_line(event: AuditEvent) -> str:
    """Render one audit event as a line of the report's audit excerpt."""
    moment = event.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    details = ", ".join(f"{key}={value}" for key, value in sorted(event.detail.items()))
    line = f"{moment}  {event.kind}  by {event.actor}"
    return f"{line}  ({details})" if details else line


def report_input_for(
    service: ReviewService,
    review_id: str,
    language: Language = "en",
    decider: Person | None = None,
) -> ReportInput:
    """Build the report input of a review's current, decided revision, in a language.

    The decider is the signing officer as their certificate names them, when known.
    """
    detail = service.get_review(review_id)
    revision = detail.current
    if revision.decision is None or revision.assessment is None:
        raise ReviewerError(
            f"review {review_id} has no decision yet; decide it before writing its report"
        )
    history = service.history(review_id)
    evidence = [
        EvidenceFile(name=a.file_name, sha256=a.sha256, size=a.size) for a in detail.attachments
    ]
    return ReportInput(
        review=ReviewRecord(
            id=detail.summary.id,
            revision=revision.number,
            title=detail.summary.title,
            organisation=detail.summary.organisation,
            answers=revision.answers,
            evidence=evidence,
            audit=[audit_line(e) for e in history],
            audit_anchor=history[-1].hash if history else None,
        ),
        questionnaire=service.pinned_questionnaire(review_id),
        assessment=revision.assessment,
        decision=revision.decision,
        decider=decider,
        language=language,
    )


def evidence_for(service: ReviewService, review_id: str) -> list[tuple[str, bytes]]:
    """Return the review's evidence files as (file name, bytes), in the order the report lists."""
    detail = service.get_review(review_id)
    return [(a.file_name, service.attachment_bytes(review_id, a.id)) for a in detail.attachments]
