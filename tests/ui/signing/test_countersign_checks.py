"""The countersign page verifies in full, shows the decision first, and refuses by type."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.decision import Outcome
from reviewer.signing.identity import load_identity
from reviewer.signing.trust import add_root
from reviewer.signing.verify import State
from tests.helpers import forgery, tamper
from tests.helpers.reports import EMOTION_ANSWERS, report_input
from tests.helpers.signing import ThrowawayIdentity

pytestmark = pytest.mark.gui


def _open(qtbot: Any, screen: Any, dialog_calls: Any, source: Path) -> Any:
    page = screen.countersign_page
    qtbot.mouseClick(screen.list_page.countersign_button, Qt.MouseButton.LeftButton)
    dialog_calls.files.append(source)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.received is not None, timeout=30_000)
    return page


def _unlock(dialog_calls: Any, who: ThrowawayIdentity, out: Path) -> None:
    dialog_calls.files.append(who.p12)
    dialog_calls.passphrases.append(who.passphrase.decode())
    dialog_calls.saves.append(out)


def test_the_decision_is_shown_before_countersigning_and_the_result_verifies(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    source = tmp_path / "received.pdf"
    source.write_bytes(signed_pdf)
    page = _open(qtbot, reviews_screen, dialog_calls, source)
    assert "Decision: Approve with conditions" in page.status.text()
    assert "Rationale: Risks are handled." in page.status.text()
    assert "It verifies" in page.status.text()
    assert "Outcome" in page.verification.details.toPlainText()
    assert page.countersign_button.isEnabled()
    _unlock(dialog_calls, approver_identity, tmp_path / "approved.pdf")
    with qtbot.wait_signal(page.countersigned, timeout=60_000) as done:
        qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    assert done.args[0].verification.state is State.COUNTERSIGNED
    assert page.verification.passed is True


def test_a_report_that_does_not_verify_cannot_be_countersigned(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    add_root(reviewer_identity.cert)
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    source = tmp_path / "forged.pdf"
    source.write_bytes(
        forgery.build_certified(report_input(EMOTION_ANSWERS, Outcome.APPROVE), identity)
    )
    page = _open(qtbot, reviews_screen, dialog_calls, source)
    assert "Decision: Approve," in page.status.text()
    assert "does not verify, so it cannot be countersigned" in page.status.text()
    assert "approves a PROHIBITED verdict" in page.verification.details.toPlainText()
    assert page.verification.passed is False
    assert not page.countersign_button.isEnabled()


def test_a_file_changed_after_the_check_is_refused_by_the_domain(
    qtbot: Any,
    reviews_screen: Any,
    dialog_calls: Any,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    add_root(reviewer_identity.cert)
    source = tmp_path / "received.pdf"
    source.write_bytes(signed_pdf)
    page = _open(qtbot, reviews_screen, dialog_calls, source)
    assert page.countersign_button.isEnabled()
    source.write_bytes(tamper.set_info(signed_pdf, "/Title", "Decision: APPROVED"))
    out = tmp_path / "approved.pdf"
    _unlock(dialog_calls, approver_identity, out)
    qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.problem.isHidden(), timeout=60_000)
    title, text = dialog_calls.errors[-1]
    assert title == "The report does not verify, so it was not countersigned"
    assert "/Info/Title" in text
    assert page.verification.passed is False
    assert not page.countersign_button.isEnabled()
    assert not out.exists()
