"""Schema 8: a review row says whether its required answers are complete.

The review list shows an unfinished draft's verdict as provisional ("Incomplete", "At least:
High"), which needs the flag without reading each assessment. Every existing review gets it
from its current revision's stored assessment, the one its verdict column was taken from:
complete when that assessment lists no required question unanswered (decided and approved
reviews included: whatever their answers say). The flag is derived from digested data and is
not itself in the audit digest, so every review keeps its digest.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from reviewer.store.completeness import answers_complete

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_BATCH = 500
_REVIEWS = sa.table(
    "reviews", sa.column("pk", sa.Integer), sa.column("answers_complete", sa.Boolean)
)


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch: a batch would copy the table on SQLite.
    op.add_column(
        "reviews",
        sa.Column("answers_complete", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    _backfill()


def _backfill() -> None:
    """Mark complete every review whose current assessment has no required answer missing."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT r.pk, v.assessment FROM reviews r JOIN revisions v "
            "ON v.review_pk = r.pk AND v.number = r.current_revision "
            "WHERE v.assessment IS NOT NULL"
        )
    )
    # Streamed: only the keys of complete reviews are kept, never every assessment at once.
    complete = [pk for pk, assessment in rows if answers_complete(assessment)]
    for start in range(0, len(complete), _BATCH):
        chunk = complete[start : start + _BATCH]
        bind.execute(
            sa.update(_REVIEWS).where(_REVIEWS.c.pk.in_(chunk)).values(answers_complete=True)
        )


def downgrade() -> None:
    op.drop_column("reviews", "answers_complete")
