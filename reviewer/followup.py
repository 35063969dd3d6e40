"""After the decision: conditions as records, the obligations checklist, re-review dates.

This module holds the rules only (what a condition must carry, when a high-risk approval is
settled enough, when an approval is suspended). `reviewer.service.conditions` applies them to
stored reviews.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.severity import Verdict


class ConditionError(ReviewerError):
    """A condition is incomplete, or cannot be closed as asked."""


class ObligationError(ReviewerError):
    """An obligation cannot be marked as asked."""


class ApprovalNotSettledError(ReviewerError):
    """A high-risk approval has neither a condition nor every obligation settled."""


class ConditionStatus(StrEnum):
    """Where a condition of approval stands."""

    OPEN = "open"
    DONE = "done"
    WAIVED = "waived"


class ObligationState(StrEnum):
    """How an obligation of a triggered clause stands on a review."""

    TO_DO = "to-do"
    MET = "met"
    NOT_APPLICABLE = "not-applicable"


class _Record(BaseModel):
    """Frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class ConditionDraft(_Record):
    """A condition as the officer writes it with the decision: every field is required."""

    text: str = Field(min_length=1, max_length=5000)
    owner: str = Field(min_length=1, max_length=300, description="Who must fulfil it.")
    due: date = Field(description="When it must be fulfilled.")
    answers: str = Field(
        default="",
        max_length=300,
        description="The clause (pack:clause) or obligation id the condition answers.",
    )

    @field_validator("text", "owner", "answers")
    @classmethod
    def _trimmed(cls, value: str, info: ValidationInfo) -> str:
        """Trim white space, refusing a blank text or owner."""
        value = value.strip()
        if not value and info.field_name != "answers":
            raise ValueError("it is empty")
        return value


class Condition(_Record):
    """A recorded condition of approval, with its follow-up."""

    id: str = Field(description="The review's reference and the condition's number: R-…/C1.")
    review: str
    revision: int
    number: int
    text: str
    answers: str = ""
    owner: str | None = None
    due: date | None = None
    status: ConditionStatus = ConditionStatus.OPEN
    evidence: int | None = Field(default=None, description="The attachment that proves it done.")
    reason: str | None = Field(default=None, description="Why it was waived.")
    closed_by: str | None = None
    closed_at: datetime | None = None

    def overdue(self, today: date) -> bool:
        """Tell whether the condition is still open after its due date."""
        return self.status is ConditionStatus.OPEN and self.due is not None and self.due < today


class ObligationItemState(_Record):
    """One line of the obligations checklist."""

    id: str
    text: str
    sources: list[str]
    state: ObligationState = ObligationState.TO_DO
    reason: str | None = None
    evidence: list[int] = Field(default_factory=list)
    marked_by: str | None = None
    premarked: str | None = Field(
        default=None,
        description="The answers that satisfy the obligation, when it is met because of them "
        "rather than marked by the officer.",
    )


class Suspension(_Record):
    """Why an approval is suspended, pending re-review."""

    reasons: list[str]

    @property
    def text(self) -> str:
        """Return the reasons in one sentence."""
        return "suspended, pending re-review: " + "; ".join(self.reasons)


class ReReviewIntervals(_Record):
    """How many months after an approval it is reviewed again, by verdict."""

    minimal: int = Field(default=36, ge=1, le=120)
    limited: int = Field(default=24, ge=1, le=120)
    high: int = Field(default=12, ge=1, le=120)

    def next_review(self, verdict: Verdict, decided: date) -> date:
        """Return the default next-review date of an approval decided on a day."""
        months = {Verdict.MINIMAL: self.minimal, Verdict.LIMITED: self.limited}.get(
            verdict, self.high
        )
        return add_months(decided, months)


def add_months(day: date, months: int) -> date:
    """Return the same day some months later, clamped to the month's last day."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")


def draft_of(item: str | ConditionDraft | dict[str, object], position: int) -> ConditionDraft | str:
    """Return a condition as given (plain text, or checked structured fields)."""
    if isinstance(item, str | ConditionDraft):
        return item
    try:
        return ConditionDraft.model_validate(item)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        raise ConditionError(
            f"condition {position}: " + "; ".join(problems) + " (owner and due date are required)"
        ) from None


def check_new_conditions(drafts: Sequence[ConditionDraft | str], today: date) -> None:
    """Refuse a structured condition already due: its due date must be today or later."""
    for position, draft in enumerate(drafts, start=1):
        if isinstance(draft, ConditionDraft) and draft.due < today:
            raise ConditionError(
                f"condition {position}: due date {draft.due.isoformat()} is in the past"
            )


def check_settled(
    verdict: Verdict,
    outcome: Outcome,
    conditions: Sequence[object],
    checklist: Iterable[ObligationItemState],
) -> None:
    """Refuse approving a high-risk use with no condition and obligations still to do."""
    if verdict is not Verdict.HIGH or not outcome.approves or conditions:
        return
    open_items = [i.id for i in checklist if i.state is ObligationState.TO_DO]
    if open_items:
        raise ApprovalNotSettledError(
            "conditions: approving a high-risk use needs at least one condition, or every "
            "obligation marked met or not applicable; still to do: " + ", ".join(open_items)
        )


def check_reason(text: str | None, field: str) -> str:
    """Return a trimmed reason, refusing an empty or overlong one, naming the field."""
    reason = (text or "").strip()
    if not reason:
        raise ConditionError(f"{field}: give a reason; it is recorded in the audit trail")
    if len(reason) > 5000:
        raise ConditionError(f"{field}: keep the reason under 5,000 characters")
    return reason


def suspension_of(
    next_review: date | None, conditions: Iterable[Condition], today: date
) -> Suspension | None:
    """Say why an approval is suspended on a day, or None when it stands."""
    reasons: list[str] = []
    if next_review is not None and next_review < today:
        reasons.append(f"its re-review was due on {next_review.isoformat()}")
    for condition in conditions:
        if condition.overdue(today):
            assert condition.due is not None
            reasons.append(
                f"condition {condition.id} was due on {condition.due.isoformat()} and is open"
            )
    return Suspension(reasons=reasons) if reasons else None
