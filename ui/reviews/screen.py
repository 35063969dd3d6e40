"""The Reviews screen over the store: the list, one open review's workspace, and countersigning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from reviewer.errors import ReviewerError
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.signing.files import read_input
from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.decision.controller import DecisionController
from ui.intake.controller import IntakeController
from ui.reviews.focus import ReviewFocus
from ui.reviews.list_page import ReviewsListPage
from ui.reviews.new_review import NewReviewDialog
from ui.reviews.session import ReviewSession
from ui.reviews.sink import ServiceAnswerSink
from ui.reviews.workspace import ReviewWorkspace
from ui.signing.countersign import CountersignPage
from ui.signing.work import my_approver_key
from ui.theme import muted, set_point_delta


class ReviewsScreen(QStackedWidget):
    """Switches between the reviews list, the open review and the countersigning page.

    Signals:
        citation_activated(str, str): a clause citation was followed; carries pack and clause id.
        review_opened(str, str): a review was opened; carries its reference and title.
        countersignature_recorded(object): a countersigned report was taken into the store;
            carries the service's `ReviewChange`.
        samples_loaded(int): the sample reviews were imported; carries how many.
        identity_used(object): an identity file was unlocked to sign or countersign; carries
            its `Path`.
    """

    citation_activated = Signal(str, str)
    review_opened = Signal(str, str)
    countersignature_recorded = Signal(object)
    samples_loaded = Signal(int)
    identity_used = Signal(object)

    def __init__(
        self,
        service: ReviewService,
        tsa_url: str | None = None,
        examples: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._tsa_url = tsa_url
        self._examples = examples
        self.workspace: ReviewWorkspace | None = None
        self._host: QWidget | None = None
        self._stale = False
        self.job: BackgroundJob | None = None
        self.list_page = ReviewsListPage(service, self, me=my_approver_key)
        self.countersign_page = CountersignPage(tsa_url, service, self)
        self.addWidget(self.list_page)
        self.addWidget(self.countersign_page)
        self.list_page.open_requested.connect(self.open_review)
        self.list_page.new_requested.connect(self.new_review)
        self.list_page.samples_requested.connect(self.load_samples)
        self.list_page.countersign_requested.connect(
            lambda: self.setCurrentWidget(self.countersign_page)
        )
        self.list_page.record_requested.connect(self.record_countersignature)
        self.countersign_page.back_requested.connect(self.show_list)
        self.countersign_page.countersigned.connect(lambda _result: self.list_page.refresh())
        self.countersign_page.identity_used.connect(self.identity_used)

    def show_list(self) -> None:
        """Go back to the list, saving what is being typed and showing what changed."""
        if self.workspace is not None:
            self.workspace.flush()
        if self._stale:
            self._stale = False
            self.list_page.refresh()
        self.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()

    def show_focus(self, focus: ReviewFocus | None) -> None:
        """Show the list narrowed to what an Overview figure counted."""
        self.show_list()
        self.list_page.show_focus(focus)

    def show_workspace(self) -> None:
        """Show the open review again, if there is one."""
        if self._host is not None:
            self.setCurrentWidget(self._host)

    def flush(self) -> bool:
        """Save any answer still being typed in the open review."""
        return self.workspace.flush() if self.workspace is not None else True

    def new_review(self) -> None:
        """Ask for the review's details in one form, create the review, and open it."""
        dialog = NewReviewDialog(self)
        try:
            while dialogs.run_dialog(dialog):
                form = dialog.form()
                try:
                    change = self.service.create_review(
                        form.title.strip(), form.applicant.strip(), details=form.details()
                    )
                except ReviewerError as exc:
                    # The form comes back with everything typed, and what to correct.
                    dialog.show_problem(
                        self.tr("{problem}\n\nCorrect it and create the review again.").format(
                            problem=exc
                        )
                    )
                    continue
                self.list_page.refresh()
                self.open_review(change.review.id)
                return
        finally:
            dialog.deleteLater()

    def record_countersignature(self, path: Path | None = None) -> None:
        """Take a countersigned report (dropped, or chosen now) back into this database."""
        if path is None:
            path = dialogs.open_file(
                self, self.tr("Record a countersigned report"), self.tr("PDF files (*.pdf)")
            )
            if path is None:
                return
        try:
            data = read_input(path, self.tr("a countersigned decision report (PDF)"))
            change = self.service.record_countersignature(data, str(path))
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("The countersignature was not recorded"),
                self.tr(
                    "{problem}\n\nRecord the file the approver countersigned, unchanged, for a"
                    " review signed in this database."
                ).format(problem=exc),
            )
            return
        self.list_page.refresh()
        # A review shown now is shown again as approved; from the list it is read when opened.
        workspace = self.workspace
        if (
            workspace is not None
            and workspace.review_id == change.review.id
            and self.currentWidget() is self._host
        ):
            workspace.reloading = True
            self.open_review(change.review.id)
        self.countersignature_recorded.emit(change)

    def load_samples(self) -> None:
        """Import the shipped example intakes as reviews, off the UI thread."""
        if self.job is not None and self.job.running:
            return
        folder = self._examples or examples_dir()
        files = sorted(folder.glob("*.json")) if folder.is_dir() else []
        if not files:
            dialogs.show_error(
                self,
                self.tr("No sample reviews"),
                self.tr("No sample files were found in {folder}. Reinstall Reviewer.").format(
                    folder=folder
                ),
            )
            return
        self.list_page.load_samples.setEnabled(False)
        service = self.service
        self.job = run_in_background(
            lambda: service.import_files(files), self, self._on_samples, self._on_samples_failed
        )

    def _on_samples(self, imported: Any) -> None:
        """Show the imported reviews."""
        self.job = None
        self.list_page.refresh()
        self.samples_loaded.emit(len(imported))

    def _on_samples_failed(self, message: str) -> None:
        """Say why the samples were not imported."""
        self.job = None
        self.list_page.load_samples.setEnabled(True)
        dialogs.show_error(
            self,
            self.tr("Sample reviews not loaded"),
            self.tr("{problem}\n\nNothing was imported. Reinstall Reviewer.").format(
                problem=message
            ),
        )

    def open_review(self, review_id: str) -> None:
        """Open a stored review in a fresh workspace, reading its latest saved version."""
        if (
            self.workspace is not None
            and review_id in (self.workspace.review_id, self.workspace.reference)
            and self.currentWidget() is self._host
            and not self.workspace.reloading
        ):
            return
        if self.workspace is not None and not self.workspace.flush():
            return
        service = self.service
        try:
            detail = service.get_review(review_id)
            questionnaire = service.pinned_questionnaire(review_id)
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("The review did not open"),
                self.tr("{problem}\n\nRefresh the list and try again.").format(problem=exc),
            )
            return
        host = QWidget(self)
        session = ReviewSession(service, detail, host)
        sink = ServiceAnswerSink(session, questionnaire, host)
        intake = IntakeController(questionnaire, sink, host)
        decision = DecisionController(service.actor, host)
        workspace = ReviewWorkspace(intake, decision, session, sink, host, tsa_url=self._tsa_url)
        back = QPushButton(self.tr("← Reviews"), host)
        back.setAccessibleName(self.tr("Back to the reviews list"))
        back.clicked.connect(self.show_list)
        summary = detail.summary
        reference = QLabel(summary.reference, host)
        reference.setObjectName("reviewReference")
        reference.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_point_delta(reference, 2, bold=True)
        title = QLabel(summary.title, host)
        title.setObjectName("reviewTitle")
        set_point_delta(title, 2, bold=True)
        applicant = QLabel(summary.organisation, host)
        workspace.status_badge.setParent(host)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 8, 16, 8)
        bar.addWidget(back)
        bar.addSpacing(8)
        bar.addWidget(reference)
        if summary.revision > 1:
            revision = QLabel(self.tr("rev. {number}").format(number=summary.revision), host)
            revision.setObjectName("reviewRevision")
            revision.setToolTip(
                self.tr(
                    "Revision {number}: the review was reopened, so the decisions and signed"
                    " PDFs of earlier revisions are superseded."
                ).format(number=summary.revision)
            )
            muted(revision)
            bar.addWidget(revision)
        bar.addSpacing(6)
        bar.addWidget(title)
        bar.addSpacing(6)
        bar.addWidget(QLabel("·", host))
        bar.addSpacing(6)
        bar.addWidget(applicant, 1)
        bar.addWidget(workspace.status_badge)
        layout = QVBoxLayout(host)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(workspace, 1)
        workspace.citation_activated.connect(self.citation_activated)
        workspace.reload_requested.connect(self.open_review)
        workspace.signing_panel.identity_used.connect(self.identity_used)
        workspace.decision_identity_used.connect(self.identity_used)
        session.changed.connect(lambda _change: setattr(self, "_stale", True))
        old = self._host
        self.addWidget(host)
        self.setCurrentWidget(host)
        self._host, self.workspace = host, workspace
        if old is not None:
            self.removeWidget(old)
            old.deleteLater()
        self.review_opened.emit(detail.summary.reference, detail.summary.title)
