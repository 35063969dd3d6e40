"""ReviewService: every part of the service API in one class, over one store."""

from __future__ import annotations

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
from reviewer.service.reviews import ReviewReading
from reviewer.service.signing import ReviewSigning


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
