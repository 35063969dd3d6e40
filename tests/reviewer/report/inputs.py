"""Report inputs for the layout tests: one per verdict class, and the shipped examples."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewer.answers import load_answers_file
from reviewer.decision import Decision, Outcome
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.report.model import Person, ReportInput, ReviewRecord
from reviewer.report.wording import Language
from reviewer.scoring import assess
from reviewer.severity import Verdict
from tests.helpers.reports import CHAT_ANSWERS, EMOTION_ANSWERS, report_input

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"
REVIEW_UUID = "5f0c2a8e-3b1d-4c55-9e8f-2d7a61b0c9aa"
DECIDER = Person(
    name="Zoé Reviewer", email="zoe@example.org", organisation="Société de Test", role="DPO"
)
APPROVER = Person(name="Bob Approver", organisation="Board of Test", role="Chief risk officer")

# Answers to the test questionnaire giving each verdict, and the outcome an officer would pick.
VERDICT_CASES: dict[Verdict, tuple[dict[str, Any], Outcome]] = {
    Verdict.PROHIBITED: (EMOTION_ANSWERS, Outcome.REJECT),
    Verdict.HIGH: (CHAT_ANSWERS, Outcome.APPROVE_WITH_CONDITIONS),
    Verdict.LIMITED: ({"use": "chat", "personal_data": False}, Outcome.APPROVE),
    Verdict.MINIMAL: ({"personal_data": False}, Outcome.ESCALATE),
}


def verdict_input(
    verdict: Verdict, language: Language = "en", approver: Person | None = APPROVER
) -> ReportInput:
    """Return a decided test review of a verdict class, with a reference, system and people."""
    answers, outcome = VERDICT_CASES[verdict]
    base = report_input(answers, outcome=outcome)
    assert base.assessment.verdict is verdict
    return base.model_copy(
        update={
            "review": base.review.model_copy(
                update={
                    "id": REVIEW_UUID,
                    "reference": "R-2026-0042",
                    "revision": 3,
                    "system": "Chat <assistant> 2.1",
                    "business_owner": "Claire Dupont",
                    "audit_anchor": "cd" * 32,
                }
            ),
            "decider": DECIDER,
            "approver": approver,
            "language": language,
        }
    )


def example_input(
    stem: str, language: Language = "en", rationale: str | None = None
) -> ReportInput:
    """Return a shipped example, assessed against the shipped content, decided as usual."""
    q = default_questionnaire()
    answers_file = load_answers_file(EXAMPLES / f"{stem}.json", q)
    assessment = assess(q, default_policy_packs(), answers_file.answers)
    outcome = {
        Verdict.PROHIBITED: Outcome.REJECT,
        Verdict.HIGH: Outcome.APPROVE_WITH_CONDITIONS,
    }.get(assessment.verdict, Outcome.APPROVE)
    conditions = ["Report to the board every quarter."] if outcome.approves else []
    return ReportInput(
        review=ReviewRecord(
            id=REVIEW_UUID,
            reference="R-2026-0107",
            revision=1,
            system="Vendor model 4.2",
            title=answers_file.title,
            organisation=answers_file.organisation,
            answers=answers_file.answers,
        ),
        questionnaire=q,
        assessment=assessment,
        decision=Decision(
            outcome=outcome,
            rationale=rationale
            or "The answers match the intended use, and the safeguards described are adequate "
            "for the risks identified by the clauses below.",
            conditions=conditions,
            decided_by=DECIDER.name,
            decided_at=datetime(2026, 11, 30, 14, 5, tzinfo=UTC),
        ),
        decider=DECIDER,
        approver=APPROVER,
        language=language,
    )


def examples() -> list[str]:
    """Return the stems of every shipped example."""
    return sorted(path.stem for path in EXAMPLES.glob("*.json"))
