"""Signing identities: encrypted PKCS#12 files holding a signing key and its certificate."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from reviewer.errors import IdentityError
from reviewer.paths import identities_dir
from reviewer.signing.files import read_input, write_atomically

KEY_BITS = 3072
VALIDITY = timedelta(days=3 * 365)


@dataclass(frozen=True)
class Identity:
    """A loaded signing identity: the pyHanko signer and its certificate."""

    path: Path
    certificate: x509.Certificate
    signer: Any  # pyhanko SimpleSigner; pyHanko ships no type hints we can use

    @property
    def subject(self) -> str:
        """Return the certificate subject, e.g. 'CN=Zoé,E=zoe@example.org,O=Acme'."""
        return subject_text(self.certificate)

    @property
    def name(self) -> str:
        """Return the common name, or the whole subject when there is none."""
        return common_name(self.certificate)

    @property
    def full_name(self) -> str:
        """Return the person's whole name: the X.520 name attribute if set, else the CN."""
        return _attribute(self.certificate, x509.ObjectIdentifier("2.5.4.41")) or self.name

    @property
    def email(self) -> str | None:
        """Return the email address the certificate names, if any."""
        return _attribute(self.certificate, NameOID.EMAIL_ADDRESS)

    @property
    def organisation(self) -> str | None:
        """Return the organisation the certificate names, if any."""
        return _attribute(self.certificate, NameOID.ORGANIZATION_NAME)

    @property
    def role(self) -> str | None:
        """Return the role (X.520 title) the certificate names, if any."""
        return _attribute(self.certificate, NameOID.TITLE)


def _attribute(certificate: x509.Certificate, oid: x509.ObjectIdentifier) -> str | None:
    """Return the first value of a subject attribute, or None."""
    values = certificate.subject.get_attributes_for_oid(oid)
    return str(values[0].value) if values else None


def subject_text(certificate: x509.Certificate) -> str:
    """Return a certificate subject as readable RFC 4514 text, with E= for the email."""
    return certificate.subject.rfc4514_string({NameOID.EMAIL_ADDRESS: "E"})


def common_name(certificate: x509.Certificate) -> str:
    """Return a certificate's common name, falling back to its subject string."""
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else certificate.subject.rfc4514_string()


def create_identity(
    name: str, email: str, organisation: str, passphrase: bytes, now: datetime | None = None
) -> tuple[bytes, bytes]:
    """Create a self-signed RSA-3072 signing identity; return (PKCS#12 bytes, PEM certificate)."""
    for label, value in (("--name", name), ("--email", email), ("--org", organisation)):
        if not value.strip():
            raise IdentityError(f"{label} is empty; give a value")
    if not re.fullmatch(r"[^@\s]+@[^@\s]+", email):
        raise IdentityError(f"--email {email!r} is not an email address")
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()),
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
        .not_valid_after(now + VALIDITY)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
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


def check_certificate(certificate: x509.Certificate, source: str, now: datetime) -> None:
    """Refuse a certificate that is outside its validity period or may not sign documents."""
    subject = common_name(certificate)
    if now < certificate.not_valid_before_utc:
        raise IdentityError(
            f"{source}: the certificate of {subject} is not valid yet "
            f"(valid from {certificate.not_valid_before_utc:%Y-%m-%d %H:%M} UTC)"
        )
    if now > certificate.not_valid_after_utc:
        raise IdentityError(
            f"{source}: the certificate of {subject} expired on "
            f"{certificate.not_valid_after_utc:%Y-%m-%d} UTC; ask for a new one"
        )
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        raise IdentityError(
            f"{source}: the certificate of {subject} has no key usage; a signing certificate "
            "needs 'digital signature' and 'non-repudiation'"
        ) from None
    if not (usage.digital_signature and usage.content_commitment):
        raise IdentityError(
            f"{source}: the certificate of {subject} is not for signing documents; it needs "
            "the key usages 'digital signature' and 'non-repudiation'"
        )


def load_identity(path: Path, passphrase: bytes, now: datetime | None = None) -> Identity:
    """Open a PKCS#12 identity, checking the passphrase, validity dates and key usage."""
    from pyhanko.sign.signers import SimpleSigner

    data = read_input(path, "a PKCS#12 (.p12) identity")
    try:
        bundle = pkcs12.load_pkcs12(data, passphrase)
    except ValueError:
        raise IdentityError(
            f"{path}: wrong passphrase, or the file is not a PKCS#12 identity"
        ) from None
    if bundle.cert is None or bundle.key is None:
        raise IdentityError(f"{path}: holds no certificate with its private key")
    cert = bundle.cert.certificate
    check_certificate(cert, str(path), now or datetime.now(UTC))
    try:
        signer = SimpleSigner.load_pkcs12_data(data, [], passphrase=passphrase)
    except ValueError:
        raise IdentityError(f"{path}: the identity cannot be used for signing") from None
    return Identity(path=path, certificate=cert, signer=signer)


def save_identity(path: Path, p12: bytes) -> None:
    """Write a PKCS#12 file readable by its owner only."""
    write_atomically(path, p12, mode=0o600)


def import_identity(source: Path, passphrase: bytes, name: str | None = None) -> Path:
    """Check an organisation-issued PKCS#12 and copy it into the identities folder."""
    identity = load_identity(source, passphrase)
    stem = name or re.sub(r"[^A-Za-z0-9._-]+", "-", identity.name).strip("-") or "identity"
    target = identities_dir() / f"{stem}.p12"
    if target.exists():
        raise IdentityError(f"{target}: an identity of that name exists already; pick --name")
    save_identity(target, source.read_bytes())
    return target
