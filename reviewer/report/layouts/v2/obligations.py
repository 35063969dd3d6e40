"""Layout 2's obligations annex: each obligation once, as a checklist, with its state if known."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from reviewer.followup import ObligationState
from reviewer.report.layouts.v2.common import WIDTH, Annexes, Outline, grid
from reviewer.report.model import ChecklistItem, ReportInput
from reviewer.report.styles import styles, text
from reviewer.report.wording import Wording
from reviewer.scoring import Assessment


def annex(report: ReportInput, words: Wording, plan: Annexes, outline: Outline) -> list[Flowable]:
    """Print each obligation once, as a checklist, with the clauses it comes from.

    A report that carries the review's checklist shows each item's state; one that does not
    (made from an answers file, or signed before reports carried it) keeps the empty boxes
    it was signed with.
    """
    if report.checklist:
        return _checklist(report, words)
    s = styles()
    a = report.assessment
    titles = _source_titles(a)
    header = [
        Paragraph(text(words(f"obligations.col.{key}")), s.label)
        for key in ("status", "item", "obligation", "from")
    ]
    rows: list[list[Any]] = [header]
    for index, item in enumerate(a.obligations, start=1):
        sources = "<br/>".join(text(titles.get(source, source)) for source in item.sources)
        rows.append(
            [
                "☐",
                str(index),
                Paragraph(text(item.text), s.small),
                Paragraph(sources, s.small),
            ]
        )
    return [
        Paragraph(text(words("obligations.intro")), s.muted),
        Spacer(1, 2 * mm),
        grid(
            rows,
            [15 * mm, 11 * mm, WIDTH - 81 * mm, 55 * mm],
            header=True,
            extra=[("FONTSIZE", (0, 1), (0, -1), 11), ("ALIGN", (0, 0), (1, -1), "CENTER")],
        ),
    ]


def _source_titles(a: Assessment) -> dict[str, str]:
    """Map each obligation source (a clause, or a clause's exception) to its title."""
    titles = {f"{t.pack_id}:{t.clause_id}": t.title for t in a.triggers}
    titles |= {
        f"{e.pack_id}:{e.clause_id}:{e.exception_id}": f"{e.clause_title} ({e.title})"
        for e in a.exceptions
    }
    return titles


_BOXES = {
    ObligationState.MET: "☑",
    ObligationState.NOT_APPLICABLE: "⊟",
    ObligationState.TO_DO: "☐",
}


@cache
def _state_style() -> ParagraphStyle:
    """Return the centred style of the state column."""
    return ParagraphStyle("checklist_state", parent=styles().small, alignment=TA_CENTER)


@cache
def _note_style() -> ParagraphStyle:
    """Return the style of the notes under an obligation: the answers, reason and evidence."""
    return ParagraphStyle(
        "checklist_note", parent=styles().muted, fontSize=7.5, leading=9.5, spaceBefore=1.5
    )


def _checklist(report: ReportInput, words: Wording) -> list[Flowable]:
    """Print the obligations with the state the review's checklist gave each when signed."""
    s = styles()
    a = report.assessment
    titles = _source_titles(a)
    marks = {item.id: item for item in report.checklist}
    header = [
        Paragraph(text(words(f"obligations.col.{key}")), s.label)
        for key in ("state", "item", "obligation", "from")
    ]
    rows: list[list[Any]] = [header]
    for index, obligation in enumerate(a.obligations, start=1):
        mark = marks.get(obligation.id) or ChecklistItem(
            id=obligation.id, state=ObligationState.TO_DO
        )
        state = f"<font size=11>{_BOXES[mark.state]}</font><br/>" + text(
            words(f"obligations.state.{mark.state.value}")
        )
        sources = "<br/>".join(text(titles.get(source, source)) for source in obligation.sources)
        rows.append(
            [
                Paragraph(state, _state_style()),
                str(index),
                [Paragraph(text(obligation.text), s.small), *_mark_notes(mark, words)],
                Paragraph(sources, s.small),
            ]
        )
    return [
        Paragraph(text(words("obligations.intro.checklist")), s.muted),
        Spacer(1, 2 * mm),
        grid(
            rows,
            [26 * mm, 11 * mm, WIDTH - 83 * mm, 46 * mm],
            header=True,
            extra=[("ALIGN", (0, 0), (1, -1), "CENTER")],
        ),
    ]


def _mark_notes(mark: ChecklistItem, words: Wording) -> list[Flowable]:
    """Say why an item stands as it does: the answers, the reason, the evidence, who marked it."""
    notes: list[str] = []
    if mark.premarked and mark.state is ObligationState.MET:
        notes.append(words("obligations.premarked", answers=mark.premarked))
    if mark.reason and mark.state is ObligationState.NOT_APPLICABLE:
        notes.append(words("obligations.reason", reason=mark.reason))
    if mark.evidence:
        files = ", ".join(f"{f.name} (sha256 {f.sha256[:12]}…)" for f in mark.evidence)
        notes.append(words("obligations.evidence", files=files))
    if mark.marked_by:
        notes.append(words("obligations.marked_by", who=mark.marked_by))
    return [Paragraph(text(note), _note_style()) for note in notes]
