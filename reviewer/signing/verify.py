"""Verifying a signed decision report: every signature, and that it is what Reviewer produces.

A report passes only when it is exactly what Reviewer renders from its decision.json, certified
by the officer who decided it and, at most, countersigned by another person; see
`reviewer.signing.verification` for each part of the check.
"""

from __future__ import annotations

import io
from typing import Any

from cryptography import x509

from reviewer.errors import DocumentError
from reviewer.report.wording import Language
from reviewer.signing.library_logs import route_library_logs
from reviewer.signing.verification.result import (
    Finding,
    PayloadCheck,
    Problem,
    Rescore,
    RescoreCheck,
    SignatureCheck,
    State,
    Verification,
)

__all__ = [
    "Finding",
    "PayloadCheck",
    "Problem",
    "Rescore",
    "RescoreCheck",
    "SignatureCheck",
    "State",
    "Verification",
    "verify_report",
]


def verify_report(
    data: bytes,
    roots: list[x509.Certificate],
    source: str,
    *,
    packs_by_sha256: Any = None,
    accept_unverifiable_layout: bool = False,
) -> Verification:
    """Verify a report; raises DocumentError only for a file that is not a readable PDF.

    `packs_by_sha256` looks up policy packs the caller holds (such as the store's) by content
    hash, for re-scoring; the shipped packs are always looked up.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reviewer.signing.verification import content, decision, signatures, structure

    route_library_logs()
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError(f"{source}: not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        empty = _empty_fields(reader)
        files = content.read_embedded_files(reader)
        ends = structure.revision_ends(data, reader)
    except Exception as exc:
        raise DocumentError(f"{source}: not a readable PDF, or truncated ({exc})") from None
    checks = []
    for sig in embedded:
        try:
            checks.append(signatures.check_signature(data, sig, roots))
        except Exception as exc:
            raise DocumentError(
                f"{source}: the signature in field {sig.field_name!r} is malformed ({exc})"
            ) from None
    payload_bytes = files.payload()
    report, payload_findings = content.parse_embedded(payload_bytes)
    findings: list[Finding] = []
    if not checks:
        findings.append(Finding(Problem.NOT_SIGNED, "the file carries no signature"))
    findings += [p for check in checks for p in check.problems()]
    try:
        findings += structure.check_revisions(data, reader, embedded, checks)
        findings += structure.check_fields(reader)
        findings += structure.check_steps(reader, checks)
        findings += _appearances(reader, checks, content.stamp_language(report))
    except Exception as exc:
        findings.append(
            Finding(Problem.NOT_AS_PRODUCED, f"the file's structure cannot be followed ({exc})")
        )
    findings += payload_findings
    if report is None:
        payload = PayloadCheck(None, False, payload_findings[0].text)
        return Verification(checks, empty, payload, findings + files.problems)
    findings += content.check_evidence(files, report)
    payload, page_findings = content.check_pages(data, ends[0], report, accept_unverifiable_layout)
    findings += page_findings
    notes = [payload.note] if payload.agrees is None else []
    if payload_bytes is not None and len(ends) > structure.PREPARED:
        # Prepared from the file's own first revision: this holds even when the pages cannot
        # be rendered again.
        try:
            findings += content.check_prepared(
                data[: ends[0]], payload_bytes, report, reader, structure.PREPARED
            )
        except Exception as exc:
            findings.append(
                Finding(Problem.NOT_AS_PRODUCED, f"the prepared revision cannot be read ({exc})")
            )
    findings += decision.check_rules(report)
    findings += decision.check_named_signers(report, checks)
    rescore, rescore_findings = decision.rescore(report, packs_by_sha256)
    findings += rescore_findings
    if rescore.status is Rescore.NOT_RESCORED:
        notes.append(rescore.note)
    return Verification(checks, empty, payload, _unique(findings), rescore, notes)


def _appearances(reader: Any, checks: list[SignatureCheck], language: Language) -> list[Finding]:
    """Check each Reviewer and Approver stamp is the one Reviewer draws, in the report's words."""
    from reviewer.report import SIGNATURE_BOXES
    from reviewer.signing.verification.appearance import check_appearance

    found = []
    for check in checks:
        if check.field not in SIGNATURE_BOXES:
            continue
        x1, y1, x2, y2 = SIGNATURE_BOXES[check.field]
        size = (float(round(x2) - round(x1)), float(round(y2) - round(y1)))
        found += check_appearance(reader, check, size, language)
    return found


def _unique(findings: list[Finding]) -> list[Finding]:
    """Drop repeated findings, keeping the first of each."""
    seen: set[tuple[Problem, str]] = set()
    kept = []
    for finding in findings:
        if (finding.problem, finding.text) not in seen:
            seen.add((finding.problem, finding.text))
            kept.append(finding)
    return kept


def _empty_fields(reader: Any) -> list[str]:
    """List the signature fields that nobody has signed yet."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]
