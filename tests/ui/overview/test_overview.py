"""The Overview: its tiles and bars open the reviews list narrowed to what they counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.decision import Outcome
from reviewer.report.model import Person
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from ui.content import load_content
from ui.main_window import MainWindow
from ui.overview.charts import ChartBar, HorizontalBarChart
from ui.overview.screen import last_months

pytestmark = pytest.mark.gui

PROHIBITED = {
    "org_type": "police",
    "uses_camera": True,
    "camera_type": "body",
    "functions": ["identify"],
    "warrant": False,
}
OFFICER = Person(name="Olive Officer", email="olive@example.org")


@pytest.fixture
def window(qtbot: Any, shipped_resources: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """Return the main window on the Overview, its figures read, over three reviews.

    Two are prohibited uses (one of them rejected), the third a minimal one.
    """
    content = load_content()
    assert content.questionnaire is not None
    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'overview.sqlite'}",
        questionnaire=content.questionnaire,
        packs=content.packs,
    )
    rejected = service.create_review("Face search", "City police", PROHIBITED).review.reference
    service.create_review("Body cameras", "Town police", PROHIBITED)
    service.create_review("Chat assistant", "Bakery", {"org_type": "company"})
    service.decide(rejected, Outcome.REJECT, "Prohibited use.", decider=OFFICER)
    window = MainWindow(content, service=service)
    qtbot.add_widget(window)
    window.resize(1280, 800)
    assert window.overview is not None
    with qtbot.wait_signal(window.overview.refreshed, timeout=10_000):
        window.show()
    yield window
    window.close()
    service.close()


def _shown_titles(window: MainWindow) -> set[str]:
    """Return the titles the reviews list shows."""
    assert window.reviews is not None
    model = window.reviews.list_page.model
    return {model.summary(row).title for row in range(model.rowCount())}


def test_the_overview_is_the_first_screen_and_counts(window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None
    assert window.stack.currentWidget() is overview
    assert window.navigation.item(0).text() == "Overview"
    assert overview.tiles["awaiting_decision"].count == 2
    assert overview.tiles["awaiting_decision"].accessibleName() == "Awaiting decision: 2"
    # No signing identity is chosen, so nothing is "mine": no count, and a way to fix it.
    mine = overview.tiles["awaiting_my_approval"]
    assert mine.count is None and not mine.isEnabled()
    assert "Settings" in mine.toolTip()
    assert [b.bar.count for b in overview.outcomes.bars] == [1]


def test_clicking_a_bar_shows_the_reviews_it_counted(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None and window.reviews is not None
    bar = overview.outcomes.bar(Outcome.REJECT)
    assert bar is not None and bar.accessibleName() == "Reject: 1"
    with qtbot.wait_signal(overview.focus_requested):
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reviews
    page = window.reviews.list_page
    assert _shown_titles(window) == {"Face search"}
    assert page.focus_label.isVisible()
    assert page.focus_label.text() == "Showing: Decided: Reject"

    # The month column's prohibited segment, opened from the keyboard.
    window.show_page("Overview")
    month = last_months(date.today())[-1]
    segment = overview.months.bar((month, Verdict.PROHIBITED))
    assert segment is not None and segment.bar.count == 2
    segment.setFocus()
    with qtbot.wait_signal(overview.focus_requested):
        qtbot.keyClick(segment, Qt.Key.Key_Return)
    assert _shown_titles(window) == {"Face search", "Body cameras"}
    assert page.verdict_filter.currentData() == Verdict.PROHIBITED

    # Show all reviews widens the list again.
    qtbot.mouseClick(page.clear_focus, Qt.MouseButton.LeftButton)
    assert _shown_titles(window) == {"Face search", "Body cameras", "Chat assistant"}
    assert not page.focus_label.isVisible()


def test_clicking_a_tile_shows_the_reviews_it_counted(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None and window.reviews is not None
    tile = overview.tiles["awaiting_decision"]
    with qtbot.wait_signal(overview.focus_requested):
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.reviews
    assert _shown_titles(window) == {"Body cameras", "Chat assistant"}
    assert window.reviews.list_page.count_label.text() == "2 reviews"

    window.show_page("Overview")
    with qtbot.wait_signal(overview.focus_requested):
        qtbot.mouseClick(overview.tiles["suspended"], Qt.MouseButton.LeftButton)
    page = window.reviews.list_page
    assert page.status_filter.currentText() == "Suspended, pending re-review"
    assert _shown_titles(window) == set()
    assert page.body.currentWidget() is page.no_match


def test_a_refresh_follows_the_store(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None and window.service is not None
    window.service.create_review("New one", "Shop", {"org_type": "company"})
    with qtbot.wait_signal(overview.refreshed):
        qtbot.mouseClick(overview.refresh_button, Qt.MouseButton.LeftButton)
    assert overview.tiles["awaiting_decision"].count == 3


def test_bars_are_sized_and_named(qtbot: Any) -> None:
    chart = HorizontalBarChart("Clauses", "None yet.")
    qtbot.add_widget(chart)
    chart.set_bars([ChartBar("a:one", 4, "a:one"), ChartBar("a:two", 1, "a:two")])
    assert [b.accessibleName() for b in chart.bars] == ["a:one: 4", "a:two: 1"]
    assert chart.empty.isHidden()
    chart.set_bars([])
    assert chart.bars == [] and not chart.empty.isHidden()
