"""Layout 1: a ReportInput as reproducible A4 PDF bytes: pages, header, footer, bookmarks."""

from __future__ import annotations

import io
import time
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak
from reportlab.platypus import PageTemplate as RlPageTemplate

from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.layouts.v1 import records, sections
from reviewer.report.layouts.v1.styles import INK, MUTED, OUTCOME_LABELS, RULE, VERDICT_LABELS
from reviewer.report.model import ReportInput

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
SIGNATURE_BOX_BOTTOM = 430.0
SIGNATURE_BOX_HEIGHT = 110.0
_GAP = 14.0
_BOX_WIDTH = (PAGE_WIDTH - 2 * MARGIN - _GAP) / 2

# The boxes on the last page where the signature fields sit, in PDF points (x1, y1, x2, y2).
SIGNATURE_BOXES: dict[str, tuple[float, float, float, float]] = {
    "Reviewer": (
        MARGIN,
        SIGNATURE_BOX_BOTTOM,
        MARGIN + _BOX_WIDTH,
        SIGNATURE_BOX_BOTTOM + SIGNATURE_BOX_HEIGHT,
    ),
    "Approver": (
        MARGIN + _BOX_WIDTH + _GAP,
        SIGNATURE_BOX_BOTTOM,
        PAGE_WIDTH - MARGIN,
        SIGNATURE_BOX_BOTTOM + SIGNATURE_BOX_HEIGHT,
    ),
}
_CAPTIONS = {
    "Reviewer": "Reviewer: certifies this report (later form filling only)",
    "Approver": "Approver: countersignature by a second person",
}
_PAGE_COUNT_FORM = "pagecount"
_NO_PADDING = {"leftPadding": 0, "rightPadding": 0, "topPadding": 0, "bottomPadding": 0}


class _FixedTime:
    """A reportlab timestamp fixed at the decision time, in UTC."""

    def __init__(self, epoch: float) -> None:
        self.t = epoch
        self.YMDhms = tuple(time.gmtime(epoch))[:6]
        self.dhh = 0
        self.dmm = 0
        self.tzname = "UTC"


def _canvas_class(epoch: float) -> type[Canvas]:
    """Make a canvas that dates the file at the decision time and prints the page count."""

    class _ReportCanvas(Canvas):  # type: ignore[misc]  # reportlab has no type hints
        """Canvas with a fixed creation date and a 'page x of y' total drawn at the end."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._doc._timeStamp = _FixedTime(epoch)

        def save(self) -> None:
            """Define the page-count form, now that the total is known, then write."""
            total = self.getPageNumber() - 1
            self.beginForm(_PAGE_COUNT_FORM)
            self.setFont(SANS, 7.5)
            self.setFillColor(MUTED)
            self.drawString(0, 0, str(total))
            self.endForm()
            super().save()

    return _ReportCanvas


def _shorten(value: str, limit: int) -> str:
    """Cut a one-line text to a length, with an ellipsis."""
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


class _ReportTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """The page layout: body pages and a final signatures page, with header and footer."""

    def __init__(self, buffer: io.BytesIO, report: ReportInput) -> None:
        d, r = report.decision, report.review
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=f"Decision: {r.title}",
            author=d.decided_by,
            subject=f"Review {r.id}: {OUTCOME_LABELS[d.outcome]} "
            f"({VERDICT_LABELS[report.assessment.verdict]})",
            creator=report.generator,
            keywords=["AI deployment review", "decision", r.id],
            invariant=1,
        )
        self.report = report
        body = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", **_NO_PADDING
        )
        top = SIGNATURE_BOX_BOTTOM + SIGNATURE_BOX_HEIGHT + 12 * mm
        signatures = Frame(
            self.leftMargin,
            top,
            self.width,
            self.bottomMargin + self.height - top,
            id="sig",
            **_NO_PADDING,
        )
        self.addPageTemplates(
            [
                RlPageTemplate("body", [body], onPage=self._decorate),
                RlPageTemplate("signatures", [signatures], onPage=self._decorate_signatures),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        """Turn each heading into a bookmark."""
        if isinstance(flowable, sections.Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(
                flowable.outline_title, flowable.outline_key, flowable.outline_level
            )

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the header and the 'page x of y' footer."""
        r = self.report.review
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top, _shorten(f"Decision report: {r.title}", 80))
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, _shorten(f"Review {r.id}", 40))
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        canvas.drawString(
            MARGIN, bottom, _shorten(f"{r.organisation} · decided {self.report.decided_at_utc}", 90)
        )
        label = f"Page {doc.page} of "
        x = PAGE_WIDTH - MARGIN - 12 * mm
        canvas.drawString(x, bottom, label)
        canvas.translate(x + canvas.stringWidth(label, SANS, 7.5), bottom)
        canvas.doForm(_PAGE_COUNT_FORM)
        canvas.restoreState()

    def _decorate_signatures(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the page decorations plus the two signature boxes and their captions."""
        self._decorate(canvas, doc)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 2)
        canvas.setFont(SANS, 8)
        canvas.setFillColor(MUTED)
        for name, (x1, y1, x2, y2) in SIGNATURE_BOXES.items():
            canvas.rect(x1, y1, x2 - x1, y2 - y1)
            canvas.drawString(x1, y1 - 5 * mm, _CAPTIONS[name])
        canvas.restoreState()


def _story(report: ReportInput) -> list[Flowable]:
    """Put the sections in reading order, ending with the signatures page."""
    outline = sections.Outline()
    story: list[Flowable] = []
    story += sections.cover(report, outline)
    story.append(PageBreak())
    story += sections.clauses(report, outline)
    story.append(PageBreak())
    story += records.decision(report, outline)
    story += records.answers(report, outline)
    story += records.evidence(report, outline)
    story += records.pins(report, outline)
    story += records.audit(report, outline)
    story += [NextPageTemplate("signatures"), PageBreak()]
    story += records.signatures(report, outline)
    return story


def render(report: ReportInput) -> bytes:
    """Render the unsigned report; the same input always gives the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    template = _ReportTemplate(buffer, report)
    epoch = report.decision.decided_at.timestamp()
    template.build(_story(report), canvasmaker=_canvas_class(epoch))
    return buffer.getvalue()
