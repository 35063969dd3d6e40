"""Fixtures for desktop tests over a real store: a temporary SQLite database and its service."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer import PolicyPack, Questionnaire
from reviewer.service import ReviewService


@pytest.fixture
def database_file(tmp_path: Path) -> str:
    """Return the URL of a fresh SQLite database file for this test."""
    return f"sqlite:///{tmp_path / 'reviews.sqlite'}"


@pytest.fixture
def service(
    database_file: str, questionnaire: Questionnaire, packs: list[PolicyPack]
) -> Iterator[ReviewService]:
    """Return a service on the test's database, with the mini questionnaire and pack."""
    opened = ReviewService.open(database_file, questionnaire=questionnaire, packs=packs)
    yield opened
    opened.close()


@pytest.fixture
def reviews_screen(qtbot: Any, service: ReviewService) -> Any:
    """Return a shown Reviews screen over the test's service."""
    from ui.reviews.screen import ReviewsScreen

    screen = ReviewsScreen(service)
    qtbot.add_widget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.wait_exposed(screen)
    return screen


def open_new_review(qtbot: Any, screen: Any, dialog_calls: Any, title: str = "Body cams") -> Any:
    """Create a review through the New review button and return its workspace."""
    from PySide6.QtCore import Qt

    dialog_calls.dialog_steps.append(fill_new_review(title, "City police"))
    with qtbot.wait_signal(screen.review_opened):
        qtbot.mouseClick(screen.list_page.new_button, Qt.MouseButton.LeftButton)
    return screen.workspace


def fill_new_review(title: str, applicant: str, **fields: str) -> Any:
    """Return a dialog step that fills the New review form in as a person would, then accepts.

    `fields` names other line edits of the form (system, business_owner, approver).
    """

    def step(dialog: Any) -> bool:
        """Type into the form and press Create review."""
        dialog.title.setText(title)
        dialog.applicant.setText(applicant)
        for name, value in fields.items():
            getattr(dialog, name).setText(value)
        return True

    return step
