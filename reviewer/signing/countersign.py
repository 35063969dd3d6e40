"""Countersigning only what verifies: the one checked path the CLI, the app and the service use."""

from __future__ import annotations

from cryptography import x509

from reviewer.signing.identity import Identity
from reviewer.signing.refusals import (
    AlreadyCountersignedError,
    CountersignRefusedError,
    FourEyesError,
    NotAssignedApproverError,
)
from reviewer.signing.verification.decision import PackLookup
from reviewer.signing.verification.result import State, Verification
from reviewer.signing.verification.signatures import signer_of, signer_of_check


def check_before_countersigning(
    signed: bytes,
    source: str,
    roots: list[x509.Certificate] | None = None,
    packs_by_sha256: PackLookup | None = None,
    accept_unverifiable_layout: bool = False,
) -> Verification:
    """Run the full verification; raise unless the report is valid and awaits its countersignature.

    `roots` defaults to the trust store.
    """
    from reviewer.signing.trust import list_roots
    from reviewer.signing.verify import verify_report

    if roots is None:
        roots = [root.certificate for root in list_roots()]
    verification = verify_report(
        signed,
        roots,
        source,
        packs_by_sha256=packs_by_sha256,
        accept_unverifiable_layout=accept_unverifiable_layout,
    )
    if verification.state is State.NOT_VALID:
        reasons = "; ".join(verification.reasons)
        raise CountersignRefusedError(
            f"{source}: not countersigned, because the report does not verify: {reasons}",
            verification,
        )
    if verification.countersigned:
        raise AlreadyCountersignedError(f"{source}: is already countersigned")
    return verification


def check_approver(verification: Verification, identity: Identity) -> None:
    """Refuse the officer who certified the report, or someone other than the assigned approver."""
    approver = signer_of(identity.certificate)
    for check in verification.signatures:
        shared = approver.same_person_as(signer_of_check(check))
        if check.field == "Reviewer" and shared:
            raise FourEyesError(
                f"four eyes: {identity.name} has the same {' and '.join(shared)} as the "
                f"reviewer who certified this report ({check.signer}), so cannot also approve "
                "it; a different person must countersign"
            )
    report = verification.payload.report
    assigned = report.approver if report is not None else None
    if assigned is None:
        return
    if assigned.email and approver.email:
        same = assigned.email.casefold() == approver.email.casefold()
    else:
        same = _folded(assigned.name) == _folded(approver.name)
    if not same:
        raise NotAssignedApproverError(
            f"this report names {assigned.name} as its approver; {identity.name} cannot "
            "countersign it"
        )


def countersign_verified(
    signed: bytes,
    identity: Identity,
    source: str,
    tsa_url: str | None = None,
    *,
    roots: list[x509.Certificate] | None = None,
    packs_by_sha256: PackLookup | None = None,
    accept_unverifiable_layout: bool = False,
) -> bytes:
    """Verify a certified report in full, check the approver, then add the Approver signature.

    Raises CountersignRefusedError (carrying the verification), AlreadyCountersignedError,
    FourEyesError or NotAssignedApproverError instead of signing.
    """
    from reviewer.signing.sign import sign_approver_field

    verification = check_before_countersigning(
        signed, source, roots, packs_by_sha256, accept_unverifiable_layout
    )
    check_approver(verification, identity)
    return sign_approver_field(signed, identity, tsa_url)


def _folded(name: str) -> str:
    """Compare names without case or spacing differences."""
    return " ".join(name.split()).casefold()
