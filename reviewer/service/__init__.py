"""The one API the CLI and the UI call to keep reviews: every change returns what changed."""

from reviewer.service.editing import ReviewEditing
from reviewer.service.evidence import EvidenceAndChecks
from reviewer.service.lifecycle import ReviewLifecycle
from reviewer.service.policies import PolicyService
from reviewer.service.reassessing import Reassessing
from reviewer.service.reviews import NewReview, ReviewReading
from reviewer.service.signing import ReviewSigning, SignedDecision


class ReviewService(
    ReviewSigning,
    ReviewReading,
    ReviewEditing,
    ReviewLifecycle,
    EvidenceAndChecks,
    PolicyService,
    Reassessing,
):
    """Open, create, answer, assess, decide, sign and search reviews in one store."""


__all__ = ["NewReview", "ReviewService", "SignedDecision"]
