"""Each Overview count and bar has a list filter that finds the very reviews it counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft, ConditionStatus
from reviewer.records import ReviewQuery
from reviewer.report.model import Person
from reviewer.service import NewReview, ReviewService
from reviewer.service.signing import person_of
from reviewer.severity import Verdict
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from tests.helpers.content import complete_answers, open_service
from tests.helpers.signing import ThrowawayIdentity

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Read today's date as each test starts: a run that crosses midnight compares one day."""
    global TODAY
    TODAY = date.today()


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
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    officer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    me = person_of(approver)
    service.create_review("Draft", "A", complete_answers())
    waiting = service.create_review(
        "Signed", "B", complete_answers(sector="health"), NewReview(approver=me.email or "")
    ).review.reference
    due = ConditionDraft(text="DPIA", owner="DPO", due=TODAY + timedelta(days=5))
    service.decide(
        waiting, Outcome.APPROVE_WITH_CONDITIONS, "ok", [due], decider=person_of(officer)
    )
    service.sign_decision(waiting, officer, tmp_path / "w.pdf")
    approved = service.create_review("Approved", "C", complete_answers(users=5000)).review
    service.decide(
        approved.reference,
        Outcome.APPROVE,
        "ok",
        decider=person_of(officer),
        next_review=TODAY + timedelta(days=20),
    )
    service.sign_decision(approved.reference, officer, tmp_path / "a.pdf")
    signed = countersign_report((tmp_path / "a.pdf").read_bytes(), approver, "a.pdf")
    service.record_countersignature(signed, "a2.pdf")

    names = [me.name, me.email or ""]
    counts = service.overview_counts(me)
    assert _titles(service, ReviewQuery(awaiting_approval_by=names)) == {"Signed"}
    assert counts.awaiting_my_approval == 1
    assert _titles(service, ReviewQuery(awaiting_approval_by=["someone else"])) == set()
    assert _titles(service, ReviewQuery(awaiting_decision=True)) == {"Draft"}
    assert _titles(service, ReviewQuery(re_review_within=30)) == {"Approved"}
    assert _titles(service, ReviewQuery(re_review_within=10)) == set()
    later = TODAY + timedelta(days=21)
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
    last_year = f"{TODAY.year - 1:04d}-{TODAY.month:02d}"
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
