"""The signing parts of Settings: identities (create, import, choose) and the trust store."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer import ReviewerError
from reviewer.paths import identities_dir, trust_dir
from ui import dialogs
from ui.background import run_in_background
from ui.settings.stores import list_identities, new_identity
from ui.table_model import PAYLOAD_ROLE, Row, RowsModel
from ui.theme import muted


def _table(model: RowsModel, parent: QWidget, name: str) -> QTableView:
    """Return a read-only, row-selecting table over a model."""
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class IdentitiesTab(QWidget):
    """Lists the identities, creates one (passphrase typed, never stored) or imports one.

    Signals:
        identity_chosen(str): the default signing identity changed; carries its file name.
        created(str): an identity was created or imported; carries its path.
    """

    identity_chosen = Signal(str)
    created = Signal(str)

    def __init__(self, chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self.model = RowsModel([self.tr("File"), self.tr("Certificate"), self.tr("Changed")], self)
        self.table = _table(self.model, self, self.tr("Signing identities"))
        self.use_button = QPushButton(self.tr("Use for signing"), self)
        self.use_button.clicked.connect(self._use_selected)
        self.import_button = QPushButton(self.tr("Import identity…"), self)
        self.import_button.clicked.connect(self.import_file)
        self.chosen_label = QLabel(self)
        muted(self.chosen_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.chosen_label, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.use_button)
        self.name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("Create identity"), self)
        self.create_button.clicked.connect(self.create_identity)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        group = QGroupBox(self.tr("Create a self-signed identity"), self)
        form = QFormLayout(group)
        for label, field in (
            (self.tr("Full name"), self.name),
            (self.tr("Email"), self.email),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Passphrase"), self.passphrase),
            (self.tr("Passphrase again"), self.repeat),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        note = QLabel(
            self.tr(
                "The passphrase protects the key and is never stored: you type it each time you"
                " sign. The certificate is added to this computer's trust store."
            ),
            group,
        )
        note.setWordWrap(True)
        muted(note)
        form.addRow(note)
        form.addRow(self.busy)
        form.addRow("", self.create_button)
        folder = QLabel(self.tr("Folder: {0}").format(identities_dir()), self)
        folder.setWordWrap(True)
        muted(folder)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(folder)
        layout.addWidget(group)
        self.refresh()

    def refresh(self) -> None:
        """List the identity files again."""
        rows = [
            Row(
                (
                    item.path.name,
                    item.subject or self.tr("(locked: shown when you sign)"),
                    item.modified.strftime("%Y-%m-%d %H:%M"),
                ),
                item.path,
                (str(item.path),),
            )
            for item in list_identities()
        ]
        self.model.set_rows(rows)
        self.use_button.setEnabled(bool(rows))
        self.chosen_label.setText(
            self.tr("Used for signing: {0}").format(self.chosen)
            if self.chosen
            else self.tr("No identity chosen for signing yet.")
        )

    def _use_selected(self) -> None:
        """Make the selected identity the default for signing."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            dialogs.show_error(
                self, self.tr("No identity selected"), self.tr("Select an identity in the list.")
            )
            return
        self.chosen = self.model.data(rows[0], PAYLOAD_ROLE).name
        self.refresh()
        self.identity_chosen.emit(self.chosen)

    def create_identity(self) -> None:
        """Check the form and create the identity off the UI thread (key generation is slow)."""
        name, email, organisation = (
            f.text().strip() for f in (self.name, self.email, self.organisation)
        )
        if not (name and email and organisation):
            dialogs.show_error(
                self,
                self.tr("Identity not created"),
                self.tr("Fill in your full name, email and organisation."),
            )
            return
        if self.passphrase.text() != self.repeat.text():
            dialogs.show_error(
                self,
                self.tr("Identity not created"),
                self.tr("The two passphrases differ. Type the same passphrase twice."),
            )
            return
        secret = self.passphrase.text()
        self.passphrase.clear()
        self.repeat.clear()
        self.create_button.setEnabled(False)
        self.busy.show()
        run_in_background(
            lambda: new_identity(name, email, organisation, secret),
            self,
            self._on_created,
            self._on_failed,
        )

    def _on_created(self, path: object) -> None:
        """List the new identity."""
        self.busy.hide()
        self.create_button.setEnabled(True)
        for field in (self.name, self.email, self.organisation):
            field.clear()
        self.refresh()
        self.created.emit(str(path))

    def _on_failed(self, message: str) -> None:
        """Say why the identity was not created."""
        self.busy.hide()
        self.create_button.setEnabled(True)
        dialogs.show_error(self, self.tr("Identity not created"), message)

    def import_file(self) -> None:
        """Import an organisation-issued PKCS#12 file after checking its passphrase."""
        path = dialogs.open_file(
            self, self.tr("Import a signing identity"), self.tr("PKCS#12 identities (*.p12 *.pfx)")
        )
        if path is None:
            return
        secret = dialogs.ask_passphrase(
            self,
            self.tr("Identity passphrase"),
            self.tr("Passphrase of {name} (it is not stored):").format(name=path.name),
        )
        if secret is None:
            return
        try:
            from reviewer.signing.identity import import_identity

            target = import_identity(path, secret.encode("utf-8"))
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Identity not imported"),
                self.tr("{problem}\n\nCheck the passphrase with whoever issued the file.").format(
                    problem=exc
                ),
            )
            return
        self.refresh()
        self.created.emit(str(target))


class TrustTab(QWidget):
    """Lists the trusted root certificates and adds one.

    Signals:
        changed(): a root was added.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([self.tr("Subject"), self.tr("SHA-256"), self.tr("File")], self)
        self.table = _table(self.model, self, self.tr("Trusted roots"))
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
            from reviewer.signing.trust import list_roots

            roots = list_roots()
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
            from reviewer.signing.trust import add_root

            add_root(path)
        except ReviewerError as exc:
            dialogs.show_error(
                self,
                self.tr("Certificate not added"),
                self.tr("{problem}\n\nChoose a PEM or DER certificate file.").format(problem=exc),
            )
            return
        self.refresh()
        self.changed.emit()
