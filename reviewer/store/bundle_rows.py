"""A review's rows as a bundle, and a checked bundle written back as rows in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer.bundles.errors import BundleConflictError
from reviewer.bundles.model import (
    Bundle,
    EvidenceData,
    HeldQuestionnaireData,
    ReportData,
    ReviewData,
    RevisionData,
)
from reviewer.policy import parse_policy_pack
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, append_event
from reviewer.store.bundle_followup import (
    follow_up_of,
    follow_up_params,
    insert_follow_up,
    triggered_clauses,
)
from reviewer.store.changes import keep_clause_set
from reviewer.store.completeness import answers_complete
from reviewer.store.imported import NOT_CHANGES, foreign_events, keep_imported, known_change_hashes
from reviewer.store.models import (
    AttachmentRow,
    ConditionRow,
    ObligationMarkRow,
    PolicyPackVersion,
    QuestionnaireVersion,
    ReviewRow,
    RevisionPack,
    RevisionQuestionnaireRow,
    RevisionRow,
    SignedReportRow,
)
from reviewer.store.policies import store_pack_version

REVIEW_COLUMNS = (
    "id", "reference", "title", "organisation", "system", "business_owner", "approver",
    "due_date", "status", "verdict", "search_text", "current_revision", "created_at",
    "updated_at",
)  # fmt: skip
REVISION_COLUMNS = (
    "number", "answers", "assessment", "verdict", "assessed_at", "outcome", "rationale",
    "conditions", "decided_by", "decided_at", "decider_email", "escalate_to", "closing_note",
    "signed_pdf_sha256", "signed_by", "signed_at", "created_at", "state", "next_review",
)  # fmt: skip


def review_values(data: ReviewData) -> dict[str, Any]:
    """Return a bundled review's row values, its completeness flag worked out here.

    The flag is not carried by bundles (older ones lack it, and a bundle could claim anything):
    it is read from the current revision's assessment, as the store itself keeps it.
    """
    return {
        **{name: getattr(data, name) for name in REVIEW_COLUMNS},
        "answers_complete": answers_complete(data.current().assessment),
    }


class Arrival(StrEnum):
    """What importing a bundle did to this database."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class ImportOutcome:
    """What one bundle import did, and the event that recorded it (None when unchanged)."""

    arrival: Arrival
    reference: str
    revision: int
    event_seq: int | None


def bundle_of(session: Session, review: ReviewRow) -> Bundle:
    """Gather everything of a review: revisions with pins and texts, evidence, PDFs, history."""
    revisions = list(
        session.scalars(
            select(RevisionRow)
            .where(RevisionRow.review_pk == review.pk)
            .order_by(RevisionRow.number)
        )
    )
    bundle = Bundle(review=_review_data(session, review, revisions), events=[])
    for revision in revisions:
        bundle.questionnaires[revision.questionnaire.sha256] = revision.questionnaire.body
        for held in revision.follow_up_questionnaires:
            bundle.questionnaires[held.questionnaire.sha256] = held.questionnaire.body
        for body, sha in session.execute(
            select(PolicyPackVersion.body, PolicyPackVersion.sha256)
            .join(RevisionPack, RevisionPack.pack_pk == PolicyPackVersion.pk)
            .where(RevisionPack.revision_pk == revision.pk)
        ):
            bundle.packs[sha] = body
    for row in session.scalars(
        select(AttachmentRow).where(AttachmentRow.review_pk == review.pk).order_by(AttachmentRow.pk)
    ):
        bundle.evidence[row.sha256] = row.content
    for kept in session.scalars(
        select(SignedReportRow).where(SignedReportRow.review_pk == review.pk)
    ):
        bundle.reports[kept.sha256] = kept.content
    bundle.events = foreign_events(session, review.id)
    return bundle


def _review_data(session: Session, review: ReviewRow, revisions: list[RevisionRow]) -> ReviewData:
    """Copy a review's rows into the bundle's record of it."""
    pins: dict[int, list[str]] = {}
    for revision_pk, sha in session.execute(
        select(RevisionPack.revision_pk, PolicyPackVersion.sha256)
        .join(PolicyPackVersion, RevisionPack.pack_pk == PolicyPackVersion.pk)
        .where(RevisionPack.revision_pk.in_([r.pk for r in revisions]))
        .order_by(RevisionPack.revision_pk, RevisionPack.position)
    ):
        pins.setdefault(revision_pk, []).append(sha)
    attachments = repo.attachment_rows(session, review)
    evidence = [
        EvidenceData(
            revision=a.revision,
            file_name=a.file_name,
            media_type=a.media_type,
            sha256=a.sha256,
            size=a.size,
            added_by=a.added_by,
            added_at=a.added_at,
        )
        for a in attachments
    ]
    reports = [
        ReportData(
            revision=k.revision,
            kind=k.kind,
            sha256=k.sha256,
            signer=k.signer,
            recorded_at=k.recorded_at,
        )
        for k in repo.kept_reports(session, review)
    ]
    return ReviewData(
        **{name: getattr(review, name) for name in REVIEW_COLUMNS},
        revisions=[
            RevisionData(
                **{name: getattr(r, name) for name in REVISION_COLUMNS},
                questionnaire=r.questionnaire.sha256,
                packs=pins.get(r.pk, []),
                questionnaires=[
                    HeldQuestionnaireData(questionnaire=h.questionnaire.sha256, answers=h.answers)
                    for h in r.follow_up_questionnaires
                ],
            )
            for r in revisions
        ],
        evidence=evidence,
        reports=reports,
        **follow_up_of(session, review.pk, {a.pk: a.sha256 for a in attachments}),
    )


def describe_side(review: ReviewData | ReviewRow, revision_state: str) -> str:
    """Describe one side of a conflict: which revision, in what state, changed when."""
    return (
        f"has revision {review.current_revision} ({revision_state}, last changed "
        f"{review.updated_at:%Y-%m-%d %H:%M} UTC)"
    )


def classify(session: Session, bundle: Bundle, source: str) -> tuple[Arrival, ReviewRow | None]:
    """Say whether a bundle's review is new here, the same, or newer; raise on a conflict.

    A conflict is a reference held here by another review, or changes made here that the
    bundle lacks. Events that change nothing (exports, imports) are left out of the compare.
    """
    data = bundle.review
    existing = session.scalars(select(ReviewRow).where(ReviewRow.id == data.id)).one_or_none()
    if existing is None:
        holder = session.scalars(
            select(ReviewRow).where(ReviewRow.reference == data.reference)
        ).one_or_none()
        if holder is not None:
            raise BundleConflictError(
                f"{source}: reference {data.reference} is already used here by another review "
                f"({holder.title!r}, {holder.organisation!r}); the bundle's review "
                f"({data.title!r}, {data.organisation!r}) was not imported"
            )
        return Arrival.NEW, None
    incoming = {e.hash for e in bundle.events if e.kind not in NOT_CHANGES}
    known = known_change_hashes(session, data.id)
    if known == incoming:
        return Arrival.UNCHANGED, existing
    if not known <= incoming:
        here = repo.current_revision(session, existing)
        raise BundleConflictError(
            f"review {existing.reference} has changes here that the bundle lacks: this "
            f"database {describe_side(existing, here.state)}; the bundle {source} "
            f"{describe_side(data, data.current().state)}. Nothing was imported; export this "
            "copy and settle which one stands"
        )
    return Arrival.UPDATED, existing


def import_bundle_rows(
    session: Session,
    bundle: Bundle,
    actor: str,
    detail: dict[str, Any],
    source: str,
    pinned: dict[str, int] | None = None,
) -> ImportOutcome:
    """Write a checked bundle in the caller's transaction: new, newer, same, or a conflict.

    The review may arrive new, or replace an older copy whose every change the bundle holds.
    When this database holds changes the bundle lacks, nothing is written. `pinned` remembers
    the stored questionnaire and pack versions by hash across the imports of one transaction.
    """
    data = bundle.review
    arrival, existing = classify(session, bundle, source)
    if arrival is Arrival.UNCHANGED and existing is not None:
        return ImportOutcome(Arrival.UNCHANGED, existing.reference, existing.current_revision, None)
    review = _write_review(session, bundle, existing, actor, {} if pinned is None else pinned)
    session.flush()
    event = append_event(
        session,
        actor=actor,
        kind=EventKind.BUNDLE_IMPORT,
        review_id=data.id,
        detail={
            **detail,
            "reference": data.reference,
            "revision": data.current_revision,
            "events": [e.hash for e in bundle.events],
        },
        state_digest=bundle.events[-1].state_digest,
    )
    session.flush()
    keep_imported(session, event.seq, bundle.events, data.id)
    arrival = Arrival.NEW if existing is None else Arrival.UPDATED
    return ImportOutcome(arrival, review.reference, review.current_revision, event.seq)


def _write_review(
    session: Session,
    bundle: Bundle,
    existing: ReviewRow | None,
    actor: str,
    pinned: dict[str, int],
) -> ReviewRow:
    """Write the review's rows, replacing an older copy's revisions, evidence and PDFs."""
    data = bundle.review
    store_pins(session, bundle, actor, pinned)
    values = review_values(data)
    if existing is None:
        review = ReviewRow(**values)
        session.add(review)
        session.flush()
    else:
        review = existing
        revision_pks = select(RevisionRow.pk).where(RevisionRow.review_pk == review.pk)
        session.execute(delete(RevisionPack).where(RevisionPack.revision_pk.in_(revision_pks)))
        session.execute(
            delete(RevisionQuestionnaireRow).where(
                RevisionQuestionnaireRow.revision_pk.in_(revision_pks)
            )
        )
        for table in (ConditionRow, ObligationMarkRow, RevisionRow, AttachmentRow, SignedReportRow):
            session.execute(delete(table).where(table.review_pk == review.pk))
        session.expire(review, ["revisions"])
        for name, value in values.items():
            setattr(review, name, value)
        session.flush()
    for revision in data.revisions:
        row = RevisionRow(
            review_pk=review.pk,
            questionnaire_pk=pinned[revision.questionnaire],
            **{name: getattr(revision, name) for name in REVISION_COLUMNS},
        )
        session.add(row)
        session.flush()
        session.add_all(
            RevisionPack(revision_pk=row.pk, position=position, pack_pk=pinned[sha])
            for position, sha in enumerate(revision.packs)
        )
        session.add_all(
            RevisionQuestionnaireRow(
                revision_pk=row.pk,
                questionnaire_pk=pinned[held.questionnaire],
                answers=held.answers,
            )
            for held in revision.questionnaires
        )
    attachments = [
        AttachmentRow(review_pk=review.pk, content=bundle.evidence[e.sha256], **e.model_dump())
        for e in data.evidence
    ]
    session.add_all(attachments)
    session.flush()
    insert_follow_up(
        session, *follow_up_params(data, review.pk, {a.sha256: a.pk for a in attachments})
    )
    keep_clause_set(session, review, triggered_clauses(data.current().assessment))
    session.add_all(
        SignedReportRow(review_pk=review.pk, content=bundle.reports[k.sha256], **k.model_dump())
        for k in data.reports
    )
    return review


def store_pins(session: Session, bundle: Bundle, actor: str, pinned: dict[str, int]) -> None:
    """Store the bundle's questionnaire and pack versions if new; remember their keys by hash."""
    for sha, body in bundle.questionnaires.items():
        if sha not in pinned:
            pinned[sha] = _questionnaire_row(session, sha, body).pk
    for sha, body in bundle.packs.items():
        if sha not in pinned:
            pack = parse_policy_pack(json.loads(body), f"bundled pack {sha[:12]}")
            pinned[sha] = store_pack_version(session, pack, actor)[0].pk


def _questionnaire_row(session: Session, sha: str, body: str) -> QuestionnaireVersion:
    """Return the stored questionnaire version with this hash, storing the bundled text."""
    row = session.scalars(
        select(QuestionnaireVersion).where(QuestionnaireVersion.sha256 == sha)
    ).one_or_none()
    if row is None:
        raw = json.loads(body)
        row = QuestionnaireVersion(
            questionnaire_id=str(raw.get("id", "")),
            version=str(raw.get("version", "")),
            sha256=sha,
            body=body,
            stored_at=repo.now(),
        )
        session.add(row)
        session.flush()
    return row
