"""Self-signed test certificates with just the extension a test needs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def self_signed(
    common_name: str, extension: x509.ExtensionType, serial: int
) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """Return a 30-day self-signed RSA-2048 certificate carrying one critical extension."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(extension, critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert, key
