"""The Overview's recent reviews: the reviews list's first rows, each opening its review."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reviewer.records import ReviewQuery
from reviewer.service import ReviewService
from tests.helpers.desk import database_file, service
from ui.main_window import MainWindow
from ui.overview.recent import RECENT_ROWS, TILE_CAPTIONS, RecentReviews
from ui.reviews.list_model import SUMMARY_ROLE, ReviewListModel

__all__ = ["database_file", "service"]
pytestmark = pytest.mark.gui

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    SUMMARY_ROLE,
)


def _fill(service: ReviewService, count: int) -> None:
    for number in range(count):
        answers = {"org_type": "company"} if number % 2 else {}
        service.create_review(f"Review {number:02d}", f"Applicant {number % 3}", answers)


def _cell(model: Any, row: int, column: int, role: int) -> object:
    value = model.index(row, column).data(role)
    return value.color().name() if hasattr(value, "color") else value


@pytest.fixture
def window(qtbot: QtBot, service: ReviewService) -> Iterator[MainWindow]:
    """Return a window on the Overview over twelve stored reviews, its figures read."""
    _fill(service, 12)
    window = MainWindow()
    qtbot.add_widget(window)
    window.resize(1280, 800)
    window.open_store(service)
    overview = window.overview
    assert overview is not None
    with qtbot.wait_signal(overview.refreshed, timeout=10_000):
        window.show()
    yield window
    qtbot.wait_until(lambda: overview.job is None, timeout=10_000)
    window.close()


def test_the_recent_rows_are_the_first_rows_of_the_list(
    qtbot: QtBot, qtmodeltester: Any, service: ReviewService
) -> None:
    _fill(service, 12)
    recent = RecentReviews(service)
    qtbot.add_widget(recent)
    qtmodeltester.check(recent.model)
    live = ReviewListModel(service)
    assert recent.model.rowCount() == RECENT_ROWS < live.rowCount() == 12
    assert not recent.model.canFetchMore(recent.model.index(0, 0).parent())
    columns = live.columnCount()
    assert recent.model.columnCount() == columns
    headers = [live.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)]
    assert [recent.model.headerData(c, Qt.Orientation.Horizontal) for c in range(columns)] == (
        headers
    )
    for row in range(RECENT_ROWS):
        for column in range(columns):
            for role in ROLES:
                assert _cell(recent.model, row, column, role) == _cell(live, row, column, role)
    assert recent.model.index(0, 1).data() == "Review 11"


def test_the_overview_shows_them_and_follows_the_store(
    window: MainWindow, service: ReviewService, qtbot: QtBot
) -> None:
    overview = window.overview
    assert overview is not None and window.stack.currentWidget() is overview
    recent = overview.recent
    assert recent.table.isVisible()
    last = recent.table.visualRect(recent.model.index(RECENT_ROWS - 1, 0))
    assert last.isValid() and last.bottom() <= recent.table.viewport().height()
    fourth = service.list_reviews(ReviewQuery(limit=4))[-1]
    service.update_details(fourth.id, title="Renamed since")
    assert recent.model.index(3, 1).data() == fourth.title
    with qtbot.wait_signal(overview.refreshed, timeout=10_000):
        overview.refresh_button.click()
    assert recent.model.index(3, 1).data() == "Renamed since"
    assert recent.review_id(3) == fourth.id


def test_enter_on_a_row_opens_that_review(window: MainWindow, qtbot: QtBot) -> None:
    overview, reviews = window.overview, window.reviews
    assert overview is not None and reviews is not None
    table = overview.recent.table
    wanted = overview.recent.review_id(2)
    table.setFocus()
    table.setCurrentIndex(table.model().index(2, 1))
    with qtbot.wait_signal(reviews.review_opened, timeout=10_000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is reviews
    assert reviews.workspace is not None and reviews.workspace.review_id == wanted
    assert reviews.currentWidget() is not reviews.list_page


def test_a_click_opens_a_review_and_all_reviews_shows_the_list(
    window: MainWindow, qtbot: QtBot
) -> None:
    overview, reviews = window.overview, window.reviews
    assert overview is not None and reviews is not None
    table = overview.recent.table
    wanted = overview.recent.review_id(0)
    centre = table.visualRect(table.model().index(0, 1)).center()
    with qtbot.wait_signal(reviews.review_opened, timeout=10_000):
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert reviews.workspace is not None and reviews.workspace.review_id == wanted
    window.show_page("Overview")
    qtbot.mouseClick(overview.recent.all_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is reviews
    assert reviews.currentWidget() is reviews.list_page
    assert reviews.list_page.model.rowCount() == 12


def test_the_early_overview_has_the_live_tiles(window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None
    assert [tile.caption for tile in overview.tiles.values()] == list(TILE_CAPTIONS)
