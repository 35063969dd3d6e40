"""The annexes of layout 2: clause detail, obligations, answers, evidence, pins, audit."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from reviewer.answers import AnswerValue, missing_required
from reviewer.followup import ObligationState
from reviewer.questionnaire import Questionnaire
from reviewer.report.fonts import MONO
from reviewer.report.layouts.v2.common import WIDTH, Annexes, Outline, cell, fits, grid, pairs
from reviewer.report.layouts.v2.sheet import by_severity
from reviewer.report.model import ChecklistItem, ReportInput
from reviewer.report.styles import SEVERITY_COLOURS, styles, text
from reviewer.report.wording import Wording
from reviewer.scoring import Assessment, Trigger

# An annex starts on a new page only when less than this is left: a heading and a few lines.
_ROOM_FOR_AN_ANNEX = 45 * mm


def annexes(report: ReportInput, words: Wording, plan: Annexes, outline: Outline) -> list[Flowable]:
    """Build every annex the plan letters, in order."""
    builders = {
        "clauses": _clauses,
        "obligations": _obligations,
        "answers": _answers,
        "questionnaires": _questionnaires,
        "evidence": _evidence,
        "pins": _pins,
        "audit": _audit,
    }
    flow: list[Flowable] = []
    for key, letter in plan.letters.items():
        title = words("annex.heading", letter=letter, title=words(f"annex.{key}"))
        flow += [CondPageBreak(_ROOM_FOR_AN_ANNEX), outline.heading(title, 0, styles().h1)]
        flow += builders[key](report, words, plan, outline)
        flow.append(Spacer(1, 4 * mm))
    return flow


def _clauses(
    report: ReportInput, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
    """Detail each triggered clause: summary, citation, why, answers, exceptions weighed."""
    a = report.assessment
    flow: list[Flowable] = []
    for trigger in by_severity(report):
        flow += _clause(trigger, a, words, plan, outline)
    if a.exceptions:
        s = styles()
        flow.append(outline.heading(words("exceptions.heading"), 1, s.h2))
        for applied in a.exceptions:
            line = words(
                "exceptions.line",
                clause=f"<b>{text(applied.clause_title)}</b>",
                exception=text(applied.title),
                why=text(applied.explanation),
            )
            flow.append(Paragraph(line, s.body))
    return flow


def _clause(
    trigger: Trigger, a: Assessment, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
    """Build one clause's block, its heading kept with its first rows."""
    c = trigger.citation
    none = text(words("clause.none"))
    colour = SEVERITY_COLOURS[trigger.severity].hexval()[2:]
    severity = words.severity(trigger.severity)
    heading = outline.heading(
        f"{severity}: {trigger.title}",
        1,
        styles().h2,
        f'<font color="#{colour}">{text(severity)}</font> · {text(trigger.title)}',
    )
    answers = (
        "<br/>".join(f"{text(f.term)}: <b>{text(f.value_label)}</b>" for f in trigger.answers)
        or none
    )
    weighed = (
        "<br/>".join(f"{text(w.title)}: {text(w.explanation)}" for w in trigger.exceptions_weighed)
        or none
    )
    citation = words(
        "clause.citation.value",
        source=text(c.source),
        article=text(c.article),
        url=text(c.url),
        read=c.read.isoformat(),
    )
    rows = [
        (words("clause.summary"), text(trigger.summary)),
        (words("clause.citation"), citation),
        (words("clause.why"), text(trigger.explanation)),
        (words("clause.answers"), answers),
        (words("clause.weighed"), weighed),
    ]
    numbers = [
        str(index)
        for index, item in enumerate(a.obligations, start=1)
        if any(o.id == item.id for o in trigger.obligations)
    ]
    if numbers and "obligations" in plan:
        value = words.count(
            "clause.obligations.value",
            len(numbers),
            items=", ".join(numbers),
            annex=plan["obligations"],
        )
        rows.append((words("clause.obligations"), text(value)))
    return [KeepTogether([heading, pairs(rows[:2])]), pairs(rows[2:]), Spacer(1, 2 * mm)]


def _obligations(
    report: ReportInput, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
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


def _answers(
    report: ReportInput, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
    """List the intake's answers by section, for the questions visible given those answers."""
    return _answer_tables(report.questionnaire, report.review.answers, words, outline, 1)


def _questionnaires(
    report: ReportInput, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
    """List the answers of each questionnaire owed beyond the intake (the FRIA), pinned."""
    s = styles()
    flow: list[Flowable] = [Paragraph(text(words("questionnaires.intro")), s.muted)]
    for answered in report.questionnaires:
        q = answered.questionnaire
        missing = missing_required(q, answered.answers)
        status = (
            words("questionnaires.complete")
            if not missing
            else words.count("questionnaires.missing", len(missing))
        )
        flow += [
            Spacer(1, 2 * mm),
            outline.heading(q.title, 1, s.h2),
            Paragraph(
                text(
                    words("questionnaires.pin", id=q.id, version=q.version, sha256=q.sha256)
                    + " "
                    + status
                ),
                s.muted,
            ),
            Spacer(1, 1 * mm),
        ]
        flow += _answer_tables(q, answered.answers, words, outline, 2)
    return flow


def _answer_tables(
    q: Questionnaire,
    answers: Mapping[str, AnswerValue],
    words: Wording,
    outline: Outline,
    level: int,
) -> list[Flowable]:
    """Lay out one questionnaire's visible questions and answers, a table per section."""
    s = styles()
    visible = set(q.visible_question_ids(answers))
    widths = [85 * mm, WIDTH - 85 * mm]
    header: list[Any] = [words("answers.col.question"), words("answers.col.answer")]
    flow: list[Flowable] = []
    for section in q.sections:
        shown = [question for question in section.questions if question.id in visible]
        if not shown:
            continue
        rows: list[list[Any]] = [header]
        for question in shown:
            rows.append(
                [
                    cell(question.label, s.small, widths[0]),
                    _answer(q, answers, words, question.id, widths[1]),
                ]
            )
        flow += [
            outline.heading(section.title, level, s.h3),
            grid(rows, widths, header=True),
        ]
    return flow


def _answer(
    q: Questionnaire,
    answers: Mapping[str, AnswerValue],
    words: Wording,
    question_id: str,
    width: float,
) -> Any:
    """Return one answer's cell, with option labels rather than ids."""
    s = styles()
    value = answers.get(question_id)
    if value is None or value == "" or value == []:
        return Paragraph(f"<i>{text(words('answers.not_answered'))}</i>", s.small)
    if isinstance(value, list):
        return Paragraph("<br/>".join(text(q.value_label(question_id, v)) for v in value), s.small)
    return cell(q.value_label(question_id, value), s.small, width)


def _evidence(
    report: ReportInput, words: Wording, plan: Annexes, outline: Outline
) -> list[Flowable]:
    """List the evidence files with their size and sha256."""
    s = styles()
    files = report.review.evidence
    if not files:
        return [Paragraph(text(words("evidence.none")), s.body)]
    rows: list[list[Any]] = [
        [
            Paragraph("N", s.label),
            Paragraph(text(words("evidence.col.file")), s.label),
            Paragraph(text(words("evidence.col.size")), s.label),
            Paragraph("sha256", s.label),
        ]
    ]
    for index, f in enumerate(files, start=1):
        rows.append(
            [
                str(index),
                Paragraph(text(f.name), s.small),
                Paragraph(text(words("evidence.size", size=words.number(f.size))), s.small),
                Paragraph(text(f.sha256), s.mono),
            ]
        )
    return [
        Paragraph(text(words("evidence.intro")), s.muted),
        Spacer(1, 2 * mm),
        grid(rows, [8 * mm, 40 * mm, 22 * mm, WIDTH - 70 * mm], header=True),
    ]


def _pins(report: ReportInput, words: Wording, plan: Annexes, outline: Outline) -> list[Flowable]:
    """List the exact versions with their hashes, and the identifiers kept out of the body."""
    s = styles()
    a, r = report.assessment, report.review
    p = a.pins
    rows: list[list[Any]] = [
        [Paragraph(text(words(f"pins.col.{key}")), s.label) for key in ("kind", "id")]
        + [Paragraph("sha256", s.label)],
        [
            Paragraph(text(words("pins.questionnaire")), s.small),
            Paragraph(text(f"{p.questionnaire.id} {p.questionnaire.version}"), s.small),
            Paragraph(text(p.questionnaire.sha256), s.mono),
        ],
    ]
    for answered in report.questionnaires:
        extra = answered.questionnaire
        rows.append(
            [
                Paragraph(text(words("pins.questionnaire")), s.small),
                Paragraph(text(f"{extra.id} {extra.version}"), s.small),
                Paragraph(text(extra.sha256), s.mono),
            ]
        )
    for pack in p.packs:
        rows.append(
            [
                Paragraph(text(words("pins.pack")), s.small),
                Paragraph(text(f"{pack.id} {pack.version}"), s.small),
                Paragraph(text(pack.sha256), s.mono),
            ]
        )
    reference = r.reference or "—"
    if r.revision:
        reference = words("header.revision", reference=reference, revision=r.revision)
    rows.append(
        [
            Paragraph(text(words("pins.review")), s.small),
            Paragraph(text(reference), s.small),
            Paragraph(text(r.id), s.mono),
        ]
    )
    flow: list[Flowable] = [
        Paragraph(text(words("pins.intro", generator=report.generator)), s.muted),
        Spacer(1, 2 * mm),
        grid(rows, [28 * mm, 38 * mm, WIDTH - 66 * mm], header=True),
    ]
    if a.triggers:
        widths = [70 * mm, WIDTH - 70 * mm]
        ids: list[list[Any]] = []
        for t in a.triggers:
            clause = f"{t.pack_id}:{t.clause_id}"
            fitting = fits(clause, MONO, widths[1], 7.5)
            ids.append([Paragraph(text(t.title), s.small), clause if fitting else _mono(clause)])
        mono = [("FONTNAME", (1, 0), (1, -1), MONO), ("FONTSIZE", (1, 0), (1, -1), 7.5)]
        flow += [
            outline.heading(words("pins.clauses"), 1, s.h3),
            grid(ids, widths, extra=mono),
        ]
    return flow


def _mono(value: str) -> Paragraph:
    """Return an identifier too long for one line as a wrapping monospaced paragraph."""
    return Paragraph(text(value), styles().mono)


def _audit(report: ReportInput, words: Wording, plan: Annexes, outline: Outline) -> list[Flowable]:
    """Print the review's history, oldest first, and the anchor that pins it."""
    s = styles()
    lines = report.review.audit
    if not lines:
        return [Paragraph(text(words("audit.none")), s.body)]
    flow: list[Flowable] = [Paragraph(text(line), s.mono) for line in lines]
    flow.append(Spacer(1, 2 * mm))
    anchor = report.review.audit_anchor
    if anchor:
        flow.append(Paragraph(text(words("audit.anchor", anchor=anchor)), s.muted))
    else:
        flow.append(Paragraph(text(words("audit.no_anchor")), s.muted))
    return flow
