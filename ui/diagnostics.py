"""The rotating log and crash reports, both in the user log folder."""

from __future__ import annotations

import logging
import platform
import sys
import traceback
from collections.abc import Callable
from datetime import datetime
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

LOG_FILE = "reviewer-desk.log"
LOG_BYTES = 1_000_000
LOG_BACKUPS = 5
log = logging.getLogger("ui")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def setup_logging(folder: Path | None = None) -> Path:
    """Send log records, Qt's messages included, to a rotating file; return its path."""
    from reviewer import __version__
    from reviewer.paths import log_dir

    folder = folder or log_dir()
    path = folder / LOG_FILE
    handler = RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    qInstallMessageHandler(_qt_message)
    log.info(
        "Reviewer %s starting (PySide6 %s, Python %s)",
        __version__,
        pyside_version,
        platform.python_version(),
    )
    return path


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Log a Qt message at the matching level."""
    logging.getLogger("qt").log(_QT_LEVELS.get(kind, logging.INFO), "%s", message)


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    folder: Path | None = None,
) -> Path:
    """Write what is known about an unexpected exception to a new file and return its path."""
    from reviewer import __version__
    from reviewer.paths import log_dir

    folder = folder or log_dir()
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"crash-{stamp}.txt"
    lines = [
        f"Reviewer {__version__} crash report, {datetime.now().isoformat(timespec='seconds')}",
        f"Python {platform.python_version()}, PySide6 {pyside_version}, {platform.platform()}",
        f"Command: {' '.join(sys.argv)}",
        "",
        *traceback.format_exception(exc_type, exc, tb),
    ]
    path.write_text("\n".join(line.rstrip("\n") for line in lines) + "\n", encoding="utf-8")
    return path


def make_excepthook(
    tell_user: Callable[[Path], None],
) -> Callable[[type[BaseException], BaseException, TracebackType | None], None]:
    """Return an excepthook that logs, writes a crash report and tells the user where it is."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """Handle an exception nothing else caught."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))
        try:
            report = write_crash_report(exc_type, exc, tb)
        except OSError:
            log.exception("could not write the crash report")
            sys.__excepthook__(exc_type, exc, tb)
            return
        tell_user(report)

    return hook
