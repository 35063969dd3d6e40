"""`reviewer review|db|audit`: import, list, show, decide, upgrade, check, verify, show history."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import library
from reviewer.cli import main
from tests.helpers.content import QUESTIONNAIRE, complete_answers, pack_data
from tests.helpers.signing import ThrowawayIdentity


@pytest.fixture
def resources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point the app at the small test questionnaire and pack."""
    root = tmp_path / "resources"
    (root / "questionnaires").mkdir(parents=True)
    (root / "policies").mkdir()
    (root / "questionnaires" / library.DEFAULT_QUESTIONNAIRE_FILE).write_text(
        json.dumps(QUESTIONNAIRE), encoding="utf-8"
    )
    (root / "policies" / "test.yaml").write_text(json.dumps(pack_data()), encoding="utf-8")
    monkeypatch.setenv("REVIEWER_RESOURCES", str(root))
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()
    yield root
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()


def _answers_file(folder: Path, name: str, title: str, **answers: object) -> Path:
    path = folder / name
    data = {
        "questionnaire": {"id": "test_intake", "version": "1.0"},
        "title": title,
        "organisation": "Région Île-de-France",
        "answers": complete_answers(**answers),
    }
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_list_show_decide_audit(
    resources: Path,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
) -> None:
    db = ("--database", database_url)
    first = _answers_file(tmp_path, "a.json", "Caméras", sector="police", biometric=True)
    second = _answers_file(tmp_path, "b.json", "Prévisions", users=5000)
    code, out, _ = _run(capsys, *db, "review", "import", str(first), str(second), "--json")
    assert code == 0
    imported = json.loads(out)
    assert [r["title"] for r in imported] == ["Caméras", "Prévisions"]
    rid = imported[0]["id"]
    ref = imported[0]["reference"]
    assert re.fullmatch(r"R-\d{4}-0001", ref) and imported[1]["reference"].endswith("-0002")
    who = (
        "--identity",
        str(reviewer_identity.p12),
        "--passphrase-file",
        str(reviewer_identity.passphrase_file),
    )

    code, out, _ = _run(capsys, *db, "review", "list", "--search", "ile de france", "--json")
    assert code == 0 and {r["id"] for r in json.loads(out)} == {r["id"] for r in imported}
    code, out, _ = _run(capsys, *db, "review", "list", "--verdict", "PROHIBITED")
    assert code == 0 and ref in out and "Prévisions" not in out and rid not in out

    code, _, err = _run(
        capsys, *db, "review", "decide", ref, "--outcome", "approve", "--rationale", "fine", *who
    )
    assert code == 2 and "prohibited" in err and "Traceback" not in err
    code, out, _ = _run(
        capsys, *db, "review", "decide", ref, "--outcome", "reject", "--rationale", "Interdit", *who
    )
    assert code == 0 and "decided by Zoé Reviewer: Reject" in out
    code, _, err = _run(
        capsys, *db, "review", "decide", ref, "--outcome", "reject", "--rationale", "Again", *who
    )
    assert code == 2 and "cannot decide this review: it is decided" in err

    code, out, _ = _run(capsys, *db, "review", "show", rid, "--json")
    shown = json.loads(out)
    assert shown["summary"]["status"] == "decided"
    assert shown["current"]["decision"]["outcome"] == "reject"
    code, out, _ = _run(capsys, *db, "review", "show", ref)
    assert "Verdict: PROHIBITED" in out and "Rationale: Interdit" in out
    assert f"Review {ref}, revision 1 of 1" in out

    code, out, _ = _run(capsys, *db, "audit", "show", rid)
    assert code == 0 and "import" in out and "decide" in out
    code, out, _ = _run(capsys, *db, "audit", "verify")
    assert code == 0 and "Audit trail intact" in out
    code, out, _ = _run(capsys, *db, "db", "check")
    assert code == 0 and "Integrity check: ok" in out
    code, out, _ = _run(capsys, *db, "db", "upgrade")
    assert code == 0 and "nothing to do" in out


def test_bad_file_names_file_and_field(
    resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _answers_file(tmp_path, "bad.json", "X", sector="moon")
    code, _, err = _run(capsys, "review", "import", str(bad))
    assert code == 2
    assert "bad.json" in err and "answers.sector" in err and "'moon'" in err
    code, out, _ = _run(capsys, "review", "list", "--json")
    assert code == 0 and json.loads(out) == []


def test_tampering_makes_verify_fail(
    resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "r.sqlite3"
    _run(
        capsys,
        "--database",
        str(path),
        "review",
        "import",
        str(_answers_file(tmp_path, "a.json", "A")),
    )
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit_events SET actor = 'mallory'")
    code, out, _ = _run(capsys, "--database", str(path), "audit", "verify")
    assert code == 1 and "was edited after it was recorded" in out
    code, out, _ = _run(capsys, "--database", str(path), "db", "check")
    assert code == 1 and "BROKEN" in out


def test_faults_are_messages_not_tracebacks(
    resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(
        capsys, "--database", "postgresql+psycopg://x@127.0.0.1:1/db", "review", "list"
    )
    assert code == 2 and "cannot reach the database server" in err
    corrupt = tmp_path / "c.sqlite3"
    corrupt.write_bytes(b"garbage" * 500)
    code, _, err = _run(capsys, "--database", str(corrupt), "review", "list")
    assert code == 2 and "damaged" in err
    code, _, err = _run(capsys, "review", "show", "no-such-id")
    assert code == 2 and "there is no review" in err
    code, _, err = _run(capsys, "review", "list", "--since", "yesterday")
    assert code == 2 and "--since" in err


def test_db_upgrade_migrates_an_old_database(
    resources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import shutil

    path = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "store" / "fixtures" / "schema_0001.sqlite3", path)
    code, out, _ = _run(capsys, "--database", str(path), "db", "upgrade")
    from reviewer.store.schema import head_revision

    assert code == 0 and f"upgraded from 0001 to {head_revision()}" in out
    code, out, _ = _run(capsys, "--database", str(path), "db", "check")
    assert code == 0 and "3 reviews checked" in out


def test_list_and_show_say_a_verdict_is_provisional(
    resources: Path, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ("--database", database_url)
    files = []
    for name, answers in (
        ("Blank", {}),
        ("Police so far", {"sector": "police", "biometric": True}),  # "purpose" unanswered
        ("Complete", complete_answers(sector="health")),
    ):
        path = tmp_path / f"{name}.json"
        data = {
            "questionnaire": {"id": "test_intake", "version": "1.0"},
            "title": name,
            "organisation": "Org",
            "answers": answers,
        }
        path.write_text(json.dumps(data), encoding="utf-8")
        files.append(str(path))
    code, out, err = _run(capsys, *db, "review", "import", *files, "--json")
    assert code == 0, err
    refs = {r["title"]: r["reference"] for r in json.loads(out)}
    assert {r["title"]: r["answers_complete"] for r in json.loads(out)} == {
        "Blank": False,
        "Police so far": False,
        "Complete": True,
    }

    code, out, _ = _run(capsys, *db, "review", "list")
    lines = {title: line for line in out.splitlines() for title in refs if f" {title} (" in line}
    assert " Incomplete " in lines["Blank"] and "MINIMAL" not in lines["Blank"]
    assert " At least: Prohibited " in lines["Police so far"]
    assert " HIGH " in lines["Complete"]

    code, out, _ = _run(capsys, *db, "review", "show", refs["Blank"])
    assert code == 0
    assert (
        "Verdict: Incomplete (provisional, 2 required question(s) unanswered: purpose, sector),"
        " risk score 0" in out
    )
    code, out, _ = _run(capsys, *db, "review", "show", refs["Police so far"])
    assert "Verdict: At least: Prohibited (provisional, 1 required question(s) unanswered:" in out
    code, out, _ = _run(capsys, *db, "review", "show", refs["Complete"])
    assert "Verdict: HIGH (High risk), risk score" in out
