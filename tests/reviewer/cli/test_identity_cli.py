"""`reviewer ca` and `reviewer identity`: the organisation journey and clear refusals (exit 2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.x509.oid import NameOID

from reviewer.cli import main
from reviewer.paths import identities_dir
from reviewer.signing.identity import FULL_NAME_OID, load_identity
from reviewer.signing.trust import list_roots, read_certificate
from tests.helpers.organisation import LONG_NAME
from tests.helpers.signing import ThrowawayIdentity


def _secret(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.pass"
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_create_root_request_issue_and_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root_pass = _secret(tmp_path, "root", "root passphrase")
    officer_pass = _secret(tmp_path, "officer", "officer passphrase")
    root_p12, root_pem = tmp_path / "root.p12", tmp_path / "root.pem"
    create = ["ca", "create", "--name", "Acme Root", "--org", "Acme SA", "--out", str(root_p12)]
    assert main([*create, "--cert-out", str(root_pem), "--passphrase-file", str(root_pass)]) == 0
    assert root_p12.stat().st_mode & 0o777 == 0o600
    person = ["--name", LONG_NAME, "--email", "maria@acme.example", "--org", "Acme SA"]
    csr = tmp_path / "maria.csr"
    request = ["identity", "request", *person, "--role", "Compliance officer", "--out", str(csr)]
    assert main([*request, "--passphrase-file", str(officer_pass)]) == 0
    assert csr.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    cert = tmp_path / "maria.pem"
    issue = ["ca", "issue", str(csr), "--ca", str(root_p12), "--out", str(cert)]
    assert main([*issue, "--passphrase-file", str(root_pass)]) == 0
    out = capsys.readouterr().out
    assert f"Issued a signing certificate to {LONG_NAME} <maria@acme.example>" in out
    assert main(["identity", "import", str(cert), "--passphrase-file", str(officer_pass)]) == 0
    [installed] = identities_dir().glob("*.p12")
    identity = load_identity(installed, b"officer passphrase")
    assert identity.full_name == LONG_NAME and len(identity.name) == 64
    assert identity.role == "Compliance officer"
    assert identity.certificate.issuer == read_certificate(root_pem).subject
    assert [r.certificate for r in list_roots()] == [read_certificate(root_pem)]
    assert list((identities_dir() / "pending").iterdir()) == []


def test_a_latin1_passphrase_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin1 = tmp_path / "latin1.pass"
    latin1.write_bytes("café secret\n".encode("latin-1"))
    args = ["identity", "create", "--name", "Zoé", "--email", "zoe@example.org", "--org", "Acme"]
    assert main([*args, "--passphrase-file", str(latin1)]) == 2
    err = capsys.readouterr().err
    assert f"{latin1}: the passphrase is not UTF-8 text (byte 0xe9 at position 3)" in err
    assert not list(identities_dir().glob("*"))


def test_a_67_character_name_fits_the_certificate(tmp_path: Path) -> None:
    secret = _secret(tmp_path, "zoe", "long enough")
    p12 = tmp_path / "long.p12"
    args = ["identity", "create", "--name", LONG_NAME, "--email", "m@acme.example", "--org", "A"]
    assert main([*args, "--out", str(p12), "--passphrase-file", str(secret)]) == 0
    subject = load_identity(p12, b"long enough").certificate.subject
    assert subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == LONG_NAME[:64]
    assert subject.get_attributes_for_oid(FULL_NAME_OID)[0].value == LONG_NAME
    assert p12.with_suffix(".pem").is_file()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--email", "zoe"], "the email 'zoe' is not an email address"),
        (["--org", " "], "the organisation is empty"),
        (["--role", "r" * 65], "longer than 64 characters"),
    ],
)
def test_bad_details_name_the_field_and_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    secret = _secret(tmp_path, "zoe", "long enough")
    base = {"--name": "Zoé", "--email": "zoe@example.org", "--org": "Acme"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    flat = [part for pair in base.items() for part in pair]
    assert main(["identity", "create", *flat, "--passphrase-file", str(secret)]) == 2
    assert message in capsys.readouterr().err


def test_a_short_passphrase_is_refused_everywhere(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    short = _secret(tmp_path, "short", "s3cret")
    person = ["--name", "Zoé", "--email", "zoe@example.org", "--org", "Acme"]
    commands = [
        ["identity", "create", *person],
        ["identity", "request", *person, "--out", str(tmp_path / "z.csr")],
        [
            "ca",
            "create",
            "--name",
            "R",
            "--org",
            "A",
            "--out",
            str(tmp_path / "r.p12"),
            "--cert-out",
            str(tmp_path / "r.pem"),
        ],
    ]
    for command in commands:
        assert main([*command, "--passphrase-file", str(short)]) == 2
        assert "shorter than 8 characters" in capsys.readouterr().err
    assert not list(tmp_path.glob("[rz].*"))


def test_issuing_with_a_signing_identity_or_installing_elsewhere_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reviewer_identity: ThrowawayIdentity
) -> None:
    officer = _secret(tmp_path, "officer", "officer passphrase")
    csr = tmp_path / "zoe.csr"
    person = ["--name", "Zoé", "--email", "zoe@example.org", "--org", "Acme"]
    assert (
        main(["identity", "request", *person, "--out", str(csr), "--passphrase-file", str(officer)])
        == 0
    )
    issue = [
        "ca",
        "issue",
        str(csr),
        "--ca",
        str(reviewer_identity.p12),
        "--out",
        str(tmp_path / "c.pem"),
    ]
    assert main([*issue, "--passphrase-file", str(reviewer_identity.passphrase_file)]) == 2
    assert "a signing identity, not an organisation root" in capsys.readouterr().err
    imp = ["identity", "import", str(reviewer_identity.cert), "--passphrase-file", str(officer)]
    assert main(imp) == 2
    assert "no request made on this computer matches" in capsys.readouterr().err
    assert (
        main(
            [
                "ca",
                "issue",
                str(officer),
                "--ca",
                str(reviewer_identity.p12),
                "--out",
                str(tmp_path / "c.pem"),
                "--passphrase-file",
                str(officer),
            ]
        )
        == 2
    )
    assert "not a PEM or DER certificate request" in capsys.readouterr().err
