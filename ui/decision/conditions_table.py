"""The conditions of approval as a table: text, what it answers, owner, due date and status.

The officer adds, edits and removes rows here; the service checks them when the decision is
recorded (owner and due date required, no due date in the past) and its message is shown.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.followup import Condition, ConditionStatus
from ui.i18n import marked

Index = QModelIndex | QPersistentModelIndex
TEXT, ANSWERS, OWNER, DUE, STATUS = range(5)
COLUMNS = (
    QT_TRANSLATE_NOOP("ConditionsTableModel", "Condition"),
    QT_TRANSLATE_NOOP("ConditionsTableModel", "Answers"),
    QT_TRANSLATE_NOOP("ConditionsTableModel", "Owner"),
    QT_TRANSLATE_NOOP("ConditionsTableModel", "Due date"),
    QT_TRANSLATE_NOOP("ConditionsTableModel", "Status"),
)
_STATUS_NAMES = marked(
    {
        ConditionStatus.OPEN: QT_TRANSLATE_NOOP("ConditionsTableModel", "Open"),
        ConditionStatus.DONE: QT_TRANSLATE_NOOP("ConditionsTableModel", "Done"),
        ConditionStatus.WAIVED: QT_TRANSLATE_NOOP("ConditionsTableModel", "Waived"),
    }
)


def status_label(status: ConditionStatus) -> str:
    """Return a condition's status in words, in the interface language."""
    return QCoreApplication.translate("ConditionsTableModel", _STATUS_NAMES[status])


@dataclass(frozen=True)
class ConditionEntry:
    """One row as the officer writes it; `status` is that of a recorded condition."""

    text: str = ""
    answers: str = ""
    owner: str = ""
    due: date | None = None
    status: ConditionStatus = ConditionStatus.OPEN

    def draft(self) -> dict[str, object]:
        """Return the row as the service takes it; the service checks what is missing."""
        fields: dict[str, object] = {"text": self.text, "answers": self.answers}
        if self.owner.strip():
            fields["owner"] = self.owner
        if self.due is not None:
            fields["due"] = self.due
        return fields


class ConditionsTableModel(QAbstractTableModel):
    """The editable table of conditions; status is read-only (follow-up changes it)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConditionEntry] = []
        self.editable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of conditions."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Return the number of columns."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Return the column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.ToolTipRole and section == ANSWERS:
            return self.tr("The clause (pack:clause) or the obligation the condition answers")
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("ConditionsTableModel", str(COLUMNS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell: text, a date (a QDate to edit, the locale's form to read)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            if column == DUE:
                day = row.due or date.today()
                return QDate(day.year, day.month, day.day)
            return self._text(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == DUE:
                if row.due is None:
                    return self.tr("(none)")
                return QLocale().toString(
                    QDate(row.due.year, row.due.month, row.due.day), QLocale.FormatType.ShortFormat
                )
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TEXT:
            return row.text or None
        return None

    @staticmethod
    def _text(row: ConditionEntry, column: int) -> str:
        """Return a text cell."""
        if column == STATUS:
            return status_label(row.status)
        return {TEXT: row.text, ANSWERS: row.answers, OWNER: row.owner}.get(column, "")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit one cell of a row."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not self.editable:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == DUE and isinstance(value, QDate) and value.isValid():
            updated = replace(row, due=date(value.year(), value.month(), value.day()))
        elif column == TEXT and isinstance(value, str):
            updated = replace(row, text=value)
        elif column == ANSWERS and isinstance(value, str):
            updated = replace(row, answers=value)
        elif column == OWNER and isinstance(value, str):
            updated = replace(row, owner=value)
        else:
            return False
        if updated == row:
            return False
        self._rows[index.row()] = updated
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make every cell but the status editable, while the decision can change."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.column() != STATUS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def entries(self) -> list[ConditionEntry]:
        """Return the rows, in order."""
        return list(self._rows)

    def texts(self) -> list[str]:
        """Return the conditions' texts, in order."""
        return [row.text for row in self._rows]

    def drafts(self) -> list[dict[str, object]]:
        """Return the rows as the service's decide() takes them."""
        return [row.draft() for row in self._rows]

    def add(self, entry: ConditionEntry | None = None) -> int:
        """Append a condition and return its row."""
        position = len(self._rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.append(entry or ConditionEntry())
        self.endInsertRows()
        return position

    def remove(self, row: int) -> None:
        """Remove one condition."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def replace(self, conditions: list[Condition] | list[str]) -> None:
        """Show a recorded decision's conditions (records, or plain texts of older ones)."""
        self.beginResetModel()
        self._rows = [
            ConditionEntry(text=c)
            if isinstance(c, str)
            else ConditionEntry(c.text, c.answers, c.owner or "", c.due, c.status)
            for c in conditions
        ]
        self.endResetModel()


class ConditionsTable(QWidget):
    """The table with Add and Remove; a new row opens its text for typing at once."""

    def __init__(self, model: ConditionsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = QTableView(self)
        self.view.setObjectName("conditionsTable")
        self.view.setModel(model)
        self.view.setAccessibleName(self.tr("Conditions of approval"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((ANSWERS, 120), (OWNER, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        for column in (DUE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.view.setMinimumHeight(130)
        self.add_button = QPushButton(self.tr("Add condition"), self)
        self.add_button.setAccessibleName(self.tr("Add a condition"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected condition"))
        self.add_button.clicked.connect(self.add_condition)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def add_condition(self) -> int:
        """Add an empty condition and start typing its text."""
        row = self.model.add()
        index = self.model.index(row, TEXT)
        self.view.setCurrentIndex(index)
        self.view.edit(index)
        return row

    def remove_selected(self) -> None:
        """Remove the selected condition."""
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove(index.row())

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid changes (a recorded decision is read-only)."""
        self.model.editable = editable
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.model.rowCount() > 0)
