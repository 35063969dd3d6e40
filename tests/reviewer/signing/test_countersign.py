"""countersign_verified: the one checked path, and each refusal as its own type."""

from __future__ import annotations

import pytest
from cryptography import x509

from reviewer.report.model import Person
from reviewer.signing.countersign import countersign_verified
from reviewer.signing.identity import load_identity
from reviewer.signing.refusals import (
    AlreadyCountersignedError,
    CountersignRefusedError,
    FourEyesError,
    NotAssignedApproverError,
)
from reviewer.signing.verify import Problem, State, verify_report
from tests.helpers import forgery, tamper
from tests.helpers.reports import report_input
from tests.helpers.signing import ThrowawayIdentity


def test_a_valid_certified_report_is_countersigned_and_then_verifies(
    signed_pdf: bytes, approver_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    both = countersign_verified(signed_pdf, approver, "signed.pdf", roots=roots)
    result = verify_report(both, roots, "both.pdf")
    assert result.state is State.COUNTERSIGNED, result.reasons
    assert [c.field for c in result.signatures] == ["Reviewer", "Approver"]


def test_the_reviewer_is_refused_as_four_eyes(
    signed_pdf: bytes, reviewer_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    reviewer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    with pytest.raises(FourEyesError, match="same key and email and name"):
        countersign_verified(signed_pdf, reviewer, "signed.pdf", roots=roots)


def test_a_countersigned_report_is_refused_as_such(
    countersigned_pdf: bytes,
    approver_identity: ThrowawayIdentity,
    roots: list[x509.Certificate],
) -> None:
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    with pytest.raises(AlreadyCountersignedError):
        countersign_verified(countersigned_pdf, approver, "both.pdf", roots=roots)


def test_an_invalid_report_is_refused_with_its_verification(
    signed_pdf: bytes, approver_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    with pytest.raises(CountersignRefusedError) as refused:
        countersign_verified(tamper.append_bytes(signed_pdf), approver, "x.pdf", roots=roots)
    assert refused.value.verification.problems == {Problem.UNSIGNED_BYTES}
    assert "does not verify" in refused.value.message


def test_an_untrusted_reviewer_is_refused(
    signed_pdf: bytes, approver_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    with pytest.raises(CountersignRefusedError) as refused:
        countersign_verified(signed_pdf, approver, "signed.pdf", roots=[roots[1]])
    assert Problem.UNTRUSTED in refused.value.verification.problems


def test_only_the_approver_the_report_names_may_countersign(
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    roots: list[x509.Certificate],
) -> None:
    reviewer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    carol = Person(name="Carol Chief", email="carol@example.org")
    named = forgery.build_certified(report_input().model_copy(update={"approver": carol}), reviewer)
    with pytest.raises(NotAssignedApproverError, match="names Carol Chief"):
        countersign_verified(named, approver, "named.pdf", roots=roots)
    bob = Person(name="Bob Approver", email="BOB@example.org")
    named_bob = forgery.build_certified(
        report_input().model_copy(update={"approver": bob}), reviewer
    )
    both = countersign_verified(named_bob, approver, "named.pdf", roots=roots)
    assert verify_report(both, roots, "both.pdf").state is State.COUNTERSIGNED
