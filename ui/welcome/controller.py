"""What the welcome screen's buttons do: load the samples, run the identity wizard, add the root."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reviewer.errors import ReviewerError
from reviewer.service import identities
from reviewer.signing.authority import is_authority
from reviewer.signing.identity import common_name
from ui import dialogs
from ui.welcome.first_run import SampleImporter
from ui.welcome.identity_form import CreatedIdentity
from ui.welcome.page import WelcomePage
from ui.welcome.wizard import IdentityWizard


class WelcomeController(QObject):
    """Connects the welcome page to the sample importer and the identity wizard.

    Signals:
        samples_loaded(int): how many sample reviews were imported.
        identity_created(object): the CreatedIdentity the wizard wrote.
        root_trusted(object): the TrustedRoot of the organisation, once added.
        failed(str): a message the person was shown when something could not be done.
    """

    samples_loaded = Signal(int)
    identity_created = Signal(object)
    root_trusted = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        page: WelcomePage,
        importer: SampleImporter,
        identities: Path,
        make_wizard: Callable[[Path, WelcomePage], IdentityWizard] = IdentityWizard,
    ) -> None:
        super().__init__(page)
        self.page, self.importer, self.identities = page, importer, identities
        self._make_wizard = make_wizard
        page.load_samples.clicked.connect(self.load_samples)
        page.create_identity.clicked.connect(self.create_identity)
        page.add_root.clicked.connect(self.add_organisation_root)
        self.show_roots()

    def load_samples(self) -> None:
        """Import the sample reviews through the service, saying how it went."""
        try:
            loaded = self.importer.load()
        except ReviewerError as exc:
            self._fail(self.tr("Sample reviews not loaded"), exc.message)
            return
        self.page.status.setText(
            self.tr("Loaded %n sample review(s). Open Reviews to look at them.", "", len(loaded))
        )
        self.samples_loaded.emit(len(loaded))

    def create_identity(self) -> None:
        """Run the wizard; the passphrase it asks for is never stored."""
        wizard = self._make_wizard(self.identities, self.page)
        wizard.identity_created.connect(self._created)
        dialogs.run_dialog(wizard)
        wizard.deleteLater()

    def _created(self, created: CreatedIdentity) -> None:
        """Say where the identity and its certificate went."""
        self.page.status.setText(
            self.tr(
                "Your signing identity is in {identity}. Share the certificate {certificate}"
                " with whoever must trust your signatures."
            ).format(identity=created.identity, certificate=created.certificate)
        )
        self.identity_created.emit(created)

    def show_roots(self) -> None:
        """Say which organisation roots this computer trusts, so the step is done only once."""
        try:
            names = [
                common_name(root.certificate)
                for root in identities.trusted_roots()
                if is_authority(root.certificate)
            ]
        except ReviewerError as exc:
            self.page.roots.setText(exc.message)
            return
        self.page.roots.setText(
            self.tr("Your organisation's root: {names}").format(names=", ".join(names))
            if names
            else self.tr("No organisation root is trusted yet.")
        )

    def add_organisation_root(self) -> None:
        """Ask for the organisation's root, show its fingerprint to check, and trust it."""
        path = dialogs.open_file(
            self.page,
            self.tr("Your organisation's root certificate"),
            self.tr("Certificates (*.pem *.crt *.cer *.der)"),
        )
        if path is None:
            return
        try:
            certificate = identities.read_organisation_root(path)
        except ReviewerError as exc:
            self._fail(self.tr("Root not added"), exc.message)
            return
        question = self.tr(
            "Trust {name} as your organisation's root?\n\nSHA-256 fingerprint:\n{fingerprint}"
            "\n\nCompare it with the fingerprint your organisation published: anyone can make a"
            " certificate with any name."
        ).format(name=common_name(certificate), fingerprint=identities.fingerprint(certificate))
        if not dialogs.confirm(
            self.page, self.tr("Trust this root?"), question, self.tr("Trust this root")
        ):
            return
        try:
            root = identities.trust_file(path)
        except ReviewerError as exc:
            self._fail(self.tr("Root not added"), exc.message)
            return
        self.show_roots()
        self.page.status.setText(
            self.tr("Signatures by identities that {name} issued now show as trusted.").format(
                name=common_name(root.certificate)
            )
        )
        self.root_trusted.emit(root)

    def _fail(self, title: str, message: str) -> None:
        """Show a failure through the dialog seam and report it."""
        dialogs.show_error(self.page, title, message)
        self.page.status.setText(message)
        self.failed.emit(message)
