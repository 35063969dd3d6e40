"""The review lifecycle: which step is allowed from which state, and where it leads.

This module holds the rules only; `reviewer.service.lifecycle` is the one place that applies
them to stored reviews, and nothing else writes a status.
"""

from __future__ import annotations

from enum import StrEnum

from reviewer.errors import LifecycleError
from reviewer.review_status import ReviewStatus

S = ReviewStatus


class Step(StrEnum):
    """Something a person does that moves a review from one state to another."""

    DECIDE = "decide"
    SIGN = "sign"
    COUNTERSIGN = "countersign"
    RETURN = "return"
    ESCALATE = "escalate"
    REOPEN = "reopen"


_MOVES: dict[tuple[ReviewStatus, Step], ReviewStatus] = {
    (S.DRAFT, Step.DECIDE): S.DECIDED,
    (S.DECIDED, Step.SIGN): S.AWAITING_APPROVAL,
    (S.AWAITING_APPROVAL, Step.COUNTERSIGN): S.APPROVED,
    (S.ESCALATED, Step.COUNTERSIGN): S.APPROVED,
    (S.AWAITING_APPROVAL, Step.RETURN): S.RETURNED,
    (S.ESCALATED, Step.RETURN): S.RETURNED,
    # Escalation hands a signed decision to a named person: the approver's choice, or what a
    # signed "escalate" decision leads to at once.
    (S.AWAITING_APPROVAL, Step.ESCALATE): S.ESCALATED,
    # Reopening leaves the decided revision superseded and starts a new draft revision.
    (S.DECIDED, Step.REOPEN): S.DRAFT,
    (S.AWAITING_APPROVAL, Step.REOPEN): S.DRAFT,
    (S.APPROVED, Step.REOPEN): S.DRAFT,
    (S.RETURNED, Step.REOPEN): S.DRAFT,
    (S.ESCALATED, Step.REOPEN): S.DRAFT,
}

_WHY_NOT: dict[ReviewStatus, str] = {
    S.DRAFT: "it is still a draft; record a decision first",
    S.DECIDED: "it is decided and not yet signed",
    S.AWAITING_APPROVAL: "it is signed and awaiting approval; reopen it to change anything",
    S.APPROVED: "it is approved (countersigned); reopen it to change anything",
    S.RETURNED: "the approver returned it; reopen it for changes",
    S.ESCALATED: "it is escalated and awaits the person it was escalated to",
    S.SUPERSEDED: "that revision was reopened and is superseded",
}

EDITABLE = frozenset({S.DRAFT})
"""States whose answers, evidence and details may change."""


def next_state(current: ReviewStatus, step: Step) -> ReviewStatus:
    """Return the state a step leads to, or raise saying why it is not allowed now."""
    target = _MOVES.get((current, step))
    if target is None:
        raise LifecycleError(f"cannot {step.value} this review: {_WHY_NOT[current]}")
    return target


def allowed_steps(current: ReviewStatus) -> list[Step]:
    """List the steps allowed from a state, in a stable order."""
    return [step for step in Step if (current, step) in _MOVES]


def why_locked(current: ReviewStatus) -> str | None:
    """Say why a review in this state cannot be edited, or None when it can."""
    return None if current in EDITABLE else _WHY_NOT[current]
