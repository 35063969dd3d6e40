"""Long work off the UI thread: run a function on the thread pool and get its result as a signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class BackgroundJob(QObject):
    """One piece of work running on the thread pool; its signals arrive on the UI thread.

    Signals:
        succeeded(object): the work finished; carries what the function returned.
        failed(str): the work raised; carries a message an officer can act on.
        done(): emitted after either of the two above.
    """

    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self.running = False

    def start(self) -> None:
        """Queue the work on the global thread pool."""
        self.running = True
        # Python keeps the runner alive (not Qt's auto-delete), so no object is freed twice.
        self._runner = _Runner(self)
        QThreadPool.globalInstance().start(self._runner)

    def _finish(self, result: Any, message: str | None) -> None:
        """Report the outcome; called on the worker thread, delivered on the UI thread."""
        try:
            if message is None:
                self.succeeded.emit(result)
            else:
                self.failed.emit(message)
            self.done.emit()
        except RuntimeError:
            # The screen that asked was closed meanwhile; nobody is left to tell.
            log.info("background result dropped: its screen is gone")


class _Runner(QRunnable):
    """Runs a job's function and hands the outcome back to the job."""

    def __init__(self, job: BackgroundJob) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job

    def run(self) -> None:
        """Call the function, turning exceptions into messages."""
        from reviewer.errors import ReviewerError  # here: the worker may be the one importing it

        job = self._job
        try:
            result = job._work()
        except ReviewerError as exc:
            job._finish(None, str(exc))
        except Exception as exc:  # a bug must still end the busy state, and reach the log
            log.exception("background work failed unexpectedly")
            job._finish(
                None,
                QCoreApplication.translate(
                    "BackgroundJob",
                    "Something unexpected went wrong ({error}). Details are in the log file;"
                    " try again, and tell your support contact if it happens again.",
                ).format(error=type(exc).__name__),
            )
        else:
            job._finish(result, None)


def run_in_background(
    work: Callable[[], Any],
    parent: QObject,
    on_success: Callable[[Any], None],
    on_failure: Callable[[str], None],
) -> BackgroundJob:
    """Start work on the thread pool and call back on the UI thread with its outcome."""
    job = BackgroundJob(work, parent)
    job.succeeded.connect(on_success)
    job.failed.connect(on_failure)
    job.done.connect(lambda: setattr(job, "running", False))
    job.done.connect(job.deleteLater)
    job.start()
    return job
