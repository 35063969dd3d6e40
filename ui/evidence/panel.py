"""A review's evidence: files attached by drag and drop or "Attach…", with their hashes."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ImmutableRevisionError, ReviewerError
from reviewer.records import Attachment, ReviewChange
from ui import dialogs
from ui.i18n import moment_text
from ui.reviews.session import ReviewSession
from ui.table_model import PAYLOAD_ROLE, Row, RowsModel
from ui.theme import muted, set_point_delta

MAX_SIZE = 100 * 1024 * 1024


def short_hash(sha256: str) -> str:
    """Return the first 12 hex digits of a hash and an ellipsis: enough to tell files apart."""
    return sha256[:12] + "…" if len(sha256) > 12 else sha256


def human_size(size: int) -> str:
    """Return a byte count as a short readable size, in the interface language."""
    if size < 1024:
        return QCoreApplication.translate("EvidencePanel", "%n byte(s)", "", size)
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """Return the local files being dragged."""
    if not event.mimeData().hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
    return [path for path in paths if path.is_file()]


class EvidencePanel(QWidget):
    """Lists a review's evidence files; attaches dropped or chosen files and opens them.

    Signals:
        attached(object): a file was stored; carries its `Attachment`.
        link_requested(object): the person wants to link a file to a condition or an
            obligation; carries its `Attachment`.
    """

    attached = Signal(object)
    link_requested = Signal(object)

    def __init__(self, session: ReviewSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._session = session
        title = QLabel(self.tr("Evidence"), self)
        set_point_delta(title, 5, bold=True)
        hint = QLabel(
            self.tr(
                "Drop files here, or attach them, to keep them with the review. Each file is"
                " stored in the database with its SHA-256 hash and listed in the signed report."
            ),
            self,
        )
        hint.setWordWrap(True)
        muted(hint)
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Description"),
                self.tr("Size"),
                self.tr("Added by"),
                self.tr("SHA-256"),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Evidence files"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        # The name comes first and takes the room; the hash shows its first hex digits (all of
        # them on hover and through "Copy SHA-256").
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 220)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.copy_hash_action = QAction(self.tr("Copy SHA-256"), self.table)
        self.copy_hash_action.setObjectName("copySha256")
        self.copy_hash_action.triggered.connect(self.copy_selected_hash)
        self.table.addAction(self.copy_hash_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach an evidence file"))
        self.describe_button = QPushButton(self.tr("Describe…"), self)
        self.describe_button.setAccessibleName(self.tr("Describe the selected evidence file"))
        self.describe_button.clicked.connect(self.describe_selected)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setAccessibleName(self.tr("Open the selected evidence file"))
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.link_action = QAction(self.tr("Link to condition/obligation…"), self.table)
        self.link_action.triggered.connect(self._request_link)
        self.table.addAction(self.link_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.describe_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        self.locked_note = QLabel(self)
        self.locked_note.setObjectName("evidenceLocked")
        self.locked_note.setWordWrap(True)
        self.locked_note.hide()
        layout.addWidget(self.locked_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._temp = tempfile.TemporaryDirectory(prefix="reviewer-evidence-")
        self.destroyed.connect(self._temp.cleanup)
        self.show_attachments(session.detail.attachments)

    def set_locked(self, reason: str | None) -> None:
        """Refuse new evidence on a decided or signed revision, saying why; None unlocks."""
        self.attach_button.setEnabled(reason is None)
        self.describe_button.setEnabled(reason is None and self.model.rowCount() > 0)
        self.locked_note.setVisible(reason is not None)
        self.locked_note.setText(
            self.tr(
                "The evidence below is part of the decided revision. To attach more, reopen"
                " the review for changes."
            )
        )

    def show_attachments(self, attachments: list[Attachment]) -> None:
        """List the attachments."""
        rows = [
            Row(
                (
                    a.file_name,
                    a.description,
                    human_size(a.size),
                    a.added_by,
                    short_hash(a.sha256),
                ),
                payload=a,
                tooltips=(
                    a.file_name,
                    a.description,
                    self.tr("%n byte(s)", "", a.size),
                    self.tr("Added {when}").format(when=moment_text(a.added_at)),
                    a.sha256,
                ),
            )
            for a in attachments
        ]
        self.model.set_rows(rows)
        self.open_button.setEnabled(bool(rows))
        self.describe_button.setEnabled(bool(rows) and self.attach_button.isEnabled())

    def selected(self) -> Attachment | None:
        """Return the attachment of the selected row, if any."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        attachment = self.model.row_at(rows[0].row()).payload
        return attachment if isinstance(attachment, Attachment) else None

    def copy_selected_hash(self) -> None:
        """Put the selected file's whole SHA-256 on the clipboard."""
        attachment = self.selected()
        if attachment is not None:
            QGuiApplication.clipboard().setText(attachment.sha256)

    def describe_selected(self) -> None:
        """Ask, through the dialog seam, what the selected file is; keep it through the service."""
        attachment = self.selected()
        if attachment is None:
            return
        text = dialogs.ask_text(
            self,
            self.tr("Describe evidence"),
            self.tr("What is {name}?").format(name=attachment.file_name),
            attachment.description,
        )
        if text is None:
            return
        session = self._session

        def describe(version: int) -> ReviewChange:
            """Store the description."""
            _described, change = session.service.describe_attachment(
                session.review_id, attachment.id, text, expected_version=version
            )
            return change

        try:
            session.change(describe)
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("Description not kept"), str(exc))
            return
        self.show_attachments(session.reload().attachments)

    def _request_link(self) -> None:
        """Ask to link the selected file to a condition or an obligation."""
        index = self.table.currentIndex()
        if index.isValid():
            self.link_requested.emit(self.model.row_at(index.row()).payload)

    def choose_files(self) -> None:
        """Ask for a file through the dialog seam and attach it."""
        path = dialogs.open_file(self, self.tr("Attach evidence"), self.tr("All files (*)"))
        if path is not None:
            self.attach([path])

    def attach(self, paths: list[Path]) -> None:
        """Store files as evidence, one change each; the first problem stops and is shown."""
        session = self._session
        for path in paths:
            try:
                if path.stat().st_size > MAX_SIZE:
                    raise ReviewerError(
                        self.tr("{name} is larger than 100 MB; attach a smaller extract").format(
                            name=path.name
                        )
                    )
                attachment = self._attach_one(path.name, path.read_bytes())
            except ImmutableRevisionError as exc:
                dialogs.show_error(
                    self,
                    self.tr("Evidence not attached: the review is locked"),
                    self.tr(
                        "{name}: {problem}\n\nEvidence is attached before the decision. Reopen"
                        " the review for changes (with a reason), attach the file, then decide"
                        " and sign again."
                    ).format(name=path.name, problem=exc),
                )
                return
            except (OSError, ReviewerError) as exc:
                dialogs.show_error(
                    self,
                    self.tr("Evidence not attached"),
                    self.tr("{name}: {problem}\n\nCheck the file and attach it again.").format(
                        name=path.name, problem=exc
                    ),
                )
                return
            self.attached.emit(attachment)
        self.show_attachments(session.reload().attachments)

    def _attach_one(self, name: str, content: bytes) -> Attachment:
        """Store one file as evidence in its own transaction, based on the review's version."""
        session = self._session
        found: list[Attachment] = []

        def add(version: int) -> ReviewChange:
            """Store the file and keep its record."""
            attachment, change = session.service.add_attachment(
                session.review_id, name, content, expected_version=version
            )
            found.append(attachment)
            return change

        session.change(add)
        return found[0]

    def open_selected(self) -> None:
        """Open the selected evidence file."""
        index = self.table.currentIndex()
        self.open_row(index.row() if index.isValid() else 0)

    def open_row(self, row: int) -> None:
        """Write one attachment to a private temporary file and open it with the desktop."""
        if not 0 <= row < self.model.rowCount():
            return
        attachment = self.model.data(self.model.index(row, 0), PAYLOAD_ROLE)
        assert isinstance(attachment, Attachment)
        try:
            content = self._session.service.attachment_bytes(self._session.review_id, attachment.id)
            folder = Path(self._temp.name) / str(attachment.id)
            folder.mkdir(exist_ok=True)
            target = folder / Path(attachment.file_name).name
            target.write_bytes(content)
        except (OSError, ReviewerError) as exc:
            dialogs.show_error(
                self,
                self.tr("Evidence not opened"),
                self.tr("{problem}\n\nRun a database check from Settings.").format(problem=exc),
            )
            return
        if not dialogs.open_url(QUrl.fromLocalFile(str(target))):
            dialogs.show_error(
                self,
                self.tr("Evidence not opened"),
                self.tr("No application opens {name}. It was saved to {path}.").format(
                    name=attachment.file_name, path=target
                ),
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files."""
        if _local_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Attach the dropped files."""
        paths = _local_files(event)
        if paths:
            event.acceptProposedAction()
            self.attach(paths)
