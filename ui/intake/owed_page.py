"""The step of a questionnaire a review owes beyond the intake (the FRIA), filled like the intake.

Its sections are few and short, so they share one scrolling page: each section's title, then
its questions, built from the questionnaire data with the intake's own question rows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QScrollArea, QVBoxLayout, QWidget

from reviewer.questionnaire import Questionnaire
from ui.intake.controller import IntakeController
from ui.intake.section_page import QuestionRow
from ui.theme import muted, set_point_delta


def step_title(questionnaire: Questionnaire) -> str:
    """Return the short name of an owed questionnaire's step in the step list."""
    if questionnaire.id == "fria":
        return QCoreApplication.translate(
            "OwedQuestionnairePage", "Fundamental rights impact assessment"
        )
    return questionnaire.title


class OwedQuestionnairePage(QScrollArea):
    """Every section of an owed questionnaire on one page, with its completeness shown.

    The controller holds the answers and sends each one to the service, as for the intake.
    """

    def __init__(
        self, controller: IntakeController, owed: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._owed = owed
        questionnaire = controller.questionnaire
        self.setObjectName(f"owed-{questionnaire.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 20, 24)
        layout.setSpacing(8)
        title = QLabel(questionnaire.title, body)
        title.setWordWrap(True)
        title.setTextFormat(Qt.TextFormat.PlainText)
        set_point_delta(title, 5, bold=True)
        layout.addWidget(title)
        if questionnaire.description:
            description = QLabel(questionnaire.description, body)
            description.setWordWrap(True)
            description.setTextFormat(Qt.TextFormat.PlainText)
            muted(description)
            layout.addWidget(description)
        self.owed_label = QLabel(body)
        self.owed_label.setObjectName("owedState")
        self.owed_label.setWordWrap(True)
        layout.addWidget(self.owed_label)
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(6)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(self.tr("Progress of {0}").format(questionnaire.title))
        layout.addWidget(self.progress_bar)
        self.progress_label = QLabel(body)
        self.progress_label.setObjectName("owedProgress")
        self.progress_label.setWordWrap(True)
        muted(self.progress_label)
        layout.addWidget(self.progress_label)
        self.rows: dict[str, QuestionRow] = {}
        for section in questionnaire.sections:
            heading = QLabel(section.title, body)
            heading.setWordWrap(True)
            heading.setTextFormat(Qt.TextFormat.PlainText)
            set_point_delta(heading, 2, bold=True)
            layout.addSpacing(10)
            layout.addWidget(heading)
            for question in section.questions:
                row = QuestionRow(question, questionnaire, body)
                row.field.set_value(controller.answer(question.id))
                row.field.edited.connect(
                    lambda value, qid=question.id: controller.set_answer(qid, value)
                )
                self.rows[question.id] = row
                layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)
        controller.visibility_changed.connect(self.refresh)
        controller.answer_changed.connect(lambda _qid: self.refresh())
        controller.problem_changed.connect(self._show_problem)
        self.refresh()

    @property
    def questionnaire(self) -> Questionnaire:
        """Return the questionnaire this step fills in."""
        return self._controller.questionnaire

    @property
    def owed(self) -> bool:
        """Tell whether the review's current answers still call for this questionnaire."""
        return self._owed

    def focus_question(self, question_id: str) -> bool:
        """Scroll to a question and put the keyboard in its field; False if it is not here."""
        row = self.rows.get(question_id)
        if row is None or not row.isVisibleTo(self):
            return False
        inputs = [w for w in row.field.inputs() if w.isVisibleTo(row)]
        target = inputs[0] if inputs else row.field
        self.ensureWidgetVisible(row)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def missing_required(self) -> list[str]:
        """Name the shown required questions still unanswered."""
        questionnaire = self._controller.questionnaire
        return [
            term
            for section in questionnaire.sections
            for term in self._controller.progress(section).missing_required
        ]

    def status(self) -> str:
        """Return the step's completeness in a few words, for the step list."""
        if not self._owed:
            return self.tr("No longer owed")
        missing = len(self.missing_required())
        if not missing:
            return self.tr("Complete")
        if missing == 1:
            return self.tr("1 required answer missing")
        return self.tr("{count} required answers missing").format(count=missing)

    def set_owed(self, owed: bool) -> None:
        """Say whether the review still owes this questionnaire; its answers stay either way."""
        if owed != self._owed:
            self._owed = owed
            self.refresh()

    def set_locked(self, locked: bool) -> None:
        """Make the answers read-only (a decided or signed revision) or editable."""
        for row in self.rows.values():
            row.field.setEnabled(not locked)

    def refresh(self) -> None:
        """Show the questions that apply now, the completeness and whether it is owed."""
        controller = self._controller
        for qid, row in self.rows.items():
            row.setVisible(controller.is_visible(qid))
        shown = answered = 0
        for section in controller.questionnaire.sections:
            progress = controller.progress(section)
            shown += progress.shown
            answered += progress.answered
        self.progress_bar.setRange(0, max(shown, 1))
        self.progress_bar.setValue(answered)
        missing = self.missing_required()
        text = self.tr("{answered} of {shown} answered").format(answered=answered, shown=shown)
        if missing:
            text += " · " + self.tr("Still needed: {0}").format(", ".join(missing))
        self.progress_label.setText(text)
        self.owed_label.setText(
            self.tr(
                "This review owes this assessment: complete it before the system is first used."
                " An approval waits until every required question is answered."
            )
            if self._owed
            else self.tr(
                "The current answers no longer call for this assessment. Its answers are kept."
            )
        )

    def _show_problem(self, question_id: str) -> None:
        """Show or hide the problem message of one question."""
        row = self.rows.get(question_id)
        if row is not None:
            row.show_problem(self._controller.problem(question_id))
