"""The main window: navigation between the screens, and the status bar."""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
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
from ui.content import DeskContent
from ui.decision.controller import DecisionController
from ui.intake.controller import InMemoryAnswerSink, IntakeController
from ui.placeholder import ComingLaterPage
from ui.reviews.workspace import ReviewWorkspace

SCREENS = ("Reviews", "Policy library", "Audit", "Settings")
DRAFT_NOTICE = (
    "Draft review. The reviews list, storage and signing arrive in later releases;"
    " this draft lives in memory until you close the window."
)
_PURPOSES = {
    "Policy library": "Browse policy packs and their clauses, with each clause's citation and"
    " the questions it depends on; import a new pack version and see what it changes.",
    "Audit": "Follow a review's history in the hash-chained audit log, with the chain's"
    " verification status.",
    "Settings": "Choose the database, signing identities, the trust store and the language.",
}


class MainWindow(QMainWindow):
    """Sidebar navigation over the screens; the status bar shows the database and identity."""

    def __init__(
        self,
        content: DeskContent,
        answers: dict[str, AnswerValue] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Reviewer")
        self.setMinimumSize(QSize(1024, 640))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName("Screens")
        self.navigation.setFixedWidth(150)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.workspace: ReviewWorkspace | None = None
        self.pages: dict[str, QWidget] = {}
        for position, name in enumerate(SCREENS):
            item = QListWidgetItem(name, self.navigation)
            item.setSizeHint(QSize(150, 34))
            item.setToolTip(f"{name} (Ctrl+{position + 1})")
            page = self._reviews_page(content, answers) if name == "Reviews" else None
            page = page or ComingLaterPage(name, _PURPOSES[name], self)
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
        self.set_database("none yet (this release keeps the draft in memory)")
        self.set_identity("none chosen")
        self.show_screen(0)

    def _reviews_page(
        self, content: DeskContent, answers: dict[str, AnswerValue] | None
    ) -> QWidget:
        """Return the review workspace, or a page explaining why it cannot open."""
        if content.questionnaire is None:
            page = ComingLaterPage(
                "Reviews",
                "The questionnaire or the policy packs could not be loaded, so no review can be"
                f" opened:\n\n{content.problem}\n\nReinstall Reviewer, or ask whoever maintains"
                " your policy packs to fix the file named above.",
                self,
            )
            page.note.setText("Details are in the log file.")
            return page
        sink = InMemoryAnswerSink(content.questionnaire, content.packs, answers)
        intake = IntakeController(content.questionnaire, sink, self)
        decision = DecisionController(getpass.getuser(), self)
        self.workspace = ReviewWorkspace(intake, decision, DRAFT_NOTICE, self)
        self.workspace.citation_activated.connect(lambda *_: self.show_screen(1))
        return self.workspace

    def show_screen(self, position: int) -> None:
        """Show one of the screens by its position in the sidebar."""
        self.navigation.setCurrentRow(position)

    def set_database(self, description: str) -> None:
        """Show which database is in use."""
        self.database_label.setText(f"Database: {description}")

    def set_identity(self, description: str) -> None:
        """Show the active signing identity."""
        self.identity_label.setText(f"Signing identity: {description}")
