"""Which approvals stand suspended on a day, computed from dates in SQL, never stored."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import ColumnElement, ScalarSelect, Subquery, and_, select, union
from sqlalchemy.orm import InstrumentedAttribute, Session

from reviewer.followup import Condition, Suspension, suspension_of
from reviewer.records import ReviewStatus
from reviewer.store.followup import condition_of
from reviewer.store.models import ConditionRow, ReviewRow, RevisionRow


def suspended_clause(today: date) -> ColumnElement[bool]:
    """Return SQL: the review is approved, but its re-review or a condition has lapsed."""
    keys = suspended_keys(today)
    return ReviewRow.pk.in_(select(keys.c.pk))


def current_revision_of(
    review_pk: InstrumentedAttribute[int], approved: bool = False
) -> ScalarSelect[int]:
    """Return SQL: the current revision number of a review (of an approved one, if asked).

    A scalar subquery, so the database looks each review up by key instead of joining all.
    """
    statement = select(ReviewRow.current_revision).where(ReviewRow.pk == review_pk)
    if approved:
        statement = statement.where(ReviewRow.status == ReviewStatus.APPROVED.value)
    return statement.correlate_except(ReviewRow).scalar_subquery()


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
        .correlate(None)
    )
    late_condition = select(ConditionRow.review_pk.label("pk")).where(
        ConditionRow.status == "open",
        ConditionRow.due_date < today.isoformat(),
        ConditionRow.revision == current_revision_of(ConditionRow.review_pk, approved=True),
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
