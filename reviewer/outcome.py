"""What an officer can decide: the outcomes, kept free of pydantic so any screen can name them."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    """What the officer decides."""

    APPROVE = "approve"
    APPROVE_WITH_CONDITIONS = "approve-with-conditions"
    REJECT = "reject"
    ESCALATE = "escalate"

    @property
    def label(self) -> str:
        """Return the outcome in words."""
        return _LABELS[self]

    @property
    def approves(self) -> bool:
        """Tell whether this outcome lets the deployment go ahead."""
        return self in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS)


_LABELS = {
    Outcome.APPROVE: "Approve",
    Outcome.APPROVE_WITH_CONDITIONS: "Approve with conditions",
    Outcome.REJECT: "Reject",
    Outcome.ESCALATE: "Escalate",
}
