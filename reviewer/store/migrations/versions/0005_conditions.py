"""Schema 5: conditions as records, the obligations checklist, next-review dates, clause counts.

Nothing existing changes, so every review keeps its audit digest: the digest takes the new
follow-up data in only when a review has some.
"""

from __future__ import annotations

import json

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

    op.create_table(
        "review_clauses",
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), primary_key=True),
        sa.Column("clause", sa.String(200), primary_key=True),
    )
    op.create_index("ix_review_clauses_clause", "review_clauses", ["clause"])
    _backfill_clauses()
    op.create_table(
        "clause_counts",
        sa.Column("clause", sa.String(200), primary_key=True),
        sa.Column("reviews", sa.Integer, nullable=False),
    )
    op.execute(
        "INSERT INTO clause_counts (clause, reviews) "
        "SELECT clause, count(*) FROM review_clauses GROUP BY clause"
    )
    # The Overview counts by these without loading reviews.
    op.create_index("ix_revisions_next_review", "revisions", ["next_review"])
    op.create_index("ix_revisions_outcome_state", "revisions", ["outcome", "state"])
    op.create_index("ix_revisions_state", "revisions", ["state"])
    op.create_index("ix_reviews_created_verdict", "reviews", ["created_at", "verdict"])
    op.create_index("ix_reviews_status_approver", "reviews", ["status", "approver"])


def _backfill_clauses() -> None:
    """List the triggered clauses of every review's current assessment."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT r.pk, v.assessment FROM reviews r JOIN revisions v "
            "ON v.review_pk = r.pk AND v.number = r.current_revision "
            "WHERE v.assessment IS NOT NULL"
        )
    )
    values = []
    for pk, assessment in rows.all():
        triggers = json.loads(assessment).get("triggers", [])
        clauses = sorted({f"{t['pack_id']}:{t['clause_id']}" for t in triggers})
        values += [{"pk": pk, "clause": clause} for clause in clauses]
    if values:
        bind.execute(
            sa.text("INSERT INTO review_clauses (review_pk, clause) VALUES (:pk, :clause)"),
            values,
        )


def downgrade() -> None:
    op.drop_index("ix_reviews_status_approver", table_name="reviews")
    op.drop_index("ix_reviews_created_verdict", table_name="reviews")
    op.drop_index("ix_revisions_state", table_name="revisions")
    op.drop_index("ix_revisions_outcome_state", table_name="revisions")
    op.drop_index("ix_revisions_next_review", table_name="revisions")
    op.drop_table("clause_counts")
    op.drop_index("ix_review_clauses_clause", table_name="review_clauses")
    op.drop_table("review_clauses")
    op.drop_table("obligation_marks")
    op.drop_index("ix_conditions_status_due", table_name="conditions")
    op.drop_table("conditions")
    op.drop_column("revisions", "next_review")
