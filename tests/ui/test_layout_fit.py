"""Every screen fits the window on common laptop sizes, in English and in French.

The main window is opened with the shipped questionnaire and packs and a stored review of a
prohibited use, then every step and screen is shown at each size. A screen fails when one of its
scroll areas scrolls sideways, or when a label or button is narrower than its text needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from tests.ui.tour import app_style, open_window, settle, visit_everything
from ui.i18n import install_language

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("app_style")]
__all__ = ["app_style"]  # a fixture, used through the mark above

SIZES = [(1024, 640), (1280, 800), (1366, 768), (1920, 1080)]
LANGUAGES = ["en", "fr"]


@pytest.fixture
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """Switch the interface to a language for one test, then back to English."""
    app = QApplication.instance()
    assert app is not None
    code = str(request.param)
    assert install_language(app, code)
    yield code
    install_language(app, "en")


def shown(widget: QWidget, window: QWidget) -> bool:
    """Tell whether a widget is on screen in the window (every ancestor shown)."""
    return widget.isVisibleTo(window) and widget.width() > 0


def button_text_room(button: QAbstractButton) -> tuple[int, int]:
    """Return the width a button's text needs and the width it gets, in pixels."""
    metrics = button.fontMetrics()
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    needs = metrics.horizontalAdvance(text)
    style = button.style()
    if isinstance(button, QRadioButton | QCheckBox):
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
            if isinstance(button, QRadioButton)
            else QStyle.PixelMetric.PM_IndicatorWidth,
            None,
            button,
        )
        spacing = style.pixelMetric(
            QStyle.PixelMetric.PM_RadioButtonLabelSpacing
            if isinstance(button, QRadioButton)
            else QStyle.PixelMetric.PM_CheckBoxLabelSpacing,
            None,
            button,
        )
        gets = button.width() - indicator - spacing
    elif isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button)
        gets = button.width() - margin
    elif isinstance(button, QToolButton) and button.icon().isNull():
        gets = button.width() - 4
    else:
        gets = button.width()
    return needs, gets


def problems(window: QWidget, where: str) -> list[str]:
    """List the sideways scrolling and cut texts of what the window shows."""
    settle(window)
    found = []
    for area in window.findChildren(QScrollArea):
        if not shown(area, window):
            continue
        bar = area.horizontalScrollBar()
        if bar.isVisible() or bar.maximum() > 0:
            found.append(
                f"{where}: {area.objectName() or type(area).__name__} scrolls sideways"
                f" by {bar.maximum()} px"
            )
    for label in window.findChildren(QLabel):
        if (
            not shown(label, window)
            or not label.text()
            or label.textFormat() == Qt.TextFormat.RichText
        ):
            continue
        if not label.pixmap().isNull():
            continue
        room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
        if label.wordWrap():
            # A wrapped label is cut when it needs more height than it has (or a word is wider).
            longest = max(
                # Whitespace, a zero-width space and the end of a hyphen are where Qt may break.
                (
                    label.fontMetrics().horizontalAdvance(word)
                    for word in re.split(r"[\s\u200b]+|(?<=-)", label.text())
                ),
                default=0,
            )
            if longest > room + 1:
                found.append(f"{where}: a word of label {label.text()[:60]!r} is cut")
            continue
        if label.textFormat() == Qt.TextFormat.AutoText and label.text().lstrip().startswith("<"):
            continue
        widest = max(
            label.fontMetrics().horizontalAdvance(line)
            for line in label.text().splitlines() or [""]
        )
        if widest > room + 1:
            found.append(f"{where}: label {label.text()[:60]!r} needs {widest} px, has {room} px")
    for button in window.findChildren(QAbstractButton):
        if not shown(button, window) or not button.text():
            continue
        if button.property("wordWrap"):
            # A wrapping option: no word may be cut, and it must be as tall as its lines.
            metrics = button.fontMetrics()
            longest = max(metrics.horizontalAdvance(w) for w in button.text().split())
            _needs, gets = button_text_room(button)
            if longest > gets + 1 or button.heightForWidth(button.width()) > button.height() + 1:
                found.append(f"{where}: option {button.text()[:60]!r} is cut")
            continue
        needs, gets = button_text_room(button)
        if needs > gets + 1:
            found.append(
                f"{where}: {type(button).__name__} {button.text()[:60]!r} needs {needs} px,"
                f" has {gets} px"
            )
    return found


@pytest.mark.parametrize("review", ["blank", "prohibited"])
@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_screen_fits_without_sideways_scrolling_or_cut_text(
    qtbot: Any, tmp_path: Path, size: tuple[int, int], language: str, review: str
) -> None:
    """No scroll area scrolls sideways and no label or button is cut, on any screen."""
    window = open_window(qtbot, tmp_path, size, blank=review == "blank")
    found: list[str] = []
    for where in visit_everything(window):
        found.extend(problems(window, f"{language} {size[0]}x{size[1]} {review} {where}"))
    assert not found, "\n".join(dict.fromkeys(found))


@pytest.mark.parametrize(
    "leave_out", [(), ("eu_role", "ai_literacy")], ids=["complete", "two missing"]
)
def test_record_decision_shows_without_scrolling_on_a_prohibited_review(
    qtbot: Any, tmp_path: Path, leave_out: tuple[str, ...]
) -> None:
    """At 1280×800 the Record button of a prohibited review is inside the visible page."""
    from ui.reviews.workspace import DECISION

    window = open_window(qtbot, tmp_path, (1280, 800), leave_out=leave_out)
    workspace = window.reviews.workspace
    view = workspace.intake_view
    view.go_to(view.model.section_count() + DECISION)
    settle(window)
    panel = workspace.decision_panel
    assert panel.blocked.isVisible()  # a prohibited use: approval is blocked, and it says why
    assert panel.missing.isVisible() is bool(leave_out)
    button = panel.record_button
    top_left = button.mapTo(panel.viewport(), button.rect().topLeft())
    bottom_right = button.mapTo(panel.viewport(), button.rect().bottomRight())
    assert panel.viewport().rect().contains(top_left)
    assert panel.viewport().rect().contains(bottom_right), (
        f"Record decision ends at y={bottom_right.y()}, the page shows {panel.viewport().height()}"
    )


@pytest.mark.parametrize(("size", "beside"), [((1024, 640), False), ((1920, 1080), True)])
def test_help_text_moves_under_its_question_on_a_narrow_form(
    qtbot: Any, tmp_path: Path, size: tuple[int, int], beside: bool
) -> None:
    """A narrow form puts the help under the question; a wide one keeps it beside."""
    window = open_window(qtbot, tmp_path, size)
    page = window.reviews.workspace.intake_view.section_pages[0]
    row = next(r for r in page.rows.values() if r.help.text())
    settle(window)
    assert row.help_beside is beside
    title, help_text = row.title.geometry(), row.help.geometry()
    if beside:
        assert help_text.left() > title.right()
    else:
        assert help_text.top() > title.bottom()
        assert help_text.width() >= title.width() - 40
