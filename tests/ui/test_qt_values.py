"""Qt's enum values as plain numbers: equal to the enums, and enough for the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from reviewer.service import ReviewService
from tests.helpers.desk import database_file, service
from ui import qt_values

__all__ = ["database_file", "service"]  # fixtures

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
import PySide6.QtCore as core
import ui.app as app

said = app._milestone

def milestone(what):
    if what.startswith("listed"):
        print("namespace at first paint:", "Qt" in vars(core), flush=True)
    said(what)

app._milestone = milestone
code = app.main(["--exit-when", "listed"])
print("namespace at exit:", "Qt" in vars(core), flush=True)
sys.exit(code)
"""
"""Starts the app as the start-up benchmark does, and says whether Qt's namespace was built."""


def test_each_number_is_its_enum() -> None:
    enums = {
        "DISPLAY_ROLE": Qt.ItemDataRole.DisplayRole,
        "TOOLTIP_ROLE": Qt.ItemDataRole.ToolTipRole,
        "BACKGROUND_ROLE": Qt.ItemDataRole.BackgroundRole,
        "FOREGROUND_ROLE": Qt.ItemDataRole.ForegroundRole,
        "ACCESSIBLE_TEXT_ROLE": Qt.ItemDataRole.AccessibleTextRole,
        "PLAIN_TEXT": Qt.TextFormat.PlainText,
        "TEXT_SELECTABLE_BY_MOUSE": Qt.TextInteractionFlag.TextSelectableByMouse,
        "SCROLL_BAR_ALWAYS_OFF": Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
        "ALIGN_LEFT": Qt.AlignmentFlag.AlignLeft,
        "ALIGN_BOTTOM": Qt.AlignmentFlag.AlignBottom,
        "ALIGN_CENTER": Qt.AlignmentFlag.AlignCenter,
    }
    numbers = {name: value for name, value in vars(qt_values).items() if name.isupper()}
    assert numbers == {name: enum.value for name, enum in enums.items()}


def test_the_numbers_reach_the_widgets(qtbot: QtBot) -> None:
    label = QLabel("<b>typed</b>")
    qtbot.add_widget(label)
    qt_values.plain_text(label)
    qt_values.set_qt_property(label, "alignment", qt_values.ALIGN_LEFT | qt_values.ALIGN_BOTTOM)
    qt_values.set_qt_property(label, "textInteractionFlags", qt_values.TEXT_SELECTABLE_BY_MOUSE)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
    table = QTableView()
    qtbot.add_widget(table)
    qt_values.no_scroll_bars(table)
    assert table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert table.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_a_property_qt_does_not_have_is_refused(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.add_widget(label)
    with pytest.raises(ValueError, match="QLabel has no Qt property 'alignement'"):
        qt_values.set_qt_property(label, "alignement", qt_values.ALIGN_CENTER)


@pytest.mark.slow
def test_the_first_paint_does_not_build_qts_namespace(
    service: ReviewService, database_file: str
) -> None:
    """The early rows are on screen before PySide6 builds the Qt namespace's 93 enums."""
    for number in range(3):
        service.create_review(f"Review {number}", "Applicant", {})
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_DATABASE_URL": database_file},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "reviewer-desk: listed 3" in result.stdout
    assert "namespace at first paint: False" in result.stdout, result.stdout
    assert "namespace at exit: True" in result.stdout  # so the probe can tell
