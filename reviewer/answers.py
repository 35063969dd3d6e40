"""Answers files, and checking answers against the questionnaire they claim to fill in."""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reviewer import limits
from reviewer.errors import ValidationProblems
from reviewer.questionnaire import Question, QuestionKind, Questionnaire
from reviewer.validation import describe_errors
from reviewer.yamlio import load_json_mapping

AnswerValue = str | int | float | bool | list[str] | None


class QuestionnairePin(BaseModel):
    """Which questionnaire, and which version of it, the answers fill in."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1)
    version: str = Field(min_length=1)


class AnswersFile(BaseModel):
    """An intake: a title, the applicant organisation, and the answers by question id."""

    model_config = ConfigDict(extra="forbid")

    questionnaire: QuestionnairePin
    title: str = Field(min_length=1, max_length=300)
    organisation: str = Field(min_length=1, max_length=300)
    answers: dict[str, AnswerValue] = Field(default_factory=dict)


def answer_problems(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[str]:
    """List unknown question ids, wrongly typed values and options that were not offered."""
    problems: list[str] = []
    for qid in answers:
        question = questionnaire.questions.get(qid)
        if question is None:
            problems.append(f"answers.{qid}: no such question in {questionnaire.id!r}")
            continue
        problem = value_problem(question, answers[qid])
        if problem:
            problems.append(f"answers.{qid}: {problem}")
    return problems


def value_problem(question: Question, value: Any) -> str | None:
    """Say what is wrong with one answer value for its question, or None if it fits."""
    if value is None:
        return None
    kind = question.kind
    if kind is QuestionKind.SINGLE:
        if not isinstance(value, str):
            return f"expected one option id as a string, got {_show(value)}"
        return _offered(question, [value])
    if kind is QuestionKind.MULTI:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return f"expected a list of option ids, got {_show(value)}"
        if len(set(value)) != len(value):
            return "lists an option more than once"
        return _offered(question, value) or question.exclusive_problem(value)
    if kind is QuestionKind.BOOLEAN:
        return None if isinstance(value, bool) else f"expected true or false, got {_show(value)}"
    if kind is QuestionKind.TEXT:
        if not isinstance(value, str):
            return f"expected text, got {_show(value)}"
        return "text is longer than 20,000 characters" if len(value) > 20_000 else None
    if kind is QuestionKind.NUMBER:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            return f"expected a number, got {_show(value)}"
        return None if math.isfinite(value) else "expected a finite number"
    if kind is QuestionKind.DATE:
        if not isinstance(value, str):
            return f"expected a date as YYYY-MM-DD, got {_show(value)}"
        try:
            date.fromisoformat(value)
        except ValueError:
            return f"expected a date as YYYY-MM-DD, got {value!r}"
        return None if len(value) == 10 else f"expected a date as YYYY-MM-DD, got {value!r}"
    return None  # pragma: no cover


def _offered(question: Question, values: list[str]) -> str | None:
    """Name the first value that is not among the question's options."""
    for value in values:
        if question.option_label(value) is None:
            offered = ", ".join(o.id for o in question.options)
            return f"{value!r} is not an option here; choose one of: {offered}"
    return None


def _show(value: Any) -> str:
    """Render a wrong value briefly for an error message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def parse_answers(data: Mapping[str, Any], source: str) -> AnswersFile:
    """Validate a parsed mapping as an answers file (structure only)."""
    try:
        return AnswersFile.model_validate(data)
    except ValidationError as exc:
        raise ValidationProblems(source, describe_errors(exc, data)) from None


def check_answers(answers_file: AnswersFile, questionnaire: Questionnaire, source: str) -> None:
    """Raise if the answers do not fit the questionnaire they name."""
    pin = answers_file.questionnaire
    problems: list[str] = []
    if pin.id != questionnaire.id:
        problems.append(
            f"questionnaire.id: the answers fill in {pin.id!r}, "
            f"but the questionnaire in use is {questionnaire.id!r}"
        )
    elif pin.version != questionnaire.version:
        problems.append(
            f"questionnaire.version: the answers fill in version {pin.version!r}, "
            f"but the questionnaire in use is version {questionnaire.version!r}"
        )
    problems += answer_problems(questionnaire, answers_file.answers)
    if problems:
        raise ValidationProblems(source, problems)


def load_answers_file(path: str | Path, questionnaire: Questionnaire | None = None) -> AnswersFile:
    """Load an answers JSON file, checking it against a questionnaire when one is given.

    The file is refused beyond `limits.MAX_ANSWERS_BYTES`, and with duplicate keys.
    """
    path = Path(path)
    data = load_json_mapping(path, max_bytes=limits.MAX_ANSWERS_BYTES, what="an answers file")
    answers_file = parse_answers(data, str(path))
    if questionnaire is not None:
        check_answers(answers_file, questionnaire, str(path))
    return answers_file


def missing_required(questionnaire: Questionnaire, answers: Mapping[str, Any]) -> list[str]:
    """List the visible required questions that have no answer yet."""
    visible = questionnaire.visible_question_ids(answers)
    missing = []
    for qid in visible:
        question = questionnaire.questions[qid]
        value = answers.get(qid)
        if question.required and (value is None or value == "" or value == []):
            missing.append(qid)
    return missing
