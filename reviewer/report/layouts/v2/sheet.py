"""Page 1 of layout 2, the decision sheet: what was decided, on what, why, and on what terms."""

from __future__ import annotations

from collections import Counter
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from reviewer.followup import ObligationState
from reviewer.report.layouts.v2.common import BOLD_FIRST_COLUMN, WIDTH, Annexes, Outline, grid
from reviewer.report.model import ReportInput
from reviewer.report.styles import (
    SEVERITY_COLOURS,
    sheet_styles,
    styles,
    text,
    verdict_colour,
)
from reviewer.report.wording import Wording
from reviewer.scoring import Trigger
from reviewer.severity import Verdict


def sheet_heading(words: Wording, outline: Outline) -> Flowable:
    """Return the sheet's first line, which is also its bookmark."""
    return outline.heading(
        words("sheet.outline"), 0, sheet_styles().kicker, text(words("sheet.kicker").upper())
    )


def by_severity(report: ReportInput) -> list[Trigger]:
    """Return the triggered clauses, most serious first, in policy order within a severity."""
    return sorted(report.assessment.triggers, key=lambda t: -t.severity.rank)


def sheet(report: ReportInput, words: Wording, annexes: Annexes) -> list[Flowable]:
    """Build the decision sheet below its heading; the signature block is drawn by the page."""
    ss = sheet_styles()
    flow: list[Flowable] = [
        Paragraph(text(report.review.title), ss.sheet_title),
        Spacer(1, 2.5 * mm),
        _facts(report, words),
        Spacer(1, 3 * mm),
        _banner(report, words),
    ]
    flow += _clauses(report, words, annexes)
    flow += [
        Paragraph(text(words("rationale.heading")), ss.h2),
        Paragraph(text(report.decision.rationale), styles().body),
    ]
    flow += _terms(report, words, annexes)
    flow.append(Spacer(1, 2.5 * mm))
    flow.append(Paragraph(_versions(report, words, annexes), ss.note))
    return flow


def _facts(report: ReportInput, words: Wording) -> Table:
    """Lay out reference, applicant, system, owner, revision and decision time in two columns."""
    s = styles()
    r = report.review
    missing = f"<i>{text(words('fact.not_given'))}</i>"
    reference = text(r.reference) if r.reference else f"<i>{text(words('fact.no_reference'))}</i>"
    cells = [
        (words("fact.reference"), reference),
        (words("fact.applicant"), text(r.organisation)),
        (words("fact.system"), text(r.system) if r.system else missing),
        (words("fact.business_owner"), text(r.business_owner) if r.business_owner else missing),
        (words("fact.revision"), text(r.revision) if r.revision else missing),
        (words("fact.decided"), text(report.decided_at_utc)),
    ]
    rows: list[list[Any]] = []
    for left, right in zip(cells[0::2], cells[1::2], strict=True):
        rows.append(
            [
                Paragraph(text(left[0]), s.label),
                Paragraph(left[1], s.small),
                Paragraph(text(right[0]), s.label),
                Paragraph(right[1], s.small),
            ]
        )
    # Short values (a reference, a number) on the left leave room for names on the right.
    return grid(rows, [22 * mm, 50 * mm, 34 * mm, WIDTH - 106 * mm])


def _banner(report: ReportInput, words: Wording) -> Table:
    """State the outcome and the verdict in words on the verdict's colour."""
    ss = sheet_styles()
    a = report.assessment
    clauses = (
        words.count("verdict.clauses", len(a.triggers))
        if a.triggers
        else words("verdict.clauses.none")
    )
    lines = [
        [Paragraph(text(words.outcome(report.decision.outcome)), ss.outcome)],
        [
            Paragraph(
                text(words("verdict.line", verdict=words.verdict(a.verdict), clauses=clauses)),
                ss.outcome_note,
            )
        ],
    ]
    if a.missing_required:
        lines.append(
            [
                Paragraph(
                    text(words.count("verdict.provisional", len(a.missing_required))),
                    ss.outcome_note,
                )
            ]
        )
    banner = Table(lines, colWidths=[WIDTH], hAlign="LEFT")
    banner.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), verdict_colour(a.verdict)),
                ("LEFTPADDING", (0, 0), (-1, -1), 9),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return banner


def _clauses(report: ReportInput, words: Wording, annexes: Annexes) -> list[Flowable]:
    """List every triggered clause on one line: severity, title and article."""
    s, ss = styles(), sheet_styles()
    a = report.assessment
    flow: list[Flowable] = [Paragraph(text(words("clauses.heading")), ss.h2)]
    if not a.triggers:
        flow.append(Paragraph(text(words("clauses.none")), s.body))
    else:
        triggers = by_severity(report)
        # The first line is its own table, kept with the heading; the rest may run over a page.
        flow.append(_clause_lines(triggers[:1], words))
        if len(triggers) > 1:
            flow.append(_clause_lines(triggers[1:], words))
        flow.append(Spacer(1, 1 * mm))
        flow.append(Paragraph(text(words("clauses.detail", annex=annexes["clauses"])), ss.note))
    if a.exceptions:
        flow.append(
            Paragraph(
                text(
                    words.count("clauses.exceptions", len(a.exceptions), annex=annexes["clauses"])
                ),
                ss.note,
            )
        )
    return flow


def _clause_lines(triggers: list[Trigger], words: Wording) -> Flowable:
    """Lay out clauses a line each, with a bar in the colour of each one's severity."""
    s = styles()
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = [("LEFTPADDING", (0, 0), (0, -1), 6), BOLD_FIRST_COLUMN]
    for index, trigger in enumerate(triggers):
        rows.append(
            [
                words.severity(trigger.severity),
                Paragraph(text(trigger.title), s.small),
                Paragraph(text(trigger.citation.article), s.small),
            ]
        )
        extra.append(("LINEBEFORE", (0, index), (0, index), 3, SEVERITY_COLOURS[trigger.severity]))
    return grid(rows, [21 * mm, WIDTH - 76 * mm, 55 * mm], extra=extra)


def _terms(report: ReportInput, words: Wording, annexes: Annexes) -> list[Flowable]:
    """State the conditions of an approval, or what follows from any other decision."""
    s, ss = styles(), sheet_styles()
    d, a = report.decision, report.assessment
    conditions = [c for c in d.conditions if c.strip()]
    flow: list[Flowable] = []
    if d.outcome.approves:
        flow.append(Paragraph(text(words("conditions.heading")), ss.h2))
        flow += _numbered(conditions) or [Paragraph(text(words("conditions.none")), s.body)]
        if a.obligations:
            flow.append(Spacer(1, 1 * mm))
            flow.append(Paragraph(text(_obligations_line(report, words, annexes)), s.body))
        return flow
    prohibited = "prohibited." if a.verdict is Verdict.PROHIBITED else ""
    key = f"follows.{prohibited}{d.outcome.value}"
    flow += [
        Paragraph(text(words("follows.heading")), ss.h2),
        Paragraph(text(words(key)), s.body),
    ]
    if conditions:
        flow.append(Paragraph(text(words("conditions.noted")), s.body))
        flow += _numbered(conditions)
    return flow


def _obligations_line(report: ReportInput, words: Wording, annexes: Annexes) -> str:
    """Say how many obligations apply and, when the report carries the checklist, how they stood.

    A report without the checklist keeps the sentence it was signed with.
    """
    count, annex = len(report.assessment.obligations), annexes["obligations"]
    if not report.checklist:
        return words.count("obligations.apply", count, annex=annex)
    states = Counter(item.state for item in report.checklist)
    to_do = count - states[ObligationState.MET] - states[ObligationState.NOT_APPLICABLE]
    return words.count(
        "obligations.tally",
        count,
        met=states[ObligationState.MET],
        not_applicable=states[ObligationState.NOT_APPLICABLE],
        to_do=to_do,
        annex=annex,
    )


def _numbered(items: list[str]) -> list[Flowable]:
    """Return the reviewer's own sentences as a numbered list."""
    ss = sheet_styles()
    return [
        Paragraph(text(item), ss.item, bulletText=f"{index}.")
        for index, item in enumerate(items, start=1)
    ]


def _versions(report: ReportInput, words: Wording, annexes: Annexes) -> str:
    """Name the questionnaire and policy versions, short; the hashes are in an annex."""
    pins = report.assessment.pins
    packs = ", ".join(words("versions.pack", id=p.id, version=p.version) for p in pins.packs)
    return text(
        words(
            "versions",
            questionnaire=report.questionnaire.title,
            questionnaire_version=pins.questionnaire.version,
            packs=packs or words("versions.no_pack"),
            annex=annexes["pins"],
        )
    )
