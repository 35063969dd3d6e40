"""The Overview: its tiles and bars open the reviews list narrowed to what they counted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChartView
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from reviewer.decision import Outcome
from reviewer.report.model import Person
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from ui.content import load_content
from ui.main_window import MainWindow
from ui.overview.charts import ChartBar, HorizontalBarChart, MonthColumn, StackedColumnChart
from ui.overview.screen import last_months
from ui.theme import dark_palette

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


def _series(view: QChartView) -> QAbstractBarSeries:
    """Return the one bar series a chart view draws."""
    (series,) = view.chart().series()
    assert isinstance(series, QAbstractBarSeries)
    return series


def _on_bar(view: QChartView, point: QPointF) -> QPoint:
    """Return where a point of the chart's values lands in the view's viewport."""
    chart = view.chart()
    scene = chart.mapToScene(chart.mapToPosition(point, _series(view)))
    return view.mapFromScene(scene)


def _category(view: QChartView, name: str) -> int:
    """Return where a name sits on a horizontal chart's axis of names, counted from the bottom."""
    (axis,) = view.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QBarCategoryAxis)
    return list(axis.categories()).index(name)


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
    assert [b.count for b in overview.outcomes.bars] == [1]
    assert overview.outcomes.accessibleName() == "Decisions by outcome"
    assert overview.outcomes.chart().title() == "Decisions by outcome"
    assert overview.outcomes.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_clicking_a_bar_shows_the_reviews_it_counted(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None and window.reviews is not None
    chart = overview.outcomes
    bar = chart.bar(Outcome.REJECT)
    assert bar is not None and bar.name == "Reject: 1"
    # The only bar, drawn on top of room for the four outcomes; click its middle.
    assert _category(chart, "Reject") == len(Outcome) - 1
    where = _on_bar(chart, QPointF(bar.count / 2, _category(chart, "Reject")))
    with qtbot.wait_signal(overview.focus_requested):
        QTest.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.stack.currentWidget() is window.reviews
    page = window.reviews.list_page
    assert _shown_titles(window) == {"Face search"}
    assert page.focus_label.isVisible()
    assert page.focus_label.text() == "Showing: Decided: Reject"

    # This month's column: the minimal review at the bottom, the two prohibited ones on top.
    window.show_page("Overview")
    months = overview.months
    month = last_months(date.today())[-1]
    prohibited = months.bar((month, Verdict.PROHIBITED))
    assert prohibited is not None and prohibited.count == 2
    where = _on_bar(months, QPointF(len(last_months(date.today())) - 1, 1 + 2 / 2))
    with qtbot.wait_signal(overview.focus_requested):
        QTest.mouseClick(months.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert _shown_titles(window) == {"Face search", "Body cameras"}
    assert page.verdict_filter.currentData() == Verdict.PROHIBITED
    assert page.focus_label.text() == f"Showing: {prohibited.name}"

    # Show all reviews widens the list again.
    qtbot.mouseClick(page.clear_focus, Qt.MouseButton.LeftButton)
    assert _shown_titles(window) == {"Face search", "Body cameras", "Chat assistant"}
    assert not page.focus_label.isVisible()


def test_the_keyboard_moves_between_bars_and_opens_one(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None and window.reviews is not None
    months = overview.months
    month = last_months(date.today())[-1]
    minimal = months.bar((month, Verdict.MINIMAL))
    prohibited = months.bar((month, Verdict.PROHIBITED))
    assert minimal is not None and prohibited is not None
    assert prohibited.name.startswith("Prohibited use, ") and prohibited.name.endswith(": 2")
    months.setFocus()
    qtbot.wait_until(months.hasFocus)
    # The focus lands on the first bar, framed, and the view names it for a screen reader.
    assert months.accessibleName() == "Verdicts by month"
    assert months.accessibleDescription() == minimal.name == months.toolTip()
    assert months.frame.isVisible()
    first = months.frame.rect()
    qtbot.keyClick(months, Qt.Key.Key_Right)
    assert months.accessibleDescription() == prohibited.name == months.toolTip()
    assert months.frame.rect().center().y() < first.center().y()  # stacked on top
    qtbot.keyClick(months, Qt.Key.Key_Right)  # the last bar stays highlighted
    assert months.accessibleDescription() == prohibited.name
    qtbot.keyClick(months, Qt.Key.Key_Left)
    assert months.accessibleDescription() == minimal.name
    qtbot.keyClick(months, Qt.Key.Key_Right)
    with qtbot.wait_signal(overview.focus_requested):
        qtbot.keyClick(months, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.reviews
    assert _shown_titles(window) == {"Face search", "Body cameras"}
    assert window.reviews.list_page.verdict_filter.currentData() == Verdict.PROHIBITED

    # Space opens the highlighted bar too, here of a horizontal chart moved with Down.
    window.show_page("Overview")
    chart = HorizontalBarChart("Clauses", "None yet.")
    qtbot.add_widget(chart)
    chart.set_bars([ChartBar("a:one", 4, "a:one"), ChartBar("a:two", 1, "a:two")])
    opened: list[object] = []
    chart.bar_activated.connect(opened.append)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert chart.accessibleDescription() == "a:two: 1"
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Space)
    assert opened == ["a:one"]


def test_a_bar_names_itself_under_the_mouse(qtbot: Any, window: MainWindow) -> None:
    overview = window.overview
    assert overview is not None
    chart = overview.outcomes
    assert chart.toolTip() == ""  # nothing highlighted yet
    # Start from a corner, so that moving onto the bar is a move whatever the cursor's place.
    QTest.mouseMove(chart.viewport(), QPoint(2, 2))
    QTest.mouseMove(chart.viewport(), _on_bar(chart, QPointF(0.5, _category(chart, "Reject"))))
    qtbot.wait_until(lambda: chart.toolTip() == "Reject: 1")
    QTest.mouseMove(chart.viewport(), QPoint(2, 2))
    qtbot.wait_until(lambda: chart.toolTip() == "")


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
    # The charts are drawn again from the new counts: a second minimal review this month.
    month = last_months(date.today())[-1]
    minimal = overview.months.bar((month, Verdict.MINIMAL))
    assert minimal is not None and minimal.count == 2
    series = _series(overview.months)
    (minimal_set,) = [s for s in series.barSets() if s.label() == "Minimal risk"]
    assert minimal_set.at(len(last_months(date.today())) - 1) == 2


def test_bars_are_drawn_named_and_redrawn(qtbot: Any) -> None:
    chart = HorizontalBarChart("Clauses", "None yet.")
    qtbot.add_widget(chart)
    chart.set_bars([ChartBar("a:one", 4, "a:one"), ChartBar("a:two", 1, "a:two")])
    assert [b.name for b in chart.bars] == ["a:one: 4", "a:two: 1"]
    assert chart.empty.isHidden()
    # The first bar is read first, so it sits on top: the last category of the axis.
    (bar_set,) = _series(chart).barSets()
    assert [bar_set.at(i) for i in range(bar_set.count())] == [1, 4]
    chart.move_highlight(1)
    assert chart.accessibleDescription() == "a:two: 1" == chart.toolTip()
    chart.set_bars([ChartBar("a:three", 7, "a:three")])
    (bar_set,) = _series(chart).barSets()
    assert [bar_set.at(i) for i in range(bar_set.count())] == [7]
    assert chart.accessibleDescription() == "a:three: 7"  # the highlight stays in range
    chart.set_bars([])
    assert chart.bars == [] and not chart.empty.isHidden()
    assert chart.accessibleDescription() == ""


def test_columns_stack_in_their_colours_with_a_legend(qtbot: Any) -> None:
    chart = StackedColumnChart("Verdicts", "None yet.")
    qtbot.add_widget(chart)
    green, red = ("#2e7d32", "#ffffff"), ("#9b1c1c", "#ffffff")
    low, high = ChartBar("Low", 3, ("m2", "low"), green), ChartBar("High", 1, ("m2", "h"), red)
    chart.set_columns(
        [MonthColumn("m1", ()), MonthColumn("m2", (low, high))], [("Low", green), ("High", red)]
    )
    sets = _series(chart).barSets()
    assert [(s.label(), s.color().name(), s.at(0), s.at(1)) for s in sets] == [
        ("Low", green[0], 0, 3),
        ("High", red[0], 0, 1),
    ]
    assert chart.chart().legend().isVisible()
    assert chart.bars == [low, high]
    assert chart.chart().animationOptions() == chart.chart().AnimationOption.NoAnimation


def test_the_chart_takes_its_colours_from_the_palette(qtbot: Any) -> None:
    chart = HorizontalBarChart("Clauses", "None yet.")
    qtbot.add_widget(chart)
    chart.set_bars([ChartBar("a:one", 4, "a:one")])
    chart.setPalette(dark_palette())
    text = dark_palette().color(QPalette.ColorRole.WindowText)
    assert chart.chart().backgroundBrush().color() == dark_palette().color(QPalette.ColorRole.Base)
    assert chart.chart().titleBrush().color() == text
    assert all(axis.labelsColor() == text for axis in chart.chart().axes())
    assert chart.frame.pen().color() == text


def test_long_labels_lose_their_middle_and_follow_the_width(qtbot: Any) -> None:
    chart = HorizontalBarChart("Clauses", "None yet.", rows=3)
    qtbot.add_widget(chart)
    chart.resize(400, 300)
    with qtbot.wait_exposed(chart):
        chart.show()
    name = "eu-ai-act:art-26-11-inform-the-affected-people-of-the-decision"
    chart.set_bars([ChartBar(name, 2, name), ChartBar("short", 1, "short")])
    (axis,) = chart.chart().axes(Qt.Orientation.Vertical)
    assert isinstance(axis, QBarCategoryAxis)
    # Three rows, bottom first: one blank, then the bars in reverse, the first one on top.
    blank, short, cut = axis.categories()
    assert blank.strip() == "" and short == "short"
    assert cut.startswith("eu-ai-act:") and cut.endswith("decision") and "\u2026" in cut
    narrow = chart.fontMetrics().horizontalAdvance(cut)
    chart.resize(800, 300)
    wide = axis.categories()[2]
    assert len(wide) > len(cut) and chart.fontMetrics().horizontalAdvance(wide) > narrow
    assert chart.bars[0].name == f"{name}: 2"  # the whole name is still read out
