"""The approval loop from the command line: new, decide, sign, countersign, return, reopen."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.resources import examples_dir
from reviewer.signing.trust import add_root
from tests.helpers.fria import complete_fria
from tests.helpers.pdf import pdfsig
from tests.helpers.signing import ThrowawayIdentity


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _who(identity: ThrowawayIdentity) -> tuple[str, ...]:
    return ("--identity", str(identity.p12), "--passphrase-file", str(identity.passphrase_file))


def _signed_review(
    capsys: pytest.CaptureFixture[str], db: str, officer: ThrowawayIdentity, out: Path
) -> str:
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "review",
        "import",
        str(examples_dir() / "exam-proctoring.json"),
        "--json",
    )
    assert code == 0, err
    ref = str(json.loads(text)[0]["reference"])
    assert complete_fria(db, ref)  # a public university owes the FRIA
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "report",
        "--review",
        ref,
        "--outcome",
        "approve-with-conditions",
        "--rationale",
        "Proctoring with human review",
        "--condition",
        "A person reviews every flag",
        *_who(officer),
        "--out",
        str(out),
    )
    assert code == 0, err
    assert f"{ref}, Approve with conditions" in text and "awaiting approval" in text
    return ref


def test_countersign_records_into_the_store_that_holds_the_review(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    db = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    signed = tmp_path / "signed.pdf"
    ref = _signed_review(capsys, db, reviewer_identity, signed)
    final = tmp_path / "countersigned.pdf"
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "countersign",
        str(signed),
        *_who(approver_identity),
        "--out",
        str(final),
    )
    assert code == 0, err
    assert "concurs" in text and f"{ref} is now approved" in text
    assert pdfsig(final).count("Signature is Valid") == 2
    code, text, _ = _run(capsys, "--database", db, "review", "show", ref, "--json")
    shown = json.loads(text)
    assert shown["summary"]["status"] == "approved"
    assert [r["kind"] for r in shown["reports"]] == ["reviewer", "countersigned"]
    code, text, _ = _run(capsys, "--database", db, "audit", "show", ref, "--json")
    kinds = [e["kind"] for e in json.loads(text)]
    fria = ["answer"] * 9  # the nine FRIA answers given before the decision
    assert kinds == ["import", *fria, "decide", "sign", "export", "countersign"]
    again = tmp_path / "again.pdf"
    assert _run(capsys, "--database", db, "review", "pdf", ref, "--out", str(again))[0] == 0
    assert again.read_bytes() == final.read_bytes()


def test_an_approver_elsewhere_countersigns_then_the_officer_records_it(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    officer_db = f"sqlite:///{tmp_path / 'officer.sqlite3'}"
    approver_db = tmp_path / "approver" / "reviews.sqlite3"
    signed = tmp_path / "signed.pdf"
    ref = _signed_review(capsys, officer_db, reviewer_identity, signed)
    final = tmp_path / "back.pdf"
    code, text, err = _run(
        capsys,
        "--database",
        f"sqlite:///{approver_db}",
        "countersign",
        str(signed),
        *_who(approver_identity),
        "--out",
        str(final),
    )
    assert code == 0, err
    assert "not in this computer's database" in text
    assert not approver_db.exists(), "countersign must never create a database"
    code, text, err = _run(
        capsys, "--database", officer_db, "review", "record-countersignature", str(final)
    )
    assert code == 0, err
    assert f"{ref} is approved" in text
    code, _, err = _run(
        capsys, "--database", officer_db, "review", "record-countersignature", str(final)
    )
    assert code == 2 and "cannot countersign this review: it is approved" in err


def test_return_then_reopen_supersedes_the_signed_pdf(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    db = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    ref = _signed_review(capsys, db, reviewer_identity, tmp_path / "signed.pdf")
    code, _, err = _run(
        capsys, "--database", db, "review", "return", ref, "--reason", "", *_who(approver_identity)
    )
    assert code == 2 and "give a reason" in err
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "review",
        "return",
        ref,
        "--reason",
        "Add the DPIA",
        *_who(approver_identity),
    )
    assert code == 0 and "returned" in text, err
    code, text, _ = _run(capsys, "--database", db, "review", "list", "--status", "returned")
    assert ref in text
    code, text, err = _run(capsys, "--database", db, "review", "reopen", ref, "--reason", "DPIA")
    assert code == 0 and "revision 2" in text and "superseded" in text, err
    code, text, _ = _run(capsys, "--database", db, "review", "show", ref)
    assert "Status: Draft" in text and "(superseded: reopened)" in text


def test_new_review_and_escalation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reviewer_identity: ThrowawayIdentity
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "review",
        "new",
        "--title",
        "Chatbot",
        "--applicant",
        "Acme",
        "--system",
        "HelpBot 2",
        "--approver",
        "bob@example.org",
        "--due",
        "2020-01-01",
    )
    assert code == 2 and "in the past" in err
    code, text, err = _run(
        capsys,
        "--database",
        db,
        "review",
        "new",
        "--title",
        "Chatbot",
        "--applicant",
        "Acme",
        "--system",
        "HelpBot 2",
        "--approver",
        "bob@example.org",
    )
    assert code == 0, err
    ref = text.split()[2].rstrip(":")
    code, text, _ = _run(capsys, "--database", db, "review", "show", ref)
    assert "System: HelpBot 2" in text and "Approver: bob@example.org" in text
    code, text, _ = _run(
        capsys, "--database", db, "review", "list", "--approver", "BOB@example.org"
    )
    assert ref in text
    code, _, err = _run(
        capsys, "--database", db, "review", "escalate", ref, "--to", "X", "--reason", "why"
    )
    assert code == 2 and "still a draft" in err
