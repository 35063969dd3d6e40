"""`reviewer countersign`: it verifies first, shows the decision, refuses what verify refuses."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from reviewer.cli import main
from reviewer.decision import Outcome
from reviewer.report import SIGNATURE_BOXES
from reviewer.signing.identity import load_identity
from reviewer.signing.stamp import render_stamp
from tests.helpers import forgery, tamper
from tests.helpers.pdf import pdfsig, pdftotext
from tests.helpers.reports import EMOTION_ANSWERS, report_input
from tests.helpers.signing import ThrowawayIdentity


def _countersign(
    capsys: pytest.CaptureFixture[str],
    source: Path,
    approver: ThrowawayIdentity,
    trusted: ThrowawayIdentity,
    out: Path,
) -> tuple[int, str, str]:
    code = main(
        [
            "countersign",
            str(source),
            "--identity",
            str(approver.p12),
            "--passphrase-file",
            str(approver.passphrase_file),
            "--trust",
            str(trusted.cert),
            "--out",
            str(out),
        ]
    )
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_approver_sees_the_decision_then_countersigns(
    tmp_path: Path,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, out = tmp_path / "signed.pdf", tmp_path / "approved.pdf"
    source.write_bytes(signed_pdf)
    code, stdout, _ = _countersign(capsys, source, approver_identity, reviewer_identity, out)
    assert code == 0
    shown = stdout.index("Outcome:       Approve with conditions, verdict HIGH")
    assert stdout.index("Rationale:     Risks are handled.") > shown
    assert stdout.index("Result: VALID, NOT COUNTERSIGNED") < stdout.index("Wrote")
    assert "who concurs with this decision" in stdout
    assert pdfsig(out).count("Signature is Valid") == 2


def test_the_countersignature_stamp_says_concurs_never_approved(tmp_path: Path) -> None:
    stamp = tmp_path / "stamp.pdf"
    x1, y1, x2, y2 = SIGNATURE_BOXES["Approver"]
    size = (round(x2) - round(x1), round(y2) - round(y1))  # as sign.py sizes it
    stamp.write_bytes(
        render_stamp("Approver", "Bob Approver", "Société", datetime.now(UTC), None, size)
    )
    text = pdftotext(stamp)
    assert "Countersigned: concurs with this decision" in text
    assert "Approved" not in text


@pytest.mark.parametrize(
    ("build", "words"),
    [
        (lambda signed, ids: tamper.append_bytes(signed), "covered by no signature"),
        (
            lambda signed, ids: forgery.build_certified(
                report_input(EMOTION_ANSWERS, Outcome.APPROVE), ids
            ),
            "approves a PROHIBITED verdict",
        ),
        (lambda signed, ids: tamper.set_info(signed, "/Title", "APPROVED"), "metadata"),
    ],
    ids=["trailing-bytes", "approve-prohibited", "metadata"],
)
def test_a_report_verify_refuses_is_not_countersigned(
    tmp_path: Path,
    signed_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
    build: object,
    words: str,
) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    source, out = tmp_path / "bad.pdf", tmp_path / "approved.pdf"
    source.write_bytes(build(signed_pdf, identity))  # type: ignore[operator]
    code, stdout, stderr = _countersign(capsys, source, approver_identity, reviewer_identity, out)
    assert code == 2
    assert "not countersigned, because the report does not verify" in stderr
    assert words in stderr
    assert "Result: NOT VALID." in stdout
    assert "Traceback" not in stderr
    assert not out.exists()


def test_refusals_exit_2_with_a_clear_message(
    tmp_path: Path,
    signed_pdf: bytes,
    countersigned_pdf: bytes,
    reviewer_identity: ThrowawayIdentity,
    approver_identity: ThrowawayIdentity,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source, both, out = tmp_path / "signed.pdf", tmp_path / "both.pdf", tmp_path / "o.pdf"
    source.write_bytes(signed_pdf)
    both.write_bytes(countersigned_pdf)
    code, _, err = _countersign(capsys, source, reviewer_identity, reviewer_identity, out)
    assert (code, "four eyes" in err) == (2, True)
    code, _, err = _countersign(capsys, both, approver_identity, reviewer_identity, out)
    assert code == 2
    assert "already countersigned" in err or "does not verify" in err
    code, _, err = _countersign(capsys, source, approver_identity, approver_identity, out)
    assert code == 2
    assert "does not chain to a trusted root" in err
    assert not out.exists()
