"""Every input has a name a screen reader can read, and the verdict badges read in light and dark.

The contrast check follows WCAG 2.2: the relative luminance of each colour, and the ratio
(lighter + 0.05) / (darker + 0.05), which must be at least 4.5:1 for normal text (level AA).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)

from reviewer import Verdict
from reviewer.severity import Standing, VerdictReading
from tests.ui.tour import (
    AUDIT,
    LIBRARY,
    OVERVIEW,
    REVIEWS,
    SETTINGS,
    VERIFY,
    app_style,
    open_window,
    settle,
    visit_everything,
)
from ui.assessment.panel import VerdictBadge
from ui.style import dark_palette

pytestmark = [pytest.mark.gui, pytest.mark.usefixtures("app_style")]
__all__ = ["app_style"]  # a fixture, used through the mark above

INPUTS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QCheckBox,
    QRadioButton,
    QAbstractSpinBox,  # spin boxes and date edits
    QAbstractItemView,  # lists, tables, trees
)
READINGS = [
    VerdictReading(Standing.INCOMPLETE, None),
    *(VerdictReading(Standing.FINAL, verdict) for verdict in Verdict),
    VerdictReading(Standing.AT_LEAST, Verdict.HIGH),
    VerdictReading(Standing.AT_LEAST, Verdict.PROHIBITED),
]
AA_NORMAL_TEXT = 4.5


def relative_luminance(colour: QColor) -> float:
    """Return a colour's relative luminance (WCAG 2.2, from sRGB)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """Return the WCAG contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_contrast_ratio_is_computed_as_wcag_defines_it() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own threshold example: #767676 on white is just above 4.5:1, #777777 just below.
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) >= AA_NORMAL_TEXT
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) < AA_NORMAL_TEXT


@pytest.fixture(params=["light", "dark"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Run a test with the default (light) palette, then with the app's dark palette."""
    original = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield str(request.param)
    qapp.setPalette(original)


def badge_colours(badge: QWidget) -> tuple[QColor, QColor]:
    """Return the (text, background) colours the badge's style sheet paints it with."""
    sheet = badge.styleSheet()
    background = re.search(r"background-color:\s*(#[0-9a-fA-F]{6})", sheet)
    text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
    assert background and text, sheet
    return QColor(text.group(1)), QColor(background.group(1))


@pytest.mark.parametrize("reading", READINGS, ids=lambda r: f"{r.standing}-{r.verdict}")
def test_every_verdict_badge_meets_wcag_aa_contrast(
    qtbot: Any, theme: str, reading: VerdictReading
) -> None:
    """The badge's text on its background reads at 4.5:1 or better, in light and dark mode."""
    badge = VerdictBadge()
    qtbot.add_widget(badge)
    badge.show_reading(reading)
    badge.show()
    qtbot.wait_exposed(badge)
    text, background = badge_colours(badge)
    # What is painted is what the style sheet says: sample the padding, away from the text.
    painted = badge.grab().toImage().pixelColor(3, badge.height() // 2)
    assert painted.name() == background.name(), (theme, reading)
    ratio = contrast_ratio(text, background)
    assert ratio >= AA_NORMAL_TEXT, f"{badge.text()} in {theme}: {ratio:.2f}:1"


def unnamed_inputs(window: QWidget, where: str) -> list[str]:
    """List the visible inputs of the window that have no accessible name."""
    settle(window)
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) and not widget.isCheckable():
            continue
        if isinstance(widget, QHeaderView) or isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # a table's header, a combo box's list: read as part of their owner
        if not widget.accessibleName().strip():
            name = widget.objectName() or getattr(widget, "text", lambda: "")() or ""
            found.append(f"{where}: {type(widget).__name__} {name!r} has no accessible name")
    return found


def test_every_input_on_every_screen_has_an_accessible_name(qtbot: Any, tmp_path: Path) -> None:
    """Line edits, text boxes, choices, dates and lists each carry an accessibleName."""
    window = open_window(qtbot, tmp_path, (1280, 800))
    found: list[str] = []
    found += unnamed_inputs(window, "reviews list")
    screens = (OVERVIEW, LIBRARY, AUDIT, VERIFY, SETTINGS)
    for where in visit_everything(window, screens):
        found += unnamed_inputs(window, where)
    window.show_screen(REVIEWS)
    window.reviews.show_list()
    found += unnamed_inputs(window, "reviews list")
    assert not found, "\n".join(dict.fromkeys(found))


def test_every_input_of_the_new_review_form_has_an_accessible_name(qtbot: Any) -> None:
    from ui.reviews.new_review import NewReviewDialog

    dialog = NewReviewDialog()
    qtbot.add_widget(dialog)
    dialog.show()
    qtbot.wait_exposed(dialog)
    dialog.has_due.setChecked(True)  # the due date shows
    found = unnamed_inputs(dialog, "New review")
    assert not found, "\n".join(found)
