"""The audit hash chain: edited, deleted, reordered and inserted events are all detected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from reviewer.service import ReviewService
from reviewer.store.audit import event_hash
from tests.helpers.content import complete_answers, open_service


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        rid = svc.create_review("T", "O", complete_answers()).review.id
        for users in (1, 2, 3):
            svc.set_answer(rid, "users", users)
        svc.create_review("U", "P", complete_answers())
        assert svc.verify_audit().ok
        yield svc


def _sql(service: ReviewService, statement: str, **params: object) -> None:
    with service.store.engine.begin() as conn:
        conn.execute(text(statement), params)


def _events(service: ReviewService) -> list[dict[str, object]]:
    with service.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT * FROM audit_events ORDER BY seq")).mappings().all()
    return [dict(r) for r in rows]


def test_edited_event_is_detected(service: ReviewService) -> None:
    _sql(service, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3")
    report = service.verify_audit()
    assert not report.ok
    assert "event #3" in (report.problem or "")
    assert "was edited after it was recorded" in (report.problem or "")


def test_deleted_event_is_detected(service: ReviewService) -> None:
    _sql(service, "DELETE FROM audit_events WHERE seq = 3")
    problem = service.verify_audit().problem or ""
    assert "between #2 and #4 was deleted" in problem


def test_deleted_last_event_is_detected(service: ReviewService) -> None:
    last = _events(service)[-1]["seq"]
    _sql(service, "DELETE FROM audit_events WHERE seq = :seq", seq=last)
    problem = service.verify_audit().problem or ""
    assert "events at the end were deleted" in problem


def test_reordered_events_are_detected(service: ReviewService) -> None:
    _sql(service, "UPDATE audit_events SET seq = -1 WHERE seq = 3")
    _sql(service, "UPDATE audit_events SET seq = 3 WHERE seq = 4")
    _sql(service, "UPDATE audit_events SET seq = 4 WHERE seq = -1")
    problem = service.verify_audit().problem or ""
    assert "out of order" in problem and "reordered" in problem


def test_inserted_event_is_detected(service: ReviewService) -> None:
    events = _events(service)
    prev = events[2]
    # A forger who knows the scheme computes a valid hash for the inserted event.
    detail = '{"question":"users","revision":1}'
    at = "2024-01-01T00:00:00.000000+00:00"
    forged = event_hash(
        at, "mallory", "answer", str(prev["review_id"]), detail, "0" * 64, str(prev["hash"])
    )
    _sql(service, "UPDATE audit_events SET seq = seq + 1000 WHERE seq > 3")
    _sql(
        service,
        "INSERT INTO audit_events (seq, at, actor, kind, review_id, detail, state_digest, "
        "prev_hash, hash) VALUES (100, :at, 'mallory', 'answer', :rid, :detail, :digest, "
        ":prev, :hash)",
        at=at,
        rid=prev["review_id"],
        detail=detail,
        digest="0" * 64,
        prev=prev["hash"],
        hash=forged,
    )
    problem = service.verify_audit().problem or ""
    assert "#100 were inserted" in problem


def test_review_changed_outside_the_trail_is_detected(service: ReviewService) -> None:
    _sql(service, "UPDATE reviews SET title = 'Quietly renamed' WHERE title = 'T'")
    problem = service.verify_audit().problem or ""
    assert "was changed outside Reviewer" in problem


def test_review_added_outside_the_trail_is_detected(service: ReviewService) -> None:
    _sql(
        service,
        "DELETE FROM audit_events WHERE kind = 'create' AND seq = ("
        "SELECT max(seq) FROM audit_events)",
    )
    _sql(
        service,
        "UPDATE audit_head SET event_count = event_count - 1, last_seq = ("
        "SELECT max(seq) FROM audit_events), last_hash = (SELECT hash FROM audit_events "
        "WHERE seq = (SELECT max(seq) FROM audit_events))",
    )
    problem = service.verify_audit().problem or ""
    assert "has no audit events" in problem
