"""The Settings screen: database and connection test, timestamps, language, signing, folders."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer import ReviewerError
from reviewer.paths import data_dir, identities_dir, log_dir, trust_dir
from reviewer.service.connection import describe_database
from ui.background import run_in_background
from ui.i18n import LANGUAGES
from ui.settings.model import Settings, load_settings, save_settings, settings_path
from ui.settings.push_tab import PushTab
from ui.settings.signing_tabs import IdentitiesTab
from ui.settings.stores import check_connection
from ui.settings.trust_tab import TrustTab
from ui.theme import ProblemLabel, badge_style, finding_colours, muted, set_point_delta

if TYPE_CHECKING:
    from reviewer.service import ReviewService


class SettingsScreen(QWidget):
    """Edits the settings; every change is saved at once.

    Signals:
        settings_saved(object): the settings file was written; carries the Settings.
        connection_checked(bool, str): a connection test ended; carries success and message.
    """

    settings_saved = Signal(object)
    connection_checked = Signal(bool, str)

    def __init__(
        self, settings: Settings, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsScreen")
        self.settings = settings
        self.path = path or settings_path()
        heading = QLabel(self.tr("Settings"), self)
        set_point_delta(heading, 4, bold=True)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.identities = IdentitiesTab(settings.identity, self)
        self.identities.identity_chosen.connect(lambda name: self._save(identity=name))
        self.tabs.addTab(self.identities, self.tr("Signing identities"))
        self.trust = TrustTab(self)
        self.tabs.addTab(self.trust, self.tr("Trust store"))
        self.tabs.addTab(self._folders_tab(), self.tr("Data folders"))
        self.push = PushTab(self)
        self.tabs.addTab(self.push, self.tr("Team database"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)

    def attach_store(self, service: ReviewService) -> None:
        """Let the Team database tab push from the database the app has open."""
        self.push.attach_store(service)

    def _general_tab(self) -> QWidget:
        """Build the database, timestamp authority and language settings."""
        tab = QWidget(self)
        self.database = QLineEdit(self.settings.database, tab)
        self.database.setPlaceholderText(
            self.tr("Empty: the default file {0}").format(describe_database(""))
        )
        self.database.setAccessibleName(self.tr("Database file or URL"))
        self.database.editingFinished.connect(
            lambda: self._save(database=self.database.text().strip())
        )
        self.test_button = QPushButton(self.tr("Test connection"), tab)
        self.test_button.clicked.connect(self.test_connection)
        self.busy = QProgressBar(tab)
        self.busy.setRange(0, 0)
        self.busy.setMaximumHeight(6)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.connection = QLabel(tab)
        self.connection.setObjectName("connectionResult")
        self.connection.setWordWrap(True)
        self.connection.setTextFormat(Qt.TextFormat.PlainText)
        self.connection.hide()
        database_row = QHBoxLayout()
        database_row.addWidget(self.database, 1)
        database_row.addWidget(self.test_button)
        database = QGroupBox(self.tr("Database"), tab)
        database_form = QFormLayout(database)
        database_form.addRow(self.tr("File or URL"), database_row)
        hint = QLabel(
            self.tr(
                "An SQLite file path, or a PostgreSQL URL such as"
                " postgresql://user@server:5432/reviews. Reviewer uses it from the next start."
            ),
            database,
        )
        hint.setWordWrap(True)
        muted(hint)
        database_form.addRow("", hint)
        database_form.addRow("", self.busy)
        database_form.addRow("", self.connection)
        self.tsa = QLineEdit(self.settings.tsa_url, tab)
        self.tsa.setPlaceholderText(self.tr("None: signatures carry your computer's time"))
        self.tsa.setAccessibleName(self.tr("Timestamp authority URL"))
        self.tsa.editingFinished.connect(lambda: self._save(tsa_url=self.tsa.text().strip()))
        signing = QGroupBox(self.tr("Timestamps"), tab)
        signing_form = QFormLayout(signing)
        signing_form.addRow(self.tr("Timestamp authority URL (optional)"), self.tsa)
        tsa_hint = QLabel(
            self.tr(
                "With a timestamp authority, each signature carries a trusted time. Without one"
                " (offline), the signing time is only the signer's own claim."
            ),
            signing,
        )
        tsa_hint.setWordWrap(True)
        muted(tsa_hint)
        signing_form.addRow("", tsa_hint)
        self.language = QComboBox(tab)
        self.language.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(self.settings.language), 0))
        self.language.currentIndexChanged.connect(
            lambda: self._save(language=self.language.currentData())
        )
        language = QGroupBox(self.tr("Language"), tab)
        language_form = QFormLayout(language)
        language_form.addRow(self.tr("Interface language"), self.language)
        language_hint = QLabel(
            self.tr(
                "Takes effect the next time Reviewer starts. Questionnaires and policy packs"
                " stay in the language they are written in."
            ),
            language,
        )
        language_hint.setWordWrap(True)
        muted(language_hint)
        language_form.addRow("", language_hint)
        re_review = self._re_review_box(tab)
        self.problem = ProblemLabel(tab)
        self.problem.hide()
        self.saved = QLabel(tab)
        self.saved.setObjectName("savedNote")
        muted(self.saved)
        layout = QVBoxLayout(tab)
        layout.addWidget(database)
        layout.addWidget(signing)
        layout.addWidget(language)
        layout.addWidget(re_review)
        layout.addWidget(self.problem)
        layout.addWidget(self.saved)
        layout.addStretch(1)
        return tab

    def _folders_tab(self) -> QWidget:
        """Show every place Reviewer keeps things."""
        tab = QWidget(self)
        form = QFormLayout(tab)
        # Read-only fields, not labels: a long path cannot wrap between words, so it scrolls
        # inside its field (and copies whole) instead of widening or cutting the page.
        self.folder_labels: dict[str, QLineEdit] = {}
        for key, label, value in (
            ("database", self.tr("Database"), self._database_text()),
            ("settings", self.tr("Settings file"), str(self.path)),
            ("identities", self.tr("Signing identities"), str(identities_dir())),
            ("trust", self.tr("Trust store"), str(trust_dir())),
            ("logs", self.tr("Logs and crash reports"), str(log_dir())),
            ("data", self.tr("Data folder"), str(data_dir())),
        ):
            shown = QLineEdit(value, tab)
            shown.setReadOnly(True)
            shown.setFrame(False)
            shown.setCursorPosition(0)
            shown.setToolTip(value)
            shown.setAccessibleName(label)
            self.folder_labels[key] = shown
            form.addRow(label, shown)
        return tab

    def _database_text(self) -> str:
        """Return the database in use, without any password."""
        try:
            return describe_database(self.settings.database)
        except Exception:  # an unparsable value is shown as typed; the test button explains
            return self.settings.database

    def _re_review_box(self, parent: QWidget) -> QGroupBox:
        """Build the months until re-review, by verdict: the decision's default date."""
        box = QGroupBox(self.tr("Re-review"), parent)
        form = QFormLayout(box)
        intervals = self.settings.re_review
        self.re_review: dict[str, QSpinBox] = {}
        for name, label in (
            ("high", self.tr("High risk")),
            ("limited", self.tr("Limited risk")),
            ("minimal", self.tr("Minimal risk")),
        ):
            spin = QSpinBox(box)
            spin.setRange(1, 120)
            spin.setSuffix(self.tr(" months"))
            spin.setValue(getattr(intervals, name))
            spin.setAccessibleName(self.tr("Months until re-review: {0}").format(label))
            spin.editingFinished.connect(self._save_re_review)
            self.re_review[name] = spin
            form.addRow(label, spin)
        hint = QLabel(
            self.tr(
                "An approval is reviewed again after this many months, by verdict; the officer"
                " may choose another date on the decision."
            ),
            box,
        )
        hint.setWordWrap(True)
        muted(hint)
        form.addRow("", hint)
        return box

    def _save_re_review(self) -> None:
        """Keep the months until re-review."""
        self._save(re_review={name: spin.value() for name, spin in self.re_review.items()})

    def _save(self, **changes: object) -> None:
        """Apply changes, validate them, and write the settings file."""
        try:
            # The panel's collapsed state is kept by the workspace, not on this screen: keep
            # what the file says rather than this screen's older copy.
            kept = {"assessment_collapsed": load_settings(self.path).assessment_collapsed}
            updated = Settings.model_validate({**self.settings.model_dump(), **kept, **changes})
        except ValidationError as exc:
            self.problem.setText(
                "; ".join(e["msg"].removeprefix("Value error, ") for e in exc.errors())
            )
            self.problem.show()
            return
        self.problem.hide()
        if updated == self.settings and self.path.exists():
            return
        try:
            save_settings(updated, self.path)
        except ReviewerError as exc:
            self.problem.setText(str(exc))
            self.problem.show()
            return
        self.settings = updated
        self.folder_labels["database"].setText(self._database_text())
        self.saved.setText(self.tr("Saved."))
        self.settings_saved.emit(updated)

    def remember_identity(self, name: str) -> None:
        """Make an identity file of the identities folder the default (it was just used to sign)."""
        if name == self.settings.identity:
            return
        self._save(identity=name)
        if self.settings.identity == name:
            self.identities.chosen = name
            self.identities.refresh()

    def test_connection(self) -> None:
        """Try the database typed in, off the UI thread."""
        value = self.database.text().strip()
        self.test_button.setEnabled(False)
        self.busy.show()
        self.connection.hide()
        run_in_background(
            lambda: check_connection(value),
            self,
            lambda message: self._connection_result(True, message),
            lambda message: self._connection_result(False, message),
        )

    def _connection_result(self, ok: bool, message: str) -> None:
        """Show the outcome of the test in colour and words."""
        self.busy.hide()
        self.test_button.setEnabled(True)
        word = self.tr("Works") if ok else self.tr("Does not work")
        self.connection.setText(f"{word}: {message}")
        self.connection.setStyleSheet(badge_style(*finding_colours(ok), 4, "6px 10px"))
        self.connection.show()
        self.connection_checked.emit(ok, message)
