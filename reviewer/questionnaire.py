"""Questionnaire models, their loader and the rules for which questions are visible."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reviewer.canonical import content_hash
from reviewer.conditions import Condition, Vocabulary, describe, referenced_values
from reviewer.errors import ValidationProblems
from reviewer.phrases import Translate, same
from reviewer.predicates import Predicate, compile_condition
from reviewer.validation import describe_errors
from reviewer.yamlio import load_yaml_mapping

ID_PATTERN = r"^[a-z][a-z0-9_]*$"


class QuestionKind(StrEnum):
    """How a question is answered."""

    SINGLE = "single"
    MULTI = "multi"
    BOOLEAN = "boolean"
    TEXT = "text"
    NUMBER = "number"
    DATE = "date"


class _Model(BaseModel):
    """Base for questionnaire models: frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Option(_Model):
    """One choice offered by a single or multiple-choice question."""

    id: str = Field(pattern=ID_PATTERN)
    label: str = Field(min_length=1)
    exclusive: bool = Field(
        default=False,
        exclude_if=lambda v: not v,
        description="A multiple-choice option such as 'None of these' that rules out the others.",
    )


class Question(_Model):
    """One question of the intake form."""

    id: str = Field(pattern=ID_PATTERN)
    kind: QuestionKind
    label: str = Field(min_length=1)
    term: str | None = Field(
        default=None, description="Short name used in explanations, e.g. 'Camera type'."
    )
    help: str = ""
    options: list[Option] = Field(default_factory=list)
    required: bool = False
    visible_if: Condition | None = None
    asked_because: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        min_length=1,
        description="Ends the sentence 'Asked because ...' for a follow-up question.",
    )
    for_record: bool = Field(
        default=False,
        exclude_if=lambda v: not v,
        description="Asked for the record and the report; no clause or rule reads it.",
    )

    def option_label(self, option_id: str) -> str | None:
        """Return the label of an offered option, or None if it is not offered."""
        for option in self.options:
            if option.id == option_id:
                return option.label
        return None

    def asked_because_text(self, vocabulary: Vocabulary, translate: Translate = same) -> str | None:
        """Return why a follow-up is asked: the authored phrase, or the rule in words.

        ``translate`` words the rule's sentence templates (see `reviewer.phrases`).
        """
        if self.visible_if is None:
            return None
        if self.asked_because is not None:
            return self.asked_because
        return describe(self.visible_if, vocabulary, translate)

    def exclusive_problem(self, chosen: list[str]) -> str | None:
        """Say why a multiple choice is refused when it combines an exclusive option, or None."""
        if len(chosen) < 2:
            return None
        for option in self.options:
            if option.exclusive and option.id in chosen:
                return (
                    f'"{option.label}" cannot be combined with another choice; '
                    "untick it or untick the others"
                )
        return None


class AnswerMove(_Model):
    """How an answer to an earlier version's question is carried to this version."""

    from_question: str = Field(pattern=ID_PATTERN)
    to_question: str = Field(pattern=ID_PATTERN)
    values: dict[str, str] | None = Field(
        default=None,
        description="Old value (as JSON text: 'true', 'false' or an option id) to new option id; "
        "an old value not listed is not carried.",
    )


class Migration(_Model):
    """What carries answers from one earlier version to this one."""

    from_version: str = Field(min_length=1)
    moves: list[AnswerMove] = Field(default_factory=list)
    reconfirm: list[str] = Field(
        default_factory=list,
        description="Questions carried as they were but whose wording changed: ask again.",
    )


class Section(_Model):
    """A page of related questions."""

    id: str = Field(pattern=ID_PATTERN)
    title: str = Field(min_length=1)
    description: str = ""
    questions: list[Question] = Field(min_length=1)
    visible_if: Condition | None = None


class Questionnaire(_Model):
    """A versioned intake questionnaire."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_.-]*$")
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    description: str = ""
    sections: list[Section] = Field(min_length=1)
    migrations: list[Migration] = Field(default_factory=list, exclude_if=lambda v: not v)
    required_by: list[str] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="For a follow-up questionnaire: the 'pack-id:clause-id' whose trigger makes "
        "a review owe it.",
    )

    def iter_questions(self) -> Iterator[tuple[Section, Question]]:
        """Yield every question with its section, in form order."""
        for section in self.sections:
            for question in section.questions:
                yield section, question

    @cached_property
    def questions(self) -> dict[str, Question]:
        """Map question ids to questions."""
        return {q.id: q for _, q in self.iter_questions()}

    @cached_property
    def sha256(self) -> str:
        """Return the content hash that pins this questionnaire version."""
        return content_hash(self)

    def term(self, question_id: str) -> str:
        """Return a question's short name for explanations."""
        question = self.questions.get(question_id)
        if question is None:
            return question_id
        return question.term or question.label.rstrip("?")

    def value_label(self, question_id: str, value: Any) -> str:
        """Return a readable label for an answer value."""
        question = self.questions.get(question_id)
        if question is not None and isinstance(value, str):
            label = question.option_label(value)
            if label is not None:
                return label
        if isinstance(value, bool):
            return "Yes" if value else "No"
        return str(value)

    @cached_property
    def _visibility(self) -> list[tuple[Predicate | None, list[tuple[str, Predicate | None]]]]:
        """Compile every visible_if once, in form order."""
        return [
            (
                compile_condition(section.visible_if) if section.visible_if else None,
                [
                    (q.id, compile_condition(q.visible_if) if q.visible_if else None)
                    for q in section.questions
                ],
            )
            for section in self.sections
        ]

    def _walk_visible(self, answers: Mapping[str, Any]) -> tuple[list[str], dict[str, Any]]:
        """Return the visible question ids and the answers to them, in form order.

        Conditions may only name earlier questions (checked at load), so one pass in form
        order settles visibility: an answer to a hidden question never counts.
        """
        visible: dict[str, Any] = {}
        shown: list[str] = []
        for section_test, questions in self._visibility:
            if section_test is not None and not section_test(visible):
                continue
            for qid, question_test in questions:
                if question_test is not None and not question_test(visible):
                    continue
                shown.append(qid)
                if qid in answers:
                    visible[qid] = answers[qid]
        return shown, visible

    def visible_answers(self, answers: Mapping[str, Any]) -> dict[str, Any]:
        """Keep only the answers to questions that are visible given those same answers."""
        return self._walk_visible(answers)[1]

    def visible_question_ids(self, answers: Mapping[str, Any]) -> list[str]:
        """List the ids of the questions visible given the answers, in form order."""
        return self._walk_visible(answers)[0]


def check_questionnaire(questionnaire: Questionnaire) -> list[str]:
    """Return the rule breaches pydantic cannot see: ids, options and condition references."""
    problems: list[str] = []
    seen_sections: set[str] = set()
    earlier: dict[str, Question] = {}
    seen: set[str] = set()
    for section in questionnaire.sections:
        where = f"section {section.id!r}"
        if section.id in seen_sections:
            problems.append(f"{where}: duplicate section id")
        seen_sections.add(section.id)
        if section.visible_if is not None:
            problems += check_condition_refs(section.visible_if, earlier, f"{where}.visible_if")
        for question in section.questions:
            qwhere = f"question {question.id!r}"
            if question.id in seen:
                problems.append(f"{qwhere}: duplicate question id")
            seen.add(question.id)
            problems += _check_options(question, qwhere)
            if question.asked_because is not None and question.visible_if is None:
                problems.append(f"{qwhere}: asked_because needs a visible_if to explain")
            if question.visible_if is not None:
                problems += check_condition_refs(
                    question.visible_if, earlier, f"{qwhere}.visible_if"
                )
            earlier[question.id] = question
    problems += _check_migrations(questionnaire)
    return problems


def _check_migrations(questionnaire: Questionnaire) -> list[str]:
    """Check that migrations move answers onto real questions and offered options."""
    problems: list[str] = []
    questions = questionnaire.questions
    for migration in questionnaire.migrations:
        where = f"migration from {migration.from_version!r}"
        for move in migration.moves:
            target = questions.get(move.to_question)
            if target is None:
                problems.append(f"{where}: moves to unknown question {move.to_question!r}")
                continue
            for new in (move.values or {}).values():
                if target.option_label(new) is None:
                    problems.append(f"{where}: {move.to_question!r} offers no option {new!r}")
        for qid in migration.reconfirm:
            if qid not in questions:
                problems.append(f"{where}: reconfirms unknown question {qid!r}")
    return problems


def _check_options(question: Question, where: str) -> list[str]:
    """Check that options exist exactly where the kind needs them, with unique ids."""
    problems = []
    choice = question.kind in (QuestionKind.SINGLE, QuestionKind.MULTI)
    if choice and len(question.options) < 2:
        problems.append(f"{where}: a {question.kind} question needs at least two options")
    if not choice and question.options:
        problems.append(f"{where}: a {question.kind} question takes no options")
    ids = [o.id for o in question.options]
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{where}: duplicate option id {dup!r}")
    if question.kind is not QuestionKind.MULTI and any(o.exclusive for o in question.options):
        problems.append(f"{where}: only a multi question can have an exclusive option")
    return problems


def check_condition_refs(
    cond: Condition, questions: Mapping[str, Question], where: str
) -> list[str]:
    """Check that a condition names known questions, offered options and fitting operators."""
    problems = []
    for qid, values, node in referenced_values(cond):
        question = questions.get(qid)
        if question is None:
            problems.append(
                f"{where}: names unknown question {qid!r}"
                " (conditions in a questionnaire may only name earlier questions)"
            )
            continue
        problems += _check_node_fits(question, values, node, where)
    return problems


def _check_node_fits(
    question: Question, values: list[Any] | None, node: str, where: str
) -> list[str]:
    """Check one condition reference against the question it names."""
    kind = question.kind
    if node == "includes" and kind is not QuestionKind.MULTI:
        return [f"{where}: 'includes' needs a multi question, but {question.id!r} is {kind}"]
    if node in ("equals", "in") and kind is QuestionKind.MULTI:
        return [f"{where}: use 'includes' for the multi question {question.id!r}"]
    if node == "compare" and kind not in (QuestionKind.NUMBER, QuestionKind.DATE):
        return [f"{where}: 'compare' needs a number or date question, not {kind}"]
    problems = []
    if values is not None and kind in (QuestionKind.SINGLE, QuestionKind.MULTI):
        for value in values:
            if not isinstance(value, str) or question.option_label(value) is None:
                problems.append(f"{where}: question {question.id!r} offers no option {value!r}")
    if values is not None and kind is QuestionKind.BOOLEAN:
        for value in values:
            if not isinstance(value, bool):
                problems.append(f"{where}: {question.id!r} is yes/no; compare with true or false")
    return problems


def parse_questionnaire(data: Mapping[str, Any], source: str) -> Questionnaire:
    """Validate a parsed mapping as a questionnaire, raising with every problem found."""
    try:
        questionnaire = Questionnaire.model_validate(data)
    except ValidationError as exc:
        raise ValidationProblems(source, describe_errors(exc, data)) from None
    problems = check_questionnaire(questionnaire)
    if problems:
        raise ValidationProblems(source, problems)
    return questionnaire


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load and validate a questionnaire YAML file."""
    path = Path(path)
    return parse_questionnaire(load_yaml_mapping(path), str(path))
