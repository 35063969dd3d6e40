"""The organisation root: creating it, opening it, and issuing certificates from requests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from reviewer.errors import InputFileError
from reviewer.signing.authority import (
    AuthorityError,
    create_authority,
    is_authority,
    issue_certificate,
    load_authority,
    read_request,
)
from reviewer.signing.identity import (
    FULL_NAME_OID,
    IdentityDetailsError,
    PersonDetails,
    save_identity,
)
from tests.helpers.organisation import LONG_NAME
from tests.helpers.signing import ThrowawayIdentity


@pytest.fixture(scope="module")
def root_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    p12, _pem = create_authority("Acme Root", "Acme SA", b"root secret")
    path = tmp_path_factory.mktemp("root") / "root.p12"
    path.write_bytes(p12)
    return path


def _request(folder: Path, details: PersonDetails, bits: int = 2048) -> Path:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(details.subject())
        .sign(key, hashes.SHA256())
    )
    path = folder / "request.csr"
    path.write_bytes(csr.public_bytes(serialization.Encoding.PEM))
    return path


def test_the_root_may_only_issue_certificates(root_file: Path) -> None:
    root = load_authority(root_file, b"root secret").certificate
    assert is_authority(root)
    constraints = root.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.path_length == 0
    usage = root.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_cert_sign and not usage.content_commitment


def test_a_wrong_passphrase_or_a_signing_identity_is_not_a_root(
    root_file: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    with pytest.raises(AuthorityError, match="wrong passphrase"):
        load_authority(root_file, b"guess")
    with pytest.raises(AuthorityError, match="a signing identity, not an organisation root"):
        load_authority(reviewer_identity.p12, reviewer_identity.passphrase)


def test_an_expired_root_issues_nothing(tmp_path: Path) -> None:
    p12, _ = create_authority("Old", "Acme", b"pw", now=datetime(2010, 1, 1, tzinfo=UTC))
    save_identity(tmp_path / "old.p12", p12)
    with pytest.raises(AuthorityError, match="expired on 2019"):
        load_authority(tmp_path / "old.p12", b"pw")


def test_an_issued_certificate_chains_and_keeps_every_detail(
    root_file: Path, tmp_path: Path
) -> None:
    authority = load_authority(root_file, b"root secret")
    details = PersonDetails(LONG_NAME, "maria@acme.example", "Acme SA", "Compliance officer")
    request = read_request(_request(tmp_path, details))
    cert = issue_certificate(authority, request, "request.csr")
    cert.verify_directly_issued_by(authority.certificate)
    assert not is_authority(cert)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and not usage.key_cert_sign
    subject = cert.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == LONG_NAME[:64]
    assert subject.get_attributes_for_oid(FULL_NAME_OID)[0].value == LONG_NAME
    assert subject.get_attributes_for_oid(NameOID.TITLE)[0].value == "Compliance officer"
    assert cert.not_valid_after_utc <= authority.certificate.not_valid_after_utc


def test_a_certificate_never_outlives_its_root(root_file: Path, tmp_path: Path) -> None:
    authority = load_authority(root_file, b"root secret")
    request = read_request(_request(tmp_path, PersonDetails("Zoé", "z@acme.example", "Acme")))
    cert = issue_certificate(authority, request, "r", validity=timedelta(days=100 * 365))
    assert cert.not_valid_after_utc == authority.certificate.not_valid_after_utc


def test_a_tampered_request_is_refused(tmp_path: Path) -> None:
    path = _request(tmp_path, PersonDetails("Zoe Martin", "zoe@acme.example", "Acme"))
    csr = x509.load_pem_x509_csr(path.read_bytes())
    der = csr.public_bytes(serialization.Encoding.DER).replace(b"Zoe Martin", b"Eve Martin")
    forged = tmp_path / "forged.csr"
    forged.write_bytes(der)
    with pytest.raises(
        InputFileError, match=r"forged\.csr: the request's signature does not match"
    ):
        read_request(forged)


def test_a_request_that_is_not_one_is_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.csr"
    path.write_text("hello")
    with pytest.raises(InputFileError, match=r"notes\.csr: not a PEM or DER certificate request"):
        read_request(path)


def test_a_request_with_bad_details_or_a_weak_key_is_not_issued(
    root_file: Path, tmp_path: Path
) -> None:
    authority = load_authority(root_file, b"root secret")
    no_org = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Zoé"),
            x509.NameAttribute(NameOID.EMAIL_ADDRESS, "not-an-email"),
        ]
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    csr = x509.CertificateSigningRequestBuilder().subject_name(no_org).sign(key, hashes.SHA256())
    with pytest.raises(AuthorityError, match="the email 'not-an-email' is not an email address"):
        issue_certificate(authority, csr, "zoe.csr")
    weak = read_request(_request(tmp_path, PersonDetails("Z", "z@a.example", "A"), bits=1024))
    with pytest.raises(AuthorityError, match="not RSA of 2048 bits or more"):
        issue_certificate(authority, weak, "weak.csr")


def test_a_root_needs_a_name_and_an_organisation_but_no_email() -> None:
    with pytest.raises(IdentityDetailsError) as caught:
        create_authority(" ", "o" * 65, b"pw")
    assert [issue.field for issue in caught.value.issues] == ["name", "organisation"]


def test_a_request_asking_to_be_an_authority_gets_a_signing_certificate_only(
    root_file: Path,
) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    greedy = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(PersonDetails("Mallory", "m@acme.example", "Acme").subject())
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert = issue_certificate(load_authority(root_file, b"root secret"), greedy, "greedy.csr")
    assert not is_authority(cert)
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    assert constraints.ca is False
