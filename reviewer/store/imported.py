"""Audit events brought in by bundles: one review's whole history, lookups, and their check.

A bundle's events keep the hashes they were given in their home database. They enter this
database's chain through one local `bundle-import` event that lists their hashes; they are
kept as they were in table `imported_events`. A review's history is then its imported events,
each placed just before the `bundle-import` event that brought it, among its local events.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.records import AuditEvent
from reviewer.store.audit import EventKind, event_hash, find_event, to_event
from reviewer.store.models import AuditEventRow, ImportedEventRow

NOT_CHANGES = frozenset({EventKind.EXPORT.value, EventKind.BUNDLE_IMPORT.value})
"""Event kinds that change nothing in a review: left out when two histories are compared."""


@dataclass(frozen=True)
class ForeignEvent:
    """One audit event as a bundle carries it, with the hashes of its home database's chain."""

    source_seq: int
    at: str
    actor: str
    kind: str
    review_id: str | None
    detail: str
    state_digest: str
    prev_hash: str
    hash: str

    def recomputed_hash(self) -> str:
        """Return the hash its fields give: equal to `hash` unless it was edited."""
        return event_hash(
            self.at,
            self.actor,
            self.kind,
            self.review_id,
            self.detail,
            self.state_digest,
            self.prev_hash,
        )

    def describe(self) -> str:
        """Name the event for a message: its number at home, kind, time and actor."""
        return f"event #{self.source_seq} ({self.kind}, recorded {self.at} by {self.actor})"


def _imported_event(row: ImportedEventRow) -> AuditEvent:
    """Copy an imported event into a plain object (seq is its number in its home database)."""
    return AuditEvent(
        seq=row.source_seq,
        at=datetime.fromisoformat(row.at),
        actor=row.actor,
        kind=row.kind,
        review_id=row.review_id,
        detail=json.loads(row.detail),
        state_digest=row.state_digest,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def full_history(session: Session, review_id: str) -> list[AuditEvent]:
    """Return a review's whole history, imported and local events together, oldest first."""
    keyed: list[tuple[tuple[int, int, int], AuditEvent]] = []
    for row in session.scalars(
        select(ImportedEventRow).where(ImportedEventRow.review_id == review_id)
    ):
        keyed.append(((row.import_seq, 0, row.position), _imported_event(row)))
    for local in session.scalars(select(AuditEventRow).where(AuditEventRow.review_id == review_id)):
        keyed.append(((local.seq, 1, 0), to_event(local)))
    keyed.sort(key=lambda pair: pair[0])
    return [event for _, event in keyed]


def foreign_events(session: Session, review_id: str) -> list[ForeignEvent]:
    """Return a review's whole history as a bundle carries it, details exactly as hashed."""
    keyed: list[tuple[tuple[int, int, int], ForeignEvent]] = []
    for row in session.scalars(
        select(ImportedEventRow).where(ImportedEventRow.review_id == review_id)
    ):
        keyed.append(((row.import_seq, 0, row.position), as_foreign(row, row.source_seq)))
    for local in session.scalars(select(AuditEventRow).where(AuditEventRow.review_id == review_id)):
        keyed.append(((local.seq, 1, 0), as_foreign(local, local.seq)))
    keyed.sort(key=lambda pair: pair[0])
    return [event for _, event in keyed]


def as_foreign(row: ImportedEventRow | AuditEventRow, seq: int) -> ForeignEvent:
    """Copy a stored event, local or imported, as a bundle carries it."""
    return ForeignEvent(
        source_seq=seq,
        at=row.at,
        actor=row.actor,
        kind=row.kind,
        review_id=row.review_id,
        detail=row.detail,
        state_digest=row.state_digest,
        prev_hash=row.prev_hash,
        hash=row.hash,
    )


def find_any_event(session: Session, hash_: str) -> AuditEvent | None:
    """Return the event with this hash, local or imported, or None."""
    local = find_event(session, hash_)
    if local is not None:
        return local
    row = session.scalars(
        select(ImportedEventRow).where(ImportedEventRow.hash == hash_)
    ).one_or_none()
    return _imported_event(row) if row is not None else None


def known_change_hashes(session: Session, review_id: str) -> set[str]:
    """Return the hashes of every event that changed a review here, imported or local."""
    imported = session.scalars(
        select(ImportedEventRow.hash).where(
            ImportedEventRow.review_id == review_id, ImportedEventRow.kind.not_in(NOT_CHANGES)
        )
    )
    local = session.scalars(
        select(AuditEventRow.hash).where(
            AuditEventRow.review_id == review_id, AuditEventRow.kind.not_in(NOT_CHANGES)
        )
    )
    return set(imported) | set(local)


def keep_imported(
    session: Session, import_seq: int, events: Sequence[ForeignEvent], review_id: str
) -> int:
    """Keep the events this database does not hold yet; return how many were new."""
    held = set(
        session.scalars(
            select(ImportedEventRow.hash).where(ImportedEventRow.review_id == review_id)
        )
    ) | set(session.scalars(select(AuditEventRow.hash).where(AuditEventRow.review_id == review_id)))
    new = [e for e in events if e.hash not in held]
    session.add_all(
        ImportedEventRow(
            import_seq=import_seq,
            position=position,
            review_id=review_id,
            source_seq=e.source_seq,
            at=e.at,
            actor=e.actor,
            kind=e.kind,
            detail=e.detail,
            state_digest=e.state_digest,
            prev_hash=e.prev_hash,
            hash=e.hash,
        )
        for position, e in enumerate(new)
    )
    return len(new)


def imported_problem(session: Session) -> str | None:
    """Return the first imported event that the chain does not account for, in words.

    Each kept event must still match its hash and be listed by the `bundle-import` event that
    brought it; each event a `bundle-import` event lists must still be held here.
    """
    imports = {
        row.seq: row
        for row in session.scalars(
            select(AuditEventRow).where(AuditEventRow.kind == EventKind.BUNDLE_IMPORT.value)
        )
    }
    listed = {seq: set(json.loads(row.detail).get("events", [])) for seq, row in imports.items()}
    held: set[str] = set()
    for row in session.scalars(select(ImportedEventRow).order_by(ImportedEventRow.pk)):
        name = (
            f"imported event #{row.source_seq} ({row.kind} on review {row.review_id}, "
            f"recorded {row.at} by {row.actor})"
        )
        recomputed = event_hash(
            row.at, row.actor, row.kind, row.review_id, row.detail, row.state_digest, row.prev_hash
        )
        if recomputed != row.hash:
            return f"{name} was edited after it was imported: it no longer matches its hash"
        if row.hash not in listed.get(row.import_seq, set()):
            return f"{name} is not listed by the bundle-import event #{row.import_seq}"
        held.add(row.hash)
    local = set(session.scalars(select(AuditEventRow.hash)))
    for seq, hashes in sorted(listed.items()):
        missing = hashes - held - local
        if missing:
            return (
                f"bundle-import event #{seq} lists {len(missing)} event(s) that are no longer "
                f"held (first: {sorted(missing)[0][:16]}…): imported events were deleted"
            )
    return None
