"""Decision outcomes and the rule that a prohibited verdict has no approve path."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field, field_validator

from reviewer.errors import ProhibitedApprovalError, ReviewerError
from reviewer.outcome import Outcome as Outcome  # its home; re-exported
from reviewer.severity import Verdict


class Decision(BaseModel):
    """An officer's decision on one assessed review."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    outcome: Outcome
    rationale: str = Field(min_length=1, max_length=20_000)
    conditions: list[str] = Field(default_factory=list)
    decided_by: str = Field(min_length=1)
    decided_at: datetime
    escalate_to: str | None = Field(
        default=None, description="Who an escalated decision goes to, by name or email."
    )

    @field_validator("rationale")
    @classmethod
    def _rationale_has_words(cls, value: str) -> str:
        """Refuse a rationale of only white space."""
        if not value.strip():
            raise ValueError("the rationale is empty; say why you decided this way")
        return value


def allowed_outcomes(verdict: Verdict) -> list[Outcome]:
    """List the outcomes an officer may choose for a verdict."""
    if verdict is Verdict.PROHIBITED:
        return [Outcome.REJECT, Outcome.ESCALATE]
    return list(Outcome)


def check_decision(
    verdict: Verdict,
    outcome: Outcome,
    conditions: list[str],
    escalate_to: str | None = "",
) -> None:
    """Raise when an outcome is not allowed for a verdict, in words the officer understands."""
    if outcome.approves and verdict is Verdict.PROHIBITED:
        raise ProhibitedApprovalError(
            "This use is prohibited by at least one policy clause, so it cannot be approved. "
            "Reject it, or escalate it if you believe the assessment is wrong."
        )
    if outcome is Outcome.ESCALATE and not (escalate_to or "").strip():
        raise ReviewerError(
            "'Escalate' needs the person it goes to; name them (--escalate-to NAME)."
        )
    if outcome is Outcome.APPROVE_WITH_CONDITIONS and not any(c.strip() for c in conditions):
        raise ReviewerError(
            "'Approve with conditions' needs at least one condition; add one with --condition."
        )
