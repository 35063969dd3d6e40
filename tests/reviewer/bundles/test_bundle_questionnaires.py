"""A review holding the FRIA travels whole: by bundle (new and updated) and by push."""

from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.answers import load_answers_file
from reviewer.bundles.container import read_bundle
from reviewer.bundles.errors import BundleIntegrityError
from reviewer.resources import examples_dir
from reviewer.service import ReviewService
from reviewer.store.bundle_rows import Arrival
from tests.helpers.bundles import edit_json, members_of, write_members


def _fria_review(service: ReviewService) -> str:
    """Create the shipped public-body example and answer two FRIA questions."""
    answers = load_answers_file(examples_dir() / "public-benefits-eligibility.json")
    ref = service.create_review(answers.title, answers.organisation, answers.answers)
    reference = ref.review.reference
    service.set_answer(reference, "fria_period", "Two years", questionnaire="fria")
    service.set_answer(reference, "fria_frequency", "daily", questionnaire="fria")
    return reference


def _fria_answers(service: ReviewService, ref: str) -> tuple[str, dict[str, object]]:
    fria = service.get_review(ref).current.owed("fria")
    assert fria is not None and fria.attached
    return fria.questionnaire.sha256, dict(fria.answers)


def test_the_fria_travels_in_a_bundle_new_and_updated(tmp_path: Path) -> None:
    laptop = ReviewService.open(f"sqlite:///{tmp_path / 'laptop.sqlite3'}", actor="alice")
    desk = ReviewService.open(f"sqlite:///{tmp_path / 'desk.sqlite3'}", actor="bob")
    with laptop, desk:
        ref = _fria_review(laptop)
        bundle = tmp_path / "fria.reviewer"
        laptop.export_bundle(ref, bundle)
        read = read_bundle(bundle)
        held = read.bundle.review.current().questionnaires
        assert [h.questionnaire for h in held] == [_fria_answers(laptop, ref)[0]]
        assert held[0].questionnaire in read.bundle.questionnaires

        assert desk.import_bundle(bundle).arrival is Arrival.NEW
        assert _fria_answers(desk, ref) == _fria_answers(laptop, ref)
        assert desk.check().ok

        laptop.set_answer(ref, "fria_period", "Three years", questionnaire="fria")
        laptop.export_bundle(ref, bundle)
        assert desk.import_bundle(bundle).arrival is Arrival.UPDATED
        assert _fria_answers(desk, ref)[1]["fria_period"] == "Three years"
        assert desk.check().ok


def test_a_bundle_whose_fria_answers_were_edited_is_refused(tmp_path: Path) -> None:
    with ReviewService.open(f"sqlite:///{tmp_path / 'laptop.sqlite3'}") as laptop:
        ref = _fria_review(laptop)
        bundle = tmp_path / "fria.reviewer"
        laptop.export_bundle(ref, bundle)
    members = members_of(bundle)

    def tamper(review: dict[str, object]) -> None:
        revisions = review["revisions"]
        assert isinstance(revisions, list)
        revisions[-1]["questionnaires"][0]["answers"] = '{"fria_period":"Forever"}'

    edit_json(members, "review.json", tamper)
    forged = write_members(tmp_path / "forged.reviewer", members)
    with pytest.raises(BundleIntegrityError, match="does not match the state recorded"):
        ReviewService.verify_bundle(forged)


def test_the_fria_travels_in_a_push(tmp_path: Path) -> None:
    team_url = f"sqlite:///{tmp_path / 'team.sqlite3'}"
    with ReviewService.open(f"sqlite:///{tmp_path / 'laptop.sqlite3'}") as laptop:
        ref = _fria_review(laptop)
        expected = _fria_answers(laptop, ref)
        report = laptop.push_reviews(team_url)
        assert report.sent == [ref]
    with ReviewService.open(team_url) as team:
        assert _fria_answers(team, ref) == expected
        assert team.check().ok
