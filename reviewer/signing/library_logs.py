"""Sending pyHanko's own log records to the log file, so no traceback reaches the terminal."""

from __future__ import annotations

import contextlib
import logging

from reviewer.paths import log_dir

LIBRARY_LOGGERS = ("pyhanko", "pyhanko_certvalidator")


class _LogFileHandler(logging.Handler):
    """Append records to signing.log in the current log folder, found afresh for each record."""

    def emit(self, record: logging.LogRecord) -> None:
        """Write one record; a log that cannot be written must never stop a signature."""
        line = self.format(record)
        with (
            contextlib.suppress(OSError),
            open(log_dir() / "signing.log", "a", encoding="utf-8") as handle,
        ):
            handle.write(line + "\n")


def route_library_logs() -> None:
    """Attach the log-file handler to the signing libraries' loggers, once, without propagation."""
    for name in LIBRARY_LOGGERS:
        logger = logging.getLogger(name)
        if any(isinstance(h, _LogFileHandler) for h in logger.handlers):
            continue
        handler = _LogFileHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.propagate = False
