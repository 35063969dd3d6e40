"""The service API: create, answer, assess, decide, sign, revise, attach, re-assess, search."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from reviewer.decision import Outcome
from reviewer.errors import (
    ConflictError,
    ImmutableRevisionError,
    NotFoundError,
    ProhibitedApprovalError,
    ReviewerError,
    ValidationProblems,
)
from reviewer.records import ClauseChangeKind, ReviewQuery, ReviewStatus
from reviewer.service import ReviewService
from reviewer.severity import Severity, Verdict
from tests.helpers.content import OFFICER, complete_answers, open_service


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with open_service(database_url) as svc:
        yield svc


def test_create_assesses_and_lists(service: ReviewService) -> None:
    change = service.create_review("Caméra", "Ville de Lyon", complete_answers(sector="health"))
    assert change.review.status is ReviewStatus.DRAFT
    assert change.review.verdict is Verdict.HIGH
    detail = service.get_review(change.review.id)
    assert detail.current.answers["sector"] == "health"
    assert detail.current.assessment is not None
    assert detail.current.assessment.pins.packs[0].version == "1.0"
    assert [s.id for s in service.list_reviews()] == [change.review.id]


def test_set_answer_saves_and_returns_new_assessment(service: ReviewService) -> None:
    created = service.create_review("T", "O", complete_answers())
    change = service.set_answer(
        created.review.id, "users", 5000, expected_version=created.review.version
    )
    assert change.changed == ["answers.users", "assessment"]
    assert change.assessment is not None and change.assessment.verdict is Verdict.LIMITED
    assert change.previous_verdict is Verdict.MINIMAL
    assert change.review.version > created.review.version
    assert service.get_review(created.review.id).current.answers["users"] == 5000


def test_bad_answer_names_the_question_and_saves_nothing(service: ReviewService) -> None:
    created = service.create_review("T", "O", complete_answers())
    with pytest.raises(ValidationProblems, match=r"answers\.sector: 'nope' is not an option"):
        service.set_answer(created.review.id, "sector", "nope")
    with pytest.raises(ValidationProblems, match="no such question"):
        service.set_answer(created.review.id, "colour", "red")
    assert service.get_review(created.review.id).summary.version == created.review.version


def test_stale_edit_is_a_conflict_not_an_overwrite(service: ReviewService) -> None:
    created = service.create_review("T", "O", complete_answers())
    rid, version = created.review.id, created.review.version
    service.set_answer(rid, "users", 10, expected_version=version)
    with pytest.raises(ConflictError, match="changed elsewhere"):
        service.set_answer(rid, "users", 99999, expected_version=version)
    assert service.get_review(rid).current.answers["users"] == 10


def test_prohibited_verdict_can_never_be_approved(service: ReviewService) -> None:
    created = service.create_review("T", "O", complete_answers(sector="police", biometric=True))
    assert created.review.verdict is Verdict.PROHIBITED
    for outcome in (Outcome.APPROVE, Outcome.APPROVE_WITH_CONDITIONS):
        with pytest.raises(ProhibitedApprovalError):
            service.decide(created.review.id, outcome, "looks fine", ["c"], decider=OFFICER)
    change = service.decide(created.review.id, Outcome.REJECT, "prohibited use", decider=OFFICER)
    assert change.review.status is ReviewStatus.DECIDED


def test_decide_needs_required_answers_and_a_rationale(service: ReviewService) -> None:
    created = service.create_review("T", "O", {"sector": "retail"})
    with pytest.raises(ReviewerError, match=r"required question.*purpose"):
        service.decide(created.review.id, Outcome.APPROVE, "fine", decider=OFFICER)
    service.set_answer(created.review.id, "purpose", "Stock forecasts")
    with pytest.raises(ReviewerError, match="rationale is empty"):
        service.decide(created.review.id, Outcome.APPROVE, "   ", decider=OFFICER)


def test_decided_review_refuses_edits_until_reopened(service: ReviewService) -> None:
    rid = service.create_review("T", "O", complete_answers()).review.id
    decided = service.decide(rid, Outcome.APPROVE, "minimal risk", decider=OFFICER)
    assert decided.review.status is ReviewStatus.DECIDED
    for edit in (
        lambda: service.set_answer(rid, "users", 5000),
        lambda: service.add_attachment(rid, "late.pdf", b"%PDF-1.7 late"),
        lambda: service.update_details(rid, title="New title"),
        lambda: service.reassess(rid),
    ):
        with pytest.raises(ImmutableRevisionError, match="cannot be changed: it is decided"):
            edit()
    assert service.get_review(rid).current.decision is not None
    reopened = service.reopen(rid, "the users figure was wrong")
    assert reopened.review.revision == 2 and reopened.review.status is ReviewStatus.DRAFT
    change = service.set_answer(rid, "users", 5000)
    assert change.review.revision == 2
    old = service.get_revision(rid, 1)
    assert old.state is ReviewStatus.SUPERSEDED
    assert old.decision is not None and old.decision.outcome is Outcome.APPROVE
    assert "users" not in old.answers
    history = service.history(rid)
    assert [e.kind for e in history] == ["create", "decide", "reopen", "answer"]
    assert history[1].actor == "Alice Officer <alice@example.org>"
    assert history[2].detail["reason"] == "the users figure was wrong"


def test_old_review_rescores_exactly_with_its_pinned_versions(database_url: str) -> None:
    with open_service(database_url, "1.0") as old:
        rid = old.create_review("T", "O", complete_answers(sector="health")).review.id
        stored = old.get_review(rid).current.assessment
    with open_service(database_url, "2.0", health_severity="limited") as new:
        assert stored is not None
        assert new.rescore_pinned(rid).to_json() == stored.to_json()


def test_reassess_reports_added_removed_and_severity_changes(database_url: str) -> None:
    with open_service(database_url, "1.0") as old:
        answers = complete_answers(sector="health", biometric=True)
        rid = old.create_review("T", "O", answers).review.id
    with open_service(database_url, "2.0", health_severity="limited") as new:
        preview = new.preview_reassessment(rid)
        kinds = {(c.clause_id, c.change) for c in preview.changes}
        assert kinds == {
            ("any-biometric", ClauseChangeKind.ADDED),
            ("health-data", ClauseChangeKind.SEVERITY),
        }
        severity = next(c for c in preview.changes if c.clause_id == "health-data")
        assert (severity.old_severity, severity.new_severity) == (Severity.HIGH, Severity.LIMITED)
        assert new.get_review(rid).current.assessment.pins.packs[0].version == "1.0"  # type: ignore[union-attr]
        diff, change = new.reassess(rid)
        assert diff.changes == preview.changes
        assert change.assessment is not None
        assert change.assessment.pins.packs[0].version == "2.0"
        assert [e.kind for e in new.history(rid)][-1] == "assess"
    with open_service(database_url, "1.0") as back:
        removed = back.preview_reassessment(rid).changes
        assert {(c.clause_id, c.change) for c in removed} >= {
            ("any-biometric", ClauseChangeKind.REMOVED)
        }


def test_attachments_keep_bytes_hash_and_author(service: ReviewService) -> None:
    rid = service.create_review("T", "O", complete_answers()).review.id
    attachment, change = service.add_attachment(rid, "/tmp/dpia.pdf", b"%PDF-1.7 evidence")
    assert attachment.file_name == "dpia.pdf"
    assert attachment.media_type == "application/pdf"
    assert attachment.size == 17 and attachment.added_by == "alice"
    assert change.changed == ["attachments"]
    assert service.attachment_bytes(rid, attachment.id) == b"%PDF-1.7 evidence"
    assert service.get_review(rid).attachments == [attachment]
    with pytest.raises(NotFoundError):
        service.attachment_bytes(rid, attachment.id + 100)


def test_an_attachment_is_described_while_the_review_can_change(service: ReviewService) -> None:
    rid = service.create_review("T", "O", complete_answers()).review.id
    attachment, _ = service.add_attachment(rid, "dpia.pdf", b"%PDF-1.7 evidence")
    assert attachment.description == ""
    assert "description" not in attachment.model_dump()  # records made before read the same
    described, change = service.describe_attachment(rid, attachment.id, "  The DPIA,\n signed ")
    assert described.description == "The DPIA, signed"
    assert change.changed == ["attachments"]
    assert service.get_review(rid).attachments == [described]
    event = service.history(rid)[-1]
    assert event.kind == "evidence-described"
    assert event.detail["description"] == "The DPIA, signed"
    assert service.check().ok
    with pytest.raises(ReviewerError, match=r"dpia\.pdf: the description is 1001 characters"):
        service.describe_attachment(rid, attachment.id, "x" * 1001)
    with pytest.raises(NotFoundError):
        service.describe_attachment(rid, attachment.id + 100, "nothing")
    service.decide(rid, Outcome.APPROVE_WITH_CONDITIONS, "Fine.", ["DPO"], decider=OFFICER)
    with pytest.raises(ImmutableRevisionError, match="cannot be changed: it is decided"):
        service.describe_attachment(rid, attachment.id, "too late")


def test_import_is_all_or_nothing(service: ReviewService, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json

    good = tmp_path / "good.json"
    bad = tmp_path / "bad.json"
    pin = {"id": "test_intake", "version": "1.0"}
    good.write_text(
        json.dumps(
            {"questionnaire": pin, "title": "A", "organisation": "B", "answers": complete_answers()}
        )
    )
    bad.write_text(
        json.dumps(
            {
                "questionnaire": pin,
                "title": "A",
                "organisation": "B",
                "answers": {"sector": "space"},
            }
        )
    )
    with pytest.raises(ReviewerError, match=r"1 file cannot be imported(.|\n)*bad\.json"):
        service.import_files([good, bad])
    assert service.list_reviews() == []
    imported = service.import_files([good, good])
    assert len(imported) == 2 and service.count_reviews() == 2
    assert service.history(imported[0].id)[0].detail["file"] == "good.json"


def test_search_folds_diacritics_and_filters(service: ReviewService) -> None:
    a = service.create_review("Vidéoprotection", "Mairie de Besançon", complete_answers())
    b = service.create_review(
        "Chatbot", "Acme", complete_answers(purpose="Répondre aux élèves", sector="health")
    )
    service.decide(
        b.review.id, Outcome.APPROVE_WITH_CONDITIONS, "Données anonymisées", ["x"], decider=OFFICER
    )

    def ids(**filters: object) -> set[str]:
        return {s.id for s in service.list_reviews(ReviewQuery(**filters))}  # type: ignore[arg-type]

    assert ids(search="videoprotection") == {a.review.id}
    assert ids(search="BESANCON") == {a.review.id}
    assert ids(search="eleves") == {b.review.id}
    assert ids(search="donnees anonym") == {b.review.id}
    assert ids(search="donnees") == {a.review.id, b.review.id}  # a's purpose mentions données
    assert ids(search="nothing-like-this") == set()
    assert ids(search="\"'*)(") == {a.review.id, b.review.id}  # punctuation only: no filter
    assert ids(status=ReviewStatus.DECIDED) == {b.review.id}
    assert ids(verdict=Verdict.HIGH) == {b.review.id}
    assert ids(verdict=Verdict.MINIMAL, search="mairie") == {a.review.id}
    stamp = service.get_review(a.review.id).summary.updated_at
    assert a.review.id in ids(since=stamp)
    assert ids(until=stamp) == set()
    assert service.count_reviews(ReviewQuery(search="donnees")) == 2


def test_check_and_audit_pass_after_normal_use(service: ReviewService) -> None:
    rid = service.create_review("T", "O", complete_answers()).review.id
    service.set_answer(rid, "users", 3)
    service.record_export(rid, "ef" * 32, "report.pdf", "pdf")
    report = service.check()
    assert report.ok, report
    assert report.audit.reviews_checked == 1
    kinds = [e.kind for e in service.history(rid)]
    assert kinds == ["create", "answer", "export"]


def test_unknown_review_is_named(service: ReviewService) -> None:
    with pytest.raises(NotFoundError, match="no review 'nope'"):
        service.get_review("nope")
    with pytest.raises(NotFoundError, match="no review 'R-2020-0001'"):
        service.get_review("R-2020-0001")
