"""Signing a decision report: the reviewer certifies it, an approver countersigns it."""

from __future__ import annotations

import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from reviewer.errors import DocumentError, SigningError
from reviewer.report.document import SIGNATURE_BOXES
from reviewer.report.wording import Language
from reviewer.signing.identity import Identity, common_name
from reviewer.signing.library_logs import route_library_logs
from reviewer.signing.prepare import APPROVER_FIELD, REVIEWER_FIELD
from reviewer.signing.refusals import AlreadyCountersignedError, FourEyesError
from reviewer.signing.stamp import render_stamp
from reviewer.signing.timestamps import timestamper_for

_REASONS = {
    REVIEWER_FIELD: "Reviewer: I decided this review and certify this report",
    APPROVER_FIELD: "Approver: I countersign and concur with this decision (four eyes)",
}


def _organisation(certificate: x509.Certificate) -> str:
    """Return the organisation named in a certificate, or an empty string."""
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(names[0].value) if names else ""


def stamp_language(data: bytes) -> Language:
    """Return the language of the report a PDF carries, in which its stamps are drawn.

    decision.json is read exactly as verification reads it. A PDF whose decision.json cannot
    be read gets the English stamp, which every report had before stamps had a language.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reviewer.signing.verification.content import embedded_report
    from reviewer.signing.verification.content import stamp_language as language_of

    try:
        report = embedded_report(PdfFileReader(io.BytesIO(data), strict=False))
    except Exception:
        # Any structure that cannot be followed means English; signing itself then says why
        # the file cannot be signed.
        report = None
    return language_of(report)


def _sign_field(prepared: bytes, field: str, identity: Identity, tsa_url: str | None) -> bytes:
    """Sign one pre-created field with a reportlab-drawn stamp; certify for the reviewer.

    The stamp speaks the language of the report the PDF carries.
    """
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    route_library_logs()
    x1, y1, x2, y2 = SIGNATURE_BOXES[field]
    stamp = render_stamp(
        field,
        identity.name,
        _organisation(identity.certificate),
        datetime.now(UTC),
        tsa_url,
        (round(x2) - round(x1), round(y2) - round(y1)),
        signer_role=identity.role or "",
        language=stamp_language(prepared),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=_REASONS[field],
        name=identity.name,
        certify=field == REVIEWER_FIELD,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
    )
    with tempfile.TemporaryDirectory(prefix="reviewer-stamp-") as folder:
        stamp_path = Path(folder) / "stamp.pdf"
        stamp_path.write_bytes(stamp)
        pdf_signer = signers.PdfSigner(
            meta,
            signer=identity.signer,
            timestamper=timestamper_for(tsa_url),
            stamp_style=StaticStampStyle.from_pdf_file(
                str(stamp_path),
                border_width=0,
                background_opacity=1.0,
                background_layout=layout.SimpleBoxLayoutRule(
                    x_align=layout.AxisAlignment.ALIGN_MID,
                    y_align=layout.AxisAlignment.ALIGN_MID,
                    margins=layout.Margins(0, 0, 0, 0),
                ),
            ),
        )
        writer = IncrementalPdfFileWriter(io.BytesIO(prepared), strict=True)
        out = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, existing_fields_only=True, output=out)
        except Exception as exc:
            raise SigningError(_signing_failure(exc, tsa_url)) from None
    return out.getvalue()


def _signing_failure(exc: Exception, tsa_url: str | None) -> str:
    """Explain a pyHanko signing failure in words."""
    from pyhanko.sign.timestamps import TimestampRequestError

    if isinstance(exc, TimestampRequestError) or "timestamp" in str(exc).lower():
        return (
            f"the timestamp authority at {tsa_url} did not answer or refused the request; "
            "check the URL and the network, or sign without --tsa-url"
        )
    return f"signing failed: {exc}"


def certify_report(prepared: bytes, identity: Identity, tsa_url: str | None = None) -> bytes:
    """Sign the Reviewer field as a certification signature that allows form filling only."""
    return _sign_field(prepared, REVIEWER_FIELD, identity, tsa_url)


def reviewer_certificate(signed: bytes, source: str) -> Any:
    """Return the asn1crypto certificate of the Reviewer signature in a signed report."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    route_library_logs()
    try:
        reader = PdfFileReader(io.BytesIO(signed), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise DocumentError(f"{source}: not a readable PDF ({exc})") from None
    for sig in signatures:
        if sig.field_name == REVIEWER_FIELD:
            return sig.signer_cert
    raise SigningError(
        f"{source}: has no reviewer signature; only a signed report is countersigned"
    )


def sign_approver_field(signed: bytes, identity: Identity, tsa_url: str | None = None) -> bytes:
    """Fill the Approver field, unchecked: callers go through `countersign_verified`."""
    return _sign_field(signed, APPROVER_FIELD, identity, tsa_url)


def countersign_report(
    signed: bytes, identity: Identity, source: str, tsa_url: str | None = None
) -> bytes:
    """Fill the Approver field after the four-eyes check only, without verifying the report.

    Tests and the self-test use it to build reports; people countersign through
    `reviewer.signing.countersign.countersign_verified`, which verifies first.
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    reviewer = reviewer_certificate(signed, source)
    approver = identity.certificate
    from cryptography.hazmat.primitives import serialization

    same_subject = reviewer.subject.dump() == _asn1_subject(approver)
    same_key = reviewer.public_key.dump() == approver.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    if same_subject or same_key:
        raise FourEyesError(
            f"four eyes: {common_name(approver)} signed this report as the reviewer, so cannot "
            "also approve it; a different person must countersign"
        )
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    if any(sig.field_name == APPROVER_FIELD for sig in reader.embedded_signatures):
        raise AlreadyCountersignedError(f"{source}: is already countersigned")
    return _sign_field(signed, APPROVER_FIELD, identity, tsa_url)


def _asn1_subject(certificate: x509.Certificate) -> bytes:
    """Return the DER encoding of a certificate's subject, comparable with asn1crypto's."""
    return certificate.subject.public_bytes()
