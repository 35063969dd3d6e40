"""Start-up of the desktop app: QApplication, logging, crash handling and the headless modes."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.style import apply_style, follow_os_colour_scheme

if TYPE_CHECKING:
    from types import TracebackType

    from ui.overview.recent import EarlyOverview
    from ui.startup import DeskStartup

log = logging.getLogger(__name__)
EXIT_CRASH = 70


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the desktop app's few options."""
    parser = argparse.ArgumentParser(
        prog="reviewer-desk", description="Review proposed AI deployments against policy clauses."
    )
    parser.add_argument(
        "--version", action=_VersionAction, nargs=0, help="show the version and exit"
    )
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--smoke", action="store_true", help="open the main window, process events and exit"
    )
    mode.add_argument(
        "--screenshots",
        metavar="DIR",
        type=Path,
        help="render each main screen with sample data to PNG files in DIR, then exit",
    )
    mode.add_argument(
        "--self-test",
        action="store_true",
        help="score, sign, verify and countersign in a temporary folder; exit 0 if all works",
    )
    # For the start-up benchmark: exit once the window is "shown" (first paint, navigation
    # works) or once the stored reviews are "listed"; --smoke waits for every screen.
    mode.add_argument("--exit-when", choices=("shown", "listed"), help=argparse.SUPPRESS)
    return parser


class _VersionAction(argparse.Action):
    """Print the version; the domain is imported only when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from reviewer import __version__

        print(f"Reviewer {__version__}")
        parser.exit()


def make_application(argv: Sequence[str]) -> QApplication:
    """Create (or reuse) the QApplication with Reviewer's names and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "reviewer-desk", *argv])
    app.setApplicationName("Reviewer")
    app.setApplicationDisplayName("Reviewer")
    app.setDesktopFileName("org.reviewer.Reviewer")
    apply_style(app)
    return app


def set_identity_of_app(app: QApplication) -> None:
    """Give the app its version and icon; they need the domain, so they come after first paint."""
    from reviewer import __version__
    from reviewer.resources import resources_dir

    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "reviewer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; return the process exit code."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    try:
        return _run(args)
    except Exception as exc:  # last resort: nothing unexpected may vanish without a report
        from ui.diagnostics import write_crash_report

        report = write_crash_report(type(exc), exc, exc.__traceback__)
        log.critical("unexpected error at start-up; report in %s", report, exc_info=exc)
        print(f"Reviewer stopped unexpectedly. Crash report: {report}", file=sys.stderr)
        print(f"Log: {report.parent}", file=sys.stderr)
        return EXIT_CRASH


def _set_up_dialogs(args: argparse.Namespace) -> None:
    """Import the dialog seam and, in a headless run, keep every dialog from waiting."""
    from ui import dialogs

    dialogs.set_headless(bool(args.smoke or args.screenshots or args.self_test or args.exit_when))


def _crash_hook(tell_user: Callable[[Path], None]) -> Callable[..., None]:
    """Return an excepthook that loads the crash reporter only when there is a crash to report.

    Importing the reporter (logging handlers, platform details) costs more than drawing the
    window, so the first paint does not wait for it.
    """

    def hook(
        kind: type[BaseException], exc: BaseException, traceback: TracebackType | None
    ) -> None:
        """Report the crash with the real hook."""
        from ui.diagnostics import make_excepthook

        make_excepthook(tell_user)(kind, exc, traceback)

    return hook


def _run(args: argparse.Namespace) -> int:
    """Open the window in the mode asked for."""
    if args.self_test:
        from ui.diagnostics import setup_logging

        _set_up_dialogs(args)
        setup_logging()
        return _self_test()
    app = make_application([])
    # The language is chosen once, before any window exists (a change applies on restart).
    from ui.settings.language import early_language

    install_language(app, early_language())
    if args.screenshots is not None:
        _set_up_dialogs(args)
        return _screenshots(app, args.screenshots)
    window = MainWindow()
    crashes: list[Path] = []

    def tell_user(report: Path) -> None:
        """Remember the crash for the exit code, and say where its report is."""
        from ui import dialogs

        crashes.append(report)
        _set_up_dialogs(args)  # a crash during the first paint comes before the usual set-up
        dialogs.show_crash_report(window, report)

    sys.excepthook = _crash_hook(tell_user)
    window.resize(1280, 800)
    # The Overview's recent reviews are read with sqlite3 alone, so they are in the first paint.
    stand_in = _show_early_page(window)
    window.show()
    app.processEvents()  # the first paint: the shell is on screen and answers clicks
    early = _early_rows_on_screen(window, stand_in)
    if early is not None and args.exit_when == "listed":
        _milestone(f"listed {early}")
    follow_os_colour_scheme(app)
    # Nothing before the first paint shows a dialog; the seam is in place before anything can.
    _set_up_dialogs(args)
    window.complete_menus()
    if args.exit_when == "shown":
        window.show_page("Settings")
        app.processEvents()
        _milestone("shown")
        window.close()
        return EXIT_CRASH if crashes else 0
    from ui.diagnostics import setup_logging

    setup_logging()
    set_identity_of_app(app)
    from ui.startup import DeskStartup

    startup = DeskStartup(window, with_content=args.exit_when != "listed")
    startup.listed.connect(
        lambda: _fill_first_page(window, args.exit_when == "listed", early is not None)
    )
    startup.finished.connect(lambda: _after_start(window, startup))
    if args.smoke or args.exit_when:
        startup.finished.connect(lambda: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        _stop(window, startup)
    if args.smoke or args.exit_when:
        if crashes:
            return EXIT_CRASH
        content = startup.content
        if content is not None and content.problem is not None:
            print(f"Reviewer opened, but without its content: {content.problem}", file=sys.stderr)
            return 1
        return 0
    return code


def _milestone(what: str) -> None:
    """Tell the start-up benchmark a milestone is reached, and when (the system's monotonic clock).

    The clock reading lets the benchmark time the milestone itself, not the moment it got
    round to reading the line while this process went on working.
    """
    print(f"reviewer-desk: {what} at={time.monotonic():.6f}", flush=True)


def _show_early_page(window: MainWindow) -> EarlyOverview | None:
    """Let the Overview show the recent reviews before the store opens; return its stand-in.

    Nothing is shown (None) when the fast read does not apply or the database has no review:
    the Overview then arrives with the store, its recent reviews with it.
    """
    from ui.overview.recent import RECENT_ROWS, EarlyOverview
    from ui.reviews.first_page import read_first_page

    page = read_first_page(RECENT_ROWS)
    if page is None or not page.rows:
        return None
    view = EarlyOverview(page, window)
    if not window.show_early("Overview", view):
        view.deleteLater()
        return None
    return view


def _early_rows_on_screen(window: MainWindow, early: EarlyOverview | None) -> int | None:
    """Return how many early rows the current screen shows, or None if it shows none."""
    if early is None or window.stack.currentWidget() is not early:
        return None
    table = early.recent.table
    return table.model().rowCount() if table.isVisible() else None


def _fill_first_page(window: MainWindow, announce: bool = False, early: bool = False) -> None:
    """Draw the Overview's live recent reviews now; for the benchmark, say when they are shown.

    "listed" is said once, for whichever rows came first; "live" when the store's own rows
    are in place on the current screen.
    """
    overview = window.overview
    on_screen = overview is not None and window.stack.currentWidget() is overview
    if overview is not None:
        overview.recent.table.viewport().repaint()
    if announce:
        rows = overview.recent.model.rowCount() if overview is not None and on_screen else 0
        if not early:
            _milestone(f"listed {rows}")
        _milestone(f"live {rows}")


def _after_start(window: MainWindow, startup: DeskStartup) -> None:
    """Once every screen is in place: the welcome screen for a first run."""
    if startup.service is not None and startup.content is not None:
        settings = startup.settings
        _install_welcome(window, (settings.database if settings else "") or None)


def _stop(window: MainWindow, startup: DeskStartup) -> None:
    """Close the window and the store; wait for a start-up worker so none outlives the app."""
    from PySide6.QtCore import QThreadPool

    window.close()
    QThreadPool.globalInstance().waitForDone()
    service = startup.service
    if service is not None:
        service.close()


def _screenshots(app: QApplication, folder: Path) -> int:
    """Render each main screen with sample data to PNG files, then exit."""
    from ui.content import load_content
    from ui.diagnostics import make_excepthook, setup_logging
    from ui.screenshots import render_screens

    setup_logging()
    set_identity_of_app(app)
    content = load_content()
    crashes: list[Path] = []
    sys.excepthook = make_excepthook(crashes.append)
    written = render_screens(app, content, folder)
    print("\n".join(str(path) for path in written))
    return EXIT_CRASH if crashes else (0 if content.problem is None else 1)


def _self_test() -> int:
    """Run the core journey without a window; print one line per step."""
    from reviewer.selftest import run_self_test

    result = run_self_test()
    print("\n".join(result.lines()))
    return 0 if result.passed else 1


def _install_welcome(window: MainWindow, database: str | None = None) -> None:
    """Add the welcome screen; on a first run this creates and migrates the database."""
    from reviewer.paths import identities_dir
    from reviewer.resources import examples_dir
    from reviewer.service import ReviewService
    from ui.welcome.install import install_welcome

    welcome = install_welcome(
        window, window.stack, lambda: ReviewService.open(database), examples_dir(), identities_dir()
    )
    reviews = window.reviews
    if reviews is not None:
        welcome.samples_loaded.connect(lambda _count: reviews.list_page.refresh())
