"""A hypothesis state machine over the service: random steps, valid or not, never a lost decision.

After every step: each decision ever recorded is still on its revision (a newer revision exists
only with a reopen event naming it), the current state agrees with the last signed PDF's
embedded decision.json through its hash, and the audit trail verifies.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from tests.helpers.content import complete_answers, open_service
from tests.helpers.pdf import embedded_payload
from tests.helpers.signing import ThrowawayIdentity

SIGNED_STATES = {
    ReviewStatus.AWAITING_APPROVAL,
    ReviewStatus.APPROVED,
    ReviewStatus.RETURNED,
    ReviewStatus.ESCALATED,
}


class ReviewLifecycleMachine(RuleBasedStateMachine):
    """Random sequences of the steps a person can take on one review."""

    database: ClassVar[str]
    folder: ClassVar[Path]
    officer: ClassVar[Identity]
    approver: ClassVar[Identity]

    def __init__(self) -> None:
        super().__init__()
        ReviewLifecycleMachine.counter = getattr(ReviewLifecycleMachine, "counter", 0) + 1
        url = f"sqlite:///{self.folder / f'machine-{self.counter}.sqlite3'}"
        self.service: ReviewService = open_service(url)
        self.ref = self.service.create_review("T", "O", complete_answers()).review.reference
        self.decided: dict[int, Outcome] = {}
        self.last_countersigned: bytes | None = None

    def teardown(self) -> None:
        self.service.close()

    def _try(self, step: Any) -> None:
        """Run a step; a refusal must be a clear ReviewerError that changed nothing."""
        before = self.service.get_review(self.ref)
        try:
            step()
        except ReviewerError:
            after = self.service.get_review(self.ref)
            assert after.summary.version == before.summary.version
            assert after.current == before.current

    @rule(users=st.integers(min_value=0, max_value=9000))
    def edit(self, users: int) -> None:
        self._try(lambda: self.service.set_answer(self.ref, "users", users))

    @rule(content=st.binary(min_size=1, max_size=20))
    def attach(self, content: bytes) -> None:
        self._try(lambda: self.service.add_attachment(self.ref, "evidence.txt", content))

    @rule(outcome=st.sampled_from(list(Outcome)))
    def decide(self, outcome: Outcome) -> None:
        def step() -> None:
            change = self.service.decide(
                self.ref,
                outcome,
                "because",
                ["a condition"],
                decider=person_of(self.officer),
                escalate_to="Head of Risk",
            )
            self.decided[change.review.revision] = outcome

        self._try(step)

    @rule(as_approver=st.booleans())
    def sign(self, as_approver: bool) -> None:
        who = self.approver if as_approver else self.officer
        self._try(lambda: self.service.sign_decision(self.ref, who, self.folder / "out.pdf"))

    @rule()
    def countersign(self) -> None:
        def step() -> None:
            detail = self.service.get_review(self.ref)
            kept = self.folder / "kept.pdf"
            self.service.write_kept_report(self.ref, kept, revision=detail.current.number)
            pdf = countersign_report(kept.read_bytes(), self.approver, "kept.pdf")
            self.service.record_countersignature(pdf, "countersigned.pdf")

        self._try(step)

    @rule()
    def return_it(self) -> None:
        self._try(
            lambda: self.service.return_for_changes(
                self.ref, "not convinced", approver=person_of(self.approver)
            )
        )

    @rule()
    def reopen(self) -> None:
        self._try(lambda: self.service.reopen(self.ref, "needs changes"))

    @rule()
    def escalate(self) -> None:
        self._try(lambda: self.service.escalate(self.ref, "Chief Risk Officer", "above me"))

    @invariant()
    def no_decision_is_lost(self) -> None:
        current = self.service.get_review(self.ref).current.number
        reopened = {
            e.detail["superseded_revision"]
            for e in self.service.history(self.ref)
            if e.kind == "reopen"
        }
        for number, outcome in self.decided.items():
            revision = self.service.get_revision(self.ref, number)
            assert revision.decision is not None and revision.decision.outcome is outcome
            assert number == current or number in reopened

    @invariant()
    def state_agrees_with_the_signed_pdf(self) -> None:
        detail = self.service.get_review(self.ref)
        revision = detail.current
        if revision.state not in SIGNED_STATES:
            return
        assert revision.signature is not None and revision.decision is not None
        out = self.folder / "check.pdf"
        kept = self.service.write_kept_report(self.ref, out, revision=revision.number)
        data = out.read_bytes()
        assert hashlib.sha256(data).hexdigest() == kept.sha256
        if kept.kind == "reviewer":
            assert kept.sha256 == revision.signature.pdf_sha256
        payload = json.loads(embedded_payload(data))
        assert payload["review"]["revision"] == revision.number
        assert payload["decision"]["outcome"] == revision.decision.outcome.value
        assert payload["decision"]["decided_by"] == revision.decision.decided_by
        assert payload["review"]["answers"] == revision.answers

    @invariant()
    def audit_trail_verifies(self) -> None:
        assert self.service.check().ok


@pytest.mark.slow
def test_random_steps_never_lose_a_decision(
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    ReviewLifecycleMachine.folder = tmp_path
    ReviewLifecycleMachine.officer = load_identity(
        reviewer_identity.p12, reviewer_identity.passphrase
    )
    ReviewLifecycleMachine.approver = load_identity(
        approver_identity.p12, approver_identity.passphrase
    )
    run_state_machine_as_test(
        ReviewLifecycleMachine,
        settings=settings(
            max_examples=12,
            stateful_step_count=14,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )
