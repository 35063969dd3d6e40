"""The intake controller: holds the answers, sends them to an answer sink, reports what changed."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reviewer import Assessment, Questionnaire, ReviewerError
from reviewer.answers import AnswerValue, value_problem
from reviewer.questionnaire import QuestionKind, Section


class AnswerSink(Protocol):
    """Where answers go: the review service's autosave (`ui.reviews.sink.ServiceAnswerSink`)."""

    save_note: str

    def current_answers(self) -> Mapping[str, AnswerValue]:
        """Return the answers as last accepted."""
        ...

    def current_assessment(self) -> Assessment:
        """Return the assessment of the answers as last accepted."""
        ...

    def set_answer(self, question_id: str, value: AnswerValue) -> Assessment:
        """Record one answer (None clears it) and return the new assessment."""
        ...


@dataclass(frozen=True)
class SectionProgress:
    """How far one section is filled in, counting only the questions shown."""

    answered: int
    shown: int
    missing_required: tuple[str, ...]
    applies: bool

    @property
    def complete(self) -> bool:
        """Tell whether every shown question of the section has an answer."""
        return self.answered == self.shown

    def summary(self) -> str:
        """Return a short progress line, e.g. '2 of 4 answered'."""
        if not self.applies:
            return QCoreApplication.translate("IntakeController", "Does not apply")
        text = QCoreApplication.translate(
            "IntakeController", "{answered} of {shown} answered"
        ).format(answered=self.answered, shown=self.shown)
        if self.missing_required:
            count = len(self.missing_required)
            text += QCoreApplication.translate(
                "IntakeController", " · {count} required missing"
            ).format(count=count)
        return text


@dataclass(frozen=True)
class MissingSection:
    """The required questions of one section still without an answer, in the form's order."""

    section_id: str
    title: str
    answers: tuple[tuple[str, str], ...]
    """Each missing question as (question id, its short name)."""


def normalise(value: Any) -> Any:
    """Turn empty input into 'no answer', and whole numbers typed as floats into ints."""
    if value == "" or value == []:
        return None
    if isinstance(value, str) and not value.strip():
        return None
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


def has_answer(value: Any) -> bool:
    """Tell whether a stored value counts as an answer."""
    return value is not None and value != "" and value != []


class IntakeController(QObject):
    """Holds a review's answers and keeps the assessment, visibility and progress current.

    Signals:
        answer_changed(str): an answer was accepted or cleared; carries the question id.
        problem_changed(str): the problem shown for a question appeared, changed or went away.
        visibility_changed(): the set of shown questions or sections changed.
        assessment_changed(object): a new `Assessment` is available.
        saved(str): the sink accepted a change; carries the note to show, e.g. "Saved".
        failed(str): the sink refused a change; carries an officer-readable message.
    """

    answer_changed = Signal(str)
    problem_changed = Signal(str)
    visibility_changed = Signal()
    assessment_changed = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self, questionnaire: Questionnaire, sink: AnswerSink, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._questionnaire = questionnaire
        self._sink = sink
        self._answers: dict[str, AnswerValue] = dict(sink.current_answers())
        self._assessment = sink.current_assessment()
        self._problems: dict[str, str] = {}
        self._visible = frozenset(questionnaire.visible_question_ids(self._answers))

    @property
    def questionnaire(self) -> Questionnaire:
        """Return the questionnaire being filled in."""
        return self._questionnaire

    @property
    def assessment(self) -> Assessment:
        """Return the latest assessment."""
        return self._assessment

    @property
    def answers(self) -> dict[str, AnswerValue]:
        """Return a copy of the answers, including those to currently hidden questions."""
        return dict(self._answers)

    def answer(self, question_id: str) -> AnswerValue:
        """Return one answer, or None."""
        return self._answers.get(question_id)

    def problem(self, question_id: str) -> str | None:
        """Return what is wrong with the value last entered for a question, if anything."""
        return self._problems.get(question_id)

    def is_visible(self, question_id: str) -> bool:
        """Tell whether a question is shown, given the current answers."""
        return question_id in self._visible

    def section_applies(self, section: Section) -> bool:
        """Tell whether any question of a section is shown."""
        return any(q.id in self._visible for q in section.questions)

    def progress(self, section: Section) -> SectionProgress:
        """Return the progress of one section."""
        shown = [q for q in section.questions if q.id in self._visible]
        answered = [q for q in shown if has_answer(self._answers.get(q.id))]
        missing = tuple(
            self._questionnaire.term(q.id)
            for q in shown
            if q.required and not has_answer(self._answers.get(q.id))
        )
        return SectionProgress(len(answered), len(shown), missing, bool(shown))

    def missing_required_terms(self) -> list[str]:
        """Name every shown required question that has no answer yet."""
        return [self._questionnaire.term(qid) for qid in self._assessment.missing_required]

    def missing_shown_required(self) -> list[tuple[str, str]]:
        """Return the shown required questions still unanswered, as (id, short name), in order.

        This reads the form itself, not the assessment: it serves a questionnaire the verdict
        is not assessed on (the FRIA a review owes).
        """
        return [
            (q.id, self._questionnaire.term(q.id))
            for section in self._questionnaire.sections
            for q in section.questions
            if q.id in self._visible and q.required and not has_answer(self._answers.get(q.id))
        ]

    def missing_required_by_section(self) -> list[MissingSection]:
        """Group the shown required questions without an answer by section, in form order."""
        missing = set(self._assessment.missing_required)
        groups = []
        for section in self._questionnaire.sections:
            answers = tuple(
                (q.id, self._questionnaire.term(q.id)) for q in section.questions if q.id in missing
            )
            if answers:
                groups.append(MissingSection(section.id, section.title, answers))
        return groups

    def set_answer(self, question_id: str, value: Any) -> None:
        """Accept a value from the form; a value that does not fit is held back as a problem."""
        question = self._questionnaire.questions[question_id]
        value = normalise(value)
        problem = value_problem(question, value)
        if problem is not None:
            self._set_problem(question_id, _readable_problem(question.kind, problem))
            return
        self._set_problem(question_id, None)
        if self._answers.get(question_id) == value:
            return
        try:
            assessment = self._sink.set_answer(question_id, value)
        except ReviewerError as exc:
            self.failed.emit(str(exc))
            return
        if value is None:
            self._answers.pop(question_id, None)
        else:
            self._answers[question_id] = value
        self._assessment = assessment
        self.answer_changed.emit(question_id)
        visible = frozenset(self._questionnaire.visible_question_ids(self._answers))
        if visible != self._visible:
            self._visible = visible
            self.visibility_changed.emit()
        self.assessment_changed.emit(assessment)
        self.saved.emit(QCoreApplication.translate("IntakeController", self._sink.save_note))

    def _set_problem(self, question_id: str, problem: str | None) -> None:
        """Record or clear the problem of one question, signalling only on change."""
        if self._problems.get(question_id) == problem:
            return
        if problem is None:
            del self._problems[question_id]
        else:
            self._problems[question_id] = problem
        self.problem_changed.emit(question_id)


def _readable_problem(kind: QuestionKind, problem: str) -> str:
    """Phrase a value problem for the person typing, not for a file author."""
    if kind is QuestionKind.NUMBER:
        return QCoreApplication.translate(
            "IntakeController", "Enter a number, for example 250 or 12.5."
        )
    if kind is QuestionKind.DATE:
        return QCoreApplication.translate("IntakeController", "Enter a date as YYYY-MM-DD.")
    return problem[0].upper() + problem[1:] + "."
