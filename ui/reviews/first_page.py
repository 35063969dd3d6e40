"""The first page of reviews, drawn before the store is open and replaced once it is.

At start-up the window paints, then this page is read straight from the live database file
(`reviewer.service.first_page`, sqlite3 alone) and its first rows are shown on the first screen,
the Overview (`ui.overview.recent.EarlyOverview`), with a quiet "Refreshing…" mark, while
SQLAlchemy, the models and the store load on a worker thread. When the store is open, the live
rows replace them. It is never a saved copy, so it cannot show a stale list; when the fast read
cannot be sure (a server database, another schema, unusual settings), nothing is shown early
and the rows arrive with the store as before. FirstPageView draws the same page as the Reviews
screen would; the app no longer shows it at start-up (that screen is not the first).
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.review_status import ReviewStatus
from reviewer.service.first_page import FirstPage, FirstPageRow, first_page
from ui.reviews.columns import (
    APPLICANT,
    COLUMNS,
    PAGE_SIZE,
    REFERENCE,
    STATUS,
    TITLE,
    UPDATED,
    VERDICT,
    WIDTHS,
    column_titles,
)
from ui.reviews.states import state_colours, status_label
from ui.settings.language import settings_file
from ui.theme import muted, reading_colours, reading_label, set_point_delta

AnyIndex = QModelIndex | QPersistentModelIndex
SETTINGS_SCHEMA = 1
"""The settings schema_version read here; a test keeps it equal to ui.settings.model's."""


SUSPENDED_COLOURS = ("#9b1c1c", "#ffffff")
"""ui.reviews.list_model's colours of a suspended approval (that module needs pydantic)."""

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ROLES = frozenset({_DISPLAY, _ACCESSIBLE_TEXT, _TOOLTIP, _BACKGROUND, _FOREGROUND})
_ACCESSIBLE_TEXT_IS_DISPLAY = {_ACCESSIBLE_TEXT: _DISPLAY}


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


class FirstPageModel(QAbstractTableModel):
    """The first page's rows, drawn as the live reviews list draws them (a test compares).

    Each row's cells are worked out once, when the view first asks for that row: the view asks
    for several roles of every cell while it paints the window for the first time.
    """

    def __init__(self, page: FirstPage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = column_titles()
        self._rows = list(page.rows)
        self._cells: dict[int, dict[tuple[int, int], Any]] = {}
        self.total = page.total

    def row(self, row: int) -> FirstPageRow:
        """Return the review shown in a row."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Count the rows of the first page."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Count the columns (a table has no children)."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return a column title."""
        if (
            orientation == Qt.Orientation.Horizontal
            and int(role) == _DISPLAY
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, tooltip or colours."""
        role = int(role)
        # The view asks for a dozen roles per cell while it paints; most have no answer here.
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number = index.row()
        cells = self._cells.get(number)
        if cells is None:
            cells = self._cells[number] = _cells(self._rows[number])
        return cells.get((index.column(), _ACCESSIBLE_TEXT_IS_DISPLAY.get(role, role)))


def _cells(row: FirstPageRow) -> dict[tuple[int, int], Any]:
    """Return every cell of a row that has something to show, by (column, role)."""
    cells: dict[tuple[int, int], Any] = {(c, _DISPLAY): _text(row, c) for c in range(len(COLUMNS))}
    cells[UPDATED, _TOOLTIP] = row.updated_at.isoformat(timespec="seconds")
    tip = _status_tip(row)
    if tip is not None:
        cells[STATUS, _TOOLTIP] = tip
    tip = _verdict_tip(row)
    if tip is not None:
        cells[VERDICT, _TOOLTIP] = tip
    if row.suspended or row.status is not ReviewStatus.DRAFT:
        background, foreground = SUSPENDED_COLOURS if row.suspended else state_colours(row.status)
        cells[STATUS, _BACKGROUND] = QBrush(QColor(background))
        cells[STATUS, _FOREGROUND] = QBrush(QColor(foreground))
    reading = row.reading
    if reading is not None:
        background, foreground = reading_colours(reading)
        cells[VERDICT, _BACKGROUND] = QBrush(QColor(background))
        cells[VERDICT, _FOREGROUND] = QBrush(QColor(foreground))
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


class FirstPageView(QWidget):
    """The Reviews screen's heading, count and first page, read-only, marked "Refreshing…"."""

    def __init__(self, page: FirstPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FirstPageModel(page, self)
        heading = QLabel(QCoreApplication.translate("ReviewsListPage", "Reviews"), self)
        set_point_delta(heading, 5, bold=True)
        total = page.total
        self.count_label = QLabel(
            QCoreApplication.translate("ReviewsListPage", "1 review")
            if total == 1
            else QCoreApplication.translate("ReviewsListPage", "{count} reviews").format(
                count=total
            ),
            self,
        )
        muted(self.count_label)
        self.refreshing = QLabel(self.tr("Refreshing…"), self)
        self.refreshing.setToolTip(
            self.tr(
                "This list was read straight from the database. It can be searched and opened"
                " in a moment, once the database is fully open."
            )
        )
        muted(self.refreshing)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(QCoreApplication.translate("ReviewsListPage", "Reviews"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.refreshing, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
