"""A condition closed by a file already attached to the review (the evidence table's link)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.followup import ConditionDraft, ConditionError, ConditionStatus
from reviewer.service import ReviewService
from tests.helpers.content import OFFICER, complete_answers, open_service


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url, obligations=True) as svc:
        yield svc


def test_an_attached_file_closes_a_condition_once(service: ReviewService) -> None:
    ref = service.create_review("Triage", "Clinic", complete_answers()).review.reference
    attachment, _change = service.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
    due = ConditionDraft(text="Run the DPIA", owner="DPO", due=date.today() + timedelta(days=9))
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", [due], decider=OFFICER)
    with pytest.raises(ReviewerError, match="has no attachment 999"):
        service.close_condition_with_attachment(f"{ref}/C1", 999)
    assert service.conditions(ref)[0].status is ConditionStatus.OPEN
    done = service.close_condition_with_attachment(f"{ref}/C1", attachment.id)
    assert (done.status, done.evidence) == (ConditionStatus.DONE, attachment.id)
    assert service.attachment_bytes(ref, attachment.id) == b"%PDF-1.7 dpia"
    assert [e.detail.get("status") for e in service.history(ref) if "condition" in e.detail] == [
        "done"
    ]
    with pytest.raises(ConditionError, match="already done"):
        service.close_condition_with_attachment(f"{ref}/C1", attachment.id)
