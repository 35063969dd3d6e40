"""Obligations the intake's safeguards answers already satisfy: pre-marked met, and why.

An obligation in a policy pack may name, in `satisfied_by`, the answers that satisfy it (for
instance "mitigations includes human_oversight"). When the review's answers meet that
condition, the checklist shows the obligation as met, "pre-marked because you answered …",
until the officer marks it otherwise. Content decides which answers count; no code names one.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from reviewer.conditions import Vocabulary, evaluate
from reviewer.followup import ObligationItemState, ObligationState
from reviewer.scoring import Assessment


def premarks(
    assessment: Assessment | None,
    answers: Mapping[str, Any],
    vocabulary: Callable[[], Vocabulary],
) -> dict[str, str]:
    """Return, by obligation id, the answers that satisfy it (only those satisfied).

    `vocabulary` is called only when some obligation names answers, since reading the
    questionnaire costs more than the rest.
    """
    if assessment is None:
        return {}
    rules = {
        obligation.id: obligation.satisfied_by
        for group in [
            *(t.obligations for t in assessment.triggers),
            *(a.obligations for a in assessment.exceptions),
        ]
        for obligation in group
        if obligation.satisfied_by is not None
    }
    if not rules:
        return {}
    words = vocabulary()
    found: dict[str, str] = {}
    for obligation_id, rule in rules.items():
        outcome = evaluate(rule, answers, words)
        if outcome.result:
            found[obligation_id] = outcome.explanation
    return found


def with_premarks(
    items: list[ObligationItemState], found: Mapping[str, str]
) -> list[ObligationItemState]:
    """Return the checklist with unmarked items the answers satisfy shown as met, and why.

    An item the officer marked keeps the officer's mark.
    """
    return [
        item.model_copy(update={"state": ObligationState.MET, "premarked": found[item.id]})
        if item.id in found and item.marked_by is None
        else item
        for item in items
    ]
