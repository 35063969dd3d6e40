"""From a decided review to a certified PDF: render, attach decision.json, prepare, sign."""

from __future__ import annotations

from reviewer.report.document import render_report
from reviewer.report.model import ReportInput
from reviewer.signing.identity import Identity
from reviewer.signing.prepare import prepare_for_signing
from reviewer.signing.sign import certify_report


def make_signed_report(
    report: ReportInput, identity: Identity, tsa_url: str | None = None
) -> bytes:
    """Return the report certified by the reviewer, with decision.json attached and signed."""
    unsigned = render_report(report)
    prepared = prepare_for_signing(unsigned, report.payload_bytes(), report.decision.decided_at)
    return certify_report(prepared, identity, tsa_url)
