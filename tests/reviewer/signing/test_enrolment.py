"""Requests made here, keys kept here encrypted, and installing the certificate that comes back."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from reviewer.errors import IdentityError, InputFileError
from reviewer.paths import identities_dir
from reviewer.signing.authority import (
    chain_pem,
    create_authority,
    issue_certificate,
    load_authority,
)
from reviewer.signing.enrolment import create_request, install_certificate, pending_keys
from reviewer.signing.identity import PersonDetails, load_identity
from tests.helpers.signing import ThrowawayIdentity

ZOE = PersonDetails("Zoé Martin", "zoe@acme.example", "Acme SA", "Approver")


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("roots") / "acme.p12"
    path.write_bytes(create_authority("acme", "acme", b"root secret")[0])
    return path


def _issue(root: Path, csr: bytes, out: Path) -> Path:
    authority = load_authority(root, b"root secret")
    request = x509.load_pem_x509_csr(csr)
    out.write_bytes(chain_pem(issue_certificate(authority, request, "r"), authority))
    return out


def test_the_key_waits_here_encrypted_and_owner_only() -> None:
    csr, pending = create_request(ZOE, b"officer secret", "Zoe-Martin")
    assert csr.startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    key_pem = pending.key.read_bytes()
    assert key_pem.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert stat.S_IMODE(pending.key.stat().st_mode) == 0o600
    assert stat.S_IMODE(pending.key.parent.stat().st_mode) == 0o700
    with pytest.raises(TypeError):
        serialization.load_pem_private_key(key_pem, None)
    assert pending_keys() == [pending]
    with pytest.raises(IdentityError, match="waiting for its certificate already"):
        create_request(ZOE, b"officer secret", "Zoe-Martin")


def test_installing_joins_certificate_and_key_and_forgets_the_waiting_key(
    root: Path, tmp_path: Path
) -> None:
    csr, pending = create_request(ZOE, b"officer secret", "Zoe-Martin")
    issued = _issue(root, csr, tmp_path / "zoe.pem")
    target = identities_dir() / "Zoe-Martin.p12"
    with pytest.raises(IdentityError, match="wrong passphrase"):
        install_certificate(issued, b"guess", target)
    assert pending.key.exists() and not target.exists()
    assert install_certificate(issued, b"officer secret", target) == target
    assert not pending.key.exists() and not pending.request.exists()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    identity = load_identity(target, b"officer secret")
    assert identity.display == "Zoé Martin <zoe@acme.example>, Acme SA (Approver)"
    bundle = pkcs12.load_pkcs12(target.read_bytes(), b"officer secret")
    # The root travels in the identity, so signatures carry the whole chain.
    assert [c.certificate.subject for c in bundle.additional_certs] == [
        load_authority(root, b"root secret").certificate.subject
    ]


def test_a_certificate_for_a_key_made_elsewhere_is_refused(
    root: Path, tmp_path: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    with pytest.raises(IdentityError, match="no request made on this computer matches"):
        install_certificate(reviewer_identity.cert, b"z", tmp_path / "x.p12")


def test_a_chain_whose_root_did_not_issue_the_certificate_is_refused(
    root: Path, tmp_path: Path
) -> None:
    csr, _pending = create_request(ZOE, b"officer secret", "Zoe-Martin")
    acme = _issue(root, csr, tmp_path / "acme.pem")
    # The certificate, presented with a root of the same name that did not sign it.
    leaf = acme.read_bytes().split(b"-----END CERTIFICATE-----")[0] + b"-----END CERTIFICATE-----\n"
    forged_root = create_authority("acme", "acme", b"x")[1]
    (tmp_path / "forged.pem").write_bytes(leaf + forged_root)
    with pytest.raises(InputFileError, match=r"forged\.pem: the certificate of Zoé Martin was not"):
        install_certificate(tmp_path / "forged.pem", b"officer secret", tmp_path / "x.p12")


def test_a_file_with_no_signing_certificate_is_named(root: Path, tmp_path: Path) -> None:
    root_pem = load_authority(root, b"root secret").certificate.public_bytes(
        serialization.Encoding.PEM
    )
    (tmp_path / "root.pem").write_bytes(root_pem)
    with pytest.raises(InputFileError, match=r"root\.pem: holds 0 signing certificates"):
        install_certificate(tmp_path / "root.pem", b"x", tmp_path / "x.p12")


def test_a_certificate_with_another_kind_of_key_is_refused_clearly(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Elliptic")])
    usage = x509.KeyUsage(True, True, False, False, False, False, False, False, False)
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(usage, critical=True)
        .sign(key, hashes.SHA256())
    )
    create_request(ZOE, b"officer secret", "Zoe-Martin")  # a request is waiting, for another key
    path = tmp_path / "ec.pem"
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    with pytest.raises(IdentityError, match="no request made on this computer matches"):
        install_certificate(path, b"officer secret", tmp_path / "x.p12")
