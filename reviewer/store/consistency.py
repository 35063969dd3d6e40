"""Cross-checking every review against the audit trail: complete, and changed only through it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from reviewer.records import AuditReport
from reviewer.store.audit import ChainReport, verify_chain
from reviewer.store.models import AttachmentRow, ReviewRow, RevisionRow
from reviewer.store.repository import state_digest


def review_problems(session: Session, chain: ChainReport) -> tuple[int, str | None]:
    """Return how many reviews were checked and the first one that disagrees with the trail."""
    hashes: dict[int, list[str]] = defaultdict(list)
    for review_pk, sha256 in session.execute(
        select(AttachmentRow.review_pk, AttachmentRow.sha256).order_by(AttachmentRow.pk)
    ):
        hashes[review_pk].append(sha256)
    statement = (
        select(ReviewRow, RevisionRow)
        .outerjoin(
            RevisionRow,
            (RevisionRow.review_pk == ReviewRow.pk)
            & (RevisionRow.number == ReviewRow.current_revision),
        )
        .options(joinedload(RevisionRow.questionnaire))
        .order_by(ReviewRow.pk)
        .execution_options(yield_per=500)
    )
    result = session.execute(statement)
    try:
        return _first_problem(result, chain, hashes)
    finally:
        result.close()


def _first_problem(
    rows: Iterable[Any], chain: ChainReport, hashes: dict[int, list[str]]
) -> tuple[int, str | None]:
    """Walk the reviews and return the count checked and the first disagreement."""
    checked = 0
    for review, revision in rows:
        checked += 1
        name = f"review {review.id} ({review.title!r})"
        if revision is None:
            return (
                checked,
                f"{name} is incomplete: its revision {review.current_revision} is missing",
            )
        recorded = chain.last_digest_by_review.get(review.id)
        if recorded is None:
            return checked, f"{name} has no audit events: it was added outside Reviewer"
        if state_digest(review, revision, hashes.get(review.pk, [])) != recorded[1]:
            return checked, (
                f"{name} was changed outside Reviewer: it no longer matches the state recorded "
                f"by its last audit event #{recorded[0]}"
            )
    return checked, None


def audit_report(session: Session) -> AuditReport:
    """Walk the audit chain, then check every review against its last recorded state."""
    chain = verify_chain(session)
    if not chain.ok:
        return AuditReport(ok=False, events=chain.events, reviews_checked=0, problem=chain.problem)
    checked, problem = review_problems(session, chain)
    return AuditReport(
        ok=problem is None, events=chain.events, reviews_checked=checked, problem=problem
    )
