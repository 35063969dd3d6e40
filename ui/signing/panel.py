"""The Sign and approve step of a review: sign, then the approver's countersign, return or escalate.

Every step is one service call; the panel asks for what the call needs (an identity, a file, a
reason) and shows the written file's verification.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ConflictError, ReviewerError
from reviewer.lifecycle import Step, allowed_steps
from reviewer.records import ReviewChange, ReviewStatus
from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.i18n import moment_text
from ui.reviews.session import ReviewSession
from ui.signing.work import (
    PDF_FILTER,
    CountersignedReport,
    SignedReport,
    choose_person,
    countersign_stored,
    sign_review,
    unlock_identity,
)
from ui.theme import ProblemLabel, muted, outcome_label, set_point_delta
from ui.verify.view import VerificationView


def suggested_name(title: str) -> str:
    """Return a file name for a review's signed report."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")[:60] or "decision"
    return f"{stem}-decision.pdf"


class SigningPanel(QWidget):
    """Signs a decided review off the UI thread; then offers the approver's steps.

    Signals:
        signed(object): the report was signed, recorded and written; carries a `SignedReport`.
        countersigned(object): the approver countersigned here; carries a `CountersignedReport`.
        changed(object): the review's state changed here; carries the service's `ReviewChange`.
        identity_used(object): an identity file was unlocked to sign; carries its `Path`.
    """

    signed = Signal(object)
    countersigned = Signal(object)
    changed = Signal(object)
    identity_used = Signal(object)

    def __init__(
        self,
        session: ReviewSession,
        tsa_url: str | None = None,
        prepare: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._tsa_url = tsa_url
        self._prepare = prepare
        self.job: BackgroundJob | None = None
        self.result: SignedReport | None = None
        self.countersigned_result: CountersignedReport | None = None
        title = QLabel(self.tr("Sign and approve"), self)
        set_point_delta(title, 5, bold=True)
        intro = QLabel(
            self.tr(
                "Sign the recorded decision with the identity of the person who decided it. The"
                " signed PDF carries the decision, and once signed this revision can never"
                " change. The approver then countersigns it (concurs), returns it with a"
                " reason, or escalates it."
            ),
            self,
        )
        intro.setWordWrap(True)
        muted(intro)
        time_note = QLabel(
            self.tr("Without a timestamp authority the signing time is your own computer's claim.")
            if not tsa_url
            else self.tr("The signature is timestamped by {url}.").format(url=tsa_url),
            self,
        )
        time_note.setWordWrap(True)
        muted(time_note)
        self.status = QLabel(self)
        self.status.setObjectName("signingStatus")
        self.status.setWordWrap(True)
        self.problem = ProblemLabel(self)
        self.problem.hide()
        self.sign_button = QPushButton(self.tr("Sign and export…"), self)
        self.sign_button.setAccessibleName(self.tr("Sign and export the decision report"))
        self.sign_button.clicked.connect(self.sign)
        self.embed_evidence = QCheckBox(
            self.tr("Attach the evidence files to the PDF, under the signature"), self
        )
        self.embed_evidence.setObjectName("embedEvidence")
        self.embed_evidence.setAccessibleName(self.tr("Attach the evidence files to the PDF"))
        self.embed_evidence.setToolTip(
            self.tr("Each file goes in with its SHA-256; without this the PDF lists them only")
        )
        self.save_copy_button = QPushButton(self.tr("Save a copy of the signed PDF…"), self)
        self.save_copy_button.setToolTip(
            self.tr("Write the signed PDF kept in the database again, byte for byte")
        )
        self.save_copy_button.setAccessibleName(self.tr("Save a copy of the signed PDF"))
        self.save_copy_button.clicked.connect(self.save_copy)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Signing in progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.progress_label = QLabel(self.tr("Building and signing the report…"), self)
        self.progress_label.hide()
        self.approval = QGroupBox(self.tr("Approval"), self)
        self.approval_status = QLabel(self.approval)
        self.approval_status.setObjectName("approvalStatus")
        self.approval_status.setWordWrap(True)
        self.countersign_button = QPushButton(self.tr("Countersign…"), self.approval)
        self.countersign_button.setAccessibleName(self.tr("Countersign: concur with this decision"))
        self.countersign_button.clicked.connect(self.countersign)
        self.return_button = QPushButton(self.tr("Return for changes…"), self.approval)
        self.return_button.setAccessibleName(self.tr("Return the review to its officer"))
        self.return_button.clicked.connect(self.return_for_changes)
        self.escalate_button = QPushButton(self.tr("Escalate…"), self.approval)
        self.escalate_button.setAccessibleName(self.tr("Escalate the review to a named person"))
        self.escalate_button.clicked.connect(self.escalate)
        approval_buttons = QHBoxLayout()
        for button in (self.countersign_button, self.return_button, self.escalate_button):
            approval_buttons.addWidget(button)
        approval_buttons.addStretch(1)
        approval_layout = QVBoxLayout(self.approval)
        approval_layout.addWidget(self.approval_status)
        approval_layout.addLayout(approval_buttons)
        self.verification = VerificationView(self)
        self.verification.hide()  # shown once a file was signed or countersigned here
        row = QHBoxLayout()
        row.addWidget(self.embed_evidence)
        row.addWidget(self.sign_button)
        row.addWidget(self.save_copy_button)
        row.addWidget(self.progress)
        row.addWidget(self.progress_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(10)
        for widget in (title, intro, time_note, self.status, self.problem):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.approval)
        # While the check is hidden the spare room goes below everything, not between rows.
        layout.addWidget(self.verification, 100)
        layout.addStretch(1)
        session.changed.connect(lambda _change: self.refresh())
        self.refresh()

    @property
    def is_busy(self) -> bool:
        """Tell whether a report is being signed or countersigned."""
        return self.job is not None and self.job.running

    def refresh(self) -> None:
        """Say where the review stands, and offer the steps its state allows."""
        detail = self._session.detail
        revision = detail.current
        state = revision.state
        steps = allowed_steps(state)
        decision = revision.decision
        signature = revision.signature
        who = ""
        if decision is not None:
            who = decision.decided_by
            if revision.decider_email:
                who = f"{who} <{revision.decider_email}>"
        if decision is None:
            text = self.tr("Record a decision first; then you can sign it here.")
        elif state is ReviewStatus.DECIDED:
            text = self.tr(
                "Ready to sign: {outcome}, decided by {who}. Sign with that person's identity."
            ).format(outcome=outcome_label(decision.outcome), who=who)
        elif signature is not None:
            text = self.tr("Signed by {signer} on {when}. SHA-256 {digest}").format(
                signer=signature.signer,
                when=moment_text(signature.signed_at),
                digest=signature.pdf_sha256,
            )
        else:
            text = self.tr("Decided: {outcome}, by {who}.").format(
                outcome=outcome_label(decision.outcome), who=who
            )
        self.status.setText(text)
        self.sign_button.setEnabled(Step.SIGN in steps and not self.is_busy)
        self.sign_button.setVisible(signature is None)
        self.embed_evidence.setVisible(signature is None and bool(detail.attachments))
        kept = [r for r in detail.reports if r.revision == revision.number]
        self.save_copy_button.setVisible(bool(kept))
        self.save_copy_button.setEnabled(not self.is_busy)
        self.approval_status.setText(self._approval_text(state, kept[-1].signer if kept else ""))
        self.approval.setVisible(decision is not None)
        for button, step in (
            (self.countersign_button, Step.COUNTERSIGN),
            (self.return_button, Step.RETURN),
            (self.escalate_button, Step.ESCALATE),
        ):
            button.setVisible(step in steps)
            button.setEnabled(step in steps and not self.is_busy)

    def _approval_text(self, state: ReviewStatus, last_signer: str) -> str:
        """Say where the approval stands, in words."""
        summary = self._session.detail.summary
        note = self._session.detail.current.closing_note or ""
        approver = summary.approver or self.tr("the assigned approver")
        if state is ReviewStatus.DECIDED:
            return self.tr(
                "Once signed, the review awaits approval by {approver}. You may also escalate"
                " it to a named person now."
            ).format(approver=approver)
        if state is ReviewStatus.AWAITING_APPROVAL:
            return self.tr(
                "Awaiting approval by {approver}. Send them the signed PDF (Save a copy…), or, on"
                " a shared database, they open this review and countersign, return or escalate"
                " it here. A countersigned PDF comes back through Record countersignature… on"
                " the reviews list."
            ).format(approver=approver)
        if state is ReviewStatus.APPROVED:
            return self.tr(
                "Approved: countersigned by {who}, who concurs with this decision."
            ).format(who=last_signer)
        if state is ReviewStatus.RETURNED:
            return self.tr(
                "Returned by {who}, who wrote:\n“{reason}”\nReopen the review for changes,"
                " then decide and sign it again."
            ).format(who=self._last_actor("return") or self.tr("the approver"), reason=note)
        if state is ReviewStatus.ESCALATED:
            decision = self._session.detail.current.decision
            to = (
                self._last_detail("escalate", "to")
                or (decision.escalate_to if decision is not None else None)
                or "?"
            )
            return self.tr(
                "Escalated to {to}, with the reason:\n“{reason}”\nThey countersign or return it."
            ).format(to=to, reason=note or (decision.rationale if decision is not None else ""))
        return ""

    def _last_actor(self, kind: str) -> str | None:
        """Return who made the last audit event of a kind on this review, if any."""
        try:
            events = self._session.service.history(self._session.review_id)
        except ReviewerError:
            return None
        return next((e.actor for e in reversed(events) if e.kind == kind), None)

    def _last_detail(self, kind: str, key: str) -> str | None:
        """Return a detail of the last audit event of a kind on this review, if any."""
        try:
            events = self._session.service.history(self._session.review_id)
        except ReviewerError:
            return None
        event = next((e for e in reversed(events) if e.kind == kind), None)
        value = event.detail.get(key) if event is not None else None
        return str(value) if value is not None else None

    def _ref(self) -> str:
        """Return the review's reference."""
        return self._session.detail.summary.reference

    def sign(self) -> None:
        """Ask for the identity and the file, then sign off the UI thread."""
        if self.is_busy or (self._prepare is not None and not self._prepare()):
            return
        identity = unlock_identity(self)
        if identity is None:
            return
        self.identity_used.emit(identity.path)
        summary = self._session.detail.summary
        out = dialogs.save_file(
            self,
            self.tr("Save the signed report"),
            self.tr(PDF_FILTER),
            Path.home() / suggested_name(f"{summary.reference} {summary.title}"),
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        session, tsa_url = self._session, self._tsa_url
        embed = not self.embed_evidence.isHidden() and self.embed_evidence.isChecked()
        # The report is written in the interface language (English or French).
        language = "fr" if QLocale().language() == QLocale.Language.French else "en"
        self.problem.hide()
        self.verification.clear()
        self._busy(True)
        self.job = run_in_background(
            lambda: sign_review(
                session.service, session.review_id, identity, out, tsa_url, language, embed
            ),
            self,
            self._on_signed,
            self._on_failed,
        )

    def _busy(self, busy: bool) -> None:
        """Show or hide the progress indicator."""
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        if busy:
            for button in (
                self.sign_button,
                self.save_copy_button,
                self.countersign_button,
                self.return_button,
                self.escalate_button,
            ):
                button.setEnabled(False)

    def _on_signed(self, result: Any) -> None:
        """Take the finished job's result."""
        assert isinstance(result, SignedReport)
        self.show_signed(result)

    def show_signed(self, result: SignedReport) -> None:
        """Record the new version, and show the written file's verification."""
        self.job = None
        self._busy(False)
        self.result = result
        self._session.reload()
        self._session.accept(result.change)
        self.show_verification(result.path, result.verification)
        self.changed.emit(result.change)
        self.signed.emit(result)

    def show_verification(self, path: Path, verification: Any) -> None:
        """Show the check of a file written here."""
        self.verification.show_result(path, verification)
        self.verification.show()

    def _on_failed(self, message: str) -> None:
        """Say why the report was not signed and what to do."""
        self.job = None
        self._busy(False)
        self.refresh()
        text = self.tr("{problem}\n\nNothing was recorded as signed. Fix this and sign again.")
        self.problem.setText(text.format(problem=message))
        self.problem.show()
        dialogs.show_error(self, self.tr("The report was not signed"), text.format(problem=message))

    def save_copy(self) -> None:
        """Write the kept signed PDF (the countersigned one once approved) where the person says."""
        summary = self._session.detail.summary
        out = dialogs.save_file(
            self,
            self.tr("Save a copy of the signed report"),
            self.tr(PDF_FILTER),
            Path.home() / suggested_name(f"{summary.reference} {summary.title}"),
        )
        if out is None:
            return
        try:
            self._session.service.write_kept_report(self._session.review_id, out)
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("The copy was not written"), str(exc))
            return
        self.status.setText(self.tr("A copy was saved to {path}.").format(path=out))

    def countersign(self) -> None:
        """As the approver, countersign the kept signed report and record it, off the UI thread."""
        if self.is_busy:
            return
        identity = unlock_identity(self)
        if identity is None:
            return
        summary = self._session.detail.summary
        out = dialogs.save_file(
            self,
            self.tr("Save the countersigned report"),
            self.tr(PDF_FILTER),
            Path.home() / suggested_name(f"{summary.reference} {summary.title} countersigned"),
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        session, tsa_url = self._session, self._tsa_url
        self.problem.hide()
        self.verification.clear()
        self.progress_label.setText(self.tr("Countersigning the report…"))
        self._busy(True)
        self.job = run_in_background(
            lambda: countersign_stored(session.service, session.review_id, identity, out, tsa_url),
            self,
            self._on_countersigned,
            self._on_countersign_failed,
        )

    def _on_countersigned(self, outcome: Any) -> None:
        """Show the countersigned file's verification and the approved state."""
        result, change = outcome
        assert isinstance(result, CountersignedReport) and isinstance(change, ReviewChange)
        self.job = None
        self._busy(False)
        self.progress_label.setText(self.tr("Building and signing the report…"))
        self.countersigned_result = result
        self._session.reload()
        self._session.accept(change)
        self.show_verification(result.path, result.verification)
        self.changed.emit(change)
        self.countersigned.emit(result)

    def _on_countersign_failed(self, message: str) -> None:
        """Say why the report was not countersigned."""
        self.job = None
        self._busy(False)
        self.progress_label.setText(self.tr("Building and signing the report…"))
        self.refresh()
        text = self.tr("{problem}\n\nCheck your identity and the trust store, then try again.")
        self.problem.setText(text.format(problem=message))
        self.problem.show()
        dialogs.show_error(
            self, self.tr("The report was not countersigned"), text.format(problem=message)
        )

    def return_for_changes(self) -> None:
        """As the approver, decline to countersign: ask why and who you are, then record it."""
        reason = dialogs.ask_text(
            self,
            self.tr("Return for changes"),
            self.tr(
                "Why do you not countersign {reference}? The officer reads this, and it is kept"
                " in the audit trail."
            ).format(reference=self._ref()),
        )
        if reason is None or not reason.strip():
            return
        chosen = choose_person(self, ask=True)
        if chosen is None:
            return
        session = self._session
        self._step(
            lambda version: session.service.return_for_changes(
                session.review_id, reason, approver=chosen.person, expected_version=version
            ),
            self.tr("The review was not returned"),
        )

    def escalate(self) -> None:
        """Hand the review to a named person, with the reason."""
        to = dialogs.ask_text(
            self,
            self.tr("Escalate"),
            self.tr("Escalate {reference} to whom? Give a name or an email.").format(
                reference=self._ref()
            ),
        )
        if to is None or not to.strip():
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Escalate"),
            self.tr("Why does {to} need to decide? This is kept in the audit trail.").format(
                to=to.strip()
            ),
        )
        if reason is None or not reason.strip():
            return
        session = self._session
        self._step(
            lambda version: session.service.escalate(
                session.review_id, to, reason, expected_version=version
            ),
            self.tr("The review was not escalated"),
        )

    def _step(self, operation: Callable[[int], ReviewChange], failure: str) -> None:
        """Run one lifecycle step through the session; show a refusal, announce a change."""
        try:
            change = self._session.change(operation)
        except ConflictError:
            return  # the workspace explains the stale review and offers to reload it
        except ReviewerError as exc:
            dialogs.show_error(self, failure, str(exc))
            return
        self._session.reload()
        self.refresh()
        self.changed.emit(change)
