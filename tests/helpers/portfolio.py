"""A small portfolio for the Overview's tests: one review in each place a count looks at.

- "Draft": awaiting decision;
- "Signed": approved with one condition due in 5 days, awaiting the approver's countersignature;
- "Approved": approved and countersigned, next review in 20 days.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft
from reviewer.report.model import Person
from reviewer.service import NewReview, ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from tests.helpers.content import complete_answers
from tests.helpers.signing import ThrowawayIdentity


@dataclass(frozen=True)
class Portfolio:
    """The seeded reviews' references, the approver as a person, and the day they were made."""

    approver: Person
    waiting: str
    approved: str
    today: date


def seed_portfolio(
    service: ReviewService,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    folder: Path,
) -> Portfolio:
    """Store the three reviews (signed reports go to `folder`) and return who and what they are."""
    today = date.today()
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    officer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    me = person_of(approver)
    service.create_review("Draft", "A", complete_answers())
    waiting = service.create_review(
        "Signed", "B", complete_answers(sector="health"), NewReview(approver=me.email or "")
    ).review.reference
    due = ConditionDraft(text="DPIA", owner="DPO", due=today + timedelta(days=5))
    service.decide(
        waiting, Outcome.APPROVE_WITH_CONDITIONS, "ok", [due], decider=person_of(officer)
    )
    service.sign_decision(waiting, officer, folder / "w.pdf")
    approved = service.create_review("Approved", "C", complete_answers(users=5000)).review
    service.decide(
        approved.reference,
        Outcome.APPROVE,
        "ok",
        decider=person_of(officer),
        next_review=today + timedelta(days=20),
    )
    service.sign_decision(approved.reference, officer, folder / "a.pdf")
    signed = countersign_report((folder / "a.pdf").read_bytes(), approver, "a.pdf")
    service.record_countersignature(signed, "a2.pdf")
    return Portfolio(me, waiting, approved.reference, today)
