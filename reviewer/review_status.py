"""Where a review stands in its lifecycle, kept free of pydantic so the first page can show it."""

from __future__ import annotations

from enum import StrEnum


class ReviewStatus(StrEnum):
    """Where a review, or one of its revisions, stands in the lifecycle (see reviewer.lifecycle).

    draft → decided → awaiting approval (signed) → approved (countersigned) or returned;
    escalated names a person; superseded is a revision reopened after its decision.
    """

    DRAFT = "draft"
    DECIDED = "decided"
    AWAITING_APPROVAL = "awaiting-approval"
    APPROVED = "approved"
    RETURNED = "returned"
    ESCALATED = "escalated"
    SUPERSEDED = "superseded"

    @property
    def label(self) -> str:
        """Return the state in words."""
        return self.value.replace("-", " ").capitalize()
