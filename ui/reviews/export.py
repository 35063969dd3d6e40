"""Exporting the register of the listed reviews (CSV, XLSX or JSON), off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reviewer.records import ReviewQuery
from reviewer.register import RegisterFormat
from reviewer.service import ReviewService
from ui import dialogs
from ui.background import BackgroundJob, run_in_background


def format_of(path: Path) -> RegisterFormat | None:
    """Return the register format a file name asks for by its extension, or None."""
    try:
        return RegisterFormat(path.suffix.lower().removeprefix("."))
    except ValueError:
        return None


class RegisterExporter(QObject):
    """Asks where to write the register of a query, then writes it on the thread pool.

    Signals:
        started(): the file is being written.
        exported(int, object): the file was written; carries how many reviews and its `Path`.
        failed(str): nothing was written; carries why.
    """

    started = Signal()
    exported = Signal(int, object)
    failed = Signal(str)

    def __init__(self, service: ReviewService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self.job: BackgroundJob | None = None

    @property
    def running(self) -> bool:
        """Tell whether an export is being written."""
        return self.job is not None and self.job.running

    def export(self, query: ReviewQuery) -> None:
        """Ask for the file (its extension picks the format) and write the register to it."""
        if self.running:
            return
        path = dialogs.save_file(
            self._parent,
            self.tr("Export the register"),
            self.tr("CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"),
            "register.csv",
        )
        if path is None:
            return
        fmt = format_of(path)
        if fmt is None:
            self._refused(
                self.tr(
                    "{file}: choose a name ending in .csv, .xlsx or .json; the ending picks the"
                    " format."
                ).format(file=path.name)
            )
            return
        service = self._service
        query = query.model_copy(update={"offset": 0})
        self.started.emit()
        self.job = run_in_background(
            lambda: (service.export_register(path, fmt, query), path),
            self,
            self._on_done,
            self._refused,
        )

    def _on_done(self, result: Any) -> None:
        """Announce the written file."""
        self.job = None
        count, path = result
        self.exported.emit(count, path)

    def _refused(self, message: str) -> None:
        """Say why nothing was written."""
        self.job = None
        self.failed.emit(message)
        dialogs.show_error(
            self._parent,
            self.tr("The register was not exported"),
            self.tr("{problem}\n\nNothing was written; choose another place and try again.").format(
                problem=message
            ),
        )
