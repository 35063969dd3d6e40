"""The annexes of layout 2: clause detail, obligations, answers, evidence, pins, audit.

The obligations checklist has its own module, `obligations`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from reviewer.answers import AnswerValue, missing_required
from reviewer.questionnaire import Questionnaire
from reviewer.report.fonts import MONO
from reviewer.report.layouts.v2 import obligations
from reviewer.report.layouts.v2.common import WIDTH, Annexes, Outline, cell, fits, grid, pairs
from reviewer.report.layouts.v2.sheet import by_severity
from reviewer.report.model import ReportInput
from reviewer.report.styles import SEVERITY_COLOURS, styles, text
from reviewer.report.wording import Wording
from reviewer.scoring import Assessment, Trigger

# An annex starts on a new page only when less than this is left: a heading and a few lines.
_ROOM_FOR_AN_ANNEX = 45 * mm


def annexes(report: ReportInput, words: Wording, plan: Annexes, outline: Outline) -> list[Flowable]:
    """Build every annex the plan letters, in order."""
    builders = {
        "clauses": _clauses,
        "obligations": obligations.annex,
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
