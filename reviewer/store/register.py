"""The register query: one row per review with its decision and condition counts, streamed."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, cast

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from reviewer.records import ReviewQuery, ReviewStatus
from reviewer.register import RegisterLine
from reviewer.store.focus import apply_focus
from reviewer.store.models import ConditionRow, ReviewRow, RevisionRow, SignedReportRow
from reviewer.store.search import apply_filters
from reviewer.store.suspension import suspended_clause

COUNTERSIGNED = "countersigned"


def register_statement(dialect: str, query: ReviewQuery, today: date) -> Select[Any]:
    """Return the SELECT of the register: filters as in the review list, oldest first."""
    day = today.isoformat()
    counts = (
        select(
            ConditionRow.review_pk,
            ConditionRow.revision,
            func.count().label("open"),
            func.sum(case((ConditionRow.due_date < day, 1), else_=0)).label("overdue"),
        )
        .where(ConditionRow.status == "open")
        .group_by(ConditionRow.review_pk, ConditionRow.revision)
        .subquery()
    )
    current = and_(
        RevisionRow.review_pk == ReviewRow.pk, RevisionRow.number == ReviewRow.current_revision
    )
    # Typed loosely: the filters below take any select over reviews.
    statement = cast(
        "Select[Any]",
        select(
            ReviewRow.reference,
            ReviewRow.title,
            ReviewRow.organisation,
            ReviewRow.status,
            ReviewRow.verdict,
            RevisionRow.outcome,
            RevisionRow.decided_by,
            RevisionRow.decider_email,
            RevisionRow.decided_at,
            RevisionRow.signed_at,
            SignedReportRow.signer,
            SignedReportRow.recorded_at,
            ReviewRow.approver,
            ReviewRow.created_at,
            ReviewRow.updated_at,
            ReviewRow.due_date,
            RevisionRow.next_review,
            counts.c.open,
            counts.c.overdue,
            ReviewRow.answers_complete,
        )
        .join(RevisionRow, current)
        .outerjoin(
            SignedReportRow,
            and_(
                SignedReportRow.review_pk == ReviewRow.pk,
                SignedReportRow.revision == ReviewRow.current_revision,
                SignedReportRow.kind == COUNTERSIGNED,
            ),
        )
        .outerjoin(
            counts,
            and_(
                counts.c.review_pk == ReviewRow.pk,
                counts.c.revision == ReviewRow.current_revision,
            ),
        ),
    )
    statement = apply_filters(
        statement,
        dialect,
        search=query.search,
        status=query.status.value if query.status else None,
        approver=query.approver,
        verdict=query.verdict.value if query.verdict else None,
        since=query.since,
        until=query.until,
    )
    if query.suspended:
        statement = statement.where(suspended_clause(today))
    statement = apply_focus(statement, query, today)
    return statement.order_by(ReviewRow.created_at, ReviewRow.pk)


def register_rows(
    session: Session, dialect: str, query: ReviewQuery, today: date
) -> Iterator[RegisterLine]:
    """Yield the register's rows, a few hundred at a time from the database."""
    statement = register_statement(dialect, query, today).execution_options(yield_per=2000)
    day = today.isoformat()
    for r in session.execute(statement):
        (ref, title, org, status, verdict, outcome, by, email, decided, signed) = r[:10]
        (countersigner, approved, assigned, created, updated, due, next_review) = r[10:17]
        open_, overdue, complete = int(r[17] or 0), int(r[18] or 0), bool(r[19])
        reasons = []
        if status == ReviewStatus.APPROVED.value:
            if next_review is not None and next_review < day:
                reasons.append(f"its re-review was due on {next_review}")
            if overdue:
                reasons.append(f"{overdue} open condition(s) past their due date")
        # A plain tuple, not a validated model: 100,000 of them are written in seconds.
        yield RegisterLine(
            ref,
            title,
            org,
            status,
            bool(reasons),
            "suspended, pending re-review: " + "; ".join(reasons) if reasons else None,
            verdict,
            verdict is not None and not complete,
            outcome,
            (f"{by} <{email}>" if email else by) if by else None,
            decided,
            signed,
            countersigner or assigned or None,
            approved,
            created,
            updated,
            date.fromisoformat(due) if due else None,
            date.fromisoformat(next_review) if next_review else None,
            open_,
            overdue,
        )
