"""Schema 2: full-text search (SQLite FTS5 folding diacritics, PostgreSQL tsvector)."""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from reviewer.store.search import search_document, text_question_ids

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

_SQLITE_FTS = [
    "CREATE VIRTUAL TABLE review_fts USING fts5("
    "search_text, content='reviews', content_rowid='pk', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER reviews_fts_insert AFTER INSERT ON reviews BEGIN "
    "INSERT INTO review_fts(rowid, search_text) VALUES (new.pk, new.search_text); END",
    "CREATE TRIGGER reviews_fts_delete AFTER DELETE ON reviews BEGIN "
    "INSERT INTO review_fts(review_fts, rowid, search_text) "
    "VALUES ('delete', old.pk, old.search_text); END",
    "CREATE TRIGGER reviews_fts_update AFTER UPDATE OF search_text ON reviews BEGIN "
    "INSERT INTO review_fts(review_fts, rowid, search_text) "
    "VALUES ('delete', old.pk, old.search_text); "
    "INSERT INTO review_fts(rowid, search_text) VALUES (new.pk, new.search_text); END",
]


def upgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("search_text", sa.Text, nullable=False, server_default=""))
    _backfill()
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in _SQLITE_FTS:
            op.execute(statement)
        op.execute("INSERT INTO review_fts(review_fts) VALUES ('rebuild')")
    else:
        op.create_index(
            "ix_reviews_search",
            "reviews",
            [sa.text("to_tsvector('simple', search_text)")],
            postgresql_using="gin",
        )


def _backfill() -> None:
    """Fill search_text for reviews written by schema 1."""
    bind = op.get_bind()
    rows = bind.execute(
        sa.text(
            "SELECT r.pk, r.title, r.organisation, v.answers, v.rationale, q.body "
            "FROM reviews r JOIN revisions v ON v.review_pk = r.pk "
            "AND v.number = r.current_revision "
            "JOIN questionnaire_versions q ON q.pk = v.questionnaire_pk"
        )
    ).all()
    kinds: dict[str, set[str]] = {}
    for pk, title, organisation, answers, rationale, body in rows:
        text_ids = kinds.get(body)
        if text_ids is None:
            text_ids = kinds[body] = text_question_ids(json.loads(body))
        document = search_document(title, organisation, json.loads(answers), text_ids, rationale)
        bind.execute(
            sa.text("UPDATE reviews SET search_text = :text WHERE pk = :pk"),
            {"text": document, "pk": pk},
        )


def downgrade() -> None:
    raise NotImplementedError("Reviewer never downgrades a database")
