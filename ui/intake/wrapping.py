"""Radio buttons and checkboxes whose label wraps onto more lines instead of widening the form.

Qt's own buttons ask for their whole label on one line, so a long option label pushes the page
sideways or gets cut. These keep their text (for accessibility, mnemonics and tests), give up
width, and ask for the height their wrapped label needs.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
_PAD = 4


class _Metrics:
    """The style metrics of one kind of button: its indicator width and label spacing."""

    def __init__(self, indicator: QStyle.PixelMetric, spacing: QStyle.PixelMetric) -> None:
        self.indicator = indicator
        self.spacing = spacing

    def text_left(self, button: QAbstractButton) -> int:
        """Return where the label starts: after the indicator and its spacing."""
        style = button.style()
        return style.pixelMetric(self.indicator, None, button) + style.pixelMetric(
            self.spacing, None, button
        )

    def height_for(self, button: QAbstractButton, width: int) -> int:
        """Return the height the label needs wrapped to a width, at least the indicator's."""
        room = max(width - self.text_left(button), 1)
        text = button.fontMetrics().boundingRect(QRect(0, 0, room, 100_000), _FLAGS, button.text())
        indicator = button.style().pixelMetric(self.indicator, None, button)
        return max(text.height(), indicator) + _PAD

    def size_hint(self, button: QAbstractButton) -> QSize:
        """Prefer the label on one line."""
        width = self.text_left(button) + button.fontMetrics().horizontalAdvance(button.text())
        return QSize(width + _PAD, self.height_for(button, width + _PAD))

    def minimum_size_hint(self, button: QAbstractButton) -> QSize:
        """Accept a narrow width: the label wraps, though never inside a word."""
        metrics = button.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in button.text().split()), default=1)
        width = self.text_left(button) + longest + _PAD
        return QSize(width, self.height_for(button, width))

    def paint(
        self, button: QAbstractButton, option: QStyleOptionButton, element: QStyle.ControlElement
    ) -> None:
        """Draw the indicator with the style beside the first line, then the wrapped label."""
        label = option.text
        option.text = ""
        line = max(button.fontMetrics().height(), 1) + _PAD
        option.rect = QRect(0, 0, button.width(), line)
        painter = QPainter(button)
        button.style().drawControl(element, option, painter, button)
        left = self.text_left(button)
        painter.setPen(button.palette().color(button.foregroundRole()))
        painter.drawText(
            QRect(left, _PAD // 2, button.width() - left, button.height() - _PAD // 2),
            _FLAGS,
            label,
        )
        painter.end()


_RADIO = _Metrics(
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_RadioButtonLabelSpacing
)
_CHECK = _Metrics(QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_CheckBoxLabelSpacing)


def _wrap(button: QAbstractButton) -> None:
    """Let the layout trade a button's width for height."""
    policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
    policy.setHeightForWidth(True)
    button.setSizePolicy(policy)
    button.setProperty("wordWrap", True)


class WrappingRadioButton(QRadioButton):
    """A radio button whose label wraps to the width it gets."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrap(self)

    def hasHeightForWidth(self) -> bool:
        """Say that the height depends on the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the wrapped label needs at a width."""
        return _RADIO.height_for(self, width)

    def sizeHint(self) -> QSize:
        """Prefer the label on one line."""
        return _RADIO.size_hint(self)

    def minimumSizeHint(self) -> QSize:
        """Accept a narrow width."""
        return _RADIO.minimum_size_hint(self)

    def hitButton(self, pos: QPoint) -> bool:
        """Choose on a click anywhere on the indicator or the wrapped label."""
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the indicator and the wrapped label."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        _RADIO.paint(self, option, QStyle.ControlElement.CE_RadioButton)


class WrappingCheckBox(QCheckBox):
    """A checkbox whose label wraps to the width it gets."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        _wrap(self)

    def hasHeightForWidth(self) -> bool:
        """Say that the height depends on the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the wrapped label needs at a width."""
        return _CHECK.height_for(self, width)

    def sizeHint(self) -> QSize:
        """Prefer the label on one line."""
        return _CHECK.size_hint(self)

    def minimumSizeHint(self) -> QSize:
        """Accept a narrow width."""
        return _CHECK.minimum_size_hint(self)

    def hitButton(self, pos: QPoint) -> bool:
        """Toggle on a click anywhere on the indicator or the wrapped label."""
        return self.rect().contains(pos)

    def paintEvent(self, _event: QPaintEvent) -> None:
        """Draw the indicator and the wrapped label."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        _CHECK.paint(self, option, QStyle.ControlElement.CE_CheckBox)
