"""The welcome screen and the identity wizard, driven by clicks offscreen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard
from pytestqt.qtbot import QtBot

from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.signing.identity import load_identity
from tests.ui.conftest import DialogCalls
from ui import dialogs
from ui.content import load_content
from ui.main_window import MainWindow
from ui.welcome.controller import WelcomeController
from ui.welcome.first_run import SampleImporter
from ui.welcome.identity_form import CreatedIdentity
from ui.welcome.install import install_welcome
from ui.welcome.page import STEPS, WelcomePage
from ui.welcome.wizard import IdentityWizard

pytestmark = pytest.mark.gui


@pytest.fixture
def examples(tmp_path: Path) -> Path:
    folder = tmp_path / "examples"
    folder.mkdir()
    for name in ("credit-scoring.json", "customer-support-chatbot.json"):
        shutil.copy(examples_dir() / name, folder / name)
    return folder


@pytest.fixture
def page(qtbot: QtBot) -> WelcomePage:
    view = WelcomePage()
    qtbot.add_widget(view)
    view.show()
    qtbot.wait_exposed(view)
    return view


def test_the_page_shows_the_three_steps(page: WelcomePage) -> None:
    assert [n for _number, n, _text in STEPS] == ["Intake", "Decision", "Signed PDF"]
    for number, _name, _text in STEPS:
        assert page.findChild(object, f"step{number}") is not None
    assert page.load_samples.text() == "Load sample reviews"
    assert page.create_identity.text() == "Create a signing identity"


def test_load_samples_imports_them_and_says_so(
    qtbot: QtBot, page: WelcomePage, examples: Path, tmp_path: Path
) -> None:
    controller = WelcomeController(page, SampleImporter(ReviewService.open, examples), tmp_path)
    with qtbot.wait_signal(controller.samples_loaded) as blocker:
        qtbot.mouseClick(page.load_samples, Qt.MouseButton.LeftButton)
    assert blocker.args == [2]
    assert "Loaded 2 sample reviews" in page.status.text()
    with ReviewService.open() as service:
        assert service.count_reviews() == 2


def test_a_failed_load_goes_through_the_dialog_seam(
    qtbot: QtBot, page: WelcomePage, tmp_path: Path, dialog_calls: DialogCalls
) -> None:
    controller = WelcomeController(page, SampleImporter(ReviewService.open, tmp_path), tmp_path)
    with qtbot.wait_signal(controller.failed):
        qtbot.mouseClick(page.load_samples, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors and dialog_calls.errors[0][0] == "Sample reviews not loaded"


def _next(qtbot: QtBot, wizard: QWizard) -> None:
    """Press Next (or Create identity on the last page) as a person does."""
    last = wizard.currentPage() is wizard.page(wizard.pageIds()[-1])
    which = QWizard.WizardButton.FinishButton if last else QWizard.WizardButton.NextButton
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _fill_and_finish(qtbot: QtBot, wizard: IdentityWizard, again: str = "correct horse") -> None:
    qtbot.keyClicks(wizard.details.name, "Zoe Martin")  # keyClicks types ASCII only
    qtbot.keyClicks(wizard.details.email, "zoe@example.org")
    qtbot.keyClicks(wizard.details.organisation, "Acme")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.secret.passphrase, "correct horse")
    qtbot.keyClicks(wizard.secret.confirmation, again)
    _next(qtbot, wizard)


def test_the_wizard_creates_an_identity_and_keeps_no_passphrase(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = IdentityWizard(tmp_path / "identities")
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    _fill_and_finish(qtbot, wizard)
    assert wizard.currentPage() is wizard.location
    assert wizard.location.path.text() == str(tmp_path / "identities" / "Zoe-Martin.p12")
    with qtbot.wait_signal(wizard.identity_created) as blocker:
        _next(qtbot, wizard)
    created: CreatedIdentity = blocker.args[0]
    assert load_identity(created.identity, b"correct horse").name == "Zoe Martin"
    assert wizard.secret.passphrase.text() == "" and wizard.form.passphrase == ""
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_differing_passphrases_keep_the_wizard_on_that_page(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = IdentityWizard(tmp_path)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    _fill_and_finish(qtbot, wizard, again="another one")
    assert wizard.currentPage() is wizard.secret
    assert "differ" in wizard.secret.problems.text()
    assert not list(tmp_path.glob("*.p12"))


def test_the_button_runs_the_wizard_through_the_dialog_seam(
    qtbot: QtBot, page: WelcomePage, examples: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[IdentityWizard] = []

    def run_dialog(wizard: IdentityWizard) -> bool:
        shown.append(wizard)
        wizard.show()
        _fill_and_finish(qtbot, wizard)
        _next(qtbot, wizard)
        return wizard.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run_dialog)
    folder = tmp_path / "identities"
    controller = WelcomeController(page, SampleImporter(ReviewService.open, examples), folder)
    with qtbot.wait_signal(controller.identity_created):
        qtbot.mouseClick(page.create_identity, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert (folder / "Zoe-Martin.p12").is_file() and (folder / "Zoe-Martin.pem").is_file()
    assert "Zoe-Martin.pem" in page.status.text()


def _window(qtbot: QtBot, identities: Path, examples: Path) -> tuple[MainWindow, WelcomePage]:
    window = MainWindow(load_content())
    qtbot.add_widget(window)
    controller = install_welcome(window, window.stack, ReviewService.open, examples, identities)
    window.show()
    qtbot.wait_exposed(window)
    return window, controller.page


def test_first_run_opens_on_the_welcome_screen(
    qtbot: QtBot, tmp_path: Path, examples: Path
) -> None:
    window, page = _window(qtbot, tmp_path / "identities", examples)
    assert window.stack.currentWidget() is page
    window.navigation.setCurrentRow(0)
    assert window.stack.currentWidget() is not page


def test_later_runs_open_on_reviews_and_help_reaches_the_welcome(
    qtbot: QtBot, tmp_path: Path, examples: Path
) -> None:
    identities = tmp_path / "identities"
    identities.mkdir()
    (identities / "zoe.p12").write_bytes(b"counted only")
    window, page = _window(qtbot, identities, examples)
    assert window.stack.currentWidget() is not page
    action = next(
        a
        for menu in window.menuBar().actions()
        if menu.menu() is not None
        for a in menu.menu().actions()
        if a.objectName() == "showWelcome"
    )
    action.trigger()
    assert window.stack.currentWidget() is page


def test_the_wizard_writes_the_role_and_trusts_the_certificate_here(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from reviewer.signing.trust import list_roots

    wizard = IdentityWizard(tmp_path / "identities")
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    qtbot.keyClicks(wizard.details.role, "Compliance officer")
    _fill_and_finish(qtbot, wizard)
    with qtbot.wait_signal(wizard.identity_created) as blocker:
        _next(qtbot, wizard)
    created: CreatedIdentity = blocker.args[0]
    identity = load_identity(created.identity, b"correct horse")
    assert identity.display == "Zoe Martin <zoe@example.org>, Acme (Compliance officer)"
    assert [root.certificate for root in list_roots()] == [identity.certificate]


def test_the_wizard_refuses_a_short_passphrase_like_everywhere_else(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = IdentityWizard(tmp_path)
    qtbot.add_widget(wizard)
    wizard.show()
    qtbot.wait_exposed(wizard)
    qtbot.keyClicks(wizard.details.name, "Zoe Martin")
    qtbot.keyClicks(wizard.details.email, "zoe@example.org")
    qtbot.keyClicks(wizard.details.organisation, "Acme")
    _next(qtbot, wizard)
    qtbot.keyClicks(wizard.secret.passphrase, "seven77")
    qtbot.keyClicks(wizard.secret.confirmation, "seven77")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.secret
    assert wizard.secret.problems.text() == "Choose a passphrase of at least 8 characters."
