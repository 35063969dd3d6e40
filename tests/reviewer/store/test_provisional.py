"""The review list reads a verdict as provisional until the required answers are complete.

The store keeps `reviews.answers_complete` beside the verdict (schema 8): written with every
assessment, recomputed for imported and pushed reviews, backfilled for older databases, and
checked against the recorded assessment by `check()`.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from reviewer.records import ReviewQuery, ReviewSummary, SortKey
from reviewer.service import ReviewService
from reviewer.severity import Standing, Verdict, VerdictReading
from reviewer.store.bundle_rows import Arrival
from tests.helpers.content import complete_answers, open_service
from tests.helpers.make_store_fixtures import UNDO

FIXTURES = Path(__file__).parent / "fixtures"
BLANK: dict[str, object] = {}
PROHIBITED_UNFINISHED = {"sector": "police", "biometric": True}  # "purpose" is required
INCOMPLETE = VerdictReading(Standing.INCOMPLETE, None)
AT_LEAST_PROHIBITED = VerdictReading(Standing.AT_LEAST, Verdict.PROHIBITED)


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    """Open a store holding a blank draft, an unfinished prohibited draft and a complete one."""
    with open_service(database_url) as svc:
        svc.create_review("Blank", "Org", BLANK)
        svc.create_review("Prohibited so far", "Org", PROHIBITED_UNFINISHED)
        svc.create_review("Complete", "Org", complete_answers(sector="health"))
        yield svc


def listed(service: ReviewService, **query: object) -> dict[str, ReviewSummary]:
    """Return the listed reviews by title."""
    rows = service.list_reviews(ReviewQuery(**query))  # type: ignore[arg-type]
    return {row.title: row for row in rows}


def readings(service: ReviewService) -> dict[str, VerdictReading | None]:
    """Return how the list reads each review's verdict, by title."""
    return {title: row.reading for title, row in listed(service).items()}


EXPECTED = {
    "Blank": INCOMPLETE,
    "Prohibited so far": AT_LEAST_PROHIBITED,
    "Complete": VerdictReading(Standing.FINAL, Verdict.HIGH),
}


def test_a_draft_lists_provisional_until_its_answers_are_complete(service: ReviewService) -> None:
    rows = listed(service)
    assert readings(service) == EXPECTED
    assert rows["Blank"].verdict is Verdict.MINIMAL  # stored as assessed, read as incomplete
    assert rows["Blank"].reading is not None and rows["Blank"].reading.label == "Incomplete"
    assert rows["Prohibited so far"].reading == AT_LEAST_PROHIBITED
    assert AT_LEAST_PROHIBITED.label == "At least: Prohibited"

    service.set_answer(rows["Prohibited so far"].id, "purpose", "Match faces on bodycams")
    service.set_answer(rows["Blank"].id, "purpose", "Sort letters")
    assert readings(service)["Blank"] == INCOMPLETE  # "sector" is still missing
    service.set_answer(rows["Blank"].id, "sector", "retail")
    assert readings(service) == {
        "Blank": VerdictReading(Standing.FINAL, Verdict.MINIMAL),
        "Prohibited so far": VerdictReading(Standing.FINAL, Verdict.PROHIBITED),
        "Complete": VerdictReading(Standing.FINAL, Verdict.HIGH),
    }
    assert service.check().ok


def test_the_detail_and_the_list_agree(service: ReviewService) -> None:
    for row in listed(service).values():
        assessment = service.get_review(row.id).current.assessment
        assert assessment is not None
        assert row.reading == assessment.reading


def test_verdict_sort_reads_an_incomplete_verdict_as_no_verdict(service: ReviewService) -> None:
    order = [r.title for r in service.list_reviews(ReviewQuery(sort=SortKey.VERDICT))]
    assert order == ["Prohibited so far", "Complete", "Blank"]
    ascending = service.list_reviews(ReviewQuery(sort=SortKey.VERDICT, descending=False))
    assert [r.title for r in ascending] == ["Blank", "Complete", "Prohibited so far"]


def test_filtering_by_verdict_filters_the_stored_verdict(service: ReviewService) -> None:
    assert set(listed(service, verdict=Verdict.PROHIBITED)) == {"Prohibited so far"}
    assert set(listed(service, verdict=Verdict.MINIMAL)) == {"Blank"}


def test_a_flag_changed_outside_reviewer_fails_the_check(
    service: ReviewService, database_url: str
) -> None:
    engine = create_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE reviews SET answers_complete = :flag WHERE title = 'Blank'"),
                {"flag": True},
            )
    finally:
        engine.dispose()
    assert readings(service)["Blank"] == VerdictReading(Standing.FINAL, Verdict.MINIMAL)
    assert not service.check().ok
    report = service.verify_audit()  # `reviewer audit verify`
    assert not report.ok
    assert report.problem is not None
    assert "'Blank'" in report.problem
    assert "marked as having its required answers complete" in report.problem


def test_a_bundle_carries_the_reading_new_and_updated(
    service: ReviewService, database_url: str, tmp_path: Path
) -> None:
    bundle = tmp_path / "review.reviewer"
    rows = listed(service)
    with open_service(f"sqlite:///{tmp_path / 'desk.sqlite3'}", actor="bob") as desk:
        for title in EXPECTED:
            service.export_bundle(rows[title].id, bundle)
            assert desk.import_bundle(bundle).arrival is Arrival.NEW
        assert readings(desk) == EXPECTED
        assert desk.check().ok

        service.set_answer(rows["Prohibited so far"].id, "purpose", "Match faces")
        service.export_bundle(rows["Prohibited so far"].id, bundle)
        assert desk.import_bundle(bundle).arrival is Arrival.UPDATED
        assert readings(desk)["Prohibited so far"] == VerdictReading(
            Standing.FINAL, Verdict.PROHIBITED
        )
        assert desk.check().ok


def test_a_push_carries_the_reading(tmp_path: Path, database_url: str) -> None:
    with open_service(f"sqlite:///{tmp_path / 'laptop.sqlite3'}") as laptop:
        laptop.create_review("Blank", "Org", BLANK)
        laptop.create_review("Prohibited so far", "Org", PROHIBITED_UNFINISHED)
        laptop.create_review("Complete", "Org", complete_answers(sector="health"))
        report = laptop.push_reviews(database_url)
        assert len(report.sent) == 3
    with open_service(database_url) as team:
        assert readings(team) == EXPECTED
        assert team.check().ok


def _head_database_taken_back_to_0007(path: Path) -> None:
    """Write the three reviews at head, then undo schema 8 as the fixture recipe does."""
    with open_service(f"sqlite:///{path}") as svc:
        svc.create_review("Blank", "Org", BLANK)
        svc.create_review("Prohibited so far", "Org", PROHIBITED_UNFINISHED)
        svc.create_review("Complete", "Org", complete_answers(sector="health"))
    with sqlite3.connect(path, isolation_level=None) as connection:
        for statement in UNDO["0007"]:
            connection.execute(statement)
        columns = [row[1] for row in connection.execute("PRAGMA table_info(reviews)")]
    assert "answers_complete" not in columns


def test_migration_backfills_the_flag_from_the_answers(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    _head_database_taken_back_to_0007(path)
    with open_service(f"sqlite:///{path}") as svc:
        assert svc.store.schema().current == "0008"
        assert readings(svc) == EXPECTED
        assert svc.check().ok  # no digest changed


@pytest.mark.parametrize("revision", ["0001", "0004", "0007"])
def test_old_fixtures_migrate_to_final_verdicts(revision: str, tmp_path: Path) -> None:
    # The fixtures' reviews all answer every required question, decided or not.
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / f"schema_{revision}.sqlite3", path)
    with open_service(f"sqlite:///{path}") as svc:
        rows = svc.list_reviews()
        assert len(rows) == 3
        assert all(r.answers_complete for r in rows)
        assert {r.reading.standing for r in rows if r.reading} == {Standing.FINAL}
        assert svc.check().ok
