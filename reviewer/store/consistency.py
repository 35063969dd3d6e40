"""Checking reviews and policy packs against the audit trail: complete, changed only through it."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from reviewer.errors import ReviewerError
from reviewer.records import AuditReport
from reviewer.store.audit import ChainReport, verify_chain
from reviewer.store.completeness import answers_complete
from reviewer.store.followup import all_follow_up_states
from reviewer.store.imported import imported_problem
from reviewer.store.models import AttachmentRow, PolicyPackVersion, ReviewRow, RevisionRow
from reviewer.store.policies import audited_pack_hashes
from reviewer.store.repository import pack_from_row, state_digest


def review_problems(session: Session, chain: ChainReport) -> tuple[int, str | None]:
    """Return how many reviews were checked and the first one that disagrees with the trail."""
    hashes: dict[int, list[str]] = defaultdict(list)
    for review_pk, sha256 in session.execute(
        select(AttachmentRow.review_pk, AttachmentRow.sha256).order_by(AttachmentRow.pk)
    ):
        hashes[review_pk].append(sha256)
    follow_up = all_follow_up_states(session)
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
        return _first_problem(result, chain, hashes, follow_up)
    finally:
        result.close()


def _first_problem(
    rows: Iterable[Any],
    chain: ChainReport,
    hashes: dict[int, list[str]],
    follow_up: dict[int, list[Any]],
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
        state = follow_up.get(review.pk, [])
        if state_digest(review, revision, hashes.get(review.pk, []), state) != recorded[1]:
            return checked, (
                f"{name} was changed outside Reviewer: it no longer matches the state recorded "
                f"by its last audit event #{recorded[0]}"
            )
        if bool(review.answers_complete) != answers_complete(revision.assessment):
            marked = "complete" if review.answers_complete else "incomplete"
            return checked, (
                f"{name} was changed outside Reviewer: it is marked as having its required "
                f"answers {marked}, which its recorded answers and assessment contradict"
            )
    return checked, None


def pack_problem(session: Session) -> str | None:
    """Return the first stored policy pack that the trail does not account for, in words.

    Every pack row must have a policy-import event carrying its hash and its id and version,
    its body must still have that hash, and no id and version may name two contents.
    """
    audited = audited_pack_hashes(session)
    labels: dict[tuple[str, str], str] = {}
    rows = session.scalars(select(PolicyPackVersion).order_by(PolicyPackVersion.pk))
    for row in rows:
        name = f"policy pack {row.pack_id} {row.version} (sha256 {row.sha256[:16]}…)"
        label = audited.get(row.sha256)
        if label is None:
            return (
                f"{name} has no policy-import audit event: it was added outside Reviewer. "
                "It is not used as a current pack; remove it, or import the pack file again"
            )
        if label != (row.pack_id, row.version):
            return (
                f"{name} was imported as {label[0]} {label[1]}: its id or version was changed "
                "outside Reviewer"
            )
        try:
            pack_from_row(row)
        except ReviewerError:
            return f"{name} was changed outside Reviewer: its content no longer has its hash"
        other = labels.setdefault((row.pack_id, row.version), row.sha256)
        if other != row.sha256:
            return (
                f"policy pack {row.pack_id} {row.version} is stored with two contents "
                f"(sha256 {other[:16]}… and {row.sha256[:16]}…); a pack id and version must "
                "name one content"
            )
    return None


def audit_report(session: Session) -> AuditReport:
    """Walk the audit chain, then check every review and every stored policy pack against it."""
    chain = verify_chain(session)
    if not chain.ok:
        return AuditReport(ok=False, events=chain.events, reviews_checked=0, problem=chain.problem)
    checked, problem = review_problems(session, chain)
    problem = problem or pack_problem(session) or imported_problem(session)
    return AuditReport(
        ok=problem is None, events=chain.events, reviews_checked=checked, problem=problem
    )
