"""`reviewer report --review` signs the review's obligations checklist into the PDF, as stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.report.model import parse_payload
from reviewer.resources import examples_dir
from tests.helpers.fria import complete_fria
from tests.helpers.pdf import embedded_payload, pdftotext
from tests.helpers.signing import ThrowawayIdentity


def test_report_review_carries_the_stored_checklist_and_stays_anchored(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, capsys: pytest.CaptureFixture[str]
) -> None:
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    example = examples_dir() / "exam-proctoring.json"
    assert main(["--database", db, "review", "import", str(example)]) == 0
    capsys.readouterr()
    assert main(["--database", db, "review", "list", "--json"]) == 0
    [review] = json.loads(capsys.readouterr().out)
    complete_fria(db, review["id"])
    out = tmp_path / "decision.pdf"
    code = main(
        [
            *("--database", db, "report", "--review", review["id"]),
            *("--outcome", "approve-with-conditions", "--rationale", "Motivée."),
            *("--condition", "Human review of every flag"),
            *("--identity", str(reviewer_identity.p12)),
            *("--passphrase-file", str(reviewer_identity.passphrase_file)),
            *("--out", str(out)),
        ]
    )
    assert code == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--database", db, "review", "show", review["id"], "--json"]) == 0
    stored = json.loads(capsys.readouterr().out)["obligations"]
    assert stored, "the example's clauses carry obligations"

    signed = parse_payload(embedded_payload(out.read_bytes()))
    assert [(i.id, i.state.value) for i in signed.checklist] == [
        (i["id"], i["state"]) for i in stored
    ]
    to_do = sum(1 for i in stored if i["state"] == "to-do")
    met = sum(1 for i in stored if i["state"] == "met")
    assert to_do > 0  # approved with a condition while obligations are still to do
    words = " ".join(pdftotext(out).split())
    assert f"met {met}, not applicable 0, to do {to_do}" in words

    assert main(["--database", db, "audit", "verify", "--anchor", str(out)]) == 0
    assert "anchor found" in capsys.readouterr().out
