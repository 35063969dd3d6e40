"""Signing a stored review and countersigning a received report, including what goes wrong."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import Outcome
from reviewer.records import ReviewStatus
from reviewer.report.model import Person
from reviewer.service import ReviewService
from tests.helpers.signing import ThrowawayIdentity

pytestmark = pytest.mark.gui
# The person the reviewer's throwaway identity names: the decider must be the signer.
ZOE = Person(name="Zoé Reviewer", email="zoe@example.org")


def decided_workspace(qtbot: Any, screen: Any) -> Any:
    """Store a decided review, open it, and show its Sign and export step."""
    service: ReviewService = screen.service
    change = service.create_review("Chat assistant", "Acme", {"org_type": "company"})
    service.decide(change.review.id, Outcome.APPROVE, "Low risk.", decider=ZOE)
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(change.review.id)
    workspace = screen.workspace
    view = workspace.intake_view
    view.go_to(view.model.section_count() + 2)
    return workspace


def test_a_reopened_decision_is_shown(qtbot: Any, reviews_screen: Any) -> None:
    """Reopening a decided review shows its outcome and rationale, ready to sign."""
    workspace = decided_workspace(qtbot, reviews_screen)
    assert workspace.decision.outcome is Outcome.APPROVE
    assert workspace.decision_panel.rationale.toPlainText() == "Low risk."
    assert workspace.signing_panel.sign_button.isEnabled()
    assert "Ready to sign" in workspace.signing_panel.status.text()


def test_wrong_passphrase_says_so_and_asks_again(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """A wrong passphrase is explained and asked again; cancelling signs nothing."""
    workspace = decided_workspace(qtbot, reviews_screen)
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases[:] = ["wrong", "also wrong", None]
    dialog_calls.saves.append(tmp_path / "never.pdf")
    qtbot.mouseClick(workspace.signing_panel.sign_button, Qt.MouseButton.LeftButton)
    assert [title for title, _ in dialog_calls.errors] == ["The identity did not open"] * 2
    assert "wrong passphrase" in dialog_calls.errors[0][1]
    assert "try again" in dialog_calls.errors[0][1]
    assert not (tmp_path / "never.pdf").exists()
    assert workspace.signing_panel.job is None
    detail = reviews_screen.service.get_review(workspace.review_id)
    assert detail.summary.status is ReviewStatus.DECIDED


def test_signing_shows_progress_and_the_result(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Signing runs off the UI thread with a progress bar; an untrusted signer is shown as such."""
    workspace = decided_workspace(qtbot, reviews_screen)
    panel = workspace.signing_panel
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    dialog_calls.saves.append(tmp_path / "report")
    with qtbot.wait_signal(panel.signed, timeout=60_000):
        qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
        assert panel.progress.isVisible()
    assert not panel.progress.isVisible()
    assert (tmp_path / "report.pdf").is_file()
    # The trust store is empty here: intact but untrusted reads amber, never valid.
    assert panel.verification.passed is False
    assert "NOT FROM YOUR ORGANISATION" in panel.verification.banner.text()
    assert "trust" in panel.verification.details.toPlainText()
    assert not panel.sign_button.isEnabled()
    assert "Signed by Zoé Reviewer" in panel.status.text()


def test_countersigning_your_own_report_is_refused(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Four eyes: the reviewer who signed cannot countersign; the page says so clearly."""
    from reviewer.signing.trust import add_root

    add_root(reviewer_identity.cert)  # a trusted report, so only four eyes stands in the way
    source = tmp_path / "received.pdf"
    source.write_bytes(signed_pdf)
    page = reviews_screen.countersign_page
    qtbot.mouseClick(reviews_screen.list_page.countersign_button, Qt.MouseButton.LeftButton)
    dialog_calls.files.append(source)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.received is not None, timeout=30_000)
    assert "Signature 1 of 1" in page.verification.details.toPlainText()
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    dialog_calls.saves.append(tmp_path / "approved.pdf")
    qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.problem.isHidden(), timeout=30_000)
    assert dialog_calls.errors[-1][0] == "Four eyes: you cannot approve your own report"
    assert "different approver" in page.problem.text()
    assert not (tmp_path / "approved.pdf").exists()
    assert page.countersign_button.isEnabled()


def test_a_file_that_is_not_a_signed_report_is_explained(
    qtbot: Any, reviews_screen: Any, tmp_path: Path
) -> None:
    """Opening something that is not a signed report shows what is wrong."""
    source = tmp_path / "notes.pdf"
    source.write_bytes(b"not a pdf at all")
    page = reviews_screen.countersign_page
    page.open_report(source)
    qtbot.waitUntil(lambda: not page.problem.isHidden(), timeout=30_000)
    assert "not" in page.problem.text().lower()
    assert not page.countersign_button.isEnabled()


def test_the_approver_field_name_matches_the_domain() -> None:
    """The page's copy of the approver field's name is the one reports are prepared with."""
    from reviewer.signing.prepare import APPROVER_FIELD
    from ui.signing import countersign

    assert countersign.APPROVER_FIELD == APPROVER_FIELD


def test_the_report_is_written_in_the_interface_language(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """With the interface in French, the signed report's decision.json says "fr"."""
    from PySide6.QtCore import QLocale

    from reviewer.signing.verify import verify_report

    workspace = decided_workspace(qtbot, reviews_screen)
    panel = workspace.signing_panel
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    dialog_calls.saves.append(tmp_path / "rapport.pdf")
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French))
    try:
        with qtbot.wait_signal(panel.signed, timeout=60_000):
            qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    finally:
        QLocale.setDefault(previous)
    data = (tmp_path / "rapport.pdf").read_bytes()
    report = verify_report(data, [], "rapport.pdf").payload.report
    assert report is not None and report.language == "fr"
