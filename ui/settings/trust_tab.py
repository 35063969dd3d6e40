"""Settings, Trust store: the root and colleague certificates signatures are checked against."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reviewer import ReviewerError
from reviewer.paths import trust_dir
from reviewer.service import identities
from ui import dialogs
from ui.settings.signing_tabs import read_only_table
from ui.table_model import Row, RowsModel
from ui.theme import muted


class TrustTab(QWidget):
    """Lists the trusted root certificates and adds one.

    Signals:
        changed(): a root was added.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([self.tr("Subject"), self.tr("SHA-256"), self.tr("File")], self)
        self.table = read_only_table(self.model, self, self.tr("Trusted roots"))
        self.add_button = QPushButton(self.tr("Add certificate…"), self)
        self.add_button.clicked.connect(self.add)
        note = QLabel(
            self.tr(
                "Signatures are trusted when their certificate chains to one of these roots."
                " Add your organisation's root, or a colleague's certificate. Folder: {0}"
            ).format(trust_dir()),
            self,
        )
        note.setWordWrap(True)
        muted(note)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        """List the roots again; an unreadable file is reported, not hidden."""
        try:
            roots = identities.trusted_roots()
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Trust store damaged"),
                self.tr(
                    "{problem}\n\nRemove or replace that file in the trust store folder."
                ).format(problem=exc),
            )
            roots = []
        self.model.set_rows(
            [
                Row((r.subject, r.fingerprint[:16] + "…", r.path.name), r, ("", r.fingerprint))
                for r in roots
            ]
        )

    def add(self) -> None:
        """Ask for a certificate and add it."""
        path = dialogs.open_file(
            self,
            self.tr("Add a trusted certificate"),
            self.tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        if path is None:
            return
        try:
            identities.trust_file(path)
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Certificate not added"),
                self.tr("{problem}\n\nChoose a PEM or DER certificate file.").format(problem=exc),
            )
            return
        self.refresh()
        self.changed.emit()
