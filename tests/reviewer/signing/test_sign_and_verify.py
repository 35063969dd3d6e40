"""Signing and verifying decision reports, checked against Poppler's pdfsig as well."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from cryptography import x509

from reviewer.errors import DocumentError, SigningError
from reviewer.report.model import parse_payload
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.verification.result import Rescore
from reviewer.signing.verify import verify_report
from tests.helpers import tamper
from tests.helpers.pdf import pdfsig, pdftotext
from tests.helpers.reports import packs, report_input
from tests.helpers.signing import ThrowawayIdentity


def _write(tmp_path: Path, data: bytes, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_pdfsig_finds_one_valid_signature_over_the_whole_file(
    tmp_path: Path, signed_pdf: bytes
) -> None:
    report = pdfsig(_write(tmp_path, signed_pdf))
    assert report.count("Signature is Valid") == 1
    assert "Total document signed" in report
    assert "Signer Certificate Common Name: Zoé Reviewer" in report
    assert "Signature Field Name: Approver" in report  # created empty before signing


def test_signed_report_verifies_with_the_roots(
    signed_pdf: bytes, roots: list[x509.Certificate]
) -> None:
    result = verify_report(signed_pdf, roots, "signed.pdf")
    assert result.passed, result.reasons
    (check,) = result.signatures
    assert check.field == "Reviewer" and check.certifying
    assert check.intact and check.trusted and check.docmdp_ok
    assert check.coverage == "ENTIRE_FILE"
    # The root and the signer are named as every identity is, never as raw certificate fields.
    assert check.trust_anchor == "Zoé Reviewer <zoe@example.org>, Société de Test"
    assert check.display == "Zoé Reviewer <zoe@example.org>, Société de Test"
    assert check.timestamp_time is None
    assert result.empty_fields == ["Approver"]
    assert result.payload.agrees is True


def test_untrusted_signer_is_not_a_pass(signed_pdf: bytes) -> None:
    result = verify_report(signed_pdf, [], "signed.pdf")
    assert not result.passed
    assert any("does not chain to a trusted root" in r for r in result.reasons)


def test_countersigned_report_verifies_both(
    tmp_path: Path, countersigned_pdf: bytes, roots: list[x509.Certificate]
) -> None:
    report = pdfsig(_write(tmp_path, countersigned_pdf))
    assert report.count("Signature is Valid") == 2
    result = verify_report(countersigned_pdf, roots, "countersigned.pdf")
    assert result.passed, result.reasons
    reviewer, approver = result.signatures
    assert reviewer.modifications == "FORM_FILLING" and reviewer.docmdp_ok
    assert approver.field == "Approver" and not approver.certifying
    assert result.empty_fields == []


def test_reviewer_cannot_countersign_own_report(
    signed_pdf: bytes, reviewer_identity: ThrowawayIdentity
) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    with pytest.raises(SigningError, match="four eyes"):
        countersign_report(signed_pdf, identity, "signed.pdf")


def test_countersigning_twice_is_refused(
    countersigned_pdf: bytes, approver_identity: ThrowawayIdentity
) -> None:
    identity = load_identity(approver_identity.p12, approver_identity.passphrase)
    with pytest.raises(SigningError, match="already countersigned"):
        countersign_report(countersigned_pdf, identity, "countersigned.pdf")


def test_accents_and_embedded_json_round_trip(tmp_path: Path, signed_pdf: bytes) -> None:
    path = _write(tmp_path, signed_pdf)
    assert "données" in pdftotext(path)
    listing = subprocess.run(["pdfdetach", "-list", str(path)], capture_output=True, check=True)
    assert b"decision.json" in listing.stdout
    subprocess.run(
        ["pdfdetach", "-save", "1", "-o", str(tmp_path / "d.json"), str(path)], check=True
    )
    assert parse_payload((tmp_path / "d.json").read_bytes()) == report_input()


@pytest.mark.parametrize(
    ("tampering", "reason"),
    [
        (tamper.flip_byte_in_signed_range, "changed after signing"),
        (tamper.change_page_content, "not allowed by the certification"),
        (tamper.add_annotation, "not allowed by the certification"),
        (tamper.add_signature_field, "not allowed by the certification"),
    ],
)
def test_tampering_is_detected(
    signed_pdf: bytes, roots: list[x509.Certificate], tampering: object, reason: str
) -> None:
    changed = tampering(signed_pdf)  # type: ignore[operator]
    result = verify_report(changed, roots, "tampered.pdf")
    assert not result.passed
    assert any(reason in r for r in result.reasons), result.reasons


def test_swapped_json_is_detected(signed_pdf: bytes, roots: list[x509.Certificate]) -> None:
    data = json.loads(report_input().payload_bytes())
    data["decision"]["outcome"] = "approve"
    swapped = tamper.swap_embedded_json(signed_pdf, json.dumps(data).encode())
    result = verify_report(swapped, roots, "swapped.pdf")
    assert not result.passed
    assert result.payload.agrees is False
    assert any("does not match the visible report" in r for r in result.reasons)
    assert any("not allowed by the certification" in r for r in result.reasons)


def test_not_a_pdf_is_a_clear_error() -> None:
    with pytest.raises(DocumentError, match="not a PDF file"):
        verify_report(b"hello", [], "notes.txt")


def test_truncated_pdf_is_a_clear_error(signed_pdf: bytes) -> None:
    with pytest.raises(DocumentError, match="truncated"):
        verify_report(signed_pdf[: len(signed_pdf) // 2], [], "half.pdf")


def test_the_signature_stamp_carries_the_signers_role_and_still_verifies(
    session_home: Path, tmp_path: Path
) -> None:
    """The visible stamp shows "Organisation (role)"; the check draws it again the same way."""
    from reviewer.signing.identity import create_identity

    p12, pem = create_identity(
        "Zoé Reviewer", "zoe@example.org", "Société de Test", b"z", role="Compliance officer"
    )
    (tmp_path / "zoe.p12").write_bytes(p12)
    signed = make_signed_report(report_input(), load_identity(tmp_path / "zoe.p12", b"z"))
    result = verify_report(signed, [x509.load_pem_x509_certificate(pem)], "signed.pdf")
    assert result.passed, result.reasons
    (check,) = result.signatures
    assert check.display == "Zoé Reviewer <zoe@example.org>, Société de Test (Compliance officer)"
    out = tmp_path / "signed.pdf"
    out.write_bytes(signed)
    assert "Société de Test (Compliance officer)" in pdftotext(out)


def test_a_report_signed_before_explanations_were_templates_still_rescores_the_same(
    session_home: Path, reviewer_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    """Its assessment has no `reasons`; re-scoring adds them, and that is no difference."""
    report = report_input()
    assert report.assessment.triggers and report.assessment.triggers[0].reasons
    older = report.model_copy(update={"assessment": report.assessment.without_sentences()})
    assert "reasons" not in older.assessment.to_json()
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    known = {p.sha256: p for p in packs()}
    result = verify_report(
        make_signed_report(older, identity), roots, "older.pdf", packs_by_sha256=known.get
    )
    assert result.rescore.status is Rescore.MATCHES, result.rescore.note
    assert result.passed, result.reasons
