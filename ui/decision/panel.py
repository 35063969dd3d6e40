"""The decision step's view: outcome, rationale, conditions, and why approval may be blocked."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
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
from ui.decision.controller import DecisionController
from ui.i18n import marked
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
        layout.addWidget(_heading(self.tr("Conditions of approval"), body))
        self.conditions_hint = QLabel(
            self.tr("Pre-filled from the obligations; double-click or press F2 to edit."), body
        )
        muted(self.conditions_hint)
        self.conditions_hint.setWordWrap(True)
        layout.addWidget(self.conditions_hint)
        self.conditions = QListView(body)
        self.conditions.setModel(controller.conditions)
        self.conditions.setAccessibleName(self.tr("Conditions of approval"))
        self.conditions.setWordWrap(True)
        self.conditions.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.conditions.setMinimumHeight(90)
        self.conditions.setMaximumHeight(110)
        layout.addWidget(self.conditions)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add condition…"), body)
        self.add_button.setAccessibleName(self.tr("Add a condition"))
        self.remove_button = QPushButton(self.tr("Remove"), body)
        self.remove_button.setAccessibleName(self.tr("Remove the selected condition"))
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addSpacing(6)
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
        self.conditions.setEnabled(approvable)
        self.add_button.setEnabled(approvable and not locked)
        self.remove_button.setEnabled(
            approvable and not locked and controller.conditions.rowCount() > 0
        )

    def set_read_only(self, read_only: bool) -> None:
        """Show a recorded decision that cannot change: readable, but nothing can be edited."""
        self._read_only = read_only
        self.conditions_hint.setVisible(not read_only)
        self.decider.setVisible(not read_only)
        self.rationale.setReadOnly(read_only)
        self.escalate_to.setReadOnly(read_only)
        self.conditions.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.refresh()

    def show_decider(self, text: str) -> None:
        """Say, beside Record, under whose name the decision will be recorded."""
        self.decider.setText(text)

    def show_status(self, text: str) -> None:
        """Show a quiet line under the Record button."""
        self.status.setText(text)

    def _on_add(self) -> None:
        """Ask for a condition's text through the dialog seam, and add it."""
        text = dialogs.ask_text(self, self.tr("Add condition"), self.tr("Condition of approval:"))
        if text and text.strip():
            row = self._controller.conditions.add(text.strip())
            self.conditions.setCurrentIndex(self._controller.conditions.index(row))

    def _on_remove(self) -> None:
        """Remove the selected condition."""
        index = self.conditions.currentIndex()
        if index.isValid():
            self._controller.conditions.remove(index.row())

    def _on_record(self) -> None:
        """Record the decision; an error the officer can fix is shown through the dialog seam."""
        try:
            self._controller.decide()
        except (ReviewerError, ValidationError) as exc:
            dialogs.show_error(self, self.tr("The decision cannot be recorded"), str(exc))
