"""A count tile of the Overview: a large number with its caption, opening what it counts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.style import muted, set_point_delta


class CountTile(QPushButton):
    """A large clickable count; Tab reaches it, Space or Enter opens it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.caption = caption
        self.count: int | None = None
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.number = QLabel("…", self)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_delta(self.number, 14, bold=True)
        self.label = QLabel(caption, self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        muted(self.label)
        for label in (self.number, self.label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.label)
        self.setAccessibleName(caption)

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
