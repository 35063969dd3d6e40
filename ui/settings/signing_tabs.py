"""Settings, Signing identities: create, request from the organisation, import, choose."""

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
from reviewer.paths import identities_dir
from reviewer.service import identities
from reviewer.service.identities import passphrase_problems
from reviewer.signing.identity import PersonDetails, identity_file_name
from ui import dialogs
from ui.background import run_in_background
from ui.i18n import moment_text
from ui.settings.stores import list_identities
from ui.table_model import PAYLOAD_ROLE, Row, RowsModel
from ui.theme import muted
from ui.welcome.identity_form import detail_message, passphrase_message


def read_only_table(model: RowsModel, parent: QWidget, name: str) -> QTableView:
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
    """Lists the identities; creates one, requests one from the organisation, or imports one.

    Every rule (passphrase, email, file name, trust) is the identities service's; the tab only
    puts its typed problems into words. The passphrase is typed, used and cleared, never stored.

    Signals:
        identity_chosen(str): the default signing identity changed; carries its file name.
        created(str): an identity was created or imported; carries its path.
        requested(str): a certificate request was written; carries its path.
    """

    identity_chosen = Signal(str)
    created = Signal(str)
    requested = Signal(str)

    def __init__(self, chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self.model = RowsModel([self.tr("File"), self.tr("Certificate"), self.tr("Changed")], self)
        self.table = read_only_table(self.model, self, self.tr("Signing identities"))
        self.use_button = QPushButton(self.tr("Use for signing"), self)
        self.use_button.clicked.connect(self._use_selected)
        self.import_button = QPushButton(self.tr("Import identity or certificate…"), self)
        self.import_button.setToolTip(
            self.tr(
                "A PKCS#12 identity (.p12), or the certificate your organisation issued for a"
                " request made on this computer"
            )
        )
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
        self.role = QLineEdit(self)
        self.role.setPlaceholderText(self.tr("such as Compliance officer"))
        self.passphrase = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for field in (self.passphrase, self.repeat):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = QPushButton(self.tr("Create identity"), self)
        self.create_button.clicked.connect(self.create_identity)
        self.request_button = QPushButton(self.tr("Request from your organisation…"), self)
        self.request_button.setToolTip(
            self.tr(
                "Write a certificate request to send to whoever keeps your organisation's root;"
                " the key stays on this computer, encrypted"
            )
        )
        self.request_button.clicked.connect(self.request_certificate)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.status = QLabel(self)
        self.status.setObjectName("identityStatus")
        self.status.setWordWrap(True)
        group = QGroupBox(self.tr("A new identity"), self)
        form = QFormLayout(group)
        for label, field in (
            (self.tr("Full name"), self.name),
            (self.tr("Email"), self.email),
            (self.tr("Organisation"), self.organisation),
            (self.tr("Role (optional)"), self.role),
            (self.tr("Passphrase"), self.passphrase),
            (self.tr("Passphrase again"), self.repeat),
        ):
            field.setAccessibleName(label)
            form.addRow(label, field)
        note = QLabel(
            self.tr(
                "The passphrase protects the key and is never stored: you type it each time you"
                " sign. A self-signed identity is trusted on this computer only; one your"
                " organisation issues is trusted wherever its root is."
            ),
            group,
        )
        note.setWordWrap(True)
        muted(note)
        form.addRow(note)
        form.addRow(self.busy)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.request_button)
        actions.addWidget(self.create_button)
        form.addRow(actions)
        form.addRow(self.status)
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
                    moment_text(item.modified),
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

    def _details(self, title: str) -> tuple[PersonDetails, str, str] | None:
        """Check the form with the service's rules; say what to fix, or return its content."""
        details = PersonDetails(
            self.name.text(), self.email.text(), self.organisation.text(), self.role.text()
        )
        problems = [detail_message(issue) for issue in details.issues()]
        problems += [
            passphrase_message(p)
            for p in passphrase_problems(self.passphrase.text(), self.repeat.text())
        ]
        if problems:
            dialogs.show_error(self, title, "\n".join(problems))
            return None
        secret, again = self.passphrase.text(), self.repeat.text()
        self.passphrase.clear()
        self.repeat.clear()
        return details, secret, again

    def _start(self) -> None:
        """Enter the busy state while a key is made (RSA-3072 takes a moment)."""
        self.create_button.setEnabled(False)
        self.request_button.setEnabled(False)
        self.busy.show()

    def _stop(self) -> None:
        """Leave the busy state."""
        self.busy.hide()
        self.create_button.setEnabled(True)
        self.request_button.setEnabled(True)

    def create_identity(self) -> None:
        """Check the form and create a self-signed identity off the UI thread."""
        checked = self._details(self.tr("Identity not created"))
        if checked is None:
            return
        details, secret, again = checked
        self._start()
        run_in_background(
            lambda: identities.create_self_signed(details, secret, again),
            self,
            self._on_created,
            self._on_failed,
        )

    def _on_created(self, created: object) -> None:
        """List the new identity."""
        assert isinstance(created, identities.CreatedIdentity)
        self._stop()
        for field in (self.name, self.email, self.organisation, self.role):
            field.clear()
        self.status.setText(
            self.tr(
                "Created {path}. Share the certificate {certificate} with whoever must trust"
                " your signatures."
            ).format(path=created.identity.name, certificate=created.certificate)
        )
        self.refresh()
        self.created.emit(str(created.identity))

    def _on_failed(self, message: str) -> None:
        """Say why the identity was not created."""
        self._stop()
        dialogs.show_error(self, self.tr("Identity not created"), message)

    def request_certificate(self) -> None:
        """Check the form, ask where to save the request, and write it off the UI thread."""
        checked = self._details(self.tr("Request not written"))
        if checked is None:
            return
        details, secret, again = checked
        suggested = identity_file_name(details.name).removesuffix(".p12") + ".csr"
        out = dialogs.save_file(
            self,
            self.tr("Save the certificate request"),
            self.tr("Certificate requests (*.csr)"),
            suggested,
        )
        if out is None:
            return
        self._start()
        run_in_background(
            lambda: identities.request_certificate(details, secret, out, again),
            self,
            self._on_requested,
            self._on_request_failed,
        )

    def _on_requested(self, requested: object) -> None:
        """Say where the request is and what happens next."""
        assert isinstance(requested, identities.RequestedCertificate)
        self._stop()
        self.status.setText(
            self.tr(
                "Request written to {path}. Send it to whoever keeps your organisation's root;"
                " when the certificate comes back, install it with Import identity or"
                " certificate. Your key stays here, encrypted."
            ).format(path=requested.request)
        )
        self.requested.emit(str(requested.request))

    def _on_request_failed(self, message: str) -> None:
        """Say why the request was not written."""
        self._stop()
        dialogs.show_error(self, self.tr("Request not written"), message)

    def import_file(self) -> None:
        """Import a PKCS#12 identity, or install a certificate issued for a request made here."""
        path = dialogs.open_file(
            self,
            self.tr("Import a signing identity or an issued certificate"),
            self.tr("Identities and certificates (*.p12 *.pfx *.pem *.crt *.cer *.der)"),
        )
        if path is None:
            return
        try:
            certificate = identities.is_certificate_file(path)
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("Identity not imported"), exc.message)
            return
        label = (
            self.tr("The passphrase you chose when you made the request (it is not stored):")
            if certificate
            else self.tr("Passphrase of {name} (it is not stored):").format(name=path.name)
        )
        secret = dialogs.ask_passphrase(self, self.tr("Identity passphrase"), label)
        if secret is None:
            return
        try:
            target = identities.import_identity_file(path, secret)
        except ReviewerError as exc:
            advice = (
                self.tr("Install the certificate on the computer where you made the request.")
                if certificate
                else self.tr("Check the passphrase with whoever issued the file.")
            )
            dialogs.show_error(
                self,
                self.tr("Identity not imported"),
                self.tr("{problem}\n\n{advice}").format(problem=exc, advice=advice),
            )
            return
        self.status.setText(self.tr("Imported as {path}.").format(path=target.name))
        self.refresh()
        self.created.emit(str(target))
