"""The app follows the OS's light or dark colour scheme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ui.style import follow_os_colour_scheme

pytestmark = pytest.mark.gui


def window_lightness(app: QApplication) -> int:
    return app.palette().color(QPalette.ColorRole.Window).lightness()


def test_dark_os_scheme_gives_a_dark_palette_and_light_gives_it_back(qapp: QApplication) -> None:
    before = QPalette(qapp.palette())
    hints = qapp.styleHints()
    try:
        slot = follow_os_colour_scheme(qapp)
        # The offscreen platform has no OS scheme to switch, so the OS's signal is sent here.
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert window_lightness(qapp) < 128
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert window_lightness(qapp) >= 128
    finally:
        hints.colorSchemeChanged.disconnect(slot)
        qapp.setPalette(before)
