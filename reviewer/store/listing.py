"""The review list: one page of summaries, filtered and searched, newest change first."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reviewer.records import ReviewQuery, ReviewSummary
from reviewer.store.models import ReviewRow
from reviewer.store.repository import summary_of
from reviewer.store.search import apply_filters

MAX_PAGE = 500


def list_summaries(session: Session, dialect: str, query: ReviewQuery) -> list[ReviewSummary]:
    """Return the page of reviews the query asks for."""
    statement = apply_filters(
        select(ReviewRow),
        dialect,
        search=query.search,
        status=query.status.value if query.status else None,
        verdict=query.verdict.value if query.verdict else None,
        since=query.since,
        until=query.until,
    )
    statement = (
        statement.order_by(ReviewRow.updated_at.desc(), ReviewRow.pk.desc())
        .limit(max(1, min(query.limit, MAX_PAGE)))
        .offset(max(0, query.offset))
    )
    return [summary_of(row) for row in session.scalars(statement)]


def count_matching(session: Session, dialect: str, query: ReviewQuery) -> int:
    """Return how many reviews match the query's filters."""
    statement = apply_filters(
        select(func.count()).select_from(ReviewRow),
        dialect,
        search=query.search,
        status=query.status.value if query.status else None,
        verdict=query.verdict.value if query.verdict else None,
        since=query.since,
        until=query.until,
    )
    return int(session.scalar(statement) or 0)
