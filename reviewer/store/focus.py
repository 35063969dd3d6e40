"""The Overview's filters of the review list: each count and bar opens the reviews it counts.

Each clause here selects the reviews behind one figure of `reviewer.store.overview`, by the same
rule, so a tile that says 7 opens a list of the reviews it counted.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select

from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.store.models import ConditionRow, ReviewClauseRow, ReviewRow, RevisionRow
from reviewer.store.suspension import current_revision_of

S = TypeVar("S", bound=Select[Any])


def focus_clauses(query: ReviewQuery, today: date) -> list[ColumnElement[bool]]:
    """Return the SQL conditions of the query's Overview filters (none when none is set)."""
    found: list[ColumnElement[bool]] = []
    names = [n.strip().lower() for n in query.awaiting_approval_by if n and n.strip()]
    if names:
        found.append(_awaiting(names))
    if query.awaiting_decision:
        found.append(ReviewRow.status.in_([ReviewStatus.DRAFT.value, ReviewStatus.RETURNED.value]))
    if query.overdue_conditions:
        found.append(
            _with_condition(
                ConditionRow.status == "open", ConditionRow.due_date < today.isoformat()
            )
        )
    if query.condition_status is not None:
        found.append(_with_condition(ConditionRow.status == query.condition_status.value))
    if query.re_review_within is not None:
        last = today + timedelta(days=query.re_review_within)
        found.append(
            and_(
                ReviewRow.status == ReviewStatus.APPROVED.value,
                ReviewRow.pk.in_(
                    _current_revisions().where(
                        RevisionRow.next_review >= today.isoformat(),
                        RevisionRow.next_review <= last.isoformat(),
                    )
                ),
            )
        )
    if query.clause:
        found.append(
            ReviewRow.pk.in_(
                select(ReviewClauseRow.review_pk).where(ReviewClauseRow.clause == query.clause)
            )
        )
    if query.outcome is not None:
        # As the Overview counts them: decisions of revisions not superseded.
        found.append(
            ReviewRow.pk.in_(
                select(RevisionRow.review_pk).where(
                    RevisionRow.outcome == query.outcome.value,
                    RevisionRow.state != ReviewStatus.SUPERSEDED.value,
                )
            )
        )
    if query.created_month:
        year, month = (int(part) for part in query.created_month.split("-"))
        start = datetime.combine(date(year, month, 1), time.min, tzinfo=UTC)
        end = datetime.combine(date(year + month // 12, month % 12 + 1, 1), time.min, tzinfo=UTC)
        found.append(and_(ReviewRow.created_at >= start, ReviewRow.created_at < end))
    return found


def apply_focus(statement: S, query: ReviewQuery, today: date) -> S:
    """Narrow a select over reviews by the query's Overview filters."""
    clauses = focus_clauses(query, today)
    return statement.where(and_(*clauses)) if clauses else statement


def _current_revisions() -> Select[Any]:
    """Return SQL: the keys of reviews, through their current revision rows."""
    return (
        select(RevisionRow.review_pk)
        .join(ReviewRow, ReviewRow.pk == RevisionRow.review_pk)
        .where(RevisionRow.number == ReviewRow.current_revision)
        .correlate(None)
    )


def _awaiting(names: list[str]) -> ColumnElement[bool]:
    """Return SQL: signed and assigned to one of the names, or escalated to one of them."""
    escalated = _current_revisions().where(func.lower(RevisionRow.escalate_to).in_(names))
    return or_(
        and_(
            ReviewRow.status == ReviewStatus.AWAITING_APPROVAL.value,
            func.lower(ReviewRow.approver).in_(names),
        ),
        and_(ReviewRow.status == ReviewStatus.ESCALATED.value, ReviewRow.pk.in_(escalated)),
    )


def _with_condition(*where: ColumnElement[bool]) -> ColumnElement[bool]:
    """Return SQL: the review has a condition of its current decision matching `where`."""
    return ReviewRow.pk.in_(
        select(ConditionRow.review_pk).where(
            *where, ConditionRow.revision == current_revision_of(ConditionRow.review_pk)
        )
    )
