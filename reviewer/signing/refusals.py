"""Why a report is not countersigned: typed, so front ends choose their advice by type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.errors import SigningError

if TYPE_CHECKING:
    from reviewer.signing.verification.result import Verification


class FourEyesError(SigningError):
    """The approver is the person who certified the report (same key, email or name)."""


class NotAssignedApproverError(SigningError):
    """decision.json names another person as the approver."""


class AlreadyCountersignedError(SigningError):
    """The report carries an Approver signature already."""


class CountersignRefusedError(SigningError):
    """The report does not verify, so it is not countersigned; carries the verification."""

    def __init__(self, message: str, verification: Verification) -> None:
        super().__init__(message)
        self.verification = verification
