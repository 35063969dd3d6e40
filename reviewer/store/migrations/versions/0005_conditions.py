"""Schema 5: conditions as records, the obligations checklist, next-review dates.

Nothing existing changes, so every review keeps its audit digest: the digest takes the new
follow-up data in only when a review has some.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch: a batch would copy the table on SQLite.
    op.add_column("revisions", sa.Column("next_review", sa.String(10), nullable=True))
    op.create_table(
        "conditions",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("answers", sa.String(300), nullable=False, server_default=""),
        sa.Column("owner", sa.String(300), nullable=True),
        sa.Column("due_date", sa.String(10), nullable=True),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("evidence_pk", sa.Integer, sa.ForeignKey("attachments.pk"), nullable=True),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("closed_by", sa.String(500), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.UniqueConstraint("review_pk", "revision", "number", name="uq_conditions_number"),
    )
    op.create_index("ix_conditions_status_due", "conditions", ["status", "due_date"])
    op.create_table(
        "obligation_marks",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("obligation_id", sa.String(100), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text, nullable=True),
        sa.Column("evidence", sa.Text, nullable=False, server_default="[]"),
        sa.Column("marked_by", sa.String(500), nullable=False),
        sa.Column("marked_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint(
            "review_pk", "revision", "obligation_id", name="uq_obligation_marks_item"
        ),
    )


def downgrade() -> None:
    op.drop_table("obligation_marks")
    op.drop_index("ix_conditions_status_due", table_name="conditions")
    op.drop_table("conditions")
    op.drop_column("revisions", "next_review")
