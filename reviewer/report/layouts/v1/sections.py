"""The report's sections as reportlab flowables: cover, clauses, decision, answers, records."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from reviewer.report.fonts import SANS, SANS_BOLD
from reviewer.report.layouts.v1.chart import breakdown_chart
from reviewer.report.layouts.v1.styles import (
    INK,
    OUTCOME_LABELS,
    RULE,
    SEVERITY_COLOURS,
    SHADE,
    VERDICT_LABELS,
    styles,
    text,
    verdict_colour,
)
from reviewer.report.model import PAYLOAD_NAME, ReportInput
from reviewer.scoring import Trigger

WIDTH = 170 * mm


class Heading(Paragraph):  # type: ignore[misc]  # reportlab has no type hints
    """A section heading that also becomes a PDF bookmark."""

    def __init__(self, title: str, level: int, key: str, markup: str | None = None) -> None:
        style = [styles().h1, styles().h2, styles().h3][level]
        super().__init__(text(title) if markup is None else markup, style)
        self.outline_title = title
        self.outline_level = level
        self.outline_key = key
        self.keepWithNext = True


class Outline:
    """Hands out unique bookmark keys in document order."""

    def __init__(self) -> None:
        self._count = 0

    def heading(self, title: str, level: int, markup: str | None = None) -> Heading:
        """Return a bookmarked heading; markup, when given, must already be escaped."""
        self._count += 1
        return Heading(title, level, f"h{self._count}", markup)


def grid(rows: list[list[Any]], widths: list[float], header: bool = False) -> LongTable:
    """Lay out rows as a ruled table that splits across pages, repeating any header row."""
    table = LongTable(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands += [
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ]
    table.setStyle(TableStyle(commands))
    return table


def pairs(rows: list[tuple[str, str]]) -> LongTable:
    """Lay out label/value pairs; values are already escaped markup."""
    s = styles()
    return grid(
        [[Paragraph(text(label), s.label), Paragraph(value, s.small)] for label, value in rows],
        [38 * mm, WIDTH - 38 * mm],
    )


def cover(report: ReportInput, outline: Outline) -> list[Flowable]:
    """Build the cover: outcome and verdict first, then who, what and when."""
    s = styles()
    a, d, r = report.assessment, report.decision, report.review
    banner = Table(
        [
            [Paragraph(f"Outcome: {text(OUTCOME_LABELS[d.outcome])}", s.outcome)],
            [
                Paragraph(
                    f"Verdict: {text(a.verdict.value)} ({text(VERDICT_LABELS[a.verdict])}), "
                    f"risk score {a.score}, {len(a.triggers)} clauses triggered",
                    s.outcome_note,
                )
            ],
        ],
        colWidths=[WIDTH],
    )
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), verdict_colour(a.verdict)),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 10),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 10),
            ]
        )
    )
    packs = ", ".join(f"{p.id} {p.version}" for p in a.pins.packs) or "none"
    q = a.pins.questionnaire
    details = pairs(
        [
            ("Review", text(r.title)),
            ("Applicant", text(r.organisation)),
            ("Review id", text(r.id)),
            ("Reviewer", text(d.decided_by)),
            ("Decision time", text(report.decided_at_utc)),
            ("Questionnaire", text(f"{q.id} {q.version}")),
            ("Policy packs", text(packs)),
        ]
    )
    flow: list[Flowable] = [
        outline.heading("Decision on a proposed AI deployment", 0),
        Spacer(1, 4 * mm),
        banner,
        Spacer(1, 6 * mm),
        details,
        Spacer(1, 6 * mm),
    ]
    if a.missing_required:
        flow.append(
            Paragraph(
                f"<b>Provisional assessment:</b> {len(a.missing_required)} required questions "
                f"were unanswered ({text(', '.join(a.missing_required))}).",
                s.body,
            )
        )
    flow.append(
        Paragraph(
            "This report is signed electronically. The reviewer's signature certifies it; an "
            "approver may countersign it. Check the signatures in your PDF reader's signature "
            f"panel, or with <i>reviewer verify</i>. A machine-readable copy, {PAYLOAD_NAME}, is "
            "attached to this PDF and covered by the signatures.",
            s.muted,
        )
    )
    return flow


def clauses(report: ReportInput, outline: Outline) -> list[Flowable]:
    """Build the triggered clauses: a summary with the chart, then every clause in full."""
    s = styles()
    a = report.assessment
    rows: list[list[Any]] = [["Severity", "Clauses", "Points"]]
    rows += [[b.severity.value.capitalize(), str(b.count), str(b.points)] for b in a.breakdown]
    rows.append(["Total", str(len(a.triggers)), str(a.score)])
    summary = grid(rows, [50 * mm, 30 * mm, 30 * mm], header=True)
    flow: list[Flowable] = [
        outline.heading("Triggered clauses", 0),
        summary,
        Spacer(1, 4 * mm),
        breakdown_chart(a.breakdown),
        Spacer(1, 2 * mm),
    ]
    if not a.triggers:
        flow.append(Paragraph("No policy clause triggered.", s.body))
    for trigger in a.triggers:
        flow += _clause(trigger, outline)
    if a.exceptions:
        flow.append(outline.heading("Exceptions that applied", 1))
        for applied in a.exceptions:
            flow.append(
                Paragraph(
                    f"<b>{text(applied.clause_title)}</b>: {text(applied.title)}. "
                    f"Why: {text(applied.explanation)}.",
                    s.body,
                )
            )
    return flow


def _clause(trigger: Trigger, outline: Outline) -> list[Flowable]:
    """Build one triggered clause: id, summary, citation, reasons, answers and exceptions."""
    c = trigger.citation
    severity = text(trigger.severity.value.upper())
    colour = SEVERITY_COLOURS[trigger.severity].hexval()[2:]
    heading = outline.heading(
        f"[{trigger.severity.value.upper()}] {trigger.title}",
        1,
        f'<font color="#{colour}">[{severity}]</font> {text(trigger.title)}',
    )
    answers = (
        "<br/>".join(f"{text(f.term)}: <b>{text(f.value_label)}</b>" for f in trigger.answers)
        or "none"
    )
    weighed = (
        "<br/>".join(f"{text(w.title)}: {text(w.explanation)}" for w in trigger.exceptions_weighed)
        or "none"
    )
    obligations = "<br/>".join(f"• {text(o.text)}" for o in trigger.obligations) or "none"
    rows = [
        ("Clause", text(f"{trigger.pack_id}:{trigger.clause_id}, {trigger.points} points")),
        ("Our summary", text(trigger.summary)),
        (
            "Citation",
            f"{text(c.source)}, {text(c.article)}<br/>{text(c.url)} (read {c.read.isoformat()})",
        ),
        ("Why it triggered", text(trigger.explanation)),
        ("Answers", answers),
        ("Exceptions weighed", weighed),
        ("Obligations", obligations),
    ]
    return [KeepTogether([heading, pairs(rows[:3])]), pairs(rows[3:]), Spacer(1, 2 * mm)]
