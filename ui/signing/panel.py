"""The Sign and export step of a review: identity, where to save, progress, then verification."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.reviews.session import ReviewSession
from ui.signing.work import PDF_FILTER, SignedReport, sign_review, unlock_identity
from ui.theme import ProblemLabel, muted, set_point_delta
from ui.verify.view import VerificationView


def suggested_name(title: str) -> str:
    """Return a file name for a review's signed report."""
    stem = re.sub(r"[^\w\- ]+", "", title).strip().replace(" ", "-")[:60] or "decision"
    return f"{stem}-decision.pdf"


class SigningPanel(QWidget):
    """Signs a decided review's report off the UI thread, then shows the written file's check.

    Signals:
        signed(object): the report was written and recorded; carries a `SignedReport`.
        identity_used(object): an identity file was unlocked to sign; carries its `Path`.
    """

    signed = Signal(object)
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
        title = QLabel(self.tr("Sign and export"), self)
        set_point_delta(title, 5, bold=True)
        intro = QLabel(
            self.tr(
                "Sign the recorded decision with your PKCS#12 identity. The signed PDF carries"
                " the decision, and once signed this revision can never change."
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
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(self.tr("Signing in progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.progress_label = QLabel(self.tr("Building and signing the report…"), self)
        self.progress_label.hide()
        self.verification = VerificationView(self)
        row = QHBoxLayout()
        row.addWidget(self.sign_button)
        row.addWidget(self.progress)
        row.addWidget(self.progress_label)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(10)
        for widget in (title, intro, time_note, self.status, self.problem):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.verification, 1)
        session.changed.connect(lambda _change: self.refresh())
        self.refresh()

    @property
    def is_busy(self) -> bool:
        """Tell whether a report is being signed."""
        return self.job is not None and self.job.running

    def refresh(self) -> None:
        """Say whether the review can be signed now, or what to do first."""
        revision = self._session.detail.current
        summary = self._session.detail.summary
        signature = revision.signature
        if signature is not None and summary.revision == revision.number:
            self.status.setText(
                self.tr("Signed by {signer} on {when}. SHA-256 {digest}").format(
                    signer=signature.signer,
                    when=signature.signed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                    digest=signature.pdf_sha256,
                )
            )
            self.sign_button.setEnabled(False)
        elif revision.decision is None:
            self.status.setText(self.tr("Record a decision first; then you can sign it here."))
            self.sign_button.setEnabled(False)
        else:
            self.status.setText(
                self.tr("Ready to sign: {outcome}, decided by {who}.").format(
                    outcome=revision.decision.outcome.label, who=revision.decision.decided_by
                )
            )
            self.sign_button.setEnabled(not self.is_busy)

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
            Path.home() / suggested_name(summary.title),
        )
        if out is None:
            return
        if out.suffix.lower() != ".pdf":
            out = out.with_suffix(".pdf")
        session, tsa_url, version = self._session, self._tsa_url, self._session.version
        self.problem.hide()
        self.verification.clear()
        self._busy(True)
        self.job = run_in_background(
            lambda: sign_review(
                session.service, session.review_id, version, identity, out, tsa_url
            ),
            self,
            self._on_signed,
            self._on_failed,
        )

    def _busy(self, busy: bool) -> None:
        """Show or hide the progress indicator."""
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        self.sign_button.setEnabled(not busy)

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
        self.verification.show_result(result.path, result.verification)
        self.signed.emit(result)

    def _on_failed(self, message: str) -> None:
        """Say why the report was not signed and what to do."""
        self.job = None
        self._busy(False)
        self.refresh()
        text = self.tr("{problem}\n\nNothing was recorded as signed. Fix this and sign again.")
        self.problem.setText(text.format(problem=message))
        self.problem.show()
        dialogs.show_error(self, self.tr("The report was not signed"), text.format(problem=message))
