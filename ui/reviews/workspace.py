"""The review workspace: intake steps and decision on the left, the live assessment on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from reviewer import Decision, ReviewerError
from ui import dialogs
from ui.assessment.panel import AssessmentPanel
from ui.decision.controller import DecisionController
from ui.decision.panel import DecisionPanel
from ui.intake.controller import IntakeController
from ui.intake.view import IntakeView
from ui.reviews.session import ReviewSession
from ui.reviews.sink import ServiceAnswerSink
from ui.theme import muted, outcome_label


class ReviewWorkspace(QWidget):
    """Wires one review's intake, live assessment, decision, evidence and signing together.

    Without a session it edits an in-memory draft (intake, assessment and decision only).

    Signals:
        citation_activated(str, str): a clause citation was followed; carries pack and clause id.
        reload_requested(str): after a stale edit the person chose to reload; carries the id.
        decided(object): the decision was stored; carries the service's `ReviewChange`.
    """

    citation_activated = Signal(str, str)
    reload_requested = Signal(str)
    decided = Signal(object)

    def __init__(
        self,
        intake: IntakeController,
        decision: DecisionController,
        notice: str = "",
        parent: QWidget | None = None,
        *,
        session: ReviewSession | None = None,
        sink: ServiceAnswerSink | None = None,
        tsa_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.intake = intake
        self.decision = decision
        self.session = session
        self.sink = sink
        self._conflict_shown = False
        self.reloading = False
        self.decision_panel = DecisionPanel(decision, self)
        trailing: list[tuple[str, QWidget]] = [(self.tr("Decision"), self.decision_panel)]
        self.evidence_panel = None
        self.signing_panel = None
        if session is not None:
            from ui.evidence.panel import EvidencePanel
            from ui.signing.panel import SigningPanel

            self.evidence_panel = EvidencePanel(session, self)
            self.signing_panel = SigningPanel(session, tsa_url, self.flush, self)
            trailing += [
                (self.tr("Evidence"), self.evidence_panel),
                (self.tr("Sign and export"), self.signing_panel),
            ]
        self.intake_view = IntakeView(intake, trailing, self)
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
        # The form gets the spare width: its help column wraps, while the panel reads well at 360.
        splitter.setSizes([780, 360])
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
        intake.failed.connect(self._on_failed)
        decision.recorded.connect(self._on_decided)
        decision.changed.connect(self._show_decision_status)
        self.assessment_panel.citation_activated.connect(self.citation_activated)
        if session is not None:
            session.conflicted.connect(self._on_conflict)
            session.changed.connect(lambda _change: self._show_decision_status())
        if sink is not None:
            sink.flushed.connect(self.intake_view.show_saved)
            sink.flush_failed.connect(self._on_failed)
        self._on_assessment(intake.assessment)
        self._restore_decision()

    @property
    def review_id(self) -> str | None:
        """Return the id of the stored review shown, or None for an in-memory draft."""
        return self.session.review_id if self.session is not None else None

    def flush(self) -> bool:
        """Save any answer still being typed; return False (after saying why) when it failed."""
        if self.sink is None or not self.sink.pending:
            return True
        try:
            self.sink.flush()
        except ReviewerError as exc:
            self._on_failed(str(exc))
            return False
        self.intake_view.show_saved(self.sink.save_note)
        return True

    def _on_assessment(self, _assessment: object) -> None:
        """Show the new assessment and let the decision follow it."""
        missing = self.intake.missing_required_terms()
        self.assessment_panel.show_assessment(self.intake.assessment, missing)
        self.decision.set_assessment(self.intake.assessment, missing)

    def _show_decision_status(self) -> None:
        """Put the decision's state in the step list."""
        if self.session is not None and self.session.detail.current.decision is not None:
            signed = self.session.detail.current.signature is not None
            self.intake_view.set_trailing_status(0, self.tr("Decided"))
            self.intake_view.set_trailing_status(
                2, self.tr("Signed") if signed else self.tr("Ready to sign")
            )
            return
        count = len(self.decision.problems())
        if not count:
            status = self.tr("Ready to record")
        elif count == 1:
            status = self.tr("1 item to do")
        else:
            status = self.tr("{count} items to do").format(count=count)
        self.intake_view.set_trailing_status(0, status)

    def _on_failed(self, message: str) -> None:
        """Say that a change was not saved, unless the conflict dialog already says so."""
        if self._conflict_shown:
            return
        dialogs.show_error(
            self,
            self.tr("Not saved"),
            self.tr("{problem}\n\nYour change was not saved; correct it and try again.").format(
                problem=message
            ),
        )

    def _on_conflict(self, message: str) -> None:
        """Offer to reload once the change that hit the conflict has unwound."""
        if self._conflict_shown:
            return
        self._conflict_shown = True
        QTimer.singleShot(0, lambda: self._ask_reload(message))

    def _ask_reload(self, message: str) -> None:
        """Explain the stale edit; reload only if the person agrees. Nothing is overwritten."""
        reload = dialogs.confirm(
            self,
            self.tr("Someone else changed this review"),
            self.tr(
                "{problem}\n\nYour last change was not saved, so nothing of theirs was"
                " overwritten. Reload the latest version, then make your change again."
            ).format(problem=message),
            self.tr("Reload latest version"),
        )
        self._conflict_shown = False
        if reload and self.session is not None:
            self.reloading = True
            self.reload_requested.emit(self.session.review_id)

    def _restore_decision(self) -> None:
        """Show a stored review's decision, so reopening it shows what was decided."""
        if self.session is None:
            return
        stored = self.session.detail.current.decision
        if stored is None:
            return
        self.decision_panel.rationale.setPlainText(stored.rationale)
        self.decision.set_outcome(stored.outcome)
        self.decision_panel.show_status(
            self.tr("Decided: {outcome}, by {who} on {when}.").format(
                outcome=outcome_label(stored.outcome),
                who=stored.decided_by,
                when=stored.decided_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            )
        )

    def _on_decided(self, decision: Decision) -> None:
        """Store the decision through the service; without one, keep it for this session."""
        session = self.session
        if session is None:
            self.decision_panel.show_status(
                self.tr(
                    "Decision recorded for this session: {outcome}, by {who}. Open a stored"
                    " review to keep and sign decisions."
                ).format(outcome=outcome_label(decision.outcome), who=decision.decided_by)
            )
            return
        if not self.flush():
            return
        service = session.service
        try:
            change = session.change(
                lambda version: service.decide(
                    session.review_id,
                    decision.outcome,
                    decision.rationale,
                    decision.conditions,
                    expected_version=version,
                )
            )
        except ReviewerError as exc:
            if not self._conflict_shown:
                dialogs.show_error(
                    self,
                    self.tr("The decision was not recorded"),
                    self.tr("{problem}\n\nCorrect the decision and record it again.").format(
                        problem=exc
                    ),
                )
            return
        session.reload()
        if self.signing_panel is not None:
            self.signing_panel.refresh()
        self.decision_panel.show_status(
            self.tr("Decision saved: {outcome}. Next: sign and export it.").format(
                outcome=outcome_label(decision.outcome)
            )
        )
        self._show_decision_status()
        self.decided.emit(change)
