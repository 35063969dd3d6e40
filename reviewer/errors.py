"""User-facing exceptions whose messages a compliance officer can act on."""

from __future__ import annotations


class ReviewerError(Exception):
    """Base of every error a user can cause; its message is shown as it is."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InputFileError(ReviewerError):
    """A file given by the user cannot be read or parsed."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ValidationProblems(ReviewerError):
    """A file parsed but its content breaks one or more rules."""

    def __init__(self, path: str, problems: list[str]) -> None:
        lines = "\n".join(f"  - {p}" for p in problems)
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"{path}: {len(problems)} {noun}:\n{lines}")
        self.path = path
        self.problems = problems


class ProhibitedApprovalError(ReviewerError):
    """An approve outcome was requested for a prohibited verdict."""


class NotFoundError(ReviewerError):
    """A named review, pack or file does not exist."""


class IdentityError(ReviewerError):
    """A signing identity cannot be used: wrong passphrase, expired, or unfit for signing."""


class SigningError(ReviewerError):
    """A document cannot be signed or countersigned as asked."""


class DocumentError(ReviewerError):
    """A file given as a decision report is not a readable PDF."""


class OutputFileError(ReviewerError):
    """An output file cannot be written where the user asked."""


class StoreError(ReviewerError):
    """The review database cannot be opened, read or written."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer Reviewer; it is left untouched."""


class ConflictError(ReviewerError):
    """A stale edit: someone else saved the review since it was loaded."""


class ImmutableRevisionError(ReviewerError):
    """A change was asked of a signed revision, which can never change."""


class LifecycleError(ConflictError):
    """A step asked of a review that its state does not allow (decide twice, sign a draft...)."""


class DeciderMismatchError(SigningError):
    """The signing identity is not the person who recorded the decision."""


class PackLabelError(ReviewerError):
    """A pack id and version already name other content; a label names one content forever."""
