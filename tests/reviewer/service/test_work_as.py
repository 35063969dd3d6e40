"""Working as a person: events name "Name <email>", and keep the OS login beside it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reviewer.report.model import Person
from reviewer.service import ReviewService
from reviewer.store.audit import current_user
from tests.helpers.content import open_service

ZOE = Person(name="Zoé Officer", email="zoe@example.org", organisation="Acme", role="Officer")


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def test_events_name_the_person_at_work_and_keep_the_login(service: ReviewService) -> None:
    """After work_as, a new review and an answer are recorded under the person, with the login."""
    service.work_as(ZOE)
    ref = service.create_review("Chat assistant", "Acme").review.reference
    service.set_answer(ref, "sector", "retail")
    events = service.history(ref)
    assert [e.actor for e in events] == ["Zoé Officer <zoe@example.org>"] * len(events)
    assert all(e.detail["machine_account"] == current_user() for e in events)
    assert service.verify_audit().ok


def test_without_a_person_events_name_the_login_alone(service: ReviewService) -> None:
    """By default (and after work_as(None)) the login is the actor, not repeated in the detail."""
    service.work_as(ZOE)
    service.work_as(None)
    ref = service.create_review("Chat assistant", "Acme").review.reference
    service.set_answer(ref, "sector", "retail")
    events = service.history(ref)
    assert {e.actor for e in events} == {current_user()}
    assert not any("machine_account" in e.detail for e in events)


def test_a_person_without_email_is_named_alone(service: ReviewService) -> None:
    """A certificate with no email still names its holder."""
    service.work_as(Person(name="Zoé Officer"))
    ref = service.create_review("Chat assistant", "Acme").review.reference
    assert service.history(ref)[0].actor == "Zoé Officer"
