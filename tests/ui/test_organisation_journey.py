"""The organisation-CA journey in the app: trust the root, request, get it issued, install, sign.

The officer's computer is the app; the organisation's root is kept elsewhere, so issuing is
the one step done through the identities service, as `reviewer ca issue` does it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer import PolicyPack, Questionnaire
from reviewer.paths import identities_dir
from reviewer.service import ReviewService, identities
from reviewer.signing.authority import create_authority
from reviewer.signing.trust import read_certificate
from reviewer.signing.verify import verify_report
from tests.helpers.desk import database_file, fill_new_review, service
from tests.helpers.organisation import LONG_NAME
from tests.ui.helpers import click_option, decide_in_ui
from ui.reviews.workspace import SIGN

__all__ = ["database_file", "service"]

pytestmark = pytest.mark.gui


@pytest.fixture
def window(
    qtbot: Any,
    service: ReviewService,
    database_file: str,
    questionnaire: Questionnaire,
    packs: list[PolicyPack],
    tmp_path: Path,
) -> Any:
    """Return the shown main window with its welcome page, over a fresh database."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings
    from ui.welcome.install import install_welcome

    main = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.welcome = install_welcome(
        main,
        main.stack,
        lambda: ReviewService.open(database_file, questionnaire=questionnaire, packs=packs),
        tmp_path / "no-examples",
        identities_dir(),
    )
    main.resize(1280, 800)
    main.show()
    qtbot.wait_exposed(main)
    return main


def test_the_organisation_ca_journey(
    qtbot: Any, window: Any, service: ReviewService, dialog_calls: Any, tmp_path: Path
) -> None:
    # 0. The organisation made its root elsewhere and hands out its certificate.
    office = tmp_path / "organisation"
    office.mkdir()
    p12, pem = create_authority("Acme Root", "Acme SA", b"root secret")
    (office / "root.p12").write_bytes(p12)
    (office / "root.pem").write_bytes(pem)
    # 1. First run: the welcome page trusts the organisation root, once.
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome.page
    dialog_calls.files.append(office / "root.pem")
    dialog_calls.confirm_answers.append(True)
    with qtbot.wait_signal(welcome.root_trusted):
        qtbot.mouseClick(welcome.page.add_root, Qt.MouseButton.LeftButton)
    assert "Acme Root" in welcome.page.roots.text()
    # 2. Settings: the officer requests a certificate; the key stays here.
    window.show_page("Settings")
    tab = window.settings_screen.identities
    tab.name.setText(LONG_NAME)  # 67 characters: more than a certificate's CN holds
    tab.email.setText("maria@acme.example")
    tab.organisation.setText("Acme SA")
    tab.role.setText("Compliance officer")
    tab.passphrase.setText("officer passphrase")
    tab.repeat.setText("officer passphrase")
    request = tmp_path / "maria.csr"
    dialog_calls.saves.append(request)
    with qtbot.wait_signal(tab.requested, timeout=60_000):
        qtbot.mouseClick(tab.request_button, Qt.MouseButton.LeftButton)
    # 3. The organisation issues it (`reviewer ca issue`), and sends it back.
    issued = identities.issue(office / "root.p12", "root secret", request, tmp_path / "maria.pem")
    # 4. Settings installs it with the waiting key, and the officer chooses it for signing.
    dialog_calls.files.append(issued.path)
    dialog_calls.passphrases.append("officer passphrase")
    with qtbot.wait_signal(tab.created) as done:
        qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    identity_file = Path(done.args[0])
    assert identity_file.parent == identities_dir()
    # 5. A review, decided and signed in the app with the issued identity.
    window.show_page("Reviews")
    reviews = window.reviews
    dialog_calls.dialog_steps.append(fill_new_review("Patrol body cameras", "City police"))
    with qtbot.wait_signal(reviews.review_opened):
        qtbot.mouseClick(reviews.list_page.empty_new, Qt.MouseButton.LeftButton)
    workspace = reviews.workspace
    click_option(qtbot, workspace, "org_type", "Police")
    click_option(qtbot, workspace, "uses_camera", "No")
    view = workspace.intake_view
    # The decider is the identity's person: read from its certificate, or by unlocking it.
    if not identity_file.with_suffix(".pem").exists():
        dialog_calls.passphrases.append("officer passphrase")
    decide_in_ui(qtbot, workspace, dialog_calls, identity_file, rationale="No camera, no concern.")
    view.go_to(view.model.section_count() + SIGN)
    signing = workspace.signing_panel
    signed = tmp_path / "decision.pdf"
    dialog_calls.files.append(identity_file)
    dialog_calls.passphrases.append("officer passphrase")
    dialog_calls.saves.append(signed)
    with qtbot.wait_signal(signing.signed, timeout=60_000):
        qtbot.mouseClick(signing.sign_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors == []
    # 6. The signature is trusted through the organisation root, in the app and on disk.
    assert signing.verification.passed is True
    verify = window.pages["Verify"]
    window.show_page("Verify")
    with qtbot.wait_signal(verify.verified, timeout=30_000) as checked:
        verify.verify(signed)
    assert checked.args[0].passed
    assert verify.banner.text().startswith("VALID")
    details = verify.details.toPlainText()
    assert "yes, by root" in details and "Acme Root" in details
    assert LONG_NAME[:64] in details
    roots = [read_certificate(office / "root.pem")]
    [check] = verify_report(signed.read_bytes(), roots, str(signed)).signatures
    assert check.trusted and check.trust_anchor is not None and "Acme Root" in check.trust_anchor
