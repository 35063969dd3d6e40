"""Start-up of the desktop app: QApplication, logging, crash handling and the headless modes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reviewer import __version__
from reviewer.resources import resources_dir
from ui import dialogs
from ui.content import load_content
from ui.diagnostics import make_excepthook, setup_logging, write_crash_report
from ui.i18n import install_language
from ui.main_window import MainWindow
from ui.settings.model import chosen_language, load_settings

if TYPE_CHECKING:
    from reviewer.service import ReviewService
from ui.theme import apply_style

log = logging.getLogger(__name__)
EXIT_CRASH = 70


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of the desktop app's few options."""
    parser = argparse.ArgumentParser(
        prog="reviewer-desk", description="Review proposed AI deployments against policy clauses."
    )
    parser.add_argument("--version", action="version", version=f"Reviewer {__version__}")
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
    return parser


def make_application(argv: Sequence[str]) -> QApplication:
    """Create (or reuse) the QApplication with Reviewer's names and icon."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "reviewer-desk", *argv])
    app.setApplicationName("Reviewer")
    app.setApplicationDisplayName("Reviewer")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.reviewer.Reviewer")
    apply_style(app)
    icon = resources_dir() / "icons" / "reviewer.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def main(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app; return the process exit code."""
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    headless = bool(args.smoke or args.screenshots or args.self_test)
    dialogs.set_headless(headless)
    log_path = setup_logging()
    try:
        return _run(args)
    except Exception as exc:  # last resort: nothing unexpected may vanish without a report
        report = write_crash_report(type(exc), exc, exc.__traceback__)
        log.critical("unexpected error at start-up; report in %s", report, exc_info=exc)
        print(f"Reviewer stopped unexpectedly. Crash report: {report}", file=sys.stderr)
        print(f"Log: {log_path}", file=sys.stderr)
        return EXIT_CRASH


def _run(args: argparse.Namespace) -> int:
    """Open the window in the mode asked for."""
    if args.self_test:
        return _self_test()
    app = make_application([])
    content = load_content()
    settings = load_settings()
    # The language is chosen once, before any window exists (a change applies on restart).
    install_language(app, chosen_language(settings))
    database = settings.database or None
    service = None if args.screenshots is not None else _open_service(database)
    window = MainWindow(content, settings=settings, service=service)
    crashes: list[Path] = []

    def tell_user(report: Path) -> None:
        """Remember the crash for the exit code, and say where its report is."""
        crashes.append(report)
        dialogs.show_crash_report(window, report)

    sys.excepthook = make_excepthook(tell_user)
    if args.screenshots is not None:
        from ui.screenshots import render_screens

        written = render_screens(app, content, args.screenshots)
        print("\n".join(str(path) for path in written))
        return EXIT_CRASH if crashes else (0 if content.problem is None else 1)
    _install_welcome(window, database)
    window.resize(1280, 800)
    window.show()
    if args.smoke:
        app.processEvents()
        window.close()
        if service is not None:
            service.close()
        if crashes:
            return EXIT_CRASH
        if content.problem is not None:
            print(f"Reviewer opened, but without its content: {content.problem}", file=sys.stderr)
            return 1
        return 0
    try:
        return app.exec()
    finally:
        if service is not None:
            service.close()


def _open_service(database: str | None) -> ReviewService | None:
    """Open the chosen database (settings, else REVIEWER_DATABASE_URL, else the default file).

    A database that cannot open is reported, and the window opens without stored reviews.
    """
    from reviewer.errors import ReviewerError
    from reviewer.service import ReviewService

    try:
        return ReviewService.open(database)
    except ReviewerError as exc:
        log.error("cannot open the database: %s", exc)
        dialogs.show_error(
            None,
            QCoreApplication.translate("app", "The database did not open"),
            QCoreApplication.translate(
                "app",
                "{problem}\n\nChoose another database in Settings, or check that the server is"
                " running, then restart Reviewer. Until then reviews are kept in memory only.",
            ).format(problem=exc),
        )
        return None


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
