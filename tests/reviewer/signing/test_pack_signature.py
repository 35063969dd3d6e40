"""Signed policy packs: `policy sign`, and `policy import --require-signed` with the trust store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from sqlalchemy import create_engine, text

from reviewer.cli import main
from reviewer.resources import policies_dir
from reviewer.signing.trust import add_root
from tests.helpers.signing import ThrowawayIdentity, make_identity


@pytest.fixture
def owner(tmp_path: Path) -> ThrowawayIdentity:
    """Return a policy owner's identity, not yet trusted."""
    return make_identity(tmp_path / "ids", "Paula Owner", "paula@example.org", b"owner-pass")


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """Return a new version of the EU pack, as a policy owner would publish it."""
    data = yaml.safe_load((policies_dir() / "eu_ai_act.yaml").read_text(encoding="utf-8"))
    data["version"] = "2027-signed"
    path = tmp_path / "eu-next.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _sign(pack: Path, owner: ThrowawayIdentity) -> Path:
    args = ["policy", "sign", str(pack), "--identity", str(owner.p12)]
    assert main([*args, "--passphrase-file", str(owner.passphrase_file)]) == 0
    return pack.with_name(pack.name + ".p7s")


def _versions(db: str) -> list[str]:
    engine = create_engine(db)
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT version FROM policy_pack_versions")).all()
    engine.dispose()
    return [r[0] for r in rows]


def test_a_pack_signed_by_a_trusted_owner_is_imported_and_the_signer_audited(
    tmp_path, owner, pack, capsys
):
    add_root(owner.cert)
    signature = _sign(pack, owner)
    assert signature.read_bytes()[:1] == b"\x30"  # DER
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", "--require-signed", str(pack)]) == 0
    assert "imported: eu-ai-act 2027-signed" in capsys.readouterr().out
    engine = create_engine(db)
    with engine.connect() as connection:
        details = [
            json.loads(d)
            for (d,) in connection.execute(
                text("SELECT detail FROM audit_events WHERE kind = 'policy-import'")
            )
        ]
    engine.dispose()
    [signed] = [d for d in details if d["version"] == "2027-signed"]
    assert "CN=Paula Owner" in signed["signed_by"]
    assert len(signed["signer_sha256"]) == 64
    assert main(["--database", db, "audit", "verify"]) == 0


def test_an_unsigned_pack_is_refused_when_a_signature_is_required(tmp_path, pack, capsys):
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", "--require-signed", str(pack)]) == 2
    err = capsys.readouterr().err
    assert f"{pack}: no signature found at {pack}.p7s; a signed pack is required" in err
    assert "2027-signed" not in _versions(db)


def test_a_pack_changed_after_signing_is_refused(tmp_path, owner, pack, capsys):
    add_root(owner.cert)
    _sign(pack, owner)
    pack.write_text(
        pack.read_text(encoding="utf-8").replace("severity: prohibited", "severity: high"),
        encoding="utf-8",
    )
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", "--require-signed", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "does not match the file: the pack was changed after it was signed" in err
    assert "2027-signed" not in _versions(db)


def test_a_pack_signed_by_someone_untrusted_is_refused(tmp_path, owner, pack, capsys):
    _sign(pack, owner)  # the owner's root was never added to the trust store
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", "--require-signed", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "Paula Owner" in err
    assert "who is not from an organisation in your trust store" in err


def test_a_broken_signature_beside_a_pack_is_refused_even_when_not_required(tmp_path, pack, capsys):
    pack.with_name(pack.name + ".p7s").write_bytes(b"not a signature")
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    assert main(["--database", db, "policy", "import", str(pack)]) == 2
    assert "the signature file is not a CMS signature" in capsys.readouterr().err
    assert "2027-signed" not in _versions(db)


def test_a_signature_given_elsewhere_is_used(tmp_path, owner, pack, capsys):
    add_root(owner.cert)
    moved = tmp_path / "elsewhere.p7s"
    _sign(pack, owner).rename(moved)
    db = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    args = ["--database", db, "policy", "import", "--require-signed", "--signature", str(moved)]
    assert main([*args, str(pack)]) == 0
    assert "imported: eu-ai-act 2027-signed" in capsys.readouterr().out


def test_sign_refuses_an_invalid_pack(tmp_path, owner, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nid: y\n", encoding="utf-8")
    args = ["policy", "sign", str(broken), "--identity", str(owner.p12)]
    assert main([*args, "--passphrase-file", str(owner.passphrase_file)]) == 2
    assert "duplicate key 'id'" in capsys.readouterr().err
    assert not broken.with_name("broken.yaml.p7s").exists()
