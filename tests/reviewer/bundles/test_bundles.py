"""Review bundles through the service: round trips, idempotence, conflicts, kept anchors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from reviewer.bundles.errors import BundleConflictError, BundleSignatureError
from reviewer.decision import Outcome
from reviewer.followup import ConditionDraft, ObligationState
from reviewer.records import ReviewStatus
from reviewer.service import ReviewService
from reviewer.service.signing import person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import add_root
from reviewer.store.bundle_rows import Arrival
from tests.helpers.bundles import members_of, write_members
from tests.helpers.content import complete_answers, open_service
from tests.helpers.signing import ThrowawayIdentity


@pytest.fixture
def officer(reviewer_identity: ThrowawayIdentity) -> Identity:
    add_root(reviewer_identity.cert)
    return load_identity(reviewer_identity.p12, reviewer_identity.passphrase)


@pytest.fixture
def approver(approver_identity: ThrowawayIdentity) -> Identity:
    add_root(approver_identity.cert)
    return load_identity(approver_identity.p12, approver_identity.passphrase)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[ReviewService]:
    with open_service(f"sqlite:///{tmp_path / 'laptop.sqlite3'}", actor="alice") as svc:
        yield svc


@pytest.fixture
def desk(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url, actor="bob") as svc:
        yield svc


def signed_review(service: ReviewService, officer: Identity, folder: Path) -> str:
    """Create, evidence, decide and sign a review; return its reference."""
    ref = str(service.create_review("Chatbot", "Acme", complete_answers()).review.reference)
    service.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
    service.decide(ref, Outcome.APPROVE, "Minimal risk", decider=person_of(officer))
    service.sign_decision(ref, officer, folder / "decision.pdf")
    return ref


def counts(service: ReviewService) -> tuple[int, int]:
    """Return how many reviews and audit events a database holds."""
    report = service.verify_audit()
    return service.count_reviews(), report.events


def test_a_signed_review_travels_whole_and_stays_verifiable(
    laptop: ReviewService, desk: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    # Something else in the laptop's chain, so the review's events are not contiguous there.
    laptop.create_review("Other", "Elsewhere", complete_answers())
    bundle = tmp_path / "chatbot.reviewer"
    made = laptop.export_bundle(ref, bundle)
    assert (made.evidence, made.reports) == (1, 1)
    assert ReviewService.verify_bundle(bundle).check.reference == ref

    outcome = desk.import_bundle(bundle)

    assert outcome.arrival is Arrival.NEW and outcome.reference == ref
    here, there = desk.get_review(ref), laptop.get_review(ref)
    assert here.summary.status is ReviewStatus.AWAITING_APPROVAL
    assert here.current.answers == there.current.answers
    assert here.current.signature == there.current.signature
    assert [a.sha256 for a in here.attachments] == [a.sha256 for a in there.attachments]
    # Everything up to the bundle's own export event, hashes unchanged, then the import.
    assert [e.hash for e in desk.history(ref)][:-1] == [e.hash for e in laptop.history(ref)][:-1]
    assert desk.history(ref)[-1].kind == "bundle-import"
    assert desk.check().ok, desk.check().audit.problem
    pdf = (tmp_path / "decision.pdf").read_bytes()
    assert desk.anchor_check(pdf, "decision.pdf").ok
    kept = tmp_path / "kept.pdf"
    desk.write_kept_report(ref, kept)
    assert kept.read_bytes() == pdf


def test_importing_the_same_bundle_twice_changes_nothing(
    laptop: ReviewService, desk: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    bundle = laptop.export_bundle(ref, tmp_path / "b.reviewer").path
    desk.import_bundle(bundle)
    before = counts(desk)
    again = desk.import_bundle(bundle)
    assert again.arrival is Arrival.UNCHANGED and again.event_seq is None
    assert counts(desk) == before


def test_a_newer_bundle_updates_and_the_review_can_travel_back(
    laptop: ReviewService,
    desk: ReviewService,
    officer: Identity,
    approver: Identity,
    tmp_path: Path,
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    desk.import_bundle(laptop.export_bundle(ref, tmp_path / "1.reviewer").path)
    # The approver countersigns on the desk, and sends the review back.
    countersigned = countersign_report(
        (tmp_path / "decision.pdf").read_bytes(), approver, "decision.pdf"
    )
    desk.record_countersignature(countersigned, "countersigned.pdf")
    back = desk.export_bundle(ref, tmp_path / "2.reviewer")

    outcome = laptop.import_bundle(back.path)

    assert outcome.arrival is Arrival.UPDATED
    assert laptop.get_review(ref).summary.status is ReviewStatus.APPROVED
    assert laptop.check().ok, laptop.check().audit.problem
    assert laptop.anchor_check(countersigned, "countersigned.pdf").ok
    # And the laptop's newer copy updates the desk in turn: nothing the desk did is lost.
    laptop.reopen(ref, "new supplier")
    assert desk.import_bundle(laptop.export_bundle(ref, tmp_path / "3.reviewer").path).arrival is (
        Arrival.UPDATED
    )
    assert desk.get_review(ref).summary.revision == 2
    assert desk.check().ok, desk.check().audit.problem


def test_local_changes_the_bundle_lacks_are_a_conflict_naming_both_sides(
    laptop: ReviewService, desk: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    first = laptop.export_bundle(ref, tmp_path / "1.reviewer").path
    desk.import_bundle(first)
    desk.reopen(ref, "desk wants changes")
    laptop.reopen(ref, "laptop wants other changes")
    laptop.set_answer(ref, "purpose", "Autre chose")
    second = laptop.export_bundle(ref, tmp_path / "2.reviewer").path
    before = counts(desk)
    for bundle in (first, second):
        with pytest.raises(BundleConflictError, match=rf"review {ref} has changes here") as err:
            desk.import_bundle(bundle)
        assert "this database has revision 2" in str(err.value)
        assert "the bundle" in str(err.value) and bundle.name in str(err.value)
    assert counts(desk) == before
    assert desk.get_review(ref).current.answers == complete_answers()


def test_a_reference_used_here_by_another_review_is_refused(
    laptop: ReviewService, desk: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    taken = desk.create_review("Unrelated", "Other", complete_answers()).review.reference
    assert taken == ref
    before = counts(desk)
    with pytest.raises(BundleConflictError, match="already used here by another review"):
        desk.import_bundle(laptop.export_bundle(ref, tmp_path / "b.reviewer").path)
    assert counts(desk) == before


def test_a_signed_bundle_names_its_signer_and_catches_a_changed_manifest(
    laptop: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    bundle = laptop.export_bundle(ref, tmp_path / "b.reviewer", identity=officer).path
    assert "Zoé Reviewer" in (ReviewService.verify_bundle(bundle).signed_by or "")
    # Rewrite it with a consistent manifest but keep the old signature: the signature fails.
    members = members_of(bundle)
    members["review.json"] = members["review.json"].replace(b'"Chatbot"', b'"Chatbot 2"')
    forged = write_members(tmp_path / "forged.reviewer", members)
    with pytest.raises(BundleSignatureError, match="does not match its manifest"):
        ReviewService.verify_bundle(forged)


@pytest.mark.parametrize(
    ("statement", "problem"),
    [
        ("UPDATE imported_events SET actor = 'mallory' WHERE kind = 'decide'", "was edited"),
        ("DELETE FROM imported_events WHERE kind = 'attachment'", "no longer held"),
    ],
)
def test_audit_verify_catches_imported_events_changed_afterwards(
    laptop: ReviewService, officer: Identity, tmp_path: Path, statement: str, problem: str
) -> None:
    ref = signed_review(laptop, officer, tmp_path)
    bundle = laptop.export_bundle(ref, tmp_path / "b.reviewer").path
    with open_service(f"sqlite:///{tmp_path / 'desk.sqlite3'}") as desk:
        desk.import_bundle(bundle)
        assert desk.verify_audit().ok
        with desk.store.engine.begin() as connection:
            connection.exec_driver_sql(statement)
        report = desk.verify_audit()
    assert not report.ok and problem in (report.problem or "")


def test_conditions_and_obligation_marks_travel_with_their_evidence(
    desk: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    laptop = open_service(
        f"sqlite:///{tmp_path / 'obligations.sqlite3'}", version="1.0-obligations", obligations=True
    )
    laptop.create_review("Draft", "Acme", complete_answers())  # the desk has its own R-…-0001
    ref = str(
        laptop.create_review("Chatbot", "Acme", complete_answers(sector="health")).review.reference
    )
    # Evidence already on the desk for another review, so attachment keys differ there.
    desk.add_attachment(
        str(desk.create_review("Other", "Elsewhere", complete_answers()).review.reference),
        "other.txt",
        b"other",
    )
    laptop.add_attachment(ref, "dpia.pdf", b"%PDF-1.7 dpia")
    evidence_id = laptop.get_review(ref).attachments[0].id
    laptop.mark_obligation(ref, "dpia-done", ObligationState.MET, evidence=[evidence_id])
    laptop.decide(
        ref,
        Outcome.APPROVE_WITH_CONDITIONS,
        "Fine with a DPIA",
        [ConditionDraft(text="File the DPIA", owner="DPO", due=date(2099, 1, 31))],
        decider=person_of(officer),
    )
    laptop.sign_decision(ref, officer, tmp_path / "decision.pdf")
    condition = laptop.conditions(ref)[0]
    laptop.close_condition(condition.id, evidence=("dpia-signed.pdf", b"%PDF-1.7 signed"))
    bundle = tmp_path / "chatbot.reviewer"
    laptop.export_bundle(ref, bundle)

    desk.import_bundle(bundle)

    there, here = laptop.conditions(ref), desk.conditions(ref)
    assert [(c.text, c.status, c.owner) for c in here] == [
        (c.text, c.status, c.owner) for c in there
    ]
    names = {a.id: a.file_name for a in desk.get_review(ref).attachments}
    assert names[here[0].evidence] == "dpia-signed.pdf"
    assert [(o.id, o.state) for o in desk.obligations(ref)] == [
        (o.id, o.state) for o in laptop.obligations(ref)
    ]
    assert desk.verify_audit().ok
    assert desk.import_bundle(bundle).arrival is Arrival.UNCHANGED
    laptop.close()
