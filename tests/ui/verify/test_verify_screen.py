"""The Verify screen: a signed report reads valid, a tampered one invalid, off the UI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from reviewer.signing.trust import add_root
from reviewer.signing.verify import Verification
from tests.helpers.signing import ThrowawayIdentity
from tests.helpers.tamper import flip_byte_in_signed_range
from tests.ui.conftest import DialogCalls
from ui.theme import BAD_COLOURS, GOOD_COLOURS, UNSURE_COLOURS
from ui.verify.screen import VerifyScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot: QtBot) -> VerifyScreen:
    """Return a shown Verify screen."""
    view = VerifyScreen()
    qtbot.add_widget(view)
    view.resize(1100, 700)
    view.show()
    return view


def check(qtbot: QtBot, screen: VerifyScreen, path: Path) -> Verification:
    """Verify a file the way the Open button does, and wait for the result."""
    with qtbot.wait_signal(screen.verified, timeout=30_000) as done:
        screen.verify(path)
        assert screen.is_busy
        assert not screen.open_button.isEnabled()
    assert not screen.is_busy
    result: Verification = done.args[0]
    return result


def test_a_signed_report_from_a_trusted_signer_shows_valid(
    qtbot: QtBot,
    tmp_path: Path,
    screen: VerifyScreen,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    dialog_calls: DialogCalls,
) -> None:
    add_root(reviewer_identity.cert)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    dialog_calls.files.append(path)
    with qtbot.wait_signal(screen.verified, timeout=30_000):
        screen.open_button.click()
    result = screen.result
    assert result is not None and result.passed
    assert screen.banner.text().startswith("VALID, not countersigned yet")
    assert UNSURE_COLOURS[0] in screen.banner.styleSheet()  # amber until an approver signs
    text = screen.details.toPlainText()
    assert "Zoé Reviewer" in text
    assert "yes, unchanged since signing" in text
    assert "yes, by root" in text
    assert "the signer's own claim" in text
    assert "Approve with conditions" in text
    assert "R-2026-0042" in text
    assert dialog_calls.errors == []


def test_a_tampered_report_shows_not_valid_and_why(
    qtbot: QtBot,
    tmp_path: Path,
    screen: VerifyScreen,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    path = tmp_path / "tampered.pdf"
    path.write_bytes(flip_byte_in_signed_range(signed_pdf))
    result = check(qtbot, screen, path)
    assert not result.passed
    assert screen.banner.text().startswith("NOT VALID")
    assert BAD_COLOURS[0] in screen.banner.styleSheet()
    assert "NO: changed after signing" in screen.details.toPlainText()


def test_a_countersigned_report_shows_valid_in_green_and_the_rescoring(
    qtbot: QtBot,
    tmp_path: Path,
    screen: VerifyScreen,
    countersigned_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    path = tmp_path / "both.pdf"
    path.write_bytes(countersigned_pdf)
    assert check(qtbot, screen, path).passed
    assert screen.banner.text().startswith("VALID and countersigned")
    assert GOOD_COLOURS[0] in screen.banner.styleSheet()
    # The test pack is not shipped: the screen says the assessment was not scored again.
    assert "not scored again: policy pack test-pack 2026.1 unknown here" in (
        screen.details.toPlainText()
    )


def test_adding_the_trust_root_turns_an_untrusted_report_valid(
    qtbot: QtBot,
    tmp_path: Path,
    screen: VerifyScreen,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    dialog_calls: DialogCalls,
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    assert not check(qtbot, screen, path).passed
    assert "does not chain to a root" in screen.details.toPlainText()
    dialog_calls.files.append(reviewer_identity.cert)
    with qtbot.wait_signal(screen.verified, timeout=30_000) as done:
        screen.trust_button.click()
    assert done.args[0].passed
    assert "Zoé Reviewer" in screen.hint.text()


def test_a_file_that_is_not_a_pdf_is_explained(
    qtbot: QtBot, tmp_path: Path, screen: VerifyScreen, dialog_calls: DialogCalls
) -> None:
    path = tmp_path / "notes.pdf"
    path.write_text("just some notes", encoding="utf-8")
    with qtbot.wait_signal(screen.failed, timeout=30_000):
        screen.verify(path)
    [(title, message)] = dialog_calls.errors
    assert title == "Cannot verify this file"
    assert "not a PDF file" in message
    assert not screen.is_busy and screen.open_button.isEnabled()


def test_dropping_a_pdf_checks_it(
    qtbot: QtBot, tmp_path: Path, screen: VerifyScreen, signed_pdf: bytes
) -> None:
    path = tmp_path / "dropped.pdf"
    path.write_bytes(signed_pdf)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Offscreen Qt has no drag manager to route a synthetic drop, so the handler gets it direct.
    with qtbot.wait_signal(screen.verified, timeout=30_000):
        screen.dropEvent(event)
    assert event.isAccepted()
    assert screen.path == path
