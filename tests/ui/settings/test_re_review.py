"""Settings: the months until re-review by verdict, the decision's default next-review date."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reviewer.followup import ReReviewIntervals
from ui.settings.model import Settings, load_settings, save_settings
from ui.settings.screen import SettingsScreen

pytestmark = pytest.mark.gui


def test_months_until_re_review_are_saved_and_announced(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    screen = SettingsScreen(load_settings(path), path=path)
    qtbot.add_widget(screen)
    assert screen.re_review["high"].value() == 12
    screen.re_review["high"].setValue(6)
    with qtbot.wait_signal(screen.settings_saved) as saved:
        screen.re_review["high"].editingFinished.emit()
    assert saved.args[0].re_review == ReReviewIntervals(high=6)
    assert load_settings(path).re_review.high == 6


def test_settings_written_before_re_review_existed_still_load(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 1, "language": "fr"}', encoding="utf-8")
    loaded = load_settings(path)
    assert loaded.language == "fr" and loaded.re_review == ReReviewIntervals()
