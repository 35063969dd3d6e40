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


def test_details_are_named_in_french_with_french_spacing(qapp: Any) -> None:
    """Known detail keys read in the interface language; French puts a space before the colon."""
    from ui.audit.screen import detail_text
    from ui.i18n import install_language

    detail = {
        "next_review": "2028-12-02",
        "reference": "R-2026-0004",
        "signer_subject": "CN=Alice",
        "pdf_sha256": "a" * 64,
        "events": ["b" * 64, "c" * 64],
    }
    assert install_language(qapp, "fr")
    try:
        shown = detail_text(detail)
    finally:
        install_language(qapp, "en")
    assert shown == (
        "événements importés : 2; prochaine réévaluation : 2028-12-02; "
        "SHA-256 du PDF : aaaaaaaaaaaa…; référence : R-2026-0004; "
        "certificat du signataire : CN=Alice"
    )
    assert "next review: 2028-12-02" in detail_text(detail)


def test_every_detail_a_signed_review_records_has_a_name(
    qtbot: Any, service: ReviewService, reviewer_identity: Any, tmp_path: Any
) -> None:
    """Deciding, signing and exporting write no detail that the screen shows by its raw key."""
    from reviewer.decision import Outcome
    from reviewer.service.signing import person_of
    from reviewer.signing.identity import load_identity
    from ui.audit.screen import _DETAILS

    officer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    review = service.create_review("Chat assistant", "Acme").review
    service.set_answer(review.id, "org_type", "company")
    service.add_attachment(review.id, "dpia.txt", b"summary")
    service.decide(review.id, Outcome.REJECT, "Not now.", decider=person_of(officer))
    service.sign_decision(review.id, officer, tmp_path / "decision.pdf")
    keys = {key for event in service.history(review.id) for key in event.detail}
    assert keys - set(_DETAILS) == set()
