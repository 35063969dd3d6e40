"""The welcome screen trusts the organisation root once, after showing its fingerprint."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.service import ReviewService
from reviewer.signing.authority import create_authority
from reviewer.signing.trust import fingerprint, list_roots, read_certificate
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.conftest import DialogCalls
from ui.welcome.controller import WelcomeController
from ui.welcome.first_run import SampleImporter
from ui.welcome.page import WelcomePage

pytestmark = pytest.mark.gui


@pytest.fixture
def root_pem(tmp_path: Path) -> Path:
    """Write an organisation root certificate, as the organisation hands it out."""
    _p12, pem = create_authority("Acme Root", "Acme SA", b"root secret")
    path = tmp_path / "acme-root.pem"
    path.write_bytes(pem)
    return path


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> WelcomeController:
    page = WelcomePage()
    qtbot.add_widget(page)
    page.show()
    return WelcomeController(page, SampleImporter(ReviewService.open, tmp_path), tmp_path)


def test_the_root_is_trusted_once_its_fingerprint_is_confirmed(
    qtbot: QtBot, controller: WelcomeController, dialog_calls: DialogCalls, root_pem: Path
) -> None:
    page = controller.page
    assert page.roots.text() == "No organisation root is trusted yet."
    dialog_calls.files.append(root_pem)
    dialog_calls.confirm_answers.append(False)
    qtbot.mouseClick(page.add_root, Qt.MouseButton.LeftButton)
    [(title, question)] = dialog_calls.confirms
    assert title == "Trust this root?"
    assert fingerprint(read_certificate(root_pem)) in question
    assert list_roots() == []
    dialog_calls.files.append(root_pem)
    dialog_calls.confirm_answers.append(True)
    with qtbot.wait_signal(controller.root_trusted):
        qtbot.mouseClick(page.add_root, Qt.MouseButton.LeftButton)
    assert [r.certificate for r in list_roots()] == [read_certificate(root_pem)]
    assert page.roots.text() == "Your organisation's root: Acme Root"
    assert "Acme Root issued now show as trusted" in page.status.text()
    assert dialog_calls.errors == []


def test_a_colleague_certificate_is_not_an_organisation_root(
    qtbot: QtBot,
    controller: WelcomeController,
    dialog_calls: DialogCalls,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    dialog_calls.files.append(reviewer_identity.cert)
    with qtbot.wait_signal(controller.failed):
        qtbot.mouseClick(controller.page.add_root, Qt.MouseButton.LeftButton)
    [(title, message)] = dialog_calls.errors
    assert title == "Root not added"
    assert "is not an organisation root" in message and "Zoé Reviewer" in message
    assert dialog_calls.confirms == [] and list_roots() == []
