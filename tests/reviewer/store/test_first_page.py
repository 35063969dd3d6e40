"""The first page read with sqlite3 alone agrees with the store's own query, or steps aside."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft
from reviewer.records import ReviewQuery, ReviewSummary
from reviewer.service import ReviewService
from reviewer.service.first_page import FirstPageRow, first_page
from reviewer.severity import Standing, Verdict, VerdictReading
from reviewer.store import first_page as store_first_page
from reviewer.store.engine import parse_url, sqlite_path
from reviewer.store.first_page import LEFT_TO_THE_STORE
from reviewer.store.location import plain_sqlite_file, resolve_database_url
from reviewer.store.schema import HEAD_REVISION
from tests.helpers.content import OFFICER, complete_answers, open_service


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    """Open a store with reviews in several states and verdicts, some edited since."""
    with open_service(database_url) as svc:
        refs = [
            svc.create_review(f"Review {n}", f"Org {n % 3}", complete_answers()).review.reference
            for n in range(7)
        ]
        svc.set_answer(refs[2], "biometric", True)
        svc.set_answer(refs[4], "users", 5000)
        svc.decide(refs[5], Outcome.APPROVE, "fine", decider=OFFICER)
        # Suspended from SUSPENDED_FROM on: one by its re-review date, one by a condition,
        # and one approval whose dates have not lapsed then.
        svc.decide(
            refs[1], Outcome.APPROVE, "fine", decider=OFFICER, next_review=TODAY + timedelta(9)
        )
        condition = ConditionDraft(text="Notify staff", owner="HR", due=TODAY + timedelta(5))
        svc.decide(
            refs[3],
            Outcome.APPROVE,
            "with a condition",
            [condition],
            decider=OFFICER,
            next_review=TODAY + timedelta(400),
        )
        svc.decide(
            refs[6], Outcome.APPROVE, "fine", decider=OFFICER, next_review=TODAY + timedelta(400)
        )
        # Provisional verdicts: a prohibited clause fired with the purpose unanswered, and none.
        svc.create_review("Prohibited draft", "Org 8", {"sector": "police", "biometric": True})
        svc.create_review("Incomplete draft", "Org 9", {})
        path = plain_sqlite_file(database_url)
        if path is not None:  # approval needs signatures; the rule only reads the status
            with sqlite3.connect(path) as connection:
                connection.execute(
                    "UPDATE reviews SET status = 'approved' WHERE reference IN (?, ?, ?)",
                    (refs[1], refs[3], refs[6]),
                )
            connection.close()
        yield svc


TODAY = date.today()
SUSPENDED_FROM = TODAY + timedelta(30)


def _as_dicts(rows: list[ReviewSummary]) -> list[dict[str, object]]:
    return [
        {**row.model_dump(exclude=set(LEFT_TO_THE_STORE)), "suspended": row.suspension is not None}
        for row in rows
    ]


def test_a_row_carries_every_field_of_a_summary() -> None:
    # The two row types must not drift: a field added to the summary needs reading here too.
    summary_fields = [f for f in ReviewSummary.model_fields if f not in LEFT_TO_THE_STORE]
    assert list(FirstPageRow._fields) == [*summary_fields, "suspended"]
    assert set(ReviewSummary.model_fields) >= LEFT_TO_THE_STORE


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("day", [TODAY, SUSPENDED_FROM, SUSPENDED_FROM + timedelta(400)])
def test_suspended_exactly_when_the_store_says_so(
    service: ReviewService, database_url: str, day: date
) -> None:
    path = plain_sqlite_file(database_url)
    assert path is not None
    page = store_first_page.read_first_page(path, 100, today=day)
    assert page is not None
    live = service.list_reviews(ReviewQuery(limit=100, as_of=day))
    assert [row._asdict() for row in page.rows] == _as_dicts(live)
    suspended = {row.title for row in page.rows if row.suspended}
    # The rule's both halves and its "approved only" part are exercised on some day.
    expected = {
        TODAY: set(),
        SUSPENDED_FROM: {"Review 1", "Review 3"},
        # Review 5 is decided, not approved: its lapsed re-review suspends nothing.
        SUSPENDED_FROM + timedelta(400): {"Review 1", "Review 3", "Review 6"},
    }[day]
    assert suspended == expected


def test_the_query_is_written_for_the_store_head_schema() -> None:
    # A new migration fails this test until the first-page query is checked against it.
    assert store_first_page.SCHEMA_REVISION == HEAD_REVISION


@pytest.mark.parametrize("limit", [1, 3, 8, 100])
def test_same_rows_as_the_store_in_the_same_order(
    service: ReviewService, database_url: str, limit: int
) -> None:
    page = first_page(database_url, limit)
    if database_url.startswith("postgresql"):
        assert page is None  # a server is always read through the store
        return
    assert page is not None
    live = service.list_reviews(ReviewQuery(limit=limit))
    assert [row._asdict() for row in page.rows] == _as_dicts(live)
    assert page.total == service.count_reviews(ReviewQuery()) == 9
    assert page.rows[0].title == "Incomplete draft"
    assert page.rows[0].reading == live[0].reading == VerdictReading(Standing.INCOMPLETE, None)
    if limit >= 9:  # the rows compared above cover several states, verdicts and readings
        assert {r.status.value for r in page.rows} == {"draft", "decided", "approved"}
        assert len({r.verdict for r in page.rows}) >= 2
        assert page.rows[1].reading == VerdictReading(Standing.AT_LEAST, Verdict.PROHIBITED)
        assert {r.reading.standing for r in page.rows if r.reading} == set(Standing)


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_change_made_elsewhere_shows_at_once(service: ReviewService, database_url: str) -> None:
    oldest = service.list_reviews(ReviewQuery(limit=100))[-1]
    with open_service(database_url, actor="bob") as elsewhere:
        elsewhere.set_answer(oldest.id, "users", 3)
    page = first_page(database_url, 3)
    assert page is not None
    assert page.rows[0].id == oldest.id
    assert page.rows[0].version == oldest.version + 1
    assert [r._asdict() for r in page.rows] == _as_dicts(service.list_reviews(ReviewQuery(limit=3)))


def test_a_missing_file_gives_none_and_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "absent.sqlite3"
    assert first_page(f"sqlite:///{path}", 10) is None
    assert not path.exists()


def test_a_damaged_file_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    assert first_page(str(path), 10) is None


def test_a_foreign_database_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    assert first_page(str(path), 10) is None


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_another_schema_revision_gives_none(service: ReviewService, database_url: str) -> None:
    path = plain_sqlite_file(database_url)
    assert path is not None
    assert first_page(database_url, 10) is not None
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
    assert first_page(database_url, 10) is None


def test_the_same_database_as_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for url in (
        f"sqlite:///{tmp_path / 'a.sqlite3'}",
        "sqlite:///relative.sqlite3",
        str(tmp_path / "c.sqlite3"),
    ):
        resolved = resolve_database_url(url)
        assert plain_sqlite_file(resolved) == sqlite_path(parse_url(resolved))
    for url in ("sqlite://", "sqlite:///:memory:", "sqlite:///x.db?mode=ro", "postgresql://h/d"):
        assert plain_sqlite_file(url) is None
    monkeypatch.setenv("REVIEWER_DATABASE_URL", f"sqlite:///{tmp_path / 'env.sqlite3'}")
    assert plain_sqlite_file(resolve_database_url(None)) == tmp_path / "env.sqlite3"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_ties_break_as_in_the_store(service: ReviewService, database_url: str) -> None:
    path = plain_sqlite_file(database_url)
    assert path is not None
    with sqlite3.connect(path) as connection:  # several reviews changed in the same instant
        connection.execute(
            "UPDATE reviews SET updated_at = (SELECT min(updated_at) FROM reviews) WHERE pk % 2 = 0"
        )
    page = first_page(database_url, 100)
    assert page is not None
    live = service.list_reviews(ReviewQuery(limit=100))
    assert [row.id for row in page.rows] == [row.id for row in live]
