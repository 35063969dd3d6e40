"""The reviews list's Export…: the register of the listed reviews, written off the UI thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from reviewer.service import ReviewService
from reviewer.severity import Verdict
from tests.ui.conftest import DialogCalls

pytestmark = pytest.mark.gui

PROHIBITED = {
    "org_type": "police",
    "uses_camera": True,
    "camera_type": "body",
    "functions": ["identify"],
    "warrant": False,
}


def _fill(service: ReviewService) -> None:
    service.create_review("Face search", "City police", PROHIBITED)
    service.create_review("Body cameras", "Town police", PROHIBITED)
    service.create_review("Chat assistant", "Bakery", {"org_type": "company"})


def test_export_writes_the_listed_reviews_as_xlsx(
    qtbot: Any, reviews_screen: Any, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    _fill(reviews_screen.service)
    page = reviews_screen.list_page
    page.refresh()
    page.verdict_filter.setCurrentIndex(page.verdict_filter.findData(Verdict.PROHIBITED))
    assert page.model.total == 2
    out = tmp_path / "register.xlsx"
    dialog_calls.saves.append(out)
    with qtbot.wait_signal(page.exporter.exported, timeout=10_000) as exported:
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
        assert page.export_busy.isVisible() and not page.export_button.isEnabled()
    assert exported.args[0] == 2
    assert not page.export_busy.isVisible() and page.export_button.isEnabled()
    assert page.count_label.text() == "Exported 2 reviews to register.xlsx"
    sheet = load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    titles = {row[rows[0].index("title")] for row in rows[1:]}
    assert titles == {"Face search", "Body cameras"}


def test_export_as_json_follows_an_overview_focus(
    qtbot: Any, reviews_screen: Any, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    from ui.reviews.focus import ReviewFocus

    _fill(reviews_screen.service)
    page = reviews_screen.list_page
    page.show_focus(ReviewFocus("Awaiting decision", {"awaiting_decision": True}))
    out = tmp_path / "register.json"
    dialog_calls.saves.append(out)
    with qtbot.wait_signal(page.exporter.exported, timeout=10_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["reviews"]) == 3


def test_an_unwritable_path_or_unknown_ending_is_said_and_writes_nothing(
    qtbot: Any, reviews_screen: Any, dialog_calls: DialogCalls, tmp_path: Path
) -> None:
    page = reviews_screen.list_page
    dialog_calls.saves.append(tmp_path / "register.txt")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert dialog_calls.errors and "register.txt" in dialog_calls.errors[-1][1]
    assert ".csv, .xlsx or .json" in dialog_calls.errors[-1][1]
    missing = tmp_path / "no such folder" / "register.csv"
    dialog_calls.saves.append(missing)
    with qtbot.wait_signal(page.exporter.failed, timeout=10_000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "no such folder" in dialog_calls.errors[-1][1]
    assert "Nothing was written" in dialog_calls.errors[-1][1]
    assert not missing.exists() and page.export_button.isEnabled()
