"""Schema 3: the review lifecycle: references, approvers, revision states, kept signed PDFs."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _when() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch: on SQLite a batch copies the table and would drop the
    # full-text search triggers of schema 2.
    op.add_column("reviews", sa.Column("reference", sa.String(20), nullable=True))
    op.add_column("reviews", sa.Column("system", sa.String(300), nullable=False, server_default=""))
    op.add_column(
        "reviews", sa.Column("business_owner", sa.String(300), nullable=False, server_default="")
    )
    op.add_column(
        "reviews", sa.Column("approver", sa.String(300), nullable=False, server_default="")
    )
    op.add_column("reviews", sa.Column("due_date", sa.String(10), nullable=True))
    op.add_column(
        "revisions", sa.Column("state", sa.String(20), nullable=False, server_default="draft")
    )
    op.add_column("revisions", sa.Column("decider_email", sa.String(320), nullable=True))
    op.add_column("revisions", sa.Column("escalate_to", sa.String(300), nullable=True))
    op.add_column("revisions", sa.Column("closing_note", sa.Text, nullable=True))
    op.create_table(
        "signed_reports",
        sa.Column("pk", sa.Integer, primary_key=True),
        sa.Column("review_pk", sa.Integer, sa.ForeignKey("reviews.pk"), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("signer", sa.String(500), nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("recorded_at", _when(), nullable=False),
        sa.UniqueConstraint("review_pk", "revision", "kind", name="uq_signed_reports_revision"),
        sa.UniqueConstraint("sha256", name="uq_signed_reports_sha256"),
    )
    _backfill()
    op.create_index("uq_reviews_reference", "reviews", ["reference"], unique=True)
    # Reviews of schema 2 were 'submitted' or 'signed'; the lifecycle names those differently.
    op.execute("UPDATE reviews SET status = 'draft' WHERE status = 'submitted'")
    op.execute("UPDATE reviews SET status = 'awaiting-approval' WHERE status = 'signed'")
    op.execute("UPDATE revisions SET state = 'decided' WHERE outcome IS NOT NULL")
    op.execute(
        "UPDATE revisions SET state = 'awaiting-approval' WHERE signed_pdf_sha256 IS NOT NULL"
    )
    _record_upgrade()


def _backfill() -> None:
    """Give every existing review a reference, numbered per year in order of creation."""
    bind = op.get_bind()
    rows = bind.execute(sa.text("SELECT pk, created_at FROM reviews ORDER BY created_at, pk"))
    counters: dict[str, int] = {}
    for pk, created in rows.all():
        year = str(created)[:4]
        counters[year] = counters.get(year, 0) + 1
        bind.execute(
            sa.text("UPDATE reviews SET reference = :ref WHERE pk = :pk"),
            {"ref": f"R-{year}-{counters[year]:04d}", "pk": pk},
        )


_STATE_SQL = (
    "SELECT r.pk, r.id, r.reference, r.title, r.organisation, r.system, r.business_owner, "
    "r.approver, r.due_date, r.status, r.verdict, r.search_text, v.number, v.state, "
    "q.sha256, v.answers, v.assessment, v.outcome, v.rationale, v.conditions, v.decided_by, "
    "v.decided_at, v.decider_email, v.escalate_to, v.closing_note, v.signed_pdf_sha256, "
    "v.signed_by, v.signed_at "
    "FROM reviews r JOIN revisions v ON v.review_pk = r.pk AND v.number = r.current_revision "
    "JOIN questionnaire_versions q ON q.pk = v.questionnaire_pk ORDER BY r.pk"
)
_STATE_KEYS = (
    "pk",
    "id",
    "reference",
    "title",
    "organisation",
    "system",
    "business_owner",
    "approver",
    "due_date",
    "status",
    "verdict",
    "search_text",
    "revision",
    "state",
    "questionnaire",
    "answers",
    "assessment",
    "outcome",
    "rationale",
    "conditions",
    "decided_by",
    "decided_at",
    "decider_email",
    "escalate_to",
    "closing_note",
    "signed_pdf_sha256",
    "signed_by",
    "signed_at",
)


def _record_upgrade() -> None:
    """Append one audit event per review recording its state as schema 3 digests it.

    Schema 3 digests more of a review (reference, verdict, status, search text), so without
    this event every review written before the upgrade would fail the audit check.
    """
    from reviewer.canonical import canonical_json
    from reviewer.store.audit import event_hash
    from reviewer.store.repository import digest_of_state

    bind = op.get_bind()
    head = bind.execute(sa.text("SELECT event_count, last_seq, last_hash FROM audit_head")).first()
    if head is None:
        return
    count, seq, last = int(head[0]), int(head[1]), str(head[2])
    hashes: dict[int, list[str]] = {}
    for review_pk, sha in bind.execute(
        sa.text("SELECT review_pk, sha256 FROM attachments ORDER BY pk")
    ):
        hashes.setdefault(int(review_pk), []).append(str(sha))
    at = datetime.now(UTC).isoformat(timespec="microseconds")
    detail = canonical_json({"schema": "0003"})
    for row in bind.execute(sa.text(_STATE_SQL)).all():
        values = dict(zip(_STATE_KEYS, row, strict=True))
        digest = digest_of_state(values, hashes.get(int(values["pk"]), []))
        seq += 1
        count += 1
        own = event_hash(at, "reviewer", "schema-upgrade", values["id"], detail, digest, last)
        bind.execute(
            sa.text(
                "INSERT INTO audit_events (seq, at, actor, kind, review_id, detail, "
                "state_digest, prev_hash, hash) VALUES (:seq, :at, 'reviewer', "
                "'schema-upgrade', :review, :detail, :digest, :prev, :hash)"
            ),
            {
                "seq": seq,
                "at": at,
                "review": values["id"],
                "detail": detail,
                "digest": digest,
                "prev": last,
                "hash": own,
            },
        )
        last = own
    bind.execute(
        sa.text("UPDATE audit_head SET event_count = :c, last_seq = :s, last_hash = :h"),
        {"c": count, "s": seq, "h": last},
    )


def downgrade() -> None:
    op.drop_table("signed_reports")
    with op.batch_alter_table("revisions") as batch:
        for column in ("state", "decider_email", "escalate_to", "closing_note"):
            batch.drop_column(column)
    op.drop_index("uq_reviews_reference", "reviews")
    with op.batch_alter_table("reviews") as batch:
        for column in ("reference", "system", "business_owner", "approver", "due_date"):
            batch.drop_column(column)
