"""Completing a stored review's FRIA, for tests that approve an example that owes one."""

from __future__ import annotations

from typing import Any

from reviewer.service import ReviewService

FRIA_ANSWERS: dict[str, Any] = {
    "fria_processes": "Staff read each output before acting on it.",
    "fria_period": "From April 2027, reviewed every year.",
    "fria_frequency": "daily",
    "fria_affected_categories": "The people the service decides about, some of them vulnerable.",
    "fria_risks": "Wrongful decisions (right to good administration); indirect discrimination.",
    "fria_oversight": "A trained member of staff checks every output and can overrule it.",
    "fria_measures": "The service head suspends the system; complaints go to the ombudsman.",
    "fria_notified": False,
    "fria_dpia_covers_part": True,
}


def complete_fria(database_url: str, review_ref: str) -> bool:
    """Answer every FRIA question of a review that owes one; return whether it owed one."""
    with ReviewService.open(database_url, actor="fixture") as service:
        if service.get_review(review_ref).current.owed("fria") is None:
            return False
        for question, value in FRIA_ANSWERS.items():
            service.set_answer(review_ref, question, value, questionnaire="fria")
    return True
