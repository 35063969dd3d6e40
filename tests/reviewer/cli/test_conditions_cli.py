"""`reviewer conditions`, `review list --suspended`, `review obligation` and structured decide."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from tests.helpers.fria import complete_fria
from tests.helpers.signing import ThrowawayIdentity

TODAY = date.today()


@pytest.fixture(autouse=True)
def _today() -> None:
    """Read today's date as each test starts: a run that crosses midnight compares one day."""
    global TODAY
    TODAY = date.today()


def _run(capsys: pytest.CaptureFixture[str], db: str, *args: str) -> tuple[int, str, str]:
    code = main(["--database", db, *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _who(identity: ThrowawayIdentity) -> tuple[str, ...]:
    return ("--identity", str(identity.p12), "--passphrase-file", str(identity.passphrase_file))


def _import(capsys: pytest.CaptureFixture[str], db: str) -> str:
    example = str(examples_dir() / "exam-proctoring.json")
    code, text, err = _run(capsys, db, "review", "import", example, "--json")
    assert code == 0, err
    ref = str(json.loads(text)[0]["reference"])
    assert complete_fria(db, ref)  # a public university owes the FRIA
    return ref


def test_decide_with_owned_conditions_and_bad_input_exits_2_writing_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reviewer_identity: ThrowawayIdentity
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    ref = _import(capsys, db)
    decide = ("review", "decide", ref, "--outcome", "approve", "--rationale", "ok")
    code, _, err = _run(capsys, db, *decide, *_who(reviewer_identity))
    assert code == 2 and "approving a high-risk use needs at least one condition" in err
    with_one = (*decide, "--condition", "Train invigilators", "--condition-owner", "Exams")
    code, _, err = _run(capsys, db, *with_one, *_who(reviewer_identity))
    assert code == 2 and "--condition-owner, --condition-due: give one owner" in err
    past = (TODAY - timedelta(days=1)).isoformat()
    code, _, err = _run(capsys, db, *with_one, "--condition-due", past, *_who(reviewer_identity))
    assert code == 2 and f"condition 1: due date {past} is in the past" in err
    code, text, _ = _run(capsys, db, "conditions", "list")
    assert (code, text) == (0, "No conditions match.\n")
    due = (TODAY + timedelta(days=7)).isoformat()
    code, _, err = _run(capsys, db, *with_one, "--condition-due", due, *_who(reviewer_identity))
    assert code == 0, err
    code, text, _ = _run(capsys, db, "conditions", "list", "--owner", "exa", "--json")
    (listed,) = json.loads(text)
    assert (listed["id"], listed["owner"], listed["due"], listed["status"]) == (
        f"{ref}/C1",
        "Exams",
        due,
        "open",
    )
    code, text, _ = _run(capsys, db, "review", "show", ref)
    assert f"{ref}/C1" in text and "Next review: " in text and "[to-do]" in text


def test_obligation_marking_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    ref = _import(capsys, db)
    code, text, _ = _run(capsys, db, "review", "show", ref, "--json")
    first = json.loads(text)["obligations"][0]["id"]
    mark = ("review", "obligation", ref, first, "--state", "not-applicable")
    code, _, err = _run(capsys, db, *mark)
    assert code == 2 and "reason: give a reason" in err
    code, _, err = _run(capsys, db, *mark, "--reason", "no remote exams", "--evidence", "99")
    assert code == 2 and "evidence: review" in err and "no attachment 99" in err
    code, text, err = _run(capsys, db, *mark, "--reason", "no remote exams")
    assert code == 0, err
    code, text, _ = _run(capsys, db, "review", "show", ref, "--json")
    item = json.loads(text)["obligations"][0]
    assert (item["state"], item["reason"]) == ("not-applicable", "no remote exams")


def test_suspended_list_and_closing_conditions(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
) -> None:
    add_root(reviewer_identity.cert)
    add_root(approver_identity.cert)
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    ref = _import(capsys, db)
    officer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    approver = load_identity(approver_identity.p12, approver_identity.passphrase)
    with ReviewService.open(db) as service:
        draft = ConditionDraft(text="Audit flags", owner="Exams", due=TODAY + timedelta(days=3))
        service.decide(
            ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", [draft], decider=person_of(officer)
        )
        service.sign_decision(ref, officer, tmp_path / "d.pdf")
        signed = countersign_report((tmp_path / "d.pdf").read_bytes(), approver, "d.pdf")
        service.record_countersignature(signed, "c.pdf")
    later = (TODAY + timedelta(days=4)).isoformat()
    assert _run(capsys, db, "review", "list", "--suspended")[1] == "No reviews match.\n"
    code, text, _ = _run(capsys, db, "review", "list", "--suspended", "--as-of", later)
    assert code == 0 and text.startswith(ref)
    assert f"suspended, pending re-review: condition {ref}/C1 was due on" in text
    code, text, _ = _run(capsys, db, "review", "show", ref, "--as-of", later)
    assert "Status: suspended, pending re-review" in text
    code, text, _ = _run(capsys, db, "conditions", "list", "--overdue", "--as-of", later)
    assert text.startswith(f"{ref}/C1") and "Audit flags" in text

    close = ("conditions", "close", f"{ref}/C1")
    code, _, err = _run(capsys, db, *close, "--waive", " ")
    assert code == 2 and "waive: give a reason" in err
    code, _, err = _run(capsys, db, *close, "--evidence", str(tmp_path / "missing.pdf"))
    assert code == 2 and "missing.pdf" in err
    code, _, err = _run(capsys, db, "conditions", "close", "C1", "--waive", "x")
    assert code == 2 and "is not a condition id" in err
    proof = tmp_path / "audit.pdf"
    proof.write_bytes(b"%PDF-1.7 audit")
    code, text, err = _run(capsys, db, *close, "--evidence", str(proof), "--by", "Eve")
    assert code == 0, err
    assert f"Condition {ref}/C1 is done, evidence kept as attachment" in text
    code, _, err = _run(capsys, db, *close, "--waive", "again")
    assert code == 2 and "already done" in err
    code, text, _ = _run(capsys, db, "review", "list", "--suspended", "--as-of", later)
    assert text == "No reviews match.\n"
    assert _run(capsys, db, "audit", "verify")[0] == 0


def test_register_export_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    ref = _import(capsys, db)
    out = tmp_path / "register.csv"
    code, text, err = _run(capsys, db, "review", "export", "--format", "csv", "--out", str(out))
    assert code == 0, err
    assert text == f"Wrote {out}: the register of 1 review (csv).\n"
    assert out.read_text(encoding="utf-8").splitlines()[1].startswith(f"{ref},")
    bad = tmp_path / "nowhere" / "r.xlsx"
    code, _, err = _run(capsys, db, "review", "export", "--format", "xlsx", "--out", str(bad))
    assert code == 2 and "nowhere does not exist" in err
    empty = tmp_path / "none.json"
    code, _, _ = _run(
        capsys, db, "review", "export", "--format", "json", "--suspended", "--out", str(empty)
    )
    assert code == 0 and json.loads(empty.read_text(encoding="utf-8"))["reviews"] == []
    code, text, _ = _run(capsys, db, "schema", "register")
    assert (
        code == 0 and "overdue_conditions" in json.loads(text)["$defs"]["RegisterRow"]["properties"]
    )
