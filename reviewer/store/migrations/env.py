"""Alembic environment: always handed a live connection by reviewer.store.schema."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from reviewer.store.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):  # pragma: no cover - only reachable by misuse
    raise RuntimeError("Reviewer runs migrations through reviewer.store.schema only")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
