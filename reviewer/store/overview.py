"""The Overview's SQL aggregates: counted by the database, never by loading reviews."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select, tuple_
from sqlalchemy.orm import Session

from reviewer.overview import Bar, MonthBar, OverviewCounts, OverviewSeries
from reviewer.records import ReviewStatus
from reviewer.store.models import ClauseCountRow, ConditionRow, ReviewRow, RevisionRow
from reviewer.store.suspension import current_revision_of, suspended_keys

S = ReviewStatus


def _current() -> ColumnElement[bool]:
    """Join condition: the review's current revision."""
    return and_(
        RevisionRow.review_pk == ReviewRow.pk, RevisionRow.number == ReviewRow.current_revision
    )


def overview_counts(session: Session, me: list[str], today: date) -> OverviewCounts:
    """Count what awaits the person named by `me` (their name and email) and the whole store."""
    names = [n.strip().lower() for n in me if n and n.strip()] or [""]
    # Two counts, so the common case (signed, assigned to me) needs no join.
    assigned = select(func.count()).where(
        ReviewRow.status == S.AWAITING_APPROVAL.value,
        func.lower(ReviewRow.approver).in_(names),
    )
    escalated = (
        select(func.count())
        .select_from(ReviewRow)
        .join(RevisionRow, _current())
        .where(
            ReviewRow.status == S.ESCALATED.value,
            func.lower(RevisionRow.escalate_to).in_(names),
        )
    )
    waiting = [S.DRAFT.value, S.RETURNED.value]
    overdue = select(func.count()).where(
        ConditionRow.status == "open",
        ConditionRow.due_date < today.isoformat(),
        ConditionRow.revision == current_revision_of(ConditionRow.review_pk),
    )
    soon = (
        select(func.count())
        .select_from(RevisionRow)
        .join(ReviewRow, _current())
        .where(
            RevisionRow.next_review >= today.isoformat(),
            RevisionRow.next_review <= (today + timedelta(days=30)).isoformat(),
            ReviewRow.status == S.APPROVED.value,
        )
    )
    suspended = select(func.count()).select_from(suspended_keys(today))
    awaiting = select(func.count()).where(ReviewRow.status.in_(waiting))
    # One statement, one round trip: each count is a scalar subquery of it.
    row = session.execute(
        select(
            *(
                q.scalar_subquery()
                for q in (assigned, escalated, awaiting, overdue, suspended, soon)
            )
        )
    ).one()
    mine, escalated_to_me, waiting_count, late, held, due = (int(v or 0) for v in row)
    return OverviewCounts(
        awaiting_my_approval=mine + escalated_to_me,
        awaiting_decision=waiting_count,
        overdue_conditions=late,
        suspended=held,
        due_for_re_review=due,
    )


def _month(dialect: str) -> ColumnElement[Any]:
    """Return SQL: the YYYY-MM of a review's creation (UTC), per database."""
    if dialect == "postgresql":
        return func.date_trunc("month", ReviewRow.created_at, "UTC")
    # SQLite keeps UTC times as 'YYYY-MM-DD HH:MM:SS…' text: the month is its first 7 letters.
    # PostgreSQL truncates faster than it formats; the month is written out in Python.
    return func.substr(ReviewRow.created_at, 1, 7)


def overview_series(session: Session, dialect: str, since: date) -> OverviewSeries:
    """Return the charts: verdicts by month since a day, outcomes, top clauses, conditions."""
    month = _month(dialect).label("month")
    start = datetime.combine(since, time.min, tzinfo=UTC)
    by_month = session.execute(
        select(month, ReviewRow.verdict, func.count())
        .where(ReviewRow.created_at >= start, ReviewRow.verdict.is_not(None))
        .group_by(month, ReviewRow.verdict)
        .order_by(month, ReviewRow.verdict)
    ).all()
    # A review's current revision is the one not superseded: counted from an index, no join.
    outcomes = session.execute(
        select(RevisionRow.outcome, func.count())
        .where(
            RevisionRow.outcome.is_not(None),
            RevisionRow.state != ReviewStatus.SUPERSEDED.value,
        )
        .group_by(RevisionRow.outcome)
        .order_by(func.count().desc(), RevisionRow.outcome)
    ).all()
    clauses = session.execute(
        select(ClauseCountRow.clause, ClauseCountRow.reviews)
        .where(ClauseCountRow.reviews > 0)
        .order_by(ClauseCountRow.reviews.desc(), ClauseCountRow.clause)
        .limit(10)
    ).all()
    # Every condition, less those of superseded decisions (few: only reopened reviews have them).
    totals = dict(
        session.execute(
            select(ConditionRow.status, func.count()).group_by(ConditionRow.status)
        ).all()
    )
    superseded = select(RevisionRow.review_pk, RevisionRow.number).where(
        RevisionRow.state == ReviewStatus.SUPERSEDED.value
    )
    for status, count in session.execute(
        select(ConditionRow.status, func.count())
        .where(tuple_(ConditionRow.review_pk, ConditionRow.revision).in_(superseded))
        .group_by(ConditionRow.status)
    ).all():
        totals[status] -= count
    conditions = sorted((s, c) for s, c in totals.items() if c > 0)
    return OverviewSeries(
        verdicts_by_month=[
            MonthBar(month=m if isinstance(m, str) else f"{m:%Y-%m}", verdict=v, count=c)
            for m, v, c in by_month
        ],
        decisions_by_outcome=[Bar(label=o, count=c) for o, c in outcomes],
        top_clauses=[Bar(label=k, count=c) for k, c in clauses],
        conditions_by_status=[Bar(label=s, count=c) for s, c in conditions],
    )
