"""assess(): the pure, deterministic scoring of answers against policy packs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from reviewer.answers import AnswerValue, missing_required
from reviewer.canonical import canonical_json
from reviewer.conditions import Outcome, evaluate
from reviewer.phrases import Phrase, Translate, join_reasons, phrase, same
from reviewer.policy import (
    AppliesFrom,
    Citation,
    Clause,
    ClauseKind,
    Obligation,
    PolicyPack,
    why_placeholders,
)
from reviewer.questionnaire import Questionnaire
from reviewer.severity import Severity, Verdict


class _Model(BaseModel):
    """Base for assessment models: frozen and serialisable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class AnswerFact(_Model):
    """One answer that an explanation rests on."""

    question: str
    term: str
    value: AnswerValue
    value_label: str


class Sentence(_Model):
    """One sentence of an explanation: a template of `reviewer.phrases` and its content."""

    template: str
    params: dict[str, str | list[str]] = Field(default_factory=dict)

    def render(self, translate: Translate = same) -> str:
        """Word the sentence, English unless a front end's ``translate`` is given."""
        return self.phrase().render(translate)

    def phrase(self) -> Phrase:
        """Return the sentence as a phrase."""
        return phrase(self.template, **self.params)


def sentences(outcome: Outcome) -> list[Sentence]:
    """Return an outcome's reasons as storable sentences."""
    return [Sentence.model_validate(p.to_data()) for p in outcome.phrases]


def word(reasons: list[Sentence], translate: Translate = same) -> str:
    """Join sentences into one, as `Outcome.explanation` does, in a front end's words."""
    return join_reasons([s.render(translate) for s in reasons], translate)


# Additive field (explanations as templates): left out when empty, so stored assessments read
# back and re-serialise byte for byte.
def _reasons() -> Any:
    """Return the field of an explanation's sentences."""
    return Field(default_factory=list, exclude_if=lambda v: not v)


class WeighedException(_Model):
    """An exception that was checked for a triggered clause but did not hold."""

    exception_id: str
    title: str
    explanation: str
    reasons: list[Sentence] = _reasons()


class Trigger(_Model):
    """A clause that triggered, and why."""

    pack_id: str
    clause_id: str
    title: str
    summary: str
    severity: Severity
    points: int
    citation: Citation
    explanation: str
    answers: list[AnswerFact]
    exceptions_weighed: list[WeighedException]
    obligations: list[Obligation]
    tags: list[str]
    # Additive fields (content 1.1): left out when unset, so stored assessments read back
    # and re-serialise byte for byte.
    kind: ClauseKind = Field(default=ClauseKind.SOURCE, exclude_if=lambda v: v is ClauseKind.SOURCE)
    why: str | None = Field(default=None, exclude_if=lambda v: v is None)
    applies_from: AppliesFrom | None = Field(default=None, exclude_if=lambda v: v is None)
    reasons: list[Sentence] = _reasons()


class NotYetApplicable(_Model):
    """A clause whose condition holds but which does not apply yet on the as-of date."""

    pack_id: str
    clause_id: str
    title: str
    severity: Severity
    kind: ClauseKind = Field(default=ClauseKind.SOURCE, exclude_if=lambda v: v is ClauseKind.SOURCE)
    applies_from: AppliesFrom
    citation: Citation
    why: str | None = Field(default=None, exclude_if=lambda v: v is None)


class AppliedException(_Model):
    """An exception that kept a clause from triggering, and why it applied."""

    pack_id: str
    clause_id: str
    clause_title: str
    exception_id: str
    title: str
    citation: Citation | None
    explanation: str
    answers: list[AnswerFact]
    obligations: list[Obligation]
    reasons: list[Sentence] = _reasons()


class ObligationItem(_Model):
    """A condition of approval, with the clauses it comes from."""

    id: str
    text: str
    sources: list[str]


class SeverityShare(_Model):
    """How many clauses of one severity triggered and the points they add."""

    severity: Severity
    count: int
    points: int


class QuestionnaireRef(_Model):
    """The pinned questionnaire version."""

    id: str
    version: str
    sha256: str


class PackRef(_Model):
    """A pinned policy pack version."""

    id: str
    version: str
    sha256: str


class Pins(_Model):
    """The exact versions an assessment was made against."""

    questionnaire: QuestionnaireRef
    packs: list[PackRef]


class Assessment(_Model):
    """The result of scoring one set of answers."""

    verdict: Verdict
    score: int
    breakdown: list[SeverityShare]
    triggers: list[Trigger]
    exceptions: list[AppliedException]
    obligations: list[ObligationItem]
    missing_required: list[str]
    pins: Pins
    as_of: date | None = Field(
        default=None,
        exclude_if=lambda v: v is None,
        description="The day the clauses' dates were judged against; unset before content 1.1.",
    )
    not_yet_applicable: list[NotYetApplicable] = Field(
        default_factory=list, exclude_if=lambda v: not v
    )

    def to_json(self) -> str:
        """Return canonical JSON: the same assessment always gives the same bytes."""
        return canonical_json(self.model_dump(mode="json"))

    def without_sentences(self) -> Assessment:
        """Return the assessment without its explanations' sentence templates (``reasons``).

        Assessments made before explanations were templates have none; compare through this
        so that re-scoring one still gives the same assessment. The English ``explanation``
        texts stay and are compared.
        """
        return self.model_copy(
            update={
                "triggers": [
                    t.model_copy(
                        update={
                            "reasons": [],
                            "exceptions_weighed": [
                                w.model_copy(update={"reasons": []}) for w in t.exceptions_weighed
                            ],
                        }
                    )
                    for t in self.triggers
                ],
                "exceptions": [a.model_copy(update={"reasons": []}) for a in self.exceptions],
            }
        )

    def trigger(self, clause_id: str) -> Trigger | None:
        """Return the trigger for a clause id, or None."""
        return next((t for t in self.triggers if t.clause_id == clause_id), None)


def assess(
    questionnaire: Questionnaire,
    packs: Sequence[PolicyPack],
    answers: Mapping[str, Any],
    as_of: date | None = None,
) -> Assessment:
    """Score answers against every clause of the packs, ignoring answers to hidden questions.

    The assessment is made as of a day, recorded in it. A clause that holds but applies only
    from a later day is listed as not yet applicable and does not count toward the verdict.
    Without ``as_of`` the clauses' dates are judged against today and no day is recorded, as
    assessments made before clauses carried dates were; re-scoring one gives the same bytes.
    """
    day = as_of or date.today()
    visible = questionnaire.visible_answers(answers)
    triggers: list[Trigger] = []
    applied: list[AppliedException] = []
    pending: list[NotYetApplicable] = []
    for pack in packs:
        for clause in pack.clauses:
            if not clause.holds(visible):
                continue
            if not clause.applies_on(day):
                pending.append(_not_yet(pack, clause, visible, questionnaire))
                continue
            outcome = evaluate(clause.when, visible, questionnaire)
            held, weighed = _weigh_exceptions(clause, pack, visible, questionnaire)
            if held:
                applied += held
            else:
                triggers.append(_trigger(pack, clause, outcome, weighed, visible, questionnaire))
    return Assessment(
        verdict=_verdict(triggers),
        score=sum(t.points for t in triggers),
        breakdown=_breakdown(triggers),
        triggers=triggers,
        exceptions=applied,
        obligations=_obligations(triggers, applied),
        missing_required=missing_required(questionnaire, answers),
        pins=Pins(
            questionnaire=QuestionnaireRef(
                id=questionnaire.id, version=questionnaire.version, sha256=questionnaire.sha256
            ),
            packs=[PackRef(id=p.id, version=p.version, sha256=p.sha256) for p in packs],
        ),
        as_of=as_of,
        not_yet_applicable=pending,
    )


def _not_yet(
    pack: PolicyPack, clause: Clause, visible: Mapping[str, Any], questionnaire: Questionnaire
) -> NotYetApplicable:
    """Record a clause that holds but does not apply yet."""
    assert clause.applies_from is not None  # only dated clauses can be not yet applicable
    return NotYetApplicable(
        pack_id=pack.id,
        clause_id=clause.id,
        title=clause.title,
        severity=clause.severity,
        kind=clause.kind,
        applies_from=clause.applies_from,
        citation=clause.citation,
        why=fill_why(clause, visible, questionnaire),
    )


def fill_why(
    clause: Clause, visible: Mapping[str, Any], questionnaire: Questionnaire
) -> str | None:
    """Fill a clause's 'why' sentence with the readable answers it names."""
    if clause.why is None:
        return None
    names = set(why_placeholders(clause.why))
    return clause.why.format_map(
        {name: answer_label(questionnaire, name, visible.get(name)) for name in names}
    )


def answer_label(questionnaire: Questionnaire, question_id: str, value: Any) -> str:
    """Return the readable form of one answer: option labels joined, or 'not answered'."""
    if isinstance(value, list):
        labels = [questionnaire.value_label(question_id, v) for v in value]
        if len(labels) > 1:
            return ", ".join(labels[:-1]) + " and " + labels[-1]
        return "".join(labels)
    if value is None:
        return "not answered"
    return questionnaire.value_label(question_id, value)


def _weigh_exceptions(
    clause: Clause,
    pack: PolicyPack,
    visible: Mapping[str, Any],
    questionnaire: Questionnaire,
) -> tuple[list[AppliedException], list[WeighedException]]:
    """Split a clause's exceptions into those that hold and those that were weighed and failed."""
    held: list[AppliedException] = []
    weighed: list[WeighedException] = []
    for exc in clause.unless:
        outcome = evaluate(exc.when, visible, questionnaire)
        if exc.holds(visible):
            held.append(
                AppliedException(
                    pack_id=pack.id,
                    clause_id=clause.id,
                    clause_title=clause.title,
                    exception_id=exc.id,
                    title=exc.title,
                    citation=exc.citation,
                    explanation=outcome.explanation,
                    answers=_facts(outcome, visible, questionnaire),
                    obligations=list(exc.obligations),
                    reasons=sentences(outcome),
                )
            )
        else:
            weighed.append(
                WeighedException(
                    exception_id=exc.id,
                    title=exc.title,
                    explanation=f"Does not apply: {outcome.explanation}",
                    reasons=sentences(outcome),
                )
            )
    return held, weighed


def _trigger(
    pack: PolicyPack,
    clause: Clause,
    outcome: Outcome,
    weighed: list[WeighedException],
    visible: Mapping[str, Any],
    questionnaire: Questionnaire,
) -> Trigger:
    """Build the trigger record of a clause that holds."""
    return Trigger(
        pack_id=pack.id,
        clause_id=clause.id,
        title=clause.title,
        summary=clause.summary,
        severity=clause.severity,
        points=clause.points,
        citation=clause.citation,
        explanation=outcome.explanation,
        answers=_facts(outcome, visible, questionnaire),
        exceptions_weighed=weighed,
        obligations=list(clause.obligations),
        tags=list(clause.tags),
        kind=clause.kind,
        why=fill_why(clause, visible, questionnaire),
        applies_from=clause.applies_from,
        reasons=sentences(outcome),
    )


def _facts(
    outcome: Outcome, visible: Mapping[str, Any], questionnaire: Questionnaire
) -> list[AnswerFact]:
    """List the answers an outcome rests on, with their readable labels."""
    facts = []
    for qid in outcome.questions:
        value = visible.get(qid)
        if isinstance(value, list):
            label = ", ".join(questionnaire.value_label(qid, v) for v in value)
        elif value is None:
            label = "not answered"
        else:
            label = questionnaire.value_label(qid, value)
        facts.append(
            AnswerFact(question=qid, term=questionnaire.term(qid), value=value, value_label=label)
        )
    return facts


def _verdict(triggers: Sequence[Trigger]) -> Verdict:
    """Return the most serious severity among the triggers; minimal when none triggered."""
    if not triggers:
        return Verdict.MINIMAL
    worst = max(triggers, key=lambda t: t.severity.rank).severity
    return Verdict.from_severity(worst)


def _breakdown(triggers: Sequence[Trigger]) -> list[SeverityShare]:
    """Count triggers and points per severity, most serious first."""
    return [
        SeverityShare(
            severity=severity,
            count=sum(1 for t in triggers if t.severity is severity),
            points=sum(t.points for t in triggers if t.severity is severity),
        )
        for severity in Severity
    ]


def _obligations(
    triggers: Sequence[Trigger], applied: Sequence[AppliedException]
) -> list[ObligationItem]:
    """Collect obligations from triggers and applied exceptions, once per id, in order."""
    merged: dict[str, tuple[str, list[str]]] = {}
    sources: list[tuple[str, list[Obligation]]] = [
        (f"{t.pack_id}:{t.clause_id}", t.obligations) for t in triggers
    ]
    sources += [(f"{a.pack_id}:{a.clause_id}:{a.exception_id}", a.obligations) for a in applied]
    for source, obligations in sources:
        for obligation in obligations:
            _, from_ = merged.setdefault(obligation.id, (obligation.text, []))
            if source not in from_:
                from_.append(source)
    return [ObligationItem(id=oid, text=t, sources=s) for oid, (t, s) in merged.items()]
