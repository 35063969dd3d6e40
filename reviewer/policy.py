"""Policy packs: versioned, cited clauses with conditions, exceptions and obligations."""

from __future__ import annotations

import string
from collections.abc import Iterator, Mapping
from datetime import date
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from reviewer.canonical import content_hash
from reviewer.conditions import Condition
from reviewer.errors import ValidationProblems
from reviewer.predicates import Predicate, compile_condition
from reviewer.questionnaire import Questionnaire, check_condition_refs
from reviewer.severity import Severity
from reviewer.validation import describe_errors
from reviewer.yamlio import load_yaml_mapping

CLAUSE_ID = r"^[a-z0-9][a-z0-9._-]*$"


class _Model(BaseModel):
    """Base for policy models: frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Citation(_Model):
    """Where a clause comes from, precisely enough to look it up."""

    source: str = Field(min_length=1)
    article: str = Field(min_length=1, description="Article, section or heading.")
    url: str = Field(pattern=r"^https?://")
    read: date = Field(description="The date the source text was read.")

    def short(self) -> str:
        """Return 'source, article' for one-line displays."""
        return f"{self.source}, {self.article}"


class ClauseKind(StrEnum):
    """Whose rule a clause is: the cited source's, or ours."""

    SOURCE = "source"
    HOUSE_RULE = "house-rule"


class DateChange(_Model):
    """A later text that moved the date a clause applies from."""

    day: date
    citation: Citation
    note: str = ""


class AppliesFrom(_Model):
    """The date a clause applies from, as the source states it, and any later change."""

    day: date = Field(description="The date as the cited text states it.")
    citation: Citation = Field(description="Where that date is stated.")
    changed_by: list[DateChange] = Field(
        default_factory=list,
        exclude_if=lambda v: not v,
        description="Later law that moved the date, oldest first; the last one applies.",
    )

    @property
    def effective(self) -> date:
        """Return the date that applies now: the last change, or the date as first stated."""
        return self.changed_by[-1].day if self.changed_by else self.day


class Obligation(_Model):
    """A control or duty that becomes a condition of approval."""

    id: str = Field(pattern=CLAUSE_ID)
    text: str = Field(min_length=1)
    # Left out of the canonical form when unset, so packs without it keep their hashes.
    satisfied_by: Condition | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="The answers (often safeguards) that satisfy the obligation already; the "
        "checklist then shows it met, saying which answers did.",
    )


class Exception_(_Model):
    """An exception that, when its condition holds, keeps a clause from triggering."""

    id: str = Field(pattern=CLAUSE_ID)
    title: str = Field(min_length=1)
    citation: Citation | None = None
    when: Condition
    obligations: list[Obligation] = Field(default_factory=list)

    @cached_property
    def holds(self) -> Predicate:
        """Return the compiled yes/no test of this exception's condition."""
        return compile_condition(self.when)


class Clause(_Model):
    """One cited rule: when it triggers, how serious it is, and what it demands."""

    id: str = Field(pattern=CLAUSE_ID)
    title: str = Field(min_length=1)
    summary: str = Field(min_length=1, description="The rule in our own words.")
    citation: Citation
    severity: Severity
    weight: int | None = Field(default=None, ge=0, le=1000)
    when: Condition
    unless: list[Exception_] = Field(default_factory=list)
    obligations: list[Obligation] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    # Fields below came with content 1.1. Each is left out of the canonical form when unset,
    # so a pack stored before they existed keeps the hash its reviews are pinned to.
    kind: ClauseKind = Field(
        default=ClauseKind.SOURCE,
        exclude_if=lambda v: v is ClauseKind.SOURCE,
        description="'house-rule' for a rule of ours, modelled on the cited text but not in it.",
    )
    applies_from: AppliesFrom | None = Field(default=None, exclude_if=lambda v: v is None)
    why: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        min_length=1,
        description="One sentence for people; {question_id} placeholders take the answers.",
    )

    @cached_property
    def holds(self) -> Predicate:
        """Return the compiled yes/no test of this clause's condition."""
        return compile_condition(self.when)

    def applies_on(self, day: date) -> bool:
        """Tell whether the clause applies on a day; a clause without a date always does."""
        return self.applies_from is None or self.applies_from.effective <= day

    @property
    def points(self) -> int:
        """Return the risk points this clause adds when it triggers."""
        return self.weight if self.weight is not None else self.severity.default_weight


class PolicyPack(_Model):
    """A versioned set of clauses from one source."""

    id: str = Field(pattern=CLAUSE_ID)
    version: str = Field(min_length=1)
    title: str = Field(min_length=1)
    source: str = Field(min_length=1)
    effective: date = Field(description="The date this version of the source took effect.")
    questionnaire: str = Field(description="The id of the questionnaire the conditions name.")
    questionnaire_version: str | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="The questionnaire version the conditions name; unset in packs before 1.1.",
    )
    description: str = ""
    clauses: list[Clause] = Field(min_length=1)

    @cached_property
    def sha256(self) -> str:
        """Return the content hash that decisions pin."""
        return content_hash(self)

    def clause(self, clause_id: str) -> Clause | None:
        """Return a clause by id, or None."""
        return next((c for c in self.clauses if c.id == clause_id), None)


def check_pack(pack: PolicyPack) -> list[str]:
    """Return rule breaches inside a pack: duplicate ids of clauses, exceptions, obligations."""
    problems: list[str] = []
    seen: set[str] = set()
    for clause in pack.clauses:
        if clause.id in seen:
            problems.append(f"clause {clause.id!r}: duplicate clause id")
        seen.add(clause.id)
        try:
            names = list(why_placeholders(clause.why))
        except ValueError as exc:
            problems.append(f"clause {clause.id!r}.why: {exc}")
            names = []
        for name in names:
            if not name.isidentifier():
                problems.append(f"clause {clause.id!r}.why: {{{name}}} is not a question id")
        ex_ids = [e.id for e in clause.unless]
        for dup in sorted({i for i in ex_ids if ex_ids.count(i) > 1}):
            problems.append(f"clause {clause.id!r}: duplicate exception id {dup!r}")
    return problems


def check_pack_against(pack: PolicyPack, questionnaire: Questionnaire) -> list[str]:
    """Check that every condition in a pack names real questions and offered options."""
    if pack.questionnaire != questionnaire.id:
        return [
            f"pack targets questionnaire {pack.questionnaire!r}, "
            f"but the questionnaire in use is {questionnaire.id!r}"
        ]
    if pack.questionnaire_version not in (None, questionnaire.version):
        return [
            f"pack targets questionnaire version {pack.questionnaire_version!r}, "
            f"but the questionnaire in use is version {questionnaire.version!r}"
        ]
    problems: list[str] = []
    questions = questionnaire.questions
    for clause in pack.clauses:
        where = f"clause {clause.id!r}"
        problems += check_condition_refs(clause.when, questions, f"{where}.when")
        for name in _safe_placeholders(clause.why):
            if name not in questions:
                problems.append(f"{where}.why: names unknown question {name!r}")
        for exc in clause.unless:
            problems += check_condition_refs(exc.when, questions, f"{where}.unless {exc.id!r}")
        for obligation in [*clause.obligations, *(o for e in clause.unless for o in e.obligations)]:
            if obligation.satisfied_by is not None:
                problems += check_condition_refs(
                    obligation.satisfied_by,
                    questions,
                    f"{where}.obligation {obligation.id!r}.satisfied_by",
                )
    return problems


def why_placeholders(template: str | None) -> Iterator[str]:
    """Yield the question ids a 'why' sentence names as {placeholders}."""
    if template is None:
        return
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None:
            yield name


def _safe_placeholders(template: str | None) -> list[str]:
    """Return the placeholders of a 'why' sentence, or none if it is malformed (reported apart)."""
    try:
        return list(why_placeholders(template))
    except ValueError:
        return []


def parse_policy_pack(
    data: Mapping[str, Any], source: str, questionnaire: Questionnaire | None = None
) -> PolicyPack:
    """Validate a parsed mapping as a policy pack, optionally against a questionnaire."""
    try:
        pack = PolicyPack.model_validate(data)
    except ValidationError as exc:
        raise ValidationProblems(source, describe_errors(exc, data)) from None
    problems = check_pack(pack)
    if questionnaire is not None:
        problems += check_pack_against(pack, questionnaire)
    if problems:
        raise ValidationProblems(source, problems)
    return pack


def load_policy_pack(path: str | Path, questionnaire: Questionnaire | None = None) -> PolicyPack:
    """Load and validate a policy pack YAML file."""
    path = Path(path)
    return parse_policy_pack(load_yaml_mapping(path), str(path), questionnaire)
