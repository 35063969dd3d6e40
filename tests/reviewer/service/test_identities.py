"""The one home of identities: the same rules for the CLI, Settings and the welcome wizard."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reviewer.errors import IdentityError, InputFileError
from reviewer.paths import identities_dir
from reviewer.service import identities
from reviewer.service.identities import PassphraseError, PassphraseProblem
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import (
    IdentityDetailsError,
    PersonDetails,
    load_identity,
)
from reviewer.signing.trust import list_roots, read_certificate
from reviewer.signing.verify import verify_report
from tests.helpers.organisation import LONG_NAME, OFFICER_SECRET, make_organisation, make_root
from tests.helpers.reports import report_input

ZOE = PersonDetails("Zoé Martin", "zoe@acme.example", "Acme SA", "Compliance officer")


@pytest.mark.parametrize(
    ("passphrase", "confirmation", "problem"),
    [
        ("seven77", None, PassphraseProblem.TOO_SHORT),
        ("long enough", "long enough!", PassphraseProblem.DIFFERENT),
    ],
)
def test_every_way_of_making_a_key_has_the_same_passphrase_rule(
    tmp_path: Path, passphrase: str, confirmation: str | None, problem: PassphraseProblem
) -> None:
    makers = [
        lambda: identities.create_self_signed(ZOE, passphrase, confirmation),
        lambda: identities.request_certificate(ZOE, passphrase, tmp_path / "r.csr", confirmation),
        lambda: identities.create_organisation_root(
            "Root", "Acme", passphrase, tmp_path / "r.p12", tmp_path / "r.pem", confirmation
        ),
    ]
    for make in makers:
        with pytest.raises(PassphraseError) as caught:
            make()
        assert caught.value.problem is problem
    assert not list(tmp_path.glob("r.*"))
    assert list(identities_dir().rglob("*.*")) == []


def test_bad_details_are_refused_before_any_key_is_made(tmp_path: Path) -> None:
    bad = PersonDetails("Zoé", "zoe@localhost", "Acme")
    with pytest.raises(IdentityDetailsError, match="zoe@localhost"):
        identities.create_self_signed(bad, "long enough")
    with pytest.raises(IdentityDetailsError, match="zoe@localhost"):
        identities.request_certificate(bad, "long enough", tmp_path / "r.csr")


def test_a_self_signed_identity_goes_to_the_folder_and_is_trusted_here() -> None:
    created = identities.create_self_signed(ZOE, "long enough", "long enough")
    assert created.identity == identities_dir() / "Zoe-Martin.p12"
    assert created.certificate == identities_dir() / "Zoe-Martin.pem"
    assert [root.fingerprint for root in list_roots()] == [created.trusted.fingerprint]
    assert load_identity(created.identity, b"long enough").role == "Compliance officer"
    with pytest.raises(IdentityError, match="exists already"):
        identities.create_self_signed(ZOE, "long enough")


def test_passphrase_files_must_be_utf8_text(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.pass"
    latin1.write_bytes("café secret\n".encode("latin-1"))
    with pytest.raises(InputFileError, match=r"latin1\.pass: the passphrase is not UTF-8 text"):
        identities.passphrase_from_file(latin1)
    utf8 = tmp_path / "utf8.pass"
    utf8.write_bytes("café secret\r\nsecond line".encode())
    assert identities.passphrase_from_file(utf8) == "café secret"
    empty = tmp_path / "empty.pass"
    empty.write_bytes(b"\n")
    with pytest.raises(InputFileError, match="empty"):
        identities.passphrase_from_file(empty)


def test_import_tells_an_issued_certificate_from_a_pkcs12(tmp_path: Path) -> None:
    organisation = make_organisation(tmp_path / "org")
    assert organisation.identity.parent == identities_dir()
    assert (
        organisation.identity.name
        == "Maria-Magdalena-Wilhelmina-Alexandrina-von-Hohenzollern-Sigmarin.p12"
    )
    identity = load_identity(organisation.identity, OFFICER_SECRET.encode())
    assert identity.full_name == LONG_NAME
    copied = identities.import_identity_file(organisation.identity, OFFICER_SECRET, "copy")
    assert copied == identities_dir() / "copy.p12"


def test_trusting_a_signer_from_a_report_makes_it_verify(tmp_path: Path) -> None:
    organisation = make_organisation(tmp_path / "org")
    identity = load_identity(organisation.identity, OFFICER_SECRET.encode())
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(make_signed_report(report_input(), identity))
    for root in list_roots():
        root.path.unlink()  # an approver's laptop that does not know the organisation yet
    assert not verify_report(pdf.read_bytes(), [], "signed.pdf").signatures[0].trusted
    added = identities.trust_signer(pdf, "Reviewer")
    assert added.certificate == identity.certificate
    roots = [root.certificate for root in identities.trusted_roots()]
    check = verify_report(pdf.read_bytes(), roots, "signed.pdf").signatures[0]
    assert check.trusted and check.intact


def test_pdfsig_trusts_the_signer_when_the_root_is_in_its_nss_database(tmp_path: Path) -> None:
    organisation = make_organisation(tmp_path / "org")
    identity = load_identity(organisation.identity, OFFICER_SECRET.encode())
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(make_signed_report(report_input(), identity))

    def pdfsig_with(roots: list[Path], name: str) -> str:
        nss = tmp_path / name
        nss.mkdir()
        subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
        for root in roots:
            subprocess.run(
                [
                    "certutil",
                    "-A",
                    "-d",
                    f"sql:{nss}",
                    "-n",
                    "Acme Root",
                    "-t",
                    "C,C,C",
                    "-i",
                    str(root),
                ],
                check=True,
            )
        done = subprocess.run(
            ["pdfsig", "-nssdir", f"sql:{nss}", str(pdf)], capture_output=True, check=False
        )
        return done.stdout.decode("utf-8")

    trusted = pdfsig_with([organisation.root_pem], "with-root")
    assert "Signature is Valid" in trusted and "Total document signed" in trusted
    assert "Certificate Validation: Certificate is Trusted." in trusted
    assert "Compliance officer" in trusted
    stranger = pdfsig_with([], "without-root")
    assert "Signature is Valid" in stranger
    assert "Certificate is Trusted" not in stranger


def test_a_root_is_never_overwritten(tmp_path: Path) -> None:
    p12, pem = make_root(tmp_path)
    before = p12.read_bytes()
    with pytest.raises(IdentityError, match="never overwritten"):
        identities.create_organisation_root("Again", "Acme", "long enough", p12, pem)
    assert p12.read_bytes() == before
    assert read_certificate(pem).subject.rfc4514_string() == "O=Acme SA,CN=Acme Root"
