"""Importing policy pack versions: validated, audited, and current for new assessments."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reviewer import default_policy_packs
from reviewer.errors import ValidationProblems
from reviewer.records import ClauseChangeKind
from reviewer.resources import examples_dir, policies_dir
from reviewer.service import ReviewService
from reviewer.severity import Severity


def _new_version(tmp_path: Path, clause_id: str, severity: str) -> Path:
    data = yaml.safe_load((policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8"))
    data["version"] = "2026-test"
    for clause in data["clauses"]:
        if clause["id"] == clause_id:
            clause["severity"] = severity
    path = tmp_path / "eu-next.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_import_becomes_current_and_is_audited(database_url: str, tmp_path: Path) -> None:
    with ReviewService.open(database_url) as service:
        [review] = service.import_files([examples_dir() / "exam-proctoring.json"])
        path = _new_version(tmp_path, "annex-iii-3-education", "limited")
        version, created = service.import_policy_pack(path)
        assert created
        assert (version.pack_id, version.version) == ("eu-ai-act", "2026-test")
        assert "2026-test" in [p.version for p in service.packs if p.id == "eu-ai-act"]
        assert service.import_policy_pack(path)[1] is False

        diff = service.preview_reassessment(review.id)
        changes = {c.clause_id: c for c in diff.changes}
        change = changes["annex-iii-3-education"]
        assert change.change is ClauseChangeKind.SEVERITY
        assert change.new_severity is Severity.LIMITED

        kinds = [e.kind for e in service.history(review.id)]
        assert "assess" not in kinds[1:]  # previewing saves nothing
        assert service.verify_audit().ok
    with ReviewService.open(database_url) as reopened:
        versions = {(v.pack_id, v.version) for v in reopened.policy_versions()}
        assert ("eu-ai-act", "2026-test") in versions
        current = {p.id: p.version for p in reopened.packs}
        assert current["eu-ai-act"] == "2026-test"
        assert current["microsoft-ai-code-of-conduct"] == "1.2"


def test_invalid_pack_imports_nothing(database_url: str, tmp_path: Path) -> None:
    path = _new_version(tmp_path, "annex-iii-3-education", "catastrophic")
    with ReviewService.open(database_url) as service:
        before = service.policy_versions()
        with pytest.raises(ValidationProblems, match="severity"):
            service.import_policy_pack(path)
        assert service.policy_versions() == before
        assert [p.sha256 for p in service.packs] == [p.sha256 for p in default_policy_packs()]


def test_import_before_any_review_stays_current(database_url: str, tmp_path: Path) -> None:
    path = _new_version(tmp_path, "annex-iii-3-education", "limited")
    with ReviewService.open(database_url) as service:
        service.import_policy_pack(path)
        [review] = service.import_files([examples_dir() / "exam-proctoring.json"])
        pins = {p.id: p.version for p in _pins(service, review.id)}
        assert pins["eu-ai-act"] == "2026-test"


def _pins(service: ReviewService, review_id: str) -> list:  # type: ignore[type-arg]
    assessment = service.get_review(review_id).current.assessment
    assert assessment is not None
    return list(assessment.pins.packs)
