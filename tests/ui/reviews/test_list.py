"""The reviews list: lazy model, search and filters, sorting, empty state, opening a review."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from tests.helpers.desk import fill_new_review
from ui.reviews.list_model import TITLE, UPDATED, VERDICT, ReviewListModel
from ui.theme import INCOMPLETE_COLOURS, verdict_colours

pytestmark = pytest.mark.gui
TRANSLATIONS = Path(__file__).resolve().parents[3] / "resources" / "translations"

PROHIBITED = {
    "org_type": "police",
    "uses_camera": True,
    "camera_type": "body",
    "functions": ["identify"],
    "warrant": False,
}


def fill(service: ReviewService, count: int) -> None:
    """Store some reviews, every third one a prohibited police use."""
    for number in range(count):
        answers = PROHIBITED if number % 3 == 0 else {"org_type": "company"}
        service.create_review(f"Review {number:03d}", f"Applicant {number % 7}", answers)


def test_model_passes_the_model_tester(qtmodeltester: Any, service: ReviewService) -> None:
    """The lazily filled table model is a well-behaved Qt model."""
    fill(service, 12)
    model = ReviewListModel(service, page_size=5)
    qtmodeltester.check(model)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_model_fetches_more_pages_lazily(service: ReviewService) -> None:
    """Only the first page is read up front; the rest arrives page by page."""
    fill(service, 23)
    model = ReviewListModel(service, page_size=10)
    assert model.total == 23
    assert model.rowCount() == 10
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 20
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 23
    assert not model.canFetchMore(QModelIndex())
    assert len({model.summary(row).id for row in range(23)}) == 23


def test_view_scrolling_fetches_more(qtbot: Any, reviews_screen: Any) -> None:
    """Scrolling to the bottom of the table makes the view fetch the next page."""
    service = reviews_screen.service
    fill(service, 130)
    page = reviews_screen.list_page
    page.refresh()
    model = page.model
    assert model.rowCount() == 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 130)


def test_verdict_has_colour_and_text(service: ReviewService) -> None:
    """The verdict column says the verdict in words and colours its cell."""
    fill(service, 1)
    model = ReviewListModel(service)
    index = model.index(0, VERDICT)
    assert model.data(index) == "Prohibited use"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == "#9b1c1c"


def test_sorting_by_title_and_by_oldest(service: ReviewService) -> None:
    """Sorting works on every column, including oldest-first from the store."""
    fill(service, 15)
    model = ReviewListModel(service, page_size=4)
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 4  # the store sorts; the rows still arrive a page at a time
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    titles = [model.summary(row).title for row in range(model.rowCount())]
    assert titles == sorted(titles, reverse=True) and len(titles) == 15
    model.sort(UPDATED, Qt.SortOrder.AscendingOrder)
    assert model.summary(0).title == "Review 000"
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert [model.summary(r).title for r in range(15)] == [f"Review {n:03d}" for n in range(15)]


def test_search_and_filters(qtbot: Any, reviews_screen: Any) -> None:
    """Typing a search and choosing filters narrows the list; no match says so."""
    fill(reviews_screen.service, 9)
    page = reviews_screen.list_page
    page.refresh()
    assert page.model.total == 9
    with qtbot.wait_signal(page.model.modelReset):
        qtbot.keyClicks(page.search, "Review 004")
    assert [page.model.summary(r).title for r in range(page.model.rowCount())] == ["Review 004"]
    page.search.clear()
    page.apply_filters()
    page.verdict_filter.setCurrentIndex(page.verdict_filter.findData(Verdict.PROHIBITED))
    assert page.model.total == 3
    page.status_filter.setCurrentIndex(page.status_filter.findData(ReviewStatus.AWAITING_APPROVAL))
    assert page.model.total == 0
    assert page.body.currentWidget() is page.no_match


def test_empty_state_offers_new_review(qtbot: Any, reviews_screen: Any, dialog_calls: Any) -> None:
    """An empty database shows the empty state; New review creates and opens a review."""
    page = reviews_screen.list_page
    assert page.body.currentWidget() is page.empty
    dialog_calls.dialog_steps.append(fill_new_review("Body cams", "City police"))
    with qtbot.wait_signal(reviews_screen.review_opened):
        qtbot.mouseClick(page.empty_new, Qt.MouseButton.LeftButton)
    assert reviews_screen.workspace is not None
    assert reviews_screen.service.count_reviews() == 1


def test_load_sample_reviews(qtbot: Any, tmp_path: Any) -> None:
    """Load sample reviews imports the shipped examples off the UI thread."""
    from ui.reviews.screen import ReviewsScreen

    with ReviewService.open(f"sqlite:///{tmp_path / 'samples.sqlite'}") as service:
        screen = ReviewsScreen(service)
        qtbot.add_widget(screen)
        screen.show()
        with qtbot.wait_signal(screen.samples_loaded, timeout=30_000) as loaded:
            qtbot.mouseClick(screen.list_page.load_samples, Qt.MouseButton.LeftButton)
        assert loaded.args[0] >= 10
        assert screen.list_page.model.total == loaded.args[0]
        assert screen.list_page.body.currentWidget() is screen.list_page.table


def test_enter_and_double_click_open_a_review(qtbot: Any, reviews_screen: Any) -> None:
    """A review opens from the keyboard (Enter) and with a double click."""
    fill(reviews_screen.service, 3)
    page = reviews_screen.list_page
    page.refresh()
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(1, 0))
    with qtbot.wait_signal(reviews_screen.review_opened) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args[0] == page.model.summary(1).reference
    reviews_screen.show_list()
    rect = page.table.visualRect(page.model.index(2, 0))
    # QTest's double click needs the press of a first click before it, as a real one has.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.wait_signal(reviews_screen.review_opened) as opened:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args[0] == page.model.summary(2).reference
    # The review opened on the press, so the list is hidden and QTest's release was lost there;
    # the window under the cursor gets it, as it would from a real mouse.
    qtbot.mouseRelease(reviews_screen, Qt.MouseButton.LeftButton, pos=rect.center())


def test_awaiting_my_approval_without_an_identity_says_how_to_get_one(
    qtbot: Any, reviews_screen: Any
) -> None:
    """Without a signing identity nothing is "mine": the list says to choose one in Settings."""
    from ui.reviews.list_page import AWAITING_MINE

    fill(reviews_screen.service, 2)
    page = reviews_screen.list_page
    page.refresh()
    page.status_filter.setCurrentIndex(page.status_filter.findData(AWAITING_MINE))
    assert page.model.rowCount() == 0
    assert page.body.currentWidget() is page.no_match
    assert "Choose your signing identity in Settings" in page.no_match.text()
    page.status_filter.setCurrentIndex(0)
    assert page.model.total == 2
    assert page.no_match.text() == "No review matches the search and filters."


UNFINISHED_HIGH = {"uses_camera": True, "functions": ["emotion"]}
"""Emotion inference fires a high clause; the deployer and the camera type are unanswered."""


def _verdict_cells(page: Any) -> dict[str, tuple[str, str]]:
    """Return each listed review's verdict text and cell colour, by title."""
    model = page.model
    cells = {}
    for row in range(model.rowCount()):
        index = model.index(row, VERDICT)
        background = model.data(index, Qt.ItemDataRole.BackgroundRole)
        cells[model.summary(row).title] = (model.data(index), background.color().name())
    return cells


def test_the_list_marks_provisional_verdicts_as_the_badge_does(
    qtbot: Any, reviews_screen: Any
) -> None:
    """Unfinished drafts read "Incomplete" in grey or "At least: High"; complete ones, final."""
    service = reviews_screen.service
    blank = service.create_review("Blank draft", "Applicant", {}).review
    high = service.create_review("Emotion so far", "Applicant", UNFINISHED_HIGH).review
    service.create_review("Finished", "Applicant", PROHIBITED)
    page = reviews_screen.list_page
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert _verdict_cells(page) == {
        "Blank draft": ("Incomplete", INCOMPLETE_COLOURS[0]),
        "Emotion so far": ("At least: High", verdict_colours(Verdict.HIGH)[0]),
        "Finished": ("Prohibited use", verdict_colours(Verdict.PROHIBITED)[0]),
    }
    tips = {
        page.model.summary(r).title: page.model.index(r, VERDICT).data(Qt.ItemDataRole.ToolTipRole)
        for r in range(3)
    }
    assert tips["Blank draft"] is not None and "could change the verdict" in tips["Blank draft"]
    assert (
        tips["Emotion so far"] is not None
        and "only stay or become more serious" in (tips["Emotion so far"])
    )
    assert tips["Finished"] is None
    table = page.table
    assert table.isVisible()
    row = next(r for r in range(3) if page.model.summary(r).id == blank.id)
    assert table.visualRect(page.model.index(row, VERDICT)).isValid()

    service.set_answer(blank.id, "org_type", "company")
    service.set_answer(high.id, "org_type", "company")
    service.set_answer(high.id, "camera_type", "fixed")
    page.refresh()
    qtbot.waitUntil(lambda: _verdict_cells(page)["Blank draft"][0] == "Minimal risk")
    assert _verdict_cells(page)["Emotion so far"] == ("High risk", verdict_colours(Verdict.HIGH)[0])


def test_provisional_verdicts_in_french(qapp: Any, shipped_resources: Path, service: Any) -> None:
    """The same marks, in the interface language."""
    from ui.i18n import install_language

    (shipped_resources / "translations").symlink_to(TRANSLATIONS)
    service.create_review("Blank draft", "Applicant", {})
    service.create_review("Emotion so far", "Applicant", UNFINISHED_HIGH)
    assert install_language(qapp, "fr")
    try:
        model = ReviewListModel(service)
        texts = {model.summary(r).title: model.index(r, VERDICT).data() for r in range(2)}
        tips = {model.index(r, VERDICT).data(Qt.ItemDataRole.ToolTipRole) for r in range(2)}
    finally:
        install_language(qapp, "en")
    assert texts == {"Blank draft": "Incomplet", "Emotion so far": "Au moins : Élevé"}
    assert all(tip.startswith("Provisoire : des questions obligatoires") for tip in tips)
