"""Settings' "Team database" tab: push this database's reviews to the team's, with progress.

It is `reviewer db push --to URL [--since DATE]` with a window: the same service call
(`ReviewService.push_reviews`), whose progress callback feeds the bar. Cancelling stops after
the batch being written: every batch the service reported is committed there whole, so a later
push sends the rest and doubles nothing.
"""

from __future__ import annotations

import contextlib
import threading
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.background import BackgroundJob, run_in_background
from ui.theme import ProblemLabel, muted

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.service.push import PushReport


class _Cancelled(Exception):
    """Raised from the progress callback to stop a push after a committed batch."""

    def __init__(self, report: PushReport) -> None:
        super().__init__("cancelled")
        self.report = report


@dataclass(frozen=True)
class PushResult:
    """What a push from the app did, and whether the person stopped it early."""

    report: PushReport
    cancelled: bool


class PushTab(QWidget):
    """Pushes this database's reviews into the team database, showing progress and a summary.

    Signals:
        progressed(int, int): a batch was written there; carries reviews handled and the total.
        pushed(object): the push ended, whole or cancelled; carries a `PushResult`.
        push_failed(str): the push could not run (bad address, server down, same database);
            carries the reason shown.
    """

    progressed = Signal(int, int)
    pushed = Signal(object)
    push_failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service: ReviewService | None = None
        self.job: BackgroundJob | None = None
        # Reviews per transaction there: None is the service's own size (tests ask for less).
        self.batch: int | None = None
        self._cancel = threading.Event()
        self.progressed.connect(self._show_progress)
        box = QGroupBox(self.tr("Push to the team database"), self)
        self.target = QLineEdit(box)
        self.target.setPlaceholderText(self.tr("postgresql://user@server:5432/reviews"))
        self.target.setAccessibleName(self.tr("Team database URL"))
        self.since_check = QCheckBox(self.tr("Only reviews changed since"), box)
        self.since_check.setAccessibleName(self.tr("Push only the reviews changed since a date"))
        self.since = QDateEdit(QDate.currentDate(), box)
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setAccessibleName(self.tr("Changed since"))
        self.since.setEnabled(False)
        self.since_check.toggled.connect(self.since.setEnabled)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_check)
        since_row.addWidget(self.since)
        since_row.addStretch(1)
        self.push_button = QPushButton(self.tr("Push to team database…"), box)
        self.push_button.clicked.connect(self.push)
        self.cancel_button = QPushButton(self.tr("Stop"), box)
        self.cancel_button.setToolTip(
            self.tr("Stop after the reviews being written; a later push sends the rest")
        )
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.push_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        self.progress = QProgressBar(box)
        self.progress.setObjectName("pushProgress")
        self.progress.setAccessibleName(self.tr("Push progress"))
        self.progress.setFormat(self.tr("%v of %m reviews"))
        self.progress.hide()
        hint = QLabel(
            self.tr(
                "Sends every review of this computer's database that the team database lacks or"
                " has older. Each review is checked here first (its history, evidence and signed"
                " reports); a review changed on both sides is refused, never merged. The same as"
                " `reviewer db push --to URL`."
            ),
            box,
        )
        hint.setWordWrap(True)
        muted(hint)
        self.summary = QLabel(box)
        self.summary.setObjectName("pushSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.hide()
        self.details = QPlainTextEdit(box)
        self.details.setObjectName("pushDetails")
        self.details.setAccessibleName(self.tr("Reviews sent and refused"))
        self.details.setReadOnly(True)
        self.details.hide()
        self.problem = ProblemLabel(box)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.hide()
        form = QFormLayout(box)
        form.addRow(self.tr("Team database URL"), self.target)
        form.addRow("", since_row)
        form.addRow("", hint)
        form.addRow("", buttons)
        form.addRow("", self.progress)
        form.addRow("", self.problem)
        form.addRow("", self.summary)
        form.addRow("", self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch(1)
        self._show_ready()

    def attach_store(self, service: ReviewService) -> None:
        """Push from this database (the one the app has open)."""
        self.service = service
        self._show_ready()

    def _show_ready(self) -> None:
        """Offer the push once the database is open and no push is running."""
        running = self.job is not None
        self.push_button.setEnabled(self.service is not None and not running)
        self.push_button.setToolTip(
            "" if self.service is not None else self.tr("The database is not open yet")
        )
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)

    def _since(self) -> datetime | None:
        """Return the start of the chosen day in UTC, as the CLI's --since, or None."""
        if not self.since_check.isChecked():
            return None
        chosen = self.since.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        return datetime.combine(day, time.min, tzinfo=UTC)

    def push(self) -> None:
        """Start the push off the UI thread; the bar follows the service's progress."""
        service = self.service
        if service is None or self.job is not None:
            return
        target = self.target.text().strip()
        if not target:
            self._fail(self.tr("Type the team database's URL first."))
            return
        since, batch = self._since(), self.batch
        self._cancel.clear()
        self.problem.hide()
        self.summary.hide()
        self.details.hide()
        self.progress.setRange(0, 0)  # until the first batch says how many there are
        self.progress.show()

        def progress(report: PushReport) -> None:
            # A closed tab cannot be told; the push goes on regardless.
            with contextlib.suppress(RuntimeError):
                self.progressed.emit(report.done, report.total)
            if self._cancel.is_set():
                raise _Cancelled(report)

        def work() -> PushResult:
            options: dict[str, Any] = {"since": since, "progress": progress}
            if batch is not None:
                options["batch"] = batch
            try:
                return PushResult(service.push_reviews(target, **options), cancelled=False)
            except _Cancelled as stopped:
                return PushResult(stopped.report, cancelled=True)

        self.job = run_in_background(work, self, self._finished, self._fail_from_job)
        self._show_ready()

    def cancel(self) -> None:
        """Stop after the batch being written."""
        if self.job is not None:
            self._cancel.set()
            self.cancel_button.setEnabled(False)
            self.progress.setFormat(self.tr("Stopping… %v of %m reviews"))

    def _show_progress(self, done: int, total: int) -> None:
        """Move the bar."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _end(self) -> None:
        """Leave the running state."""
        self.job = None
        self.progress.setFormat(self.tr("%v of %m reviews"))
        self._show_ready()

    def _finished(self, result: PushResult) -> None:
        """Show what was sent and what was refused, with the reasons."""
        self._end()
        report = result.report
        self._show_progress(report.done, report.total)
        text = self.tr(
            "Pushed to {target}: {new} new, {updated} updated, {unchanged} already there,"
            " {refused} refused."
        ).format(
            target=report.target,
            new=len(report.sent),
            updated=len(report.updated),
            unchanged=report.unchanged,
            refused=len(report.refused),
        )
        if result.cancelled:
            text += " " + self.tr(
                "Stopped at your request after {done} of {total} reviews: every review sent is"
                " complete there, and pushing again sends the rest."
            ).format(done=report.done, total=report.total)
        self.summary.setText(text)
        self.summary.show()
        lines = [self.tr("Sent: {reference}").format(reference=ref) for ref in report.sent]
        lines += [self.tr("Updated: {reference}").format(reference=ref) for ref in report.updated]
        lines += [
            self.tr("Refused: {reference}: {reason}").format(
                reference=refusal.reference, reason=refusal.reason
            )
            for refusal in report.refused
        ]
        self.details.setPlainText("\n".join(lines))
        self.details.setVisible(bool(lines))
        self.pushed.emit(result)

    def _fail_from_job(self, message: str) -> None:
        """Say why the push did not run."""
        self._end()
        self.progress.hide()
        self._fail(message)

    def _fail(self, message: str) -> None:
        """Show the problem on the tab."""
        self.problem.setText(
            self.tr("{problem}\n\nNothing more was sent. Correct it and push again.").format(
                problem=message
            )
        )
        self.problem.show()
        self.push_failed.emit(message)
