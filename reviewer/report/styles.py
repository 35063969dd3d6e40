"""Paragraph styles, colours and escaping shared by every part of the report."""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle

from reviewer.report.fonts import MONO, SANS, SANS_BOLD, SANS_OBLIQUE, with_fallback
from reviewer.severity import Severity, Verdict

INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#cbd2d9")
SHADE = colors.HexColor("#f0f4f8")

SEVERITY_COLOURS = {
    Severity.PROHIBITED: colors.HexColor("#9b1c1c"),
    Severity.HIGH: colors.HexColor("#c05621"),
    Severity.LIMITED: colors.HexColor("#b7791f"),
    Severity.MINIMAL: colors.HexColor("#2f855a"),
}


def verdict_colour(verdict: Verdict) -> colors.Color:
    """Return the colour of the severity a verdict stands for."""
    colour: colors.Color = SEVERITY_COLOURS[Severity(verdict.value.lower())]
    return colour


def text(value: object) -> str:
    """Escape user text for Paragraph markup, keeping line breaks; CJK and emoji fall back."""
    return with_fallback(escape(str(value))).replace("\n", "<br/>")


class Styles:
    """The named paragraph styles of the report."""

    def __init__(self) -> None:
        base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=10.5)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.mono = ParagraphStyle("mono", parent=self.small, fontName=MONO, fontSize=7.5)
        self.italic = ParagraphStyle("italic", parent=base, fontName=SANS_OBLIQUE)
        self.label = ParagraphStyle("label", parent=self.small, fontName=SANS_BOLD)
        self.title = ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=22, leading=27, spaceAfter=6
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=15,
            leading=19,
            spaceBefore=4,
            spaceAfter=8,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=10,
            spaceAfter=4,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10,
            leading=13,
            spaceBefore=6,
            spaceAfter=2,
        )
        self.outcome = ParagraphStyle(
            "outcome",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=18,
            leading=23,
            textColor=colors.white,
        )
        self.outcome_note = ParagraphStyle(
            "outcome_note", parent=base, fontSize=10.5, leading=14, textColor=colors.white
        )


@cache
def styles() -> Styles:
    """Return the shared styles (fonts must be registered first)."""
    return Styles()


class SheetStyles:
    """The extra paragraph styles of the decision sheet and its annexes (layout 2 onwards)."""

    def __init__(self) -> None:
        s = styles()
        self.kicker = ParagraphStyle(
            "kicker", parent=s.small, fontName=SANS_BOLD, textColor=MUTED, spaceAfter=2
        )
        self.sheet_title = ParagraphStyle(
            "sheet_title", parent=s.body, fontName=SANS_BOLD, fontSize=17, leading=21
        )
        self.h2 = ParagraphStyle(
            "sheet_h2",
            parent=s.body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=13,
            spaceBefore=7,
            spaceAfter=3,
            keepWithNext=1,
        )
        self.item = ParagraphStyle(
            "item",
            parent=s.body,
            leftIndent=12,
            bulletIndent=0,
            bulletFontName=SANS,
            bulletFontSize=s.body.fontSize,
            spaceAfter=1,
        )
        self.note = ParagraphStyle("note", parent=s.muted, fontSize=7.5, leading=9.5)
        self.box = ParagraphStyle("box", parent=s.muted, fontSize=8, leading=10.5)
        self.outcome = ParagraphStyle("sheet_outcome", parent=s.outcome, fontSize=17, leading=21)
        self.outcome_note = ParagraphStyle(
            "sheet_outcome_note", parent=s.outcome_note, fontSize=9.5, leading=12.5
        )


@cache
def sheet_styles() -> SheetStyles:
    """Return the decision sheet's styles (fonts must be registered first)."""
    return SheetStyles()
