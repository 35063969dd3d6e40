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
from reviewer.register import COLUMNS, RegisterFormat, RegisterLine, RegisterRow
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
            lines = register_rows(session, self.store.dialect, query or ReviewQuery(), today)
            return [RegisterRow(**line._asdict()) for line in lines]

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


_MOMENTS = [i for i, c in enumerate(COLUMNS) if c.endswith(("_at", "_date")) or c == "next_review"]
_SUSPENDED = COLUMNS.index("suspended")


def _csv(rows: Iterable[RegisterLine]) -> tuple[int, bytes]:
    """Return the rows as UTF-8 CSV with a header line.

    Dates and times are ISO 8601, an absent value is an empty cell, yes/no is 1/0.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for line in rows:
        values: list[object] = list(line)
        for i in _MOMENTS:
            moment = values[i]
            if moment is not None:
                values[i] = moment.isoformat()  # type: ignore[attr-defined]  # date or datetime
        values[_SUSPENDED] = int(line.suspended)
        writer.writerow(values)  # csv writes None as an empty cell
        count += 1
    return count, buffer.getvalue().encode("utf-8")


def _xlsx(rows: Iterable[RegisterLine]) -> tuple[int, bytes]:
    """Return the rows as an XLSX workbook with typed cells (dates, numbers, booleans)."""
    try:
        from openpyxl import Workbook
    except ImportError:  # pragma: no cover - a dependency; a broken install says so
        raise OutputFileError("xlsx: the openpyxl package is missing; reinstall Reviewer") from None
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Register")
    sheet.append(COLUMNS)
    count = 0
    for line in rows:
        sheet.append([_cell(value) for value in line])
        count += 1
    buffer = io.BytesIO()
    book.save(buffer)
    return count, buffer.getvalue()


def _cell(value: object) -> object:
    """Return a value as an XLSX cell: spreadsheets hold no time zone, so times are UTC."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _json(rows: Iterable[RegisterLine], today: date) -> tuple[int, bytes]:
    """Return the rows as the documented JSON register file (`RegisterFile`)."""
    reviews = [
        RegisterRow.model_construct(**line._asdict()).model_dump(mode="json") for line in rows
    ]
    document = {
        "format": "reviewer-register",
        "version": 1,
        "as_of": today.isoformat(),
        "reviews": reviews,
    }
    return len(reviews), json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
