"""Signing through the service: decider = signer, PDFs kept, countersignatures taken back."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.decision import Outcome
from reviewer.errors import ConflictError, DeciderMismatchError, LifecycleError, ReviewerError
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from reviewer.signing.verify import Rescore, State, verify_report
from tests.helpers.content import complete_answers, open_service
from tests.helpers.signing import ThrowawayIdentity


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


@pytest.fixture
def officer(reviewer_identity: ThrowawayIdentity) -> Identity:
    add_root(reviewer_identity.cert)
    return load_identity(reviewer_identity.p12, reviewer_identity.passphrase)


@pytest.fixture
def approver(approver_identity: ThrowawayIdentity) -> Identity:
    add_root(approver_identity.cert)
    return load_identity(approver_identity.p12, approver_identity.passphrase)


def _signed(service: ReviewService, officer: Identity, out: Path) -> str:
    ref = service.create_review("Chatbot", "Acme", complete_answers()).review.reference
    service.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
    service.decide(ref, Outcome.APPROVE, "Minimal risk", decider=person_of(officer))
    service.sign_decision(ref, officer, out)
    return ref


def test_sign_records_keeps_and_then_writes_the_pdf(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "decision.pdf"
    ref = _signed(service, officer, out)
    data = out.read_bytes()
    verified = verify_report(
        data, [officer.certificate], "decision.pdf", packs_by_sha256=service.pack_by_sha256()
    )
    assert verified.state is State.AWAITING_COUNTERSIGNATURE, verified.reasons
    assert verified.rescore.status is Rescore.MATCHES
    detail = service.get_review(ref)
    assert detail.summary.status is ReviewStatus.AWAITING_APPROVAL
    assert detail.current.signature is not None
    assert detail.current.signature.pdf_sha256 == hashlib.sha256(data).hexdigest()
    assert [r.kind for r in detail.reports] == ["reviewer"]
    assert [e.kind for e in service.history(ref)] == [
        "create",
        "attachment",
        "decide",
        "sign",
        "export",
    ]
    out.unlink()
    again = tmp_path / "again.pdf"
    service.write_kept_report(ref, again)
    assert again.read_bytes() == data
    assert service.anchor_check(data, "decision.pdf").ok
    assert service.check().ok


def test_only_the_decider_may_sign(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = service.create_review("T", "O", complete_answers()).review.reference
    service.decide(ref, Outcome.REJECT, "No", decider=person_of(officer))
    out = tmp_path / "x.pdf"
    with pytest.raises(DeciderMismatchError, match="only the decider can sign"):
        service.sign_decision(ref, approver, out)
    assert not out.exists()
    assert service.get_review(ref).summary.status is ReviewStatus.DECIDED


def test_a_second_signature_is_refused_and_writes_nothing(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = _signed(service, officer, tmp_path / "first.pdf")
    with pytest.raises(LifecycleError, match="cannot sign"):
        service.sign_decision(ref, officer, tmp_path / "second.pdf")
    assert not (tmp_path / "second.pdf").exists()


def test_countersignature_recorded_back_approves_the_review(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "decision.pdf"
    ref = _signed(service, officer, out)
    countersigned = countersign_report(out.read_bytes(), approver, "decision.pdf")
    change = service.record_countersignature(countersigned, "countersigned.pdf")
    assert change.review.status is ReviewStatus.APPROVED
    event = service.history(ref)[-1]
    assert event.kind == "countersign" and "Bob Approver" in event.actor
    kept = tmp_path / "kept.pdf"
    assert service.write_kept_report(ref, kept).kind == "countersigned"
    assert kept.read_bytes() == countersigned
    assert service.anchor_check(countersigned, "countersigned.pdf").ok
    with pytest.raises(LifecycleError):
        service.record_countersignature(countersigned, "again.pdf")


def test_a_countersigned_pdf_of_another_report_is_refused(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = _signed(service, officer, tmp_path / "decision.pdf")
    service.reopen(ref, "wrong answers")
    service.decide(ref, Outcome.REJECT, "No after all", decider=person_of(officer))
    old = (tmp_path / "decision.pdf").read_bytes()
    service.sign_decision(ref, officer, tmp_path / "second.pdf")
    countersigned_old = countersign_report(old, approver, "decision.pdf")
    with pytest.raises(ReviewerError, match=r"not the signed report|was reopened"):
        service.record_countersignature(countersigned_old, "old.pdf")
    assert service.get_review(ref).summary.status is ReviewStatus.AWAITING_APPROVAL


def test_a_reopened_reports_standing_is_superseded(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = _signed(service, officer, tmp_path / "decision.pdf")
    review_id = service.get_review(ref).summary.id
    current = service.report_standing(review_id, 1)
    assert current is not None and not current.superseded and current.reference == ref
    service.reopen(ref, "the camera model changed")
    standing = service.report_standing(review_id, 1)
    assert standing is not None and standing.superseded
    assert (standing.current_revision, standing.reason) == (2, "the camera model changed")
    assert service.report_standing("not-a-review-here", 1) is None


def test_return_sends_it_back_with_the_reason(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = _signed(service, officer, tmp_path / "decision.pdf")
    with pytest.raises(ReviewerError, match="four eyes"):
        service.return_for_changes(ref, "mine", approver=person_of(officer))
    change = service.return_for_changes(ref, "The DPIA is missing", approver=person_of(approver))
    assert change.review.status is ReviewStatus.RETURNED
    assert service.get_review(ref).current.closing_note == "The DPIA is missing"
    reopened = service.reopen(ref, "adding the DPIA")
    assert reopened.review.status is ReviewStatus.DRAFT
    old = service.get_revision(ref, 1)
    assert old.state is ReviewStatus.SUPERSEDED and old.signature is not None


def test_a_signed_escalation_goes_to_the_named_person_who_may_countersign(
    service: ReviewService, officer: Identity, approver: Identity, tmp_path: Path
) -> None:
    ref = service.create_review("T", "O", complete_answers()).review.reference
    service.decide(
        ref,
        Outcome.ESCALATE,
        "Beyond my mandate",
        decider=person_of(officer),
        escalate_to="Bob Approver",
    )
    out = tmp_path / "escalated.pdf"
    change = service.sign_decision(ref, officer, out).change
    assert change.review.status is ReviewStatus.ESCALATED
    assert [e.kind for e in service.history(ref)][-3:] == ["sign", "escalate", "export"]
    assert service.history(ref)[-2].detail["to"] == "Bob Approver"
    countersigned = countersign_report(out.read_bytes(), approver, "escalated.pdf")
    assert service.record_countersignature(countersigned, "back.pdf").review.status is (
        ReviewStatus.APPROVED
    )


def test_the_approver_may_escalate_a_signed_review(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = _signed(service, officer, tmp_path / "decision.pdf")
    change = service.escalate(ref, "Chief Privacy Officer", "needs a DPIA opinion")
    assert change.review.status is ReviewStatus.ESCALATED
    event = service.history(ref)[-1]
    assert (event.kind, event.detail["to"]) == ("escalate", "Chief Privacy Officer")


def test_a_pdf_signed_outside_the_lifecycle_is_not_anchored(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    from reviewer.signing.decision_pdf import make_signed_report

    ref = service.create_review("T", "O", complete_answers()).review.reference
    service.decide(ref, Outcome.APPROVE, "fine", decider=person_of(officer))
    forged = make_signed_report(service.report_input(ref), officer)
    check = service.anchor_check(forged, "forged.pdf")
    assert not check.ok and "NOT RECORDED" in check.message


def test_a_change_while_signing_is_a_conflict(
    service: ReviewService, officer: Identity, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reviewer.signing.decision_pdf as decision_pdf

    ref = service.create_review("T", "O", complete_answers()).review.reference
    service.decide(ref, Outcome.APPROVE, "fine", decider=person_of(officer))
    real = decision_pdf.make_signed_report

    def sign_while_someone_reopens(*args: object, **kwargs: object) -> bytes:
        pdf = real(*args, **kwargs)  # type: ignore[arg-type]
        service.reopen(ref, "someone else reopened it meanwhile")
        return pdf

    monkeypatch.setattr(decision_pdf, "make_signed_report", sign_while_someone_reopens)
    out = tmp_path / "decision.pdf"
    with pytest.raises(ConflictError):
        service.sign_decision(ref, officer, out)
    assert not out.exists()
    assert service.get_review(ref).reports == []
