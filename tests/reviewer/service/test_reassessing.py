"""Re-assessing a review stored on questionnaire 1.0.0: answers carried to 1.1, then scored."""

from __future__ import annotations

from pathlib import Path

from reviewer.library import default_questionnaire, packs_for, shipped_questionnaire
from reviewer.service import ReviewService
from tests.reviewer.test_migration import ANSWERS_1_0, OLD


def test_a_1_0_review_keeps_its_pins_and_is_carried_forward_on_reassessment(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    old_questionnaire = shipped_questionnaire(*OLD)
    with ReviewService.open(
        url, questionnaire=old_questionnaire, packs=packs_for(old_questionnaire)
    ) as old:
        ref = old.create_review("Staff entrance", "Acme", ANSWERS_1_0).review.reference
        stored = old.get_review(ref).current.assessment
    assert stored is not None
    with ReviewService.open(url) as current:
        assert current.rescore_pinned(ref).to_json() == stored.to_json()
        preview = current.preview_reassessment(ref)
        assert preview.migration is not None
        assert preview.migration.to_version == default_questionnaire().version
        assert not preview.unchanged
        assert current.get_review(ref).current.questionnaire.version == OLD[1]
        diff, change = current.reassess(ref)
        assert diff.migration == preview.migration
        assert "answers" in change.changed
        revision = current.get_review(ref).current
        assert revision.questionnaire.version == default_questionnaire().version
        assert revision.answers == preview.migration.answers
        event = current.history(ref)[-1]
        assert event.kind == "assess"
        assert event.detail["questionnaire"].endswith(default_questionnaire().version)
        assert current.check().ok
