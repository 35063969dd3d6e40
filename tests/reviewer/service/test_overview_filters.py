"""Each Overview count and bar has a list filter that finds the very reviews it counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from reviewer.decision import Outcome
from reviewer.followup import ConditionStatus
from reviewer.records import ReviewQuery
from reviewer.report.model import Person
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from tests.helpers.content import open_service
from tests.helpers.portfolio import seed_portfolio
from tests.helpers.signing import ThrowawayIdentity


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def _titles(service: ReviewService, query: ReviewQuery) -> set[str]:
    """Return the titles the list shows for a query, checking the count agrees."""
    found = {s.title for s in service.list_reviews(query)}
    assert service.count_reviews(query) == len(found)
    assert {r.title for r in service.register(query, as_of=query.as_of)} == found
    return found


def test_every_count_and_bar_opens_the_reviews_it_counted(
    service: ReviewService,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    seeded = seed_portfolio(service, reviewer_identity, approver_identity, tmp_path)
    me, waiting, today = seeded.approver, seeded.waiting, seeded.today

    names = [me.name, me.email or ""]
    counts = service.overview_counts(me)
    assert _titles(service, ReviewQuery(awaiting_approval_by=names)) == {"Signed"}
    assert counts.awaiting_my_approval == 1
    assert _titles(service, ReviewQuery(awaiting_approval_by=["someone else"])) == set()
    assert _titles(service, ReviewQuery(awaiting_decision=True)) == {"Draft"}
    assert _titles(service, ReviewQuery(re_review_within=30)) == {"Approved"}
    assert _titles(service, ReviewQuery(re_review_within=10)) == set()
    later = today + timedelta(days=21)
    assert _titles(service, ReviewQuery(overdue_conditions=True)) == set()
    assert _titles(service, ReviewQuery(overdue_conditions=True, as_of=later)) == {"Signed"}
    assert service.overview_counts(me, as_of=later).overdue_conditions == 1

    series = service.overview_series()
    for bar in series.decisions_by_outcome:
        query = ReviewQuery(outcome=Outcome(bar.label))
        assert service.count_reviews(query) == bar.count
    assert _titles(service, ReviewQuery(outcome=Outcome.APPROVE)) == {"Approved"}
    for bar in series.top_clauses:
        assert service.count_reviews(ReviewQuery(clause=bar.label)) == bar.count
    assert _titles(service, ReviewQuery(clause="test-pack:health-data")) == {"Signed"}
    for month_bar in series.verdicts_by_month:
        query = ReviewQuery(verdict=Verdict(month_bar.verdict), created_month=month_bar.month)
        assert service.count_reviews(query) == month_bar.count
    last_year = f"{today.year - 1:04d}-{today.month:02d}"
    assert _titles(service, ReviewQuery(created_month=last_year)) == set()
    for bar in series.conditions_by_status:
        query = ReviewQuery(condition_status=ConditionStatus(bar.label))
        assert service.count_reviews(query) == bar.count
    service.close_condition(f"{waiting}/C1", waive="merged into the DPIA")
    assert _titles(service, ReviewQuery(condition_status=ConditionStatus.WAIVED)) == {"Signed"}
    assert _titles(service, ReviewQuery(condition_status=ConditionStatus.OPEN)) == set()
    assert service.overview_counts(Person(name="Nobody")).awaiting_my_approval == 0


def test_a_month_must_read_yyyy_mm() -> None:
    with pytest.raises(ValidationError, match="created_month"):
        ReviewQuery(created_month="2026-13")
