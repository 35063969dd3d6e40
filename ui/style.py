"""Qt-only look and feel: the app's style sheet, the dark palette and small text helpers.

Kept free of the domain so the first window can be drawn before anything heavy is imported.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


def muted(label: QLabel) -> None:
    """Draw a label in the palette's secondary text colour, which follows light or dark mode."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)


def set_point_delta(widget: QWidget, delta: float, bold: bool = False) -> None:
    """Make a widget's font some points larger or smaller than the default, optionally bold."""
    font = widget.font()
    font.setPointSizeF(max(font.pointSizeF() + delta, 6.0))
    font.setBold(bold)
    widget.setFont(font)


def dark_palette() -> QPalette:
    """Return a dark palette, used to check and show that every screen reads in dark mode."""
    palette = QPalette()
    window, base, text = QColor("#202124"), QColor("#2a2b2e"), QColor("#e8e8e8")
    palette.setColor(QPalette.ColorRole.Window, window)
    palette.setColor(QPalette.ColorRole.WindowText, text)
    palette.setColor(QPalette.ColorRole.Base, base)
    palette.setColor(QPalette.ColorRole.AlternateBase, window)
    palette.setColor(QPalette.ColorRole.Text, text)
    palette.setColor(QPalette.ColorRole.Button, QColor("#303134"))
    palette.setColor(QPalette.ColorRole.ButtonText, text)
    palette.setColor(QPalette.ColorRole.ToolTipBase, base)
    palette.setColor(QPalette.ColorRole.ToolTipText, text)
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#a0a4ab"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#4f8fd8"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Link, QColor("#8ab4f8"))
    palette.setColor(QPalette.ColorRole.LinkVisited, QColor("#f28b82"))
    palette.setColor(QPalette.ColorRole.Mid, QColor("#3c4043"))
    palette.setColor(QPalette.ColorRole.Midlight, QColor("#35363a"))
    palette.setColor(QPalette.ColorRole.Dark, QColor("#151515"))
    palette.setColor(QPalette.ColorRole.Light, QColor("#404246"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7b7f86"))
    return palette


def apply_dark_palette(app: QApplication) -> None:
    """Switch the whole application to the dark palette."""
    app.setPalette(dark_palette())


def follow_os_colour_scheme(app: QApplication) -> Callable[[Qt.ColorScheme], None]:
    """Use the dark palette whenever the OS asks for dark and the platform gives a light one.

    Platforms with a dark palette of their own (Windows 11, KDE, GNOME with a Qt theme) already
    switch by themselves; this covers the rest, at start and whenever the OS switches.
    Returns the slot connected to the OS's signal.

    The app calls it just after the window's first paint: the OS's scheme is an enum of Qt's
    namespace, which the first paint does not wait for (see `ui.qt_values`). Where the OS is
    dark and the platform's palette light, the first frame is therefore light.
    """
    from PySide6.QtCore import Qt

    original = QPalette(app.palette())

    def apply(scheme: Qt.ColorScheme) -> None:
        """Match the palette to the OS's colour scheme."""
        if (
            scheme == Qt.ColorScheme.Dark
            and original.color(QPalette.ColorRole.Window).lightness() >= 128
        ):
            app.setPalette(dark_palette())
        else:
            app.setPalette(original)

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(apply)
    apply(hints.colorScheme())
    return apply


def is_dark(widget: QWidget) -> bool:
    """Tell whether a widget is drawn on a dark background."""
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


class ProblemLabel(QLabel):
    """A label for what is wrong or missing, in a red that reads on light and dark windows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._recolour()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a switch between light and dark palettes."""
        if event.type() == QEvent.Type.PaletteChange:
            self._recolour()
        super().changeEvent(event)

    def _recolour(self) -> None:
        """Pick the red for the current background."""
        colour = QColor("#f28b82" if is_dark(self) else "#b3261e")
        palette = self.palette()
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.setPalette(palette)


# Palette references keep these rules right in light and dark mode alike.
STYLE_SHEET = """
QListWidget#navigation, QListView#steps { background: transparent; border: none; }
QListWidget#navigation { padding: 8px 6px; }
QListView#steps { padding: 10px 4px; }
QListView#steps QScrollBar:vertical { width: 8px; background: transparent; margin: 0; }
QListView#steps QScrollBar::handle:vertical {
    background: palette(mid); border-radius: 4px; min-height: 24px;
}
QListView#steps QScrollBar::add-line, QListView#steps QScrollBar::sub-line { height: 0; }
QListView#steps QScrollBar::add-page, QListView#steps QScrollBar::sub-page { background: none; }
QListWidget#navigation::item, QListView#steps::item {
    padding: 5px 8px; border-radius: 5px; color: palette(window-text);
}
QListWidget#navigation::item:selected, QListView#steps::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
QListView#steps::item:disabled { color: palette(placeholder-text); }
QFrame#triggerCard {
    background: palette(base); border: 1px solid palette(mid); border-radius: 6px;
}
QLabel#blockedReason {
    border: 1px solid palette(mid); border-radius: 6px; padding: 8px 10px;
    background: palette(base);
}
QLabel#workspaceNotice { background: palette(alternate-base); }
"""


def apply_style(app: QApplication) -> None:
    """Give the app its few style rules on top of the platform's own style."""
    app.setStyleSheet(STYLE_SHEET)
