"""The review workspace: intake, evidence, decision and signing on the left, the assessment right.

A decided or signed revision is read-only: a banner says why (in the lifecycle's words) and
offers "Reopen for changes…", which asks for a reason and opens a new revision.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer import Decision, ReviewerError
from reviewer.followup import ObligationItemState, ObligationState
from reviewer.lifecycle import Step, allowed_steps
from reviewer.records import Attachment, ReviewStatus
from ui import dialogs
from ui.assessment.panel import AssessmentPanel
from ui.decision.controller import DecisionController
from ui.decision.panel import DecisionPanel
from ui.evidence.panel import EvidencePanel
from ui.followup.linking import link_attachment
from ui.followup.section import FollowUpSection
from ui.i18n import moment_text
from ui.intake.controller import IntakeController, MissingSection
from ui.intake.view import IntakeView
from ui.reviews.owed_steps import OwedSteps
from ui.reviews.session import ReviewSession
from ui.reviews.sink import ServiceAnswerSink
from ui.reviews.states import lock_banner, state_colours, status_label
from ui.settings.model import load_settings, remember_assessment_collapsed
from ui.signing.panel import SigningPanel
from ui.signing.work import choose_person, remembered_person
from ui.theme import badge_style, outcome_label

EVIDENCE, DECISION, SIGN = range(3)
"""The trailing steps after the questionnaire's sections, in the order a review goes."""


def state_badge_style(status: ReviewStatus) -> str:
    """Return the style of a review state's badge."""
    return badge_style(*state_colours(status), 4, "3px 10px")


class ReviewWorkspace(QWidget):
    """Wires one stored review's intake, assessment, evidence, decision and signing together.

    Signals:
        citation_activated(str, str): a clause citation was followed; carries pack and clause id.
        reload_requested(str): the review must be opened again (after a stale edit the person
            chose to reload, or after reopening); carries its id.
        decided(object): the decision was stored; carries the service's `ReviewChange`.
        reopened(object): a new revision was opened; carries the service's `ReviewChange`.
        decision_identity_used(object): an identity file named the decider; carries its `Path`.
    """

    citation_activated = Signal(str, str)
    reload_requested = Signal(str)
    decided = Signal(object)
    reopened = Signal(object)
    decision_identity_used = Signal(object)

    def __init__(
        self,
        intake: IntakeController,
        decision: DecisionController,
        session: ReviewSession,
        sink: ServiceAnswerSink,
        parent: QWidget | None = None,
        *,
        tsa_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.intake = intake
        self.decision = decision
        self.session = session
        self.sink = sink
        self._conflict_shown = False
        self.reloading = False
        self.evidence_panel = EvidencePanel(session, self)
        self.decision_panel = DecisionPanel(decision, self)
        self.signing_panel = SigningPanel(session, tsa_url, self.flush, self)
        trailing: list[tuple[str, QWidget]] = [
            (self.tr("Evidence"), self.evidence_panel),
            (self.tr("Decision"), self.decision_panel),
            (self.tr("Sign and approve"), self.signing_panel),
        ]
        self.owed = OwedSteps(session, self)
        self.intake_view = IntakeView(intake, trailing, self, owed=self.owed.titled_pages())
        self.owed.connect_view(self.intake_view, self._on_failed)
        self.assessment_panel = AssessmentPanel(self)
        self.status_badge = QLabel(self)
        self.status_badge.setObjectName("reviewState")
        self.lock = QFrame(self)
        self.lock.setObjectName("lockBanner")
        self.lock_text = QLabel(self.lock)
        self.lock_text.setObjectName("lockReason")
        self.lock_text.setWordWrap(True)
        self.lock_text.setTextFormat(Qt.TextFormat.PlainText)
        self.reopen_button = QPushButton(self.tr("Reopen for changes…"), self.lock)
        self.reopen_button.setAccessibleName(self.tr("Reopen this review for changes"))
        self.reopen_button.clicked.connect(self.reopen)
        lock_row = QHBoxLayout(self.lock)
        lock_row.setContentsMargins(16, 8, 16, 8)
        lock_row.addWidget(QLabel("🔒", self.lock))
        lock_row.addWidget(self.lock_text, 1)
        lock_row.addWidget(self.reopen_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.intake_view)
        splitter.addWidget(self.assessment_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        # The form gets the spare width: its help column wraps, while the panel reads at 300.
        splitter.setSizes([840, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.lock)
        self.follow_up = FollowUpSection(session.service, self)
        self.follow_up.closed.connect(lambda _condition: self._show_follow_up(reload=True))
        self.follow_up.re_review_requested.connect(self.reopen)
        layout.addWidget(self.follow_up)
        layout.addWidget(splitter, 1)
        intake.assessment_changed.connect(self._on_assessment)
        intake.failed.connect(self._on_failed)
        decision.recorded.connect(self._on_decided)
        decision.changed.connect(self._show_steps)
        self.assessment_panel.citation_activated.connect(self.citation_activated)
        self.assessment_panel.question_requested.connect(self.intake_view.focus_question)
        self.decision_panel.missing.question_requested.connect(self._go_to_missing)
        for controller in self.owed.controllers:
            controller.answer_changed.connect(lambda _qid: self._show_missing())
            controller.visibility_changed.connect(self._show_missing)
        self.assessment_panel.set_collapsed(load_settings().assessment_collapsed)
        self.assessment_panel.collapsed_changed.connect(remember_assessment_collapsed)
        session.conflicted.connect(self._on_conflict)
        session.changed.connect(lambda _change: self._show_steps())
        sink.flushed.connect(self.intake_view.show_saved)
        sink.flush_failed.connect(self._on_failed)
        self.evidence_panel.attached.connect(lambda _a: self._show_steps())
        self.evidence_panel.link_requested.connect(self._link_evidence)
        self.signing_panel.changed.connect(self._on_lifecycle_change)
        # The identity may be chosen in Settings while the review is open: look again each time.
        self.intake_view.step_changed.connect(
            lambda row: (
                self._show_decider()
                if row == self.intake_view.model.section_count() + DECISION
                else None
            )
        )
        self.decision_panel.obligations.mark_requested.connect(self._mark_obligation)
        decision.changed.connect(self._default_next_review)
        self._on_assessment(intake.assessment)
        self._show_decider()
        self._show_follow_up()
        self._restore_decision()
        self._show_lock()
        self._show_steps()

    @property
    def review_id(self) -> str:
        """Return the id of the stored review shown."""
        return self.session.review_id

    @property
    def reference(self) -> str:
        """Return the review's reference, as people read it (R-YYYY-NNNN)."""
        return self.session.detail.summary.reference

    @property
    def state(self) -> ReviewStatus:
        """Return the state of the revision shown."""
        return self.session.detail.current.state

    @property
    def locked(self) -> bool:
        """Tell whether the revision shown is read-only."""
        return lock_banner(self.state) is not None

    def flush(self) -> bool:
        """Save any answer still being typed; return False (after saying why) when it failed."""
        if not self.sink.pending and not self.owed.pending:
            return True
        try:
            self.sink.flush()
            self.owed.flush()
        except ReviewerError as exc:
            self._on_failed(str(exc))
            return False
        self.intake_view.show_saved(self.sink.save_note)
        return True

    def _on_assessment(self, _assessment: object) -> None:
        """Show the new assessment and let the decision follow it."""
        groups = self.intake.missing_required_by_section()
        self.assessment_panel.show_assessment(self.intake.assessment, groups)
        self._show_missing(groups)
        self.decision.set_assessment(self.intake.assessment, self.intake.missing_required_terms())
        self._show_obligations()
        if self.owed.follow(self.intake.assessment) and not self.reloading:
            # The answers now call for a questionnaire with no step yet: open it by reloading.
            self.reloading = True
            QTimer.singleShot(0, self._reload_for_owed)

    def _show_missing(self, intake: list[MissingSection] | None = None) -> None:
        """List on the decision page what is missing: intake answers, then owed questionnaires.

        The assessment panel lists only the intake's: those are what keep the verdict
        provisional. An owed questionnaire (the FRIA) does not change the verdict, but an
        approval waits for it, so the decision page lists it too.
        """
        if intake is None:
            intake = self.intake.missing_required_by_section()
        self.decision_panel.show_missing([*intake, *self.owed.missing_groups()])

    def _go_to_missing(self, link: str) -> None:
        """Open the question a missing answer's link names, in the intake or an owed step."""
        if not self.owed.focus(link):
            self.intake_view.focus_question(link)

    def _show_obligations(self) -> None:
        """Show the assessment's obligations with their stored marks and pre-marks."""
        stored = {item.id: item for item in self.session.detail.obligations}
        items = [
            stored.get(o.id) or ObligationItemState(id=o.id, text=o.text, sources=o.sources)
            for o in self.intake.assessment.obligations
        ]
        self.decision_panel.obligations.set_items(items, self.session.detail.attachments)

    def _mark_obligation(
        self, obligation_id: str, state: ObligationState, reason: str, evidence: list[int]
    ) -> None:
        """Store an obligation's mark through the service; a refusal is shown on the page."""
        session = self.session
        if not self.flush():
            return
        service = session.service
        try:
            session.change(
                lambda version: service.mark_obligation(
                    session.review_id,
                    obligation_id,
                    state,
                    reason=reason or None,
                    evidence=evidence,
                    expected_version=version,
                )
            )
        except ReviewerError as exc:
            self.decision_panel.show_problem(str(exc))
            return
        session.reload()
        self.decision_panel.show_problem("")
        self._show_obligations()

    def _link_evidence(self, attachment: Attachment) -> None:
        """Link a file to a condition or an obligation, then show what changed."""
        if link_attachment(self, self.session, attachment):
            self._show_obligations()
            self._show_follow_up()

    def _show_follow_up(self, reload: bool = False) -> None:
        """Show the conditions to follow up and any suspension (read again after a change)."""
        detail = self.session.reload() if reload else self.session.detail
        self.follow_up.show_review(detail)

    def _default_next_review(self) -> None:
        """Offer the verdict's default next-review date once an approval is chosen."""
        outcome = self.decision.outcome
        if outcome is None or not outcome.approves or self.decision.next_review is not None:
            return
        service = self.session.service
        self.decision_panel.set_next_review(
            service.re_review.next_review(self.decision.verdict, date.today())
        )

    def _reload_for_owed(self) -> None:
        """Reload the review once its answers are saved, to show a newly owed step."""
        if self.flush():
            self.reload_requested.emit(self.session.review_id)
        else:
            self.reloading = False

    def _show_lock(self) -> None:
        """Make a decided or signed revision read-only, and say why in the banner."""
        state = self.state
        banner = lock_banner(state)
        locked = banner is not None
        self.lock.setVisible(locked)
        self.lock_text.setText(banner or "")
        self.lock.setStyleSheet(
            "QFrame#lockBanner { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.reopen_button.setVisible(Step.REOPEN in allowed_steps(state))
        # Only the answer fields are disabled: the questions and help stay readable.
        for page in self.intake_view.section_pages:
            for row in page.rows.values():
                row.field.setEnabled(not locked)
        self.owed.set_locked(locked)
        self.evidence_panel.set_locked(banner)
        self.decision_panel.set_read_only(locked)
        self.status_badge.setText(status_label(state))
        self.status_badge.setStyleSheet(state_badge_style(state))
        self.status_badge.setAccessibleName(
            self.tr("Status: {status}").format(status=status_label(state))
        )

    def _show_steps(self) -> None:
        """Put the evidence count, the decision's and the signature's state in the step list."""
        detail = self.session.detail
        count = len(detail.attachments)
        self.intake_view.set_trailing_status(
            EVIDENCE,
            self.tr("No files")
            if not count
            else self.tr("1 file")
            if count == 1
            else self.tr("{count} files").format(count=count),
        )
        state = detail.current.state
        if detail.current.decision is not None:
            self.intake_view.set_trailing_status(DECISION, self.tr("Decided"))
            self.intake_view.set_trailing_status(
                SIGN,
                self.tr("Ready to sign") if state is ReviewStatus.DECIDED else status_label(state),
            )
            return
        self.intake_view.set_trailing_status(SIGN, "")
        problems = len(self.decision.problems())
        if not problems:
            status = self.tr("Ready to record")
        elif problems == 1:
            status = self.tr("1 item to do")
        else:
            status = self.tr("{count} items to do").format(count=problems)
        self.intake_view.set_trailing_status(DECISION, status)

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
        if reload:
            self.reloading = True
            self.reload_requested.emit(self.session.review_id)

    def _restore_decision(self) -> None:
        """Show a stored review's decision, so reopening it shows what was decided."""
        revision = self.session.detail.current
        stored = revision.decision
        if stored is None:
            return
        self.decision_panel.rationale.setPlainText(stored.rationale)
        self.decision.set_outcome(stored.outcome)
        self.decision.conditions.replace(
            list(self.session.detail.conditions) or list(stored.conditions)
        )
        self.decision_panel.set_next_review(revision.next_review)
        if stored.escalate_to:
            self.decision_panel.escalate_to.setText(stored.escalate_to)
        who = stored.decided_by
        if revision.decider_email:
            who = f"{who} <{revision.decider_email}>"
        self.decision_panel.show_status(
            self.tr("Decided: {outcome}, by {who} on {when}.").format(
                outcome=outcome_label(stored.outcome),
                who=who,
                when=moment_text(stored.decided_at),
            )
        )

    def _show_decider(self) -> None:
        """Say who the decision will be recorded under: the signing identity's person."""
        chosen = remembered_person()
        self.decision_panel.show_decider(
            self.tr(
                "Recorded as {who}, from your signing identity; sign it with the same identity."
            ).format(who=chosen.label)
            if chosen is not None
            else self.tr(
                "You will choose your signing identity: the decision is recorded under its"
                " name and email, and only that identity can sign it."
            )
        )

    def _on_decided(self, decision: Decision) -> None:
        """Record the decision under the signing identity's person, through the service."""
        session = self.session
        if not self.flush():
            return
        chosen = choose_person(self)
        if chosen is None:
            return
        self.decision_identity_used.emit(chosen.identity_file)
        service = session.service
        try:
            change = session.change(
                lambda version: service.decide(
                    session.review_id,
                    decision.outcome,
                    decision.rationale,
                    self.decision.conditions.drafts() if decision.outcome.approves else [],
                    decider=chosen.person,
                    escalate_to=decision.escalate_to,
                    next_review=self.decision.next_review if decision.outcome.approves else None,
                    expected_version=version,
                )
            )
        except ReviewerError as exc:
            self.decision_panel.show_problem(str(exc))
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
        self.signing_panel.refresh()
        self.decision_panel.show_status(
            self.tr(
                "Decision saved: {outcome}, by {who}. Next: sign it with the same identity."
            ).format(outcome=outcome_label(decision.outcome), who=chosen.label)
        )
        self._show_lock()
        self._show_steps()
        self.decided.emit(change)

    def reopen(self) -> None:
        """Ask why, then open a new revision for changes; the signed PDF becomes superseded."""
        reason = dialogs.ask_text(
            self,
            self.tr("Reopen for changes"),
            self.tr(
                "Why must {reference} change? The reason is kept in the audit trail, and any"
                " PDF signed for this revision is marked superseded."
            ).format(reference=self.reference),
        )
        if reason is None or not reason.strip():
            return
        session = self.session
        try:
            change = session.change(
                lambda version: session.service.reopen(
                    session.review_id, reason, expected_version=version
                )
            )
        except ReviewerError as exc:
            if not self._conflict_shown:
                dialogs.show_error(
                    self,
                    self.tr("The review was not reopened"),
                    self.tr("{problem}\n\nRefresh the review and try again.").format(problem=exc),
                )
            return
        self.reopened.emit(change)
        self.reloading = True
        self.reload_requested.emit(session.review_id)

    def _on_lifecycle_change(self, _change: object) -> None:
        """Show a state change made on the signing step (signed, returned, approved...)."""
        self.session.reload()
        self._show_follow_up()
        self._show_lock()
        self._show_steps()
