"""The decision step's view: outcome, rationale, obligations, conditions and next review."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer import Outcome, ReviewerError
from ui import dialogs
from ui.assessment.missing import MissingAnswers
from ui.decision.conditions_table import ConditionsTable
from ui.decision.controller import DecisionController
from ui.decision.obligations import ObligationsChecklist
from ui.i18n import marked
from ui.intake.controller import MissingSection
from ui.theme import ProblemLabel, muted, outcome_label, set_point_delta

_HINTS = marked(
    {
        Outcome.APPROVE: QT_TRANSLATE_NOOP(
            "DecisionPanel", "The deployment may go ahead as described."
        ),
        Outcome.APPROVE_WITH_CONDITIONS: QT_TRANSLATE_NOOP(
            "DecisionPanel", "It may go ahead once the conditions below are met."
        ),
        Outcome.REJECT: QT_TRANSLATE_NOOP("DecisionPanel", "The deployment may not go ahead."),
        Outcome.ESCALATE: QT_TRANSLATE_NOOP(
            "DecisionPanel", "Refer the review to the next level of authority."
        ),
    }
)


def _heading(text: str, parent: QWidget) -> QLabel:
    """Return a bold section heading."""
    label = QLabel(text, parent)
    set_point_delta(label, 0, bold=True)
    return label


class DecisionPanel(QScrollArea):
    """Lays out the decision form; the controller decides what is allowed and what is missing."""

    def __init__(self, controller: DecisionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._read_only = False
        self.setObjectName("decisionPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(10)
        title = QLabel(self.tr("Decision"), body)
        set_point_delta(title, 5, bold=True)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Decide on the deployment as assessed. Your rationale goes into the signed report."
            ),
            body,
        )
        intro.setWordWrap(True)
        muted(intro)
        layout.addWidget(intro)
        self.blocked = ProblemLabel(body)
        self.blocked.setObjectName("blockedReason")
        layout.addWidget(self.blocked)
        layout.addWidget(_heading(self.tr("Outcome"), body))
        self.outcome_group = QButtonGroup(self)
        self.outcome_buttons: dict[Outcome, QRadioButton] = {}
        for position, outcome in enumerate(Outcome):
            button = QRadioButton(outcome_label(outcome), body)
            button.setAccessibleName(self.tr("Outcome: {0}").format(outcome_label(outcome)))
            outcome_hint = QCoreApplication.translate("DecisionPanel", _HINTS[outcome])
            button.setAccessibleDescription(outcome_hint)
            button.setToolTip(outcome_hint)
            self.outcome_group.addButton(button, position)
            self.outcome_buttons[outcome] = button
            layout.addWidget(button)
        self.outcome_group.idClicked.connect(
            lambda position: controller.set_outcome(list(Outcome)[position])
        )
        self.escalate_row = QWidget(body)
        escalate_layout = QHBoxLayout(self.escalate_row)
        escalate_layout.setContentsMargins(24, 0, 0, 0)
        escalate_layout.addWidget(QLabel(self.tr("Escalate to:"), self.escalate_row))
        self.escalate_to = QLineEdit(self.escalate_row)
        self.escalate_to.setPlaceholderText(self.tr("A name or an email"))
        self.escalate_to.setAccessibleName(self.tr("Person the review is escalated to"))
        self.escalate_to.setMaxLength(300)
        self.escalate_to.textChanged.connect(controller.set_escalate_to)
        escalate_layout.addWidget(self.escalate_to, 1)
        layout.addWidget(self.escalate_row)
        layout.addSpacing(6)
        layout.addWidget(_heading(self.tr("Rationale (required)"), body))
        self.rationale = QPlainTextEdit(body)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setPlaceholderText(self.tr("Say why you decided this way."))
        self.rationale.setAccessibleName(self.tr("Rationale (required)"))
        self.rationale.setFixedHeight(self.rationale.fontMetrics().lineSpacing() * 4 + 12)
        self.rationale.textChanged.connect(
            lambda: controller.set_rationale(self.rationale.toPlainText())
        )
        layout.addWidget(self.rationale)
        layout.addSpacing(6)
        # Obligations and conditions only matter while approval is possible: on a
        # prohibited use they would only push the Record button below the fold.
        self.conditions_box = QWidget(body)
        outer = layout
        layout = QVBoxLayout(self.conditions_box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(_heading(self.tr("Obligations"), body))
        obligations_hint = QLabel(
            self.tr(
                "Each obligation of the triggered clauses: mark it met or not applicable, or"
                " leave it to do and add a condition for it. A high-risk approval needs a"
                " condition, or every obligation settled."
            ),
            body,
        )
        obligations_hint.setWordWrap(True)
        muted(obligations_hint)
        layout.addWidget(obligations_hint)
        self.obligations = ObligationsChecklist(body)
        layout.addWidget(self.obligations)
        layout.addSpacing(6)
        layout.addWidget(_heading(self.tr("Conditions of approval"), body))
        self.conditions_hint = QLabel(
            self.tr(
                "Each condition needs an owner and a due date; say which clause or obligation"
                " it answers. Double-click a cell or press F2 to edit it."
            ),
            body,
        )
        muted(self.conditions_hint)
        self.conditions_hint.setWordWrap(True)
        layout.addWidget(self.conditions_hint)
        self.conditions_table = ConditionsTable(controller.conditions, body)
        self.conditions = self.conditions_table.view
        self.add_button = self.conditions_table.add_button
        self.remove_button = self.conditions_table.remove_button
        layout.addWidget(self.conditions_table)
        self.next_review_row = QWidget(body)
        next_layout = QHBoxLayout(self.next_review_row)
        next_layout.setContentsMargins(0, 4, 0, 0)
        next_label = QLabel(self.tr("Next review:"), self.next_review_row)
        self.next_review = QDateEdit(self.next_review_row)
        self.next_review.setCalendarPopup(True)
        self.next_review.setAccessibleName(self.tr("Date of the next review"))
        self.next_review.setToolTip(
            self.tr(
                "When the approval is reviewed again; the default follows the verdict, as set"
                " in Settings. Past it, the approval is suspended pending re-review."
            )
        )
        next_label.setBuddy(self.next_review)
        self.next_review.dateChanged.connect(self._on_next_review)
        next_layout.addWidget(next_label)
        next_layout.addWidget(self.next_review)
        next_layout.addStretch(1)
        layout.addWidget(self.next_review_row)
        layout.addSpacing(6)
        layout = outer
        layout.addWidget(self.conditions_box)
        self.missing = MissingAnswers(body, provisional=False)
        layout.addWidget(self.missing)
        self.problems = ProblemLabel(body)
        self.problems.setObjectName("decisionProblems")
        layout.addWidget(self.problems)
        record_row = QHBoxLayout()
        self.decider = QLabel(body)
        self.decider.setObjectName("decider")
        self.decider.setWordWrap(True)
        muted(self.decider)
        record_row.addWidget(self.decider, 1)
        self.record_button = QPushButton(self.tr("Record decision"), body)
        self.record_button.setAccessibleName(self.tr("Record decision"))
        self.record_button.clicked.connect(self._on_record)
        # Its natural width, whether or not the line beside it is shown.
        self.record_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        record_row.addStretch(0)
        record_row.addWidget(self.record_button)
        layout.addLayout(record_row)
        self.status = QLabel(body)
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)
        muted(self.status)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)
        controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the allowed outcomes, why approval may be blocked, and what is missing."""
        controller = self._controller
        allowed = controller.allowed
        locked = self._read_only
        for outcome, button in self.outcome_buttons.items():
            button.setEnabled(outcome in allowed and not locked)
        self.outcome_group.setExclusive(False)
        for outcome, button in self.outcome_buttons.items():
            button.setChecked(outcome is controller.outcome)
        self.outcome_group.setExclusive(True)
        self.escalate_row.setVisible(controller.outcome is Outcome.ESCALATE)
        reason = controller.blocked_reason()
        self.blocked.setText(reason or "")
        self.blocked.setVisible(reason is not None)
        problems = controller.problems()
        self.problems.setText("\n".join(problems))
        self.record_button.setEnabled(not problems and not locked)
        self.problems.setVisible(bool(problems) and not locked)
        approvable = Outcome.APPROVE_WITH_CONDITIONS in allowed
        self.conditions_box.setVisible(approvable)
        self.conditions.setEnabled(approvable)
        self.add_button.setEnabled(approvable and not locked)
        self.remove_button.setEnabled(
            approvable and not locked and controller.conditions.rowCount() > 0
        )
        approves = controller.outcome is not None and controller.outcome.approves
        self.next_review_row.setVisible(approves)
        self.next_review.setEnabled(not locked)
        self.obligations.set_editable(not locked)

    def set_read_only(self, read_only: bool) -> None:
        """Show a recorded decision that cannot change: readable, but nothing can be edited."""
        self._read_only = read_only
        self.conditions_hint.setVisible(not read_only)
        self.decider.setVisible(not read_only)
        self.rationale.setReadOnly(read_only)
        self.escalate_to.setReadOnly(read_only)
        self.conditions_table.set_editable(not read_only)
        self.refresh()

    def show_missing(self, groups: Sequence[MissingSection]) -> None:
        """List the missing required answers, each a link to its question."""
        self.missing.show_missing(groups)

    def show_decider(self, text: str) -> None:
        """Say, beside Record, under whose name the decision will be recorded."""
        self.decider.setText(text)

    def show_status(self, text: str) -> None:
        """Show a quiet line under the Record button."""
        self.status.setText(text)

    def set_next_review(self, day: date | None) -> None:
        """Show the next-review date: a recorded one, or the default of the verdict."""
        if day is None:
            return
        self.next_review.blockSignals(True)
        self.next_review.setDate(QDate(day.year, day.month, day.day))
        self.next_review.blockSignals(False)
        self._controller.set_next_review(day)

    def _on_next_review(self, value: QDate) -> None:
        """Keep the date the officer chose."""
        self._controller.set_next_review(date(value.year(), value.month(), value.day()))

    def show_problem(self, message: str) -> None:
        """Show what the service refused in the decision (an approval rule, a condition)."""
        self.problems.setText(message)
        self.problems.setVisible(bool(message))

    def _on_record(self) -> None:
        """Record the decision; an error the officer can fix is shown through the dialog seam."""
        try:
            self._controller.decide()
        except (ReviewerError, ValidationError) as exc:
            dialogs.show_error(self, self.tr("The decision cannot be recorded"), str(exc))
