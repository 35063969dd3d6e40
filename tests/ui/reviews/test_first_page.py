"""The first page drawn before the store opens: like the live list, then replaced by it."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.qtbot import QtBot

from reviewer.decision import Outcome
from reviewer.records import ReviewQuery
from reviewer.service import NewReview, ReviewService
from reviewer.service.first_page import first_page
from tests.helpers.content import OFFICER
from ui.main_window import LoadingPage, MainWindow
from ui.overview.recent import RECENT_ROWS, EarlyOverview
from ui.reviews.columns import STATUS, UPDATED
from ui.reviews.first_page import (
    SETTINGS_SCHEMA,
    FirstPageModel,
    Unsure,
    early_database,
    read_first_page,
)
from ui.reviews.list_model import SUSPENDED_COLOURS, ReviewListModel
from ui.settings.language import settings_file
from ui.settings.model import SCHEMA_VERSION, Settings, load_settings, save_settings
from ui.theme import INCOMPLETE_COLOURS

pytestmark = pytest.mark.gui

PROHIBITED = {
    "org_type": "police",
    "uses_camera": True,
    "camera_type": "body",
    "functions": ["identify"],
    "warrant": False,
}
UNFINISHED_HIGH = {"uses_camera": True, "functions": ["emotion"]}
"""Emotion inference fires a high clause; the deployer and the camera type are unanswered."""
PROVISIONAL_TIPS = (
    "Provisional: required questions are unanswered, and any of them could change the verdict.",
    "Provisional: required questions are unanswered; the verdict can only stay or become more"
    " serious.",
)
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
)


def fill(service: ReviewService, count: int) -> None:
    """Store reviews of every kind the list draws differently: verdicts, states, approvers."""
    for number in range(count):
        answers = PROHIBITED if number % 3 == 0 else {"org_type": "company"}
        change = service.create_review(
            f"Review {number:03d}",
            f"Applicant {number % 7}",
            answers if number % 5 else {},
            NewReview(approver="Bob <bob@example.org>" if number % 4 == 0 else ""),
        )
        if number % 6 == 1:
            service.decide(change.review.id, Outcome.APPROVE, "fine", decider=OFFICER)


def cell(model: Any, row: int, column: int, role: Qt.ItemDataRole) -> object:
    """Return a cell's data, with brushes and colours as colour names so they compare."""
    value = model.index(row, column).data(role)
    if isinstance(value, QBrush):
        return value.color().name()
    return value.name() if isinstance(value, QColor) else value


def suspend(database_file: str, title: str) -> None:
    """Make a decided review an approval whose re-review lapsed (approving needs signatures)."""
    with sqlite3.connect(database_file.removeprefix("sqlite:///")) as connection:
        connection.execute("UPDATE reviews SET status = 'approved' WHERE title = ?", (title,))
        connection.execute(
            "UPDATE revisions SET next_review = '2001-01-01' WHERE review_pk ="
            " (SELECT pk FROM reviews WHERE title = ?)",
            (title,),
        )
    connection.close()


def test_the_first_page_is_drawn_exactly_as_the_live_list(
    qtmodeltester: Any, service: ReviewService, database_file: str
) -> None:
    fill(service, 14)
    suspend(database_file, "Review 007")
    # A high clause fired while the required questions are unanswered: "At least: High".
    service.create_review("Unfinished", "Applicant 9", UNFINISHED_HIGH)
    page = first_page(database_file, 100)
    assert page is not None
    early = FirstPageModel(page)
    live = ReviewListModel(service)
    qtmodeltester.check(early)
    assert early.rowCount() == live.rowCount() == 15
    assert early.total == live.total == 15
    headers = [early.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [live.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    drawn = {cell(early, r, c, role) for r in range(15) for c in range(6) for role in ROLES}
    # Every kind of cell is there: verdicts, provisional ones in grey, states, colours, an
    # approver's tooltip.
    kinds = {"Prohibited use", "Minimal risk", "Decided", "Draft", "#9b1c1c", "#d7e3fc"}
    kinds |= {"Incomplete", "At least: High", INCOMPLETE_COLOURS[0], *PROVISIONAL_TIPS}
    assert kinds | {"Approver: Bob <bob@example.org>", "Suspended, pending re-review"} <= drawn
    suspended = [r for r in range(15) if live.summary(r).suspension]
    assert [early.row(r).title for r in suspended] == ["Review 007"]
    for row in range(15):
        for column in range(6):
            for role in ROLES:
                if row in suspended and (column, role) == (STATUS, Qt.ItemDataRole.ToolTipRole):
                    continue  # the reason is worded by the domain: the live list's alone
                assert cell(early, row, column, role) == cell(live, row, column, role), (
                    row,
                    column,
                    role,
                )
    background = cell(early, suspended[0], STATUS, Qt.ItemDataRole.BackgroundRole)
    assert background == SUSPENDED_COLOURS[0]
    assert early.index(0, 0).data(Qt.ItemDataRole.UserRole + 1) is None


def test_the_early_settings_reading_agrees_with_the_settings_model(tmp_path: Path) -> None:
    assert SETTINGS_SCHEMA == SCHEMA_VERSION
    assert early_database() is None and not settings_file().exists()
    for database in ("", str(tmp_path / "x.sqlite3"), "postgresql+psycopg://u@h/db"):
        save_settings(Settings(database=database, language="fr"))
        assert early_database() == (load_settings().database or None)
    for text in ("[]", "{", '{"schema_version": 99}', '{"schema_version": 1, "database": 3}'):
        settings_file().write_text(text, encoding="utf-8")
        with pytest.raises(Unsure):
            early_database()
    settings_file().write_text(json.dumps({"database_url": "x.sqlite3"}), encoding="utf-8")
    with pytest.raises(Unsure):  # version 0 is left to the settings model
        early_database()


def test_unsure_settings_mean_no_first_page(
    service: ReviewService, database_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(service, 2)
    monkeypatch.setenv("REVIEWER_DATABASE_URL", database_file)
    assert read_first_page() is not None
    settings_file().parent.mkdir(parents=True, exist_ok=True)
    settings_file().write_text("{not json", encoding="utf-8")
    assert read_first_page() is None


def test_the_window_opens_on_the_early_recent_reviews_then_the_live_ones(
    qtbot: QtBot,
    shipped_resources: Path,
    service: ReviewService,
    database_file: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """First paint: the Overview's recent reviews read with sqlite3, marked; then the live ones."""
    from ui.startup import DeskStartup

    fill(service, 9)
    monkeypatch.setenv("REVIEWER_DATABASE_URL", database_file)
    page = read_first_page(RECENT_ROWS)
    assert page is not None and len(page.rows) == RECENT_ROWS
    window = MainWindow()
    qtbot.add_widget(window)
    window.resize(1280, 800)
    early = EarlyOverview(page, window)
    assert window.show_early("Overview", early)
    window.show()
    qtbot.wait_exposed(window)
    # The first screen is the Overview, and its stand-in shows every early row.
    assert window.stack.currentWidget() is early
    table = early.recent.table
    assert early.recent.refreshing.isVisible() and table.isVisible()
    assert table.model().rowCount() == RECENT_ROWS
    last = table.visualRect(table.model().index(RECENT_ROWS - 1, 0))
    assert last.isValid() and last.bottom() <= table.viewport().height()
    assert table.model().index(0, 1).data() == "Review 008"
    assert not table.horizontalHeader().isSortIndicatorShown()  # not sortable: no arrow
    assert isinstance(window.pages["Reviews"], LoadingPage)  # no stand-in for the hidden list
    # Changed elsewhere after the early rows were read: the live rows show the change.
    newest = service.list_reviews(ReviewQuery(limit=1))[0]
    service.update_details(newest.id, title="Renamed since")
    startup = DeskStartup(window, with_content=False)
    with qtbot.wait_signal(startup.finished, timeout=30_000):
        startup.start()
    overview = window.overview
    assert overview is not None and window.stack.currentWidget() is overview
    assert window.pages["Overview"] is overview
    assert not window.show_early("Overview", EarlyOverview(page, window))  # the live one stays
    recent = overview.recent
    assert recent.table.isVisible()
    header = recent.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == UPDATED
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert recent.model.index(0, 1).data() == "Renamed since"
    assert [recent.review_id(r) for r in range(RECENT_ROWS)] == [row.id for row in page.rows]
    # The Reviews screen has its own live list, as before.
    reviews = window.reviews
    assert reviews is not None and window.pages["Reviews"] is reviews
    model = reviews.list_page.model
    assert model.rowCount(QModelIndex()) == 9
    assert model.index(0, 1).data() == "Renamed since"
    qtbot.wait_until(lambda: overview.job is None, timeout=30_000)
    window.close()
    assert startup.service is not None
    startup.service.close()


def test_listed_is_said_only_for_rows_on_the_current_screen(
    qtbot: QtBot, service: ReviewService, database_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.app import _early_rows_on_screen, _show_early_page

    window = MainWindow()
    qtbot.add_widget(window)
    monkeypatch.setenv("REVIEWER_DATABASE_URL", database_file)
    assert _show_early_page(window) is None  # no review yet: nothing early
    fill(service, 3)
    stand_in = _show_early_page(window)
    assert stand_in is not None
    assert _early_rows_on_screen(window, stand_in) is None  # not painted yet
    window.show()
    qtbot.wait_exposed(window)
    assert _early_rows_on_screen(window, stand_in) == 3
    window.show_page("Settings")
    assert _early_rows_on_screen(window, stand_in) is None
