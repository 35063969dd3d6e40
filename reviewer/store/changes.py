"""Applying one change to a review: the revision to edit, its assessment, search text and event."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from reviewer.answers import value_problem
from reviewer.errors import ConflictError, ReviewerError
from reviewer.policy import PolicyPack
from reviewer.questionnaire import QuestionKind, Questionnaire
from reviewer.records import ReviewChange
from reviewer.scoring import Assessment, assess
from reviewer.severity import Verdict
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, append_event, current_user
from reviewer.store.completeness import answers_complete
from reviewer.store.database import STALE_MESSAGE
from reviewer.store.followup import follow_up_state
from reviewer.store.models import (
    AuditEventRow,
    ClauseCountRow,
    ReviewClauseRow,
    ReviewRow,
    RevisionRow,
)
from reviewer.store.owed import attach_owed, held_state
from reviewer.store.search import search_document

_TEXT_IDS: dict[str, frozenset[str]] = {}


def _text_ids(questionnaire: Questionnaire) -> frozenset[str]:
    """Return the free-text question ids, computed once per questionnaire version."""
    ids = _TEXT_IDS.get(questionnaire.sha256)
    if ids is None:
        ids = frozenset(
            q.id for _, q in questionnaire.iter_questions() if q.kind is QuestionKind.TEXT
        )
        _TEXT_IDS[questionnaire.sha256] = ids
    return ids


def load_for_change(session: Session, review_id: str, expected_version: int | None) -> ReviewRow:
    """Load a review to change it, refusing a stale version."""
    review = repo.get_review(session, review_id)
    if expected_version is not None and review.version != expected_version:
        raise ConflictError(
            f"{STALE_MESSAGE} (You had version {expected_version}; the saved review is at "
            f"version {review.version}.)"
        )
    return review


def require_complete(review: ReviewRow, revision: RevisionRow) -> Assessment:
    """Return the revision's assessment, refusing when required answers are missing."""
    assessment = repo.assessment_of(revision)
    if assessment is None:
        raise ReviewerError(f"review {review.reference} has not been assessed yet")
    if assessment.missing_required:
        raise ReviewerError(
            f"review {review.reference} still has {len(assessment.missing_required)} required "
            "question(s) unanswered: " + ", ".join(assessment.missing_required)
        )
    return assessment


def answer_problem(questionnaire: Questionnaire, question_id: str, value: Any) -> str | None:
    """Say what is wrong with an answer for a question, naming both."""
    question = questionnaire.questions.get(question_id)
    if question is None:
        return f"answers.{question_id}: no such question in {questionnaire.id!r}"
    problem = value_problem(question, value)
    return f"answers.{question_id}: {problem}" if problem else None


def score_revision(
    session: Session,
    review: ReviewRow,
    revision: RevisionRow,
    questionnaire: Questionnaire,
    packs: Sequence[PolicyPack],
) -> Assessment:
    """Assess a revision's answers and store the snapshot on it and the review."""
    stamp = repo.now()
    # The as-of day is recorded in the assessment, so decision.json carries it.
    assessment = assess(questionnaire, packs, repo.answers_of(revision), as_of=stamp.date())
    revision.assessment = assessment.to_json()
    revision.verdict = assessment.verdict.value
    revision.assessed_at = stamp
    review.verdict = assessment.verdict.value
    review.answers_complete = answers_complete(assessment)
    review.updated_at = stamp
    keep_clauses(session, review, assessment)
    attach_owed(session, revision, assessment)
    return assessment


def keep_clauses(session: Session, review: ReviewRow, assessment: Assessment) -> None:
    """Keep the list of a review's triggered clauses, and each clause's count, in step.

    Writers take the audit head lock in turn, so the counts never race.
    """
    keep_clause_set(session, review, {f"{t.pack_id}:{t.clause_id}" for t in assessment.triggers})


def keep_clause_set(session: Session, review: ReviewRow, wanted: set[str]) -> None:
    """Make a review's kept clauses `wanted`, adjusting each clause's count by the difference."""
    had = {row.clause for row in review.clauses}
    if had == wanted:
        return
    review.clauses = [ReviewClauseRow(clause=clause) for clause in sorted(wanted)]
    # No autoflush: a batch of new reviews still goes to the database in one flush.
    with session.no_autoflush:
        for clause, step in [*((c, 1) for c in wanted - had), *((c, -1) for c in had - wanted)]:
            count = session.get(ClauseCountRow, clause)
            if count is None:
                count = ClauseCountRow(clause=clause, reviews=0)
                session.add(count)
            count.reviews += step


def refresh_search(review: ReviewRow, revision: RevisionRow) -> None:
    """Rebuild the text a review is found by."""
    questionnaire = repo.questionnaire_of(revision)
    text_ids = _text_ids(questionnaire)
    document = search_document(
        review.title,
        review.organisation,
        repo.answers_of(revision),
        text_ids,
        revision.rationale,
    )
    if review.search_text != document:
        review.search_text = document


def record_change(
    session: Session,
    review: ReviewRow,
    revision: RevisionRow,
    kind: EventKind,
    detail: dict[str, Any],
    actor: str,
    attachments: list[str] | None = None,
) -> AuditEventRow:
    """Append the audit event for a change, with the digest of the review's new state.

    A new review has no attachments; callers say so to spare a query. An event that names a
    person rather than this computer's login also keeps the login, as `machine_account`.
    """
    if attachments is None:
        attachments = [a.sha256 for a in repo.attachment_rows(session, review)]
    hashes = attachments
    login = current_user()
    if actor != login and "machine_account" not in detail:
        detail = {**detail, "machine_account": login}
    detail = {**detail, "revision": revision.number}
    return append_event(
        session,
        actor=actor,
        kind=kind,
        review_id=review.id,
        detail=detail,
        state_digest=repo.state_digest(
            review,
            revision,
            hashes,
            [*follow_up_state(session, review.pk), *held_state(session, review, revision)],
        ),
    )


def change_of(
    session: Session,
    review: ReviewRow,
    changed: list[str],
    previous: Verdict | None,
    new_revision: bool,
) -> ReviewChange:
    """Build the record of what an operation changed, after the version bump."""
    session.flush()
    revision = repo.current_revision(session, review)
    if new_revision:
        changed = [*changed, "revision"]
    return ReviewChange(
        review=repo.summary_of(review),
        changed=changed,
        assessment=repo.assessment_of(revision) if "assessment" in changed else None,
        previous_verdict=previous,
        new_revision=new_revision,
    )
