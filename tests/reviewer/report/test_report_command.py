"""`reviewer report --language` and `--embed-evidence`, from a stored review to the PDF."""

from __future__ import annotations

import io
import json
import subprocess
from pathlib import Path

import pypdf
import pytest

from reviewer.cli import main
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from tests.helpers.fria import complete_fria
from tests.helpers.pdf import pdfsig
from tests.helpers.signing import ThrowawayIdentity, write_answers


def _import_example(db: str, capsys: pytest.CaptureFixture[str]) -> str:
    path = examples_dir() / "exam-proctoring.json"
    assert main(["--database", db, "review", "import", str(path)]) == 0
    capsys.readouterr()
    assert main(["--database", db, "review", "list", "--json"]) == 0
    [review] = json.loads(capsys.readouterr().out)
    assert complete_fria(db, review["id"])  # a public university owes the FRIA
    return str(review["id"])


def _report(identity: ThrowawayIdentity, out: Path, options: list[str], db: str = "") -> int:
    return main(
        [
            *(["--database", db] if db else []),
            "report",
            *options,
            "--outcome",
            "approve-with-conditions",
            "--rationale",
            "Les garde-fous décrits suffisent.",
            "--condition",
            "Revoir dans 12 mois",
            "--identity",
            str(identity.p12),
            "--passphrase-file",
            str(identity.passphrase_file),
            "--out",
            str(out),
        ]
    )


def _page_1(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
    )
    return done.stdout.decode("utf-8")


def test_a_stored_review_in_french_with_its_evidence_attached(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    review_id = _import_example(db, capsys)
    with ReviewService.open(db, actor="zoe") as service:
        service.add_attachment(review_id, "AIPD proctoring.pdf", b"%PDF-1.7 AIPD")
    out = tmp_path / "decision.pdf"
    options = ["--review", review_id, "--language", "fr", "--embed-evidence"]
    assert _report(reviewer_identity, out, options, db) == 0
    first = _page_1(out)
    assert "Approuvé sous conditions" in first
    assert "Revoir dans 12 mois" in first
    assert "Zoé Reviewer" in first
    reader = pypdf.PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.attachments["evidence/1-AIPD proctoring.pdf"] == [b"%PDF-1.7 AIPD"]
    assert json.loads(reader.attachments["decision.json"][0])["language"] == "fr"
    assert "Signature is Valid" in pdfsig(out)


def test_english_without_evidence_by_default(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    review_id = _import_example(db, capsys)
    with ReviewService.open(db, actor="zoe") as service:
        service.add_attachment(review_id, "dpia.pdf", b"%PDF-1.7 DPIA")
    out = tmp_path / "decision.pdf"
    assert _report(reviewer_identity, out, ["--review", review_id], db) == 0
    assert "Approved with conditions" in _page_1(out)
    assert list(pypdf.PdfReader(io.BytesIO(out.read_bytes())).attachments) == ["decision.json"]


def test_embedding_evidence_needs_a_stored_review(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write_answers(tmp_path / "answers.json")
    out = tmp_path / "decision.pdf"
    assert _report(reviewer_identity, out, [str(answers), "--embed-evidence"]) == 2
    assert "--embed-evidence needs --review" in capsys.readouterr().err
    assert not out.exists()
