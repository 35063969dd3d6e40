"""Two windows or two officers: the later save of a stale review is a conflict, never a loss."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewer.errors import ConflictError
from reviewer.store.models import ReviewRow
from tests.helpers.content import complete_answers, open_service


def test_stale_orm_write_raises_conflict(database_url: str) -> None:
    with open_service(database_url) as service:
        rid = service.create_review("Original", "O", complete_answers()).review.id
        store = service.store
        with store.read() as session:
            stale = session.scalars(select(ReviewRow).where(ReviewRow.id == rid)).one()
        with store.write() as session:
            fresh = session.scalars(select(ReviewRow).where(ReviewRow.id == rid)).one()
            fresh.title = "Saved first"
        with pytest.raises(ConflictError, match="changed elsewhere"), store.write() as session:
            stale = session.merge(stale, load=False)
            stale.title = "Saved second, from a stale copy"
        assert service.get_review(rid).summary.title == "Saved first"
        # Both writes here bypass the service, and the audit cross-check notices the first.
        assert "changed outside Reviewer" in (service.verify_audit().problem or "")


def test_two_officers_on_two_connections(database_url: str) -> None:
    with (
        open_service(database_url, actor="alice") as alice,
        open_service(database_url, actor="bob") as bob,
    ):
        created = alice.create_review("T", "O", complete_answers())
        rid, version = created.review.id, created.review.version
        seen_by_bob = bob.get_review(rid).summary.version
        assert seen_by_bob == version
        alice.set_answer(rid, "purpose", "Alice's text", expected_version=version)
        with pytest.raises(ConflictError):
            bob.set_answer(rid, "purpose", "Bob's text", expected_version=seen_by_bob)
        assert bob.get_review(rid).current.answers["purpose"] == "Alice's text"
        assert [e.actor for e in bob.history(rid)] == ["alice", "alice"]


def test_references_stay_unique_when_officers_create_reviews_at_once(database_url: str) -> None:
    """Creations on several connections at once each get their own R-YYYY-NNNN."""
    from concurrent.futures import ThreadPoolExecutor

    def create_five(actor: str) -> list[str]:
        with open_service(database_url, actor=actor) as service:
            return [service.create_review(f"{actor} {i}", "O").review.reference for i in range(5)]

    open_service(database_url).close()  # the schema exists before the officers start
    with ThreadPoolExecutor(max_workers=4) as pool:
        made = [ref for refs in pool.map(create_five, ["a", "b", "c", "d"]) for ref in refs]
    assert len(made) == len(set(made)) == 20
    numbers = sorted(int(ref.rsplit("-", 1)[1]) for ref in made)
    assert numbers == list(range(1, 21))
