from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.ui.helpers import click_option, option_button
from ui.intake.fields import NumberField
from ui.intake.step_model import StepListModel
from ui.reviews.workspace import DECISION, ReviewWorkspace

pytestmark = pytest.mark.gui


def test_follow_up_appears_and_disappears_as_you_click(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    page = workspace.intake_view.page("cameras")
    assert not page.rows["camera_type"].isVisible()
    assert not page.rows["warrant"].isVisible()
    with qtbot.wait_signal(workspace.intake.visibility_changed):
        click_option(qtbot, workspace, "uses_camera", "Yes")
    assert page.rows["camera_type"].isVisible()
    assert page.rows["functions"].isVisible()
    assert not page.rows["warrant"].isVisible()
    with qtbot.wait_signal(workspace.intake.visibility_changed):
        click_option(qtbot, workspace, "functions", "Identification")
    assert page.rows["warrant"].isVisible()
    with qtbot.wait_signal(workspace.intake.visibility_changed):
        click_option(qtbot, workspace, "uses_camera", "No")
    assert not page.rows["camera_type"].isVisible()
    assert not page.rows["warrant"].isVisible()


def test_section_progress_and_missing_required_update(
    qtbot: QtBot, workspace: ReviewWorkspace
) -> None:
    page = workspace.intake_view.page("deployer")
    assert page.progress_label.text() == "0 of 4 answered · 1 required missing"
    assert page.missing_label.text() == "Still needed: Organisation type"
    click_option(qtbot, workspace, "org_type", "Private company")
    assert page.progress_label.text() == "1 of 4 answered"
    assert page.missing_label.isHidden()
    assert page.progress_bar.value() == 1
    model = workspace.intake_view.model
    assert model.data(model.index(0)) == "Deployer\n1 of 4 answered"


def test_saved_indicator_shows_after_a_change(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    label = workspace.intake_view.saved_label
    assert label.text() == ""
    click_option(qtbot, workspace, "org_type", "Police")
    assert label.text() == "✓ Saved"


def test_a_number_that_is_not_one_shows_a_message(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    row = workspace.intake_view.page("deployer").rows["headcount"]
    field = row.field
    assert isinstance(field, NumberField)
    with qtbot.wait_signal(workspace.intake.problem_changed):
        qtbot.keyClicks(field.line, "about ten")
    assert row.problem.isVisible()
    assert row.problem.text() == "Enter a number, for example 250 or 12.5."
    field.line.clear()
    with qtbot.wait_signal(workspace.intake.problem_changed):
        qtbot.keyClicks(field.line, "10")
    assert not row.problem.isVisible()
    assert workspace.intake.answer("headcount") == 10


def test_keyboard_moves_between_steps(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    view = workspace.intake_view
    first = option_button(workspace, "org_type", "Police")
    first.setFocus()
    qtbot.wait_until(first.hasFocus)
    with qtbot.wait_signal(view.step_changed) as changed:
        qtbot.keyClick(first, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [1]
    assert view.pages.currentWidget() is view.page("cameras")
    with qtbot.wait_signal(view.step_changed) as changed:
        qtbot.keyClick(view.steps, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [2]
    # Evidence comes before the decision: what is decided is what was attached.
    assert view.pages.currentWidget() is workspace.evidence_panel
    with qtbot.wait_signal(view.step_changed) as changed:
        qtbot.keyClick(view.steps, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert changed.args == [1]


def test_next_button_names_the_next_step(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    view = workspace.intake_view
    assert view.next_button.text() == "Next: Cameras →"
    assert not view.previous_button.isEnabled()
    with qtbot.wait_signal(view.step_changed):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.next_button.text() == "Next: Evidence →"
    assert view.previous_button.isEnabled()


def _inputs(root: QWidget) -> list[QWidget]:
    """Return every widget under root that a person types into or clicks to answer."""
    kinds = (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)
    # A spin box's inner line edit is Qt's own part; the spin box carries the name.
    # A table's corner button is Qt's own part too (it selects the whole table).
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, kinds)
        and not isinstance(w.parent(), QAbstractSpinBox)
        and w.objectName() != "qt_tableview_cornerbutton"
    ]


def test_every_input_has_an_accessible_name(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    inputs = _inputs(workspace)
    assert len(inputs) > 20
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in inputs if not w.accessibleName()]
    assert unnamed == []


def test_every_input_can_take_keyboard_focus(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    unreachable = [
        type(w).__name__
        for w in _inputs(workspace)
        if not w.focusPolicy() & Qt.FocusPolicy.TabFocus and not isinstance(w, QLineEdit)
    ]
    # The scroll areas' own scroll bars are not inputs; everything else takes Tab focus.
    assert unreachable == []


def test_step_model_passes_the_model_tester(qtmodeltester, workspace: ReviewWorkspace) -> None:  # type: ignore[no-untyped-def]
    model = workspace.intake_view.model
    assert isinstance(model, StepListModel)
    qtmodeltester.check(model, force_py=True)  # and it keeps checking every change below
    workspace.intake.set_answer("uses_camera", True)
    model.set_trailing_status(DECISION, "Ready to record")
    assert model.data(model.index(model.section_count() + DECISION)) == "Decision\nReady to record"
