"""The first page of the review list, read with the standard library's sqlite3 alone.

The desktop app shows this page while SQLAlchemy, Alembic and the models are still being
imported (that alone takes longer than drawing a window). It is read from the live database
file, never from a copy, so there is one source of truth: the rows are the ones the store's
own query (`reviewer.store.listing`) returns for the default order, and a test proves the two
agree. Anything unusual (another schema version, a locked or damaged file, a server database)
gives None, and the caller waits for the store instead.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NamedTuple

from reviewer.review_status import ReviewStatus
from reviewer.severity import Verdict, VerdictReading

SCHEMA_REVISION = "0008"
"""The schema the query below is written for; a test keeps it equal to the store's head."""
BUSY_TIMEOUT_S = 0.2
LEFT_TO_THE_STORE = frozenset({"suspension"})
"""Summary fields not read here: the reason a review is suspended is worded by the follow-up
rules (reviewer.followup), which need the domain. Whether it is suspended is read (the
`suspended` flag), with the SQL rule of `reviewer.store.suspension`; a test keeps the two equal."""
# reviewer.store.suspension's rule, written out: an approved review whose current revision's
# re-review date, or an open condition of that revision, lapsed before today.
_SUSPENDED = (
    "(r.status = 'approved' AND ("
    " EXISTS (SELECT 1 FROM revisions v WHERE v.review_pk = r.pk"
    " AND v.number = r.current_revision AND v.next_review < :today)"
    " OR EXISTS (SELECT 1 FROM conditions c WHERE c.review_pk = r.pk"
    " AND c.revision = r.current_revision AND c.status = 'open' AND c.due_date < :today)))"
)
_COLUMNS = (
    "r.id, r.reference, r.title, r.organisation, r.status, r.verdict, r.current_revision,"
    " r.version, r.created_at, r.updated_at, r.system, r.business_owner, r.approver,"
    f" r.due_date, r.answers_complete, {_SUSPENDED}"
)
# The store's default order (ReviewQuery: newest update first, the row key breaking ties).
_FIRST_PAGE = (
    f"SELECT {_COLUMNS} FROM reviews AS r ORDER BY r.updated_at DESC, r.pk DESC LIMIT :limit"
)


# Named tuples rather than dataclasses: they are built without generating code, and this
# module is imported before the window's first paint.
class FirstPageRow(NamedTuple):
    """One line of the review list, with the fields of `reviewer.records.ReviewSummary`.

    All but those in LEFT_TO_THE_STORE, which the domain's rules word; `suspended` says
    whether the summary's `suspension` is set.
    """

    id: str
    reference: str
    title: str
    organisation: str
    status: ReviewStatus
    verdict: Verdict | None
    revision: int
    version: int
    created_at: datetime
    updated_at: datetime
    system: str
    business_owner: str
    approver: str
    due_date: date | None
    answers_complete: bool
    """Every required answer given; until then the verdict is provisional (`reading`)."""
    suspended: bool
    """Approved, but its re-review or a condition has lapsed (the summary's `suspension`)."""

    @property
    def reading(self) -> VerdictReading | None:
        """Return the verdict as it may be shown, as `ReviewSummary.reading` does."""
        if self.verdict is None:
            return None
        return VerdictReading.of(self.verdict, self.answers_complete)


class FirstPage(NamedTuple):
    """The first rows of the review list in the default order, and how many reviews there are."""

    total: int
    rows: tuple[FirstPageRow, ...]


def read_first_page(path: Path, limit: int, today: date | None = None) -> FirstPage | None:
    """Read the first `limit` reviews of an SQLite database file; None when that cannot be done.

    The file is opened read-only, so a missing file is never created. None means "ask the
    store": no such file, another schema revision, a locked, damaged or foreign file.
    Suspensions are judged on `today` (by default today in UTC, as the store judges them).
    """
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S
        )
    except sqlite3.Error:
        return None
    try:
        return _read(connection, limit, today or datetime.now(UTC).date())
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, limit: int, today: date) -> FirstPage | None:
    """Read the page in one read transaction, after checking the schema revision."""
    connection.execute("BEGIN")  # the count and the rows come from the same snapshot
    revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    if revision != [(SCHEMA_REVISION,)]:
        return None
    (total,) = connection.execute("SELECT count(*) FROM reviews").fetchone()
    arguments = {"limit": max(1, limit), "today": today.isoformat()}
    rows = tuple(_row(r) for r in connection.execute(_FIRST_PAGE, arguments))
    connection.rollback()
    return FirstPage(total=int(total), rows=rows)


def _row(row: tuple[object, ...]) -> FirstPageRow:
    """Turn one result row into a FirstPageRow, as the store's summary_of does."""
    (
        id_,
        reference,
        title,
        organisation,
        status,
        verdict,
        revision,
        version,
        created_at,
        updated_at,
        system,
        business_owner,
        approver,
        due_date,
        answers_complete,
        suspended,
    ) = row
    return FirstPageRow(
        id=str(id_),
        reference=str(reference),
        title=str(title),
        organisation=str(organisation),
        status=ReviewStatus(str(status)),
        verdict=Verdict(str(verdict)) if verdict else None,
        revision=int(str(revision)),
        version=int(str(version)),
        created_at=_utc(created_at),
        updated_at=_utc(updated_at),
        system=str(system or ""),
        business_owner=str(business_owner or ""),
        approver=str(approver or ""),
        due_date=date.fromisoformat(str(due_date)) if due_date else None,
        answers_complete=bool(answers_complete),
        suspended=bool(suspended),
    )


def _utc(value: object) -> datetime:
    """Read a timestamp as SQLAlchemy stores it on SQLite (naive, in UTC)."""
    moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
