"""The Overview's "Recently updated reviews": the first rows of the reviews list, as it draws them.

The live section shows the reviews list's own model (`ui.reviews.list_model`) cut to its first
RECENT_ROWS rows, so each cell reads exactly as on the Reviews screen; a row opens its review
there. Before the store is open, `EarlyOverview` stands in for the whole Overview: the tiles are
shown as loading and the section's rows come from the first page read with sqlite3
(`ui.reviews.first_page`), marked "Refreshing…" and not interactive, until the real Overview
takes its place. This module imports neither pydantic nor SQLAlchemy (the live model is
imported when a live section is built), since the early page is part of the first paint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.overview.tile_face import TileFace
from ui.qt_values import ALIGN_BOTTOM, ALIGN_LEFT, no_scroll_bars, set_qt_property
from ui.reviews.columns import TITLE, UPDATED, WIDTHS
from ui.reviews.first_page import FirstPageModel
from ui.style import muted, set_point_delta

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.service.first_page import FirstPage
    from ui.reviews.list_model import ReviewListModel

AnyIndex = QModelIndex | QPersistentModelIndex
TILE_CAPTIONS = (
    str(QT_TRANSLATE_NOOP("OverviewScreen", "Awaiting my approval")),
    str(QT_TRANSLATE_NOOP("OverviewScreen", "Awaiting decision")),
    str(QT_TRANSLATE_NOOP("OverviewScreen", "Overdue conditions")),
    str(QT_TRANSLATE_NOOP("OverviewScreen", "Suspended")),
    str(QT_TRANSLATE_NOOP("OverviewScreen", "Re-review in 30 days")),
)
"""The Overview's tiles, drawn loading before the store opens; a test keeps them equal."""
RECENT_ROWS = 6
"""How many reviews the section lists: at 1280×800 they fit between the tiles and the charts,
which keep room enough to be read."""


class RecentRows(QSortFilterProxyModel):
    """The first `limit` rows of the reviews list's model, in its order; never fetches more."""

    def __init__(self, limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._limit = limit

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Keep the first rows only."""
        return source_row < self._limit

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Never: the section lists the first rows, the Reviews screen the rest."""
        return False

    def fetchMore(self, parent: AnyIndex) -> None:
        """Read nothing more (see canFetchMore)."""


class _FittedTable(QTableView):
    """A table exactly as tall as its header and a number of rows, whatever the font."""

    def __init__(self, rows: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def _height(self) -> int:
        """Return the height of the header and the rows, with the frame."""
        return (
            self.horizontalHeader().sizeHint().height()
            + self.verticalHeader().defaultSectionSize() * self._rows
            + 2 * self.frameWidth()
        )

    def sizeHint(self) -> QSize:
        """Ask for the rows' height."""
        return QSize(super().sizeHint().width(), self._height())

    def minimumSizeHint(self) -> QSize:
        """Never less than the rows' height."""
        return QSize(super().minimumSizeHint().width(), self._height())


def _table(parent: QWidget, model: QAbstractItemModel, rows: int) -> QTableView:
    """Return a table drawn like the reviews list's, tall enough for `rows` rows."""
    table = _FittedTable(rows, parent)
    table.setModel(model)
    table.setAccessibleName(QCoreApplication.translate("RecentReviews", "Recently updated reviews"))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    no_scroll_bars(table)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
    for column, width in WIDTHS.items():
        header.resizeSection(column, width)
    return table


def _show_newest_first(table: QTableView) -> None:
    """Put the sort arrow on "Updated", newest first, as the reviews list sorts.

    The early rows have none: Qt's sort order is an enum of its namespace, which the first
    paint does not wait for (see `ui.qt_values`), and they cannot be sorted anyway.
    """
    from PySide6.QtCore import Qt

    header = table.horizontalHeader()
    header.setSortIndicatorShown(True)
    header.setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)


def _bottom_aligned(label: QLabel) -> QLabel:
    """Return a label whose text sits at the bottom of its row, level with the heading's."""
    set_qt_property(label, "alignment", ALIGN_LEFT | ALIGN_BOTTOM)
    return label


def _heading(parent: QWidget) -> QLabel:
    """Return the section's heading."""
    heading = QLabel(
        QCoreApplication.translate("RecentReviews", "Recently updated reviews"), parent
    )
    set_point_delta(heading, 2, bold=True)
    return heading


class RecentReviews(QWidget):
    """The live section: the reviews list's first rows; a row opens its review.

    Signals:
        review_requested(str): a row was clicked or activated (Enter); carries the review's id.
        all_requested(): "All reviews…" was pressed.
    """

    review_requested = Signal(str)
    all_requested = Signal()

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.reviews.list_model import ReviewListModel

        self.setObjectName("recentReviews")
        self.source: ReviewListModel = ReviewListModel(service, RECENT_ROWS, self)
        self.model = RecentRows(RECENT_ROWS, self)
        self.model.setSourceModel(self.source)
        self.all_button = QPushButton(
            QCoreApplication.translate("RecentReviews", "All reviews…"), self
        )
        self.all_button.setToolTip(
            QCoreApplication.translate("RecentReviews", "Show every review on the Reviews screen")
        )
        self.all_button.clicked.connect(self.all_requested)
        self.table = _table(self, self.model, RECENT_ROWS)
        _show_newest_first(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setToolTip(
            QCoreApplication.translate(
                "RecentReviews", "Click a review, or press Enter, to open it"
            )
        )
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(_heading(self), 1)
        top.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        """Read the first rows again."""
        self.source.refresh()

    def review_id(self, row: int) -> str:
        """Return the id of the review shown in a row."""
        return self.source.summary(self.model.mapToSource(self.model.index(row, 0)).row()).id

    def _open(self, index: QModelIndex) -> None:
        """Ask for the review of a row."""
        if index.isValid():
            self.review_requested.emit(self.review_id(index.row()))


class EarlyRecentReviews(QWidget):
    """The section before the store opens: the rows read with sqlite3, marked "Refreshing…"."""

    def __init__(self, page: FirstPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FirstPageModel(page._replace(rows=page.rows[:RECENT_ROWS]), self)
        self.refreshing = QLabel(QCoreApplication.translate("FirstPageView", "Refreshing…"), self)
        self.refreshing.setToolTip(
            QCoreApplication.translate(
                "RecentReviews",
                "These reviews were read straight from the database. They can be opened in a"
                " moment, once the database is fully open.",
            )
        )
        muted(self.refreshing)
        self.table = _table(self, self.model, RECENT_ROWS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        top = QHBoxLayout()
        top.addWidget(_heading(self), 1)
        top.addWidget(_bottom_aligned(self.refreshing))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.table)


class EarlyOverview(QWidget):
    """The Overview's place while the store opens: tiles loading, the recent reviews early.

    Laid out as the Overview is (heading row, tiles, then the section), so the live screen
    takes its place without the rows moving.
    """

    def __init__(self, page: FirstPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("loadingPage")
        heading = QLabel(QCoreApplication.translate("OverviewScreen", "Overview"), self)
        set_point_delta(heading, 5, bold=True)
        self.message = QLabel(
            QCoreApplication.translate("MainWindow", "Opening the database…"), self
        )
        muted(self.message)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no known end: Qt shows a moving busy indicator
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(240)
        self.busy.setAccessibleName(self.message.text())
        self.tiles = [
            TileFace(QCoreApplication.translate("OverviewScreen", caption), self)
            for caption in TILE_CAPTIONS
        ]
        self.recent = EarlyRecentReviews(page, self)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(_bottom_aligned(self.message), 1)
        top.addWidget(self.busy)
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles:
            tile.setEnabled(False)  # "…" until counted
            tiles.addWidget(tile, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addLayout(tiles)
        layout.addWidget(self.recent)
        layout.addStretch(1)
