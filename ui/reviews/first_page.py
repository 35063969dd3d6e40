"""The first page of reviews, drawn before the store is open and replaced once it is.

At start-up the window paints, then this page is read straight from the live database file
(`reviewer.service.first_page`, sqlite3 alone) and its first rows are shown on the first screen,
the Overview (`ui.overview.recent.EarlyOverview`), with a quiet "Refreshing…" mark, while
SQLAlchemy, the models and the store load on a worker thread. When the store is open, the live
rows replace them. It is never a saved copy, so it cannot show a stale list; when the fast read
cannot be sure (a server database, another schema, unusual settings), nothing is shown early
and the rows arrive with the store as before.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from reviewer.review_status import ReviewStatus
from reviewer.service.first_page import FirstPage, FirstPageRow, first_page
from ui.qt_values import (
    ACCESSIBLE_TEXT_ROLE,
    BACKGROUND_ROLE,
    DISPLAY_ROLE,
    FOREGROUND_ROLE,
    TOOLTIP_ROLE,
)
from ui.reviews.columns import (
    APPLICANT,
    COLUMNS,
    PAGE_SIZE,
    REFERENCE,
    STATUS,
    TITLE,
    UPDATED,
    VERDICT,
    column_titles,
)
from ui.reviews.states import state_colours, status_label
from ui.settings.language import settings_file
from ui.theme import reading_colours, reading_label

SETTINGS_SCHEMA = 1
"""The settings schema_version read here; a test keeps it equal to ui.settings.model's."""


SUSPENDED_COLOURS = ("#9b1c1c", "#ffffff")
"""ui.reviews.list_model's colours of a suspended approval (that module needs pydantic)."""


class Unsure(Exception):
    """The settings cannot be read without the settings model; wait for the store."""


def early_database() -> str | None:
    """Return the database chosen in Settings (None for the default), read without pydantic.

    Raises Unsure for anything the settings model might read differently (another
    schema_version, a value that is not text, a file that is not a JSON object).
    """
    path = settings_file()
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise Unsure(str(exc)) from exc
    if not isinstance(data, dict) or data.get("schema_version") != SETTINGS_SCHEMA:
        raise Unsure("settings of another schema version")
    database = data.get("database", "")
    if not isinstance(database, str):
        raise Unsure("the database setting is not text")
    return database or None


def read_first_page(limit: int = PAGE_SIZE) -> FirstPage | None:
    """Read the first page of the database the settings choose; None to wait for the store."""
    try:
        database = early_database()
    except Unsure:
        return None
    return first_page(database, limit)


class FirstPageModel(QStandardItemModel):
    """The first page's rows, drawn as the live reviews list draws them (a test compares).

    Qt's own item model, filled once: a view asks a Python model for its header with an enum
    of Qt's namespace, which would make PySide6 build all of them before the first paint (see
    `ui.qt_values`).
    """

    def __init__(self, page: FirstPage, parent: QObject | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels(column_titles())
        self._rows = list(page.rows)
        self.total = page.total
        for row in self._rows:
            items = [QStandardItem() for _ in COLUMNS]
            for (column, role), value in _cells(row).items():
                items[column].setData(value, role)
            for item in items:
                item.setEditable(False)
            self.appendRow(items)

    def row(self, row: int) -> FirstPageRow:
        """Return the review shown in a row."""
        return self._rows[row]


def _cells(row: FirstPageRow) -> dict[tuple[int, int], Any]:
    """Return every cell of a row that has something to show, by (column, role)."""
    cells: dict[tuple[int, int], Any] = {}
    for column in range(len(COLUMNS)):
        text = _text(row, column)
        cells[column, DISPLAY_ROLE] = cells[column, ACCESSIBLE_TEXT_ROLE] = text
    cells[UPDATED, TOOLTIP_ROLE] = row.updated_at.isoformat(timespec="seconds")
    tip = _status_tip(row)
    if tip is not None:
        cells[STATUS, TOOLTIP_ROLE] = tip
    tip = _verdict_tip(row)
    if tip is not None:
        cells[VERDICT, TOOLTIP_ROLE] = tip
    if row.suspended or row.status is not ReviewStatus.DRAFT:
        background, foreground = SUSPENDED_COLOURS if row.suspended else state_colours(row.status)
        cells[STATUS, BACKGROUND_ROLE] = QColor(background)
        cells[STATUS, FOREGROUND_ROLE] = QColor(foreground)
    reading = row.reading
    if reading is not None:
        background, foreground = reading_colours(reading)
        cells[VERDICT, BACKGROUND_ROLE] = QColor(background)
        cells[VERDICT, FOREGROUND_ROLE] = QColor(foreground)
    return cells


def _translate(text: str) -> str:
    """Translate in the live list model's context, whose words this page repeats."""
    return QCoreApplication.translate("ReviewListModel", text)


def _text(row: FirstPageRow, column: int) -> str:
    """Return the text of one cell."""
    if column == REFERENCE:
        return row.reference
    if column == TITLE:
        return row.title
    if column == APPLICANT:
        return row.organisation
    if column == STATUS and row.suspended:
        return _translate("Suspended, pending re-review")
    if column == STATUS:
        return status_label(row.status)
    if column == VERDICT:
        reading = row.reading
        return _translate("Not assessed") if reading is None else reading_label(reading)
    moment = QDateTime.fromMSecsSinceEpoch(int(row.updated_at.timestamp() * 1000))
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def _status_tip(row: FirstPageRow) -> str | None:
    """Say who approves a review, and whether earlier signed PDFs are superseded.

    The reason of a suspension is worded by the domain, so it waits for the live list.
    """
    lines = []
    if row.approver:
        lines.append(_translate("Approver: {approver}").format(approver=row.approver))
    if row.revision > 1:
        lines.append(
            _translate(
                "Revision {number}: reopened, so earlier decisions and signed PDFs are superseded."
            ).format(number=row.revision)
        )
    return "\n".join(lines) or None


def _verdict_tip(row: FirstPageRow) -> str | None:
    """Say why a verdict reads "Incomplete" or "At least: …", in the live list's words."""
    reading = row.reading
    if reading is None or not reading.provisional:
        return None
    if reading.verdict is None:
        return _translate(
            "Provisional: required questions are unanswered, and any of them could change"
            " the verdict."
        )
    return _translate(
        "Provisional: required questions are unanswered; the verdict can only stay or become"
        " more serious."
    )
