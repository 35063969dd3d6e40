"""Schema 4: audit events brought in by review bundles, kept with the hashes that chain them."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imported_events",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("import_seq", sa.Integer, sa.ForeignKey("audit_events.seq"), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("review_id", sa.String(36), nullable=False),
        sa.Column("source_seq", sa.Integer, nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor", sa.String(500), nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("state_digest", sa.String(64), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.UniqueConstraint("hash", name="uq_imported_events_hash"),
    )
    op.create_index("ix_imported_events_review_id", "imported_events", ["review_id"])


def downgrade() -> None:
    op.drop_index("ix_imported_events_review_id", "imported_events")
    op.drop_table("imported_events")
