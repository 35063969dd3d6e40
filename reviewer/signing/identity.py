"""Signing identities: encrypted PKCS#12 files holding a signing key and its certificate."""

from __future__ import annotations

import enum
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificatePublicKeyTypes
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from reviewer.errors import IdentityError
from reviewer.paths import identities_dir
from reviewer.signing.files import read_input, write_atomically

KEY_BITS = 3072
VALIDITY = timedelta(days=3 * 365)
# X.520 `name` (2.5.4.41): the whole name when a common name (at most 64 characters) cannot hold it.
FULL_NAME_OID = x509.ObjectIdentifier("2.5.4.41")
# RFC 5280 upper bounds: ub-common-name, ub-organization-name and ub-title are all 64.
CN_LIMIT = 64
ORGANISATION_LIMIT = 64
ROLE_LIMIT = 64
# A person's name may be longer than a CN, but a paragraph is not a name.
NAME_LIMIT = 256
EMAIL = re.compile(r"[^@\s]{1,64}@[^@\s]+\.[^@\s]+")
EMAIL_LIMIT = 254  # RFC 5321: the longest address a mail path holds


class DetailProblem(enum.Enum):
    """What can be wrong with the details written into a certificate."""

    NAME_EMPTY = "name_empty"
    NAME_TOO_LONG = "name_too_long"
    EMAIL_INVALID = "email_invalid"
    ORGANISATION_EMPTY = "organisation_empty"
    ORGANISATION_TOO_LONG = "organisation_too_long"
    ROLE_TOO_LONG = "role_too_long"
    CONTROL_CHARACTERS = "control_characters"


@dataclass(frozen=True)
class DetailIssue:
    """One problem with one field of a person's details, with the value that caused it."""

    field: str
    problem: DetailProblem
    value: str

    @property
    def message(self) -> str:
        """Say in English what is wrong and what to do; the UI translates from `problem`."""
        texts = {
            DetailProblem.NAME_EMPTY: "the name is empty; give your full name",
            DetailProblem.NAME_TOO_LONG: (
                f"the name {self.value!r} is longer than {NAME_LIMIT} characters"
            ),
            DetailProblem.EMAIL_INVALID: (
                f"the email {self.value!r} is not an email address such as name@example.org"
            ),
            DetailProblem.ORGANISATION_EMPTY: "the organisation is empty; give one",
            DetailProblem.ORGANISATION_TOO_LONG: (
                f"the organisation {self.value!r} is longer than {ORGANISATION_LIMIT} characters"
            ),
            DetailProblem.ROLE_TOO_LONG: (
                f"the role {self.value!r} is longer than {ROLE_LIMIT} characters"
            ),
            DetailProblem.CONTROL_CHARACTERS: (
                f"the {self.field} {self.value!r} holds control or text-direction characters; "
                "type it again as plain text"
            ),
        }
        return texts[self.problem]


class IdentityDetailsError(IdentityError):
    """The name, email, organisation or role cannot go into a certificate as given."""

    def __init__(self, issues: list[DetailIssue]) -> None:
        super().__init__("; ".join(issue.message for issue in issues))
        self.issues = issues


@dataclass(frozen=True)
class PersonDetails:
    """Who a signing certificate names: full name, email, organisation and role (title)."""

    name: str
    email: str
    organisation: str
    role: str = ""

    def issues(self) -> list[DetailIssue]:
        """List every problem, in the order of the fields."""
        found = []
        name, email = self.name.strip(), self.email.strip()
        organisation, role = self.organisation.strip(), self.role.strip()
        if not name:
            found.append(DetailIssue("name", DetailProblem.NAME_EMPTY, self.name))
        elif len(name) > NAME_LIMIT:
            found.append(DetailIssue("name", DetailProblem.NAME_TOO_LONG, name))
        if len(email) > EMAIL_LIMIT or not EMAIL.fullmatch(email):
            found.append(DetailIssue("email", DetailProblem.EMAIL_INVALID, self.email))
        if not organisation:
            found.append(
                DetailIssue("organisation", DetailProblem.ORGANISATION_EMPTY, self.organisation)
            )
        elif len(organisation) > ORGANISATION_LIMIT:
            found.append(
                DetailIssue("organisation", DetailProblem.ORGANISATION_TOO_LONG, organisation)
            )
        if len(role) > ROLE_LIMIT:
            found.append(DetailIssue("role", DetailProblem.ROLE_TOO_LONG, role))
        # A signer's name is shown in terminals and PDFs; hidden characters could disguise it.
        for field, value in (
            ("name", name),
            ("email", email),
            ("organisation", organisation),
            ("role", role),
        ):
            if any(unicodedata.category(char) in {"Cc", "Cf"} for char in value):
                found.append(DetailIssue(field, DetailProblem.CONTROL_CHARACTERS, value))
        return found

    def check(self) -> None:
        """Raise IdentityDetailsError listing every problem, if there is any."""
        issues = self.issues()
        if issues:
            raise IdentityDetailsError(issues)

    def subject(self) -> x509.Name:
        """Return the certificate subject; a name too long for the CN is kept whole in `name`."""
        name = self.name.strip()
        attributes = [x509.NameAttribute(NameOID.COMMON_NAME, name[:CN_LIMIT].rstrip())]
        if len(name) > CN_LIMIT:
            attributes.append(x509.NameAttribute(FULL_NAME_OID, name))
        attributes += [
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, self.email.strip()),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, self.organisation.strip()),
        ]
        if self.role.strip():
            attributes.append(x509.NameAttribute(NameOID.TITLE, self.role.strip()))
        return x509.Name(attributes)


def describe_person(
    name: str, email: str | None, organisation: str | None, role: str | None
) -> str:
    """Return "Name <email>, Organisation (role)", leaving out the parts that are not known."""
    text = name
    if email:
        text += f" <{email}>"
    if organisation:
        text += f", {organisation}"
    if role:
        text += f" ({role})"
    return text


def describe_certificate(certificate: x509.Certificate) -> str:
    """Return a certificate's person as "Name <email>, Organisation (role)"."""
    return describe_person(
        _attribute(certificate, FULL_NAME_OID) or common_name(certificate),
        _attribute(certificate, NameOID.EMAIL_ADDRESS),
        _attribute(certificate, NameOID.ORGANIZATION_NAME),
        _attribute(certificate, NameOID.TITLE),
    )


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
        return _attribute(self.certificate, FULL_NAME_OID) or self.name

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

    @property
    def display(self) -> str:
        """Return the signer as "Name <email>, Organisation (role)"."""
        return describe_certificate(self.certificate)


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
    name: str,
    email: str,
    organisation: str,
    passphrase: bytes,
    now: datetime | None = None,
    *,
    role: str | None = None,
) -> tuple[bytes, bytes]:
    """Create a self-signed RSA-3072 signing identity; return (PKCS#12 bytes, PEM certificate)."""
    details = PersonDetails(name, email, organisation, role or "")
    details.check()
    now = (now or datetime.now(UTC)).replace(microsecond=0)
    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_BITS)
    subject = details.subject()
    cert = signing_certificate(
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + VALIDITY),
        key.public_key(),
    ).sign(key, hashes.SHA256())
    p12 = pkcs12.serialize_key_and_certificates(
        details.name.strip().encode("utf-8"),
        key,
        cert,
        None,
        serialization.BestAvailableEncryption(passphrase),
    )
    return p12, cert.public_bytes(serialization.Encoding.PEM)


def signing_certificate(
    builder: x509.CertificateBuilder, public_key: CertificatePublicKeyTypes
) -> x509.CertificateBuilder:
    """Add what a document-signing certificate needs: a serial, key usages, no CA rights."""
    return (
        builder.serial_number(secrets.randbits(120))
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
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


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


def identity_file_name(name: str) -> str:
    """Return the file name for a person's identity, such as 'Zoe-Martin.p12' for Zoé Martin."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", plain.strip()).strip("-.")[:64]
    return f"{stem or 'identity'}.p12"


def import_identity(source: Path, passphrase: bytes, name: str | None = None) -> Path:
    """Check an organisation-issued PKCS#12 and copy it, with its certificate, to the identities."""
    identity = load_identity(source, passphrase)
    file_name = identity_file_name(name or identity.full_name)
    target = identities_dir() / file_name
    if target.exists():
        raise IdentityError(f"{target}: an identity of that name exists already; pick --name")
    save_identity(target, read_input(source, "a PKCS#12 (.p12) identity"))
    write_atomically(
        target.with_suffix(".pem"), identity.certificate.public_bytes(serialization.Encoding.PEM)
    )
    return target
