"""A count tile of the Overview: a large number with its caption, opening what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ui.overview.tile_face import TileFace


class CountTile(TileFace):
    """A large clickable count; Tab reaches it, Space or Enter opens it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(caption, parent)
        self.count: int | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        for label in (self.number, self.label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def set_count(self, count: int) -> None:
        """Show a count."""
        self.count = count
        self.number.setText(f"{count:,}".replace(",", "\u202f"))
        self.setEnabled(True)
        self.setToolTip("")
        self.setAccessibleName(f"{self.caption}: {count}")

    def set_unknown(self, why: str) -> None:
        """Show no count, and why (the tile cannot be opened)."""
        self.count = None
        self.number.setText("\u2014")
        self.setEnabled(False)
        self.setToolTip(why)
        self.setAccessibleName(f"{self.caption}: {why}")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Open the tile with Enter or Return too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)
