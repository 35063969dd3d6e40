"""Signing identities: creation, passphrases, validity dates, key usage, import."""

from __future__ import annotations

import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from reviewer.errors import IdentityError
from reviewer.paths import identities_dir
from reviewer.signing.identity import (
    FULL_NAME_OID,
    DetailProblem,
    IdentityDetailsError,
    create_identity,
    describe_person,
    identity_file_name,
    import_identity,
    load_identity,
    save_identity,
)
from tests.helpers.certificates import self_signed
from tests.helpers.signing import ThrowawayIdentity


def test_created_identity_is_rsa_3072_for_signing(reviewer_identity: ThrowawayIdentity) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    cert = identity.certificate
    key = cert.public_key()
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 3072
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment
    assert identity.name == "Zoé Reviewer"
    assert "E=zoe@example.org" in identity.subject


def test_wrong_passphrase_is_a_clear_error(reviewer_identity: ThrowawayIdentity) -> None:
    with pytest.raises(IdentityError, match="wrong passphrase"):
        load_identity(reviewer_identity.p12, b"not the passphrase")


def test_missing_identity_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(Exception, match=r"nope\.p12: no such file"):
        load_identity(tmp_path / "nope.p12", b"x")


def test_expired_certificate_is_refused(tmp_path: Path) -> None:
    p12, _ = create_identity(
        "Old", "old@example.org", "Org", b"pw", now=datetime(2020, 1, 1, tzinfo=UTC)
    )
    save_identity(tmp_path / "old.p12", p12)
    with pytest.raises(IdentityError, match="expired on 2022"):
        load_identity(tmp_path / "old.p12", b"pw")


def test_not_yet_valid_certificate_is_refused(tmp_path: Path) -> None:
    later = datetime.now(UTC) + timedelta(days=30)
    p12, _ = create_identity("New", "new@example.org", "Org", b"pw", now=later)
    save_identity(tmp_path / "new.p12", p12)
    with pytest.raises(IdentityError, match="not valid yet"):
        load_identity(tmp_path / "new.p12", b"pw")


def _p12_without_signing_usage() -> bytes:
    usage = x509.KeyUsage(False, False, True, False, False, False, False, False, False)
    cert, key = self_signed("Encrypt Only", usage, 7)
    return pkcs12.serialize_key_and_certificates(
        b"x", key, cert, None, serialization.BestAvailableEncryption(b"pw")
    )


def test_certificate_without_signing_usage_is_refused(tmp_path: Path) -> None:
    (tmp_path / "enc.p12").write_bytes(_p12_without_signing_usage())
    with pytest.raises(IdentityError, match="not for signing documents"):
        load_identity(tmp_path / "enc.p12", b"pw")


def test_bad_email_is_refused() -> None:
    with pytest.raises(IdentityError, match="not an email address"):
        create_identity("A", "not-an-email", "Org", b"pw")


def test_import_copies_an_owner_only_file(reviewer_identity: ThrowawayIdentity) -> None:
    target = import_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    assert target.parent == identities_dir()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes() == reviewer_identity.p12.read_bytes()
    with pytest.raises(IdentityError, match="exists already"):
        import_identity(reviewer_identity.p12, reviewer_identity.passphrase)


def test_import_with_wrong_passphrase_stores_nothing(reviewer_identity: ThrowawayIdentity) -> None:
    with pytest.raises(IdentityError, match="wrong passphrase"):
        import_identity(reviewer_identity.p12, b"wrong")
    assert list(identities_dir().iterdir()) == []


def test_a_long_name_is_cut_in_the_cn_and_kept_whole(tmp_path: Path) -> None:
    name = "Maria-Magdalena Wilhelmina Alexandrina von Hohenzollern-Sigmaringen"
    assert len(name) == 67
    p12, _ = create_identity(name, "maria@acme.example", "Acme", b"pw", role="Approver")
    save_identity(tmp_path / "long.p12", p12)
    identity = load_identity(tmp_path / "long.p12", b"pw")
    assert identity.name == name[:64] and len(identity.name) == 64
    assert identity.full_name == name
    assert identity.role == "Approver"
    assert identity.display == f"{name} <maria@acme.example>, Acme (Approver)"


def test_a_short_name_has_no_second_name_attribute(reviewer_identity: ThrowawayIdentity) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    assert identity.certificate.subject.get_attributes_for_oid(FULL_NAME_OID) == []
    assert identity.full_name == "Zoé Reviewer"
    assert identity.role is None
    assert identity.display == "Zoé Reviewer <zoe@example.org>, Société de Test"


@pytest.mark.parametrize(
    ("details", "parts"),
    [
        (("Zoé", "zoe@example.org", "Acme", "Approver"), "Zoé <zoe@example.org>, Acme (Approver)"),
        (("Zoé", None, "Acme", None), "Zoé, Acme"),
        (("Zoé", "zoe@example.org", None, None), "Zoé <zoe@example.org>"),
        (("Zoé", None, None, "DPO"), "Zoé (DPO)"),
    ],
)
def test_describe_person_leaves_out_what_is_unknown(
    details: tuple[str, str | None, str | None, str | None], parts: str
) -> None:
    assert describe_person(*details) == parts


@pytest.mark.parametrize(
    ("changes", "field", "problem"),
    [
        ({"name": "  "}, "name", DetailProblem.NAME_EMPTY),
        ({"name": "x" * 257}, "name", DetailProblem.NAME_TOO_LONG),
        ({"email": "zoe@localhost"}, "email", DetailProblem.EMAIL_INVALID),
        ({"organisation": ""}, "organisation", DetailProblem.ORGANISATION_EMPTY),
        ({"organisation": "o" * 65}, "organisation", DetailProblem.ORGANISATION_TOO_LONG),
        ({"role": "r" * 65}, "role", DetailProblem.ROLE_TOO_LONG),
        ({"email": ("x" * 64 + ".") * 4 + "@a.example"}, "email", DetailProblem.EMAIL_INVALID),
        ({"name": "Zoé \u202eevE"}, "name", DetailProblem.CONTROL_CHARACTERS),
        ({"organisation": "Acme\x1b[2J"}, "organisation", DetailProblem.CONTROL_CHARACTERS),
        ({"role": "Approver\u200b"}, "role", DetailProblem.CONTROL_CHARACTERS),
    ],
)
def test_each_detail_problem_is_typed_and_names_the_field(
    changes: dict[str, str], field: str, problem: DetailProblem
) -> None:
    values = {"name": "Zoé", "email": "zoe@example.org", "organisation": "Acme", "role": ""}
    values.update(changes)
    with pytest.raises(IdentityDetailsError) as caught:
        create_identity(
            values["name"], values["email"], values["organisation"], b"pw", role=values["role"]
        )
    [issue] = caught.value.issues
    assert (issue.field, issue.problem) == (field, problem)
    assert field in caught.value.message


def test_identity_file_names_are_plain_and_safe() -> None:
    assert identity_file_name("Zoé Martin") == "Zoe-Martin.p12"
    assert identity_file_name("../../etc/passwd") == "etc-passwd.p12"
    assert identity_file_name("  ") == "identity.p12"
    assert identity_file_name("李小龍") == "identity.p12"


def test_import_keeps_the_certificate_beside_the_identity(
    reviewer_identity: ThrowawayIdentity,
) -> None:
    target = import_identity(reviewer_identity.p12, reviewer_identity.passphrase, "mine")
    assert target.name == "mine.p12"
    assert target.with_suffix(".pem").read_bytes() == reviewer_identity.cert.read_bytes()
