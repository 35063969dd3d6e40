"""Bar charts drawn with QPainter, each bar a button: clickable, focusable, with a name.

Every bar is its own widget, so Tab reaches it, Space or Enter opens it, and a screen reader
reads its accessible name ("High risk, November 2026: 3"). Fills use fixed colour pairs with
enough contrast on light and dark windows; text beside the bars uses the palette's own colours.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.style import muted, set_point_delta

BAR_COLOUR = ("#1f5fae", "#ffffff")
"""The fill of a plain bar: a blue that reads on white and on a dark grey window."""

COLUMN_HEIGHT = 150
"""The height of the tallest month column, in pixels."""


@dataclass(frozen=True)
class ChartBar:
    """One bar: what it says, how many it counts, and what opening it filters on."""

    label: str
    count: int
    key: object
    colour: tuple[str, str] = BAR_COLOUR
    accessible: str = ""

    @property
    def name(self) -> str:
        """Return what a screen reader says for the bar."""
        return self.accessible or f"{self.label}: {self.count}"


class _BarButton(QAbstractButton):
    """A button painted as a bar; Enter and Return click it, as Space does."""

    def __init__(self, bar: ChartBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(bar.name)
        self.setToolTip(bar.name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Open the bar with Enter or Return too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        super().keyPressEvent(event)

    def _focus_frame(self, painter: QPainter, rect: QRectF) -> None:
        """Outline the bar that has the keyboard focus, or the mouse over it."""
        if self.hasFocus() or self.underMouse():
            pen = QPen(self.palette().color(QPalette.ColorRole.Text))
            pen.setWidth(2)
            pen.setStyle(Qt.PenStyle.DotLine if not self.hasFocus() else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))


class HorizontalBar(_BarButton):
    """One row of a horizontal bar chart: label, bar and count."""

    def __init__(self, bar: ChartBar, largest: int, parent: QWidget | None = None) -> None:
        super().__init__(bar, parent)
        self._largest = max(1, largest)
        self.setMinimumHeight(self.fontMetrics().height() + 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        """Ask for one text line of height."""
        return QSize(320, self.fontMetrics().height() + 10)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the label, the bar in proportion to the largest, and the count."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width, height = self.width(), self.height()
        label_width = int(width * 0.42)
        count_text = str(self.bar.count)
        count_width = metrics.horizontalAdvance("00000")
        text = self.palette().color(QPalette.ColorRole.WindowText)
        painter.setPen(text)
        label = metrics.elidedText(self.bar.label, Qt.TextElideMode.ElideMiddle, label_width - 8)
        painter.drawText(
            QRectF(4, 0, label_width - 8, height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            label,
        )
        room = max(4, width - label_width - count_width - 8)
        length = max(3.0, room * self.bar.count / self._largest)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.bar.colour[0]))
        painter.drawRoundedRect(QRectF(label_width, 4, length, height - 8), 2, 2)
        painter.setPen(text)
        painter.drawText(
            QRectF(label_width + length + 6, 0, count_width, height),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            count_text,
        )
        self._focus_frame(painter, QRectF(0, 0, width, height))
        painter.end()


class ColumnSegment(_BarButton):
    """One verdict's part of a month's column, as tall as its count."""

    def __init__(self, bar: ChartBar, pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(bar, parent)
        self.setFixedSize(34, max(6, pixels))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Fill the segment with the verdict's colour."""
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self.bar.colour[0]))
        if self.height() >= self.fontMetrics().height():
            painter.setPen(QColor(self.bar.colour[1]))
            painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignCenter), str(self.bar.count))
        self._focus_frame(painter, QRectF(self.rect()))
        painter.end()


class _Chart(QFrame):
    """A titled chart whose bars open what they count.

    Signals:
        bar_activated(object): a bar was clicked or opened with the keyboard; carries its key.
    """

    bar_activated = Signal(object)

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(title)
        self.bars: list[_BarButton] = []
        heading = QLabel(title, self)
        set_point_delta(heading, 1, bold=True)
        self.empty = QLabel(empty, self)
        self.empty.setWordWrap(True)
        muted(self.empty)
        self.body = QWidget(self)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.layout_.addWidget(heading)
        self.layout_.addWidget(self.empty)
        self.layout_.addWidget(self.body, 1)

    def _new_body(self) -> QWidget:
        """Replace the bars shown with an empty body to fill."""
        old = self.body
        self.body = QWidget(self)
        self.layout_.replaceWidget(old, self.body)
        old.deleteLater()
        self.bars = []
        return self.body

    def _add(self, button: _BarButton) -> None:
        """Keep a bar and let it open its key."""
        self.bars.append(button)
        button.clicked.connect(lambda: self.bar_activated.emit(button.bar.key))

    def bar(self, key: object) -> _BarButton | None:
        """Return the bar opening a key, if shown."""
        return next((b for b in self.bars if b.bar.key == key), None)


class HorizontalBarChart(_Chart):
    """Bars side by side with their labels, largest first as given."""

    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        """Show these bars (or the empty note when there are none)."""
        body = self._new_body()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        largest = max((b.count for b in bars), default=0)
        for bar in bars:
            button = HorizontalBar(bar, largest, body)
            layout.addWidget(button)
            self._add(button)
        layout.addStretch(1)
        self.empty.setVisible(not bars)


@dataclass(frozen=True)
class MonthColumn:
    """One month of a stacked column chart: its name and its segments, bottom first."""

    label: str
    segments: tuple[ChartBar, ...]


class StackedColumnChart(_Chart):
    """A column per month, stacked by verdict, with a legend of the colours."""

    def set_columns(
        self, columns: Sequence[MonthColumn], legend: Sequence[tuple[str, tuple[str, str]]]
    ) -> None:
        """Show these columns (or the empty note when none has a bar)."""
        body = self._new_body()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.setSpacing(8)
        tallest = max((sum(s.count for s in c.segments) for c in columns), default=0)
        for column in columns:
            holder = QVBoxLayout()
            holder.setSpacing(0)
            holder.addStretch(1)
            for segment in reversed(column.segments):  # the first given sits at the bottom
                pixels = round(COLUMN_HEIGHT * segment.count / max(1, tallest))
                button = ColumnSegment(segment, pixels, body)
                holder.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
                self._add(button)
            name = QLabel(column.label, body)
            name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            muted(name)
            holder.addSpacing(4)
            holder.addWidget(name, 0, Qt.AlignmentFlag.AlignHCenter)
            row.addLayout(holder)
        row.addStretch(1)
        outer.addLayout(row, 1)
        keys = QHBoxLayout()
        for text, colour in legend:
            swatch = QLabel(body)
            swatch.setFixedSize(12, 12)
            swatch.setStyleSheet(f"background: {colour[0]}; border-radius: 2px;")
            keys.addWidget(swatch)
            keys.addWidget(QLabel(text, body))
            keys.addSpacing(10)
        keys.addStretch(1)
        outer.addLayout(keys)
        self.empty.setVisible(not self.bars)
        body.setMinimumHeight(COLUMN_HEIGHT + 60)
