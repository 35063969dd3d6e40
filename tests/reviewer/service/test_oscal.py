"""OSCAL exports: Assessment Results of a review and Catalogs of packs, as trestle reads them."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reviewer.decision import Outcome
from reviewer.service import ReviewService
from tests.helpers.content import OFFICER, complete_answers, open_service

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def service(tmp_path: Path) -> Iterator[ReviewService]:
    with open_service(f"sqlite:///{tmp_path / 'db.sqlite3'}") as svc:
        yield svc


def results_of(path: Path) -> dict[str, Any]:
    """Read an exported file back through trestle's OSCAL model, as a GRC tool would."""
    from trestle.oscal.assessment_results import Model

    text = path.read_text(encoding="utf-8")
    Model.model_validate_json(text)  # raises on anything OSCAL 1.2 does not allow
    result: dict[str, Any] = json.loads(text)["assessment-results"]["results"][0]
    return result


def test_triggered_clauses_become_findings_with_risks_and_hashed_evidence(
    service: ReviewService, tmp_path: Path
) -> None:
    answers = complete_answers(sector="health", users=5000)
    ref = service.create_review("Triage", "Hôpital", answers).review.reference
    service.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
    evidence_sha = service.get_review(ref).attachments[0].sha256

    made = service.export_oscal(ref, tmp_path / "r.json")

    result = results_of(made.path)
    targets = sorted(f["target"]["target-id"] for f in result["findings"])
    assert targets == ["test-pack.health-data", "test-pack.large-scale"] and made.findings == 2
    assert all(f["target"]["status"]["state"] == "not-satisfied" for f in result["findings"])
    assert {r["status"] for r in result["risks"]} == {"open"}
    risk_ids = {r["uuid"] for r in result["risks"]}
    assert {f["related-risks"][0]["risk-uuid"] for f in result["findings"]} == risk_ids
    described = " ".join(o["description"] for o in result["observations"])
    assert evidence_sha in described and "5000" in described
    resources = json.loads(made.path.read_text())["assessment-results"]["back-matter"]
    assert resources["resources"][0]["rlinks"][0]["hashes"] == [
        {"algorithm": "SHA-256", "value": evidence_sha}
    ]
    assert service.history(ref)[-1].detail["format"] == "oscal"


def test_risk_status_follows_the_decision(service: ReviewService, tmp_path: Path) -> None:
    ref = service.create_review("T", "O", complete_answers(sector="health")).review.reference
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "With a DPO", ["DPO"], decider=OFFICER)
    result = results_of(service.export_oscal(ref, tmp_path / "decided.json").path)
    assert {r["status"] for r in result["risks"]} == {"investigating"}
    assert "approve-with-conditions" in result["remarks"]
    service.reopen(ref, "wrong sector")
    service.decide(ref, Outcome.REJECT, "No", decider=OFFICER)
    result = results_of(service.export_oscal(ref, tmp_path / "rejected.json").path)
    assert {r["status"] for r in result["risks"]} == {"closed"}


def test_each_pack_is_a_catalog_whose_controls_the_findings_name(
    service: ReviewService, tmp_path: Path
) -> None:
    from trestle.oscal.catalog import Model

    written = service.export_policy_catalogs(tmp_path / "catalogs")
    assert [w.path.name for w in written] == ["test-pack-1.0.json"]
    text = written[0].path.read_text(encoding="utf-8")
    Model.model_validate_json(text)
    controls = json.loads(text)["catalog"]["controls"]
    assert [c["id"] for c in controls] == [
        "test-pack.remote-biometric",
        "test-pack.health-data",
        "test-pack.large-scale",
    ]
    assert controls[0]["links"][0]["href"] == "https://example.org/regulation"
    ref = service.create_review("T", "O", complete_answers(sector="health")).review.reference
    finding = results_of(service.export_oscal(ref, tmp_path / "r.json").path)["findings"][0]
    assert finding["target"]["target-id"] in {c["id"] for c in controls}


def test_the_cli_does_not_import_trestle_until_an_export() -> None:
    code = (
        "import sys, reviewer.cli as c; c.build_parser(); "
        "print('trestle' in sys.modules, 'reviewer.oscal' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    ).stdout
    assert out.split() == ["False", "False"]
