"""Evidence attachments and the store's integrity checks."""

from __future__ import annotations

from reviewer.records import (
    Attachment,
    AuditEvent,
    AuditReport,
    CheckReport,
    ReviewChange,
)
from reviewer.service.base import ServiceBase
from reviewer.service.lifecycle import draft_revision
from reviewer.store import repository as repo
from reviewer.store.audit import (
    EventKind,
    find_event,
)
from reviewer.store.changes import (
    change_of,
    load_for_change,
    record_change,
)
from reviewer.store.consistency import audit_report
from reviewer.store.evidence import (
    add_evidence,
    describe_evidence,
    evidence_bytes,
    set_description,
)


class EvidenceAndChecks(ServiceBase):
    """Attachments and integrity checks."""

    def add_attachment(
        self,
        review_id: str,
        file_name: str,
        content: bytes,
        media_type: str | None = None,
        *,
        expected_version: int | None = None,
    ) -> tuple[Attachment, ReviewChange]:
        """Keep an evidence file's bytes in the database, with its hash, size and who added it."""
        name, kind = describe_evidence(file_name, content, media_type)
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            row = add_evidence(session, review, revision, name, kind, content, self.actor)
            detail = {"file": name, "sha256": row.sha256, "size": row.size}
            record_change(session, review, revision, EventKind.ATTACHMENT, detail, actor=self.actor)
            change = change_of(session, review, ["attachments"], None, False)
            return repo.attachment_of(row), change

    def describe_attachment(
        self,
        review_id: str,
        attachment_id: int,
        description: str,
        *,
        expected_version: int | None = None,
    ) -> tuple[Attachment, ReviewChange]:
        """Say what an evidence file is, while the review can still be changed; audited."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            row = set_description(session, review, attachment_id, description)
            detail = {"file": row.file_name, "sha256": row.sha256, "description": row.description}
            record_change(
                session, review, revision, EventKind.EVIDENCE_DESCRIBED, detail, actor=self.actor
            )
            change = change_of(session, review, ["attachments"], None, False)
            return repo.attachment_of(row), change

    def attachment_bytes(self, review_id: str, attachment_id: int) -> bytes:
        """Return an attachment's bytes, checked against its recorded hash."""
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            return evidence_bytes(session, review, attachment_id)

    def audit_event(self, event_hash: str) -> AuditEvent | None:
        """Return the audit event with this hash, or None if the trail does not hold it."""
        with self.store.read() as session:
            return find_event(session, event_hash)

    def verify_audit(self) -> AuditReport:
        """Walk the audit chain, then check every review against its last recorded state."""
        with self.store.read() as session:
            return audit_report(session)

    def check(self) -> CheckReport:
        """Run the storage integrity check and the audit verification."""
        problems = self.store.integrity_problems()
        audit = (
            self.verify_audit()
            if not problems
            else AuditReport(
                ok=False,
                events=0,
                reviews_checked=0,
                problem="not checked: the database is damaged",
            )
        )
        return CheckReport(
            schema_revision=self.store.schema().current, integrity_problems=problems, audit=audit
        )
