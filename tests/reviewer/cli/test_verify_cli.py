"""`reviewer verify`: the exit status says the state, and the help documents it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer import library
from reviewer.cli import main
from reviewer.decision import Outcome
from reviewer.scoring import assess
from reviewer.service import ReviewService
from reviewer.signing.identity import load_identity
from tests.helpers import forgery, tamper
from tests.helpers.reports import EMOTION_ANSWERS, packs, questionnaire, report_input
from tests.helpers.signing import ThrowawayIdentity, make_resources


@pytest.fixture
def shipped_test_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Serve the test questionnaire and pack as the shipped content, so verify re-scores."""
    monkeypatch.setenv("REVIEWER_RESOURCES", str(make_resources(tmp_path / "resources")))
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()
    yield tmp_path
    library.default_questionnaire.cache_clear()
    library._default_packs.cache_clear()


def _verify(
    capsys: pytest.CaptureFixture[str], path: Path, ids: list[ThrowawayIdentity], *extra: str
) -> tuple[int, str]:
    trust = [arg for identity in ids for arg in ("--trust", str(identity.cert))]
    code = main(["verify", str(path), *trust, *extra])
    return code, capsys.readouterr().out


def test_help_documents_every_exit_status(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["verify", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    for line in (
        "0  valid and countersigned",
        "1  not valid",
        "2  the file cannot be checked",
        "3  valid but not countersigned",
        "--require-countersignature",
        "--accept-unverifiable-layout",
    ):
        assert line in out


def test_exit_status_says_the_state(
    tmp_path: Path,
    shipped_test_pack: Path,
    signed_pdf: bytes,
    countersigned_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ids = [reviewer_identity, approver_identity]
    signed, both = tmp_path / "signed.pdf", tmp_path / "both.pdf"
    signed.write_bytes(signed_pdf)
    both.write_bytes(countersigned_pdf)
    code, out = _verify(capsys, both, ids)
    assert code == 0
    assert "Result: VALID, COUNTERSIGNED" in out
    assert "Re-scoring:    re-scored: the pinned packs give this assessment" in out
    code, out = _verify(capsys, signed, ids)
    assert code == 3
    assert "Result: VALID, NOT COUNTERSIGNED" in out
    code, out = _verify(capsys, signed, ids, "--require-countersignature")
    assert code == 1
    assert "NOT VALID as required" in out
    assert _verify(capsys, both, ids, "--require-countersignature")[0] == 0
    stripped = tmp_path / "stripped.pdf"
    stripped.write_bytes(tamper.roll_back_to_revision(countersigned_pdf, 2))
    code, out = _verify(capsys, stripped, ids)
    assert code == 1
    assert "covered by no signature" in out
    notes = tmp_path / "notes.pdf"
    notes.write_text("hello", encoding="utf-8")
    assert main(["verify", str(notes)]) == 2
    assert "not a PDF file" in capsys.readouterr().err


def test_verify_rescores_with_the_shipped_pack_and_fails_a_forgery(
    tmp_path: Path,
    shipped_test_pack: Path,
    reviewer_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        forgery.build_certified(report_input(EMOTION_ANSWERS, Outcome.APPROVE), identity)
    )
    code, out = _verify(capsys, forged, [reviewer_identity])
    assert code == 1
    assert "approves a PROHIBITED verdict" in out


def test_an_unrenderable_layout_fails_unless_accepted(
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    future = tmp_path / "future.pdf"
    future.write_bytes(
        forgery.build_certified(
            report_input().model_copy(update={"layout": "99"}),
            identity,
            pages_from=report_input(),
        )
    )
    code, out = _verify(capsys, future, [reviewer_identity])
    assert code == 1
    assert "layout 99 cannot be rendered again by this version" in out
    code, out = _verify(capsys, future, [reviewer_identity], "--accept-unverifiable-layout")
    assert code == 3
    assert "NOT COMPARED" in out
    assert "accepted without comparing the pages" in out
    assert "not re-scored: pack test-pack 2026.1 unknown" in out


def test_stored_packs_let_verify_rescore_a_forgery_the_shipped_packs_cannot(
    tmp_path: Path,
    reviewer_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database = f"sqlite:///{tmp_path / 'reviews.sqlite'}"
    with ReviewService.open(database, questionnaire=questionnaire(), packs=packs()) as service:
        service.store_policy_pack(packs()[0])
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    base = report_input()
    minimal = assess(base.questionnaire, [], base.review.answers).model_copy(
        update={"pins": base.assessment.pins}
    )
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(
        forgery.build_certified(base.model_copy(update={"assessment": minimal}), identity)
    )
    code, out = _verify(capsys, forged, [reviewer_identity])
    assert code == 3  # the test pack is not shipped: not re-scored, and said so
    assert "not re-scored: pack test-pack 2026.1 unknown" in out
    trust = ["--trust", str(reviewer_identity.cert)]
    code = main(["--database", database, "verify", str(forged), *trust, "--stored-packs"])
    out = capsys.readouterr().out
    assert code == 1
    assert "they give HIGH (score 38), the report says MINIMAL (score 0)" in out


def test_a_title_rewritten_after_signing_is_named_and_fails(
    tmp_path: Path,
    countersigned_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    renamed = tmp_path / "renamed.pdf"
    renamed.write_bytes(tamper.set_info(countersigned_pdf, "/Title", "Decision: APPROVED"))
    code, out = _verify(capsys, renamed, [reviewer_identity, approver_identity])
    assert code == 1
    assert "Changes after: document metadata, validation data or timestamps" in out
    assert "validation data and timestamps only" not in out
    assert "the document metadata (/Info or XMP) was changed in revision 5" in out
