"""Conditions compiled to plain predicates, for the fast yes/no pass of scoring.

Most clauses do not trigger, so scoring first asks each compiled predicate for a bare
yes or no, and builds the explanation (``conditions.evaluate``) only for those that hold.
Both must always agree; a property test checks that they do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reviewer.conditions import (
    OPERATORS,
    AllOf,
    Answered,
    AnyOf,
    Compare,
    Condition,
    Equals,
    In,
    Includes,
    NotOf,
    ValuesTest,
    has_answer,
    same_value,
)

Predicate = Callable[[Mapping[str, Any]], bool]


def compile_condition(cond: Condition) -> Predicate:
    """Turn a condition tree into a predicate over visible answers."""
    match cond:
        case AllOf(all=children):
            parts = [compile_condition(c) for c in children]
            return lambda answers: all(p(answers) for p in parts)
        case AnyOf(any=children):
            parts = [compile_condition(c) for c in children]
            return lambda answers: any(p(answers) for p in parts)
        case NotOf(not_=child):
            inner = compile_condition(child)
            return lambda answers: not inner(answers)
        case Equals(equals=test):
            return _one_of(test.question, [test.value])
        case In(in_=test):
            return _one_of(test.question, list(test.values))
        case Includes(includes=test):
            wanted = test.values if isinstance(test, ValuesTest) else [test.value]
            return _includes(test.question, list(wanted))
        case Compare(compare=test):
            return _compare(test.question, test.op, test.value)
        case Answered(answered=ref):
            question = ref.question
            return lambda answers: has_answer(answers.get(question))
    raise TypeError(f"unknown condition node {cond!r}")  # pragma: no cover


def _one_of(question: str, values: list[Any]) -> Predicate:
    """Match a scalar answer against one or more values."""

    def test(answers: Mapping[str, Any]) -> bool:
        value = answers.get(question)
        if not has_answer(value) or isinstance(value, list):
            return False
        return any(same_value(value, v) for v in values)

    return test


def _includes(question: str, wanted: list[Any]) -> Predicate:
    """Match a multiple-choice answer containing any wanted value."""

    def test(answers: Mapping[str, Any]) -> bool:
        chosen = answers.get(question)
        if not isinstance(chosen, list):
            return False
        return any(same_value(c, v) for v in wanted for c in chosen)

    return test


def _compare(question: str, op: str, bound: Any) -> Predicate:
    """Compare a number with a number, or an ISO date string with a date string."""
    compare = OPERATORS[op]
    bound_is_number = isinstance(bound, (int, float))

    def test(answers: Mapping[str, Any]) -> bool:
        value = answers.get(question)
        if not has_answer(value) or isinstance(value, (list, bool)):
            return False
        if isinstance(value, (int, float)) and bound_is_number:
            return bool(compare(value, bound))
        if isinstance(value, str) and isinstance(bound, str):
            return bool(compare(value, bound))
        return False

    return test
