"""Signing, countersigning and exporting decision reports: one operation each, for CLI and UI.

The rule these operations keep: the signed PDF and the store never disagree. A reviewer's PDF
is signed from the stored decision, its bytes and the state change are recorded in one
transaction, and only then does the file appear under its final name. A countersigned PDF is
recorded only when it is the stored signed report with the Approver's signature added.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from reviewer.decision import Outcome
from reviewer.errors import (
    ConflictError,
    DeciderMismatchError,
    NotFoundError,
    ReviewerError,
)
from reviewer.followup import ObligationItemState
from reviewer.lifecycle import Step, next_state
from reviewer.records import AuditEvent, ReviewChange, ReviewStatus
from reviewer.report.model import (
    AnsweredQuestionnaire,
    ChecklistItem,
    EvidenceFile,
    Person,
    ReportInput,
    ReviewRecord,
)
from reviewer.service.archive import (
    COUNTERSIGNED_COPY,
    REVIEWER_COPY,
    ReportArchive,
    kept_row,
    sha256_of,
)
from reviewer.service.base import person_label
from reviewer.service.evidence import EvidenceAndChecks
from reviewer.service.lifecycle import move
from reviewer.service.policies import PolicyService
from reviewer.signing.files import check_writable, write_atomically
from reviewer.store import repository as repo
from reviewer.store.changes import change_of, load_for_change
from reviewer.store.models import SignedReportRow

if TYPE_CHECKING:
    from reviewer.signing.identity import Identity


def audit_line(event: AuditEvent) -> str:
    """Render one audit event as a line of the report's audit excerpt."""
    moment = event.at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    details = ", ".join(f"{key}={value}" for key, value in sorted(event.detail.items()))
    line = f"{moment}  {event.kind}  by {event.actor}"
    return f"{line}  ({details})" if details else line


def person_of(identity: Identity) -> Person:
    """Return the person a signing identity's certificate names."""
    return Person(
        name=identity.full_name,
        email=identity.email,
        organisation=identity.organisation,
        role=identity.role,
    )


@dataclass(frozen=True)
class SignedDecision:
    """A decision signed, recorded and written: where the file is, its hash, what changed."""

    path: Path
    sha256: str
    signer: str
    change: ReviewChange


class ReviewSigning(ReportArchive, EvidenceAndChecks, PolicyService):
    """Sign a decision, record a countersignature, and rewrite a kept PDF."""

    def report_input(self, review_ref: str, language: str = "en") -> ReportInput:
        """Build the report input of a review's current, decided revision from the store."""
        detail = self.get_review(review_ref)
        revision = detail.current
        if revision.decision is None or revision.assessment is None:
            raise ReviewerError(
                f"review {detail.summary.reference} has no decision yet; decide it before "
                "writing its report"
            )
        history = self.history(review_ref)
        summary = detail.summary
        files = {
            a.id: EvidenceFile(name=a.file_name, sha256=a.sha256, size=a.size)
            for a in detail.attachments
        }
        evidence = list(files.values())
        approver = assigned_person(summary.approver)
        return ReportInput(
            review=ReviewRecord(
                id=summary.id,
                reference=summary.reference,
                revision=revision.number,
                title=summary.title,
                organisation=summary.organisation,
                system=summary.system or None,
                business_owner=summary.business_owner or None,
                answers=revision.answers,
                evidence=evidence,
                audit=[audit_line(e) for e in history],
                audit_anchor=history[-1].hash if history else None,
            ),
            questionnaire=self.pinned_questionnaire(review_ref),
            assessment=revision.assessment,
            decision=revision.decision,
            decider=Person(
                name=revision.decision.decided_by,
                email=revision.decider_email,
            ),
            approver=approver,
            questionnaires=[
                AnsweredQuestionnaire(
                    questionnaire=self.pinned_questionnaire(review_ref, owed.questionnaire.id),
                    answers=owed.answers,
                )
                for owed in revision.questionnaires
                if owed.owed and owed.attached
            ],
            checklist=checklist_of(detail.obligations, files),
            language="fr" if language == "fr" else "en",
        )

    def evidence_files(self, review_ref: str) -> list[tuple[str, bytes]]:
        """Return the review's evidence files as (file name, bytes), in the report's order."""
        detail = self.get_review(review_ref)
        return [(a.file_name, self.attachment_bytes(review_ref, a.id)) for a in detail.attachments]

    def sign_decision(
        self,
        review_ref: str,
        identity: Identity,
        out: Path,
        *,
        tsa_url: str | None = None,
        language: str = "en",
        embed_evidence: bool = False,
    ) -> SignedDecision:
        """Sign the decided revision as its decider, record it, then write the PDF to `out`.

        Refused when the identity is not the decider, or when the review changed (or was
        signed by someone else) while the PDF was being signed: then nothing is written.
        With `embed_evidence`, the evidence files are attached under the signature.
        """
        from reviewer.signing.decision_pdf import make_signed_report

        check_writable(out)
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            revision = repo.current_revision(session, review)
            next_state(ReviewStatus(revision.state), Step.SIGN)
            version, number = review.version, revision.number
            _check_decider(identity, revision.decided_by or "", revision.decider_email)
        report = self.report_input(review_ref, language)
        report = report.model_copy(update={"decider": person_of(identity)})
        evidence = self.evidence_files(review_ref) if embed_evidence else []
        signed = make_signed_report(report, identity, tsa_url, evidence)
        digest = sha256_of(signed)
        with self.store.write(durable=True) as session:
            review = load_for_change(session, review_ref, version)
            revision = repo.current_revision(session, review)
            if revision.number != number:
                raise ConflictError(
                    f"review {review.reference} moved to revision {revision.number} while "
                    "signing; nothing was written"
                )
            revision.signed_pdf_sha256 = digest
            revision.signed_by = person_label(person_of(identity))
            revision.signed_at = repo.now()
            _keep(session, review.pk, number, REVIEWER_COPY, signed, revision.signed_by)
            detail = {"pdf_sha256": digest, "signer_subject": identity.subject}
            move(session, review, revision, Step.SIGN, detail, revision.signed_by)
            if revision.outcome == Outcome.ESCALATE.value and revision.escalate_to:
                # A signed escalation goes to the person it names, not to the usual approver.
                handed = {"to": revision.escalate_to, "reason": "the signed decision escalates"}
                move(session, review, revision, Step.ESCALATE, handed, revision.signed_by)
            change = change_of(session, review, ["signature", "status"], None, False)
        write_atomically(out, signed, mode=0o600)
        self.record_export(review_ref, digest, out.name, "pdf")
        return SignedDecision(out, digest, person_label(person_of(identity)), change)

    def record_countersignature(self, countersigned: bytes, source: str) -> ReviewChange:
        """Take a countersigned PDF back into the store, once it proves to be our signed report.

        The PDF must begin with the exact bytes of the stored reviewer-signed report (the
        Approver's signature is an incremental update) and must verify with its Approver field
        signed; its bytes are kept, and the review becomes approved.
        """
        from reviewer.signing.prepare import APPROVER_FIELD
        from reviewer.signing.trust import list_roots
        from reviewer.signing.verify import verify_report

        verification = verify_report(
            countersigned,
            [root.certificate for root in list_roots()],
            source,
            packs_by_sha256=self.pack_by_sha256(),
        )
        report = verification.payload.report
        if report is None:
            raise ReviewerError(f"{source}: {verification.payload.note}")
        if not verification.passed:
            raise ReviewerError(
                f"{source}: the countersigned report does not verify: "
                + "; ".join(verification.reasons)
            )
        approvers = [s for s in verification.signatures if s.field == APPROVER_FIELD]
        if not approvers:
            raise ReviewerError(
                f"{source}: the Approver field is not signed, so there is no countersignature "
                "to record"
            )
        approver = approvers[0].signer
        # By the internal id, never the reference: references are unique per database only,
        # so another database's R-YYYY-NNNN may name a different review.
        review_ref = report.review.id
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            kept = kept_row(session, review.pk, report.review.revision, REVIEWER_COPY)
            if kept is None:
                raise NotFoundError(
                    f"{source}: review {review.reference} has no signed report of revision "
                    f"{report.review.revision} in this database"
                )
            original, number = kept.content, kept.revision
        if not countersigned.startswith(original) or len(countersigned) == len(original):
            raise ReviewerError(
                f"{source}: this is not the signed report of review {review_ref} revision "
                f"{number} with a countersignature added; it differs from the stored report"
            )
        digest = sha256_of(countersigned)
        with self.store.write(durable=True) as session:
            review = repo.get_review(session, review_ref)
            revision = repo.current_revision(session, review)
            if revision.number != number:
                raise ConflictError(
                    f"{source}: review {review.reference} was reopened (now revision "
                    f"{revision.number}); the countersignature of revision {number} is not "
                    "recorded"
                )
            _keep(session, review.pk, number, COUNTERSIGNED_COPY, countersigned, approver)
            detail = {"pdf_sha256": digest, "signed_pdf_sha256": sha256_of(original)}
            move(session, review, revision, Step.COUNTERSIGN, detail, approver)
            return change_of(session, review, ["countersignature", "status"], None, False)


def checklist_of(
    items: list[ObligationItemState], files: dict[int, EvidenceFile]
) -> list[ChecklistItem]:
    """Return the decided revision's checklist as the report carries it, evidence by file.

    The store's marks may change after signing (audited follow-up events); the report keeps
    them as they stood when it was signed.
    """
    checklist = []
    for item in items:
        missing = [key for key in item.evidence if key not in files]
        if missing:
            raise ReviewerError(
                f"obligation {item.id}: its evidence links attachment {missing[0]}, which is "
                "not on the review; mark the obligation again before signing"
            )
        checklist.append(
            ChecklistItem(
                id=item.id,
                state=item.state,
                reason=item.reason,
                premarked=item.premarked,
                evidence=[files[key] for key in item.evidence],
                marked_by=item.marked_by,
            )
        )
    return checklist


_NAMED_EMAIL = re.compile(r"^\s*(?P<name>[^<>]*?)\s*<(?P<email>[^<>\s]+@[^<>\s]+)>\s*$")
_BARE_EMAIL = re.compile(r"^\s*(?P<email>[^<>\s]+@[^<>\s]+)\s*$")


def assigned_person(text: str) -> Person | None:
    """Read the assigned approver as typed: "Name <email>", a bare email, or a name."""
    if not text.strip():
        return None
    named = _NAMED_EMAIL.match(text)
    if named:
        email = named["email"]
        return Person(name=named["name"] or email, email=email)
    bare = _BARE_EMAIL.match(text)
    if bare:
        return Person(name=bare["email"], email=bare["email"])
    return Person(name=text.strip())


def _check_decider(identity: Identity, decided_by: str, decider_email: str | None) -> None:
    """Refuse to sign a decision recorded under someone other than the identity's subject."""
    same_name = identity.full_name == decided_by
    same_email = (identity.email or "").casefold() == (decider_email or "").casefold()
    if not (same_name and same_email):
        recorded = f"{decided_by} <{decider_email}>" if decider_email else decided_by
        raise DeciderMismatchError(
            f"this decision was recorded by {recorded}, but the identity is "
            f"{person_label(person_of(identity))}; only the decider can sign it (reopen the "
            "review and decide it again under your own identity)"
        )


def _keep(
    session: Session, review_pk: int, revision: int, kind: str, data: bytes, signer: str
) -> None:
    """Keep a signed PDF's bytes in the store."""
    session.add(
        SignedReportRow(
            review_pk=review_pk,
            revision=revision,
            kind=kind,
            sha256=sha256_of(data),
            signer=signer,
            content=data,
            recorded_at=repo.now(),
        )
    )
