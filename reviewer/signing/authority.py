"""An organisation's certificate authority: its root in an encrypted PKCS#12; issuing from CSRs."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from reviewer.errors import IdentityError, InputFileError
from reviewer.signing.files import read_input
from reviewer.signing.identity import (
    KEY_BITS,
    VALIDITY,
    IdentityDetailsError,
    PersonDetails,
    signing_certificate,
)

ROOT_VALIDITY = timedelta(days=10 * 365)
# A request file is a few kilobytes; anything far larger is not one.
MAX_REQUEST_BYTES = 64 * 1024


class AuthorityError(IdentityError):
    """An organisation root cannot be made, opened or used to issue a certificate."""


@dataclass(frozen=True)
class Authority:
    """An opened organisation root: its certificate and its private key."""

    path: Path
    certificate: x509.Certificate
    key: rsa.RSAPrivateKey


def create_authority(
    name: str, organisation: str, passphrase: bytes, now: datetime | None = None
) -> tuple[bytes, bytes]:
    """Create an organisation root (RSA-3072, ten years); return (PKCS#12, PEM certificate)."""
    # A root names no person's email; its name and organisation follow the same limits.
    issues = [
        issue for issue in PersonDetails(name, "", organisation).issues() if issue.field != "email"
    ]
    if issues:
        raise IdentityDetailsError(issues)
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(secrets.randbits(120))
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + ROOT_VALIDITY)
        # The root signs signing certificates only, never another authority.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    p12 = pkcs12.serialize_key_and_certificates(
        name.strip().encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )
    return p12, cert.public_bytes(serialization.Encoding.PEM)


def is_authority(certificate: x509.Certificate) -> bool:
    """Tell whether a certificate may issue certificates (a CA with keyCertSign)."""
    try:
        constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return constraints.ca and usage.key_cert_sign


def load_authority(path: Path, passphrase: bytes, now: datetime | None = None) -> Authority:
    """Open an organisation root's PKCS#12, refusing a signing identity or an expired root."""
    data = read_input(path, "an organisation root (.p12)")
    try:
        bundle = pkcs12.load_pkcs12(data, passphrase)
    except ValueError:
        raise AuthorityError(
            f"{path}: wrong passphrase, or the file is not a PKCS#12 organisation root"
        ) from None
    if bundle.cert is None or not isinstance(bundle.key, rsa.RSAPrivateKey):
        raise AuthorityError(f"{path}: holds no root certificate with its RSA private key")
    cert = bundle.cert.certificate
    if not is_authority(cert):
        raise AuthorityError(
            f"{path}: this is a signing identity, not an organisation root; create a root "
            "with 'reviewer ca create'"
        )
    if (now or datetime.now(UTC)) > cert.not_valid_after_utc:
        raise AuthorityError(
            f"{path}: the organisation root expired on {cert.not_valid_after_utc:%Y-%m-%d} UTC"
        )
    return Authority(path=path, certificate=cert, key=bundle.key)


def read_request(path: Path) -> x509.CertificateSigningRequest:
    """Read a certificate request (PEM or DER) and check that its own signature holds."""
    data = read_input(path, "a certificate request (.csr)")
    if len(data) > MAX_REQUEST_BYTES:
        raise InputFileError(
            str(path), f"is {len(data)} bytes; a certificate request is under {MAX_REQUEST_BYTES}"
        )
    try:
        if b"-----BEGIN" in data:
            request = x509.load_pem_x509_csr(data)
        else:
            request = x509.load_der_x509_csr(data)
        intact = request.is_signature_valid
    except (ValueError, UnsupportedAlgorithm):
        raise InputFileError(str(path), "not a PEM or DER certificate request (CSR)") from None
    if not intact:
        raise InputFileError(str(path), "the request's signature does not match its content")
    return request


def _single(request: x509.CertificateSigningRequest, oid: x509.ObjectIdentifier) -> str:
    """Return the one value of a subject attribute, or an empty text."""
    values = request.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def issue_certificate(
    authority: Authority,
    request: x509.CertificateSigningRequest,
    source: str,
    now: datetime | None = None,
    validity: timedelta = VALIDITY,
) -> x509.Certificate:
    """Sign a request as a document-signing certificate, checking the details it names."""
    from reviewer.signing.identity import FULL_NAME_OID

    public_key = request.public_key()
    if not isinstance(public_key, rsa.RSAPublicKey) or public_key.key_size < 2048:
        raise AuthorityError(f"{source}: the request's key is not RSA of 2048 bits or more")
    details = PersonDetails(
        _single(request, FULL_NAME_OID) or _single(request, NameOID.COMMON_NAME),
        _single(request, NameOID.EMAIL_ADDRESS),
        _single(request, NameOID.ORGANIZATION_NAME),
        _single(request, NameOID.TITLE),
    )
    issues = details.issues()
    if issues:
        problems = "; ".join(issue.message for issue in issues)
        raise AuthorityError(f"{source}: the request cannot be issued: {problems}")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    root = authority.certificate
    not_after = min(now + validity, root.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(details.subject())
        .issuer_name(root.subject)
        .public_key(public_key)
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(not_after)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key()),
            critical=False,
        )
    )
    return signing_certificate(builder, public_key).sign(authority.key, hashes.SHA256())


def chain_pem(certificate: x509.Certificate, authority: Authority) -> bytes:
    """Return the issued certificate followed by its root, as `identity import` reads them."""
    pem = serialization.Encoding.PEM
    return certificate.public_bytes(pem) + authority.certificate.public_bytes(pem)
