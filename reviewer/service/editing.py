"""Changing a review's answers and details, one transaction per change."""

from __future__ import annotations

import json

from sqlalchemy.orm import Session

from reviewer.answers import AnswerValue
from reviewer.canonical import canonical_json
from reviewer.errors import (
    ReviewerError,
    ValidationProblems,
)
from reviewer.owed import NotOwedError
from reviewer.records import ReviewChange
from reviewer.service.base import ServiceBase
from reviewer.service.lifecycle import draft_revision
from reviewer.severity import Verdict
from reviewer.store import repository as repo
from reviewer.store.audit import (
    EventKind,
)
from reviewer.store.changes import (
    answer_problem,
    change_of,
    load_for_change,
    record_change,
    refresh_search,
    score_revision,
)
from reviewer.store.models import ReviewRow, RevisionRow
from reviewer.store.owed import attach_owed, held_row, owed_of, pinned_questionnaire


class ReviewEditing(ServiceBase):
    """Editing answers and details."""

    def set_answer(
        self,
        review_id: str,
        question_id: str,
        value: AnswerValue,
        *,
        questionnaire: str | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Save one answer in its own transaction and re-assess; returns the new assessment.

        With `questionnaire` naming an extra questionnaire the review holds or owes (the FRIA,
        id "fria"), the answer goes to it instead; that does not change the assessment.
        """
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            intake = repo.questionnaire_of(revision)
            if questionnaire is not None and questionnaire != intake.id:
                return self._set_owed_answer(
                    session, review, revision, questionnaire, question_id, value
                )
            new_revision = False
            questionnaire_ = intake
            problem = answer_problem(questionnaire_, question_id, value)
            if problem:
                raise ValidationProblems(f"review {review_id}", [problem])
            answers = repo.answers_of(revision)
            if question_id in answers and answers[question_id] == value and not new_revision:
                return change_of(session, review, [], None, False)
            previous = Verdict(review.verdict) if review.verdict else None
            if value is None:
                answers.pop(question_id, None)
            else:
                answers[question_id] = value
            revision.answers = canonical_json(answers)
            score_revision(
                session, review, revision, questionnaire_, repo.packs_of(session, revision)
            )
            refresh_search(review, revision)
            session.flush()
            record_change(
                session,
                review,
                revision,
                EventKind.ANSWER,
                {"question": question_id},
                actor=self.actor,
            )
            changed = [f"answers.{question_id}", "assessment"]
            return change_of(session, review, changed, previous, new_revision)

    def _set_owed_answer(
        self,
        session: Session,
        review: ReviewRow,
        revision: RevisionRow,
        questionnaire_id: str,
        question_id: str,
        value: AnswerValue,
    ) -> ReviewChange:
        """Save one answer of an extra questionnaire, pinning it first if it is owed."""
        row = held_row(revision, questionnaire_id)
        if row is None:
            assessment = repo.assessment_of(revision)
            if assessment is not None and questionnaire_id in attach_owed(
                session, revision, assessment
            ):
                row = held_row(revision, questionnaire_id)
        if row is None:
            owed = [q.questionnaire.id for q in owed_of(revision)]
            raise NotOwedError(
                f"review {review.reference} does not owe questionnaire {questionnaire_id!r}; "
                + (
                    f"it holds or owes: {', '.join(owed)}"
                    if owed
                    else "it owes no questionnaire beyond the intake"
                )
            )
        questionnaire = pinned_questionnaire(row)
        problem = answer_problem(questionnaire, question_id, value)
        if problem:
            raise ValidationProblems(f"review {review.reference} ({questionnaire.id})", [problem])
        answers = json.loads(row.answers)
        if answers.get(question_id) == value and row.pk is not None:
            return change_of(session, review, [], None, False)
        if value is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = value
        row.answers = canonical_json(answers)
        review.updated_at = repo.now()
        session.flush()
        record_change(
            session,
            review,
            revision,
            EventKind.ANSWER,
            {"questionnaire": questionnaire.id, "question": question_id},
            actor=self.actor,
        )
        changed = [f"questionnaires.{questionnaire.id}.{question_id}"]
        return change_of(session, review, changed, None, False)

    def update_details(
        self,
        review_id: str,
        *,
        title: str | None = None,
        organisation: str | None = None,
        expected_version: int | None = None,
    ) -> ReviewChange:
        """Change a review's title or applicant organisation."""
        with self.store.write() as session:
            review = load_for_change(session, review_id, expected_version)
            revision = draft_revision(session, review)
            new_revision = False
            changed = []
            for field, value in (("title", title), ("organisation", organisation)):
                if value is not None:
                    if not value.strip() or len(value) > 300:
                        raise ReviewerError(f"{field}: give 1 to 300 characters, got {value!r}")
                    setattr(review, field, value)
                    changed.append(field)
            refresh_search(review, revision)
            session.flush()
            record_change(
                session, review, revision, EventKind.ANSWER, {"fields": changed}, actor=self.actor
            )
            return change_of(session, review, changed, None, new_revision)
