"""The review workspace: intake steps and decision on the left, the live assessment on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from reviewer import Decision
from ui import dialogs
from ui.assessment.panel import AssessmentPanel
from ui.decision.controller import DecisionController
from ui.decision.panel import DecisionPanel
from ui.intake.controller import IntakeController
from ui.intake.view import IntakeView
from ui.theme import muted


class ReviewWorkspace(QWidget):
    """Wires one review's intake, live assessment and decision together.

    Signals:
        citation_activated(str, str): a clause citation was followed; carries pack and clause id.
    """

    citation_activated = Signal(str, str)

    def __init__(
        self,
        intake: IntakeController,
        decision: DecisionController,
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.intake = intake
        self.decision = decision
        self.decision_panel = DecisionPanel(decision, self)
        self.intake_view = IntakeView(intake, [("Decision", self.decision_panel)], self)
        self.assessment_panel = AssessmentPanel(self)
        self.notice = QLabel(notice, self)
        self.notice.setObjectName("workspaceNotice")
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(16, 6, 16, 6)
        muted(self.notice)
        self.notice.setVisible(bool(notice))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.intake_view)
        splitter.addWidget(self.assessment_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([940, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        line.setVisible(bool(notice))
        layout.addWidget(line)
        layout.addWidget(splitter, 1)
        intake.assessment_changed.connect(self._on_assessment)
        intake.failed.connect(lambda message: dialogs.show_error(self, "Not saved", message))
        decision.recorded.connect(self._on_decided)
        decision.changed.connect(self._show_decision_status)
        self.assessment_panel.citation_activated.connect(self.citation_activated)
        self._on_assessment(intake.assessment)

    def _on_assessment(self, _assessment: object) -> None:
        """Show the new assessment and let the decision follow it."""
        missing = self.intake.missing_required_terms()
        self.assessment_panel.show_assessment(self.intake.assessment, missing)
        self.decision.set_assessment(self.intake.assessment, missing)

    def _show_decision_status(self) -> None:
        """Put the decision's state in the step list."""
        problems = self.decision.problems()
        count = len(problems)
        status = "Ready to record" if not count else f"{count} item{'s' if count > 1 else ''} to do"
        self.intake_view.set_trailing_status(0, status)

    def _on_decided(self, decision: Decision) -> None:
        """Confirm the decision quietly; storing and signing it come with the service layer."""
        self.decision_panel.show_status(
            f"Decision recorded for this session: {decision.outcome.label},"
            f" by {decision.decided_by}."
            " Signing and storing decisions arrive in a later release."
        )
