"""The signing commands end to end: identity, trust, report, countersign, verify."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import library
from reviewer.cli import main
from reviewer.resources import examples_dir
from reviewer.store.audit import event_hash
from tests.helpers.fria import complete_fria
from tests.helpers.pdf import pdfsig
from tests.helpers.reports import EMOTION_ANSWERS
from tests.helpers.signing import ThrowawayIdentity, make_resources, write_answers


@pytest.fixture
def test_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Serve the test questionnaire and pack as the shipped content."""
    monkeypatch.setenv("REVIEWER_RESOURCES", str(make_resources(tmp_path / "resources")))
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()
    yield tmp_path
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()


def _report(
    answers: Path, identity: ThrowawayIdentity, out: Path, outcome: str = "approve-with-conditions"
) -> int:
    return main(
        [
            "report",
            str(answers),
            "--outcome",
            outcome,
            "--rationale",
            "Risques maîtrisés.",
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


def test_report_countersign_verify(
    test_content: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = write_answers(test_content / "answers.json")
    signed, approved = test_content / "signed.pdf", test_content / "approved.pdf"
    assert _report(answers, reviewer_identity, signed) == 0
    assert "Signature is Valid" in pdfsig(signed)
    capsys.readouterr()
    assert main(["verify", str(signed)]) == 1
    assert "does not chain to a trusted root" in capsys.readouterr().out
    assert main(["verify", str(signed), "--trust", str(reviewer_identity.cert)]) == 3
    out = capsys.readouterr().out
    assert "Result: VALID, NOT COUNTERSIGNED" in out
    assert "the signer's own claim; no timestamp" in out
    assert "Approve with conditions, verdict HIGH" in out
    assert "Questionnaire: test_intake 1.0 sha256" in out
    own = [
        "countersign",
        str(signed),
        "--trust",
        str(reviewer_identity.cert),
        "--identity",
        str(reviewer_identity.p12),
        "--passphrase-file",
        str(reviewer_identity.passphrase_file),
        "--out",
        str(approved),
    ]
    assert main(own) == 2
    assert "four eyes" in capsys.readouterr().err
    assert not approved.exists()
    other = [
        "countersign",
        str(signed),
        "--trust",
        str(reviewer_identity.cert),
        "--identity",
        str(approver_identity.p12),
        "--passphrase-file",
        str(approver_identity.passphrase_file),
        "--out",
        str(approved),
    ]
    assert main(other) == 0
    assert main(["trust", "add", str(reviewer_identity.cert)]) == 0
    assert main(["trust", "add", str(approver_identity.cert)]) == 0
    capsys.readouterr()
    assert main(["verify", str(approved)]) == 0
    out = capsys.readouterr().out
    assert out.count("Intact:        yes") == 2
    assert "form filling only" in out


def test_approve_on_a_prohibited_verdict_is_refused(
    test_content: Path,
    reviewer_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = write_answers(test_content / "emotion.json", EMOTION_ANSWERS)
    out = test_content / "out.pdf"
    assert _report(answers, reviewer_identity, out, outcome="approve") == 2
    assert "prohibited" in capsys.readouterr().err
    assert not out.exists()


def test_wrong_passphrase_is_a_clear_error(
    test_content: Path,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    answers = write_answers(test_content / "answers.json")
    out = test_content / "out.pdf"
    code = main(
        [
            "report",
            str(answers),
            "--outcome",
            "reject",
            "--rationale",
            "No.",
            "--identity",
            str(reviewer_identity.p12),
            "--passphrase-file",
            str(approver_identity.passphrase_file),
            "--out",
            str(out),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "wrong passphrase" in err and "Traceback" not in err
    assert not out.exists()


def test_unwritable_output_fails_before_signing(
    test_content: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = write_answers(test_content / "answers.json")
    assert _report(answers, reviewer_identity, test_content / "no" / "such" / "o.pdf") == 2
    assert "does not exist" in capsys.readouterr().err


def _report_review(
    db: str, review_id: str, identity: ThrowawayIdentity, out: Path, outcome: str
) -> int:
    return main(
        [
            "--database",
            db,
            "report",
            "--review",
            review_id,
            "--outcome",
            outcome,
            "--rationale",
            "Décision motivée.",
            "--condition",
            "Human review of every flag",
            "--identity",
            str(identity.p12),
            "--passphrase-file",
            str(identity.passphrase_file),
            "--out",
            str(out),
        ]
    )


def _import_example(db: str, name: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--database", db, "review", "import", str(examples_dir() / name)]) == 0
    capsys.readouterr()
    assert main(["--database", db, "review", "list", "--json"]) == 0
    [review] = json.loads(capsys.readouterr().out)
    complete_fria(db, review["id"])  # approvals wait for an owed FRIA
    return str(review["id"])


def test_report_for_a_stored_review_records_decision_and_signature(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    review_id = _import_example(db, "exam-proctoring.json", capsys)
    out = tmp_path / "decision.pdf"
    assert _report_review(db, review_id, reviewer_identity, out, "approve-with-conditions") == 0
    assert "Signature is Valid" in pdfsig(out)
    capsys.readouterr()
    assert main(["--database", db, "audit", "show", review_id, "--json"]) == 0
    events = json.loads(capsys.readouterr().out)
    assert [e["kind"] for e in events][-3:] == ["decide", "sign", "export"]
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert events[-2]["detail"]["pdf_sha256"] == digest
    assert events[-1]["detail"] == {
        "file": "decision.pdf",
        "format": "pdf",
        "sha256": digest,
        "revision": 1,
    }
    assert events[-3]["actor"] == "Zoé Reviewer <zoe@example.org>"
    assert main(["--database", db, "review", "show", review_id, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["summary"]["status"] == "awaiting-approval"
    assert shown["current"]["decision"]["decided_by"] == "Zoé Reviewer"
    assert [r["sha256"] for r in shown["reports"]] == [digest]


def test_report_for_a_stored_prohibited_review_refuses_approval(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    review_id = _import_example(db, "face-scraping-database.json", capsys)
    out = tmp_path / "decision.pdf"
    assert _report_review(db, review_id, reviewer_identity, out, "approve") == 2
    assert "cannot be approved" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--database", db, "review", "show", review_id, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["summary"]["status"] == "draft"


def test_verify_rejects_a_non_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "notes.pdf"
    notes.write_text("hello")
    assert main(["verify", str(notes)]) == 2
    assert "not a PDF file" in capsys.readouterr().err


def test_identity_create_writes_owner_only_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass"
    secret.write_text("s3cret passphrase\n")
    p12, pem = tmp_path / "me.p12", tmp_path / "me.pem"
    code = main(
        [
            "identity",
            "create",
            "--name",
            "Zoé",
            "--email",
            "zoe@example.org",
            "--org",
            "Org",
            "--out",
            str(p12),
            "--cert-out",
            str(pem),
            "--passphrase-file",
            str(secret),
        ]
    )
    assert code == 0
    assert p12.stat().st_mode & 0o777 == 0o600
    assert pem.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"s3cret passphrase" not in p12.read_bytes()
    assert main(["identity", "import", str(p12), "--passphrase-file", str(secret)]) == 0
    assert "Imported" in capsys.readouterr().out


def _rewrite_whole_chain(database: Path) -> None:
    """Edit the first event and recompute every hash after it, as a careful forger would."""
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT seq, at, actor, kind, review_id, detail, state_digest FROM audit_events "
            "ORDER BY seq"
        ).fetchall()
        previous = "0" * 64
        for number, (seq, at, actor, kind, review_id, detail, digest) in enumerate(rows):
            if number == 0:
                actor = "mallory"
            own = event_hash(at, actor, kind, review_id, detail, digest, previous)
            db.execute(
                "UPDATE audit_events SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?",
                (actor, previous, own, seq),
            )
            previous = own
        db.execute("UPDATE audit_head SET last_hash = ?", (previous,))


def test_a_signed_report_anchors_the_audit_trail(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    database = tmp_path / "r.sqlite3"
    db = f"sqlite:///{database}"
    review_id = _import_example(db, "exam-proctoring.json", capsys)
    out = tmp_path / "decision.pdf"
    assert _report_review(db, review_id, reviewer_identity, out, "reject") == 0
    capsys.readouterr()
    assert main(["--database", db, "audit", "verify", "--anchor", str(out)]) == 0
    assert "anchor found: event #" in capsys.readouterr().out
    first_hash = _first_event_hash(database)
    _rewrite_whole_chain(database)
    assert _first_event_hash(database) != first_hash
    # The rewritten chain is consistent in itself, so only the signed anchor catches it.
    assert main(["--database", db, "audit", "verify"]) == 0
    capsys.readouterr()
    assert main(["--database", db, "audit", "verify", "--anchor", str(out)]) == 1
    assert "ANCHOR MISSING" in capsys.readouterr().out


def _first_event_hash(database: Path) -> str:
    with sqlite3.connect(database) as db:
        return str(db.execute("SELECT hash FROM audit_events ORDER BY seq LIMIT 1").fetchone()[0])
