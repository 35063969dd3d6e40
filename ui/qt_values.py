"""Qt's enum values as plain numbers, for the widgets drawn in the window's first paint.

The first use of PySide6's `Qt` namespace builds every one of its Python enums (93 classes,
about 30 ms on the machine the start-up benchmark runs on, some 0.2x of a bare window). A
Python item model makes PySide6 build them too, as soon as a view asks it for a header. The
first paint needs none of them: the widgets drawn before it set these values through Qt's
property system, which takes plain numbers, and their tables use Qt's own item model.

`tests/ui/test_qt_values.py` keeps each number equal to its enum and checks that the first
paint happens before the namespace is built.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
BACKGROUND_ROLE = 8
FOREGROUND_ROLE = 9
ACCESSIBLE_TEXT_ROLE = 11

PLAIN_TEXT = 0
"""Qt.TextFormat.PlainText."""
TEXT_SELECTABLE_BY_MOUSE = 1
"""Qt.TextInteractionFlag.TextSelectableByMouse."""
SCROLL_BAR_ALWAYS_OFF = 1
"""Qt.ScrollBarPolicy.ScrollBarAlwaysOff."""
ALIGN_LEFT = 0x1
ALIGN_BOTTOM = 0x40
ALIGN_CENTER = 0x84
"""Qt.AlignmentFlag values (AlignCenter is horizontal and vertical centre)."""


def set_qt_property(widget: QObject, name: str, value: int) -> None:
    """Set one of a widget's Qt properties to an enum's number.

    Raises:
        ValueError: the widget has no such property (Qt would silently add a dynamic one).

    """
    if not widget.setProperty(name, value):
        raise ValueError(f"{type(widget).__name__} has no Qt property {name!r}")


def plain_text(label: QObject) -> None:
    """Show a label's text as typed, never as rich text (it may come from the applicant)."""
    set_qt_property(label, "textFormat", PLAIN_TEXT)


def no_horizontal_scroll_bar(view: QObject) -> None:
    """Never show a horizontal scroll bar on a view."""
    set_qt_property(view, "horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)


def no_scroll_bars(view: QObject) -> None:
    """Never show a scroll bar on a view (it is sized to its rows)."""
    no_horizontal_scroll_bar(view)
    set_qt_property(view, "verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
