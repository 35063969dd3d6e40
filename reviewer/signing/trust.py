"""The trust store: organisation root certificates kept in the config folder."""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from reviewer.errors import InputFileError
from reviewer.paths import trust_dir
from reviewer.signing.files import read_input, write_atomically
from reviewer.signing.identity import subject_text


@dataclass(frozen=True)
class TrustedRoot:
    """A trusted certificate and where it is stored."""

    path: Path
    certificate: x509.Certificate

    @property
    def subject(self) -> str:
        """Return the certificate subject."""
        return subject_text(self.certificate)

    @property
    def fingerprint(self) -> str:
        """Return the SHA-256 fingerprint in hex."""
        return fingerprint(self.certificate)


def fingerprint(certificate: x509.Certificate) -> str:
    """Return a certificate's SHA-256 fingerprint in hex."""
    return hashlib.sha256(certificate.public_bytes(serialization.Encoding.DER)).hexdigest()


def read_certificate(path: Path) -> x509.Certificate:
    """Read one PEM or DER certificate, naming the file when it is not one."""
    data = read_input(path, "a PEM or DER certificate")
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError:
        raise InputFileError(str(path), "not a PEM or DER X.509 certificate") from None


def add_root(path: Path) -> TrustedRoot:
    """Copy a certificate into the trust store (named by fingerprint, so adding twice is safe)."""
    return trust_certificate(read_certificate(path))


def trust_certificate(cert: x509.Certificate) -> TrustedRoot:
    """Keep a certificate in the trust store (named by fingerprint, so adding twice is safe)."""
    der = cert.public_bytes(serialization.Encoding.DER)
    target = trust_dir() / f"{hashlib.sha256(der).hexdigest()[:16]}.pem"
    write_atomically(target, cert.public_bytes(serialization.Encoding.PEM), mode=0o600)
    return TrustedRoot(path=target, certificate=cert)


def signer_certificate(data: bytes, field: str, source: str) -> x509.Certificate:
    """Return the certificate that signed one signature field of a PDF."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    from reviewer.errors import DocumentError

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        for embedded in reader.embedded_signatures:
            if embedded.field_name == field:
                return x509.load_der_x509_certificate(embedded.signer_cert.dump())
    except Exception as exc:  # pyHanko raises many kinds on a damaged file
        raise DocumentError(f"{source}: not a readable signed PDF ({exc})") from None
    raise DocumentError(f"{source}: no signature in field {field!r}")


def list_roots() -> list[TrustedRoot]:
    """List the certificates in the trust store, in file-name order."""
    return [
        TrustedRoot(path=path, certificate=read_certificate(path))
        for path in sorted(trust_dir().glob("*.pem"))
    ]
