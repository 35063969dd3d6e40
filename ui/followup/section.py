"""After the decision: the conditions to follow up, and the suspension banner with re-review.

Closing a condition (done with an evidence file, or waived with a reason) is an audited
follow-up through the service; it neither reopens nor changes the decision.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.errors import ReviewerError
from reviewer.followup import Condition, ConditionStatus
from reviewer.records import ReviewDetail, ReviewStatus
from reviewer.service import ReviewService
from reviewer.signing.files import read_input
from ui import dialogs
from ui.decision.conditions_table import status_label
from ui.style import ProblemLabel, set_point_delta

MAX_EVIDENCE = 100 * 1024 * 1024
"""The largest evidence file taken, as on the Evidence step."""
ID, TEXT, OWNER, DUE, STATUS, CLOSED = range(6)


class FollowUpSection(QFrame):
    """The conditions of the standing decision with their follow-up, and the suspension.

    Signals:
        closed(object): a condition was closed; carries the service's `Condition`.
        re_review_requested(): the officer wants to start the re-review (reopen the review).
    """

    closed = Signal(object)
    re_review_requested = Signal()

    def __init__(self, service: ReviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("followUp")
        self._service = service
        self._conditions: list[Condition] = []
        self.banner = QFrame(self)
        self.banner.setObjectName("suspendedBanner")
        self.banner_text = ProblemLabel(self.banner)
        self.banner_text.setObjectName("suspensionReason")
        self.banner_text.setTextFormat(Qt.TextFormat.PlainText)
        self.re_review_button = QPushButton(self.tr("Start re-review…"), self.banner)
        self.re_review_button.setToolTip(
            self.tr("Open a new revision from the current answers, judged by the current packs")
        )
        self.re_review_button.setAccessibleName(self.tr("Start the re-review"))
        self.re_review_button.clicked.connect(self.re_review_requested)
        banner_row = QHBoxLayout(self.banner)
        banner_row.setContentsMargins(0, 0, 0, 0)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.re_review_button)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        set_point_delta(self.toggle, 0, bold=True)
        self.toggle.setAccessibleName(self.tr("Show the conditions to follow up"))
        self.toggle.toggled.connect(self._fold)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("followUpConditions")
        self.table.setAccessibleName(self.tr("Conditions to follow up"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Id"),
                self.tr("Condition"),
                self.tr("Owner"),
                self.tr("Due date"),
                self.tr("Status"),
                self.tr("Closed by"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        self.done_button = QPushButton(self.tr("Mark done with evidence…"), self)
        self.waive_button = QPushButton(self.tr("Waive…"), self)
        self.done_button.setAccessibleName(self.tr("Mark the selected condition done"))
        self.waive_button.setAccessibleName(self.tr("Waive the selected condition"))
        self.done_button.clicked.connect(self.close_with_evidence)
        self.waive_button.clicked.connect(self.waive)
        self.table.itemSelectionChanged.connect(self._enable)
        buttons = QHBoxLayout()
        buttons.addWidget(self.done_button)
        buttons.addWidget(self.waive_button)
        buttons.addStretch(1)
        self.conditions_box = QWidget(self)
        box = QVBoxLayout(self.conditions_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        layout.addWidget(self.toggle)
        layout.addWidget(self.conditions_box)
        self.setStyleSheet(
            "QFrame#followUp { background: palette(alternate-base);"
            " border-bottom: 1px solid palette(mid); }"
        )
        self.hide()

    def show_review(self, detail: ReviewDetail) -> None:
        """Show the standing decision's conditions and, if suspended, why."""
        status = detail.summary.status
        decided = status not in (ReviewStatus.DRAFT, ReviewStatus.SUPERSEDED)
        self._conditions = list(detail.conditions) if decided else []
        suspension = (
            self._service.suspension(detail.summary.id) if status is ReviewStatus.APPROVED else None
        )
        self.banner.setVisible(suspension is not None)
        if suspension is not None:
            self.banner_text.setText(
                self.tr("Suspended, pending re-review: {reasons}").format(
                    reasons="; ".join(suspension.reasons)
                )
            )
        self.table.setRowCount(len(self._conditions))
        for row, condition in enumerate(self._conditions):
            for column, text in enumerate(self._cells(condition)):
                item = QTableWidgetItem(text)
                if column == TEXT:
                    item.setToolTip(condition.text)
                if column == STATUS and condition.reason:
                    item.setToolTip(condition.reason)
                self.table.setItem(row, column, item)
        open_count = sum(c.status is ConditionStatus.OPEN for c in self._conditions)
        self.toggle.setText(
            self.tr("Follow-up of the conditions: {open} open of {count}").format(
                open=open_count, count=len(self._conditions)
            )
        )
        self.toggle.setVisible(bool(self._conditions))
        # Unfolded where there is something to act on: an approval, or a suspension.
        self.toggle.setChecked(
            bool(self._conditions) and (status is ReviewStatus.APPROVED or suspension is not None)
        )
        self._fold(self.toggle.isChecked())
        self.setVisible(bool(self._conditions) or suspension is not None)
        self._enable()

    def _fold(self, unfolded: bool) -> None:
        """Show or hide the conditions table."""
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow)
        self.conditions_box.setVisible(unfolded and bool(self._conditions))

    def _cells(self, condition: Condition) -> list[str]:
        """Return one condition's row."""
        due = ""
        if condition.due is not None:
            day = QDate(condition.due.year, condition.due.month, condition.due.day)
            due = QLocale().toString(day, QLocale.FormatType.ShortFormat)
        closed = condition.closed_by or ""
        return [
            condition.id,
            condition.text,
            condition.owner or "",
            due,
            status_label(condition.status),
            closed,
        ]

    def selected(self) -> Condition | None:
        """Return the condition of the selected row."""
        row = self.table.currentRow()
        return self._conditions[row] if 0 <= row < len(self._conditions) else None

    def select(self, condition_id: str) -> None:
        """Select a condition by its id."""
        for row, condition in enumerate(self._conditions):
            if condition.id == condition_id:
                self.table.selectRow(row)

    def _enable(self) -> None:
        """Offer closing only for an open condition."""
        condition = self.selected()
        open_ = condition is not None and condition.status is ConditionStatus.OPEN
        self.done_button.setEnabled(open_)
        self.waive_button.setEnabled(open_)

    def close_with_evidence(self) -> None:
        """Ask for the file that proves the condition met, and close it as done."""
        condition = self.selected()
        if condition is None:
            return
        path = dialogs.open_file(
            self,
            self.tr("Evidence that {id} is met").format(id=condition.id),
            self.tr("All files (*)"),
        )
        if path is None:
            return
        try:
            data = read_input(path, self.tr("an evidence file"), MAX_EVIDENCE)
            closed = self._service.close_condition(condition.id, evidence=(path.name, data))
        except ReviewerError as exc:
            self._refused(exc)
            return
        self.closed.emit(closed)

    def waive(self) -> None:
        """Ask why the condition is waived, and close it so."""
        condition = self.selected()
        if condition is None:
            return
        reason = dialogs.ask_text(
            self,
            self.tr("Waive a condition"),
            self.tr("Why is {id} waived? The reason and your name go into the audit trail.").format(
                id=condition.id
            ),
        )
        if reason is None:
            return
        try:
            closed = self._service.close_condition(condition.id, waive=reason)
        except ReviewerError as exc:
            self._refused(exc)
            return
        self.closed.emit(closed)

    def _refused(self, exc: ReviewerError) -> None:
        """Say why the condition was not closed; nothing changed."""
        dialogs.show_error(
            self,
            self.tr("The condition was not closed"),
            self.tr("{problem}\n\nNothing was changed.").format(problem=exc),
        )
