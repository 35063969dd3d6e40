"""What the welcome screen's buttons do: load the samples, run the identity wizard."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from reviewer.errors import ReviewerError
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
        failed(str): a message the person was shown when something could not be done.
    """

    samples_loaded = Signal(int)
    identity_created = Signal(object)
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

    def load_samples(self) -> None:
        """Import the sample reviews through the service, saying how it went."""
        try:
            loaded = self.importer.load()
        except ReviewerError as exc:
            self._fail("Sample reviews not loaded", exc.message)
            return
        self.page.status.setText(
            f"Loaded {len(loaded)} sample reviews. Open Reviews to look at them."
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
            f"Your signing identity is in {created.identity}. Share the certificate"
            f" {created.certificate} with whoever must trust your signatures."
        )
        self.identity_created.emit(created)

    def _fail(self, title: str, message: str) -> None:
        """Show a failure through the dialog seam and report it."""
        dialogs.show_error(self.page, title, message)
        self.page.status.setText(message)
        self.failed.emit(message)
