"""Countersigning: an approver opens a received report, checks it, and adds the second signature."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import SigningError
from reviewer.signing.refusals import (
    AlreadyCountersignedError,
    CountersignRefusedError,
    FourEyesError,
    NotAssignedApproverError,
)
from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.signing.work import (
    PDF_FILTER,
    CountersignedReport,
    check_received,
    countersign_file,
    unlock_identity,
)
from ui.theme import ProblemLabel, muted, outcome_label, set_point_delta, verdict_label
from ui.verify.view import VerificationView

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.signing.verify import Verification

# The approver's signature field (reviewer.signing.prepare.APPROVER_FIELD, which imports reportlab).
APPROVER_FIELD = "Approver"


@dataclass(frozen=True)
class Refusal:
    """The domain refused to countersign; kept typed so the page picks its advice by type."""

    error: SigningError


def countersign_or_refuse(
    source: Path, identity: Any, out: Path, tsa_url: str | None, service: ReviewService | None
) -> CountersignedReport | Refusal:
    """Countersign through the one checked service path; hand a refusal back as a value."""
    try:
        return countersign_file(source, identity, out, tsa_url, service)
    except SigningError as exc:
        return Refusal(exc)


def _dropped_pdf(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """Return the single local PDF being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
        return Path(urls[0].toLocalFile())
    return None


class CountersignPage(QWidget):
    """Open (or drop) a signed report, see its check and decision, then countersign it.

    Signals:
        back_requested(): the person wants to go back to the reviews list.
        countersigned(object): the countersigned file was written; carries a `CountersignedReport`.
        identity_used(object): an identity file was unlocked to countersign; carries its `Path`.
        report_checked(object): a received report's check is shown; carries its `Verification`.
    """

    back_requested = Signal()
    report_checked = Signal(object)
    countersigned = Signal(object)
    identity_used = Signal(object)

    def __init__(
        self,
        tsa_url: str | None = None,
        service: ReviewService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._service = service
        self._tsa_url = tsa_url
        self.source: Path | None = None
        self.received: Verification | None = None
        self.result: CountersignedReport | None = None
        self.job: BackgroundJob | None = None
        back = QPushButton(self.tr("← Reviews"), self)
        back.setAccessibleName(self.tr("Back to the reviews list"))
        back.clicked.connect(self.back_requested)
        title = QLabel(self.tr("Countersign a report"), self)
        set_point_delta(title, 5, bold=True)
        intro = QLabel(
            self.tr(
                "Open or drop a decision report signed by a reviewer. Check what it says and"
                " whether it verifies, then approve it with your own identity. Four eyes: the"
                " reviewer who signed it cannot also approve it."
            ),
            self,
        )
        intro.setWordWrap(True)
        muted(intro)
        self.open_button = QPushButton(self.tr("Open a report…"), self)
        self.open_button.clicked.connect(self.choose_file)
        self.countersign_button = QPushButton(self.tr("Countersign…"), self)
        self.countersign_button.setAccessibleName(self.tr("Countersign the report"))
        self.countersign_button.setEnabled(False)
        self.countersign_button.clicked.connect(self.countersign)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(220)
        self.progress.setAccessibleName(self.tr("Working"))
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.problem = ProblemLabel(self)
        self.problem.setObjectName("countersignProblem")
        self.problem.hide()
        self.verification = VerificationView(self)
        row = QHBoxLayout()
        for widget in (self.open_button, self.countersign_button, self.progress):
            row.addWidget(widget)
        row.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(back)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.verification, 1)

    @property
    def is_busy(self) -> bool:
        """Tell whether a check or a countersignature is running."""
        return self.job is not None and self.job.running

    def choose_file(self) -> None:
        """Ask for a received report and check it."""
        path = dialogs.open_file(self, self.tr("Open a signed report"), self.tr(PDF_FILTER))
        if path is not None:
            self.open_report(path)

    def open_report(self, path: Path) -> None:
        """Check a received report off the UI thread."""
        if self.is_busy:
            return
        self.source, self.received, self.result = path, None, None
        self.problem.hide()
        self.verification.clear()
        self.countersign_button.setEnabled(False)
        self.status.setText(self.tr("Checking {name}…").format(name=path.name))
        self._busy(True)
        self.job = run_in_background(
            lambda: check_received(path), self, self._on_checked, self._on_failed
        )

    def _on_checked(self, result: Any) -> None:
        """Show the received report's check; offer to countersign it."""
        from reviewer.signing.verify import Verification

        assert isinstance(result, Verification) and self.source is not None
        self._idle()
        self.received = result
        self.verification.show_result(self.source, result)
        approvable = self._approvable(result)
        self.countersign_button.setEnabled(approvable)
        if approvable:
            status = self.tr(
                "It verifies. Read the decision below, then countersign it if you concur."
            )
        elif result.countersigned:
            status = self.tr("This report is already countersigned.")
        else:
            status = self.tr(
                "This report does not verify, so it cannot be countersigned. The reasons are"
                " listed below."
            )
        self.status.setText(f"{self.decision_summary(result)}\n{status}".strip())
        self.report_checked.emit(result)

    def decision_summary(self, result: Verification) -> str:
        """Say in one line what the report decides, as its decision.json states it."""
        report = result.payload.report
        if report is None:
            return ""
        return self.tr("Decision: {outcome}, verdict {verdict}. Rationale: {rationale}").format(
            outcome=outcome_label(report.decision.outcome),
            verdict=verdict_label(report.assessment.verdict),
            rationale=" ".join(report.decision.rationale.split()),
        )

    @staticmethod
    def _approvable(result: Verification) -> bool:
        """Tell whether the report verifies and awaits its countersignature."""
        from reviewer.signing.verify import State

        return result.state is State.AWAITING_COUNTERSIGNATURE

    def countersign(self) -> None:
        """Unlock the approver's identity, ask where to save, and countersign off the UI thread."""
        source = self.source
        if source is None or self.is_busy:
            return
        identity = unlock_identity(self)
        if identity is None:
            return
        self.identity_used.emit(identity.path)
        out = dialogs.save_file(
            self,
            self.tr("Save the countersigned report"),
            self.tr(PDF_FILTER),
            source.with_name(f"{source.stem}-countersigned.pdf"),
        )
        if out is None:
            return
        self.problem.hide()
        self.status.setText(self.tr("Countersigning…"))
        self._busy(True)
        tsa_url, service = self._tsa_url, self._service
        self.job = run_in_background(
            lambda: countersign_or_refuse(source, identity, out, tsa_url, service),
            self,
            self._on_countersigned,
            self._on_failed,
        )

    def _on_countersigned(self, result: Any) -> None:
        """Show the countersigned file's verification, or why the domain refused."""
        if isinstance(result, Refusal):
            self._on_refused(result.error)
            return
        assert isinstance(result, CountersignedReport)
        self._idle()
        self.result = result
        self.countersign_button.setEnabled(False)
        self.status.setText(
            self.tr("Countersigned by {who} and saved to {path}.").format(
                who=result.approver, path=result.path
            )
        )
        self.verification.show_result(result.path, result.verification)
        if result.recorded is not None:
            self.status.setText(
                self.tr(
                    "Countersigned by {who} and saved to {path}; {ref} is approved in this"
                    " database."
                ).format(
                    who=result.approver, path=result.path, ref=result.recorded.review.reference
                )
            )
        self.countersigned.emit(result)

    def _on_refused(self, error: SigningError) -> None:
        """Explain a refusal, with advice chosen by its type, never by its wording."""
        if isinstance(error, CountersignRefusedError) and self.source is not None:
            self.received = error.verification
            self.verification.show_result(self.source, error.verification)
        if isinstance(error, FourEyesError):
            title = self.tr("Four eyes: you cannot approve your own report")
            advice = self.tr("Ask a different approver to countersign it.")
        elif isinstance(error, NotAssignedApproverError):
            title = self.tr("You are not this report's approver")
            advice = self.tr("Ask the approver the report names to countersign it.")
        elif isinstance(error, CountersignRefusedError):
            title = self.tr("The report does not verify, so it was not countersigned")
            advice = self.tr(
                "Do not rely on this file. Ask its sender for the report as Reviewer wrote it."
            )
        elif isinstance(error, AlreadyCountersignedError):
            title = self.tr("The report is already countersigned")
            advice = self.tr("Nothing more to sign: keep the countersigned file.")
        else:
            title = self.tr("The report was not countersigned")
            advice = self.tr("Check the file and your identity, then try again.")
        self._explain(title, f"{error.message}\n\n{advice}")

    def _on_failed(self, message: str) -> None:
        """Say what went wrong, in the page and in a dialog."""
        self._explain(
            self.tr("The report was not countersigned"),
            "{message}\n\n{advice}".format(
                message=message, advice=self.tr("Check the file and your identity, then try again.")
            ),
        )

    def _explain(self, title: str, text: str) -> None:
        """Show a problem in the page and in a dialog, and offer to try again if that can help."""
        self._idle()
        received = self.received
        self.countersign_button.setEnabled(received is not None and self._approvable(received))
        self.status.setText(title)
        self.problem.setText(text)
        self.problem.show()
        dialogs.show_error(self, title, text)

    def _busy(self, busy: bool) -> None:
        """Show or hide the progress indicator."""
        self.progress.setVisible(busy)
        self.open_button.setEnabled(not busy)

    def _idle(self) -> None:
        """Leave the busy state."""
        self.job = None
        self._busy(False)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single PDF."""
        if _dropped_pdf(event) is not None and not self.is_busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Check the dropped PDF."""
        path = _dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_report(path)
