"""One page of the intake form: a section's questions, each with its help text beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.questionnaire import Question, Questionnaire, Section
from ui.explanations import translate
from ui.intake.controller import IntakeController, SectionProgress
from ui.intake.fields import AnswerField, make_field
from ui.theme import ProblemLabel, muted, set_point_delta


class QuestionRow(QWidget):
    """A question's label, marks, input and problem message, with its help text beside it."""

    def __init__(
        self, question: Question, questionnaire: Questionnaire, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName(f"question-{question.id}")
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24 if question.visible_if else 0, 6, 0, 6)
        outer.setSpacing(16)
        left = QVBoxLayout()
        left.setSpacing(6)
        self.title = QLabel(question.label, self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        set_point_delta(self.title, 0, bold=True)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        if question.required:
            tag = QLabel(self.tr("Required"), self)
            tag.setObjectName("requiredTag")
            tag.setAccessibleName(self.tr("Required question"))
            muted(tag)
            heading.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        left.addLayout(heading)
        if question.visible_if is not None:
            because = QLabel(
                self.tr("Follow-up: asked because {0}").format(
                    question.asked_because_text(questionnaire, translate)
                )
            )
            because.setWordWrap(True)
            because.setTextFormat(Qt.TextFormat.PlainText)
            muted(because)
            set_point_delta(because, -1)
            left.addWidget(because)
        self.field: AnswerField = make_field(question, self)
        left.addWidget(self.field)
        self.problem = ProblemLabel(self)
        self.problem.setObjectName("problem")
        self.problem.hide()
        left.addWidget(self.problem)
        left.addStretch(1)
        outer.addLayout(left, 3)
        self.help = QLabel(question.help, self)
        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        self.help.setTextFormat(Qt.TextFormat.PlainText)
        self.help.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        muted(self.help)
        # Help yields width first, so long option labels never push the page sideways.
        self.help.setMinimumWidth(90)
        self.help.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.help, 2)

    def show_problem(self, text: str | None) -> None:
        """Show or hide the message about the value entered."""
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))
        self.field.setAccessibleDescription(text or "")


class SectionPage(QScrollArea):
    """A scrollable page holding one section's header, progress and question rows."""

    def __init__(
        self, section: Section, controller: IntakeController, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.section = section
        self._controller = controller
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"section-{section.id}")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 20, 24)
        layout.setSpacing(8)
        title = QLabel(section.title, body)
        title.setTextFormat(Qt.TextFormat.PlainText)
        set_point_delta(title, 5, bold=True)
        layout.addWidget(title)
        if section.description:
            description = QLabel(section.description, body)
            description.setWordWrap(True)
            description.setTextFormat(Qt.TextFormat.PlainText)
            muted(description)
            layout.addWidget(description)
        progress_row = QHBoxLayout()
        self.progress_bar = QProgressBar(body)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(6)
        self.progress_bar.setMaximumWidth(220)
        self.progress_bar.setAccessibleName(
            self.tr("Progress of section {0}").format(section.title)
        )
        self.progress_label = QLabel(body)
        muted(self.progress_label)
        progress_row.addWidget(self.progress_bar)
        progress_row.addWidget(self.progress_label)
        progress_row.addStretch(1)
        layout.addLayout(progress_row)
        self.missing_label = QLabel(body)
        self.missing_label.setObjectName("missingRequired")
        self.missing_label.setWordWrap(True)
        muted(self.missing_label)
        layout.addWidget(self.missing_label)
        layout.addSpacing(8)
        self.rows: dict[str, QuestionRow] = {}
        for question in section.questions:
            row = QuestionRow(question, controller.questionnaire, body)
            row.field.set_value(controller.answer(question.id))
            row.field.edited.connect(
                lambda value, qid=question.id: controller.set_answer(qid, value)
            )
            self.rows[question.id] = row
            layout.addWidget(row)
        layout.addStretch(1)
        self.setWidget(body)
        self.refresh()

    def refresh(self) -> None:
        """Show the questions that apply now, and this section's progress."""
        for qid, row in self.rows.items():
            row.setVisible(self._controller.is_visible(qid))
        self.show_progress(self._controller.progress(self.section))

    def show_progress(self, progress: SectionProgress) -> None:
        """Show how far the section is filled in and which required answers are missing."""
        self.progress_bar.setRange(0, max(progress.shown, 1))
        self.progress_bar.setValue(progress.answered)
        self.progress_label.setText(progress.summary())
        missing = progress.missing_required
        self.missing_label.setText(
            self.tr("Still needed: {0}").format(", ".join(missing)) if missing else ""
        )
        self.missing_label.setVisible(bool(missing))

    def show_answer(self, question_id: str) -> None:
        """Show an answer the controller holds, e.g. after it was set elsewhere."""
        row = self.rows.get(question_id)
        if row is not None:
            row.field.set_value(self._controller.answer(question_id))

    def show_problem(self, question_id: str) -> None:
        """Show the controller's problem message for a question of this page."""
        row = self.rows.get(question_id)
        if row is not None:
            row.show_problem(self._controller.problem(question_id))
