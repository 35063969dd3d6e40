"""Reading a rendered report's pages back: where the text sits, and whether pages are well filled.

The checks read the PDF, not the renderer's internals, so they judge what a reader sees.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass

import pypdf

PAGE_HEIGHT = 841.89
MARGIN = 56.69
# The text area between the running header and footer of both layouts.
BODY_TOP = PAGE_HEIGHT - MARGIN - 11.34
BODY_BOTTOM = MARGIN
HEADING_SIZE = 10.0  # body text is 9.5 pt at most; every heading is larger and bold


@dataclass(frozen=True)
class Line:
    """One run of text on a page: its baseline height, font size, boldness and text."""

    y: float
    size: float
    bold: bool
    text: str


def page_lines(data: bytes) -> list[list[Line]]:
    """Return each page's text runs inside the body area, top to bottom."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages: list[list[Line]] = []
    for page in reader.pages:
        found: list[Line] = []
        page.extract_text(visitor_text=_collector(found))
        pages.append(sorted(found, key=lambda line: -line.y))
    return pages


def _collector(found: list[Line]) -> Callable[..., None]:
    """Return a pypdf text visitor that appends the body's text runs to a list."""

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text.strip():
            return
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        base = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        if BODY_BOTTOM <= y <= BODY_TOP:
            found.append(Line(y, float(size), "Bold" in base, text.strip()))

    return visit


def fill(lines: list[Line]) -> float:
    """Return how much of the body area a page uses, from its top to its lowest text."""
    if not lines:
        return 0.0
    return (BODY_TOP - min(line.y for line in lines)) / (BODY_TOP - BODY_BOTTOM)


def layout_problems(data: bytes) -> list[str]:
    """Name every page but the last that is under a fifth full or ends with a heading."""
    pages = page_lines(data)
    problems = []
    for number, lines in enumerate(pages[:-1], start=1):
        if fill(lines) < 0.2:
            problems.append(f"page {number} is only {fill(lines):.0%} full")
        if lines:
            last = lines[-1]
            if last.bold and last.size >= HEADING_SIZE:
                problems.append(f"page {number} ends with the heading {last.text!r}")
    return problems
