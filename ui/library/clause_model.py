"""The clause list: a thin table model over every clause of every pack, and its search filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from reviewer import Clause, PolicyPack
from ui.library.catalogue import PackKey, key_of
from ui.table_model import HeaderedTableModel
from ui.theme import severity_label

AnyIndex = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def haystack(clause: Clause) -> str:
    """Return the lower-cased text a search looks in: id, title, summary and citation."""
    c = clause.citation
    return " ".join((clause.id, clause.title, clause.summary, c.source, c.article, c.url)).lower()


class ClauseListModel(HeaderedTableModel):
    """One row per (pack version, clause); columns clause, severity and pack."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self._headers = [self.tr("Clause"), self.tr("Severity"), self.tr("Pack")]
        self._entries: list[tuple[PolicyPack, Clause, str]] = []

    def set_packs(self, packs: list[PolicyPack]) -> None:
        """Show the clauses of these pack versions."""
        self.beginResetModel()
        self._entries = [(p, c, haystack(c)) for p in packs for c in p.clauses]
        self.endResetModel()

    def entry(self, row: int) -> tuple[PolicyPack, Clause]:
        """Return the pack version and clause of a row."""
        pack, clause, _text = self._entries[row]
        return pack, clause

    def find(self, key: PackKey, clause_id: str) -> int:
        """Return the row of a clause in a pack version, or -1."""
        return next(
            (
                row
                for row, (pack, clause, _) in enumerate(self._entries)
                if key_of(pack) == key and clause.id == clause_id
            ),
            -1,
        )

    def matches(self, row: int, key: PackKey | None, words: list[str]) -> bool:
        """Tell whether a row belongs to a pack version (or any) and contains every word."""
        pack, _clause, text = self._entries[row]
        return (key is None or key_of(pack) == key) and all(w in text for w in words)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Count the clauses."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a cell's text, its tooltip, or the (pack, clause) entry."""
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        pack, clause, _text = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (
                clause.title,
                severity_label(clause.severity),
                f"{pack.id} {pack.version}",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{clause.id}: {clause.citation.short()}"
        if role == ENTRY_ROLE:
            return (pack, clause)
        return None


class ClauseFilter(QSortFilterProxyModel):
    """Keeps the clauses of the chosen pack version that contain every word searched for."""

    def __init__(self, source: ClauseListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self.setSourceModel(source)
        self._key: PackKey | None = None
        self._words: list[str] = []

    def set_pack(self, key: PackKey | None) -> None:
        """Show one pack version's clauses, or every pack's with None."""
        self.beginFilterChange()
        self._key = key
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_search(self, text: str) -> None:
        """Keep the clauses whose id, title, summary or citation hold every word of a text."""
        self.beginFilterChange()
        self._words = text.lower().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, _source_parent: AnyIndex) -> bool:
        """Apply the pack and the words."""
        return self._source.matches(source_row, self._key, self._words)
