"""Carrying answers from one questionnaire version to the next, and saying what is left to do."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict

from reviewer.answers import AnswersFile, AnswerValue, QuestionnairePin, missing_required
from reviewer.answers import value_problem as _value_problem
from reviewer.errors import ReviewerError
from reviewer.questionnaire import Migration, Questionnaire


class NoMigrationError(ReviewerError):
    """The newer questionnaire says nothing about carrying answers from the older one."""


class DroppedAnswer(BaseModel):
    """An answer that could not be carried, and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: str
    reason: str


class AnswerMigration(BaseModel):
    """The answers carried to the newer version, with what moved, what was dropped and why."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    from_version: str
    to_version: str
    answers: dict[str, AnswerValue]
    carried: list[str]
    moved: dict[str, str]
    dropped: list[DroppedAnswer]
    reconfirm: list[str]
    to_answer: list[str]


def migrate_answers(
    old: Questionnaire, new: Questionnaire, answers: Mapping[str, Any]
) -> AnswerMigration:
    """Carry answers to ``old`` onto ``new``, following the migration ``new`` declares.

    An answer is carried when its question still exists and the value still fits it, or
    when a declared move maps it onto a new question. Anything else is dropped with a
    reason; so is an answer to a question that the carried answers now hide.
    """
    if old.id != new.id:
        raise NoMigrationError(
            f"answers to {old.id!r} cannot be carried to a different questionnaire, {new.id!r}"
        )
    step = _step(old, new)
    moves = {move.from_question: move for move in step.moves}
    visible_before = old.visible_answers(answers)
    carried: dict[str, AnswerValue] = {}
    moved: dict[str, str] = {}
    dropped: list[DroppedAnswer] = []
    for qid, value in visible_before.items():
        move = moves.get(qid)
        if move is not None:
            new_value = _moved_value(move.values, value)
            target = new.questions[move.to_question]
            if new_value is not None and _value_problem(target, new_value) is not None:
                new_value = None
            if new_value is None:
                dropped.append(
                    DroppedAnswer(
                        question=qid,
                        reason=f"{move.to_question!r} replaces it and {value!r} has no "
                        "single matching answer there",
                    )
                )
            else:
                carried[move.to_question] = new_value
                moved[qid] = move.to_question
            continue
        question = new.questions.get(qid)
        if question is None:
            dropped.append(DroppedAnswer(question=qid, reason="the question was removed"))
            continue
        problem = _value_problem(question, value)
        if problem is not None:
            dropped.append(DroppedAnswer(question=qid, reason=problem))
            continue
        carried[qid] = value
    visible_after = new.visible_answers(carried)
    dropped += [
        DroppedAnswer(question=qid, reason="the question is no longer asked given the answers")
        for qid in carried
        if qid not in visible_after
    ]
    return AnswerMigration(
        from_version=old.version,
        to_version=new.version,
        answers=visible_after,
        carried=[qid for qid in visible_after if qid not in moved.values()],
        moved=moved,
        dropped=dropped,
        reconfirm=[qid for qid in step.reconfirm if qid in visible_after],
        to_answer=missing_required(new, visible_after),
    )


def migrate_answers_file(
    answers_file: AnswersFile, old: Questionnaire, new: Questionnaire
) -> tuple[AnswersFile, AnswerMigration]:
    """Return the answers file pinned to the newer version, and the migration record."""
    result = migrate_answers(old, new, answers_file.answers)
    migrated = AnswersFile(
        questionnaire=QuestionnairePin(id=new.id, version=new.version),
        title=answers_file.title,
        organisation=answers_file.organisation,
        answers=result.answers,
    )
    return migrated, result


def _step(old: Questionnaire, new: Questionnaire) -> Migration:
    """Return the migration ``new`` declares from ``old``'s version."""
    for step in new.migrations:
        if step.from_version == old.version:
            return step
    raise NoMigrationError(
        f"{new.id} {new.version} declares no way to carry answers from version {old.version}"
    )


def _moved_value(values: Mapping[str, str] | None, value: Any) -> AnswerValue:
    """Map an old answer through a move's value table; None when it has no match."""
    if values is None:
        return value  # type: ignore[no-any-return]  # carried as it is, then checked
    return values.get(json.dumps(value) if not isinstance(value, str) else value)
