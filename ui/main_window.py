"""The main window: navigation between the screens, and the status bar.

The window is a shell first: navigation, status bar and a "loading" page per screen, built from
Qt alone so it paints at once. The screens arrive when what they need is ready: the stored-review
screens through open_store() once the database is open, the others through open_content() once
the questionnaire and policy packs are loaded. Their modules are imported only then.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import marked
from ui.placeholder import ComingLaterPage
from ui.qt_values import (
    TEXT_SELECTABLE_BY_MOUSE,
    no_horizontal_scroll_bar,
    plain_text,
    set_qt_property,
)
from ui.style import ProblemLabel, muted, set_point_delta

if TYPE_CHECKING:
    from reviewer.report.model import Person
    from reviewer.service import ReviewService
    from ui.audit.screen import AuditScreen
    from ui.content import DeskContent
    from ui.exchange.bundles import BundleExchange
    from ui.library.screen import PolicyLibrary
    from ui.overview.screen import OverviewScreen
    from ui.reviews.screen import ReviewsScreen
    from ui.reviews.workspace import ReviewWorkspace
    from ui.settings.model import Settings
    from ui.settings.screen import SettingsScreen

log = logging.getLogger(__name__)
# The English names identify the screens; the sidebar shows them translated.
SCREENS = (
    str(QT_TRANSLATE_NOOP("MainWindow", "Overview")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Reviews")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Policy library")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Audit")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Verify")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)
_STORE_SCREENS = ("Overview", "Reviews", "Audit")
_PURPOSES = marked(
    {
        "Policy library": QT_TRANSLATE_NOOP(
            "MainWindow",
            "Browse policy packs and their clauses, with each clause's citation and"
            " the questions it depends on; import a new pack version and see what it changes.",
        ),
        "Verify": QT_TRANSLATE_NOOP(
            "MainWindow", "Open or drop a signed decision report to check its signatures."
        ),
        "Settings": QT_TRANSLATE_NOOP(
            "MainWindow",
            "Choose the database, signing identities, the trust store and the language.",
        ),
    }
)


class LoadingPage(QWidget):
    """A screen's place while what it needs is being opened: its name, a note and a busy bar."""

    def __init__(self, title: str, message: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        heading = QLabel(title, self)
        plain_text(heading)
        set_point_delta(heading, 5, bold=True)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        muted(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no known end: Qt shows a moving busy indicator
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(320)
        self.busy.setAccessibleName(message)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)

    def stop(self, message: str) -> None:
        """Stop the busy indicator and say why (the screen could not be opened)."""
        self.busy.hide()
        self.message.setText(message)


class DatabaseProblemPage(QWidget):
    """What the Reviews and Audit screens show while the database cannot be opened.

    It says what went wrong, in the store's own words, and offers the two ways out: choose or
    fix the database in Settings, then try again. Nothing can be typed here, so nothing is lost.

    Signals:
        settings_requested(): the person wants to choose or fix the database in Settings.
        retry_requested(): the person wants to try opening the database again.
    """

    settings_requested = Signal()
    retry_requested = Signal()

    def __init__(self, title: str, problem: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseProblem")
        heading = QLabel(title, self)
        plain_text(heading)
        set_point_delta(heading, 5, bold=True)
        what = QLabel(self.tr("The database did not open, so no review can be shown."), self)
        what.setWordWrap(True)
        self.problem = ProblemLabel(self)
        self.problem.setObjectName("databaseProblemText")
        plain_text(self.problem)
        set_qt_property(self.problem, "textInteractionFlags", TEXT_SELECTABLE_BY_MOUSE)
        self.problem.setText(problem)
        advice = QLabel(
            self.tr(
                "Choose another database or correct its address in Settings, or check that the"
                " database server is running; then try again. Nothing you type is kept until"
                " the database is open."
            ),
            self,
        )
        advice.setWordWrap(True)
        muted(advice)
        self.settings_button = QPushButton(self.tr("Open Settings"), self)
        self.settings_button.clicked.connect(self.settings_requested)
        self.retry_button = QPushButton(self.tr("Try again"), self)
        self.retry_button.setDefault(True)
        self.retry_button.clicked.connect(self._retry)
        buttons = QHBoxLayout()
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.settings_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        for widget in (heading, what, self.problem, advice):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def _retry(self) -> None:
        """Ask to open the database again; the page stays until it opens or fails anew."""
        self.retry_button.setEnabled(False)
        self.retry_requested.emit()


class MainWindow(QMainWindow):
    """Sidebar navigation over the screens; the status bar shows the database and identity.

    Signals:
        store_opened(object): the stored-review screens are in place; carries the ReviewService.
        content_opened(): the screens that need the questionnaire and packs are in place.
        store_retry_requested(): the person asked to open the database again (after a failure).
    """

    store_opened = Signal(object)
    content_opened = Signal()
    store_retry_requested = Signal()

    def __init__(
        self,
        content: DeskContent | None = None,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        service: ReviewService | None = None,
    ) -> None:
        super().__init__(parent)
        self.service: ReviewService | None = None
        self.settings = settings
        self.content: DeskContent | None = None
        self.reviews: ReviewsScreen | None = None
        self.audit: AuditScreen | None = None
        self.overview: OverviewScreen | None = None
        self.library: PolicyLibrary | None = None
        self.settings_screen: SettingsScreen | None = None
        self.setWindowTitle(self.tr("Reviewer"))
        self.setMinimumSize(QSize(1024, 640))
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setFixedWidth(150)
        no_horizontal_scroll_bar(self.navigation)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        for position, name in enumerate(SCREENS):
            item = QListWidgetItem(self.tr(name), self.navigation)
            item.setSizeHint(QSize(150, 34))
            item.setToolTip(
                self.tr("{screen} (Ctrl+{number})").format(
                    screen=self.tr(name), number=position + 1
                )
            )
            message = (
                self.tr("Opening the database…") if name in _STORE_SCREENS else self.tr("Loading…")
            )
            page = LoadingPage(self.tr(name), message, self)
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
        self.set_database(self.tr("opening…"))
        self.set_identity(self.tr("none chosen"))
        self.show_screen(0)
        self._wired: list[QWidget] = []
        # The File menu is in the first paint; its bundle actions are built just after it.
        self._file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._exchange: BundleExchange | None = None
        if content is not None:
            # Everything is at hand already (tests, screenshots): build every screen now.
            self.content = content
            self.complete_menus()
            if service is not None:
                self.open_store(service, settings)
            self.open_content(content, settings)

    @property
    def workspace(self) -> ReviewWorkspace | None:
        """Return the workspace of the review open on the Reviews screen, if any."""
        return self.reviews.workspace if self.reviews is not None else None

    # -- the screens arrive ---------------------------------------------------------------

    def _replace(self, name: str, page: QWidget) -> None:
        """Put a screen's page in place of whatever stood for it, keeping its position."""
        old = self.pages.get(name)
        position = SCREENS.index(name)
        self.stack.insertWidget(position, page)
        self.pages[name] = page
        if old is not None and old is not page:
            self.stack.removeWidget(old)
            old.deleteLater()
        if self.navigation.currentRow() == position:
            self.stack.setCurrentIndex(position)

    def show_early(self, name: str, page: QWidget) -> bool:
        """Let a page stand in for a screen that is still loading; tell whether it does.

        The screen's real page replaces it when it arrives; one that arrived first is kept.
        """
        if not isinstance(self.pages.get(name), LoadingPage):
            return False
        self._replace(name, page)
        return True

    def open_store(self, service: ReviewService, settings: Settings | None = None) -> None:
        """Put the stored-review screens (the reviews list, the audit log) in place."""
        from ui.audit.screen import AuditScreen
        from ui.reviews.screen import ReviewsScreen

        self.service = service
        if settings is not None:
            self.settings = settings
        if self.settings is not None:
            service.re_review = self.settings.re_review
        self.audit = AuditScreen(service, self)
        self._replace("Audit", self.audit)
        if self.content is None or self.content.questionnaire is not None:
            self.reviews = ReviewsScreen(service, self._tsa_url(), parent=self)
            self._replace("Reviews", self.reviews)
            self.reviews.review_opened.connect(self.audit.show_review)
            self.reviews.identity_used.connect(self.remember_identity)
            self._open_overview(service, self.reviews)
        from ui.verify.screen import VerifyScreen

        verify = self.pages.get("Verify")
        if isinstance(verify, VerifyScreen):
            verify.attach_store(service)
        self.set_database(service.store.where)
        self.exchange.attach(service, self.reviews)
        if self.settings_screen is not None:
            self.settings_screen.attach_store(service)
        self._show_settings_identity()
        self._wire_citations()
        self._wire_library()
        self.store_opened.emit(service)

    def _open_overview(self, service: ReviewService, reviews: ReviewsScreen) -> None:
        """Put the Overview in place; its tiles and bars open the reviews list narrowed."""
        from ui.overview.screen import OverviewScreen
        from ui.signing.work import remembered_person

        def me() -> Person | None:
            chosen = remembered_person()
            return chosen.person if chosen is not None else None

        self.overview = OverviewScreen(service, me, self)
        self._replace("Overview", self.overview)
        self.overview.focus_requested.connect(reviews.show_focus)
        self.overview.focus_requested.connect(lambda _focus: self.show_page("Reviews"))
        self.overview.recent.review_requested.connect(reviews.open_review)
        self.overview.recent.review_requested.connect(lambda _id: self.show_page("Reviews"))
        self.overview.recent.all_requested.connect(lambda: reviews.show_focus(None))
        self.overview.recent.all_requested.connect(lambda: self.show_page("Reviews"))

    def store_failed(self, problem: str) -> None:
        """Show, on the stored-review screens, the real reason the database did not open."""
        self.set_database(self.tr("not open ({problem})").format(problem=problem))
        if self.service is not None:
            return
        for name in _STORE_SCREENS:
            page = DatabaseProblemPage(self.tr(name), problem, self)
            page.settings_requested.connect(lambda: self.show_page("Settings"))
            page.retry_requested.connect(self.store_retry_requested)
            self._replace(name, page)

    def open_content(self, content: DeskContent, settings: Settings | None = None) -> None:
        """Put the screens that need the questionnaire and packs in place."""
        from ui.settings.model import load_settings
        from ui.settings.screen import SettingsScreen
        from ui.verify.screen import VerifyScreen

        self.content = content
        if settings is not None:
            self.settings = settings
        if content.questionnaire is None:
            self.reviews = None
            self._replace("Reviews", self._no_content_page(content))
        if content.questionnaire is not None:
            from ui.library.screen import PolicyLibrary

            self.library = PolicyLibrary(content.questionnaire, content.packs, parent=self)
            self._replace("Policy library", self.library)
        else:
            self._replace(
                "Policy library",
                ComingLaterPage(
                    self.tr("Policy library"), self.tr(_PURPOSES["Policy library"]), self
                ),
            )
        self._replace("Verify", VerifyScreen(self, self.service))
        self.settings_screen = SettingsScreen(self.settings or load_settings(), parent=self)
        self.settings_screen.settings_saved.connect(self._on_settings_saved)
        if self.service is not None:
            self.settings_screen.attach_store(self.service)
        self._replace("Settings", self.settings_screen)
        self._wire_citations()
        self._wire_library()
        self.content_opened.emit()

    @property
    def exchange(self) -> BundleExchange:
        """Return the File menu's bundle actions and the window's bundle drops, built on first use.

        Building them imports the bundle screens and dialogs, which the first paint does not
        need: the start-up builds them right after it (`complete_menus`), or a store opening does.
        """
        if self._exchange is None:
            from ui.exchange.bundles import BundleExchange

            self._exchange = BundleExchange(self, self._file_menu)
        return self._exchange

    def complete_menus(self) -> None:
        """Fill the menus the first paint showed empty (the File menu's bundle actions)."""
        _ = self.exchange

    def _show_settings_identity(self) -> None:
        """Show the default signing identity chosen in Settings, if any."""
        identity = self.settings.identity if self.settings is not None else ""
        if identity:
            self.show_identity_file(identity)

    def _on_settings_saved(self, settings: Settings) -> None:
        """Keep the window's copy of the settings current; show a newly chosen identity."""
        previous = self.settings.identity if self.settings is not None else ""
        self.settings = settings
        if self.service is not None:
            self.service.re_review = settings.re_review
        if settings.identity and settings.identity != previous:
            self.show_identity_file(settings.identity)

    def show_identity_file(self, identity: str | Path) -> None:
        """Show an identity as "Name <email>, Organisation (role)", and work as its person.

        A bare name is a file in the identities folder.
        """
        from reviewer.paths import identities_dir
        from reviewer.service.identities import describe_identity_file

        path = Path(identity)
        path = path if path.is_absolute() else identities_dir() / path
        self.set_identity(describe_identity_file(path))
        self._work_as(path)

    def _work_as(self, identity_file: Path) -> None:
        """Let the audit trail name the identity's person for what is done here from now on.

        The certificate beside the identity names the person; without a readable one, the
        events keep naming this computer's login.
        """
        from reviewer.errors import ReviewerError
        from ui.signing.work import person_of_certificate, sibling_certificate

        pem = sibling_certificate(identity_file)
        if self.service is None or pem is None:
            return
        try:
            self.service.work_as(person_of_certificate(pem))
        except ReviewerError as exc:
            log.warning("the audit trail keeps the login: %s", exc)

    def remember_identity(self, path: Path) -> None:
        """Show the identity file just unlocked to sign, and make it the default for signing.

        Settings keeps the file name of an identity in the identities folder; a file elsewhere
        is shown but not remembered. The passphrase is never seen here.
        """
        from reviewer.errors import ReviewerError
        from reviewer.paths import identities_dir
        from ui.settings.model import load_settings, save_settings

        self.show_identity_file(path)
        if path.parent.resolve() != identities_dir().resolve():
            return
        if self.settings_screen is not None:
            self.settings_screen.remember_identity(path.name)  # saves; settings_saved follows
            return
        settings = self.settings or load_settings()
        if settings.identity == path.name:
            return
        updated = settings.model_copy(update={"identity": path.name})
        try:
            save_settings(updated)
        except ReviewerError as exc:  # signing goes on; only the default is not remembered
            log.warning("could not remember the signing identity %s: %s", path.name, exc)
            return
        self.settings = updated

    def _tsa_url(self) -> str | None:
        """Return the timestamp authority to sign with, or None (a bad one is logged)."""
        from reviewer.errors import ReviewerError
        from reviewer.signing.timestamps import configured_tsa_url

        settings = self.settings
        try:
            return configured_tsa_url((settings.tsa_url if settings else "") or None)
        except ReviewerError as exc:  # a bad REVIEWER_TSA_URL: sign without a timestamp
            log.warning("ignoring the timestamp authority: %s", exc)
            return None

    def _wire_library(self) -> None:
        """Let the policy library keep its imports in the store, once both are there."""
        if self.library is not None and self.service is not None:
            self.library.attach_store(self.service)

    def _wire_citations(self) -> None:
        """Let citations in a review open the clause in the library, once both are there."""
        library = self.library
        if library is None:
            return
        for source in (self.reviews,):
            if source is not None and source not in self._wired:
                source.citation_activated.connect(library.show_clause)
                source.citation_activated.connect(lambda *_: self.show_page("Policy library"))
                self._wired.append(source)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save an answer still being typed before the window goes."""
        if self.reviews is not None:
            self.reviews.flush()
        super().closeEvent(event)

    def show_page(self, name: str) -> None:
        """Show a screen by its English name, e.g. "Settings"."""
        self.show_screen(SCREENS.index(name))

    def _no_content_page(self, content: DeskContent) -> QWidget:
        """Return the page explaining why no review can be opened without the content."""
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

    def show_screen(self, position: int) -> None:
        """Show one of the screens by its position in the sidebar."""
        self.navigation.setCurrentRow(position)

    def set_database(self, description: str) -> None:
        """Show which database is in use."""
        self.database_label.setText(self.tr("Database: {0}").format(description))

    def set_identity(self, description: str) -> None:
        """Show the active signing identity."""
        self.identity_label.setText(self.tr("Signing identity: {0}").format(description))
