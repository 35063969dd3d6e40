"""An honest page for screens that are not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.qt_values import plain_text
from ui.style import muted, set_point_delta


class ComingLaterPage(QWidget):
    """Names a screen, says what it will do, and says plainly that it is not in this release."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comingLater")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        heading = QLabel(title, self)
        set_point_delta(heading, 5, bold=True)
        layout.addWidget(heading)
        self.purpose = QLabel(purpose, self)
        self.purpose.setWordWrap(True)
        self.purpose.setMaximumWidth(640)
        layout.addWidget(self.purpose)
        self.note = QLabel(self.tr("This screen is coming in a later release."), self)
        self.note.setObjectName("comingLaterNote")
        muted(self.note)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("{0}: coming in a later release").format(title))
        plain_text(heading)
