"""The one home of signing identities on this computer: create, request, install, import, trust.

The CLI, the Settings screen and the welcome wizard all call this module, so they agree on the
passphrase rule, the email format, where the files go and what is trusted. It needs no review
store. Every refusal is a typed exception whose message names the file, field or value.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from reviewer.errors import IdentityError, InputFileError
from reviewer.paths import identities_dir
from reviewer.signing.authority import (
    AuthorityError,
    chain_pem,
    create_authority,
    is_authority,
    issue_certificate,
    load_authority,
    read_request,
)
from reviewer.signing.enrolment import (
    PendingKey,
    create_request,
    install_certificate,
    read_certificates,
)
from reviewer.signing.files import check_writable, read_input, write_atomically
from reviewer.signing.identity import (
    FULL_NAME_OID,
    PersonDetails,
    common_name,
    create_identity,
    describe_certificate,
    identity_file_name,
    import_identity,
    save_identity,
)
from reviewer.signing.trust import (
    TrustedRoot,
    add_root,
    fingerprint,
    list_roots,
    read_certificate,
    signer_certificate,
    trust_certificate,
)

MIN_PASSPHRASE = 8
# Reading a passphrase file: a line of text, not a document.
MAX_PASSPHRASE_FILE = 4096

__all__ = [
    "MIN_PASSPHRASE",
    "CreatedIdentity",
    "IssuedCertificate",
    "PassphraseError",
    "PassphraseProblem",
    "PersonDetails",
    "RequestedCertificate",
    "TrustedRoot",
    "create_organisation_root",
    "create_self_signed",
    "default_identity_path",
    "describe_certificate",
    "describe_identity_file",
    "fingerprint",
    "import_identity_file",
    "install_issued_certificate",
    "is_certificate_file",
    "issue",
    "passphrase_from_file",
    "passphrase_problems",
    "read_organisation_root",
    "read_signer",
    "request_certificate",
    "trust_file",
    "trust_signer",
    "trusted_roots",
]


class PassphraseProblem(enum.Enum):
    """What can be wrong with a new passphrase."""

    TOO_SHORT = "too_short"
    DIFFERENT = "different"


class PassphraseError(IdentityError):
    """A new passphrase is refused: too short, or its confirmation differs."""

    def __init__(self, problem: PassphraseProblem) -> None:
        texts = {
            PassphraseProblem.TOO_SHORT: (
                f"the passphrase is shorter than {MIN_PASSPHRASE} characters; choose a longer one"
            ),
            PassphraseProblem.DIFFERENT: "the two passphrases differ; nothing was written",
        }
        super().__init__(texts[problem])
        self.problem = problem


def passphrase_problems(
    passphrase: str, confirmation: str | None = None
) -> list[PassphraseProblem]:
    """List what is wrong with a new passphrase (and its confirmation, when one was typed)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return [PassphraseProblem.TOO_SHORT]
    if confirmation is not None and confirmation != passphrase:
        return [PassphraseProblem.DIFFERENT]
    return []


def _new_passphrase(passphrase: str, confirmation: str | None) -> bytes:
    """Check a new passphrase and return its UTF-8 bytes, or raise PassphraseError."""
    problems = passphrase_problems(passphrase, confirmation)
    if problems:
        raise PassphraseError(problems[0])
    return passphrase.encode("utf-8")


def passphrase_from_file(path: Path) -> str:
    """Read a passphrase from the first line of a UTF-8 text file."""
    data = read_input(path, "a passphrase file")
    if len(data) > MAX_PASSPHRASE_FILE:
        raise InputFileError(
            str(path), f"is {len(data)} bytes; a passphrase file holds one line of text"
        )
    line = data.split(b"\n", 1)[0].rstrip(b"\r")
    if not line:
        raise InputFileError(str(path), "the passphrase file is empty")
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            str(path),
            f"the passphrase is not UTF-8 text (byte 0x{line[exc.start]:02x} at position "
            f"{exc.start}); save the file as UTF-8",
        ) from None


def default_identity_path(details: PersonDetails) -> Path:
    """Return where an identity for these details goes in the identities folder."""
    return identities_dir() / identity_file_name(details.name)


@dataclass(frozen=True)
class CreatedIdentity:
    """A new identity: its PKCS#12 file, its shareable certificate, and its trust entry."""

    identity: Path
    certificate: Path
    trusted: TrustedRoot


def create_self_signed(
    details: PersonDetails,
    passphrase: str,
    confirmation: str | None = None,
    target: Path | None = None,
    certificate: Path | None = None,
) -> CreatedIdentity:
    """Create a self-signed identity, write it owner-only, and trust it on this computer.

    Trusting it here lets the officer verify their own reports; others must add the
    certificate (or, better, use an identity issued by the organisation root).
    """
    details.check()
    secret = _new_passphrase(passphrase, confirmation)
    target = target or default_identity_path(details)
    certificate = certificate or target.with_suffix(".pem")
    if target.exists():
        raise IdentityError(f"{target}: exists already; choose another file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    check_writable(target)
    check_writable(certificate)
    p12, pem = create_identity(
        details.name, details.email, details.organisation, secret, role=details.role
    )
    save_identity(target, p12)
    write_atomically(certificate, pem)
    return CreatedIdentity(target, certificate, add_root(certificate))


@dataclass(frozen=True)
class RequestedCertificate:
    """A certificate request written for the organisation, and its key waiting here."""

    request: Path
    pending: PendingKey


def request_certificate(
    details: PersonDetails, passphrase: str, out: Path, confirmation: str | None = None
) -> RequestedCertificate:
    """Write a CSR to `out` for the organisation to sign; the key stays here, encrypted."""
    details.check()
    secret = _new_passphrase(passphrase, confirmation)
    check_writable(out)
    stem = identity_file_name(details.name).removesuffix(".p12")
    csr, pending = create_request(details, secret, stem)
    write_atomically(out, csr)
    return RequestedCertificate(out, pending)


def is_certificate_file(path: Path) -> bool:
    """Tell a certificate file (PEM or DER) from a PKCS#12 identity, by content."""
    data = read_input(path, "a certificate or a PKCS#12 identity")
    if b"-----BEGIN CERTIFICATE-----" in data:
        return True
    try:
        x509.load_der_x509_certificate(data)
    except ValueError:
        return False
    return True


def install_issued_certificate(source: Path, passphrase: str, name: str | None = None) -> Path:
    """Install a certificate issued for a request made here, as an identity in the folder."""
    target = identities_dir() / identity_file_name(name or _person(source))
    return install_certificate(source, passphrase.encode("utf-8"), target)


def _person(source: Path) -> str:
    """Return the full name the first signing certificate of a file names."""
    for cert in read_certificates(source):
        full = cert.subject.get_attributes_for_oid(FULL_NAME_OID)
        return str(full[0].value) if full else common_name(cert)
    return ""


def import_identity_file(source: Path, passphrase: str, name: str | None = None) -> Path:
    """Import an identity: a PKCS#12 file, or a certificate issued for a request made here."""
    if is_certificate_file(source):
        return install_issued_certificate(source, passphrase, name)
    return import_identity(source, passphrase.encode("utf-8"), name)


def create_organisation_root(
    name: str,
    organisation: str,
    passphrase: str,
    out: Path,
    certificate: Path,
    confirmation: str | None = None,
) -> TrustedRoot:
    """Create the organisation root in an encrypted PKCS#12, and trust it on this computer."""
    secret = _new_passphrase(passphrase, confirmation)
    if out.exists():
        raise IdentityError(f"{out}: exists already; an organisation root is never overwritten")
    check_writable(out)
    check_writable(certificate)
    p12, pem = create_authority(name, organisation, secret)
    save_identity(out, p12)
    write_atomically(certificate, pem)
    return add_root(certificate)


@dataclass(frozen=True)
class IssuedCertificate:
    """A certificate the organisation root signed, and who it names."""

    path: Path
    certificate: x509.Certificate

    @property
    def person(self) -> str:
        """Return who the certificate names, as "Name <email>, Organisation (role)"."""
        return describe_certificate(self.certificate)


def issue(authority: Path, passphrase: str, request: Path, out: Path) -> IssuedCertificate:
    """Sign a request with the organisation root; write the certificate and the root (PEM)."""
    csr = read_request(request)
    check_writable(out)
    root = load_authority(authority, passphrase.encode("utf-8"))
    issued = issue_certificate(root, csr, str(request))
    write_atomically(out, chain_pem(issued, root))
    return IssuedCertificate(out, issued)


def read_organisation_root(path: Path) -> x509.Certificate:
    """Read an organisation root certificate, to show before trusting it; refuse anything else."""
    certificate = read_certificate(path)
    if not is_authority(certificate):
        raise AuthorityError(
            f"{path}: this certificate ({common_name(certificate)}) is not an organisation root; "
            "a colleague's certificate is added in Settings, Trust store"
        )
    return certificate


def trust_file(path: Path) -> TrustedRoot:
    """Trust a root or colleague's certificate file on this computer."""
    return add_root(path)


def read_signer(pdf: Path, field: str) -> x509.Certificate:
    """Return the certificate that signed one field of a report, to show before trusting it."""
    data = read_input(pdf, "a signed decision report (PDF)")
    return signer_certificate(data, field, str(pdf))


def trust_signer(pdf: Path, field: str) -> TrustedRoot:
    """Trust the certificate that signed one field of a report (after the person checked it)."""
    return trust_certificate(read_signer(pdf, field))


def trusted_roots() -> list[TrustedRoot]:
    """List the certificates this computer trusts."""
    return list_roots()


def describe_identity_file(path: Path) -> str:
    """Say who an identity file signs as, "Name <email>, Organisation (role)", with no passphrase.

    The certificate saved beside it (same name, .pem) says it; without a readable one, the
    file's name stands in.
    """
    try:
        certificate = x509.load_pem_x509_certificate(path.with_suffix(".pem").read_bytes())
    except (OSError, ValueError):
        return path.stem
    return describe_certificate(certificate)
