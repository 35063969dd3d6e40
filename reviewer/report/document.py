"""Rendering a report with the layout its input names, and where that layout's signatures go."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4

from reviewer.errors import ReviewerError
from reviewer.report.layouts.v1 import document as v1
from reviewer.report.layouts.v2 import document as v2
from reviewer.report.model import ReportInput

DEFAULT_LAYOUT = "2"
PAGE_WIDTH_POINTS, PAGE_HEIGHT_POINTS = A4


class UnknownLayoutError(ReviewerError):
    """A report names a layout this version of Reviewer does not have."""


@dataclass(frozen=True)
class SignaturePlacement:
    """Where a layout puts its signature fields: a page (0 is the first, -1 the last) and boxes."""

    page: int
    boxes: dict[str, tuple[float, float, float, float]]


@dataclass(frozen=True)
class _Layout:
    render: Callable[[ReportInput], bytes]
    signatures: SignaturePlacement


_LAYOUTS = {
    "1": _Layout(v1.render, SignaturePlacement(-1, v1.SIGNATURE_BOXES)),
    "2": _Layout(v2.render, SignaturePlacement(0, v2.SIGNATURE_BOXES)),
}

LAYOUTS = frozenset(_LAYOUTS)
"""Every released report layout this version can render again, byte for byte."""

# The boxes of the default layout, in PDF points (x1, y1, x2, y2). Every layout's boxes have the
# same size, because the visible signature stamp is drawn at this size whatever the layout.
SIGNATURE_BOXES = _LAYOUTS[DEFAULT_LAYOUT].signatures.boxes


def _layout(name: str) -> _Layout:
    """Return a released layout, or raise saying which layouts exist."""
    try:
        return _LAYOUTS[name]
    except KeyError:
        known = ", ".join(sorted(_LAYOUTS))
        raise UnknownLayoutError(
            f"the report uses layout {name!r}, which this version of Reviewer does not know "
            f"(it knows {known}); open it with a newer version of Reviewer"
        ) from None


def render_report(report: ReportInput) -> bytes:
    """Render the unsigned report with its layout; the same input always gives the same bytes."""
    return _layout(report.layout).render(report)


def signature_placement(layout: str) -> SignaturePlacement:
    """Return the page and boxes of a layout's Reviewer and Approver signature fields."""
    return _layout(layout).signatures
