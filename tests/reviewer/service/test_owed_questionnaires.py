"""A review owing the FRIA: pinned with the assessment, answered, kept, awaited by approval."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from reviewer.answers import load_answers_file
from reviewer.decision import Outcome
from reviewer.errors import ImmutableRevisionError, ValidationProblems
from reviewer.library import follow_up_questionnaires
from reviewer.owed import NotOwedError, OwedQuestionnaireIncompleteError
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.store.audit import current_user
from tests.helpers.content import OFFICER

FRIA_TEXT = {
    "fria_processes": "Caseworkers read the recommendation before deciding on the benefit.",
    "fria_period": "From April 2027, reviewed every year.",
    "fria_frequency": "daily",
    "fria_affected_categories": "Applicants for housing benefit, many in financial hardship.",
    "fria_risks": "Wrongful refusal (right to social assistance); indirect discrimination.",
    "fria_oversight": "A caseworker checks every recommendation and can overrule it.",
    "fria_measures": "The head of service suspends the system; complaints go to the ombudsman.",
    "fria_notified": False,
    "fria_dpia_covers_part": True,
}


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with ReviewService.open(database_url, actor="alice") as svc:
        yield svc


def _public_body_review(service: ReviewService) -> str:
    """Create the shipped example of a public body using an Annex III system."""
    answers = load_answers_file(examples_dir() / "public-benefits-eligibility.json")
    change = service.create_review(answers.title, answers.organisation, answers.answers)
    return change.review.reference


def _answer_fria(service: ReviewService, ref: str) -> None:
    for question, value in FRIA_TEXT.items():
        service.set_answer(ref, question, value, questionnaire="fria")


def test_a_public_body_review_owes_the_fria_pinned_by_its_hash(service: ReviewService) -> None:
    ref = _public_body_review(service)
    current = service.get_review(ref).current
    fria = current.owed("fria")
    assert fria is not None
    shipped = follow_up_questionnaires()[0]
    assert (fria.questionnaire.version, fria.questionnaire.sha256) == (
        shipped.version,
        shipped.sha256,
    )
    assert fria.owed and fria.attached and not fria.complete
    assert "fria_processes" in fria.missing_required
    assert "fria_notified_on" not in fria.missing_required  # hidden until notified


def test_fria_answers_are_stored_audited_and_make_it_complete(service: ReviewService) -> None:
    ref = _public_body_review(service)
    before = service.get_review(ref).current.assessment
    change = service.set_answer(ref, "fria_period", "Two years", questionnaire="fria")
    assert change.changed == ["questionnaires.fria.fria_period"]
    event = service.history(ref)[-1]
    assert event.detail == {
        "questionnaire": "fria",
        "question": "fria_period",
        "revision": 1,
        "machine_account": current_user(),  # the actor names "alice", so the login is kept
    }
    _answer_fria(service, ref)
    current = service.get_review(ref).current
    fria = current.owed("fria")
    assert fria is not None and fria.complete
    assert fria.answers["fria_frequency"] == "daily"
    assert "fria_period" not in current.answers  # the intake's answers are untouched
    assert current.assessment == before
    service.set_answer(ref, "fria_notified", True, questionnaire="fria")
    fria = service.get_review(ref).current.owed("fria")
    assert fria is not None and fria.missing_required == ["fria_notified_on"]
    assert service.check().ok


def test_a_bad_fria_answer_names_the_question(service: ReviewService) -> None:
    ref = _public_body_review(service)
    with pytest.raises(ValidationProblems, match=r"answers\.fria_frequency"):
        service.set_answer(ref, "fria_frequency", "hourly", questionnaire="fria")
    with pytest.raises(ValidationProblems, match=r"answers\.nonsense: no such question"):
        service.set_answer(ref, "nonsense", "x", questionnaire="fria")


def test_a_review_that_owes_no_fria_refuses_its_answers(service: ReviewService) -> None:
    answers = load_answers_file(examples_dir() / "customer-support-chatbot.json")
    ref = service.create_review(answers.title, answers.organisation, answers.answers)
    reference = ref.review.reference
    assert service.get_review(reference).current.questionnaires == []
    with pytest.raises(NotOwedError, match="does not owe questionnaire 'fria'"):
        service.set_answer(reference, "fria_period", "x", questionnaire="fria")


def test_approval_waits_for_the_fria_but_rejection_does_not(service: ReviewService) -> None:
    ref = _public_body_review(service)
    with pytest.raises(OwedQuestionnaireIncompleteError, match="cannot be approved yet") as info:
        service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", ["c"], decider=OFFICER)
    assert "fria_processes" in str(info.value)
    _answer_fria(service, ref)
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", ["c"], decider=OFFICER)
    with pytest.raises(ImmutableRevisionError):
        service.set_answer(ref, "fria_period", "changed", questionnaire="fria")


def test_reject_is_allowed_with_the_fria_missing(service: ReviewService) -> None:
    ref = _public_body_review(service)
    service.decide(ref, Outcome.REJECT, "not now", decider=OFFICER)
    assert service.get_review(ref).current.decision is not None


def test_a_review_no_longer_owing_the_fria_keeps_its_answers(service: ReviewService) -> None:
    ref = _public_body_review(service)
    service.set_answer(ref, "fria_period", "Two years", questionnaire="fria")
    service.set_answer(ref, "org_type", "private_company")
    fria = service.get_review(ref).current.owed("fria")
    assert fria is not None
    assert not fria.owed
    assert fria.answers == {"fria_period": "Two years"}
    # No longer owed: approval does not wait for it.
    service.set_answer(ref, "org_type", "other_government")
    fria = service.get_review(ref).current.owed("fria")
    assert fria is not None and fria.owed and fria.answers == {"fria_period": "Two years"}
    assert service.check().ok


def test_a_reopened_review_keeps_its_fria(service: ReviewService) -> None:
    ref = _public_body_review(service)
    _answer_fria(service, ref)
    service.decide(ref, Outcome.REJECT, "not now", decider=OFFICER)
    service.reopen(ref, "new facts")
    current = service.get_review(ref).current
    assert current.number == 2
    fria = current.owed("fria")
    assert fria is not None and fria.complete and fria.answers["fria_frequency"] == "daily"
    assert service.check().ok


def test_the_report_of_an_approved_review_carries_its_fria(service: ReviewService) -> None:
    ref = _public_body_review(service)
    _answer_fria(service, ref)
    service.decide(ref, Outcome.APPROVE_WITH_CONDITIONS, "ok", ["c"], decider=OFFICER)
    report = service.report_input(ref)
    [fria] = report.questionnaires
    assert fria.questionnaire.sha256 == follow_up_questionnaires()[0].sha256
    assert fria.answers == FRIA_TEXT
    payload = json.loads(report.payload_bytes())
    assert payload["questionnaires"][0]["id"] == "fria"
    assert payload["questionnaires"][0]["sha256"] == fria.questionnaire.sha256


def test_new_and_imported_reviews_owing_the_fria_pass_the_audit(service: ReviewService) -> None:
    """A new review is written in one flush: its pinned FRIA must be in its first digest."""
    _public_body_review(service)
    service.import_files([examples_dir() / "credit-scoring.json"])
    assert service.check().ok
