"""Schema 7: an evidence file can be described, in the officer's words."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.add_column(sa.Column("description", sa.Text, nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("attachments") as batch:
        batch.drop_column("description")
