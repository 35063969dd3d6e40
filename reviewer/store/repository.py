"""Reading and writing review rows, pinned content versions and attachments; plain records out."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer.canonical import canonical_json, content_hash
from reviewer.decision import Decision, Outcome
from reviewer.errors import NotFoundError, StoreError
from reviewer.policy import PolicyPack, parse_policy_pack
from reviewer.questionnaire import Questionnaire, parse_questionnaire
from reviewer.records import (
    Attachment,
    KeptReport,
    OwedQuestionnaire,
    QuestionnaireRef,
    ReviewStatus,
    ReviewSummary,
    Revision,
    Signature,
)
from reviewer.scoring import Assessment
from reviewer.severity import Verdict
from reviewer.store.models import (
    AttachmentRow,
    PolicyPackVersion,
    QuestionnaireVersion,
    ReviewRow,
    RevisionPack,
    RevisionRow,
    SignedReportRow,
)
from reviewer.store.state_entries import with_next_review


def now() -> datetime:
    """Return the current time in UTC."""
    return datetime.now(UTC)


def ensure_questionnaire(session: Session, questionnaire: Questionnaire) -> QuestionnaireVersion:
    """Return the stored row of a questionnaire version, storing it the first time."""
    row = session.scalars(
        select(QuestionnaireVersion).where(QuestionnaireVersion.sha256 == questionnaire.sha256)
    ).one_or_none()
    if row is None:
        row = QuestionnaireVersion(
            questionnaire_id=questionnaire.id,
            version=questionnaire.version,
            sha256=questionnaire.sha256,
            body=canonical_json(questionnaire),
            stored_at=now(),
        )
        session.add(row)
        session.flush()
    return row


def ensure_pack(session: Session, pack: PolicyPack) -> tuple[PolicyPackVersion, bool]:
    """Return the stored row of a pack version and whether it was stored just now."""
    row = session.scalars(
        select(PolicyPackVersion).where(PolicyPackVersion.sha256 == pack.sha256)
    ).one_or_none()
    if row is not None:
        return row, False
    row = PolicyPackVersion(
        pack_id=pack.id,
        version=pack.version,
        sha256=pack.sha256,
        body=canonical_json(pack),
        stored_at=now(),
    )
    session.add(row)
    session.flush()
    return row, True


@lru_cache(maxsize=32)
def _parse_questionnaire(body: str, sha256: str) -> Questionnaire:
    """Rebuild a stored questionnaire once per version."""
    questionnaire = parse_questionnaire(json.loads(body), f"stored questionnaire {sha256[:12]}")
    if questionnaire.sha256 != sha256:
        raise StoreError(f"stored questionnaire {sha256[:12]} no longer matches its hash")
    return questionnaire


@lru_cache(maxsize=64)
def _parse_pack(body: str, sha256: str) -> PolicyPack:
    """Rebuild a stored policy pack once per version."""
    pack = parse_policy_pack(json.loads(body), f"stored policy pack {sha256[:12]}")
    if pack.sha256 != sha256:
        raise StoreError(f"stored policy pack {sha256[:12]} no longer matches its hash")
    return pack


def pack_from_row(row: PolicyPackVersion) -> PolicyPack:
    """Rebuild a stored pack version, checking its hash."""
    return _parse_pack(row.body, row.sha256)


def questionnaire_of(revision: RevisionRow) -> Questionnaire:
    """Return the exact questionnaire version a revision was answered against."""
    return stored_questionnaire(revision.questionnaire)


def stored_questionnaire(row: QuestionnaireVersion) -> Questionnaire:
    """Rebuild a stored questionnaire version, checking its hash."""
    return _parse_questionnaire(row.body, row.sha256)


def packs_of(session: Session, revision: RevisionRow) -> list[PolicyPack]:
    """Return the exact policy pack versions a revision is pinned to, in order."""
    rows = session.execute(
        select(PolicyPackVersion.body, PolicyPackVersion.sha256)
        .join(RevisionPack, RevisionPack.pack_pk == PolicyPackVersion.pk)
        .where(RevisionPack.revision_pk == revision.pk)
        .order_by(RevisionPack.position)
    ).all()
    return [_parse_pack(body, sha) for body, sha in rows]


def pin_packs(session: Session, revision: RevisionRow, pack_pks: Sequence[int]) -> None:
    """Replace the pack versions a revision is pinned to."""
    for old in session.scalars(
        select(RevisionPack).where(RevisionPack.revision_pk == revision.pk)
    ).all():
        session.delete(old)
    session.flush()
    for position, pack_pk in enumerate(pack_pks):
        session.add(RevisionPack(revision_pk=revision.pk, position=position, pack_pk=pack_pk))


def get_review(session: Session, review_ref: str) -> ReviewRow:
    """Return a review row by its reference (R-YYYY-NNNN) or its internal id."""
    key = review_ref.strip()
    column = ReviewRow.reference if REFERENCE.fullmatch(key.upper()) else ReviewRow.id
    if column is ReviewRow.reference:
        key = key.upper()
    row = session.scalars(select(ReviewRow).where(column == key)).one_or_none()
    if row is None:
        raise NotFoundError(
            f"there is no review {review_ref!r} in this database; "
            "'reviewer review list' shows the references"
        )
    return row


REFERENCE = re.compile(r"R-\d{4}-\d{4,}")
"""A review's human reference: R, the year of creation, a number counted per year."""


def next_reference(session: Session, year: int) -> str:
    """Return the next free reference of a year.

    Writers hold the audit head lock for their whole transaction, so two creations never read
    the same maximum; the unique constraint on the column is the backstop.
    """
    prefix = f"R-{year:04d}-"
    last = session.scalars(
        select(ReviewRow.reference)
        .where(ReviewRow.reference.like(prefix + "%"))
        .order_by(func.length(ReviewRow.reference).desc(), ReviewRow.reference.desc())
        .limit(1)
    ).first()
    number = int(last[len(prefix) :]) if last and last[len(prefix) :].isdigit() else 0
    return f"{prefix}{number + 1:04d}"


def current_revision(session: Session, review: ReviewRow) -> RevisionRow:
    """Return a review's current revision row."""
    row = session.scalars(
        select(RevisionRow).where(
            RevisionRow.review_pk == review.pk, RevisionRow.number == review.current_revision
        )
    ).one_or_none()
    if row is None:
        raise StoreError(f"review {review.id} has lost its revision {review.current_revision}")
    return row


def revision_numbers(session: Session, review: ReviewRow) -> list[int]:
    """Return the numbers of every revision of a review, oldest first."""
    return list(
        session.scalars(
            select(RevisionRow.number)
            .where(RevisionRow.review_pk == review.pk)
            .order_by(RevisionRow.number)
        )
    )


def attachment_rows(session: Session, review: ReviewRow) -> list[AttachmentRow]:
    """Return a review's attachments in the order they were added (bytes not loaded)."""
    return list(
        session.scalars(
            select(AttachmentRow)
            .where(AttachmentRow.review_pk == review.pk)
            .order_by(AttachmentRow.pk)
        )
    )


def kept_reports(session: Session, review: ReviewRow) -> list[KeptReport]:
    """Describe the signed PDFs kept for a review, oldest first (bytes not loaded)."""
    rows = session.execute(
        select(
            SignedReportRow.revision,
            SignedReportRow.kind,
            SignedReportRow.sha256,
            SignedReportRow.signer,
            SignedReportRow.recorded_at,
        )
        .where(SignedReportRow.review_pk == review.pk)
        .order_by(SignedReportRow.pk)
    ).all()
    return [
        KeptReport(revision=r[0], kind=r[1], sha256=r[2], signer=r[3], recorded_at=r[4])
        for r in rows
    ]


def answers_of(revision: RevisionRow) -> dict[str, Any]:
    """Return a revision's answers."""
    data: dict[str, Any] = json.loads(revision.answers)
    return data


def assessment_of(revision: RevisionRow) -> Assessment | None:
    """Return a revision's stored assessment, if it was assessed."""
    if revision.assessment is None:
        return None
    return Assessment.model_validate_json(revision.assessment)


def decision_of(revision: RevisionRow) -> Decision | None:
    """Return a revision's decision, if one was made."""
    if revision.outcome is None or revision.decided_at is None:
        return None
    return Decision(
        outcome=Outcome(revision.outcome),
        rationale=revision.rationale or "",
        conditions=json.loads(revision.conditions or "[]"),
        decided_by=revision.decided_by or "",
        decided_at=revision.decided_at,
        escalate_to=revision.escalate_to,
    )


def signature_of(revision: RevisionRow) -> Signature | None:
    """Return a revision's signature record, if it was signed."""
    if revision.signed_pdf_sha256 is None or revision.signed_at is None:
        return None
    return Signature(
        pdf_sha256=revision.signed_pdf_sha256,
        signer=revision.signed_by or "",
        signed_at=revision.signed_at,
    )


def summary_of(review: ReviewRow) -> ReviewSummary:
    """Copy a review row into a plain summary."""
    return ReviewSummary(
        id=review.id,
        reference=review.reference,
        title=review.title,
        organisation=review.organisation,
        status=ReviewStatus(review.status),
        verdict=Verdict(review.verdict) if review.verdict else None,
        revision=review.current_revision,
        version=review.version,
        created_at=review.created_at,
        updated_at=review.updated_at,
        system=review.system or "",
        business_owner=review.business_owner or "",
        approver=review.approver or "",
        due_date=date.fromisoformat(review.due_date) if review.due_date else None,
        answers_complete=bool(review.answers_complete),
    )


def revision_of(
    revision: RevisionRow, questionnaires: Sequence[OwedQuestionnaire] = ()
) -> Revision:
    """Copy a revision row into a plain record, with its extra questionnaires if given."""
    questionnaire = revision.questionnaire
    return Revision(
        number=revision.number,
        questionnaire=QuestionnaireRef(
            id=questionnaire.questionnaire_id,
            version=questionnaire.version,
            sha256=questionnaire.sha256,
        ),
        answers=answers_of(revision),
        assessment=assessment_of(revision),
        assessed_at=revision.assessed_at,
        decision=decision_of(revision),
        signature=signature_of(revision),
        created_at=revision.created_at,
        state=ReviewStatus(revision.state),
        decider_email=revision.decider_email,
        closing_note=revision.closing_note,
        next_review=date.fromisoformat(revision.next_review) if revision.next_review else None,
        questionnaires=list(questionnaires),
    )


def attachment_of(row: AttachmentRow) -> Attachment:
    """Copy an attachment row into a plain record."""
    return Attachment(
        id=row.pk,
        revision=row.revision,
        file_name=row.file_name,
        media_type=row.media_type,
        sha256=row.sha256,
        size=row.size,
        added_by=row.added_by,
        added_at=row.added_at,
        description=row.description or "",
    )


def state_digest(
    review: ReviewRow,
    revision: RevisionRow,
    attachment_hashes: Sequence[str],
    follow_up: Sequence[Any] = (),
) -> str:
    """Digest everything a review is and shows: the audit trail records it after every change.

    The verdict, status and search text are in it too, so editing them outside Reviewer (to
    hide a prohibited review from the list's filters, say) breaks the check. So are its
    conditions, obligation marks and next-review date (`follow_up_state`), once it has any.
    """
    follow = with_next_review(follow_up, revision.next_review)
    return digest_of_state(
        {
            "id": review.id,
            "reference": review.reference,
            "title": review.title,
            "organisation": review.organisation,
            "system": review.system,
            "business_owner": review.business_owner,
            "approver": review.approver,
            "due_date": review.due_date,
            "status": review.status,
            "verdict": review.verdict,
            "search_text": review.search_text,
            "revision": revision.number,
            "state": revision.state,
            "questionnaire": revision.questionnaire.sha256,
            "answers": revision.answers,
            "assessment": revision.assessment,
            "outcome": revision.outcome,
            "rationale": revision.rationale,
            "conditions": revision.conditions,
            "decided_by": revision.decided_by,
            "decided_at": revision.decided_at,
            "decider_email": revision.decider_email,
            "escalate_to": revision.escalate_to,
            "closing_note": revision.closing_note,
            "signed_pdf_sha256": revision.signed_pdf_sha256,
            "signed_by": revision.signed_by,
            "signed_at": revision.signed_at,
        },
        attachment_hashes,
        follow,
    )


def digest_of_state(
    values: dict[str, Any], attachment_hashes: Sequence[str], follow_up: Sequence[Any] = ()
) -> str:
    """Digest a review's state given as plain column values (also used by migration 0003).

    The follow-up (schema 5) joins the digest only when there is some, so the digests of
    reviews written before it stay the same.
    """

    def moment(value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, str):  # a raw SQLite value read by a migration
            value = datetime.fromisoformat(value)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return str(value.astimezone(UTC).isoformat())

    text = values["search_text"] or ""
    extra: dict[str, Any] = {"follow_up": list(follow_up)} if follow_up else {}
    return content_hash(
        {
            **extra,
            "digest": 2,
            "id": values["id"],
            "reference": values["reference"],
            "details": [
                values["title"],
                values["organisation"],
                values["system"],
                values["business_owner"],
                values["approver"],
                values["due_date"],
            ],
            "status": values["status"],
            "verdict": values["verdict"],
            "search": _sha256(text),
            "revision": values["revision"],
            "state": values["state"],
            "questionnaire": values["questionnaire"],
            "answers": json.loads(values["answers"]),
            # The stored assessment is canonical JSON, so its hash stands for it exactly.
            "assessment": _sha256(values["assessment"]) if values["assessment"] else None,
            "decision": [
                values["outcome"],
                values["rationale"],
                values["conditions"],
                values["decided_by"],
                moment(values["decided_at"]),
                values["decider_email"],
                values["escalate_to"],
            ],
            "note": values["closing_note"],
            "signature": [
                values["signed_pdf_sha256"],
                values["signed_by"],
                moment(values["signed_at"]),
            ],
            "attachments": list(attachment_hashes),
        }
    )


def _sha256(value: str) -> str:
    """Return the hex sha256 of a text."""
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


def count_reviews(session: Session) -> int:
    """Return how many reviews the database holds."""
    return int(session.scalar(select(func.count()).select_from(ReviewRow)) or 0)
