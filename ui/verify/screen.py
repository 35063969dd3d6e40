"""The Verify screen: open or drop a PDF, check it off the UI thread, and show what was found."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import ReviewerError
from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.reviews.states import status_label
from ui.theme import muted, set_point_delta
from ui.verify.findings import (
    verify_file,
)
from ui.verify.view import VerificationView

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.signing.verify import Verification


def _pdf_in(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """Return the local PDF file a drag carries, if it carries exactly one."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]
    if len(paths) == 1 and paths[0].suffix.lower() == ".pdf":
        return paths[0]
    return None


class VerifyScreen(QWidget):
    """Verifies a signed decision report and shows its signatures and decision.

    Signals:
        verified(object): a check finished; carries the Verification.
        failed(str): the file could not be checked; carries the message shown.
    """

    verified = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None, service: ReviewService | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyScreen")
        self._service = service
        # Where the report's decision stands in this computer's database (current, superseded).
        self.standing = QLabel(self)
        self.standing.setObjectName("reportStanding")
        self.standing.setWordWrap(True)
        self.standing.hide()
        self.setAcceptDrops(True)
        self.path: Path | None = None
        self.result: Verification | None = None
        self.job: BackgroundJob | None = None
        heading = QLabel(self.tr("Verify a signed report"), self)
        set_point_delta(heading, 4, bold=True)
        self.open_button = QPushButton(self.tr("Open PDF…"), self)
        self.open_button.clicked.connect(self.choose_file)
        self.trust_button = QPushButton(self.tr("Add trust root…"), self)
        self.trust_button.setToolTip(
            self.tr("Trust an organisation's root certificate for checking signatures")
        )
        self.trust_button.clicked.connect(self.add_trust_root)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.trust_button)
        top.addWidget(self.open_button)
        self.hint = QLabel(
            self.tr(
                "Open a decision report, or drop one here, to check its signatures, whether it"
                " changed since signing, who signed it and whether you trust them."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        muted(self.hint)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Checking signatures"))
        self.busy.hide()
        self.view = VerificationView(self, offer_trust=True)
        self.view.signer_trusted.connect(self._on_signer_trusted)
        self.view.details.setFrameShape(QFrame.Shape.StyledPanel)
        self.view.details.document().setDocumentMargin(14)
        set_point_delta(self.view.banner, 1, bold=True)
        # The banner and the findings, as the tests and the screenshots read them.
        self.banner = self.view.banner
        self.details = self.view.details
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.standing)
        layout.addWidget(self.view, 1)

    @property
    def is_busy(self) -> bool:
        """Tell whether a check is running."""
        return self.busy.isVisible()

    def choose_file(self) -> None:
        """Ask for a PDF and check it."""
        path = dialogs.open_file(
            self, self.tr("Open a signed report"), self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.verify(path)

    def verify(self, path: Path) -> None:
        """Check a PDF on the thread pool; the result arrives as `verified` or `failed`."""
        if self.is_busy:
            return
        self.path = path
        self.view.show_message(self.tr("Checking {name}…").format(name=path.name))
        self.busy.show()
        self.open_button.setEnabled(False)
        self.trust_button.setEnabled(False)
        self.job = run_in_background(
            lambda: verify_file(path), self, self._on_verified, self._on_failed
        )

    def _idle(self) -> None:
        """Leave the busy state."""
        self.busy.hide()
        self.open_button.setEnabled(True)
        self.trust_button.setEnabled(True)
        self.job = None

    def _on_failed(self, message: str) -> None:
        """Say the file could not be checked, and what to do."""
        self._idle()
        self.result = None
        self.view.clear()
        text = self.tr(
            "{problem}\n\nChoose a decision report PDF made by Reviewer, or ask its sender for a"
            " fresh copy."
        ).format(problem=message)
        dialogs.show_error(self, self.tr("Cannot verify this file"), text)
        self.failed.emit(message)

    def show_result(self, path: Path, result: Verification) -> None:
        """Show a verification made elsewhere (the screenshots make one in a throwaway folder)."""
        self.path = path
        self._on_verified(result)

    def _on_verified(self, result: Verification) -> None:
        """Show the verdict, every signature and the decision."""
        self._idle()
        self.result = result
        assert self.path is not None
        self.view.show_result(self.path, result)
        self._show_standing(result)
        self.verified.emit(result)

    def attach_store(self, service: ReviewService) -> None:
        """Use this database to say whether a verified report's decision is current."""
        self._service = service

    def _show_standing(self, result: Verification) -> None:
        """Say whether the report's decision is current or superseded here, when it is known."""
        report = result.payload.report
        standing = None
        if self._service is not None and report is not None:
            try:
                standing = self._service.report_standing(report.review.id, report.review.revision)
            except ReviewerError:
                standing = None
        if standing is None:
            self.standing.hide()
            return
        status = status_label(standing.status).lower()
        if standing.superseded:
            text = self.tr(
                "SUPERSEDED in this database: revision {old} of {ref} was reopened ({reason})."
                " Its current revision is {new}, {status}; rely on that one instead."
            ).format(
                old=standing.revision,
                ref=standing.reference,
                reason=standing.reason or "-",
                new=standing.current_revision,
                status=status,
            )
        else:
            text = self.tr("In this database: the current decision of {ref}, {status}.").format(
                ref=standing.reference, status=status
            )
        self.standing.setText(text)
        self.standing.setAccessibleName(text)
        self.standing.setStyleSheet(
            "font-weight: 600; color: #8a1c1c;" if standing.superseded else ""
        )
        self.standing.show()

    def add_trust_root(self) -> None:
        """Ask for a root certificate, add it to the trust store, and check the file again."""
        path = dialogs.open_file(
            self,
            self.tr("Add a trust root"),
            self.tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        if path is None:
            return
        try:
            from reviewer.service import identities

            root = identities.trust_file(path)
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Trust root not added"),
                self.tr(
                    "{problem}\n\nChoose the organisation's root certificate (a .pem or .der file)."
                ).format(problem=exc),
            )
            return
        self.hint.setText(self.tr("Now trusting {subject}.").format(subject=root.subject))
        if self.path is not None:
            self.verify(self.path)

    def _on_signer_trusted(self, roots: object) -> None:
        """Check the file again once a signer was trusted from the amber banner."""
        if self.path is not None and not self.is_busy:
            self.verify(self.path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single PDF file."""
        if _pdf_in(event) is not None and not self.is_busy:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Check the dropped PDF."""
        path = _pdf_in(event)
        if path is not None:
            event.acceptProposedAction()
            self.verify(path)
