"""Amber for an intact report by a signer this computer does not know; red stays for broken ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.signing.trust import fingerprint, list_roots, read_certificate
from tests.helpers.signing import ThrowawayIdentity
from tests.helpers.tamper import flip_byte_in_signed_range
from tests.ui.conftest import DialogCalls
from ui.theme import BAD_COLOURS, GOOD_COLOURS, UNSURE_COLOURS
from ui.verify.screen import VerifyScreen

pytestmark = pytest.mark.gui


@pytest.fixture
def screen(qtbot: QtBot) -> VerifyScreen:
    view = VerifyScreen()
    qtbot.add_widget(view)
    view.resize(1100, 700)
    view.show()
    return view


def _verify(qtbot: QtBot, screen: VerifyScreen, path: Path) -> None:
    with qtbot.wait_signal(screen.verified, timeout=30_000):
        screen.verify(path)


def test_an_unknown_signer_is_amber_and_can_be_trusted_after_checking(
    qtbot: QtBot,
    screen: VerifyScreen,
    tmp_path: Path,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    dialog_calls: DialogCalls,
) -> None:
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed_pdf)
    _verify(qtbot, screen, path)
    assert screen.banner.text().startswith("NOT FROM YOUR ORGANISATION")
    assert "Zoé Reviewer" in screen.banner.text()
    assert UNSURE_COLOURS[0] in screen.banner.styleSheet()
    button = screen.view.trust_signer_button
    assert button.isVisibleTo(screen)
    dialog_calls.confirm_answers.append(False)
    button.click()
    [(title, question)] = dialog_calls.confirms
    assert title == "Trust this signer?"
    assert fingerprint(read_certificate(reviewer_identity.cert)) in question
    assert "Zoé Reviewer <zoe@example.org>, Société de Test" in question
    assert list_roots() == [] and button.isVisibleTo(screen)
    dialog_calls.confirm_answers.append(True)
    with qtbot.wait_signal(screen.verified, timeout=30_000) as done:
        button.click()
    assert done.args[0].passed
    # Valid now, and still amber: nobody has countersigned it yet (the banner says which).
    assert screen.banner.text().startswith("VALID, not countersigned yet")
    assert GOOD_COLOURS[0] not in screen.banner.styleSheet()
    assert not button.isVisibleTo(screen)
    assert [r.certificate for r in list_roots()] == [read_certificate(reviewer_identity.cert)]


def test_a_broken_signature_by_an_unknown_signer_stays_red_without_the_button(
    qtbot: QtBot, screen: VerifyScreen, tmp_path: Path, signed_pdf: bytes
) -> None:
    path = tmp_path / "tampered.pdf"
    path.write_bytes(flip_byte_in_signed_range(signed_pdf))
    _verify(qtbot, screen, path)
    assert screen.banner.text().startswith("NOT VALID")
    assert BAD_COLOURS[0] in screen.banner.styleSheet()
    assert not screen.view.trust_signer_button.isVisibleTo(screen)
