"""The Audit screen: a review's history and the chain's status, good and broken."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import text

from reviewer.service import ReviewService
from ui.audit.screen import AuditScreen

pytestmark = pytest.mark.gui


def shown_audit(qtbot: Any, service: ReviewService, review_id: str) -> AuditScreen:
    """Return a shown audit screen on one review, once its chain check has arrived."""
    screen = AuditScreen(service)
    qtbot.add_widget(screen)
    screen.show_review(review_id, "Chat assistant")
    with qtbot.wait_signal(screen.verified, timeout=30_000):
        screen.show()
    return screen


def test_history_and_good_chain(qtbot: Any, service: ReviewService) -> None:
    """Every event of the review is listed, oldest first, and the intact chain says so."""
    review = service.create_review("Chat assistant", "Acme").review
    service.set_answer(review.id, "org_type", "company")
    screen = shown_audit(qtbot, service, review.id)
    rows = [screen.model.row_at(r).cells for r in range(screen.model.rowCount())]
    assert [cells[3] for cells in rows] == ["Created", "Answer saved"]
    assert "question: org_type" in rows[1][4]
    assert screen.report is not None and screen.report.ok
    assert "intact" in screen.chain.text()
    assert "#2e7d32" in screen.chain.styleSheet()


def test_a_broken_chain_is_shown_in_red_and_words(qtbot: Any, service: ReviewService) -> None:
    """A tampered event makes the status say BROKEN, in the bad colour."""
    review = service.create_review("Chat assistant", "Acme").review
    service.set_answer(review.id, "org_type", "company")
    with service.store.engine.begin() as connection:
        connection.execute(text("UPDATE audit_events SET actor = 'mallory' WHERE seq = 2"))
    screen = shown_audit(qtbot, service, review.id)
    assert screen.report is not None and not screen.report.ok
    assert "BROKEN" in screen.chain.text()
    assert "#9b1c1c" in screen.chain.styleSheet()
