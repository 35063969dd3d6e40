"""The reviews list page: search, filters, the lazily filled table, and the empty state."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from ui.reviews.columns import APPLICANT, TITLE, UPDATED, WIDTHS
from ui.reviews.export import RegisterExporter
from ui.reviews.focus import ReviewFocus
from ui.reviews.list_model import VERDICT_ORDER, ReviewListModel
from ui.reviews.states import status_label
from ui.theme import muted, set_point_delta, verdict_label

SEARCH_PAUSE_MS = 250
AWAITING_MINE = "awaiting-mine"
"""The status filter's data for "Awaiting my approval"."""
SUSPENDED = "suspended"
"""The status filter's data for "Suspended": approvals pending re-review."""


def dropped_pdf(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """Return the single local PDF being dragged, if that is what it is."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) == 1 and urls[0].isLocalFile() and urls[0].toLocalFile().lower().endswith(".pdf"):
        return Path(urls[0].toLocalFile())
    return None


class ReviewsListPage(QWidget):
    """Lists the stored reviews; offers a new review, or sample reviews when there are none.

    Signals:
        open_requested(str): a review was double-clicked or chosen with Enter; carries its id.
        new_requested(): the person asked for a new review.
        samples_requested(): the person asked to load the sample reviews.
        countersign_requested(): the person wants to countersign a report they received.
        record_requested(object): the person wants to record a countersigned report; carries
            the dropped PDF's `Path`, or None to ask for the file.
    """

    open_requested = Signal(str)
    new_requested = Signal()
    samples_requested = Signal()
    countersign_requested = Signal()
    record_requested = Signal(object)

    def __init__(
        self,
        service: ReviewService,
        parent: QWidget | None = None,
        me: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._me = me or (lambda: None)
        self.model = ReviewListModel(service, parent=self)
        heading = QLabel(self.tr("Reviews"), self)
        set_point_delta(heading, 5, bold=True)
        self.count_label = QLabel(self)
        muted(self.count_label)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, applicants and answers…"))
        self.search.setAccessibleName(self.tr("Search reviews"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Awaiting my approval"), AWAITING_MINE)
        self.status_filter.addItem(self.tr("Suspended, pending re-review"), SUSPENDED)
        for status in ReviewStatus:
            if status is not ReviewStatus.SUPERSEDED:  # a revision's state, never a review's
                self.status_filter.addItem(status_label(status), status)
        self.verdict_filter = QComboBox(self)
        self.verdict_filter.setAccessibleName(self.tr("Filter by verdict"))
        self.verdict_filter.addItem(self.tr("All verdicts"), None)
        for verdict in VERDICT_ORDER:
            self.verdict_filter.addItem(verdict_label(verdict), verdict)
        self.new_button = QPushButton(self.tr("New review…"), self)
        self.new_button.setShortcut("Ctrl+N")
        self.new_button.setToolTip(self.tr("Start a new review (Ctrl+N)"))
        self.countersign_button = QPushButton(self.tr("Countersign a report…"), self)
        self.countersign_button.setToolTip(
            self.tr("Open a signed decision report you received, check it and approve it")
        )
        self.record_button = QPushButton(self.tr("Record countersignature…"), self)
        self.record_button.setToolTip(
            self.tr(
                "Take a countersigned report back into this database (you can also drop the PDF"
                " on this list)"
            )
        )
        self.exporter = RegisterExporter(service, self)
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setToolTip(
            self.tr("Write the register of the listed reviews to a CSV, XLSX or JSON file")
        )
        self.export_button.clicked.connect(lambda: self.exporter.export(self.model.query))
        self.export_busy = QProgressBar(self)
        self.export_busy.setRange(0, 0)  # no known end: a moving busy indicator
        self.export_busy.setTextVisible(False)
        self.export_busy.setMaximumWidth(80)
        self.export_busy.setAccessibleName(self.tr("Exporting the register"))
        self.export_busy.hide()
        self.exporter.started.connect(lambda: self._exporting(True))
        self.exporter.exported.connect(self._on_exported)
        self.exporter.failed.connect(lambda _message: self._exporting(False))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Reviews"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # The indicator first: enabling sorting sorts by it at once, and "Updated, newest first"
        # is the store's own order, so nothing more is read.
        self.table.horizontalHeader().setSortIndicator(UPDATED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(APPLICANT, QHeaderView.ResizeMode.Interactive)
        for column, width in WIDTHS.items():
            header.resizeSection(column, width)
        self._focus: ReviewFocus | None = None
        self.focus_label = QLabel(self)
        self.focus_label.setObjectName("listFocus")
        self.focus_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clear_focus = QPushButton(self.tr("Show all reviews"), self)
        self.clear_focus.clicked.connect(lambda: self.show_focus(None))
        self.focus_label.hide()
        self.clear_focus.hide()
        self.empty = self._empty_state()
        self.no_match = QLabel(self.tr("No review matches the search and filters."), self)
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.no_match)
        self.body = QStackedWidget(self)
        for widget in (self.table, self.empty, self.no_match):
            self.body.addWidget(widget)
        self._lay_out(heading)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.verdict_filter.currentIndexChanged.connect(self.apply_filters)
        # Some styles activate on a double click and some do not; opening is idempotent.
        self.table.activated.connect(self._on_activated)
        self.table.doubleClicked.connect(self._on_activated)
        self.new_button.clicked.connect(self.new_requested)
        self.countersign_button.clicked.connect(self.countersign_requested)
        self.record_button.clicked.connect(lambda: self.record_requested.emit(None))
        for model_signal in (self.model.modelReset, self.model.rowsInserted):
            model_signal.connect(self._show_state)
        self._show_state()

    def _empty_state(self) -> QWidget:
        """Build the page shown while the database holds no review at all."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(self.tr("No reviews yet"), page)
        set_point_delta(title, 4, bold=True)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Start a review of a proposed AI deployment, or load the sample reviews"
                " to look around first."
            ),
            page,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(text)
        self.empty_new = QPushButton(self.tr("New review"), page)
        self.empty_new.setDefault(True)
        self.load_samples = QPushButton(self.tr("Load sample reviews"), page)
        self.empty_new.clicked.connect(self.new_requested)
        self.load_samples.clicked.connect(self.samples_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_new)
        buttons.addWidget(self.load_samples)
        buttons.addStretch(1)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(2)
        return page

    def _lay_out(self, heading: QLabel) -> None:
        """Place the heading, the tool row and the table."""
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.export_busy)
        top.addWidget(self.export_button)
        top.addWidget(self.record_button)
        top.addWidget(self.countersign_button)
        top.addWidget(self.new_button)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.status_filter)
        tools.addWidget(self.verdict_filter)
        focus = QHBoxLayout()
        focus.addWidget(self.focus_label, 1)
        focus.addWidget(self.clear_focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(tools)
        layout.addLayout(focus)
        layout.addWidget(self.body, 1)

    def apply_filters(self) -> None:
        """Read the reviews again with the search text and the chosen filters."""
        self._search_timer.stop()
        status = self.status_filter.currentData()
        approver = None
        focus = dict(self._focus.fields) if self._focus is not None else {}
        focus.pop("verdict", None)  # the verdict and status filters show these two
        focus.pop("suspended", None)
        if status == SUSPENDED:
            status, focus["suspended"] = None, True
        if status == AWAITING_MINE:
            status = ReviewStatus.AWAITING_APPROVAL
            approver = self._me()
            if approver is None:  # without a known identity nothing is "mine"
                self.model.show_nothing()
                return
        self.model.set_filters(
            self.search.text(), status, self.verdict_filter.currentData(), approver, focus
        )

    def _exporting(self, busy: bool) -> None:
        """Show the busy indicator while the register is written."""
        self.export_button.setEnabled(not busy)
        self.export_busy.setVisible(busy)

    def _on_exported(self, count: int, path: Path) -> None:
        """Say where the register went."""
        self._exporting(False)
        self.count_label.setText(
            self.tr("Exported {count} reviews to {file}").format(count=count, file=path.name)
        )

    def show_focus(self, focus: ReviewFocus | None) -> None:
        """Show the reviews an Overview figure counted (None: every review again).

        The search and the other filters are cleared first, so the list holds exactly what
        the figure counted; the figure's name stays above the list until cleared.
        """
        self._focus = focus
        fields = focus.fields if focus is not None else {}
        for combo in (self.status_filter, self.verdict_filter, self.search):
            combo.blockSignals(True)
        try:
            self.search.clear()
            self._search_timer.stop()
            self.status_filter.setCurrentIndex(
                max(0, self.status_filter.findData(SUSPENDED)) if fields.get("suspended") else 0
            )
            verdict = fields.get("verdict")
            self.verdict_filter.setCurrentIndex(
                max(0, self.verdict_filter.findData(verdict)) if verdict else 0
            )
        finally:
            for combo in (self.status_filter, self.verdict_filter, self.search):
                combo.blockSignals(False)
        if focus is not None and not fields.get("suspended"):
            self.focus_label.setText(self.tr("Showing: {figure}").format(figure=focus.label))
        self.focus_label.setVisible(focus is not None and not fields.get("suspended"))
        self.clear_focus.setVisible(self.focus_label.isVisible())
        self.apply_filters()

    def refresh(self) -> None:
        """Read the reviews again, keeping the filters."""
        self.apply_filters()

    def _filtered(self) -> bool:
        """Tell whether a search or filter is narrowing the list."""
        query = self.model.query
        return bool(
            query.search
            or query.status
            or query.verdict
            or query.approver
            or query.suspended
            or self._focus is not None
        )

    def _show_state(self) -> None:
        """Show the table, the empty state or the no-match note, and the count."""
        total = self.model.total
        mine_empty = self.status_filter.currentData() == AWAITING_MINE and not total
        if mine_empty and self._me() is None:
            self.no_match.setText(
                self.tr(
                    "Choose your signing identity in Settings (Signing identities) to see the"
                    " reviews awaiting your approval."
                )
            )
        else:
            self.no_match.setText(self.tr("No review matches the search and filters."))
        if total:
            self.body.setCurrentWidget(self.table)
        elif mine_empty or self._filtered():
            self.body.setCurrentWidget(self.no_match)
        else:
            self.body.setCurrentWidget(self.empty)
        self.count_label.setText(self.tr("%n review(s)", "", total))
        self.load_samples.setEnabled(True)

    def _on_activated(self, index: QModelIndex) -> None:
        """Open the review of an activated row."""
        if index.isValid():
            self.open_requested.emit(self.model.summary(index.row()).id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a single PDF: a countersigned report to record."""
        if dropped_pdf(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Record the dropped countersigned report."""
        path = dropped_pdf(event)
        if path is not None:
            event.acceptProposedAction()
            self.record_requested.emit(path)
