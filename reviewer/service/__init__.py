"""The one API the CLI and the UI call to keep reviews: every change returns what changed."""

from reviewer.service.bundles import ReviewBundles
from reviewer.service.conditions import ConditionFollowUp
from reviewer.service.editing import ReviewEditing
from reviewer.service.evidence import EvidenceAndChecks
from reviewer.service.lifecycle import ReviewLifecycle
from reviewer.service.oscal import ReviewOscal
from reviewer.service.overview import OverviewQueries
from reviewer.service.policies import PolicyService
from reviewer.service.push import ReviewPush
from reviewer.service.reassessing import Reassessing
from reviewer.service.register import RegisterExport
from reviewer.service.reviews import NewReview, ReviewReading
from reviewer.service.signing import ReviewSigning, SignedDecision


class ReviewService(
    ReviewBundles,
    ReviewPush,
    ReviewOscal,
    ReviewSigning,
    ReviewReading,
    ReviewEditing,
    ReviewLifecycle,
    EvidenceAndChecks,
    RegisterExport,
    OverviewQueries,
    PolicyService,
    Reassessing,
    ConditionFollowUp,
):
    """Open, create, answer, assess, decide, sign and search reviews in one store."""


__all__ = ["NewReview", "ReviewService", "SignedDecision"]
