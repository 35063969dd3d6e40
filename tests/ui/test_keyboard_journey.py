"""The whole journey from the keyboard alone: new review, answers, decision, signature.

Every step is a key press sent to the widget that has the keyboard focus, as a keyboard sends
it: shortcuts, Tab to move, arrows and Space to choose, Return to confirm. No mouse click, and
no widget is clicked or filled in by the test itself. Files and the passphrase come through the
dialog seam, as in every UI test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from reviewer import Outcome, PolicyPack, Questionnaire, Verdict
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from tests.helpers.signing import ThrowawayIdentity
from tests.ui.tour import REVIEWS
from ui.reviews.workspace import DECISION, SIGN

pytestmark = pytest.mark.gui

MAX_TABS = 300


def focused() -> QWidget:
    """Return the widget with the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press one key on whatever has the focus."""
    qtbot.keyClick(focused(), key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    """Type ASCII text into whatever has the focus."""
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot: Any, target: QWidget) -> None:
    """Press Tab until the target has the focus; fail if the tab order never reaches it."""
    seen = []
    for _ in range(MAX_TABS):
        if focused() is target:
            return
        seen.append(type(focused()).__name__)
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; went through {seen[-12:]}")


def make_window(
    qtbot: Any, service: ReviewService, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Any:
    """Return the main window, shown and active so that it receives the keys."""
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    main = MainWindow(DeskContent(questionnaire, packs), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.resize(1280, 800)
    main.show()
    qtbot.wait_exposed(main)
    main.activateWindow()
    qtbot.wait_until(main.isActiveWindow)
    return main


def fill_new_review_by_keyboard(qtbot: Any) -> Any:
    """Return a dialog step that types the New review form in and presses Return."""

    def step(dialog: QDialog) -> bool:
        dialog.show()
        dialog.activateWindow()
        qtbot.wait_until(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        assert focused() is dialog.title  # type: ignore[attr-defined]
        type_text(qtbot, "Call-centre assistant")
        tab_to(qtbot, dialog.applicant)  # type: ignore[attr-defined]
        type_text(qtbot, "City council")
        with qtbot.wait_signal(dialog.accepted):
            press(qtbot, Qt.Key.Key_Return)
        # As the window manager does when a modal dialog closes: its window is active again.
        owner = dialog.parentWidget().window()
        owner.activateWindow()
        qtbot.wait_until(owner.isActiveWindow)
        return dialog.result() == QDialog.DialogCode.Accepted

    return step


def test_the_whole_journey_from_the_keyboard_alone(
    qtbot: Any,
    questionnaire: Questionnaire,
    packs: list[PolicyPack],
    dialog_calls: Any,
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
) -> None:
    """Ctrl+N, Tab, arrows, Space and Return take a review from nothing to a signed PDF."""
    service = ReviewService.open(None, questionnaire=questionnaire, packs=packs)
    window = make_window(qtbot, service, questionnaire, packs)
    reviews = window.reviews
    # 1. A new review: Ctrl+2 shows Reviews, Ctrl+N opens the form, typed in, Return confirms.
    dialog_calls.dialog_steps.append(fill_new_review_by_keyboard(qtbot))
    window.activateWindow()
    # The window opens on the Overview: Ctrl+<its place in the sidebar> goes to Reviews.
    press(qtbot, Qt.Key(Qt.Key.Key_1 + REVIEWS), Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is reviews
    with qtbot.wait_signal(reviews.review_opened) as opened:
        press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    workspace = reviews.workspace
    assert opened.args[1] == "Call-centre assistant"
    view = workspace.intake_view
    # 2. Answers: Tab to the question, an arrow to the option, Space to choose it.
    deployer = view.page("deployer")
    police, company = deployer.rows["org_type"].field.buttons()
    tab_to(qtbot, police)
    press(qtbot, Qt.Key.Key_Down)
    assert company.hasFocus()
    with qtbot.wait_signal(workspace.intake.assessment_changed):
        press(qtbot, Qt.Key.Key_Space)
    assert company.isChecked()
    headcount = deployer.rows["headcount"].field.line
    tab_to(qtbot, headcount)
    type_text(qtbot, "40")
    qtbot.wait_until(lambda: workspace.intake.answer("headcount") == 40)
    # Ctrl+PgDown goes to the next step; the focus stays in the form.
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.pages.currentWidget() is view.page("cameras")
    yes, no = view.page("cameras").rows["uses_camera"].field.buttons()
    tab_to(qtbot, yes)
    press(qtbot, Qt.Key.Key_Right)
    with qtbot.wait_signal(workspace.intake.assessment_changed):
        press(qtbot, Qt.Key.Key_Space)
    assert no.isChecked()
    assert workspace.intake.assessment.reading.verdict is Verdict.MINIMAL
    assert workspace.assessment_panel.badge.text() == "Minimal risk"  # complete, so final
    # 3. Decision: Ctrl+PgDown past Evidence, Space on an outcome, type why, Space on Record.
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_step == view.model.section_count() + DECISION
    panel = workspace.decision_panel
    approve = panel.outcome_buttons[Outcome.APPROVE]
    tab_to(qtbot, approve)
    press(qtbot, Qt.Key.Key_Space)
    assert approve.isChecked()
    tab_to(qtbot, panel.rationale)
    type_text(qtbot, "Minimal risk; no camera and a small team.")
    tab_to(qtbot, panel.record_button)
    assert panel.record_button.isEnabled()
    dialog_calls.files.append(reviewer_identity.p12)  # who decides: the signing identity
    with qtbot.wait_signal(workspace.decided):
        press(qtbot, Qt.Key.Key_Space)
    assert service.get_review(workspace.review_id).current.decision is not None
    # 4. Signing: Ctrl+PgDown to the last step, Space on Sign; the seam gives file and passphrase.
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_step == view.model.section_count() + SIGN
    signing = workspace.signing_panel
    tab_to(qtbot, signing.sign_button)
    out = tmp_path / "signed.pdf"
    dialog_calls.files.append(reviewer_identity.p12)
    dialog_calls.passphrases.append(reviewer_identity.passphrase.decode())
    dialog_calls.saves.append(out)
    with qtbot.wait_signal(signing.signed, timeout=60_000):
        press(qtbot, Qt.Key.Key_Space)
    assert out.is_file()
    summary = service.get_review(workspace.review_id).summary
    assert summary.status is ReviewStatus.AWAITING_APPROVAL
    assert dialog_calls.errors == []
    window.close()
    service.close()
