"""From a decided review to a certified PDF: render, attach decision.json, prepare, sign."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from reviewer.errors import ReviewerError
from reviewer.report.document import render_report
from reviewer.report.model import ReportInput
from reviewer.signing.identity import Identity
from reviewer.signing.prepare import prepare_for_signing
from reviewer.signing.sign import certify_report


class EvidenceMismatchError(ReviewerError):
    """The evidence files to attach are not the ones the review lists."""


def check_evidence(report: ReportInput, evidence: Sequence[tuple[str, bytes]]) -> None:
    """Refuse to attach files unless they are the review's evidence, whole and in its order."""
    listed = report.review.evidence
    if len(evidence) != len(listed):
        raise EvidenceMismatchError(
            f"the review lists {len(listed)} evidence files but {len(evidence)} were given to "
            "attach; attach all of them or none"
        )
    for index, ((name, data), entry) in enumerate(zip(evidence, listed, strict=True), start=1):
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise EvidenceMismatchError(
                f"evidence file {index}, {name}, is not the file the review recorded as "
                f"{entry.name} (its sha256 differs); it was changed or replaced"
            )


def make_signed_report(
    report: ReportInput,
    identity: Identity,
    tsa_url: str | None = None,
    evidence: Sequence[tuple[str, bytes]] = (),
) -> bytes:
    """Return the report certified by the reviewer, with decision.json attached and signed.

    When evidence is given, as (file name, bytes) for every file the review lists and in its
    order, the files are attached under the signature too.
    """
    if evidence:
        check_evidence(report, evidence)
    unsigned = render_report(report)
    prepared = prepare_for_signing(
        unsigned, report.payload_bytes(), report.decision.decided_at, evidence
    )
    return certify_report(prepared, identity, tsa_url)
