"""The look of an Overview tile: a large number over its caption, drawn before the store opens.

`ui.overview.tiles.CountTile` makes it clickable and counts. The Overview's stand-in draws the
tiles with this face alone, disabled and loading ("…"), in the window's first paint, so it uses
no enum of Qt's namespace (see `ui.qt_values`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ui.qt_values import ALIGN_CENTER, set_qt_property
from ui.style import muted, set_point_delta


class TileFace(QPushButton):
    """A large number ("…" until counted) over its caption, as wide as its share of the row."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("countTile")
        self.caption = caption
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(96)
        self.number = QLabel("…", self)
        set_qt_property(self.number, "alignment", ALIGN_CENTER)
        set_point_delta(self.number, 14, bold=True)
        self.label = QLabel(caption, self)
        set_qt_property(self.label, "alignment", ALIGN_CENTER)
        self.label.setWordWrap(True)
        muted(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 10)
        layout.setSpacing(2)
        layout.addWidget(self.number)
        layout.addWidget(self.label)
        self.setAccessibleName(caption)
