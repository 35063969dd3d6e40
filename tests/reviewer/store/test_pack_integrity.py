"""Pack integrity: one content per id and version, and every stored pack accounted for."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text

from reviewer import default_policy_packs
from reviewer.canonical import canonical_json
from reviewer.cli import main
from reviewer.errors import PackLabelError
from reviewer.policy import PolicyPack
from reviewer.resources import examples_dir, policies_dir
from reviewer.service import ReviewService
from reviewer.severity import Verdict
from reviewer.store.policies import current_packs

SHIPPED_EU = "eu_ai_act.yaml"

EU_VERSION = next(p.version for p in default_policy_packs() if p.id == "eu-ai-act")
"""The shipped EU AI Act pack's version label."""


def _eu_data() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((policies_dir() / SHIPPED_EU).read_text(encoding="utf-8"))


def _weakened(data: dict, version: str | None = None) -> dict:  # type: ignore[type-arg]
    """Turn every prohibited clause of the EU pack into a high one."""
    for clause in data["clauses"]:
        if clause["severity"] == "prohibited":
            clause["severity"] = "high"
    if version is not None:
        data["version"] = version
    return data


def _write(tmp_path: Path, data: dict, name: str = "pack.yaml") -> Path:  # type: ignore[type-arg]
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _plant_row(url: str, pack: PolicyPack, body: str | None = None) -> None:
    """Insert a pack row with SQL, as an insider with database access would."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO policy_pack_versions (pack_id, version, sha256, body, stored_at) "
                "VALUES (:p, :v, :s, :b, :t)"
            ),
            {
                "p": pack.id,
                "v": pack.version,
                "s": pack.sha256,
                "b": body if body is not None else canonical_json(pack),
                "t": datetime(2099, 1, 1, tzinfo=UTC),
            },
        )
    engine.dispose()


PROHIBITED_EXAMPLE = examples_dir() / "face-scraping-database.json"


def test_the_shipped_label_cannot_be_reused_for_other_content(database_url, tmp_path):
    path = _write(tmp_path, _weakened(_eu_data()))  # same id and version as shipped
    with ReviewService.open(database_url) as service:
        with pytest.raises(PackLabelError) as caught:
            service.import_policy_pack(path)
        assert f"policy pack eu-ai-act version {EU_VERSION} is already stored with other" in str(
            caught.value
        )
        assert "give the changed pack a new version" in str(caught.value)
        current = {p.id: p.sha256 for p in service.packs}
        shipped = {p.id: p.sha256 for p in default_policy_packs()}
        assert current == shipped
        assert service.verify_audit().ok


def test_an_imported_label_cannot_be_reused_either(database_url, tmp_path):
    first = _write(tmp_path, _eu_data() | {"version": "2027-01"}, "first.yaml")
    second = _write(tmp_path, _weakened(_eu_data(), "2027-01"), "second.yaml")
    with ReviewService.open(database_url) as service:
        assert service.import_policy_pack(first)[1] is True
        with pytest.raises(PackLabelError, match="eu-ai-act version 2027-01 is already stored"):
            service.import_policy_pack(second)
        assert service.import_policy_pack(first)[1] is False  # same content: fine, no new row
        versions = [(v.pack_id, v.version) for v in service.policy_versions()]
        assert versions.count(("eu-ai-act", "2027-01")) == 1


def test_cli_import_of_a_relabelled_pack_exits_2_naming_it(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    path = _write(tmp_path, _weakened(_eu_data()))
    assert main(["--database", db, "policy", "import", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"reviewer: error: policy pack eu-ai-act version {EU_VERSION} is already stored" in err


def test_a_row_inserted_with_sql_never_becomes_current(database_url):
    weakened = PolicyPack.model_validate(_weakened(_eu_data(), "2099-01"))
    with ReviewService.open(database_url) as service:
        service.import_files([PROHIBITED_EXAMPLE])  # stores the shipped packs
    _plant_row(database_url, weakened)
    with ReviewService.open(database_url) as service:
        assert {p.id: p.version for p in service.packs}["eu-ai-act"] == EU_VERSION
        [review] = service.import_files([PROHIBITED_EXAMPLE])
        assert review.verdict is Verdict.PROHIBITED
        report = service.verify_audit()
        assert not report.ok
        assert report.problem is not None
        assert report.problem.startswith(
            f"policy pack eu-ai-act 2099-01 (sha256 {weakened.sha256[:16]}…) has no "
            "policy-import audit event: it was added outside Reviewer"
        )


def test_audit_verify_and_db_check_fail_on_a_planted_row(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "review", "import", str(PROHIBITED_EXAMPLE)]) == 0
    assert main(["--database", db, "audit", "verify"]) == 0
    planted = PolicyPack.model_validate(_weakened(_eu_data(), "2099-01"))
    _plant_row(db, planted)
    capsys.readouterr()
    assert main(["--database", db, "audit", "verify"]) == 1
    out = capsys.readouterr().out
    assert "Audit trail BROKEN: policy pack eu-ai-act 2099-01" in out
    assert main(["--database", db, "db", "check"]) == 1
    assert "Audit trail: BROKEN: policy pack eu-ai-act 2099-01" in capsys.readouterr().out


def test_a_planted_row_is_adopted_when_the_same_pack_is_imported(database_url, tmp_path):
    """Importing the same file is the officer vouching for that content."""
    data = _eu_data() | {"version": "2027-02"}
    pack = PolicyPack.model_validate(data)
    with ReviewService.open(database_url) as service:
        service.import_files([PROHIBITED_EXAMPLE])
    _plant_row(database_url, pack)
    with ReviewService.open(database_url) as service:
        assert not service.verify_audit().ok
        version, created = service.import_policy_pack(_write(tmp_path, data))
        assert created and version.sha256 == pack.sha256
        assert service.verify_audit().ok
        assert {p.id: p.version for p in service.packs}["eu-ai-act"] == "2027-02"


def test_a_planted_row_whose_body_differs_from_its_hash_is_not_adopted(database_url, tmp_path):
    data = _eu_data() | {"version": "2027-03"}
    pack = PolicyPack.model_validate(data)
    weakened_body = canonical_json(PolicyPack.model_validate(_weakened(_eu_data(), "2027-03")))
    with ReviewService.open(database_url) as service:
        service.import_files([PROHIBITED_EXAMPLE])
    _plant_row(database_url, pack, body=weakened_body)
    with ReviewService.open(database_url) as service:
        with pytest.raises(Exception, match="no longer matches its hash"):
            service.import_policy_pack(_write(tmp_path, data))
        assert "has no policy-import audit event" in (service.verify_audit().problem or "")


def test_a_stored_pack_edited_with_sql_is_named(database_url, tmp_path):
    path = _write(tmp_path, _eu_data() | {"version": "2027-04"})
    with ReviewService.open(database_url) as service:
        service.import_policy_pack(path)
        assert service.verify_audit().ok
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE policy_pack_versions SET version = '2099-99' WHERE version = '2027-04'")
        )
    engine.dispose()
    with ReviewService.open(database_url) as service:
        problem = service.verify_audit().problem or ""
        assert "policy pack eu-ai-act 2099-99" in problem
        assert "was imported as eu-ai-act 2027-04: its id or version was changed" in problem
        assert "2099-99" not in [p.version for p in service.packs]


def test_a_stored_body_edited_with_sql_is_named(database_url, tmp_path):
    path = _write(tmp_path, _eu_data() | {"version": "2027-05"})
    with ReviewService.open(database_url) as service:
        service.import_policy_pack(path)
    weakened = PolicyPack.model_validate(_weakened(_eu_data(), "2027-05"))
    engine = create_engine(database_url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE policy_pack_versions SET body = :b WHERE version = '2027-05'"),
            {"b": canonical_json(weakened)},
        )
    engine.dispose()
    with ReviewService.open(database_url) as service:
        problem = service.verify_audit().problem or ""
        assert problem.startswith("policy pack eu-ai-act 2027-05")
        assert "its content no longer has its hash" in problem


def test_a_stored_label_keeps_its_content_against_a_changed_shipped_pack(database_url):
    """A shipped pack changed without a new version cannot change what a stored label means."""
    with ReviewService.open(database_url) as service:
        service.import_files([PROHIBITED_EXAMPLE])  # stores the shipped packs as they are
        with service.store.read() as session:
            changed = PolicyPack.model_validate(_weakened(_eu_data()))
            chosen = current_packs(session, [changed])
    assert (chosen[0].id, chosen[0].version) == ("eu-ai-act", EU_VERSION)
    shipped = next(p for p in default_policy_packs() if p.id == "eu-ai-act")
    assert chosen[0].sha256 == shipped.sha256 != changed.sha256


def test_every_import_event_carries_the_hash_of_its_row(database_url, tmp_path):
    path = _write(tmp_path, _eu_data() | {"version": "2027-06"})
    with ReviewService.open(database_url) as service:
        version, _ = service.import_policy_pack(path)
    engine = create_engine(database_url)
    with engine.connect() as connection:
        events = connection.execute(
            text("SELECT detail, state_digest FROM audit_events WHERE kind = 'policy-import'")
        ).all()
    engine.dispose()
    details = [json.loads(detail) for detail, _ in events]
    assert {"pack": "eu-ai-act", "version": "2027-06", "sha256": version.sha256} in details
    assert all(d["sha256"] == digest for d, (_, digest) in zip(details, events, strict=True))


def test_policy_versions_flags_a_planted_row(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "review", "import", str(PROHIBITED_EXAMPLE)]) == 0
    _plant_row(db, PolicyPack.model_validate(_weakened(_eu_data(), "2099-01")))
    capsys.readouterr()
    assert main(["--database", db, "policy", "versions"]) == 1
    out = capsys.readouterr().out
    assert "UNAUDITED eu-ai-act 2099-01" in out
    assert f"current  eu-ai-act {EU_VERSION}" in out
    assert "1 pack version(s) marked UNAUDITED have no policy-import audit event" in out


def test_the_library_of_stored_packs_leaves_a_planted_row_out(database_url):
    planted = PolicyPack.model_validate(_weakened(_eu_data(), "2099-01"))
    with ReviewService.open(database_url) as service:
        service.import_files([PROHIBITED_EXAMPLE])
    _plant_row(database_url, planted)
    with ReviewService.open(database_url) as service:
        hashes = [p.sha256 for p in service.stored_packs()]
        assert planted.sha256 not in hashes
        assert default_policy_packs()[0].sha256 in hashes
        assert service.unaudited_pack_hashes() == {planted.sha256}
