"""The Overview's counts and series match what the lists show, on both databases."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from reviewer.followup import ConditionStatus
from reviewer.overview import Bar
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.report.model import Person
from reviewer.service import ReviewService
from tests.helpers.content import OFFICER, complete_answers, open_service
from tests.helpers.portfolio import seed_portfolio
from tests.helpers.signing import ThrowawayIdentity

FIXTURES = Path(__file__).parent.parent / "store" / "fixtures"


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def test_counts_and_series_follow_the_store(
    service: ReviewService,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    seeded = seed_portfolio(service, reviewer_identity, approver_identity, tmp_path)
    me, waiting, today = seeded.approver, seeded.waiting, seeded.today

    counts = service.overview_counts(me)
    assert counts.awaiting_my_approval == 1
    assert service.overview_counts(OFFICER).awaiting_my_approval == 0
    assert counts.awaiting_decision == 1
    assert (counts.overdue_conditions, counts.suspended, counts.due_for_re_review) == (0, 0, 1)
    later = service.overview_counts(me, as_of=today + timedelta(days=21))
    assert (later.overdue_conditions, later.suspended, later.due_for_re_review) == (1, 1, 0)
    assert later.suspended == service.count_reviews(
        ReviewQuery(suspended=True, as_of=today + timedelta(days=21))
    )

    series = service.overview_series()
    month = f"{today:%Y-%m}"
    assert {(b.month, b.verdict, b.count) for b in series.verdicts_by_month} == {
        (month, "MINIMAL", 1),
        (month, "HIGH", 1),
        (month, "LIMITED", 1),
    }
    assert series.decisions_by_outcome == [
        Bar(label="approve", count=1),
        Bar(label="approve-with-conditions", count=1),
    ]
    assert series.top_clauses == [
        Bar(label="test-pack:health-data", count=1),
        Bar(label="test-pack:large-scale", count=1),
    ]
    assert series.conditions_by_status == [Bar(label=ConditionStatus.OPEN.value, count=1)]
    service.close_condition(f"{waiting}/C1", waive="merged into the DPIA")
    assert service.overview_series().conditions_by_status == [Bar(label="waived", count=1)]


def test_top_clauses_follow_a_changed_answer(service: ReviewService) -> None:
    ref = service.create_review("T", "O", complete_answers(sector="health")).review.reference
    assert [b.label for b in service.overview_series().top_clauses] == ["test-pack:health-data"]
    service.set_answer(ref, "sector", "retail")
    assert service.overview_series().top_clauses == []
    assert service.get_review(ref).summary.status is ReviewStatus.DRAFT
    assert service.overview_counts(Person(name="Nobody")).awaiting_decision == 1


def test_migrating_schema_3_lists_the_clauses_of_existing_reviews(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "schema_0003.sqlite3", path)
    with open_service(str(path)) as service:
        labels = {b.label for b in service.overview_series(months=120).top_clauses}
        assert labels == {"test-pack:large-scale", "test-pack:health-data"}
        assert service.check().ok
