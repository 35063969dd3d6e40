"""Progressive start-up: the window paints first, then the store and the content arrive.

The first paint already shows the first page of reviews when it can be read with sqlite3 alone
(`ui.reviews.first_page`); the live list built here replaces it. The heavy imports
(SQLAlchemy, pydantic, the domain) and the opening of the database run on a worker thread.
The worker only builds objects and hands them over; from then on the service is used on the
UI thread alone (SQLAlchemy objects stay on one thread at a time).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ui import dialogs
from ui.background import BackgroundJob, run_in_background

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OpenedStore:
    """What the worker opened: the settings, and the service or why it did not open."""

    settings: Settings
    service: ReviewService | None
    problem: str | None = None


def open_store() -> OpenedStore:
    """Read the settings and open their database; runs on a worker thread."""
    from reviewer.errors import ReviewerError
    from reviewer.service import ReviewService
    from ui.audit import screen as _audit_screen  # noqa: F401 - imported here, off the UI thread
    from ui.reviews import screen as _reviews_screen  # noqa: F401 - imported here, likewise
    from ui.settings.model import load_settings

    settings = load_settings()
    try:
        service = ReviewService.open(settings.database or None)
    except ReviewerError as exc:
        return OpenedStore(settings, None, str(exc))
    return OpenedStore(settings, service)


def load_desk_content() -> DeskContent:
    """Load the questionnaire and policy packs; runs on a worker thread."""
    from ui.content import load_content
    from ui.library import screen as _library  # noqa: F401 - imported here, off the UI thread
    from ui.settings import screen as _settings  # noqa: F401 - likewise
    from ui.verify import screen as _verify  # noqa: F401 - likewise

    return load_content()


class DeskStartup(QObject):
    """Fills a shell main window: first the stored reviews, then the content-based screens.

    Signals:
        listed(): the reviews list is filled, or the database could not be opened.
        finished(): every screen is in place; start-up is over.
    """

    listed = Signal()
    finished = Signal()

    def __init__(
        self, window: MainWindow, *, with_content: bool = True, parent: QObject | None = None
    ) -> None:
        super().__init__(parent or window)
        self._window = window
        self._with_content = with_content
        self.service: ReviewService | None = None
        self.settings: Settings | None = None
        self.content: DeskContent | None = None
        self.job: BackgroundJob | None = None
        self.done = False
        window.store_retry_requested.connect(self.retry_store)

    @property
    def running(self) -> bool:
        """Tell whether a worker is still busy."""
        return self.job is not None and self.job.running

    def start(self) -> None:
        """Open the store off the UI thread."""
        self.job = run_in_background(open_store, self, self._on_store, self._on_failure)

    def _on_store(self, opened: Any) -> None:
        """Put the stored-review screens in place, or say why the database did not open."""
        assert isinstance(opened, OpenedStore)
        self.settings = opened.settings
        self.service = opened.service
        if opened.service is not None:
            self._window.open_store(opened.service, opened.settings)
        else:
            self._store_failed(opened.problem or "")
        self.listed.emit()
        if self._with_content:
            self.job = run_in_background(
                load_desk_content, self, self._on_content, self._on_failure
            )
        else:
            self._finish()

    def _store_failed(self, problem: str) -> None:
        """Report a database that did not open: its real error, on the screens that need it.

        The Reviews and Audit screens show the error with "Open Settings" and "Try again";
        nothing can be typed into a review until the database is open.
        """
        log.error("cannot open the database: %s", problem)
        self._window.store_failed(problem)

    def retry_store(self) -> None:
        """Open the database again (after the person fixed it in Settings, or started it)."""
        if self.running:
            return
        self.job = run_in_background(open_store, self, self._on_retry, self._on_retry_failure)

    def _on_retry(self, opened: Any) -> None:
        """Put the stored-review screens in place, or show the new reason."""
        assert isinstance(opened, OpenedStore)
        self.job = None
        self.settings = opened.settings
        self.service = opened.service
        if opened.service is not None:
            self._window.open_store(opened.service, opened.settings)
        else:
            self._store_failed(opened.problem or "")
        self.listed.emit()

    def _on_retry_failure(self, message: str) -> None:
        """Show an unexpected failure of the retry where the database problem was shown."""
        self.job = None
        self._store_failed(message)

    def _on_content(self, content: Any) -> None:
        """Put the screens that need the questionnaire and packs in place."""
        self.content = content
        self._window.open_content(content, settings=self.settings)
        self._finish()

    def _on_failure(self, message: str) -> None:
        """Report an unexpected failure in a worker, and end start-up with what is there."""
        dialogs.show_error(
            self._window,
            QCoreApplication.translate("app", "Reviewer did not finish starting"),
            message,
        )
        if self.content is None and self._with_content and self.service is None:
            self._window.store_failed(message)
        self._finish()

    def _finish(self) -> None:
        """Mark start-up over."""
        self.job = None
        self.done = True
        self.finished.emit()
