"""Bar charts on QtCharts whose bars open what they count, by mouse or by keyboard.

QtCharts bars are neither focusable nor accessible by themselves, so the chart view stands in
for them: Tab reaches the view, the arrow keys move a highlight from bar to bar, Enter or Space
opens the highlighted bar, and the view's accessible description (and tooltip) names it
("High risk, November 2026: 3") for a screen reader. Fills use fixed colour pairs with enough
contrast on light and dark windows; everything else takes the palette's colours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QGraphicsRectItem, QLabel, QWidget

from ui.style import muted

BAR_COLOUR = ("#1f5fae", "#ffffff")
"""The fill of a plain bar: a blue that reads on white and on a dark grey window."""

_PREVIOUS = (Qt.Key.Key_Left, Qt.Key.Key_Up)
_NEXT = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_OPEN = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_KEYS = (*_PREVIOUS, *_NEXT, *_OPEN, Qt.Key.Key_Home, Qt.Key.Key_End)


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


@dataclass(frozen=True)
class MonthColumn:
    """One month of a stacked column chart: its name and its segments, bottom first."""

    label: str
    segments: tuple[ChartBar, ...]


@dataclass(frozen=True)
class _Placed:
    """A bar with its place in the chart: its category and the set that draws it."""

    bar: ChartBar
    category: int
    set_index: int
    bar_set: QBarSet


class BarChartView(QChartView):
    """A titled chart of stacked bars; the view is the keyboard's and screen reader's way in.

    Signals:
        bar_activated(object): a bar was clicked or opened with the keyboard; carries its key.
    """

    bar_activated = Signal(object)

    def __init__(
        self, title: str, empty: str, horizontal: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.placed: list[_Placed] = []
        self.highlight = -1
        self.series: QAbstractBarSeries = (
            QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
        )
        chart = QChart()
        chart.setTitle(title)
        title_font = self.font()
        title_font.setPointSizeF(title_font.pointSizeF() + 1)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 2, 8, 2))
        chart.layout().setContentsMargins(2, 2, 2, 2)
        chart.legend().setVisible(False)
        chart.plotAreaChanged.connect(self._show_highlight)
        # A frame, not a colour: the bar keeps its verdict's colour and its count stays legible.
        self.frame = QGraphicsRectItem(chart)
        self.frame.setZValue(100)
        self.frame.setBrush(Qt.BrushStyle.NoBrush)
        self.frame.hide()
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(title)
        self.setMinimumHeight(220)
        self.empty = QLabel(empty, self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        muted(self.empty)
        self._apply_palette()

    def sizeHint(self) -> QSize:
        """Ask for a modest size; the Overview's grid shares out the rest."""
        return QSize(420, 280)

    @property
    def bars(self) -> list[ChartBar]:
        """Return the bars shown, in keyboard order."""
        return [p.bar for p in self.placed]

    def bar(self, key: object) -> ChartBar | None:
        """Return the bar opening a key, if shown."""
        return next((b for b in self.bars if b.key == key), None)

    def bar_rect(self, index: int) -> QRectF:
        """Return where a bar is drawn, in the chart's coordinates."""
        placed = self.placed[index]
        below = sum(  # stacked under it: the earlier sets of its category
            p.bar.count
            for p in self.placed
            if p.category == placed.category and p.set_index < placed.set_index
        )
        half = self.series.barWidth() / 2
        chart, series = self.chart(), self.series
        if self.horizontal:
            corners = (
                QPointF(below, placed.category - half),
                QPointF(below + placed.bar.count, placed.category + half),
            )
        else:
            corners = (
                QPointF(placed.category - half, below),
                QPointF(placed.category + half, below + placed.bar.count),
            )
        first, second = (chart.mapToPosition(c, series) for c in corners)
        return QRectF(first, second).normalized()

    # -- filling ---------------------------------------------------------------------------

    def show_bars(
        self,
        categories: Sequence[str],
        sets: Sequence[tuple[str, tuple[str, str]]],
        bars: Sequence[tuple[int, int, ChartBar]],
        legend: bool = False,
    ) -> None:
        """Draw bars as (category, set, bar) over these categories, one set per colour.

        The bars come in keyboard order; the first set sits at the bottom of a stack.
        """
        chart = self.chart()
        width = self.series.barWidth()
        self.placed = []  # the chart deletes its series and sets now
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.series = QHorizontalStackedBarSeries() if self.horizontal else QStackedBarSeries()
        self.series.setBarWidth(width)
        bar_sets = []
        for name, colour in sets:
            bar_set = QBarSet(name)
            bar_set.append([0.0] * len(categories))
            bar_set.setColor(QColor(colour[0]))
            bar_set.setBorderColor(QColor(colour[0]))
            bar_set.setLabelColor(QColor(colour[1]))
            bar_set.clicked.connect(lambda index, s=bar_set: self._clicked(s, index))
            bar_set.hovered.connect(
                lambda status, index, s=bar_set: self._hovered(s, status, index)
            )
            bar_sets.append(bar_set)
        for category, set_index, bar in bars:
            bar_sets[set_index].replace(category, bar.count)
            self.placed.append(_Placed(bar, category, set_index, bar_sets[set_index]))
        self.series.append(bar_sets)
        self.series.setLabelsVisible(True)  # each count on its bar; Qt leaves out the zeros
        self.series.setLabelsFormat("@value")
        chart.addSeries(self.series)
        self._add_axes(categories)
        chart.legend().setVisible(legend)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._apply_palette()
        self.empty.setVisible(not self.placed)
        self.series.setVisible(bool(self.placed))
        self.highlight = min(self.highlight, len(self.placed) - 1)
        self._show_highlight()

    def _add_axes(self, categories: Sequence[str]) -> None:
        """Put the categories on one axis and whole counts on the other."""
        chart = self.chart()
        names = QBarCategoryAxis()
        names.append(list(categories))
        counts = QValueAxis()
        totals: dict[int, int] = {}
        for placed in self.placed:
            totals[placed.category] = totals.get(placed.category, 0) + placed.bar.count
        top = max(totals.values(), default=0)
        step = max(1, math.ceil(top / 4))
        counts.setRange(0, step * max(1, math.ceil(top / step)))
        counts.setTickType(QValueAxis.TickType.TicksDynamic)
        counts.setTickAnchor(0)
        counts.setTickInterval(step)
        counts.setLabelFormat("%d")
        if self.horizontal:
            chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(names)
        self.series.attachAxis(counts)

    def _apply_palette(self) -> None:
        """Take the background, text and grid colours from the palette, light or dark."""
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart = self.chart()
        chart.setBackgroundBrush(palette.color(QPalette.ColorRole.Base))
        chart.setBackgroundPen(palette.color(QPalette.ColorRole.Mid))
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        self.frame.setPen(QPen(text, 3))
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between the light and the dark palette."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_palette()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the empty note across the middle."""
        super().resizeEvent(event)
        self.empty.setGeometry(self.rect().adjusted(24, 40, -24, -24))

    # -- mouse -----------------------------------------------------------------------------

    def _index(self, bar_set: QBarSet, category: int) -> int:
        """Return the index in `bars` of the bar a set draws in a category, or -1."""
        found = (
            i for i, p in enumerate(self.placed) if (p.bar_set, p.category) == (bar_set, category)
        )
        return next(found, -1)

    def _clicked(self, bar_set: QBarSet, category: int) -> None:
        """Open the bar clicked, and leave the highlight on it."""
        index = self._index(bar_set, category)
        if index >= 0:
            self.move_highlight(index)
            self.bar_activated.emit(self.placed[index].bar.key)

    def _hovered(self, bar_set: QBarSet, status: bool, category: int) -> None:
        """Let the tooltip name the bar under the mouse, and the highlighted one otherwise."""
        index = self._index(bar_set, category)
        if status and index >= 0:
            self.setToolTip(self.placed[index].bar.name)
        else:
            self._show_highlight()

    # -- keyboard --------------------------------------------------------------------------

    def move_highlight(self, index: int) -> None:
        """Highlight one bar and name it for the screen reader and the tooltip."""
        if not self.placed:
            return
        self.highlight = max(0, min(index, len(self.placed) - 1))
        self._show_highlight()

    def _show_highlight(self) -> None:
        """Frame the highlighted bar while the view has the focus; describe it always."""
        if self.highlight < 0 or not self.placed:
            self.frame.hide()
            self.setAccessibleDescription("")
            self.setToolTip("")
            return
        self.frame.setRect(self.bar_rect(self.highlight).adjusted(-3, -3, 3, 3))
        self.frame.setVisible(self.hasFocus())
        name = self.placed[self.highlight].bar.name
        self.setAccessibleDescription(name)
        self.setToolTip(name)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show the highlight, on the first bar if none was chosen yet."""
        super().focusInEvent(event)
        if self.highlight < 0:
            self.move_highlight(0)
        else:
            self._show_highlight()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Hide the highlight; the description keeps naming the bar."""
        super().focusOutEvent(event)
        self._show_highlight()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Move between bars with the arrow keys, Home and End; open one with Enter or Space."""
        key = event.key()
        if not self.placed or key not in _KEYS:
            super().keyPressEvent(event)
            return
        if key in _OPEN:
            if self.highlight < 0:
                self.move_highlight(0)
            self.bar_activated.emit(self.placed[self.highlight].bar.key)
        elif key == Qt.Key.Key_Home:
            self.move_highlight(0)
        elif key == Qt.Key.Key_End:
            self.move_highlight(len(self.placed) - 1)
        else:
            self.move_highlight(self.highlight + (1 if key in _NEXT else -1))
        event.accept()


class HorizontalBarChart(BarChartView):
    """Bars one under the other with their labels, first on top, each in its own colour.

    The chart keeps room for `rows` bars, so a lone bar is as thick as one of ten. A long
    label loses its middle, not its end, which tells clauses apart.
    """

    LABEL_SHARE = 0.36
    """The share of the width a label may take; QtCharts cuts the end off anything wider."""

    def __init__(
        self, title: str, empty: str, rows: int = 1, parent: QWidget | None = None
    ) -> None:
        super().__init__(title, empty, horizontal=True, parent=parent)
        self.rows = rows
        # QtCharts shortens every label to "..." once a row is lower than a line of text.
        row = self.fontMetrics().height() + 8
        self.setMinimumHeight(max(self.minimumHeight(), rows * row + 90))
        self.series.setBarWidth(0.7)

    def set_bars(self, bars: Sequence[ChartBar]) -> None:
        """Show these bars (or the empty note when there are none)."""
        colours = list(dict.fromkeys(b.colour for b in bars))
        top = max(self.rows, len(bars)) - 1
        self.show_bars(  # categories count from the bottom: the first bar takes the top one
            self._categories(bars),
            [("", c) for c in colours],
            [(top - i, colours.index(b.colour), b) for i, b in enumerate(bars)],
        )

    def _categories(self, bars: Sequence[ChartBar]) -> list[str]:
        """Return the axis's names, bottom first: blank rows, then the labels cut to fit."""
        room = int(self.width() * self.LABEL_SHARE)
        labels: list[str] = []
        for bar in bars:
            label = self.fontMetrics().elidedText(bar.label, Qt.TextElideMode.ElideMiddle, room)
            while label in labels:  # two names cut alike: an invisible space tells them apart
                label += "\u200b"
            labels.append(label)
        # Each blank row is named by its own number of spaces: an axis's names must differ.
        blanks = [" " * (n + 1) for n in range(max(0, self.rows - len(bars)))]
        return blanks + labels[::-1]

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Cut the labels again to the new width."""
        super().resizeEvent(event)
        names = self.chart().axes(Qt.Orientation.Vertical)
        if self.placed and names and event.size().width() != event.oldSize().width():
            axis = names[0]
            assert isinstance(axis, QBarCategoryAxis)
            axis.setCategories(self._categories(self.bars))


class StackedColumnChart(BarChartView):
    """A column per month, stacked by verdict, with a legend of the colours."""

    def __init__(self, title: str, empty: str, parent: QWidget | None = None) -> None:
        super().__init__(title, empty, horizontal=False, parent=parent)

    def set_columns(
        self, columns: Sequence[MonthColumn], legend: Sequence[tuple[str, tuple[str, str]]]
    ) -> None:
        """Show these columns (or the empty note when none has a bar), one set per colour."""
        colours = [colour for _text, colour in legend]
        self.show_bars(
            [c.label for c in columns],
            list(legend),
            [
                (i, colours.index(segment.colour), segment)
                for i, column in enumerate(columns)
                for segment in column.segments
            ],
            legend=True,
        )
