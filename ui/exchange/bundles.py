"""Export and import review bundles from the main window: menu actions, drops, and results.

Both directions are one service call each (`ReviewService.export_bundle`,
`ReviewService.import_bundle`), run off the UI thread. The service checks a bundle whole before
it writes anything, so a refusal here only has to be shown, in the service's own words.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QProgressBar

from ui import dialogs
from ui.background import BackgroundJob, run_in_background
from ui.exchange.drop import BUNDLE_SUFFIX, dropped_bundle

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.service.bundles import BundleExport
    from reviewer.signing.identity import Identity
    from ui.reviews.screen import ReviewsScreen


class ImportOutcome(Protocol):
    """What the service says an import did (its `ImportOutcome`, which lives in the store)."""

    @property
    def arrival(self) -> str:
        """Return "new", "updated" or "unchanged"."""

    @property
    def reference(self) -> str:
        """Return the review's reference."""

    @property
    def revision(self) -> int:
        """Return the review's revision now in this database."""


def review_in_view(reviews: ReviewsScreen | None) -> tuple[str, str] | None:
    """Return the id and reference of the review open on screen, else of the one selected."""
    if reviews is None:
        return None
    workspace = reviews.workspace
    if workspace is not None and reviews.currentWidget() is not reviews.list_page:
        return workspace.review_id, workspace.reference
    rows = reviews.list_page.table.selectionModel().selectedRows()
    if not rows:
        return None
    summary = reviews.list_page.model.summary(rows[0].row())
    return summary.id, summary.reference


class BundleExchange(QObject):
    """The File menu's bundle actions and the window's bundle drops, over one service.

    Signals:
        exported(object): a bundle was written; carries the service's `BundleExport`.
        imported(object): a bundle was taken in, or was already here; carries the
            service's `ImportOutcome`.
        refused(str): an export or import did not happen; carries the reason shown.
        busy_changed(bool): bundle work started (True) or ended (False).
    """

    exported = Signal(object)
    imported = Signal(object)
    refused = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.service: ReviewService | None = None
        self.reviews: ReviewsScreen | None = None
        self.job: BackgroundJob | None = None
        self.import_action = QAction(self.tr("Import bundle…"), self)
        self.import_action.setStatusTip(
            self.tr("Take a review bundle (.reviewer) from a colleague into this database")
        )
        self.import_action.triggered.connect(lambda: self.import_bundle())
        self.export_action = QAction(self.tr("Export bundle…"), self)
        self.export_action.setStatusTip(
            self.tr("Write the open or selected review, with its whole history, to one file")
        )
        self.export_action.triggered.connect(lambda: self.export_bundle(signed=False))
        self.export_signed_action = QAction(self.tr("Export signed bundle…"), self)
        self.export_signed_action.setStatusTip(
            self.tr("Export the review as a bundle signed with your signing identity")
        )
        self.export_signed_action.triggered.connect(lambda: self.export_bundle(signed=True))
        for action in (self.import_action, self.export_action, self.export_signed_action):
            action.setEnabled(False)  # until the database is open
            menu.addAction(action)
        self.busy = QProgressBar(window)
        self.busy.setObjectName("bundleBusy")
        self.busy.setRange(0, 0)  # no known end: a moving busy indicator
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(120)
        self.busy_label = QLabel(window)
        self.busy_label.setObjectName("bundleBusyText")
        window.statusBar().addPermanentWidget(self.busy_label)
        window.statusBar().addPermanentWidget(self.busy)
        self._set_busy(None)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def attach(self, service: ReviewService, reviews: ReviewsScreen | None) -> None:
        """Work over the open database; refresh and accept drops on its reviews list."""
        self.service = service
        self.reviews = reviews
        if reviews is not None:
            # The list takes drops itself (countersigned PDFs): let it take bundles too.
            reviews.list_page.installEventFilter(self)
        self._set_busy(None)

    # -- drops ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Accept a dragged `.reviewer` file and import it when dropped; let the rest pass."""
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDragMoveEvent)
            if self.service is not None and dropped_bundle(event) is not None:
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            path = dropped_bundle(event)
            if self.service is not None and path is not None:
                event.acceptProposedAction()
                self.import_bundle(path)
                return True
        return super().eventFilter(watched, event)

    # -- import -----------------------------------------------------------------------------

    def import_bundle(self, path: Path | None = None) -> None:
        """Import a bundle (dropped, or chosen now) off the UI thread, then show the result."""
        service = self.service
        if service is None or self._working():
            return
        if path is None:
            path = dialogs.open_file(self.window, self.tr("Import a review bundle"), self._filter())
            if path is None:
                return
        chosen = path
        self._start(
            self.tr("Importing {file}…").format(file=chosen.name),
            lambda: service.import_bundle(chosen),
            lambda outcome: self._imported(chosen, outcome),
            lambda message: self._refused(
                self.tr("The bundle was not imported"),
                self.tr("{problem}\n\nNothing was written to this database.").format(
                    problem=message
                ),
            ),
        )

    def _imported(self, path: Path, outcome: ImportOutcome) -> None:
        """Say what the import did, and show the review in the list."""
        arrival = str(outcome.arrival)
        if arrival == "unchanged":
            title = self.tr("Already here")
            message = self.tr(
                "Review {reference} revision {revision} from {file} is already in this"
                " database, unchanged. Nothing was written."
            )
        elif arrival == "updated":
            title = self.tr("Bundle imported")
            message = self.tr(
                "Review {reference} was brought up to revision {revision} from {file}. Every"
                " hash, audit event and signature in the bundle was checked first."
            )
        else:
            title = self.tr("Bundle imported")
            message = self.tr(
                "Review {reference} (revision {revision}) was imported from {file}. Every"
                " hash, audit event and signature in the bundle was checked first."
            )
        text = message.format(
            reference=outcome.reference, revision=outcome.revision, file=path.name
        )
        if self.reviews is not None:
            self.reviews.list_page.refresh()
        self.window.statusBar().showMessage(text, 10_000)
        dialogs.show_info(self.window, title, text)
        self.imported.emit(outcome)

    # -- export -----------------------------------------------------------------------------

    def export_bundle(self, *, signed: bool) -> None:
        """Write the open or selected review as a bundle, signed when asked, off the UI thread."""
        service = self.service
        if service is None or self._working():
            return
        chosen = review_in_view(self.reviews)
        if chosen is None:
            dialogs.show_error(
                self.window,
                self.tr("No review to export"),
                self.tr("Open a review, or select one in the reviews list, then export it."),
            )
            return
        review_id, reference = chosen
        if self.reviews is not None and not self.reviews.flush():
            return  # the answer being typed could not be saved; its problem is on screen
        out = dialogs.save_file(
            self.window,
            self.tr("Export a review bundle"),
            self._filter(),
            f"{reference}{BUNDLE_SUFFIX}",
        )
        if out is None:
            return
        if out.suffix.lower() != BUNDLE_SUFFIX:
            out = out.with_name(out.name + BUNDLE_SUFFIX)
        identity: Identity | None = None
        if signed:
            from ui.settings.model import remembered_identity
            from ui.signing.work import unlock_identity

            identity = unlock_identity(self.window, remembered_identity())
            if identity is None:
                return
        target = out
        self._start(
            self.tr("Exporting {reference}…").format(reference=reference),
            lambda: service.export_bundle(review_id, target, identity=identity),
            self._exported,
            lambda message: self._refused(
                self.tr("The bundle was not written"),
                self.tr("{problem}\n\nNo bundle was written.").format(problem=message),
            ),
        )

    def _exported(self, made: BundleExport) -> None:
        """Say where the bundle is and what it holds."""
        signer = (
            self.tr("signed by {signer}").format(signer=made.signed_by)
            if made.signed_by
            else self.tr("not signed")
        )
        text = self.tr(
            "Wrote {file}: review {reference} revision {revision} with {events} audit events,"
            " {evidence} evidence file(s) and {reports} signed PDF(s); {signer}."
        ).format(
            file=made.path,
            reference=made.reference,
            revision=made.revision,
            events=made.events,
            evidence=made.evidence,
            reports=made.reports,
            signer=signer,
        )
        self.window.statusBar().showMessage(text, 10_000)
        dialogs.show_info(self.window, self.tr("Bundle exported"), text)
        self.exported.emit(made)

    # -- shared -----------------------------------------------------------------------------

    def _filter(self) -> str:
        """Return the file dialogs' filter for bundles."""
        return self.tr("Review bundles (*.reviewer)")

    def _working(self) -> bool:
        """Tell whether a bundle is being exported or imported now."""
        return self.job is not None and self.job.running

    def _start(
        self,
        note: str,
        work: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[str], None],
    ) -> None:
        """Run the work on the thread pool with the busy indicator shown."""
        self._set_busy(note)

        def succeeded(result: Any) -> None:
            self._set_busy(None)
            on_success(result)

        def failed(message: str) -> None:
            self._set_busy(None)
            on_failure(message)

        self.job = run_in_background(work, self, succeeded, failed)

    def _refused(self, title: str, message: str) -> None:
        """Show why nothing happened."""
        dialogs.show_error(self.window, title, message)
        self.refused.emit(message)

    def _set_busy(self, note: str | None) -> None:
        """Show the busy indicator with a note, or hide it and offer the actions again."""
        working = note is not None
        if not working:
            self.job = None
        self.busy.setVisible(working)
        self.busy_label.setVisible(working)
        self.busy_label.setText(note or "")
        self.busy.setAccessibleName(note or "")
        ready = self.service is not None and not working
        self.import_action.setEnabled(ready)
        has_reviews = ready and self.reviews is not None
        self.export_action.setEnabled(has_reviews)
        self.export_signed_action.setEnabled(has_reviews)
        self.busy_changed.emit(working)
