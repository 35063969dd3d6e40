"""A small questionnaire and policy packs for storage tests, independent of shipped resources."""

from __future__ import annotations

from typing import Any

from reviewer.policy import PolicyPack, parse_policy_pack
from reviewer.questionnaire import Questionnaire, parse_questionnaire
from reviewer.report.model import Person

OFFICER = Person(name="Alice Officer", email="alice@example.org", organisation="Test")
"""The officer who decides in storage tests (signing tests use a real identity)."""

CITATION = {
    "source": "Test regulation",
    "article": "Article 1",
    "url": "https://example.org/regulation",
    "read": "2024-06-01",
}

QUESTIONNAIRE: dict[str, Any] = {
    "id": "test_intake",
    "version": "1.0",
    "title": "Test intake",
    "sections": [
        {
            "id": "basics",
            "title": "Basics",
            "questions": [
                {"id": "purpose", "kind": "text", "label": "What is it for?", "required": True},
                {
                    "id": "sector",
                    "kind": "single",
                    "label": "Sector",
                    "required": True,
                    "options": [
                        {"id": "health", "label": "Health"},
                        {"id": "police", "label": "Law enforcement"},
                        {"id": "retail", "label": "Retail"},
                    ],
                },
                {"id": "biometric", "kind": "boolean", "label": "Biometric identification?"},
                {"id": "users", "kind": "number", "label": "How many users?"},
            ],
        }
    ],
}


def _clause(cid: str, severity: str, when: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": cid,
        "title": f"Clause {cid}",
        "summary": f"Summary of {cid}",
        "citation": CITATION,
        "severity": severity,
        "when": when,
    }


OBLIGATIONS = [
    {"id": "dpia-done", "text": "Carry out a data protection impact assessment."},
    {"id": "human-review", "text": "Have a person review every refusal."},
]
"""What the health-data clause obliges when a test asks for obligations."""


def pack_data(
    version: str = "1.0", health_severity: str = "high", obligations: bool = False
) -> dict[str, Any]:
    """Return a pack; later versions can change a clause's severity or add one.

    With `obligations`, the health-data clause carries the two `OBLIGATIONS`.
    """
    clauses = [
        _clause(
            "remote-biometric",
            "prohibited",
            {
                "all": [
                    {"equals": {"question": "biometric", "value": True}},
                    {"equals": {"question": "sector", "value": "police"}},
                ]
            },
        ),
        _clause(
            "health-data", health_severity, {"equals": {"question": "sector", "value": "health"}}
        ),
        _clause(
            "large-scale", "limited", {"compare": {"question": "users", "op": ">", "value": 1000}}
        ),
    ]
    if obligations:
        clauses[1]["obligations"] = OBLIGATIONS
    if version >= "2.0":
        clauses.append(
            _clause("any-biometric", "high", {"equals": {"question": "biometric", "value": True}})
        )
    return {
        "id": "test-pack",
        "version": version,
        "title": "Test pack",
        "source": "Test regulation",
        "effective": "2024-01-01",
        "questionnaire": "test_intake",
        "clauses": clauses,
    }


def questionnaire() -> Questionnaire:
    """Return the test questionnaire."""
    return parse_questionnaire(QUESTIONNAIRE, "test questionnaire")


def packs(
    version: str = "1.0", health_severity: str = "high", obligations: bool = False
) -> list[PolicyPack]:
    """Return the test packs at a version."""
    data = pack_data(version, health_severity, obligations)
    return [parse_policy_pack(data, "test pack", questionnaire())]


def complete_answers(**overrides: Any) -> dict[str, Any]:
    """Return answers to every required question."""
    answers: dict[str, Any] = {"purpose": "Tri des données de santé", "sector": "retail"}
    answers.update(overrides)
    return answers


def open_service(url: str, version: str = "1.0", actor: str = "alice", **pack_options: Any) -> Any:
    """Open a service on a database with the test questionnaire and packs."""
    from reviewer.service import ReviewService

    return ReviewService.open(
        url, questionnaire=questionnaire(), packs=packs(version, **pack_options), actor=actor
    )
