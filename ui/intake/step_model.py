"""The list model of intake steps: each section with its progress, then any trailing steps."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from ui.intake.controller import IntakeController

Index = QModelIndex | QPersistentModelIndex
ProgressRole = Qt.ItemDataRole.UserRole + 1
AppliesRole = Qt.ItemDataRole.UserRole + 2


class StepListModel(QAbstractListModel):
    """Rows: the questionnaire's sections (title and progress), then extra steps like Decision.

    Steps of questionnaires the review owes beyond the intake (the FRIA) come first among
    the extra steps and count with the sections (`section_count`), so the others keep their
    positions.
    """

    def __init__(
        self,
        controller: IntakeController,
        trailing: list[str] | None = None,
        parent: Any = None,
        *,
        owed: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._sections = list(controller.questionnaire.sections)
        self._owed = len(owed or [])
        self._trailing = [*(owed or []), *(trailing or [])]
        self._trailing_status = ["" for _ in self._trailing]
        controller.answer_changed.connect(self._refresh)
        controller.visibility_changed.connect(self._refresh)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of steps (a flat list: no children)."""
        if parent.isValid():
            return 0
        return len(self._sections) + len(self._trailing)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a step's title, progress line, or whether it applies."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = index.row()
        if row < len(self._sections):
            section = self._sections[row]
            progress = self._controller.progress(section)
            title, status, applies = section.title, progress.summary(), progress.applies
        else:
            extra = row - len(self._sections)
            title, status, applies = self._trailing[extra], self._trailing_status[extra], True
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title}\n{status}" if status else title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}: {status}" if status else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return status or None
        if role == ProgressRole:
            return status
        if role == AppliesRole:
            return applies
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make steps that do not apply visible but not selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.data(index, AppliesRole):
            return (
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemNeverHasChildren
            )
        return Qt.ItemFlag.ItemNeverHasChildren

    def set_trailing_status(self, position: int, status: str) -> None:
        """Set the status line of a trailing step, e.g. 'Ready to decide'."""
        self._set_status(self._owed + position, status)

    def set_owed_status(self, position: int, status: str) -> None:
        """Set the status line of an owed questionnaire's step, e.g. '3 required missing'."""
        self._set_status(position, status)

    def _set_status(self, extra: int, status: str) -> None:
        """Set the status line of the extra step at this position after the sections."""
        if self._trailing_status[extra] == status:
            return
        self._trailing_status[extra] = status
        row = len(self._sections) + extra
        self.dataChanged.emit(self.index(row), self.index(row))

    def section_count(self) -> int:
        """Return how many rows come before the trailing steps: sections, then owed steps."""
        return len(self._sections) + self._owed

    def _refresh(self, *_args: object) -> None:
        """Tell views that the sections' progress may have changed."""
        if self._sections:
            self.dataChanged.emit(self.index(0), self.index(len(self._sections) - 1))
