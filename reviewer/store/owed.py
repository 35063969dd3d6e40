"""A revision's questionnaires beyond the intake (the FRIA): pinning them, reading them, digesting.

A questionnaire is pinned to a revision (stored in `questionnaire_versions`, like the intake)
when the revision's assessment first calls for it, and kept when it no longer does, so no
answer is ever lost. Reading a revision reports one still owed but not pinned yet as owed and
empty; the next change pins it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.library import owed_questionnaires
from reviewer.owed import standing_of
from reviewer.questionnaire import Questionnaire
from reviewer.records import OwedQuestionnaire
from reviewer.scoring import Assessment
from reviewer.store import repository as repo
from reviewer.store.models import (
    QuestionnaireVersion,
    ReviewRow,
    RevisionQuestionnaireRow,
    RevisionRow,
)
from reviewer.store.state_entries import questionnaire_entry


def pinned_questionnaire(row: RevisionQuestionnaireRow) -> Questionnaire:
    """Return the exact questionnaire version an extra questionnaire's answers fill in."""
    return repo.stored_questionnaire(row.questionnaire)


def attach_owed(session: Session, revision: RevisionRow, assessment: Assessment) -> list[str]:
    """Pin every questionnaire the assessment calls for that the revision lacks; return their ids.

    Questionnaires no longer called for stay, with their answers.
    """
    held = {row.questionnaire.questionnaire_id for row in revision.follow_up_questionnaires}
    added = []
    for questionnaire in owed_questionnaires(assessment):
        if questionnaire.id in held:
            continue
        row = RevisionQuestionnaireRow(answers="{}")
        row.questionnaire = _stored_version(session, questionnaire)
        revision.follow_up_questionnaires.append(row)
        added.append(questionnaire.id)
    return added


def _stored_version(session: Session, questionnaire: Questionnaire) -> QuestionnaireVersion:
    """Return the stored row of a questionnaire version, looked up once per transaction.

    A batch of new reviews is flushed at once; looking the row up without autoflush, and
    only once, keeps it so.
    """
    known: dict[str, QuestionnaireVersion] = session.info.setdefault("owed_versions", {})
    row = known.get(questionnaire.sha256)
    if row is None:
        with session.no_autoflush:
            row = repo.ensure_questionnaire(session, questionnaire)
        known[questionnaire.sha256] = row
    return row


def held_row(revision: RevisionRow, questionnaire_id: str) -> RevisionQuestionnaireRow | None:
    """Return the revision's pinned extra questionnaire with this id, if it holds one."""
    for row in revision.follow_up_questionnaires:
        if row.questionnaire.questionnaire_id == questionnaire_id:
            return row
    return None


def owed_questionnaire(revision: RevisionRow, questionnaire_id: str) -> Questionnaire | None:
    """Return the version an extra questionnaire is answered in: its pin, or the one owed."""
    row = held_row(revision, questionnaire_id)
    if row is not None:
        return pinned_questionnaire(row)
    assessment = repo.assessment_of(revision)
    owed = owed_questionnaires(assessment) if assessment is not None else []
    return next((q for q in owed if q.id == questionnaire_id), None)


def copy_held(source: RevisionRow, target: RevisionRow) -> None:
    """Give a new revision the extra questionnaires of the one it continues, answers and pins."""
    for row in source.follow_up_questionnaires:
        copy = RevisionQuestionnaireRow(answers=row.answers)
        copy.questionnaire = row.questionnaire
        target.follow_up_questionnaires.append(copy)


def owed_of(revision: RevisionRow) -> list[OwedQuestionnaire]:
    """Return a revision's extra questionnaires: pinned ones, then owed ones not pinned yet."""
    assessment = repo.assessment_of(revision)
    owed = owed_questionnaires(assessment) if assessment is not None else []
    owed_ids = {q.id for q in owed}
    standings = []
    for row in revision.follow_up_questionnaires:
        questionnaire = pinned_questionnaire(row)
        answers = json.loads(row.answers)
        standings.append(standing_of(questionnaire, answers, owed=questionnaire.id in owed_ids))
    held = {s.questionnaire.id for s in standings}
    standings += [standing_of(q, {}, owed=True, attached=False) for q in owed if q.id not in held]
    return standings


def held_state(session: Session, review: ReviewRow, revision: RevisionRow) -> list[Any]:
    """Return a review's extra questionnaires, every revision's, as digested by the audit trail.

    A review not written yet (a batch of imports is flushed at once) has only the revision
    at hand, so it is read from memory rather than queried.
    """
    if review.pk is None:
        return [
            questionnaire_entry(revision.number, row.questionnaire.sha256, row.answers)
            for row in revision.follow_up_questionnaires
        ]
    rows = session.execute(_STATE.where(RevisionRow.review_pk == review.pk))
    return [questionnaire_entry(number, sha, answers) for _, number, sha, answers in rows]


def all_questionnaire_states(session: Session) -> dict[int, list[Any]]:
    """Return every review's extra questionnaires for the digest, by review key."""
    states: dict[int, list[Any]] = defaultdict(list)
    for review_pk, number, sha, answers in session.execute(_STATE):
        states[review_pk].append(questionnaire_entry(number, sha, answers))
    return states


_STATE = (
    select(
        RevisionRow.review_pk,
        RevisionRow.number,
        QuestionnaireVersion.sha256,
        RevisionQuestionnaireRow.answers,
    )
    .join(RevisionRow, RevisionRow.pk == RevisionQuestionnaireRow.revision_pk)
    .join(QuestionnaireVersion, RevisionQuestionnaireRow.questionnaire)
    .order_by(RevisionRow.review_pk, RevisionRow.number, RevisionQuestionnaireRow.pk)
)
"""Review key, revision number, pinned hash and answers of every extra questionnaire, in order."""
