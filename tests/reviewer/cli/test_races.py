"""Races and crashes tried as a hostile user would: the signed PDF and the store never disagree."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reviewer.resources import examples_dir
from tests.helpers.fria import complete_fria
from tests.helpers.pdf import embedded_payload
from tests.helpers.signing import ThrowawayIdentity

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.slow


def _cli(*args: str) -> subprocess.Popen[str]:
    """Start the real CLI in its own process."""
    return subprocess.Popen(
        [sys.executable, "-m", "reviewer", *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _finish(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Wait for a process, reading and closing its pipes."""
    out, err = process.communicate(timeout=180)
    return process.returncode, out, err


def _run(*args: str) -> tuple[int, str, str]:
    return _finish(_cli(*args))


def _new_review(db: str) -> str:
    code, out, err = _run(
        "--database", db, "review", "import", str(examples_dir() / "exam-proctoring.json"), "--json"
    )
    assert code == 0, err
    ref = str(json.loads(out)[0]["reference"])
    # A public university's proctoring owes a FRIA: complete it, so only the race decides.
    assert complete_fria(db, ref)
    return ref


def _report(db: str, ref: str, who: ThrowawayIdentity, outcome: str, out: Path) -> list[str]:
    return [
        "--database",
        db,
        "report",
        "--review",
        ref,
        "--outcome",
        outcome,
        "--rationale",
        f"Chosen: {outcome}",
        "--condition",
        "Human review of every flag",
        "--identity",
        str(who.p12),
        "--passphrase-file",
        str(who.passphrase_file),
        "--out",
        str(out),
    ]


def _stored(db: str, ref: str) -> dict[str, object]:
    code, out, err = _run("--database", db, "review", "show", ref, "--json")
    assert code == 0, err
    shown: dict[str, object] = json.loads(out)
    return shown


def test_two_reports_at_once_one_wins_and_the_pdf_agrees_with_the_store(
    database_url: str, tmp_path: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    for round_ in range(2):
        ref = _new_review(database_url)
        outs = {o: tmp_path / f"{round_}-{o}.pdf" for o in ("approve-with-conditions", "reject")}
        racers = {
            o: _cli(*_report(database_url, ref, reviewer_identity, o, p)) for o, p in outs.items()
        }
        results = {o: _finish(p)[::2] for o, p in racers.items()}
        winners = [o for o, (code, _) in results.items() if code == 0]
        assert len(winners) == 1, results
        [loser] = [o for o in outs if o not in winners]
        code, err = results[loser]
        assert code == 2 and "Traceback" not in err and "cannot decide this review" in err
        assert not outs[loser].exists()
        shown = _stored(database_url, ref)
        decision = shown["current"]["decision"]  # type: ignore[index]
        assert decision["outcome"] == winners[0]
        data = outs[winners[0]].read_bytes()
        assert shown["reports"][0]["sha256"] == hashlib.sha256(data).hexdigest()  # type: ignore[index]
        payload = json.loads(embedded_payload(data))
        assert payload["decision"]["outcome"] == decision["outcome"]
        assert payload["review"]["reference"] == ref


def test_two_decisions_at_once_exactly_one_succeeds(
    database_url: str, reviewer_identity: ThrowawayIdentity
) -> None:
    ref = _new_review(database_url)
    who = [
        "--identity",
        str(reviewer_identity.p12),
        "--passphrase-file",
        str(reviewer_identity.passphrase_file),
    ]
    racers = [
        _cli(
            "--database",
            database_url,
            "review",
            "decide",
            ref,
            "--outcome",
            outcome,
            "--rationale",
            "race",
            # A high-risk approval needs a condition (or every obligation settled).
            *(["--condition", "Audit every month"] if outcome == "approve" else []),
            *who,
        )
        for outcome in ("approve", "reject", "approve", "reject")
    ]
    finished = [_finish(p) for p in racers]
    assert sorted(code for code, _, _ in finished) == [0, 2, 2, 2], finished
    assert all("cannot decide this review" in err for code, _, err in finished if code), finished
    kinds = [
        e["kind"]
        for e in json.loads(_run("--database", database_url, "audit", "show", ref, "--json")[1])
    ]
    assert kinds.count("decide") == 1


def test_sigkill_when_the_pdf_appears_leaves_it_recorded_and_rewritable(
    database_url: str, tmp_path: Path, reviewer_identity: ThrowawayIdentity
) -> None:
    ref = _new_review(database_url)
    out = tmp_path / "decision.pdf"
    signer = _cli(*_report(database_url, ref, reviewer_identity, "reject", out))
    deadline = time.monotonic() + 120
    seen: list[str] = []
    # Busy-poll the folder (no sleep): kill the moment any file for the PDF appears.
    while not seen and signer.poll() is None and time.monotonic() < deadline:
        seen = [n for n in os.listdir(tmp_path) if n.startswith((".decision.pdf.", "decision.pdf"))]
    signer.send_signal(signal.SIGKILL)
    _finish(signer)
    assert seen, "the PDF never appeared"
    shown = _stored(database_url, ref)
    assert shown["summary"]["status"] == "awaiting-approval"  # type: ignore[index]
    recorded = shown["reports"][0]["sha256"]  # type: ignore[index]
    if out.exists():
        assert hashlib.sha256(out.read_bytes()).hexdigest() == recorded
    again = tmp_path / "rewritten.pdf"
    code, _, err = _run("--database", database_url, "review", "pdf", ref, "--out", str(again))
    assert code == 0, err
    assert hashlib.sha256(again.read_bytes()).hexdigest() == recorded
    code, out_text, _ = _run("--database", database_url, "audit", "verify", "--anchor", str(again))
    assert code == 0 and "anchor found" in out_text
    other = tmp_path / "other.pdf"
    code, _, err = _run(
        *_report(database_url, ref, reviewer_identity, "approve-with-conditions", other)
    )
    assert code == 2 and "cannot decide this review" in err
    assert not other.exists()
