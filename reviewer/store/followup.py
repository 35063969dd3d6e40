"""Reading and writing conditions and obligation marks; their part of the audited digest."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.followup import Condition, ConditionStatus, ObligationItemState, ObligationState
from reviewer.premarking import premarks, with_premarks
from reviewer.scoring import Assessment
from reviewer.store.models import (
    AttachmentRow,
    ConditionRow,
    ObligationMarkRow,
    ReviewRow,
    RevisionRow,
)
from reviewer.store.owed import all_questionnaire_states
from reviewer.store.state_entries import condition_entry, obligation_entry


def condition_state(row: ConditionRow, evidence: dict[int, str]) -> list[Any]:
    """Return one condition as the audit digest takes it.

    Evidence is named by its sha256 (`evidence` maps attachment keys to hashes), not by the
    key it has in one database, so a review that travels in a bundle keeps its digest.
    """
    return condition_entry(
        revision=row.revision,
        number=row.number,
        text=row.text,
        answers=row.answers,
        owner=row.owner,
        due_date=row.due_date,
        status=row.status,
        evidence=evidence.get(row.evidence_pk) if row.evidence_pk is not None else None,
        reason=row.reason,
        closed_by=row.closed_by,
        closed_at=row.closed_at,
    )


def _mark_state(row: ObligationMarkRow, evidence: dict[int, str]) -> list[Any]:
    """Return one obligation mark as the audit digest takes it (evidence by sha256)."""
    return obligation_entry(
        revision=row.revision,
        obligation_id=row.obligation_id,
        state=row.state,
        reason=row.reason,
        evidence=[evidence.get(pk) for pk in json.loads(row.evidence)],
        marked_by=row.marked_by,
        marked_at=row.marked_at,
    )


def _evidence_hashes(session: Session, review_pk: int | None = None) -> dict[int, str]:
    """Map attachment keys to their sha256, for one review or for all."""
    statement = select(AttachmentRow.pk, AttachmentRow.sha256)
    if review_pk is not None:
        statement = statement.where(AttachmentRow.review_pk == review_pk)
    return {pk: sha for pk, sha in session.execute(statement)}


def follow_up_state(session: Session, review_pk: int) -> list[Any]:
    """Return a review's conditions and obligation marks as digested by the audit trail.

    `record_change` adds the review's extra questionnaires (`owed.held_state`) after them.
    """
    conditions = list(
        session.scalars(
            select(ConditionRow)
            .where(ConditionRow.review_pk == review_pk)
            .order_by(ConditionRow.pk)
        )
    )
    marks = list(
        session.scalars(
            select(ObligationMarkRow)
            .where(ObligationMarkRow.review_pk == review_pk)
            .order_by(ObligationMarkRow.pk)
        )
    )
    if not conditions and not marks:
        return []
    evidence = _evidence_hashes(session, review_pk)
    return [
        *(condition_state(c, evidence) for c in conditions),
        *(_mark_state(m, evidence) for m in marks),
    ]


def all_follow_up_states(session: Session) -> dict[int, list[Any]]:
    """Return every review's follow-up state, by review key, for the audit check.

    Each review's extra questionnaires (schema 6, the FRIA) come last, when it has some.
    """
    states: dict[int, list[Any]] = defaultdict(list)
    evidence = _evidence_hashes(session)
    for row in session.scalars(select(ConditionRow).order_by(ConditionRow.pk)):
        states[row.review_pk].append(condition_state(row, evidence))
    for mark in session.scalars(select(ObligationMarkRow).order_by(ObligationMarkRow.pk)):
        states[mark.review_pk].append(_mark_state(mark, evidence))
    for review_pk, entries in all_questionnaire_states(session).items():
        states[review_pk].extend(entries)
    return states


def condition_id(reference: str, number: int) -> str:
    """Return how an officer names a condition: the review's reference and its number."""
    return f"{reference}/C{number}"


def condition_of(row: ConditionRow, reference: str) -> Condition:
    """Copy a condition row into a plain record."""
    return Condition(
        id=condition_id(reference, row.number),
        review=reference,
        revision=row.revision,
        number=row.number,
        text=row.text,
        answers=row.answers,
        owner=row.owner,
        due=date.fromisoformat(row.due_date) if row.due_date else None,
        status=ConditionStatus(row.status),
        evidence=row.evidence_pk,
        reason=row.reason,
        closed_by=row.closed_by,
        closed_at=row.closed_at,
    )


def condition_rows(session: Session, review: ReviewRow, revision: int) -> list[ConditionRow]:
    """Return the conditions recorded with one revision's decision, in order."""
    return list(
        session.scalars(
            select(ConditionRow)
            .where(ConditionRow.review_pk == review.pk, ConditionRow.revision == revision)
            .order_by(ConditionRow.number)
        )
    )


def mark_rows(session: Session, review: ReviewRow, revision: int) -> dict[str, ObligationMarkRow]:
    """Return one revision's obligation marks by obligation id."""
    rows = session.scalars(
        select(ObligationMarkRow).where(
            ObligationMarkRow.review_pk == review.pk, ObligationMarkRow.revision == revision
        )
    )
    return {row.obligation_id: row for row in rows}


def checklist_of(
    assessment: Assessment | None, marks: dict[str, ObligationMarkRow]
) -> list[ObligationItemState]:
    """Return the obligations of an assessment as checklist items, with their marks."""
    if assessment is None:
        return []
    items = []
    for obligation in assessment.obligations:
        mark = marks.get(obligation.id)
        items.append(
            ObligationItemState(
                id=obligation.id,
                text=obligation.text,
                sources=list(obligation.sources),
                state=ObligationState(mark.state) if mark else ObligationState.TO_DO,
                reason=mark.reason if mark else None,
                evidence=list(json.loads(mark.evidence)) if mark else [],
                marked_by=mark.marked_by if mark else None,
            )
        )
    return items


def evidence_ids(values: Iterable[int]) -> str:
    """Return attachment ids as stored: a sorted JSON list without repeats."""
    return json.dumps(sorted(set(values)))


def revision_checklist(
    session: Session, review: ReviewRow, revision: RevisionRow
) -> list[ObligationItemState]:
    """Return a revision's checklist: the officer's marks, then what the answers satisfy."""
    from reviewer.store import repository as repo  # repository imports this module

    assessment = repo.assessment_of(revision)
    items = checklist_of(assessment, mark_rows(session, review, revision.number))
    found = premarks(assessment, repo.answers_of(revision), lambda: repo.questionnaire_of(revision))
    return with_premarks(items, found)
