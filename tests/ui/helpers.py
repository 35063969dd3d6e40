"""Helpers that drive the intake form the way a person does."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from reviewer import Assessment, Outcome, PolicyPack, Questionnaire, assess
from reviewer.answers import AnswerValue
from ui.intake.fields import ChoiceField, MultiField
from ui.reviews.workspace import DECISION, SIGN, ReviewWorkspace


class MemorySink:
    """A test double of the answer sink: keeps answers in a dict and assesses them."""

    save_note = "Kept"

    def __init__(
        self,
        questionnaire: Questionnaire,
        packs: Sequence[PolicyPack],
        answers: Mapping[str, AnswerValue] | None = None,
    ) -> None:
        self._questionnaire = questionnaire
        self._packs = list(packs)
        self._answers: dict[str, AnswerValue] = dict(answers or {})
        self._assessment = assess(questionnaire, self._packs, self._answers)

    def current_answers(self) -> Mapping[str, AnswerValue]:
        """Return a copy of the answers."""
        return dict(self._answers)

    def current_assessment(self) -> Assessment:
        """Return the assessment of the answers."""
        return self._assessment

    def set_answer(self, question_id: str, value: AnswerValue) -> Assessment:
        """Store or clear one answer and re-assess."""
        if value is None:
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = value
        self._assessment = assess(self._questionnaire, self._packs, self._answers)
        return self._assessment


def option_button(workspace: ReviewWorkspace, question_id: str, label: str) -> QAbstractButton:
    """Return the radio button or checkbox of one option of a question."""
    view = workspace.intake_view
    for page in view.section_pages:
        row = page.rows.get(question_id)
        if row is None:
            continue
        field = row.field
        buttons = field.buttons() if isinstance(field, ChoiceField) else []
        if isinstance(field, MultiField):
            buttons = list(field.boxes())
        return next(b for b in buttons if b.text() == label)
    raise KeyError(question_id)


def click_option(qtbot: QtBot, workspace: ReviewWorkspace, question_id: str, label: str) -> None:
    """Show the page of a question, click one of its options and wait for the new assessment."""
    view = workspace.intake_view
    for row, page in enumerate(view.section_pages):
        if question_id in page.rows:
            view.go_to(row)
    button = option_button(workspace, question_id, label)
    page = view.pages.currentWidget()
    page.ensureWidgetVisible(button)
    with qtbot.wait_signal(workspace.intake.assessment_changed):
        click(qtbot, button)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button on its indicator, as a person does (a wide radio's middle is not live)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def answer_prohibited_use(qtbot: QtBot, workspace: ReviewWorkspace) -> None:
    """Answer as police identifying people with body-worn cameras, without a warrant."""
    click_option(qtbot, workspace, "org_type", "Police")
    click_option(qtbot, workspace, "uses_camera", "Yes")
    click_option(qtbot, workspace, "camera_type", "Body-worn camera")
    click_option(qtbot, workspace, "functions", "Identification")
    click_option(qtbot, workspace, "warrant", "No")


def decide_in_ui(
    qtbot: QtBot,
    workspace: ReviewWorkspace,
    calls: Any,
    identity_file: Path,
    outcome: Outcome = Outcome.APPROVE,
    rationale: str = "Low risk; the safeguards described are enough.",
) -> None:
    """Go to the Decision step, choose and explain an outcome, and record it as an identity.

    The identity file has its certificate beside it, so the decider is read without a
    passphrase.
    """
    view = workspace.intake_view
    view.go_to(view.model.section_count() + DECISION)
    panel = workspace.decision_panel
    click(qtbot, panel.outcome_buttons[outcome])
    panel.rationale.setPlainText(rationale)
    calls.files.append(identity_file)
    with qtbot.wait_signal(workspace.decided):
        qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)


def sign_in_ui(
    qtbot: QtBot, workspace: ReviewWorkspace, calls: Any, identity: Any, out: Path
) -> Any:
    """Go to the Sign step, sign with an identity and save to `out`; return the SignedReport."""
    view = workspace.intake_view
    view.go_to(view.model.section_count() + SIGN)
    panel = workspace.signing_panel
    calls.files.append(identity.p12)
    calls.passphrases.append(identity.passphrase.decode())
    calls.saves.append(out)
    with qtbot.wait_signal(panel.signed, timeout=60_000) as signed:
        qtbot.mouseClick(panel.sign_button, Qt.MouseButton.LeftButton)
    return signed.args[0]


def drop_file(qtbot: QtBot, target: QWidget, path: Path) -> None:
    """Drag a local file over a widget and drop it, as from a file manager."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = QPointF(target.rect().center())
    enter = QDragEnterEvent(
        point.toPoint(),  # a drag enters at a whole pixel; the drop lands at a QPointF
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, drop)
