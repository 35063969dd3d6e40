"""Schema 1: reviews, revisions, pinned content versions, attachments and the audit chain."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

GENESIS = "0" * 64


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "questionnaire_versions",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("questionnaire_id", sa.String(100), nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("stored_at", _when(), nullable=False),
    )
    op.create_table(
        "policy_pack_versions",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("stored_at", _when(), nullable=False),
    )
    op.create_table(
        "reviews",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("id", sa.String(36), nullable=False, unique=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("organisation", sa.String(300), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("verdict", sa.String(20), nullable=True),
        sa.Column("current_revision", sa.Integer, nullable=False),
        sa.Column("created_at", _when(), nullable=False),
        sa.Column("updated_at", _when(), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_index("ix_reviews_updated", "reviews", ["updated_at", "pk"])
    op.create_index("ix_reviews_status_updated", "reviews", ["status", "updated_at"])
    op.create_index("ix_reviews_verdict_updated", "reviews", ["verdict", "updated_at"])
    op.create_table(
        "revisions",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column(
            "questionnaire_pk",
            sa.Integer,
            sa.ForeignKey("questionnaire_versions.pk"),
            nullable=False,
        ),
        sa.Column("answers", sa.Text, nullable=False),
        sa.Column("assessment", sa.Text, nullable=True),
        sa.Column("verdict", sa.String(20), nullable=True),
        sa.Column("assessed_at", _when(), nullable=True),
        sa.Column("outcome", sa.String(40), nullable=True),
        sa.Column("rationale", sa.Text, nullable=True),
        sa.Column("conditions", sa.Text, nullable=True),
        sa.Column("decided_by", sa.String(200), nullable=True),
        sa.Column("decided_at", _when(), nullable=True),
        sa.Column("signed_pdf_sha256", sa.String(64), nullable=True),
        sa.Column("signed_by", sa.String(500), nullable=True),
        sa.Column("signed_at", _when(), nullable=True),
        sa.Column("created_at", _when(), nullable=False),
        sa.UniqueConstraint("review_pk", "number"),
    )
    op.create_table(
        "revision_packs",
        sa.Column("revision_pk", sa.Integer, sa.ForeignKey("revisions.pk"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("pack_pk", sa.Integer, sa.ForeignKey("policy_pack_versions.pk"), nullable=False),
    )
    op.create_table(
        "attachments",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("media_type", sa.String(255), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", _when(), nullable=False),
    )
    op.create_index("ix_attachments_review_pk", "attachments", ["review_pk"])
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("review_id", sa.String(36), nullable=True),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("state_digest", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
    )
    op.create_index("ix_audit_events_review_id", "audit_events", ["review_id"])
    head = op.create_table(
        "audit_head",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("event_count", sa.Integer, nullable=False),
        sa.Column("last_seq", sa.Integer, nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
    )
    op.bulk_insert(head, [{"pk": 1, "event_count": 0, "last_seq": 0, "last_hash": GENESIS}])


def downgrade() -> None:
    raise NotImplementedError("Reviewer never downgrades a database")
