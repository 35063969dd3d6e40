"""Layout 2: the decision sheet and its annexes as reproducible A4 PDF bytes.

Page 1 stands alone: it carries the decision and, at its foot, both signature boxes. The
annexes follow from page 2.
"""

from __future__ import annotations

import io
import time
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    DocIf,
    Flowable,
    Frame,
    KeepInFrame,
    PageBreak,
    Paragraph,
)
from reportlab.platypus import PageTemplate as RlPageTemplate
from reportlab.platypus.flowables import _listWrapOn

from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.layouts.v2 import annexes, sheet
from reviewer.report.layouts.v2.common import Annexes, Heading, Outline
from reviewer.report.model import Person, ReportInput
from reviewer.report.styles import INK, MUTED, RULE, sheet_styles, styles, text
from reviewer.report.wording import Wording, wording

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
_GAP = 14.0
_BOX_WIDTH = (PAGE_WIDTH - 2 * MARGIN - _GAP) / 2
# The boxes have layout 1's size: the signature stamp is drawn at that size whatever the layout.
_BOX_HEIGHT = 110.0
_BOX_BOTTOM = 84.0
_CAPTION_HEIGHT = 30.0
_SIGNATURES_HEADING = _BOX_BOTTOM + _BOX_HEIGHT + _CAPTION_HEIGHT + 12
SHEET_BOTTOM = _SIGNATURES_HEADING + 22

# The boxes on page 1 where the signature fields sit, in PDF points (x1, y1, x2, y2).
SIGNATURE_BOXES: dict[str, tuple[float, float, float, float]] = {
    "Reviewer": (MARGIN, _BOX_BOTTOM, MARGIN + _BOX_WIDTH, _BOX_BOTTOM + _BOX_HEIGHT),
    "Approver": (
        MARGIN + _BOX_WIDTH + _GAP,
        _BOX_BOTTOM,
        PAGE_WIDTH - MARGIN,
        _BOX_BOTTOM + _BOX_HEIGHT,
    ),
}
_PAGE_COUNT_FORM = "pagecount"
# The kicker line above the sheet, and the smallest shrink that keeps 8-point text readable
# in print (16 clauses, as the emotion-analytics example has with the 1.1 packs, need 70%).
_SHEET_HEADING_ROOM = 14.0
_SMALLEST_SCALE = 0.7
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


def _who(person: Person | None) -> str:
    """Return a person's name, role and organisation as escaped markup."""
    if person is None:
        return ""
    parts = [f"<b>{text(person.name)}</b>"]
    parts += [text(part) for part in (person.role, person.organisation) if part]
    return " · ".join(parts)


class _ReportTemplate(BaseDocTemplate):  # type: ignore[misc]  # reportlab has no type hints
    """The decision sheet page, with the signature block, then the annex pages."""

    def __init__(self, buffer: io.BytesIO, report: ReportInput, words: Wording) -> None:
        d, r, a = report.decision, report.review, report.assessment
        reference = r.reference or r.title
        super().__init__(
            buffer,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN,
            title=words("doc.title", title=r.title),
            author=d.decided_by,
            subject=words(
                "doc.subject",
                reference=reference,
                outcome=words.outcome(d.outcome),
                verdict=words.verdict(a.verdict),
            ),
            creator=report.generator,
            keywords=[words("doc.keywords"), *([r.reference] if r.reference else [])],
            lang=words.language,
            invariant=1,
        )
        self.report = report
        self.words = words
        body = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height, id="body", **_NO_PADDING
        )
        top = self.bottomMargin + self.height
        first = Frame(
            self.leftMargin, SHEET_BOTTOM, self.width, top - SHEET_BOTTOM, id="sheet", **_NO_PADDING
        )
        self.addPageTemplates(
            [
                RlPageTemplate(
                    "sheet", [first], onPage=self._decorate_sheet, autoNextPageTemplate="annex"
                ),
                RlPageTemplate("annex", [body], onPage=self._decorate),
            ]
        )

    def afterFlowable(self, flowable: Flowable) -> None:
        """Turn each heading into a bookmark."""
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.outline_key)
            self.canv.addOutlineEntry(
                flowable.outline_title, flowable.outline_key, flowable.outline_level
            )

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the header and the 'page x of y' footer."""
        r, words = self.report.review, self.words
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        top = PAGE_HEIGHT - MARGIN + 2 * mm
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.setFont(SANS_BOLD, 7.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, top, _shorten(r.title, 80))
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(MUTED)
        if r.reference:
            right = (
                words("header.revision", reference=r.reference, revision=r.revision)
                if r.revision
                else words("header.reference", reference=r.reference)
            )
            canvas.drawRightString(PAGE_WIDTH - MARGIN, top, _shorten(right, 40))
        bottom = MARGIN - 8 * mm
        canvas.line(MARGIN, bottom + 4 * mm, PAGE_WIDTH - MARGIN, bottom + 4 * mm)
        footer = words("footer", organisation=r.organisation, when=self.report.decided_at_utc)
        canvas.drawString(MARGIN, bottom, _shorten(footer, 90))
        label = words("page.of", page=doc.page)
        x = PAGE_WIDTH - MARGIN - 14 * mm
        canvas.drawString(x, bottom, label)
        canvas.translate(x + canvas.stringWidth(label, SANS, 7.5), bottom)
        canvas.doForm(_PAGE_COUNT_FORM)
        canvas.restoreState()

    def _decorate_sheet(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """Draw the page decorations and the signature block: captions, boxes, a note."""
        self._decorate(canvas, doc)
        report, words = self.report, self.words
        ss = sheet_styles()
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, _SIGNATURES_HEADING + 13, PAGE_WIDTH - MARGIN, _SIGNATURES_HEADING + 13)
        canvas.setFont(SANS_BOLD, 10.5)
        canvas.setFillColor(INK)
        canvas.drawString(MARGIN, _SIGNATURES_HEADING, words("signatures.heading"))
        decider = report.decider or Person(name=report.decision.decided_by)
        approver = _who(report.approver) or f"<i>{text(words('signature.approver.unassigned'))}</i>"
        people = {
            "Reviewer": (words("signature.reviewer"), _who(decider), "signature.reviewer.empty"),
            "Approver": (words("signature.approver"), approver, "signature.approver.empty"),
        }
        for name, (x1, y1, x2, y2) in SIGNATURE_BOXES.items():
            role, who, empty = people[name]
            caption = Paragraph(f"<b>{text(role)}</b><br/>{who}", styles().small)
            _, height = caption.wrapOn(canvas, x2 - x1, _CAPTION_HEIGHT)
            caption.drawOn(canvas, x1, y2 + 4 + _CAPTION_HEIGHT - height)
            canvas.setDash(3, 2)
            canvas.rect(x1, y1, x2 - x1, y2 - y1)
            canvas.setDash()
            placeholder = Paragraph(text(words(empty)), ss.box)
            _, height = placeholder.wrapOn(canvas, x2 - x1 - 20, y2 - y1)
            placeholder.drawOn(canvas, x1 + 10, (y1 + y2 - height) / 2)
        note = Paragraph(text(words("signature.note", payload="decision.json")), ss.note)
        _, height = note.wrapOn(canvas, PAGE_WIDTH - 2 * MARGIN, _BOX_BOTTOM)
        note.drawOn(canvas, MARGIN, _BOX_BOTTOM - 4 - height)
        canvas.restoreState()


def _story(report: ReportInput, words: Wording) -> list[Flowable]:
    """Put the decision sheet first, then the annexes from page 2."""
    outline = Outline()
    plan = Annexes.plan(report)
    story = [sheet.sheet_heading(words, outline), *_fit_on_page_1(sheet.sheet(report, words, plan))]
    # A sheet that fits on page 1 ends it; one that ran over leaves room for the first annex.
    story.append(DocIf("doc.page == 1", [PageBreak()], [CondPageBreak(60 * mm)]))
    story += annexes.annexes(report, words, plan, outline)
    return story


def _fit_on_page_1(flow: list[Flowable]) -> list[Flowable]:
    """Keep the sheet on page 1, shrinking it a little if it must; let a huge one run over.

    Page 1 is meant to be printed alone, so a sheet slightly too long is shrunk to fit. One that
    would need type too small to read (many clauses, a very long rationale) continues on the
    next page instead, before the annexes.
    """
    available = PAGE_HEIGHT - MARGIN - 4 * mm - SHEET_BOTTOM - _SHEET_HEADING_ROOM
    _, needed = _listWrapOn(flow, PAGE_WIDTH - 2 * MARGIN, None)
    if needed <= available:
        return flow
    if available / needed >= _SMALLEST_SCALE:
        return [KeepInFrame(PAGE_WIDTH - 2 * MARGIN, available, flow, mode="shrink")]
    return flow


def render(report: ReportInput) -> bytes:
    """Render the unsigned report; the same input always gives the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    words = wording(report.language)
    template = _ReportTemplate(buffer, report, words)
    epoch = report.decision.decided_at.timestamp()
    template.build(_story(report, words), canvasmaker=_canvas_class(epoch))
    return buffer.getvalue()
