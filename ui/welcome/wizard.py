"""The short wizard that creates a signing identity: details, passphrase twice, where to save."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from reviewer.errors import ReviewerError
from ui import dialogs
from ui.welcome.identity_form import IdentityForm, suggested_file_name


def _problem_label(page: QWizardPage) -> QLabel:
    """Return the label where a page explains what to fix."""
    label = QLabel(page)
    label.setObjectName("problems")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c;")
    return label


def _line(page: QWizardPage, name: str, secret: bool = False) -> QLineEdit:
    """Return a named line edit, masked for secrets."""
    edit = QLineEdit(page)
    edit.setObjectName(name)
    if secret:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class DetailsPage(QWizardPage):
    """Who signs: the name, email and organisation written into the certificate."""

    def __init__(self, form: IdentityForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setTitle(self.tr("Who you are"))
        self.setSubTitle(
            self.tr("Your signatures show these details; others check them before trusting.")
        )
        self.name, self.email = _line(self, "name"), _line(self, "email")
        self.organisation = _line(self, "organisation")
        self.role = _line(self, "role")
        self.role.setPlaceholderText(self.tr("such as Compliance officer"))
        self.problems = _problem_label(self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Full name"), self.name)
        layout.addRow(self.tr("Email"), self.email)
        layout.addRow(self.tr("Organisation"), self.organisation)
        layout.addRow(self.tr("Role (optional)"), self.role)
        layout.addRow(self.problems)

    def validatePage(self) -> bool:
        """Keep the details, or say what to fix."""
        self.form.name, self.form.email = self.name.text(), self.email.text()
        self.form.organisation, self.form.role = self.organisation.text(), self.role.text()
        problems = self.form.details_problems()
        self.problems.setText("\n".join(problems))
        return not problems


class PassphrasePage(QWizardPage):
    """The passphrase that encrypts the identity, typed twice and never stored."""

    def __init__(self, form: IdentityForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setTitle(self.tr("A passphrase"))
        self.setSubTitle(
            self.tr(
                "It encrypts your signing key. Reviewer never stores it: you type it each time"
                " you sign, and without it the identity cannot be used."
            )
        )
        self.passphrase = _line(self, "passphrase", secret=True)
        self.confirmation = _line(self, "confirmation", secret=True)
        self.problems = _problem_label(self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Passphrase"), self.passphrase)
        layout.addRow(self.tr("Again"), self.confirmation)
        layout.addRow(self.problems)

    def validatePage(self) -> bool:
        """Check the two entries agree, or say what to fix."""
        self.form.passphrase = self.passphrase.text()
        self.form.confirmation = self.confirmation.text()
        problems = self.form.passphrase_problems()
        self.problems.setText("\n".join(problems))
        return not problems

    def forget(self) -> None:
        """Clear both fields, so the passphrase stays nowhere in the window."""
        self.passphrase.clear()
        self.confirmation.clear()


class LocationPage(QWizardPage):
    """Where the identity file goes; finishing here creates it."""

    def __init__(self, form: IdentityForm, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form, self.folder = form, folder
        self.setTitle(self.tr("Where to save it"))
        self.setSubTitle(
            self.tr(
                "The identity file is readable by you only. A certificate (.pem) is saved beside"
                " it: share that one, so others can trust your signatures. This computer trusts"
                " it."
            )
        )
        self.path = _line(self, "path")
        self.choose = QPushButton(self.tr("Choose…"), self)
        self.choose.clicked.connect(self._choose)
        self.problems = _problem_label(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Identity file"), self))
        layout.addLayout(row)
        layout.addWidget(self.problems)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Suggest a file named after the person, in the identities folder."""
        if not self.path.text():
            self.path.setText(str(self.folder / suggested_file_name(self.form.name)))

    def _choose(self) -> None:
        """Let the person pick another place through the dialog seam."""
        chosen = dialogs.save_file(
            self,
            self.tr("Save the signing identity"),
            self.tr("Identities (*.p12)"),
            self.path.text(),
        )
        if chosen is not None:
            self.path.setText(str(chosen.with_suffix(".p12")))

    def validatePage(self) -> bool:
        """Check the place is free; the wizard then creates the identity."""
        text = self.path.text().strip()
        self.form.target = Path(text).expanduser() if text else None
        problems = self.form.target_problems()
        self.problems.setText("\n".join(problems))
        return not problems


class IdentityWizard(QWizard):
    """Creates a self-signed signing identity through the domain, never keeping the passphrase.

    Signals:
        identity_created(object): a CreatedIdentity, once the files are written.
    """

    identity_created = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a signing identity"))
        self.setObjectName("identityWizard")
        self.form = IdentityForm()
        self.details = DetailsPage(self.form, self)
        self.secret = PassphrasePage(self.form, self)
        self.location = LocationPage(self.form, folder, self)
        for page in (self.details, self.secret, self.location):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create identity"))

    def validateCurrentPage(self) -> bool:
        """On the last page, create the identity; stay open and say why if that fails."""
        if not super().validateCurrentPage():
            return False
        if self.currentPage() is not self.location:
            return True
        try:
            created = self.form.create()
        except ReviewerError as exc:
            dialogs.show_error(self, self.tr("Identity not created"), exc.message)
            return False
        finally:
            self.secret.forget()
        self.identity_created.emit(created)
        return True
