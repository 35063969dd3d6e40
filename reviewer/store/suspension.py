"""Which approvals stand suspended on a day, computed from dates in SQL, never stored."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, Subquery, and_, or_, select, union
from sqlalchemy.orm import Session, aliased

from reviewer.followup import Condition, Suspension, suspension_of
from reviewer.records import ReviewStatus
from reviewer.store.followup import condition_of
from reviewer.store.models import ConditionRow, ReviewRow, RevisionRow


def lapsed_review(today: date) -> ColumnElement[bool]:
    """Return SQL: the current revision has a next-review date before the day."""
    # An alias, so a query that joins the current revision already still gets its own.
    revision = aliased(RevisionRow)
    return (
        select(revision.pk)
        .where(
            revision.review_pk == ReviewRow.pk,
            revision.number == ReviewRow.current_revision,
            revision.next_review < today.isoformat(),
        )
        .correlate(ReviewRow)
        .exists()
    )


def lapsed_condition(today: date) -> ColumnElement[bool]:
    """Return SQL: the current revision has an open condition due before the day."""
    condition = aliased(ConditionRow)
    return (
        select(condition.pk)
        .where(
            condition.review_pk == ReviewRow.pk,
            condition.revision == ReviewRow.current_revision,
            condition.status == "open",
            condition.due_date < today.isoformat(),
        )
        .correlate(ReviewRow)
        .exists()
    )


def suspended_clause(today: date) -> ColumnElement[bool]:
    """Return SQL: the review is approved, but its re-review or a condition has lapsed."""
    return and_(
        ReviewRow.status == ReviewStatus.APPROVED.value,
        or_(lapsed_review(today), lapsed_condition(today)),
    )


def suspended_keys(today: date) -> Subquery:
    """Return SQL: the keys of suspended approvals, from the date indexes (for counting)."""
    # `status || ''` keeps the planner on the date indexes: few dates have lapsed, while many
    # reviews are approved.
    approved = (ReviewRow.status + "") == ReviewStatus.APPROVED.value
    late_review = (
        select(RevisionRow.review_pk.label("pk"))
        .join(
            ReviewRow,
            and_(
                ReviewRow.pk == RevisionRow.review_pk,
                ReviewRow.current_revision == RevisionRow.number,
            ),
        )
        .where(RevisionRow.next_review < today.isoformat(), approved)
    )
    late_condition = (
        select(ConditionRow.review_pk.label("pk"))
        .join(
            ReviewRow,
            and_(
                ReviewRow.pk == ConditionRow.review_pk,
                ReviewRow.current_revision == ConditionRow.revision,
            ),
        )
        .where(
            ConditionRow.status == "open",
            ConditionRow.due_date < today.isoformat(),
            approved,
        )
    )
    return union(late_review, late_condition).subquery()


def suspensions(
    session: Session, reviews: Sequence[ReviewRow], today: date
) -> dict[int, Suspension]:
    """Return why each approved review of a page is suspended, by review key."""
    approved = {r.pk: r for r in reviews if r.status == ReviewStatus.APPROVED.value}
    if not approved:
        return {}
    next_review: dict[int, str | None] = dict(
        session.execute(
            select(RevisionRow.review_pk, RevisionRow.next_review)
            .join(ReviewRow, ReviewRow.pk == RevisionRow.review_pk)
            .where(
                RevisionRow.review_pk.in_(approved),
                RevisionRow.number == ReviewRow.current_revision,
            )
        ).all()
    )
    conditions: dict[int, list[Condition]] = defaultdict(list)
    for row in session.scalars(
        select(ConditionRow)
        .join(ReviewRow, ReviewRow.pk == ConditionRow.review_pk)
        .where(
            ConditionRow.review_pk.in_(approved),
            ConditionRow.revision == ReviewRow.current_revision,
            ConditionRow.status == "open",
        )
        .order_by(ConditionRow.number)
    ):
        conditions[row.review_pk].append(condition_of(row, approved[row.review_pk].reference))
    found: dict[int, Suspension] = {}
    for pk in approved:
        day = next_review.get(pk)
        suspension = suspension_of(
            date.fromisoformat(day) if day else None, conditions.get(pk, []), today
        )
        if suspension is not None:
            found[pk] = suspension
    return found
