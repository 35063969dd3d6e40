"""A tour of the main window: open it over a stored review, and show every step and screen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from reviewer import load_answers_file
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from ui.style import apply_style

PROHIBITED_EXAMPLE = "workplace-emotion-detection.json"


def _position(name: str) -> int:
    """Return a screen's row in the window's navigation."""
    from ui.main_window import SCREENS

    return SCREENS.index(name)


OVERVIEW, REVIEWS = _position("Overview"), _position("Reviews")
LIBRARY, AUDIT = _position("Policy library"), _position("Audit")
VERIFY, SETTINGS = _position("Verify"), _position("Settings")


def open_window(
    qtbot: Any,
    tmp_path: Path,
    size: tuple[int, int],
    blank: bool = False,
    leave_out: tuple[str, ...] = (),
) -> Any:
    """Return the main window at a size, with the shipped content and the style sheet.

    It shows a stored review of a prohibited use, or with `blank` a review not yet answered
    (where every section lists what is still missing); `leave_out` names answers not given.
    """
    from ui.content import DeskContent
    from ui.main_window import MainWindow
    from ui.settings.model import Settings

    questionnaire = default_questionnaire()
    packs = default_policy_packs()
    service = ReviewService.open(
        f"sqlite:///{tmp_path / 'tour.sqlite'}", questionnaire=questionnaire, packs=packs
    )
    example = load_answers_file(examples_dir() / PROHIBITED_EXAMPLE)
    answers = {} if blank else {k: v for k, v in example.answers.items() if k not in leave_out}
    change = service.create_review(example.title, example.organisation, answers)
    main = MainWindow(DeskContent(questionnaire, list(packs)), settings=Settings(), service=service)
    qtbot.add_widget(main)
    main.resize(*size)
    main.show()
    qtbot.wait_exposed(main)
    main.show_screen(REVIEWS)  # the window opens on the Overview
    with qtbot.wait_signal(main.reviews.review_opened):
        main.reviews.open_review(change.review.id)
    settle(main)
    assert (main.width(), main.height()) == size
    return main


@pytest.fixture
def app_style(qapp: QApplication) -> Iterator[None]:
    """Give the app its style sheet for one test, as the app has it, then take it away."""
    apply_style(qapp)
    yield
    qapp.setStyleSheet("")


def settle(widget: QWidget) -> None:
    """Let pending layout requests run so sizes are final."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, 0)
        QApplication.processEvents()
    widget.updateGeometry()


def visit_everything(window: Any, screens: tuple[int, ...] = (LIBRARY, SETTINGS)) -> Iterator[str]:
    """Show every step of the open review, then other screens and their tabs; yield where."""
    window.show_screen(REVIEWS)
    view = window.reviews.workspace.intake_view
    for row in range(view.model.rowCount()):
        view.go_to(row)
        if view.current_step == row:
            yield f"step {view.step_title(row)!r}"
    for position in screens:
        window.show_screen(position)
        name = type(window.stack.currentWidget()).__name__
        yield name
        for tabs in window.stack.currentWidget().findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{name}, tab {tabs.tabText(index)!r}"
