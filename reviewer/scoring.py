"""assess(): the pure, deterministic scoring of answers against policy packs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict

from reviewer.answers import AnswerValue, missing_required
from reviewer.canonical import canonical_json
from reviewer.conditions import Outcome, evaluate
from reviewer.policy import Citation, Clause, Obligation, PolicyPack
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


class WeighedException(_Model):
    """An exception that was checked for a triggered clause but did not hold."""

    exception_id: str
    title: str
    explanation: str


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

    def to_json(self) -> str:
        """Return canonical JSON: the same assessment always gives the same bytes."""
        return canonical_json(self.model_dump(mode="json"))

    def trigger(self, clause_id: str) -> Trigger | None:
        """Return the trigger for a clause id, or None."""
        return next((t for t in self.triggers if t.clause_id == clause_id), None)


def assess(
    questionnaire: Questionnaire,
    packs: Sequence[PolicyPack],
    answers: Mapping[str, Any],
) -> Assessment:
    """Score answers against every clause of the packs, ignoring answers to hidden questions."""
    visible = questionnaire.visible_answers(answers)
    triggers: list[Trigger] = []
    applied: list[AppliedException] = []
    for pack in packs:
        for clause in pack.clauses:
            if not clause.holds(visible):
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
    )


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
                )
            )
        else:
            weighed.append(
                WeighedException(
                    exception_id=exc.id,
                    title=exc.title,
                    explanation=f"Does not apply: {outcome.explanation}",
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
