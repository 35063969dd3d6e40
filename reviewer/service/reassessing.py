"""Re-assessing a stored review against the current policy, carrying old answers forward."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from reviewer.canonical import canonical_json
from reviewer.migration import AnswerMigration
from reviewer.reassessment import answers_for, diff_assessments
from reviewer.records import ReassessmentDiff, ReviewChange
from reviewer.scoring import assess
from reviewer.service.base import ServiceBase
from reviewer.service.lifecycle import draft_revision
from reviewer.severity import Verdict
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind
from reviewer.store.changes import (
    change_of,
    load_for_change,
    record_change,
    refresh_search,
    score_revision,
)
from reviewer.store.creation import pin_current_packs
from reviewer.store.models import ReviewRow, RevisionRow


class Reassessing(ServiceBase):
    """Compare a review with the current policy, and move it there."""

    def preview_reassessment(self, review_id: str) -> ReassessmentDiff:
        """Show what re-assessing against the current policy would change, saving nothing.

        Answers to an older questionnaire version are carried to the current one first; the
        diff then says what was dropped and what the officer must now answer.
        """
        with self.store.read() as session:
            review = repo.get_review(session, review_id)
            revision = repo.current_revision(session, review)
            return self._reassessment(session, review, revision)[0]

    def reassess(
        self, review_id: str, *, expected_version: int | None = None
    ) -> tuple[ReassessmentDiff, ReviewChange]:
        """Re-assess a draft against the current policy and questionnaire; say what changed."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            diff, answers = self._reassessment(session, review, revision)
            previous = Verdict(review.verdict) if review.verdict else None
            detail: dict[str, Any] = {"packs": [f"{p.id}@{p.version}" for p in self.packs]}
            if diff.migration is not None:
                revision.questionnaire = repo.ensure_questionnaire(session, self.questionnaire)
                revision.answers = canonical_json(answers)
                detail["questionnaire"] = f"{self.questionnaire.id}@{self.questionnaire.version}"
                detail["dropped"] = [d.question for d in diff.migration.dropped]
            repo.pin_packs(session, revision, pin_current_packs(session, self.packs, self.actor))
            score_revision(session, review, revision, repo.questionnaire_of(revision), self.packs)
            refresh_search(review, revision)
            session.flush()
            record_change(session, review, revision, EventKind.ASSESS, detail, actor=self.actor)
            changed = ["assessment", "answers"] if diff.migration else ["assessment"]
            change = change_of(session, review, changed, previous, False)
            return diff, change

    def _reassessment(
        self, session: Session, review: ReviewRow, revision: RevisionRow
    ) -> tuple[ReassessmentDiff, dict[str, Any]]:
        """Compare the stored assessment with one against the current packs and questionnaire."""
        old = repo.assessment_of(revision)
        pinned = repo.questionnaire_of(revision)
        migration: AnswerMigration | None = None
        answers: dict[str, Any] = repo.answers_of(revision)
        questionnaire = pinned
        if pinned.id == self.questionnaire.id and pinned.version != self.questionnaire.version:
            carried, migration = answers_for(pinned, self.questionnaire, answers)
            answers, questionnaire = dict(carried), self.questionnaire
        new = assess(questionnaire, self.packs, answers)
        diff = ReassessmentDiff(
            review_id=review.id,
            old_verdict=old.verdict if old else None,
            new_verdict=new.verdict,
            old_pins=old.pins if old else None,
            new_pins=new.pins,
            changes=diff_assessments(old, new),
            assessment=new,
            migration=migration,
        )
        return diff, answers
