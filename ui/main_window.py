"""The main window: navigation between the screens, and the status bar."""

from __future__ import annotations

import getpass
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from reviewer.answers import AnswerValue
from reviewer.errors import ReviewerError
from reviewer.service import ReviewService
from reviewer.signing.timestamps import configured_tsa_url
from ui.audit.screen import AuditScreen
from ui.content import DeskContent
from ui.decision.controller import DecisionController
from ui.intake.controller import InMemoryAnswerSink, IntakeController
from ui.library.screen import PolicyLibrary
from ui.placeholder import ComingLaterPage
from ui.reviews.screen import ReviewsScreen
from ui.reviews.workspace import ReviewWorkspace
from ui.settings.model import Settings, load_settings
from ui.settings.screen import SettingsScreen
from ui.verify.screen import VerifyScreen

log = logging.getLogger(__name__)

# The English names identify the screens; the sidebar shows them translated.
SCREENS = (
    QT_TRANSLATE_NOOP("MainWindow", "Reviews"),
    QT_TRANSLATE_NOOP("MainWindow", "Policy library"),
    QT_TRANSLATE_NOOP("MainWindow", "Audit"),
    QT_TRANSLATE_NOOP("MainWindow", "Verify"),
    QT_TRANSLATE_NOOP("MainWindow", "Settings"),
)
DRAFT_NOTICE = QT_TRANSLATE_NOOP(
    "MainWindow",
    "Draft review. The reviews list, storage and signing arrive in later releases;"
    " this draft lives in memory until you close the window.",
)
_PURPOSES = {
    "Policy library": QT_TRANSLATE_NOOP(
        "MainWindow",
        "Browse policy packs and their clauses, with each clause's citation and"
        " the questions it depends on; import a new pack version and see what it changes.",
    ),
    "Audit": QT_TRANSLATE_NOOP(
        "MainWindow",
        "Follow a review's history in the hash-chained audit log, with the chain's"
        " verification status.",
    ),
    "Verify": QT_TRANSLATE_NOOP(
        "MainWindow", "Open or drop a signed decision report to check its signatures."
    ),
    "Settings": QT_TRANSLATE_NOOP(
        "MainWindow",
        "Choose the database, signing identities, the trust store and the language.",
    ),
}


class MainWindow(QMainWindow):
    """Sidebar navigation over the screens; the status bar shows the database and identity."""

    def __init__(
        self,
        content: DeskContent,
        answers: dict[str, AnswerValue] | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        service: ReviewService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.reviews: ReviewsScreen | None = None
        self.audit: AuditScreen | None = None
        self.setWindowTitle(self.tr("Reviewer"))
        self.setMinimumSize(QSize(1024, 640))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFixedWidth(150)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.workspace: ReviewWorkspace | None = None
        self.library: PolicyLibrary | None = None
        self.pages: dict[str, QWidget] = {}
        for position, name in enumerate(SCREENS):
            item = QListWidgetItem(self.tr(name), self.navigation)
            item.setSizeHint(QSize(150, 34))
            item.setToolTip(
                self.tr("{screen} (Ctrl+{number})").format(
                    screen=self.tr(name), number=position + 1
                )
            )
            page = (
                self._stored_page(name, content, service, settings)
                if service is not None and name in ("Reviews", "Audit")
                else None
            )
            page = page or (
                self._reviews_page(content, answers)
                if name == "Reviews"
                else self._screen_page(name, content, settings)
            )
            page = page or ComingLaterPage(self.tr(name), self.tr(_PURPOSES[name]), self)
            self.pages[name] = page
            self.stack.addWidget(page)
            QShortcut(
                QKeySequence(f"Ctrl+{position + 1}"), self, lambda p=position: self.show_screen(p)
            )
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        separator = QFrame(central)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.database_label = QLabel(self)
        self.database_label.setObjectName("databaseStatus")
        self.identity_label = QLabel(self)
        self.identity_label.setObjectName("identityStatus")
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.identity_label)
        self.set_database(self.tr("none yet (this release keeps the draft in memory)"))
        self.set_identity(self.tr("none chosen"))
        if self.workspace is not None and self.library is not None:
            self.workspace.citation_activated.connect(self.library.show_clause)
        if service is not None:
            self._wire_stored(service)
        self.show_screen(0)

    def _stored_page(
        self,
        name: str,
        content: DeskContent,
        service: ReviewService,
        settings: Settings | None,
    ) -> QWidget | None:
        """Return the Reviews or Audit screen over the store (None without the content)."""
        if name == "Audit":
            self.audit = AuditScreen(service, self)
            return self.audit
        if content.questionnaire is None:
            return None
        try:
            tsa_url = configured_tsa_url((settings.tsa_url if settings else "") or None)
        except ReviewerError as exc:  # a bad REVIEWER_TSA_URL: sign without a timestamp
            log.warning("ignoring the timestamp authority: %s", exc)
            tsa_url = None
        self.reviews = ReviewsScreen(service, tsa_url, parent=self)
        return self.reviews

    def _wire_stored(self, service: ReviewService) -> None:
        """Connect the stored-review screens to each other and show the database in use."""
        self.set_database(service.store.where)
        reviews, audit, library = self.reviews, self.audit, self.library
        if reviews is not None and library is not None:
            reviews.citation_activated.connect(library.show_clause)
            reviews.citation_activated.connect(lambda *_: self.show_page("Policy library"))
        if reviews is not None and audit is not None:
            reviews.review_opened.connect(audit.show_review)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save an answer still being typed before the window goes."""
        if self.reviews is not None:
            self.reviews.flush()
        super().closeEvent(event)

    def _screen_page(
        self, name: str, content: DeskContent, settings: Settings | None
    ) -> QWidget | None:
        """Return the page of the Policy library, Verify or Settings screen, or None."""
        if name == "Policy library" and content.questionnaire is not None:
            # on_import is the storage layer's hook; until it is set, imports stay in memory.
            self.library = PolicyLibrary(content.questionnaire, content.packs, parent=self)
            return self.library
        if name == "Verify":
            return VerifyScreen(self)
        if name == "Settings":
            return SettingsScreen(settings or load_settings(), parent=self)
        return None

    def show_page(self, name: str) -> None:
        """Show a screen by its English name, e.g. "Settings"."""
        self.show_screen(SCREENS.index(name))

    def _reviews_page(
        self, content: DeskContent, answers: dict[str, AnswerValue] | None
    ) -> QWidget:
        """Return the review workspace, or a page explaining why it cannot open."""
        if content.questionnaire is None:
            page = ComingLaterPage(
                self.tr("Reviews"),
                self.tr(
                    "The questionnaire or the policy packs could not be loaded, so no review can"
                    " be opened:\n\n{problem}\n\nReinstall Reviewer, or ask whoever maintains"
                    " your policy packs to fix the file named above."
                ).format(problem=content.problem),
                self,
            )
            page.note.setText(self.tr("Details are in the log file."))
            return page
        sink = InMemoryAnswerSink(content.questionnaire, content.packs, answers)
        intake = IntakeController(content.questionnaire, sink, self)
        decision = DecisionController(getpass.getuser(), self)
        self.workspace = ReviewWorkspace(intake, decision, self.tr(DRAFT_NOTICE), self)
        self.workspace.citation_activated.connect(lambda *_: self.show_screen(1))
        return self.workspace

    def show_screen(self, position: int) -> None:
        """Show one of the screens by its position in the sidebar."""
        self.navigation.setCurrentRow(position)

    def set_database(self, description: str) -> None:
        """Show which database is in use."""
        self.database_label.setText(self.tr("Database: {0}").format(description))

    def set_identity(self, description: str) -> None:
        """Show the active signing identity."""
        self.identity_label.setText(self.tr("Signing identity: {0}").format(description))
