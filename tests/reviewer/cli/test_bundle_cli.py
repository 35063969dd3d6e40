"""`reviewer review export-bundle|import-bundle` and `verify-bundle`, and every refusal.

Each hostile or damaged bundle exits 2 with a message naming what is wrong, and leaves the
database exactly as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reviewer.cli import main
from reviewer.decision import Outcome
from reviewer.service.signing import person_of
from reviewer.signing.identity import load_identity
from reviewer.signing.trust import add_root
from tests.helpers.bundles import edit_json, events_of, members_of, rechain, write_members
from tests.helpers.content import complete_answers, open_service
from tests.helpers.signing import ThrowawayIdentity
from tests.helpers.tamper import flip_byte_in_signed_range


@dataclass(frozen=True)
class Made:
    """A signed review's bundle, made once for the module."""

    path: Path
    reference: str


@pytest.fixture(scope="module")
def made(
    tmp_path_factory: pytest.TempPathFactory, reviewer_identity: ThrowawayIdentity
) -> Iterator[Made]:
    folder = tmp_path_factory.mktemp("laptop")
    with pytest.MonkeyPatch.context() as patch:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            patch.setenv(var, str(folder / var.lower()))
        officer = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
        with open_service(f"sqlite:///{folder / 'laptop.sqlite3'}") as laptop:
            ref = laptop.create_review("Chatbot", "Acme", complete_answers()).review.reference
            laptop.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia " + bytes(200_000))
            laptop.decide(ref, Outcome.APPROVE, "Minimal risk", decider=person_of(officer))
            laptop.sign_decision(ref, officer, folder / "decision.pdf")
            path = laptop.export_bundle(ref, folder / "chatbot.reviewer").path
        yield Made(path, ref)


@pytest.fixture
def desk(tmp_path: Path, reviewer_identity: ThrowawayIdentity) -> str:
    add_root(reviewer_identity.cert)
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    with open_service(url) as service:
        service.create_review("Already here", "Desk", complete_answers())
    return url


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def state(url: str) -> tuple[int, int]:
    with open_service(url) as service:
        return service.count_reviews(), service.verify_audit().events


def test_verify_then_import_then_import_again(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str
) -> None:
    code, out, _ = run(capsys, "verify-bundle", str(made.path))
    assert code == 0 and f"bundle OK: review {made.reference}" in out and "not signed" in out
    before = state(desk)
    code, _, err = run(capsys, "--database", desk, "review", "import-bundle", str(made.path))
    # The desk already has its own R-…-0001, another review: refused, nothing written.
    assert code == 2 and f"reference {made.reference} is already used here" in err
    assert state(desk) == before


def test_import_into_an_empty_database_is_idempotent(
    capsys: pytest.CaptureFixture[str], made: Made, tmp_path: Path, reviewer_identity: Any
) -> None:
    add_root(reviewer_identity.cert)
    url = f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    code, out, err = run(capsys, "--database", url, "review", "import-bundle", str(made.path))
    assert code == 0, err
    assert f"Review {made.reference} imported at revision 1" in out
    before = state(url)
    code, out, _ = run(capsys, "--database", url, "review", "import-bundle", str(made.path))
    assert code == 0 and "already here, unchanged" in out
    assert state(url) == before
    code, out, _ = run(capsys, "--database", url, "audit", "verify")
    assert code == 0 and "Audit trail intact" in out


def _refused(capsys: pytest.CaptureFixture[str], desk: str, bundle: Path, message: str) -> None:
    """Import must exit 2 naming the problem, and write nothing; verify-bundle agrees."""
    before = state(desk)
    code, out, err = run(capsys, "--database", desk, "review", "import-bundle", str(bundle))
    assert code == 2, out
    assert message in err and "Traceback" not in err
    assert state(desk) == before
    code, _, err = run(capsys, "verify-bundle", str(bundle))
    assert code == 2 and message in err


def test_a_truncated_bundle(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    data = made.path.read_bytes()
    bundle = tmp_path / "cut.reviewer"
    bundle.write_bytes(data[: len(data) // 2])
    _refused(capsys, desk, bundle, "truncated or damaged")


def test_a_member_that_no_longer_matches_its_hash(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    members = members_of(made.path)
    members["review.json"] = members["review.json"].replace(b'"Chatbot"', b'"Chatbox"')
    bundle = write_members(tmp_path / "b.reviewer", members, fix_manifest=False)
    _refused(capsys, desk, bundle, "member 'review.json' does not match the sha256")


def test_a_zip_slip_path(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    members = members_of(made.path)
    members["../../evil.sh"] = b"echo owned"
    bundle = write_members(tmp_path / "b.reviewer", members)
    _refused(capsys, desk, bundle, "member '../../evil.sh' has an unsafe path")
    assert not (tmp_path.parent / "evil.sh").exists()


def test_a_zip_bomb_ten_times_its_declared_size(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    members = members_of(made.path)
    name = next(n for n in members if n.startswith("evidence/"))
    bundle = write_members(tmp_path / "b.reviewer", members)
    inflated = members_of(bundle)

    def shrink(manifest: dict[str, Any]) -> None:
        manifest["members"][name]["size"] //= 10

    edit_json(inflated, "manifest.json", shrink)
    write_members(bundle, inflated, fix_manifest=False)
    _refused(capsys, desk, bundle, "but the manifest declares")


def test_an_edited_audit_event(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    members = members_of(made.path)
    events = events_of(members)
    events[2]["actor"] = "someone else"
    members["events.json"] = json.dumps(events).encode()
    bundle = write_members(tmp_path / "b.reviewer", members)
    _refused(capsys, desk, bundle, "was edited after it was recorded")


def test_a_pdf_whose_signature_no_longer_verifies(
    capsys: pytest.CaptureFixture[str], made: Made, desk: str, tmp_path: Path
) -> None:
    # A careful forger: the PDF changed, and every hash that names it recomputed to match.
    members = members_of(made.path)
    old_name = next(n for n in members if n.startswith("reports/"))
    old_sha = old_name.removeprefix("reports/").removesuffix(".pdf")
    forged = flip_byte_in_signed_range(members.pop(old_name))
    new_sha = hashlib.sha256(forged).hexdigest()
    members[f"reports/{new_sha}.pdf"] = forged
    members["review.json"] = members["review.json"].replace(
        f'"sha256":"{old_sha}"'.encode(), f'"sha256":"{new_sha}"'.encode()
    )
    events = events_of(members)
    for event in events:
        event["detail"] = event["detail"].replace(old_sha, new_sha)
    rechain(events)
    members["events.json"] = json.dumps(events).encode()
    bundle = write_members(tmp_path / "b.reviewer", members)
    _refused(capsys, desk, bundle, "does not verify")


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [("format_version", 2, "format version 2"), ("schema_revision", "0099", "schema 0099")],
)
def test_a_bundle_from_a_newer_reviewer(
    capsys: pytest.CaptureFixture[str],
    made: Made,
    desk: str,
    tmp_path: Path,
    key: str,
    value: object,
    message: str,
) -> None:
    members = members_of(made.path)

    def newer(manifest: dict[str, Any]) -> None:
        manifest[key] = value

    edit_json(members, "manifest.json", newer)
    bundle = write_members(tmp_path / "b.reviewer", members, fix_manifest=False)
    _refused(capsys, desk, bundle, message)
    code, _, err = run(capsys, "verify-bundle", str(bundle))
    assert code == 2 and "Update Reviewer to import it" in err


def test_export_refuses_an_unknown_review(
    capsys: pytest.CaptureFixture[str], desk: str, tmp_path: Path
) -> None:
    out = tmp_path / "x.reviewer"
    code, _, err = run(
        capsys, "--database", desk, "review", "export-bundle", "R-1999-0001", "--out", str(out)
    )
    assert code == 2 and "no review 'R-1999-0001'" in err
    assert not out.exists()
    assert os.listdir(tmp_path).count("x.reviewer") == 0


def test_a_bundle_signed_from_the_cli_names_its_signer(
    capsys: pytest.CaptureFixture[str],
    reviewer_identity: ThrowawayIdentity,
    tmp_path: Path,
) -> None:
    add_root(reviewer_identity.cert)
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    with open_service(url) as service:
        ref = service.create_review("Draft", "Acme", complete_answers()).review.reference
    out = tmp_path / "signed.reviewer"
    code, text, err = run(
        capsys,
        "--database",
        url,
        "review",
        "export-bundle",
        ref,
        "--out",
        str(out),
        "--identity",
        str(reviewer_identity.p12),
        "--passphrase-file",
        str(reviewer_identity.passphrase_file),
    )
    assert code == 0, err
    assert "signed by" in text and "Zoé Reviewer" in text
    code, text, _ = run(capsys, "verify-bundle", str(out))
    assert code == 0 and "signed by" in text and "Zoé Reviewer" in text


@pytest.mark.parametrize(
    ("member", "content", "message"),
    [
        ("events.json", b"[" * 100_000 + b"]" * 100_000, "is malformed"),
        ("review.json", b'{"id": 1}', "is malformed"),
        ("notes/readme.txt", b"hello", "is not part of a review bundle"),
    ],
)
def test_malformed_members_are_refused_not_crashed_on(
    capsys: pytest.CaptureFixture[str],
    made: Made,
    desk: str,
    tmp_path: Path,
    member: str,
    content: bytes,
    message: str,
) -> None:
    members = members_of(made.path)
    members[member] = content
    bundle = write_members(tmp_path / "b.reviewer", members)
    _refused(capsys, desk, bundle, message)
