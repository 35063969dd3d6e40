"""Schema 6: a revision can hold more questionnaires than the intake (the FRIA), each pinned.

Nothing existing changes, so every review keeps its audit digest: the digest takes a review's
extra questionnaires in only when it has some.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revision_questionnaires",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("revision_pk", sa.Integer, sa.ForeignKey("revisions.pk"), nullable=False),
        sa.Column(
            "questionnaire_pk",
            sa.Integer,
            sa.ForeignKey("questionnaire_versions.pk"),
            nullable=False,
        ),
        sa.Column("answers", sa.Text, nullable=False, server_default="{}"),
        sa.UniqueConstraint(
            "revision_pk", "questionnaire_pk", name="uq_revision_questionnaires_pin"
        ),
    )


def downgrade() -> None:
    op.drop_table("revision_questionnaires")
