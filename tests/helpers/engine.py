"""A small questionnaire and pack built in code, so engine tests do not hang on shipped content."""

from __future__ import annotations

from typing import Any

from reviewer.policy import PolicyPack, parse_policy_pack
from reviewer.questionnaire import Questionnaire, parse_questionnaire

CITATION = {
    "source": "Test source",
    "article": "Art. 1",
    "url": "https://example.org/test",
    "read": "2026-11-27",
}


def questionnaire_data() -> dict[str, Any]:
    """Return a questionnaire with a camera branch, a multi question and a date."""
    return {
        "id": "mini",
        "version": "1",
        "title": "Mini intake",
        "sections": [
            {
                "id": "deployer",
                "title": "Deployer",
                "questions": [
                    {
                        "id": "org_type",
                        "kind": "single",
                        "label": "What kind of organisation deploys it?",
                        "term": "Organisation type",
                        "required": True,
                        "options": [
                            {"id": "police", "label": "Police"},
                            {"id": "company", "label": "Private company"},
                        ],
                    },
                    {"id": "headcount", "kind": "number", "label": "Staff", "term": "Staff"},
                    {"id": "start", "kind": "date", "label": "Start date", "term": "Start"},
                    {"id": "notes", "kind": "text", "label": "Notes"},
                ],
            },
            {
                "id": "cameras",
                "title": "Cameras",
                "questions": [
                    {
                        "id": "uses_camera",
                        "kind": "boolean",
                        "label": "Are cameras used?",
                        "term": "Camera use",
                    },
                    {
                        "id": "camera_type",
                        "kind": "single",
                        "label": "Which camera?",
                        "term": "Camera type",
                        "required": True,
                        "visible_if": {"equals": {"question": "uses_camera", "value": True}},
                        "options": [
                            {"id": "body", "label": "Body-worn camera"},
                            {"id": "fixed", "label": "Fixed camera"},
                        ],
                    },
                    {
                        "id": "functions",
                        "kind": "multi",
                        "label": "Which functions?",
                        "term": "Functions",
                        "visible_if": {"equals": {"question": "uses_camera", "value": True}},
                        "options": [
                            {"id": "identify", "label": "Identification"},
                            {"id": "emotion", "label": "Emotion inference"},
                        ],
                    },
                    {
                        "id": "warrant",
                        "kind": "boolean",
                        "label": "Is there a warrant?",
                        "term": "Warrant",
                        "visible_if": {"includes": {"question": "functions", "value": "identify"}},
                    },
                ],
            },
        ],
    }


def pack_data() -> dict[str, Any]:
    """Return a pack with a prohibited clause and exception, a high and a limited clause."""
    return {
        "id": "mini-pack",
        "version": "1",
        "title": "Mini pack",
        "source": "Test source",
        "effective": "2024-05-01",
        "questionnaire": "mini",
        "clauses": [
            {
                "id": "police-bodycam-identify",
                "title": "Police identification on body cameras",
                "summary": "Police may not identify people with body-worn cameras.",
                "citation": dict(CITATION),
                "severity": "prohibited",
                "when": {
                    "all": [
                        {"equals": {"question": "org_type", "value": "police"}},
                        {"equals": {"question": "camera_type", "value": "body"}},
                        {"includes": {"question": "functions", "value": "identify"}},
                    ]
                },
                "unless": [
                    {
                        "id": "warranted",
                        "title": "A warrant covers the search",
                        "when": {"equals": {"question": "warrant", "value": True}},
                        "obligations": [{"id": "log-each-use", "text": "Log each use."}],
                    }
                ],
                "obligations": [],
            },
            {
                "id": "emotion",
                "title": "Emotion inference",
                "summary": "Inferring emotions is high risk.",
                "citation": dict(CITATION),
                "severity": "high",
                "when": {"includes": {"question": "functions", "values": ["emotion"]}},
                "obligations": [{"id": "inform", "text": "Inform the people exposed."}],
                "tags": ["nist:map"],
            },
            {
                "id": "large-org",
                "title": "Large organisation",
                "summary": "Large deployments need a register entry.",
                "citation": dict(CITATION),
                "severity": "limited",
                "when": {"compare": {"question": "headcount", "op": ">=", "value": 1000}},
                "obligations": [{"id": "inform", "text": "Inform the people exposed."}],
            },
        ],
    }


def mini_questionnaire() -> Questionnaire:
    """Return the mini questionnaire as a model."""
    return parse_questionnaire(questionnaire_data(), "mini.yaml")


def mini_pack() -> PolicyPack:
    """Return the mini pack as a model, checked against the mini questionnaire."""
    return parse_policy_pack(pack_data(), "mini-pack.yaml", mini_questionnaire())
