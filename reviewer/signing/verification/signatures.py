"""Checking each signature with pyHanko, and the facts four eyes compares: key, email, name."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.signing.verification.result import SignatureCheck

_EMAIL_OID = "1.2.840.113549.1.9.1"


@dataclass(frozen=True)
class Signer:
    """Who a certificate names, as four eyes compares people."""

    name: str
    email: str | None
    key_id: str

    def same_person_as(self, other: Signer) -> list[str]:
        """List what two signers share (key, email, name); empty when they are two people."""
        shared = []
        if self.key_id == other.key_id:
            shared.append("key")
        if self.email and other.email and self.email.casefold() == other.email.casefold():
            shared.append("email")
        if _folded(self.name) == _folded(other.name):
            shared.append("name")
        return shared


def _folded(name: str) -> str:
    """Compare names without case or spacing differences."""
    return " ".join(name.split()).casefold()


def signer_of(certificate: x509.Certificate) -> Signer:
    """Describe the person a cryptography certificate names."""
    from reviewer.signing.identity import common_name

    emails = certificate.subject.get_attributes_for_oid(x509.ObjectIdentifier(_EMAIL_OID))
    spki = certificate.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return Signer(
        name=common_name(certificate),
        email=str(emails[0].value) if emails else None,
        key_id=hashlib.sha256(spki).hexdigest(),
    )


def signer_of_check(check: SignatureCheck) -> Signer:
    """Describe the person behind a checked signature."""
    return Signer(name=check.signer, email=check.email, key_id=check.key_id)


def trust_context(roots: list[x509.Certificate]) -> Any:
    """Build a certificate validation context that trusts exactly the given roots."""
    from pyhanko.keys import load_certs_from_pemder_data
    from pyhanko_certvalidator import ValidationContext

    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in roots)
    anchors = list(load_certs_from_pemder_data(pem)) if pem else []
    return ValidationContext(trust_roots=anchors, allow_fetching=False, revocation_mode="soft-fail")


def padding_is_zero(data: bytes, embedded: Any) -> bool:
    """Tell whether the /Contents hole holds the CMS value followed by zeros only.

    The hole is outside the signed byte range, so bytes written into its padding change the
    file without breaking any digest; Reviewer never writes anything there.
    """
    byte_range = [int(v) for v in embedded.sig_object.raw_get("/ByteRange")]
    hole = data[byte_range[0] + byte_range[1] : byte_range[2]].strip()
    if len(hole) < 2 or hole[:1] != b"<" or hole[-1:] != b">":
        return False
    try:
        raw = bytes.fromhex(hole[1:-1].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return False
    used = _der_length(raw)
    return used is not None and not raw[used:].strip(b"\x00")


def _der_length(raw: bytes) -> int | None:
    """Return how many bytes the outer DER value at the start of raw takes."""
    if len(raw) < 2:
        return None
    first = raw[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(raw) < 2 + count:
        return None
    return 2 + count + int.from_bytes(raw[2 : 2 + count], "big")


def check_signature(data: bytes, embedded: Any, roots: list[x509.Certificate]) -> SignatureCheck:
    """Validate one embedded signature against the roots, with pyHanko's diff analysis."""
    from pyhanko.sign.validation import validate_pdf_signature

    status = validate_pdf_signature(
        embedded,
        signer_validation_context=trust_context(roots),
        ts_validation_context=trust_context(roots),
    )
    anchor = None
    if status.trusted and status.validation_path is not None:
        anchor = _anchor_text(status.validation_path.trust_anchor)
    ts = status.timestamp_validity
    level = status.modification_level
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump())
    signer = signer_of(certificate)
    return SignatureCheck(
        field=embedded.field_name,
        signer=signer.name,
        email=signer.email,
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
        padding_ok=padding_is_zero(data, embedded),
        key_id=signer.key_id,
        signed_revision=int(embedded.signed_revision),
        organisation=_organisation(certificate),
        role=_role(certificate),
        docmdp_level=embedded.docmdp_level.name if embedded.docmdp_level is not None else None,
    )


def _anchor_text(anchor: Any) -> str:
    """Name a trust root as every identity is shown: "Name <email>, Organisation (role)".

    pyHanko's own rendering lists raw fields ("Organization: …, Email Address: …"); it is the
    fallback only for a root known by name and key without its certificate.
    """
    from reviewer.signing.identity import describe_certificate

    root = getattr(anchor, "certificate", None)
    if root is not None:
        return describe_certificate(x509.load_der_x509_certificate(root.dump()))
    return str(anchor.authority.name.human_friendly)


def _role(certificate: x509.Certificate) -> str:
    """Return the role (X.520 title) a certificate names, or an empty string."""
    from cryptography.x509.oid import NameOID

    titles = certificate.subject.get_attributes_for_oid(NameOID.TITLE)
    return str(titles[0].value) if titles else ""


def _organisation(certificate: x509.Certificate) -> str:
    """Return the organisation a certificate names, or an empty string."""
    from cryptography.x509.oid import NameOID

    names = certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(names[0].value) if names else ""
