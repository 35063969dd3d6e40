"""Write one small SQLite database per schema version to tests/reviewer/store/fixtures/.

Run `.venv/bin/python -m tests.helpers.make_store_fixtures` after adding a migration, and commit
the new file. Each fixture holds the same reviews, written by the service at head and then
taken back to the older schema by undoing, in SQL, what each later migration added.
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import date
from pathlib import Path

from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.store.schema import known_revisions
from tests.helpers.content import complete_answers, open_service
from tests.helpers.signing import make_identity

FIXTURES = Path(__file__).resolve().parent.parent / "reviewer" / "store" / "fixtures"

# What to run to take a head database back to the schema named by the key.
UNDO: dict[str, list[str]] = {
    "0001": [
        "DROP TRIGGER reviews_fts_insert",
        "DROP TRIGGER reviews_fts_delete",
        "DROP TRIGGER reviews_fts_update",
        "DROP TABLE review_fts",
        "ALTER TABLE reviews DROP COLUMN search_text",
        "UPDATE alembic_version SET version_num = '0001'",
    ],
    "0002": [],  # kept as written by schema 2; see KEEP
    "0003": [
        "DROP INDEX ix_imported_events_review_id",
        "DROP TABLE imported_events",
        "UPDATE alembic_version SET version_num = '0003'",
    ],
    "0004": [],  # kept as written by schema 4; see KEEP
    "0005": [
        "ALTER TABLE reviews DROP COLUMN answers_complete",
        "ALTER TABLE attachments DROP COLUMN description",
        "DROP TABLE revision_questionnaires",
        "UPDATE alembic_version SET version_num = '0005'",
    ],
    "0006": [
        "ALTER TABLE reviews DROP COLUMN answers_complete",
        "ALTER TABLE attachments DROP COLUMN description",
        "UPDATE alembic_version SET version_num = '0006'",
    ],
    "0007": [
        "ALTER TABLE reviews DROP COLUMN answers_complete",
        "UPDATE alembic_version SET version_num = '0007'",
    ],
    "0008": [],
}

# Fixtures written by the Reviewer of their day; never regenerated, since they stand for real
# databases of that schema.
KEEP = {"0001", "0002", "0003", "0004"}


def _fill(path: Path) -> None:
    """Write three reviews in different states through the service."""
    with open_service(f"sqlite:///{path}", actor="fixture") as service:
        a = service.create_review("Vidéoprotection", "Mairie", complete_answers())
        service.set_answer(a.review.id, "users", 5000)
        b = service.create_review("Tri des dossiers", "Hôpital", complete_answers(sector="health"))
        identity = _identity(path.parent)
        service.decide(
            b.review.id,
            Outcome.APPROVE_WITH_CONDITIONS,
            "Données protégées",
            ["DPO", ConditionDraft(text="DPIA signée", owner="DPO", due=date(2099, 12, 31))],
            decider=person_of(identity),
        )
        service.sign_decision(b.review.id, identity, path.parent / "signed.pdf")
        c = service.create_review("Reconnaissance", "Police", complete_answers(sector="police"))
        service.add_attachment(c.review.id, "note.txt", b"evidence")


def _identity(folder: Path) -> Identity:
    """Return a throwaway signing identity for the fixture's signed review."""
    made = make_identity(folder / "ids", "Fixture Officer", "officer@example.org", b"fixture")
    return load_identity(made.p12, made.passphrase)


def make(revision: str) -> Path:
    """Write the fixture for one schema revision."""
    path = FIXTURES / f"schema_{revision}.sqlite3"
    for stale in FIXTURES.glob(f"schema_{revision}.sqlite3*"):
        stale.unlink()
    _fill(path)
    with sqlite3.connect(path, isolation_level=None) as conn:
        for statement in UNDO[revision]:
            conn.execute(statement)
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    return path


def main() -> int:
    """Write every fixture."""
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for revision in known_revisions():
        if revision in KEEP:
            continue
        if revision not in UNDO:
            print(f"no recipe for schema {revision}; add one to UNDO", file=sys.stderr)
            return 1
        print(make(revision))
    return 0


if __name__ == "__main__":
    sys.exit(main())
