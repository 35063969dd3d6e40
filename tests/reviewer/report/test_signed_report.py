"""Signed reports of both layouts: fields on the right page, evidence attached, both names."""

from __future__ import annotations

import hashlib
import io
import subprocess
from pathlib import Path

import pypdf
import pytest
from cryptography import x509

from reviewer.report.model import EvidenceFile, ReportInput
from reviewer.severity import Verdict
from reviewer.signing.decision_pdf import EvidenceMismatchError, make_signed_report
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.verify import verify_report
from tests.helpers.pdf import pdfsig, pdftotext
from tests.helpers.signing import ThrowawayIdentity
from tests.reviewer.report.inputs import verdict_input

EVIDENCE = [
    ("dpia.pdf", b"%PDF-1.7 a DPIA \x00\xff"),
    ("notes <draft>.txt", "données".encode()),
    ("影響評価.txt", "評価".encode()),
    ("avis-élu.txt", b"avis"),
]


def _with_evidence(report: ReportInput) -> ReportInput:
    """Record the evidence files on the review, as the store would."""
    files = [
        EvidenceFile(name=name, sha256=hashlib.sha256(data).hexdigest(), size=len(data))
        for name, data in EVIDENCE
    ]
    return report.model_copy(
        update={"review": report.review.model_copy(update={"evidence": files})}
    )


def _sign(identity: ThrowawayIdentity, report: ReportInput, **kwargs: object) -> bytes:
    return make_signed_report(
        report,
        load_identity(identity.p12, identity.passphrase),
        **kwargs,  # type: ignore[arg-type]
    )


def _field_pages(data: bytes) -> dict[str, int]:
    """Return the page index of each signature field's widget."""
    reader = pypdf.PdfReader(io.BytesIO(data))
    found = {}
    for index, page in enumerate(reader.pages):
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/FT") == "/Sig" or "/T" in widget:
                found[str(widget["/T"])] = index
    return found


def _page_1(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return " ".join(done.stdout.decode("utf-8").split())


def test_layout_2_puts_both_fields_on_page_1_and_layout_1_on_the_last(
    session_home: Path, reviewer_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    new = _sign(reviewer_identity, verdict_input(Verdict.HIGH))
    assert _field_pages(new) == {"Reviewer": 0, "Approver": 0}
    old_input = verdict_input(Verdict.HIGH).model_copy(update={"layout": "1"})
    old = _sign(reviewer_identity, old_input)
    last = len(pypdf.PdfReader(io.BytesIO(old)).pages) - 1
    assert last > 0
    assert _field_pages(old) == {"Reviewer": last, "Approver": last}
    for data in (new, old):
        result = verify_report(data, roots, "report.pdf")
        assert result.passed, result.reasons
        assert result.payload.agrees is True


def test_after_countersigning_page_1_names_both_signers_with_the_why(
    tmp_path: Path,
    session_home: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    roots: list[x509.Certificate],
) -> None:
    report = verdict_input(Verdict.PROHIBITED, "fr", approver=None)
    signed = _sign(reviewer_identity, report)
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    countersigned = countersign_report(signed, approver, "signed.pdf")
    path = tmp_path / "countersigned.pdf"
    path.write_bytes(countersigned)
    first = _page_1(path)
    assert "Zoé Reviewer" in first
    assert "Bob Approver" in first  # no approver was assigned: the countersignature's stamp
    assert "Risks are handled." in first
    for trigger in report.assessment.triggers:
        assert trigger.citation.article in first
    checked = pdfsig(path)
    assert checked.count("Signature is Valid") == 2
    assert "Total document signed" in checked
    assert verify_report(countersigned, roots, "countersigned.pdf").passed


def test_evidence_is_attached_under_the_signature_with_its_hash(
    tmp_path: Path,
    session_home: Path,
    reviewer_identity: ThrowawayIdentity,
    roots: list[x509.Certificate],
) -> None:
    report = _with_evidence(verdict_input(Verdict.HIGH))
    signed = _sign(reviewer_identity, report, evidence=EVIDENCE)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    listing = subprocess.run(
        ["pdfdetach", "-list", "-enc", "UTF-8", str(path)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    assert "decision.json" in listing
    assert "evidence/1-dpia.pdf" in listing
    assert "evidence/2-notes <draft>.txt" in listing
    assert "evidence/3-影響評価.txt" in listing
    reader = pypdf.PdfReader(io.BytesIO(signed))
    attached = {name: contents[0] for name, contents in reader.attachments.items()}
    for index, (name, data) in enumerate(EVIDENCE, start=1):
        assert attached[f"evidence/{index}-{name}"] == data
    names = reader.trailer["/Root"]["/Names"]["/EmbeddedFiles"]["/Names"]
    keys = [str(names[i]) for i in range(0, len(names), 2)]
    # A name tree is looked up by binary search, in the order of the bytes as written:
    # PDFDocEncoding sorts before UTF-16, whose byte order mark is FE FF.
    assert keys == [
        "decision.json",
        "evidence/1-dpia.pdf",
        "evidence/2-notes <draft>.txt",
        "evidence/4-avis-élu.txt",
        "evidence/3-影響評価.txt",
    ]
    descriptions = [names[i + 1].get_object().get("/Desc") for i in range(0, len(names), 2)]
    for _, data in EVIDENCE:
        assert f"Evidence file, sha256 {hashlib.sha256(data).hexdigest()}" in descriptions
    checked = pdfsig(path)
    assert "Signature is Valid" in checked and "Total document signed" in checked
    result = verify_report(signed, roots, "signed.pdf")
    assert result.passed, result.reasons
    assert "evidence/1-dpia.pdf" not in pdftotext(path)  # the pages only list the files


def test_without_the_option_nothing_but_decision_json_is_attached(
    session_home: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    signed = _sign(reviewer_identity, _with_evidence(verdict_input(Verdict.HIGH)))
    assert list(pypdf.PdfReader(io.BytesIO(signed)).attachments) == ["decision.json"]


@pytest.mark.parametrize(
    ("evidence", "message"),
    [
        ([("dpia.pdf", b"something else"), *EVIDENCE[1:]], "file 1, dpia.pdf, is not the file"),
        (EVIDENCE[:1], "lists 4 evidence files but 1 were given"),
        ([EVIDENCE[1], EVIDENCE[0], *EVIDENCE[2:]], "file 1, notes <draft>.txt, is not the file"),
    ],
)
def test_evidence_that_is_not_the_review_s_is_refused(
    session_home: Path,
    reviewer_identity: ThrowawayIdentity,
    evidence: list[tuple[str, bytes]],
    message: str,
) -> None:
    report = _with_evidence(verdict_input(Verdict.HIGH))
    with pytest.raises(EvidenceMismatchError, match=message):
        _sign(reviewer_identity, report, evidence=evidence)
