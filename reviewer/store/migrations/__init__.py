"""Alembic migrations shipped inside the package; run by reviewer.store.schema."""
