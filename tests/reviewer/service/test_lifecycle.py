"""The lifecycle service: every step checked, recorded once, refused from the wrong state."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from reviewer.decision import Outcome
from reviewer.errors import ImmutableRevisionError, LifecycleError, ReviewerError
from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.report.model import Person
from reviewer.service import NewReview, ReviewService
from tests.helpers.content import OFFICER, complete_answers, open_service

APPROVER = Person(name="Bob Approver", email="bob@example.org")


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def _decided(service: ReviewService, outcome: Outcome = Outcome.APPROVE) -> str:
    ref = service.create_review("T", "O", complete_answers()).review.reference
    service.decide(ref, outcome, "fine", ["c"], decider=OFFICER, escalate_to="Head of Risk")
    return ref


def test_references_count_per_year_and_are_used_to_find_reviews(service: ReviewService) -> None:
    year = date.today().year
    refs = [service.create_review(f"T{i}", "O").review.reference for i in range(3)]
    assert refs == [f"R-{year}-0001", f"R-{year}-0002", f"R-{year}-0003"]
    assert service.get_review(refs[1].lower()).summary.title == "T1"
    assert service.history(refs[2])[0].detail["reference"] == refs[2]


def test_new_review_form_keeps_system_owner_approver_and_due_date(service: ReviewService) -> None:
    due = date.today() + timedelta(days=14)
    details = NewReview(
        system="FaceMatch 4.2", business_owner="Ops", approver="bob@example.org", due_date=due
    )
    summary = service.create_review("Cameras", "City", details=details).review
    assert (summary.system, summary.business_owner, summary.approver, summary.due_date) == (
        "FaceMatch 4.2",
        "Ops",
        "bob@example.org",
        due,
    )
    with pytest.raises(ReviewerError, match=r"due date: .* is in the past"):
        service.create_review("Late", "City", details=NewReview(due_date=date(2020, 1, 1)))
    assert service.count_reviews() == 1


def test_a_decided_review_cannot_be_decided_again(service: ReviewService) -> None:
    ref = _decided(service)
    with pytest.raises(LifecycleError, match="cannot decide this review: it is decided"):
        service.decide(ref, Outcome.REJECT, "changed my mind", decider=OFFICER)
    decision = service.get_review(ref).current.decision
    assert decision is not None and decision.outcome is Outcome.APPROVE
    assert [e.kind for e in service.history(ref)] == ["create", "decide"]


def test_escalate_needs_a_named_person_and_a_signed_decision(service: ReviewService) -> None:
    ref = service.create_review("T", "O", complete_answers()).review.reference
    with pytest.raises(ReviewerError, match="needs the person it goes to"):
        service.decide(ref, Outcome.ESCALATE, "unsure", decider=OFFICER)
    service.decide(ref, Outcome.ESCALATE, "unsure", decider=OFFICER, escalate_to="Head of Risk")
    decision = service.get_review(ref).current.decision
    assert decision is not None and decision.escalate_to == "Head of Risk"
    with pytest.raises(LifecycleError, match="not yet signed"):
        service.escalate(ref, "Chief Privacy Officer", "needs a DPIA opinion")
    with pytest.raises(ReviewerError, match="name the person"):
        service.escalate(ref, "  ", "why")


def test_return_needs_a_reason_and_another_person(service: ReviewService) -> None:
    ref = _decided(service)
    with pytest.raises(LifecycleError, match="not yet signed"):
        service.return_for_changes(ref, "incomplete", approver=APPROVER)


def test_reopen_needs_a_reason_and_supersedes_the_decided_revision(
    service: ReviewService,
) -> None:
    ref = _decided(service)
    with pytest.raises(ReviewerError, match="give a reason"):
        service.reopen(ref, "   ")
    change = service.reopen(ref, "wrong user count")
    assert change.new_revision and change.review.revision == 2
    detail = service.get_review(ref)
    assert detail.current.state is ReviewStatus.DRAFT and detail.current.decision is None
    assert service.get_revision(ref, 1).state is ReviewStatus.SUPERSEDED
    assert service.get_revision(ref, 1).closing_note == "wrong user count"
    with pytest.raises(LifecycleError, match="still a draft"):
        service.reopen(ref, "again")
    assert service.check().ok


def test_drafts_cannot_be_signed_returned_or_escalated(service: ReviewService) -> None:
    ref = service.create_review("T", "O", complete_answers()).review.reference
    with pytest.raises(LifecycleError, match="still a draft"):
        service.escalate(ref, "Someone", "why")
    with pytest.raises(LifecycleError, match="still a draft"):
        service.return_for_changes(ref, "why", approver=APPROVER)


def test_list_filters_on_states_and_on_my_approvals(service: ReviewService) -> None:
    mine = service.create_review(
        "Mine", "O", complete_answers(), NewReview(approver="Bob <BOB@example.org>")
    ).review.reference
    service.create_review("Other", "O", complete_answers(), NewReview(approver="carol@x.org"))
    service.decide(mine, Outcome.APPROVE, "ok", decider=OFFICER)

    def titles(**query: object) -> set[str]:
        return {s.title for s in service.list_reviews(ReviewQuery(**query))}  # type: ignore[arg-type]

    assert titles(status=ReviewStatus.DECIDED) == {"Mine"}
    assert titles(approver="bob@example.org") == {"Mine"}
    assert titles(approver="100%_") == set()
    assert titles(status=ReviewStatus.DRAFT, approver="carol") == {"Other"}


def test_edits_to_a_decided_review_name_the_reference(service: ReviewService) -> None:
    ref = _decided(service)
    with pytest.raises(ImmutableRevisionError, match=f"review {ref} cannot be changed"):
        service.set_answer(ref, "users", 1)
