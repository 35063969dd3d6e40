"""The declarative condition tree: evaluation that explains itself, and never uses eval."""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal, Protocol

from pydantic import BaseModel, BeforeValidator, ConfigDict, Discriminator, Field, Tag
from pydantic_core import PydanticCustomError

from reviewer import limits, phrases
from reviewer.phrases import Phrase, Translate, join_options, join_reasons, phrase, same

Scalar = str | int | float | bool


class _Node(BaseModel):
    """Base of every condition node: frozen and strict about unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class QuestionRef(_Node):
    """A reference to one question."""

    question: str


class ValueTest(_Node):
    """A question compared with one value."""

    question: str
    value: Scalar


class ValuesTest(_Node):
    """A question compared with a set of values."""

    question: str
    values: list[Scalar] = Field(min_length=1)


class CompareTest(_Node):
    """A number or date question compared with a bound."""

    question: str
    op: Literal["<", "<=", ">", ">=", "==", "!="]
    value: int | float | str


class AllOf(_Node):
    """True when every child is true."""

    all: list[Condition] = Field(min_length=1)


class AnyOf(_Node):
    """True when at least one child is true."""

    any: list[Condition] = Field(min_length=1)


class NotOf(_Node):
    """True when its child is false."""

    not_: Condition = Field(alias="not")


class Equals(_Node):
    """True when a single-choice, boolean, text or number answer equals a value."""

    equals: ValueTest


class In(_Node):
    """True when the answer is one of several values."""

    in_: ValuesTest = Field(alias="in")


class Includes(_Node):
    """True when a multiple-choice answer includes a value (or any of several)."""

    includes: ValueTest | ValuesTest


class Compare(_Node):
    """True when a number or date answer satisfies a comparison."""

    compare: CompareTest


class Answered(_Node):
    """True when the question is visible and has an answer."""

    answered: QuestionRef


_KEYS = {
    "all": "cond:all",
    "any": "cond:any",
    "not": "cond:not",
    "not_": "cond:not",
    "equals": "cond:equals",
    "in": "cond:in",
    "in_": "cond:in",
    "includes": "cond:includes",
    "compare": "cond:compare",
    "answered": "cond:answered",
}


def _discriminate(value: Any) -> str | None:
    """Pick the node type from the single key a condition mapping carries."""
    if isinstance(value, dict):
        keys = [k for k in value if k in _KEYS]
        return _KEYS[keys[0]] if len(keys) == 1 and len(value) == 1 else None
    if isinstance(value, _Node):
        return _KEYS.get(next(iter(type(value).model_fields)))
    return None


def check_condition_size(value: Any) -> Any:
    """Refuse a condition tree larger or deeper than the documented caps, before validating it.

    The walk stops as soon as a cap is passed, so it costs at most the cap whatever the input
    (a tree built from shared YAML aliases can be exponentially larger than its file).
    """
    parts = 0
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, _Node):
            continue  # already validated, hence already within the caps
        if isinstance(item, dict):
            if _discriminate(item) is not None:
                depth += 1
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        parts += 1
        if parts > limits.MAX_CONDITION_NODES:
            raise PydanticCustomError(
                "condition_too_large",
                f"the condition has more than {limits.MAX_CONDITION_NODES:,} parts, the limit; "
                "split it into several clauses",
            )
        if depth > limits.MAX_CONDITION_DEPTH:
            raise PydanticCustomError(
                "condition_too_deep",
                f"the condition nests more than {limits.MAX_CONDITION_DEPTH} levels deep, "
                "the limit; flatten it",
            )
        stack.extend((child, depth) for child in children)
    return value


Condition = Annotated[
    Annotated[AllOf, Tag("cond:all")]
    | Annotated[AnyOf, Tag("cond:any")]
    | Annotated[NotOf, Tag("cond:not")]
    | Annotated[Equals, Tag("cond:equals")]
    | Annotated[In, Tag("cond:in")]
    | Annotated[Includes, Tag("cond:includes")]
    | Annotated[Compare, Tag("cond:compare")]
    | Annotated[Answered, Tag("cond:answered")],
    Discriminator(
        _discriminate,
        custom_error_type="condition",
        custom_error_message=(
            "a condition must be a mapping with exactly one of: all, any, not, equals, in, "
            "includes, compare, answered"
        ),
    ),
    # Checked at every level, but a level within the caps costs at most the caps to check.
    BeforeValidator(check_condition_size),
]

for _model in (AllOf, AnyOf, NotOf):
    _model.model_rebuild()


class Vocabulary(Protocol):
    """What evaluation needs to know about questions to explain itself."""

    def term(self, question_id: str) -> str:
        """Return the short name of a question, as used in explanations."""

    def value_label(self, question_id: str, value: Any) -> str:
        """Return the readable label of an answer value."""


@dataclass(frozen=True)
class Reason:
    """One answer that made a condition node true or false, as a sentence to word."""

    question: str
    phrase: Phrase

    @property
    def text(self) -> str:
        """Return the reason in English."""
        return self.phrase.render()


@dataclass(frozen=True)
class Outcome:
    """The result of evaluating a condition, with the reasons behind it."""

    result: bool
    reasons: tuple[Reason, ...] = field(default=())

    @property
    def explanation(self) -> str:
        """Join the reasons into one English sentence."""
        return join_reasons([r.text for r in self.reasons])

    @property
    def phrases(self) -> tuple[Phrase, ...]:
        """Return the reasons' sentences, in order, each once (as `explanation` joins them)."""
        return tuple(dict.fromkeys(r.phrase for r in self.reasons))

    @property
    def questions(self) -> tuple[str, ...]:
        """Name the questions whose answers produced this outcome, in order, once each."""
        return tuple(dict.fromkeys(r.question for r in self.reasons))


OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
    "==": operator.eq,
    "!=": operator.ne,
}
_OP_TEMPLATES = {
    "<": phrases.BELOW,
    "<=": phrases.AT_MOST,
    ">": phrases.ABOVE,
    ">=": phrases.AT_LEAST,
    "==": phrases.IS,
    "!=": phrases.IS_NOT,
}


def evaluate(cond: Condition, answers: Mapping[str, Any], vocab: Vocabulary) -> Outcome:
    """Evaluate a condition against visible answers, explaining why it holds or not.

    ``answers`` must already exclude hidden questions: an absent key means "not answered".
    """
    match cond:
        case AllOf(all=children):
            outcomes = [evaluate(c, answers, vocab) for c in children]
            failed = [o for o in outcomes if not o.result]
            if failed:
                return Outcome(False, failed[0].reasons)
            return Outcome(True, tuple(r for o in outcomes for r in o.reasons))
        case AnyOf(any=children):
            outcomes = [evaluate(c, answers, vocab) for c in children]
            passed = [o for o in outcomes if o.result]
            if passed:
                return Outcome(True, tuple(r for o in passed for r in o.reasons))
            return Outcome(False, tuple(r for o in outcomes for r in o.reasons))
        case NotOf(not_=child):
            inner = evaluate(child, answers, vocab)
            # The reasons state facts ("X is Y"), so they stay true under negation.
            return Outcome(not inner.result, inner.reasons)
        case Equals(equals=test):
            return _equals(test, answers, vocab)
        case In(in_=test):
            return _in(test, answers, vocab)
        case Includes(includes=test):
            return _includes(test, answers, vocab)
        case Compare(compare=test):
            return _compare(test, answers, vocab)
        case Answered(answered=ref):
            present = has_answer(answers.get(ref.question))
            said = phrase(
                phrases.ANSWERED if present else phrases.NOT_ANSWERED, term=vocab.term(ref.question)
            )
            return Outcome(present, (Reason(ref.question, said),))
    raise TypeError(f"unknown condition node {cond!r}")  # pragma: no cover


def has_answer(value: Any) -> bool:
    """Tell whether a stored answer counts as given."""
    return value is not None and value != "" and value != []


def _describe(question: str, value: Any, vocab: Vocabulary) -> Phrase:
    """Say what a question's answer is, in words."""
    term = vocab.term(question)
    if not has_answer(value):
        return phrase(phrases.NOT_ANSWERED, term=term)
    if isinstance(value, list):
        return phrase(phrases.IS, term=term, value=[vocab.value_label(question, v) for v in value])
    return phrase(phrases.IS, term=term, value=vocab.value_label(question, value))


def _equals(test: ValueTest, answers: Mapping[str, Any], vocab: Vocabulary) -> Outcome:
    """Evaluate an equals node."""
    value = answers.get(test.question)
    result = has_answer(value) and not isinstance(value, list) and same_value(value, test.value)
    return Outcome(result, (Reason(test.question, _describe(test.question, value, vocab)),))


def _in(test: ValuesTest, answers: Mapping[str, Any], vocab: Vocabulary) -> Outcome:
    """Evaluate an in node."""
    value = answers.get(test.question)
    result = (
        has_answer(value)
        and not isinstance(value, list)
        and any(same_value(value, v) for v in test.values)
    )
    return Outcome(result, (Reason(test.question, _describe(test.question, value, vocab)),))


def _includes(
    test: ValueTest | ValuesTest, answers: Mapping[str, Any], vocab: Vocabulary
) -> Outcome:
    """Evaluate an includes node: any of the wanted values is among the chosen ones."""
    value = answers.get(test.question)
    chosen = value if isinstance(value, list) else []
    wanted = test.values if isinstance(test, ValuesTest) else [test.value]
    hits = [v for v in wanted if any(same_value(c, v) for c in chosen)]
    if hits:
        labels = [vocab.value_label(test.question, v) for v in hits]
        said = phrase(phrases.INCLUDES, term=vocab.term(test.question), values=labels)
        return Outcome(True, (Reason(test.question, said),))
    return Outcome(False, (Reason(test.question, _describe(test.question, value, vocab)),))


def _compare(test: CompareTest, answers: Mapping[str, Any], vocab: Vocabulary) -> Outcome:
    """Evaluate a compare node on numbers, or on ISO dates as strings."""
    value = answers.get(test.question)
    ok = False
    if has_answer(value) and not isinstance(value, (list, bool)):
        bound = test.value
        numbers = isinstance(value, (int, float)) and isinstance(bound, (int, float))
        dates = isinstance(value, str) and isinstance(bound, str)
        if numbers or dates:
            ok = OPERATORS[test.op](value, bound)
    if ok:
        template = _OP_TEMPLATES[test.op]
        said = phrase(template, term=vocab.term(test.question), value=str(test.value))
    else:
        said = _describe(test.question, value, vocab)
    return Outcome(ok, (Reason(test.question, said),))


def same_value(answer: Any, expected: Any) -> bool:
    """Compare an answer with a value from a condition, never equating True with 1."""
    if isinstance(answer, bool) or isinstance(expected, bool):
        return isinstance(answer, bool) and isinstance(expected, bool) and answer == expected
    return bool(answer == expected)


def referenced_values(cond: Condition) -> Iterator[tuple[str, list[Scalar] | None, str]]:
    """Yield (question, values or None, node kind) for every reference in a condition."""
    match cond:
        case AllOf(all=children) | AnyOf(any=children):
            for child in children:
                yield from referenced_values(child)
        case NotOf(not_=child):
            yield from referenced_values(child)
        case Equals(equals=test):
            yield test.question, [test.value], "equals"
        case In(in_=test):
            yield test.question, list(test.values), "in"
        case Includes(includes=test):
            values = test.values if isinstance(test, ValuesTest) else [test.value]
            yield test.question, list(values), "includes"
        case Compare(compare=test):
            yield test.question, None, "compare"
        case Answered(answered=ref):
            yield ref.question, None, "answered"


def describe(cond: Condition, vocab: Vocabulary, translate: Translate = same) -> str:
    """Render a condition as a readable rule, e.g. 'Camera type is Body-worn camera'.

    ``translate`` words each sentence template (see `reviewer.phrases`); English by default.
    """

    def said(template: str, **params: str) -> str:
        return translate(template).format(**params)

    match cond:
        case AllOf(all=children):
            return _fold([_grouped(c, vocab, translate) for c in children], phrases.BOTH, said)
        case AnyOf(any=children):
            return _fold([_grouped(c, vocab, translate) for c in children], phrases.EITHER, said)
        case NotOf(not_=child):
            return said(phrases.NOT, rule=describe(child, vocab, translate))
        case Equals(equals=test):
            label = vocab.value_label(test.question, test.value)
            return said(phrases.IS, term=vocab.term(test.question), value=label)
        case In(in_=test):
            labels = [vocab.value_label(test.question, v) for v in test.values]
            values = join_options(labels, translate)
            return said(phrases.ONE_OF, term=vocab.term(test.question), values=values)
        case Includes(includes=test):
            wanted = test.values if isinstance(test, ValuesTest) else [test.value]
            labels = [vocab.value_label(test.question, v) for v in wanted]
            term = vocab.term(test.question)
            if len(labels) == 1:
                return said(phrases.INCLUDES, term=term, values=labels[0])
            joined = join_options(labels, translate)
            return said(phrases.INCLUDES_ANY_OF, term=term, values=joined)
        case Compare(compare=test):
            template = _OP_TEMPLATES[test.op]
            return said(template, term=vocab.term(test.question), value=str(test.value))
        case Answered(answered=ref):
            return said(phrases.ANSWERED, term=vocab.term(ref.question))
    raise TypeError(f"unknown condition node {cond!r}")  # pragma: no cover


def _fold(texts: list[str], template: str, said: Callable[..., str]) -> str:
    """Join rule texts pairwise with a template: 'A and B and C'."""
    text = texts[0]
    for right in texts[1:]:
        text = said(template, left=text, right=right)
    return text


def _grouped(cond: Condition, vocab: Vocabulary, translate: Translate) -> str:
    """Describe a child, bracketing it when it is itself a combination."""
    text = describe(cond, vocab, translate)
    return f"({text})" if isinstance(cond, (AllOf, AnyOf)) else text


def condition_to_data(cond: Condition | None) -> Any:
    """Return a condition as plain data, as an author would write it."""
    if cond is None:
        return None
    return cond.model_dump(mode="json", by_alias=True)
