"""The review list: one page of summaries, filtered, searched and sorted."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from reviewer.records import ReviewQuery, ReviewSummary, SortKey
from reviewer.store.focus import apply_focus
from reviewer.store.models import ReviewRow
from reviewer.store.repository import now, summary_of
from reviewer.store.search import apply_filters
from reviewer.store.suspension import suspended_clause, suspensions

MAX_PAGE = 500


def list_summaries(session: Session, dialect: str, query: ReviewQuery) -> list[ReviewSummary]:
    """Return the page of reviews the query asks for."""
    statement = apply_filters(
        select(ReviewRow),
        dialect,
        search=query.search,
        status=query.status.value if query.status else None,
        approver=query.approver,
        verdict=query.verdict.value if query.verdict else None,
        since=query.since,
        until=query.until,
    )
    today = query.as_of or now().date()
    if query.suspended:
        statement = statement.where(suspended_clause(today))
    statement = apply_focus(statement, query, today)
    statement = (
        statement.order_by(*_order(query))
        .limit(max(1, min(query.limit, MAX_PAGE)))
        .offset(max(0, query.offset))
    )
    rows = list(session.scalars(statement))
    why = suspensions(session, rows, today)
    return [
        summary_of(row).model_copy(update={"suspension": why[row.pk].text})
        if row.pk in why
        else summary_of(row)
        for row in rows
    ]


_VERDICT_RANK = {"PROHIBITED": 3, "HIGH": 2, "LIMITED": 1, "MINIMAL": 0}
_FLOORS = ("PROHIBITED", "HIGH")
"""Verdicts that stand as a floor while answers are missing (`reviewer.severity.VerdictReading`)."""
_STATUS_RANK = {
    "draft": 0,
    "returned": 1,
    "decided": 2,
    "escalated": 3,
    "awaiting-approval": 4,
    "approved": 5,
}


def _order(query: ReviewQuery) -> list[ColumnElement[Any]]:
    """Return the ORDER BY terms for the query, with the row key as a stable tie-break."""
    column: ColumnElement[Any]
    match query.sort:
        case SortKey.CREATED:
            column = ReviewRow.created_at.expression
        case SortKey.TITLE:
            column = func.lower(ReviewRow.title)
        case SortKey.ORGANISATION:
            column = func.lower(ReviewRow.organisation)
        case SortKey.STATUS:
            column = case(_STATUS_RANK, value=ReviewRow.status, else_=-1)
        case SortKey.VERDICT:
            # Severity order, not alphabetical: prohibited is the most serious. A verdict is
            # ranked as the list reads it: "At least: High" as high, "Incomplete" with the
            # unassessed, since its stored verdict may still rise.
            column = case(
                (
                    ReviewRow.answers_complete | ReviewRow.verdict.in_(_FLOORS),
                    case(_VERDICT_RANK, value=ReviewRow.verdict, else_=-1),
                ),
                else_=-1,
            )
        case _:
            column = ReviewRow.updated_at.expression
    if query.descending:
        return [column.desc(), ReviewRow.pk.desc()]
    return [column.asc(), ReviewRow.pk.asc()]


def count_matching(session: Session, dialect: str, query: ReviewQuery) -> int:
    """Return how many reviews match the query's filters."""
    statement = apply_filters(
        select(func.count()).select_from(ReviewRow),
        dialect,
        search=query.search,
        status=query.status.value if query.status else None,
        approver=query.approver,
        verdict=query.verdict.value if query.verdict else None,
        since=query.since,
        until=query.until,
    )
    today = query.as_of or now().date()
    if query.suspended:
        statement = statement.where(suspended_clause(today))
    statement = apply_focus(statement, query, today)
    return int(session.scalar(statement) or 0)
