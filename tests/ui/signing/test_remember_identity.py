"""The identity used to sign or countersign is remembered: in the status bar and in Settings."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import Outcome, PolicyPack, Questionnaire
from reviewer.paths import identities_dir
from reviewer.report.model import Person
from reviewer.service import ReviewService
from tests.helpers.signing import ThrowawayIdentity
from ui.settings.model import Settings, load_settings, settings_path

pytestmark = pytest.mark.gui
# The person the reviewer's throwaway identity names: the decider must be the signer.
ZOE = Person(name="Zoé Reviewer", email="zoe@example.org")


@pytest.fixture
def window(
    qtbot: Any, service: ReviewService, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Any:
    """Return the shown main window over a fresh database, with no identity chosen yet."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow

    main = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.wait_exposed(main)
    main.show_page("Reviews")  # it opens on the Overview
    return main


def open_decided_review(qtbot: Any, window: Any) -> Any:
    """Store a decided review, open it in the window and return its signing panel."""
    screen = window.reviews
    change = screen.service.create_review("Chat assistant", "Acme", {"org_type": "company"})
    screen.service.decide(change.review.id, Outcome.APPROVE, "Low risk.", decider=ZOE)
    with qtbot.wait_signal(screen.review_opened):
        screen.open_review(change.review.id)
    view = screen.workspace.intake_view
    view.go_to(view.model.section_count() + 2)
    return screen.workspace.signing_panel


def test_the_identity_signed_with_is_remembered_for_next_time(
    qtbot: Any, window: Any, dialog_calls: Any, reviewer_identity: ThrowawayIdentity
) -> None:
    """Signing with a file of the identities folder makes it the default (not its passphrase)."""
    stored = identities_dir() / reviewer_identity.p12.name
    shutil.copy(reviewer_identity.p12, stored)
    shutil.copy(reviewer_identity.cert, stored.with_suffix(".pem"))  # as the wizard saves it
    panel = open_decided_review(qtbot, window)
    secret = reviewer_identity.passphrase.decode()
    dialog_calls.files.append(stored)
    dialog_calls.passphrases.append(secret)
    dialog_calls.saves.append(None)  # stop at the save dialog: remembering needs no signature
    with (
        qtbot.wait_signal(window.settings_screen.settings_saved),
        qtbot.wait_signal(window.reviews.identity_used) as used,
    ):
        qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert used.args == [stored]
    assert dialog_calls.file_folders == [identities_dir()]
    assert load_settings().identity == stored.name
    # Only the file name is kept: the settings file holds nothing but the settings' own fields.
    stored_settings = json.loads(settings_path().read_text(encoding="utf-8"))
    assert stored_settings == {**Settings().model_dump(mode="json"), "identity": stored.name}
    assert window.settings.identity == stored.name
    # Shown as every identity is: who signs, from the certificate saved beside the file.
    who = "Zoé Reviewer <zoe@example.org>, Société de Test"
    assert window.identity_label.text() == f"Signing identity: {who}"
    assert stored.name in window.settings_screen.identities.chosen_label.text()

    # Next time, the file dialog starts at the remembered identity (here it is cancelled).
    qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.file_folders[-1] == stored


def test_an_identity_from_elsewhere_is_shown_but_not_kept(
    qtbot: Any,
    window: Any,
    dialog_calls: Any,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    """Countersigning with a file outside the identities folder shows it; Settings keep no path."""
    from reviewer.signing.trust import add_root

    add_root(reviewer_identity.cert)  # only a report that verifies can be countersigned
    source = tmp_path / "received.pdf"
    source.write_bytes(signed_pdf)
    page = window.reviews.countersign_page
    # Wait on the page's own signal, connected before the check starts: the check runs on a
    # worker thread and can finish before a blocker made afterwards connects to it.
    with qtbot.wait_signal(page.report_checked, timeout=30_000):
        page.open_report(source)
    dialog_calls.files.append(approver_identity.p12)
    dialog_calls.passphrases.append(approver_identity.passphrase.decode())
    dialog_calls.saves.append(None)
    with qtbot.wait_signal(window.reviews.identity_used) as used:
        qtbot.mouseClick(page.countersign_button, Qt.MouseButton.LeftButton)
    assert used.args == [approver_identity.p12]
    who = "Bob Approver <bob@example.org>, Société de Test"
    assert window.identity_label.text() == f"Signing identity: {who}"
    assert load_settings().identity == ""
    assert window.settings.identity == ""


def test_an_identity_without_its_certificate_beside_is_shown_by_file_name(
    window: Any, tmp_path: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    """No passphrase is asked just to show a name: without the .pem, the file name stands in."""
    lone = tmp_path / "lone.p12"
    shutil.copy(reviewer_identity.p12, lone)
    window.remember_identity(lone)
    assert window.identity_label.text() == "Signing identity: lone"


def test_the_audit_trail_names_the_person_of_the_identity_in_use(
    qtbot: Any, window: Any, reviewer_identity: ThrowawayIdentity
) -> None:
    """Once an identity is in use, the Audit screen names its person for each change."""
    from reviewer.store.audit import current_user

    stored = identities_dir() / reviewer_identity.p12.name
    shutil.copy(reviewer_identity.p12, stored)
    shutil.copy(reviewer_identity.cert, stored.with_suffix(".pem"))
    window.show_identity_file(stored)
    service = window.reviews.service
    ref = service.create_review("Chat assistant", "Acme").review.reference
    window.audit.show_review(service.get_review(ref).summary.id, "Chat assistant")
    rows = [window.audit.model.row_at(r).cells for r in range(window.audit.model.rowCount())]
    assert rows and {cells[2] for cells in rows} == {"Zoé Reviewer <zoe@example.org>"}
    assert service.history(ref)[0].detail["machine_account"] == current_user()
