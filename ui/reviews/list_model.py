"""The reviews table model: a thin adapter over ReviewService.list_reviews that fetches lazily."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from reviewer.records import ReviewQuery, ReviewStatus, ReviewSummary, SortKey
from reviewer.severity import Verdict
from ui.reviews.columns import (
    APPLICANT,
    PAGE_SIZE,
    REFERENCE,
    STATUS,
    TITLE,
    UPDATED,
    VERDICT,
    column_titles,
)
from ui.reviews.focus import FOCUS_DEFAULTS
from ui.reviews.states import state_colours, status_label
from ui.table_model import HeaderedTableModel
from ui.theme import reading_colours, reading_label

if TYPE_CHECKING:
    from reviewer.service import ReviewService

AnyIndex = QModelIndex | QPersistentModelIndex
SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
SUSPENDED_COLOURS = ("#9b1c1c", "#ffffff")
"""A suspended approval's status cell: the prohibited red, as a thing to act on."""


# Most serious first, as the verdict filter lists them.
VERDICT_ORDER = (Verdict.PROHIBITED, Verdict.HIGH, Verdict.LIMITED, Verdict.MINIMAL)


def _sort_key(column: int) -> SortKey:
    """Return the store's sort key for a column."""
    return {
        REFERENCE: SortKey.CREATED,
        TITLE: SortKey.TITLE,
        APPLICANT: SortKey.ORGANISATION,
        STATUS: SortKey.STATUS,
        VERDICT: SortKey.VERDICT,
    }.get(column, SortKey.UPDATED)


class ReviewListModel(HeaderedTableModel):
    """Shows the reviews matching a query, a page at a time as the view scrolls."""

    def __init__(
        self, service: ReviewService, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(column_titles(), parent)
        self._service = service
        self._page_size = page_size
        self._query = ReviewQuery(limit=page_size)
        self._rows: list[ReviewSummary] = []
        self._total = 0
        self._sort = (UPDATED, Qt.SortOrder.DescendingOrder)
        self._busy = False
        self.fetches = 0
        self.refresh()

    @property
    def total(self) -> int:
        """Return how many reviews match the filters."""
        return self._total

    @property
    def query(self) -> ReviewQuery:
        """Return the current filters."""
        return self._query

    def set_filters(
        self,
        search: str | None = None,
        status: ReviewStatus | None = None,
        verdict: Verdict | None = None,
        approver: str | None = None,
        focus: Mapping[str, Any] | None = None,
    ) -> None:
        """Filter and search; the rows are read again from the first page.

        `focus` sets the query fields an Overview figure narrows on (see FOCUS_DEFAULTS); the
        others go back to their defaults.
        """
        text = (search or "").strip() or None
        # Validated again: Qt hands combo box data back as plain strings.
        self._query = ReviewQuery.model_validate(
            {
                **self._query.model_dump(),
                **FOCUS_DEFAULTS,
                **(focus or {}),
                "search": text,
                "status": status,
                "verdict": verdict,
                "approver": (approver or "").strip() or None,
            }
        )
        self.refresh()

    def refresh(self) -> None:
        """Read the first page again, keeping the filters and the sort order."""
        # The first page is read inside the reset, so views never see a half-filled model.
        # Views and testers react to modelReset and rowsInserted by asking for more rows;
        # no change may nest inside another, so fetching waits until the current one is over.
        self._busy = True
        try:
            self.beginResetModel()
            self._total = self._service.count_reviews(self._query)
            self._rows = self._page(0, self._page_size) if self._total else []
            self.fetches += 1
            self.endResetModel()
        finally:
            self._busy = False

    def show_nothing(self) -> None:
        """Show no row at all (a filter that cannot match anything yet)."""
        self.beginResetModel()
        self._rows, self._total = [], 0
        self.endResetModel()

    def summary(self, row: int) -> ReviewSummary:
        """Return the review shown in a row."""
        return self._rows[row]

    def row_of(self, review_id: str) -> int | None:
        """Return the row of a loaded review, or None."""
        return next((i for i, s in enumerate(self._rows) if s.id == review_id), None)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Tell whether more matching reviews wait to be read."""
        return not self._busy and not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        """Read the next page of reviews."""
        if not self.canFetchMore(parent):
            return
        page = self._page(len(self._rows), self._page_size)
        self.fetches += 1
        if not page:
            self._total = len(self._rows)
            return
        self._busy = True
        try:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._busy = False

    def _page(self, offset: int, limit: int) -> list[ReviewSummary]:
        """Read one page in the current order; the store sorts."""
        return self._service.list_reviews(
            self._query.model_copy(update={"offset": offset, "limit": limit})
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; the store orders the rows, which are then read a page at a time."""
        if (column, order) == self._sort:
            return  # already in this order, and the rows are read as the view needs them
        self._sort = (column, order)
        self._query = ReviewQuery.model_validate(
            {
                **self._query.model_dump(),
                "sort": _sort_key(column),
                "descending": order == Qt.SortOrder.DescendingOrder,
            }
        )
        self.refresh()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Count the reviews read so far."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, the verdict's colours, or the review under SUMMARY_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == UPDATED:
            return summary.updated_at.isoformat(timespec="seconds")
        if role == Qt.ItemDataRole.ToolTipRole and column == STATUS:
            return self._status_tip(summary)
        if role == Qt.ItemDataRole.ToolTipRole and column == VERDICT:
            return self._verdict_tip(summary)
        if column == STATUS and summary.suspension and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(SUSPENDED_COLOURS[0]))
        if column == STATUS and summary.suspension and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(SUSPENDED_COLOURS[1]))
        if column == STATUS and summary.status is not ReviewStatus.DRAFT:
            background, foreground = state_colours(summary.status)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
        if column == VERDICT and (reading := summary.reading) is not None:
            background, foreground = reading_colours(reading)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(background))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(foreground))
        if role == SUMMARY_ROLE:
            return summary
        return None

    def _status_tip(self, summary: ReviewSummary) -> str | None:
        """Say who approves a review, and whether earlier signed PDFs are superseded."""
        lines = []
        if summary.suspension:
            lines.append(summary.suspension)
        if summary.approver:
            lines.append(self.tr("Approver: {approver}").format(approver=summary.approver))
        if summary.revision > 1:
            lines.append(
                self.tr(
                    "Revision {number}: reopened, so earlier decisions and signed PDFs are"
                    " superseded."
                ).format(number=summary.revision)
            )
        return "\n".join(lines) or None

    def _verdict_tip(self, summary: ReviewSummary) -> str | None:
        """Say why a verdict reads "Incomplete" or "At least: …" (ui.reviews.first_page too)."""
        reading = summary.reading
        if reading is None or not reading.provisional:
            return None
        if reading.verdict is None:
            return self.tr(
                "Provisional: required questions are unanswered, and any of them could change"
                " the verdict."
            )
        return self.tr(
            "Provisional: required questions are unanswered; the verdict can only stay or become"
            " more serious."
        )

    def _text(self, summary: ReviewSummary, column: int) -> str:
        """Return the text of one cell."""
        if column == REFERENCE:
            return summary.reference
        if column == TITLE:
            return summary.title
        if column == APPLICANT:
            return summary.organisation
        if column == STATUS and summary.suspension:
            return self.tr("Suspended, pending re-review")
        if column == STATUS:
            return status_label(summary.status)
        if column == VERDICT:
            reading = summary.reading
            if reading is None:
                return self.tr("Not assessed")
            return reading_label(reading)
        moment = QDateTime.fromMSecsSinceEpoch(int(summary.updated_at.timestamp() * 1000))
        return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)
