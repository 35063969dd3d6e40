"""Verifying a signed decision report: every signature, and the embedded decision.json."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.errors import DocumentError, ReviewerError
from reviewer.report.document import render_report
from reviewer.report.model import PAYLOAD_NAME, ReportInput, parse_payload
from reviewer.signing.library_logs import route_library_logs

UNTRUSTED = (
    "the signer's certificate does not chain to a trusted root; add the "
    "organisation root with 'reviewer trust add' or pass --trust"
)


@dataclass(frozen=True)
class SignatureCheck:
    """What verification found out about one signature."""

    field: str
    signer: str
    claimed_time: datetime | None
    timestamp_time: datetime | None
    timestamp_ok: bool | None
    certifying: bool
    intact: bool
    valid: bool
    trusted: bool
    trust_anchor: str | None
    coverage: str
    modifications: str
    docmdp_ok: bool | None
    passed: bool

    def problems(self) -> list[str]:
        """Say in words why this signature does not pass, or nothing when it does."""
        found = []
        if not self.intact:
            found.append("the signed content was changed after signing (digest mismatch)")
        elif not self.valid:
            found.append("the cryptographic signature does not check out")
        if not self.trusted:
            found.append(UNTRUSTED)
        if self.docmdp_ok is False:
            found.append(
                f"changes after signing are not allowed by the certification ({self.modifications})"
            )
        if self.timestamp_ok is False:
            found.append("the timestamp does not check out")
        if not found and not self.passed:
            found.append("pyHanko judged the signature invalid")
        return [f"{self.field}: {p}" for p in found]


@dataclass(frozen=True)
class PayloadCheck:
    """What verification found out about decision.json."""

    report: ReportInput | None
    agrees: bool | None
    note: str


@dataclass(frozen=True)
class Verification:
    """The outcome of verifying one file."""

    signatures: list[SignatureCheck]
    empty_fields: list[str]
    payload: PayloadCheck
    reasons: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """Tell whether every signature is intact and trusted and nothing illegal changed."""
        return not self.reasons

    @property
    def intact_but_untrusted(self) -> bool:
        """Tell whether the only fault is a signer outside the trust store (amber, not red).

        Every signature is intact and valid, and every reason given is a missing trust; any
        other reason, known now or added later, makes this False.
        """
        untrusted = {f"{c.field}: {UNTRUSTED}" for c in self.signatures if not c.trusted}
        sound = all(
            c.intact and c.valid and c.docmdp_ok is not False and c.timestamp_ok is not False
            for c in self.signatures
        )
        return bool(untrusted) and sound and set(self.reasons) <= untrusted


def _trust_context(roots: list[x509.Certificate]) -> Any:
    """Build a certificate validation context that trusts exactly the given roots."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko_certvalidator import ValidationContext

    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in roots)
    anchors = list(load_certs_from_pemder_data(pem)) if pem else []
    return ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail")


def _check(embedded: Any, roots: list[x509.Certificate]) -> SignatureCheck:
    """Validate one embedded signature against the roots, with pyHanko's diff analysis."""
    from pyhanko.sign.validation import validate_pdf_signature

    status = validate_pdf_signature(
        embedded,
        signer_validation_context=_trust_context(roots),
        ts_validation_context=_trust_context(roots),
    )
    anchor = None
    if status.trusted and status.validation_path is not None:
        anchor = status.validation_path.trust_anchor.authority.name.human_friendly
    ts = status.timestamp_validity
    level = status.modification_level
    return SignatureCheck(
        field=embedded.field_name,
        signer=status.signing_cert.subject.human_friendly,
        claimed_time=status.signer_reported_dt,
        timestamp_time=ts.timestamp if ts is not None else None,
        timestamp_ok=(ts.intact and ts.valid and ts.trusted) if ts is not None else None,
        certifying=embedded.docmdp_level is not None,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        trust_anchor=anchor,
        coverage=status.coverage.name if status.coverage is not None else "UNKNOWN",
        modifications=level.name if level is not None else "NONE",
        docmdp_ok=status.docmdp_ok,
        passed=bool(status.bottom_line),
    )


def _embedded_payload(reader: Any) -> bytes | None:
    """Return decision.json from the document's embedded files as a viewer sees them."""
    try:
        names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    except KeyError:
        return None
    for index in range(0, len(names) - 1, 2):
        if str(names[index]) == PAYLOAD_NAME:
            data: bytes = names[index + 1].get_object()["/EF"]["/F"].get_object().data
            return data
    return None


def _check_payload(data: bytes, payload: bytes | None) -> PayloadCheck:
    """Re-render the report from decision.json and compare it with the signed first revision."""
    if payload is None:
        return PayloadCheck(None, False, f"{PAYLOAD_NAME} is missing from the file")
    try:
        report = parse_payload(payload)
    except ReviewerError as exc:
        return PayloadCheck(None, False, f"{PAYLOAD_NAME} is unreadable: {exc}")
    current = ReportInput.model_fields["generator"].default
    if report.generator != current:
        return PayloadCheck(
            report,
            None,
            f"made by {report.generator}; this is {current}, so the visible report cannot be "
            "re-rendered byte for byte to compare",
        )
    if data.startswith(render_report(report)):
        return PayloadCheck(report, True, "the visible report is exactly what it renders to")
    return PayloadCheck(
        report, False, f"{PAYLOAD_NAME} does not match the visible report (it was changed)"
    )


def verify_report(data: bytes, roots: list[x509.Certificate], source: str) -> Verification:
    """Verify every signature in a report and its decision.json; never raises for bad content."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    route_library_logs()
    if not data.lstrip()[:5] == b"%PDF-":
        raise DocumentError(f"{source}: not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        embedded = list(reader.embedded_signatures)
        empty = _empty_fields(reader)
        payload = _embedded_payload(reader)
    except Exception as exc:
        raise DocumentError(f"{source}: not a readable PDF, or truncated ({exc})") from None
    checks = []
    for sig in embedded:
        try:
            checks.append(_check(sig, roots))
        except Exception as exc:
            raise DocumentError(
                f"{source}: the signature in field {sig.field_name!r} is malformed ({exc})"
            ) from None
    payload_check = _check_payload(data, payload)
    reasons = [p for check in checks for p in check.problems()]
    if not checks:
        reasons.insert(0, "the file carries no signature")
    if payload_check.agrees is False:
        reasons.append(payload_check.note)
    return Verification(checks, empty, payload_check, reasons)


def _empty_fields(reader: Any) -> list[str]:
    """List the signature fields that nobody has signed yet."""
    from pyhanko.sign.fields import enumerate_sig_fields

    return [name for name, value, _ref in enumerate_sig_fields(reader) if value is None]
