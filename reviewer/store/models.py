"""The ORM tables: reviews, their revisions, pinned content versions, attachments, audit events."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp always stored and returned in UTC, on SQLite as on PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Store aware timestamps as UTC; SQLite keeps them naive."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must carry a time zone")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return aware UTC timestamps."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with the constraint naming convention migrations rely on."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class QuestionnaireVersion(Base):
    """One questionnaire version, kept forever so old reviews re-score exactly."""

    __tablename__ = "questionnaire_versions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    questionnaire_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PolicyPackVersion(Base):
    """One policy pack version, kept forever so old reviews re-score exactly."""

    __tablename__ = "policy_pack_versions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(100))
    version: Mapped[str] = mapped_column(String(50))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReviewRow(Base):
    """A review: who applied, where it stands, and which revision is current."""

    __tablename__ = "reviews"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(20))
    verdict: Mapped[str | None] = mapped_column(String(20))
    current_revision: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    search_text: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    reference: Mapped[str] = mapped_column(String(20))
    system: Mapped[str] = mapped_column(String(300), default="")
    business_owner: Mapped[str] = mapped_column(String(300), default="")
    approver: Mapped[str] = mapped_column(String(300), default="")
    due_date: Mapped[str | None] = mapped_column(String(10))
    answers_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    """Whether the current revision's required answers are all given (schema 8).

    Derived, not entered: it is what the current revision's stored assessment says
    (`reviewer.store.completeness`), and that assessment is digested by the audit trail, so the
    flag is not in the digest itself; the consistency check compares the two."""

    revisions: Mapped[list[RevisionRow]] = relationship(
        back_populates="review", order_by="RevisionRow.number"
    )
    clauses: Mapped[list[ReviewClauseRow]] = relationship(cascade="all, delete-orphan")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's own convention
    __table_args__ = (
        Index("ix_reviews_updated", "updated_at", "pk"),
        Index("ix_reviews_status_updated", "status", "updated_at"),
        Index("ix_reviews_verdict_updated", "verdict", "updated_at"),
        Index("ix_reviews_created_verdict", "created_at", "verdict"),
        Index("ix_reviews_status_approver", "status", "approver"),
        Index("uq_reviews_reference", "reference", unique=True),
    )


class RevisionRow(Base):
    """One revision of a review: answers, latest assessment, decision and signature."""

    __tablename__ = "revisions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"))
    number: Mapped[int] = mapped_column(Integer)
    questionnaire_pk: Mapped[int] = mapped_column(ForeignKey("questionnaire_versions.pk"))
    answers: Mapped[str] = mapped_column(Text)
    assessment: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str | None] = mapped_column(String(20))
    assessed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(40))
    rationale: Mapped[str | None] = mapped_column(Text)
    conditions: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    signed_pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    signed_by: Mapped[str | None] = mapped_column(String(500))
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    state: Mapped[str] = mapped_column(String(20), default="draft")
    decider_email: Mapped[str | None] = mapped_column(String(320))
    escalate_to: Mapped[str | None] = mapped_column(String(300))
    closing_note: Mapped[str | None] = mapped_column(Text)
    next_review: Mapped[str | None] = mapped_column(String(10))

    review: Mapped[ReviewRow] = relationship(back_populates="revisions")
    questionnaire: Mapped[QuestionnaireVersion] = relationship()
    pins: Mapped[list[RevisionPack]] = relationship(
        order_by="RevisionPack.position", cascade="all, delete-orphan"
    )
    follow_up_questionnaires: Mapped[list[RevisionQuestionnaireRow]] = relationship(
        order_by="RevisionQuestionnaireRow.pk", cascade="all, delete-orphan"
    )

    __table_args__ = (
        UniqueConstraint("review_pk", "number"),
        Index("ix_revisions_next_review", "next_review"),
        Index("ix_revisions_outcome_state", "outcome", "state"),
        Index("ix_revisions_state", "state"),
    )


class ReviewClauseRow(Base):
    """A clause that triggers in a review's current assessment, kept for the Overview's counts.

    Derived from the stored assessment (which the audit digest covers) whenever it is scored.
    """

    __tablename__ = "review_clauses"

    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"), primary_key=True)
    clause: Mapped[str] = mapped_column(String(200), primary_key=True)

    __table_args__ = (Index("ix_review_clauses_clause", "clause"),)


class ClauseCountRow(Base):
    """How many reviews a clause triggers in now: `review_clauses` counted as it changes."""

    __tablename__ = "clause_counts"

    clause: Mapped[str] = mapped_column(String(200), primary_key=True)
    reviews: Mapped[int] = mapped_column(Integer)


class ConditionRow(Base):
    """A condition of approval recorded with a decision, and its follow-up."""

    __tablename__ = "conditions"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"))
    revision: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    answers: Mapped[str] = mapped_column(String(300), default="")
    owner: Mapped[str | None] = mapped_column(String(300))
    due_date: Mapped[str | None] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(20), default="open")
    evidence_pk: Mapped[int | None] = mapped_column(ForeignKey("attachments.pk"))
    reason: Mapped[str | None] = mapped_column(Text)
    closed_by: Mapped[str | None] = mapped_column(String(500))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("review_pk", "revision", "number", name="uq_conditions_number"),
        Index("ix_conditions_status_due", "status", "due_date"),
    )


class ObligationMarkRow(Base):
    """How one obligation stands on one revision: met or not applicable, with why and proof."""

    __tablename__ = "obligation_marks"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"))
    revision: Mapped[int] = mapped_column(Integer)
    obligation_id: Mapped[str] = mapped_column(String(100))
    state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="[]")
    marked_by: Mapped[str] = mapped_column(String(500))
    marked_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("review_pk", "revision", "obligation_id", name="uq_obligation_marks_item"),
    )


class RevisionPack(Base):
    """Which policy pack versions a revision's assessment was made against, in order."""

    __tablename__ = "revision_packs"

    revision_pk: Mapped[int] = mapped_column(ForeignKey("revisions.pk"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    pack_pk: Mapped[int] = mapped_column(ForeignKey("policy_pack_versions.pk"))


class RevisionQuestionnaireRow(Base):
    """A questionnaire a revision owes beyond the intake (the FRIA), pinned, with its answers.

    Attached when an assessment first calls for it and kept when it no longer does, so no
    answer is lost; one row per questionnaire id and revision.
    """

    __tablename__ = "revision_questionnaires"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    revision_pk: Mapped[int] = mapped_column(ForeignKey("revisions.pk"))
    questionnaire_pk: Mapped[int] = mapped_column(ForeignKey("questionnaire_versions.pk"))
    answers: Mapped[str] = mapped_column(Text, default="{}")

    questionnaire: Mapped[QuestionnaireVersion] = relationship()

    __table_args__ = (
        UniqueConstraint("revision_pk", "questionnaire_pk", name="uq_revision_questionnaires_pin"),
    )


class AttachmentRow(Base):
    """An evidence file, its bytes kept in the database."""

    __tablename__ = "attachments"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # What the file is, in the officer's words (schema 7); empty until described.
    description: Mapped[str] = mapped_column(Text, default="", server_default="")


class SignedReportRow(Base):
    """The bytes of a signed decision PDF, kept so a lost or half-written file can be rewritten."""

    __tablename__ = "signed_reports"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    review_pk: Mapped[int] = mapped_column(ForeignKey("reviews.pk"))
    revision: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    sha256: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(500))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())

    __table_args__ = (
        UniqueConstraint("review_pk", "revision", "kind", name="uq_signed_reports_revision"),
        UniqueConstraint("sha256", name="uq_signed_reports_sha256"),
    )


class AuditEventRow(Base):
    """One link of the audit hash chain; never updated or deleted."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40))
    review_id: Mapped[str | None] = mapped_column(String(36), index=True)
    detail: Mapped[str] = mapped_column(Text)
    state_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The single row naming the chain's last event; writers lock it to append in turn."""

    __tablename__ = "audit_head"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_count: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class ImportedEventRow(Base):
    """An audit event of another database, brought in by a review bundle and kept as it was.

    Its own hash and the hash of its predecessor in its home database are kept unchanged, so
    reports signed there still find their anchor here. The local `bundle-import` event at
    `import_seq` lists its hash, which puts it under this database's chain.
    """

    __tablename__ = "imported_events"

    pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    import_seq: Mapped[int] = mapped_column(ForeignKey("audit_events.seq"))
    position: Mapped[int] = mapped_column(Integer)
    review_id: Mapped[str] = mapped_column(String(36), index=True)
    source_seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(500))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    state_digest: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
