"""Building blocks of layout 2: bookmarked headings, ruled tables, and the annex letters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import LongTable, Paragraph, TableStyle

from reviewer.report.fonts import SANS, SANS_BOLD
from reviewer.report.model import ReportInput
from reviewer.report.styles import INK, RULE, SHADE, styles, text

WIDTH = 170 * mm
_CELL_PADDING = 3
# Plain-text cells take their font from the table style; a label column is bold.
BOLD_FIRST_COLUMN = ("FONTNAME", (0, 0), (0, -1), SANS_BOLD)


class Heading(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A heading that also becomes a PDF bookmark, and is never left alone at a page's foot."""

    def __init__(self, title: str, level: int, key: str, style: Any, markup: str | None) -> None:
        super().__init__(text(title) if markup is None else markup, style)
        self.outline_title = title
        self.outline_level = level
        self.outline_key = key
        self.keepWithNext = True


class Outline:
    """Hands out unique bookmark keys in document order."""

    def __init__(self) -> None:
        self._count = 0

    def heading(self, title: str, level: int, style: Any, markup: str | None = None) -> Heading:
        """Return a bookmarked heading; markup, when given, must already be escaped."""
        self._count += 1
        return Heading(title, level, f"h{self._count}", style, markup)


@dataclass(frozen=True)
class Annexes:
    """Which annexes a report has, lettered A, B, C… in order; empty ones are left out."""

    letters: dict[str, str]

    @classmethod
    def plan(cls, report: ReportInput) -> Annexes:
        """Letter the annexes this report needs."""
        a = report.assessment
        keys = []
        if a.triggers or a.exceptions:
            keys.append("clauses")
        if a.obligations:
            keys.append("obligations")
        keys.append("answers")
        if report.questionnaires:
            keys.append("questionnaires")
        keys += ["evidence", "pins", "audit"]
        return cls({key: chr(ord("A") + index) for index, key in enumerate(keys)})

    def __getitem__(self, key: str) -> str:
        """Return an annex's letter."""
        return self.letters[key]

    def __contains__(self, key: str) -> bool:
        """Tell whether the report has this annex."""
        return key in self.letters


def grid(
    rows: list[list[Any]],
    widths: list[float],
    header: bool = False,
    extra: list[tuple[Any, ...]] | None = None,
) -> LongTable:
    """Lay out rows as a ruled table that splits across pages, repeating any header row."""
    table = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
    table.setStyle(TableStyle(commands + (extra or [])))
    return table


def fits(value: str, font: str, width: float, size: float = 8) -> bool:
    """Tell whether plain text fits on one line of a cell, its padding left aside."""
    return "\n" not in value and stringWidth(value, font, size) <= width - 2 * _CELL_PADDING


def cell(plain: str, style: Any, width: float) -> Any:
    """Return plain text as a cell: as is when it fits on one line, else a wrapping Paragraph.

    The table draws plain text itself, with its own font, many times faster than a Paragraph,
    and plain text is never read as markup, so it needs no escaping.
    """
    return plain if fits(plain, SANS, width) else Paragraph(text(plain), style)


def pairs(rows: list[tuple[str, str]], label_width: float = 42 * mm) -> LongTable:
    """Lay out label/value pairs; values are already escaped markup.

    Labels that fit on one line are plain table text, which reportlab draws many times faster
    than a Paragraph; a label that needs wrapping stays a Paragraph.
    """
    s = styles()
    cells = [
        [
            label if fits(label, SANS_BOLD, label_width) else Paragraph(text(label), s.label),
            Paragraph(value, s.small),
        ]
        for label, value in rows
    ]
    return grid(cells, [label_width, WIDTH - label_width], extra=[BOLD_FIRST_COLUMN])
