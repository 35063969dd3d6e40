"""The one API the CLI and the UI call to keep reviews: every change returns what changed."""

from reviewer.service.decisions import DecisionRecording
from reviewer.service.editing import ReviewEditing
from reviewer.service.evidence import EvidenceAndChecks
from reviewer.service.policies import PolicyService
from reviewer.service.reviews import ReviewReading


class ReviewService(
    ReviewReading, ReviewEditing, DecisionRecording, EvidenceAndChecks, PolicyService
):
    """Open, create, answer, assess, decide, sign and search reviews in one store."""


__all__ = ["ReviewService"]
