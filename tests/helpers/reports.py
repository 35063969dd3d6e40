"""A small questionnaire, policy pack and decided review for report and signing tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from reviewer.decision import Decision, Outcome
from reviewer.policy import PolicyPack, parse_policy_pack
from reviewer.questionnaire import Questionnaire, parse_questionnaire
from reviewer.report.model import EvidenceFile, ReportInput, ReviewRecord
from reviewer.scoring import assess

DECIDED_AT = datetime(2026, 3, 14, 9, 26, 53, tzinfo=UTC)

_CITATION = {
    "source": "Règlement (UE) 2024/1689",
    "article": "Article 5(1)(f)",
    "url": "https://eur-lex.europa.eu/eli/reg/2024/1689/oj",
    "read": "2026-01-10",
}

QUESTIONNAIRE: dict[str, Any] = {
    "id": "test_intake",
    "version": "1.0",
    "title": "Test intake",
    "sections": [
        {
            "id": "purpose",
            "title": "Purpose & données",
            "questions": [
                {
                    "id": "use",
                    "kind": "single",
                    "label": "What does the system do?",
                    "term": "Use",
                    "required": True,
                    "options": [
                        {"id": "emotion", "label": "Emotion recognition at work"},
                        {"id": "chat", "label": "Customer chat assistant"},
                    ],
                },
                {
                    "id": "personal_data",
                    "kind": "boolean",
                    "label": "Does it process personal données?",
                    "term": "Personal data",
                },
                {
                    "id": "data_kinds",
                    "kind": "multi",
                    "label": "Which kinds of data?",
                    "options": [
                        {"id": "health", "label": "Health"},
                        {"id": "contact", "label": "Contact details"},
                    ],
                    "visible_if": {"equals": {"question": "personal_data", "value": True}},
                },
                {
                    "id": "hidden_note",
                    "kind": "text",
                    "label": "Why no personal data?",
                    "visible_if": {"equals": {"question": "personal_data", "value": False}},
                },
            ],
        },
        {
            "id": "people",
            "title": "People",
            "questions": [
                {"id": "owner", "kind": "text", "label": "Who owns the system?"},
                {"id": "users", "kind": "number", "label": "How many users?"},
            ],
        },
    ],
}

PACK: dict[str, Any] = {
    "id": "test-pack",
    "version": "2026.1",
    "title": "Test pack",
    "source": "Test",
    "effective": "2026-01-01",
    "questionnaire": "test_intake",
    "clauses": [
        {
            "id": "emotion-work",
            "title": "Emotion recognition in the workplace",
            "summary": "Inferring emotions of workers is prohibited.",
            "citation": _CITATION,
            "severity": "prohibited",
            "when": {"equals": {"question": "use", "value": "emotion"}},
            "unless": [
                {
                    "id": "medical",
                    "title": "Medical or safety reasons",
                    "when": {"includes": {"question": "data_kinds", "value": "health"}},
                }
            ],
        },
        {
            "id": "personal",
            "title": "Personal data <b>processing</b>",
            "summary": "Personal data needs a DPIA & a lawful basis.",
            "citation": {**_CITATION, "article": "Article 35 GDPR"},
            "severity": "high",
            "when": {"equals": {"question": "personal_data", "value": True}},
            "obligations": [{"id": "dpia", "text": "Complete a DPIA before go-live."}],
        },
        {
            "id": "chat",
            "title": "Chatbot transparency",
            "summary": "Tell people they talk to a machine.",
            "citation": {**_CITATION, "article": "Article 50(1)"},
            "severity": "limited",
            "when": {"equals": {"question": "use", "value": "chat"}},
            "obligations": [{"id": "disclose", "text": "Disclose the chatbot to users."}],
        },
    ],
}


def questionnaire() -> Questionnaire:
    """Return the test questionnaire."""
    return parse_questionnaire(QUESTIONNAIRE, "test questionnaire")


def packs() -> list[PolicyPack]:
    """Return the test policy packs."""
    return [parse_policy_pack(PACK, "test pack", questionnaire())]


CHAT_ANSWERS: dict[str, Any] = {
    "use": "chat",
    "personal_data": True,
    "data_kinds": ["contact"],
    "hidden_note": "this answer is hidden and must not appear",
    "owner": "Équipe données <script>&",
    "users": 1200,
}
EMOTION_ANSWERS: dict[str, Any] = {"use": "emotion", "personal_data": False}


def report_input(
    answers: dict[str, Any] | None = None,
    outcome: Outcome = Outcome.APPROVE_WITH_CONDITIONS,
    decided_by: str = "Zoé Reviewer",
) -> ReportInput:
    """Return a decided review ready to render."""
    q = questionnaire()
    given = dict(CHAT_ANSWERS if answers is None else answers)
    return ReportInput(
        review=ReviewRecord(
            id="R-2026-0042",
            title="Assistant client — données & <b>chat</b>",
            organisation="Société Générale des Données",
            answers=given,
            evidence=[EvidenceFile(name="dpia.pdf", sha256="ab" * 32, size=48213)],
            audit=["2026-03-14T09:00:00Z created by zoe", "2026-03-14T09:20:00Z assessed"],
        ),
        questionnaire=q,
        assessment=assess(q, packs(), given),
        decision=Decision(
            outcome=outcome,
            rationale="Risks are handled.\nThe DPIA covers the données <i>clients</i>.",
            conditions=["Review again in 12 months"] if outcome.approves else [],
            decided_by=decided_by,
            decided_at=DECIDED_AT,
        ),
    )
