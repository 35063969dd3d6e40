"""Exporting the register of reviews to CSV, XLSX or JSON: whole files or nothing."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from reviewer.errors import OutputFileError
from reviewer.records import ReviewQuery
from reviewer.register import COLUMNS, RegisterFormat, RegisterRow
from reviewer.service.base import ServiceBase
from reviewer.signing.files import check_writable, write_atomically
from reviewer.store import repository as repo
from reviewer.store.register import register_rows


class RegisterExport(ServiceBase):
    """The register of reviews, as rows or as a file."""

    def register(
        self, query: ReviewQuery | None = None, as_of: date | None = None
    ) -> list[RegisterRow]:
        """Return the register's rows for the filters, oldest review first (no paging)."""
        today = as_of or repo.now().date()
        with self.store.read() as session:
            return list(register_rows(session, self.store.dialect, query or ReviewQuery(), today))

    def export_register(
        self,
        out: Path,
        fmt: RegisterFormat,
        query: ReviewQuery | None = None,
        as_of: date | None = None,
    ) -> int:
        """Write the register to a file in one go and return how many reviews it holds.

        The path is checked before anything is read; the file appears whole or not at all.
        """
        check_writable(out)
        today = as_of or repo.now().date()
        with self.store.read() as session:
            rows = register_rows(session, self.store.dialect, query or ReviewQuery(), today)
            match fmt:
                case RegisterFormat.CSV:
                    count, data = _csv(rows)
                case RegisterFormat.XLSX:
                    count, data = _xlsx(rows)
                case RegisterFormat.JSON:
                    count, data = _json(rows, today)
        write_atomically(out, data)
        return count


def _text(value: object) -> str:
    """Return a value as a CSV cell: ISO dates and times, empty for none, 1/0 for yes/no."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _csv(rows: Iterable[RegisterRow]) -> tuple[int, bytes]:
    """Return the rows as UTF-8 CSV with a header line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for row in rows:
        values = row.__dict__
        writer.writerow([_text(values[c]) for c in COLUMNS])
        count += 1
    return count, buffer.getvalue().encode("utf-8")


def _xlsx(rows: Iterable[RegisterRow]) -> tuple[int, bytes]:
    """Return the rows as an XLSX workbook with typed cells (dates, numbers, booleans)."""
    try:
        from openpyxl import Workbook
    except ImportError:  # pragma: no cover - a dependency; a broken install says so
        raise OutputFileError("xlsx: the openpyxl package is missing; reinstall Reviewer") from None
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(COLUMNS)
    count = 0
    for row in rows:
        values = row.__dict__
        sheet.append([_cell(values[c]) for c in COLUMNS])
        count += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return count, buffer.getvalue()


def _cell(value: object) -> object:
    """Return a value as an XLSX cell: spreadsheets hold no time zone, so times are UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _json(rows: Iterable[RegisterRow], today: date) -> tuple[int, bytes]:
    """Return the rows as the documented JSON register file."""
    reviews = [row.model_dump(mode="json") for row in rows]
    document = {
        "format": "reviewer-register",
        "version": 1,
        "as_of": today.isoformat(),
        "reviews": reviews,
    }
    return len(reviews), json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
