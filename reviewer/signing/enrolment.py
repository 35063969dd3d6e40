"""Getting a certificate from the organisation: a request made here, the key kept here, encrypted.

`create_request` makes a key pair and a certificate signing request (CSR). The key is written,
encrypted with the officer's passphrase, to the `pending` folder beside the identities, with a
copy of the request so the issued certificate can be matched to it. `install_certificate` then
joins the issued certificate and that key into a PKCS#12 identity. The key never leaves the
computer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import (
    CertificateIssuerPublicKeyTypes,
    CertificatePublicKeyTypes,
)
from cryptography.hazmat.primitives.serialization import pkcs12

from reviewer.errors import IdentityError, InputFileError
from reviewer.paths import identities_dir
from reviewer.signing.authority import is_authority
from reviewer.signing.files import read_input, write_atomically
from reviewer.signing.identity import (
    KEY_BITS,
    PersonDetails,
    check_certificate,
    common_name,
)

# A certificate file with its chain is a few kilobytes.
MAX_CERTIFICATE_BYTES = 256 * 1024


@dataclass(frozen=True)
class PendingKey:
    """A key waiting for its certificate: the encrypted key file and the request it signed."""

    key: Path
    request: Path


def pending_dir() -> Path:
    """Return the owner-only folder where keys wait for their certificates."""
    folder = identities_dir() / "pending"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def _public_der(key: CertificatePublicKeyTypes | CertificateIssuerPublicKeyTypes) -> bytes:
    """Return a public key's DER bytes, to compare keys of any kind."""
    return key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def create_request(
    details: PersonDetails, passphrase: bytes, stem: str
) -> tuple[bytes, PendingKey]:
    """Make a key and a CSR for these details; keep the key encrypted; return the CSR (PEM)."""
    details.check()
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(details.subject())
        .sign(key, hashes.SHA256())
    )
    csr_pem = request.public_bytes(serialization.Encoding.PEM)
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    folder = pending_dir()
    pending = PendingKey(key=folder / f"{stem}.key", request=folder / f"{stem}.csr")
    if pending.key.exists():
        raise IdentityError(
            f"{pending.key}: a request of that name is waiting for its certificate already; "
            "install that certificate first, or choose another name"
        )
    write_atomically(pending.key, key_pem, mode=0o600)
    write_atomically(pending.request, csr_pem, mode=0o600)
    return csr_pem, pending


def pending_keys() -> list[PendingKey]:
    """List the keys waiting for a certificate, in name order."""
    return [
        PendingKey(key=path, request=path.with_suffix(".csr"))
        for path in sorted(pending_dir().glob("*.key"))
        if path.with_suffix(".csr").is_file()
    ]


def read_certificates(path: Path) -> list[x509.Certificate]:
    """Read every certificate in a PEM file (a chain), or the one in a DER file."""
    data = read_input(path, "a certificate (.pem, .crt or .der)")
    if len(data) > MAX_CERTIFICATE_BYTES:
        raise InputFileError(
            str(path), f"is {len(data)} bytes; a certificate file is under {MAX_CERTIFICATE_BYTES}"
        )
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificates(data)
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise InputFileError(str(path), "not a PEM or DER X.509 certificate") from None


def _match(certificate: x509.Certificate) -> PendingKey | None:
    """Find the pending request whose key the certificate certifies."""
    wanted = _public_der(certificate.public_key())
    for pending in pending_keys():
        try:
            request = x509.load_pem_x509_csr(pending.request.read_bytes())
        except (OSError, ValueError):
            continue  # a damaged request cannot be matched; the others still can
        if _public_der(request.public_key()) == wanted:
            return pending
    return None


def install_certificate(
    source: Path, passphrase: bytes, target: Path, now: datetime | None = None
) -> Path:
    """Join an issued certificate with its waiting key into a PKCS#12 identity at `target`."""
    certificates = read_certificates(source)
    leaves = [c for c in certificates if not is_authority(c)]
    if len(leaves) != 1:
        raise InputFileError(
            str(source),
            f"holds {len(leaves)} signing certificates; expected exactly one, optionally "
            "followed by the organisation root",
        )
    leaf = leaves[0]
    chain = [c for c in certificates if c is not leaf]
    for issuer in chain:
        if issuer.subject == leaf.issuer:
            try:
                leaf.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, InvalidSignature) as exc:
                raise InputFileError(
                    str(source),
                    f"the certificate of {common_name(leaf)} was not issued by the root "
                    f"beside it ({type(exc).__name__})",
                ) from None
    check_certificate(leaf, str(source), now or datetime.now(UTC))
    pending = _match(leaf)
    if pending is None:
        raise IdentityError(
            f"{source}: no request made on this computer matches this certificate of "
            f"{common_name(leaf)}; install it on the computer where 'reviewer identity "
            "request' was run (the key never leaves it)"
        )
    try:
        key = serialization.load_pem_private_key(pending.key.read_bytes(), passphrase)
    except (ValueError, TypeError):
        raise IdentityError(
            f"{pending.key}: wrong passphrase; use the one you chose for the request"
        ) from None
    if target.exists():
        raise IdentityError(f"{target}: an identity of that name exists already; pick --name")
    assert isinstance(key, rsa.RSAPrivateKey)  # made by create_request
    p12 = pkcs12.serialize_key_and_certificates(
        common_name(leaf).encode("utf-8"),
        key,
        leaf,
        chain or None,
        serialization.BestAvailableEncryption(passphrase),
    )
    write_atomically(target, p12, mode=0o600)
    write_atomically(target.with_suffix(".pem"), leaf.public_bytes(serialization.Encoding.PEM))
    # The key now lives in the identity, encrypted the same way; the waiting copy goes.
    pending.key.unlink()
    pending.request.unlink()
    return target
