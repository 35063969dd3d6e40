"""Policy pack versions kept in the store: importing new ones and choosing the current set."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.policy import PolicyPack
from reviewer.records import PackVersion
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, append_event
from reviewer.store.models import PolicyPackVersion


def import_pack(
    session: Session, pack: PolicyPack, shipped: Sequence[PolicyPack], actor: str
) -> tuple[PackVersion, bool]:
    """Store a pack version and record the import; an already stored version is left as is.

    The shipped packs are stored first, so the imported version is the newer one.
    """
    for shipped_pack in shipped:
        store_pack_version(session, shipped_pack, actor)
    row, created = store_pack_version(session, pack, actor)
    return _version_of(row), created


def store_pack_version(
    session: Session, pack: PolicyPack, actor: str
) -> tuple[PolicyPackVersion, bool]:
    """Store one pack version if new, recording a policy-import event."""
    row, created = repo.ensure_pack(session, pack)
    if created:
        append_event(
            session,
            actor=actor,
            kind=EventKind.POLICY_IMPORT,
            review_id=None,
            detail={"pack": pack.id, "version": pack.version, "sha256": pack.sha256},
            state_digest=pack.sha256,
        )
    return row, created


def current_packs(session: Session, shipped: Sequence[PolicyPack]) -> list[PolicyPack]:
    """Return, for each pack id, the version stored most recently.

    A shipped version not stored yet counts as the newest, so an app upgrade brings its new
    packs in. Pack ids known only from imports follow the shipped ones, by id.
    """
    latest: dict[str, PolicyPackVersion] = {}
    stored_hashes: set[str] = set()
    for row in session.scalars(
        select(PolicyPackVersion).order_by(PolicyPackVersion.stored_at, PolicyPackVersion.pk)
    ):
        latest[row.pack_id] = row
        stored_hashes.add(row.sha256)
    chosen: list[PolicyPack] = []
    for pack in shipped:
        found = latest.get(pack.id)
        if found is None or pack.sha256 not in stored_hashes or found.sha256 == pack.sha256:
            chosen.append(pack)
        else:
            chosen.append(repo.pack_from_row(found))
    shipped_ids = {p.id for p in shipped}
    for pack_id in sorted(set(latest) - shipped_ids):
        chosen.append(repo.pack_from_row(latest[pack_id]))
    return chosen


def stored_packs(session: Session) -> list[PolicyPack]:
    """Return every stored pack version, oldest first."""
    rows = session.scalars(
        select(PolicyPackVersion).order_by(PolicyPackVersion.stored_at, PolicyPackVersion.pk)
    )
    return [repo.pack_from_row(row) for row in rows]


def pack_versions(session: Session) -> list[PackVersion]:
    """List every stored pack version, newest first within each pack."""
    rows = session.scalars(
        select(PolicyPackVersion).order_by(
            PolicyPackVersion.pack_id, PolicyPackVersion.stored_at.desc()
        )
    )
    return [_version_of(row) for row in rows]


def _version_of(row: PolicyPackVersion) -> PackVersion:
    """Describe a stored pack version."""
    return PackVersion(
        pack_id=row.pack_id,
        version=row.version,
        sha256=row.sha256,
        stored_at=row.stored_at.astimezone(UTC),
    )
