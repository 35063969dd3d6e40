"""The audit trail: an append-only hash chain of events, and the walk that verifies it."""

from __future__ import annotations

import getpass
import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.canonical import canonical_json
from reviewer.records import AuditEvent
from reviewer.store.models import AuditEventRow, AuditHead

GENESIS = "0" * 64
_HEAD_KEY = "reviewer.audit_head"


class EventKind(StrEnum):
    """What happened, as recorded in the trail."""

    CREATE = "create"
    IMPORT = "import"
    ANSWER = "answer"
    ASSESS = "assess"
    SUBMIT = "submit"
    DECIDE = "decide"
    SIGN = "sign"
    COUNTERSIGN = "countersign"
    EXPORT = "export"
    ATTACHMENT = "attachment"
    EVIDENCE_DESCRIBED = "evidence-described"
    POLICY_IMPORT = "policy-import"
    REOPEN = "reopen"
    RETURN = "return"
    ESCALATE = "escalate"
    SCHEMA_UPGRADE = "schema-upgrade"
    BUNDLE_IMPORT = "bundle-import"
    OBLIGATION = "obligation"
    CONDITION = "condition"


@dataclass(frozen=True)
class ChainReport:
    """The outcome of walking the chain: how far it held, and the first broken link in words."""

    events: int
    problem: str | None = None
    last_digest_by_review: dict[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """Tell whether every link held."""
        return self.problem is None


def current_user() -> str:
    """Return the operating-system user who is making changes."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown user"


def event_hash(
    at: str,
    actor: str,
    kind: str,
    review_id: str | None,
    detail: str,
    state_digest: str,
    prev_hash: str,
) -> str:
    """Hash every field of an event with the previous hash, so no field can change unnoticed.

    The sequence number is left out on purpose: order is fixed by the links, so a reordered
    event reads as out of order rather than as edited.
    """
    body = canonical_json(
        {
            "at": at,
            "actor": actor,
            "kind": kind,
            "review_id": review_id,
            "detail": detail,
            "state_digest": state_digest,
            "prev_hash": prev_hash,
        }
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def lock_head(session: Session) -> AuditHead:
    """Lock the chain's head so appends happen one at a time (SQLite holds its write lock)."""
    head = session.info.get(_HEAD_KEY)
    if isinstance(head, AuditHead):
        return head
    head = session.scalars(select(AuditHead).where(AuditHead.pk == 1).with_for_update()).one()
    # The lock lasts until the transaction ends; Store.write clears this before the next one.
    session.info[_HEAD_KEY] = head
    return head


def forget_head(session: Session) -> None:
    """Drop the locked head remembered for this transaction."""
    session.info.pop(_HEAD_KEY, None)


def append_event(
    session: Session,
    *,
    actor: str,
    kind: EventKind,
    review_id: str | None,
    detail: dict[str, Any],
    state_digest: str,
    when: datetime | None = None,
) -> AuditEventRow:
    """Append one event after the current head, inside the caller's transaction."""
    head = lock_head(session)
    at = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
    detail_text = canonical_json(detail)
    seq = head.last_seq + 1
    own = event_hash(at, actor, kind.value, review_id, detail_text, state_digest, head.last_hash)
    row = AuditEventRow(
        seq=seq,
        at=at,
        actor=actor,
        kind=kind.value,
        review_id=review_id,
        detail=detail_text,
        state_digest=state_digest,
        prev_hash=head.last_hash,
        hash=own,
    )
    session.add(row)
    head.last_seq = seq
    head.last_hash = own
    head.event_count += 1
    return row


def to_event(row: AuditEventRow) -> AuditEvent:
    """Copy a stored event into a plain object."""
    return AuditEvent(
        seq=row.seq,
        at=datetime.fromisoformat(row.at),
        actor=row.actor,
        kind=row.kind,
        review_id=row.review_id,
        detail=json.loads(row.detail),
        state_digest=row.state_digest,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def review_history(session: Session, review_id: str) -> list[AuditEvent]:
    """Return one review's events, oldest first."""
    rows = session.scalars(
        select(AuditEventRow)
        .where(AuditEventRow.review_id == review_id)
        .order_by(AuditEventRow.seq)
    )
    return [to_event(row) for row in rows]


def find_event(session: Session, event_hash: str) -> AuditEvent | None:
    """Return the event with this hash, or None when the trail holds no such event."""
    row = session.scalars(
        select(AuditEventRow).where(AuditEventRow.hash == event_hash)
    ).one_or_none()
    return to_event(row) if row is not None else None


def _describe(row: AuditEventRow) -> str:
    """Name an event for a message: number, kind, review and time."""
    about = f" on review {row.review_id}" if row.review_id else ""
    return f"event #{row.seq} ({row.kind}{about}, recorded {row.at} by {row.actor})"


def verify_chain(session: Session) -> ChainReport:
    """Walk the whole chain in order and report the first broken link in words."""
    rows = list(session.scalars(select(AuditEventRow).order_by(AuditEventRow.seq)))
    position = {row.hash: index for index, row in enumerate(rows)}
    digests: dict[str, tuple[int, str]] = {}
    expected_prev = GENESIS
    for index, row in enumerate(rows):
        problem = _link_problem(rows, index, expected_prev, position)
        if problem:
            return ChainReport(events=index, problem=problem)
        if row.review_id:
            digests[row.review_id] = (row.seq, row.state_digest)
        expected_prev = row.hash
    head = session.get(AuditHead, 1)
    if head is None:
        return ChainReport(events=len(rows), problem="the audit trail's head record is missing")
    last = rows[-1] if rows else None
    if head.last_hash != expected_prev or head.event_count != len(rows):
        found = f"ends at {_describe(last)}" if last else "is empty"
        return ChainReport(
            events=len(rows),
            problem=(
                f"{head.event_count} events were recorded, the last being event "
                f"#{head.last_seq}, but the trail now holds {len(rows)} and {found}: "
                "events at the end were deleted or added outside Reviewer"
            ),
        )
    return ChainReport(events=len(rows), last_digest_by_review=digests)


def _link_problem(
    rows: list[AuditEventRow], index: int, expected_prev: str, position: dict[str, int]
) -> str | None:
    """Explain why event `index` does not hold or does not follow its predecessor, if so."""
    row = rows[index]
    intact = row.hash == event_hash(
        row.at,
        row.actor,
        row.kind,
        row.review_id,
        row.detail,
        row.state_digest,
        row.prev_hash,
    )
    linked = row.prev_hash == expected_prev
    if linked and intact:
        return None
    if not intact:
        return f"{_describe(row)} was edited after it was recorded: it no longer matches its hash"
    if row.prev_hash in position:
        points_at = position[row.prev_hash]
        if points_at >= index:
            return (
                f"{_describe(row)} is out of order: it was recorded after "
                f"event #{rows[points_at].seq}, which now comes later (events were reordered)"
            )
        inserted = ", ".join(f"#{r.seq}" for r in rows[points_at + 1 : index])
        return (
            f"event(s) {inserted} were inserted into the trail: {_describe(row)} was recorded "
            f"directly after event #{rows[points_at].seq}"
        )
    if row.prev_hash == GENESIS:
        return (
            f"event(s) were inserted at the start of the trail: {_describe(row)} was the first "
            "event recorded"
        )
    if index == 0:
        return f"events before {_describe(row)} were deleted from the start of the trail"
    return (
        f"an event between #{rows[index - 1].seq} and #{row.seq} was deleted: "
        f"{_describe(row)} follows an event that is no longer in the trail"
    )
