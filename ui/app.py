"""Start-up of the desktop app: QApplication, logging, crash handling and the headless modes."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

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
    app.setDesktopFileName("reviewer-desk")
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
    window = MainWindow(content, settings=settings)
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
    _install_welcome(window)
    window.resize(1280, 800)
    window.show()
    if args.smoke:
        app.processEvents()
        window.close()
        if crashes:
            return EXIT_CRASH
        if content.problem is not None:
            print(f"Reviewer opened, but without its content: {content.problem}", file=sys.stderr)
            return 1
        return 0
    return app.exec()


def _self_test() -> int:
    """Run the core journey without a window; print one line per step."""
    from reviewer.selftest import run_self_test

    result = run_self_test()
    print("\n".join(result.lines()))
    return 0 if result.passed else 1


def _install_welcome(window: MainWindow) -> None:
    """Add the welcome screen; on a first run this creates and migrates the database."""
    from reviewer.paths import identities_dir
    from reviewer.resources import examples_dir
    from reviewer.service import ReviewService
    from ui.welcome.install import install_welcome

    install_welcome(window, window.stack, ReviewService.open, examples_dir(), identities_dir())
