"""The reviews list shows a suspended approval with its reason, and filters on "Suspended"."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reviewer.records import ReviewQuery, ReviewSummary
from reviewer.service import ReviewService
from ui.reviews.list_model import STATUS, SUSPENDED_COLOURS, ReviewListModel
from ui.reviews.list_page import SUSPENDED

pytestmark = pytest.mark.gui

WHY = "suspended, pending re-review: its re-review was due on 2026-01-31"


def test_a_suspended_review_says_so_and_why(
    service: ReviewService, monkeypatch: pytest.MonkeyPatch
) -> None:
    service.create_review("Shop cameras", "Corner shop", {"org_type": "company"})
    reading = service.list_reviews

    def suspended(query: ReviewQuery | None = None) -> list[ReviewSummary]:
        return [s.model_copy(update={"suspension": WHY}) for s in reading(query)]

    monkeypatch.setattr(service, "list_reviews", suspended)
    model = ReviewListModel(service)
    cell = model.index(0, STATUS)
    assert model.data(cell) == "Suspended, pending re-review"
    assert WHY in model.data(cell, Qt.ItemDataRole.ToolTipRole)
    background = model.data(cell, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name() == SUSPENDED_COLOURS[0]


def test_the_suspended_filter_asks_the_store_for_suspended_approvals(
    qtbot: Any, reviews_screen: Any
) -> None:
    service = reviews_screen.service
    service.create_review("Shop cameras", "Corner shop", {"org_type": "company"})
    page = reviews_screen.list_page
    page.refresh()
    assert page.model.total == 1
    page.status_filter.setCurrentIndex(page.status_filter.findData(SUSPENDED))
    assert page.model.query.suspended and page.model.query.status is None
    assert page.model.total == 0
    assert page.body.currentWidget() is page.no_match
    page.status_filter.setCurrentIndex(0)
    assert not page.model.query.suspended and page.model.total == 1
