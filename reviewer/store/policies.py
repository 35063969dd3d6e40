"""Policy pack versions kept in the store: importing new ones and choosing the current set."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import PackLabelError, StoreError
from reviewer.policy import PolicyPack
from reviewer.records import PackVersion
from reviewer.store import repository as repo
from reviewer.store.audit import EventKind, append_event
from reviewer.store.models import AuditEventRow, PolicyPackVersion


def import_pack(
    session: Session,
    pack: PolicyPack,
    shipped: Sequence[PolicyPack],
    actor: str,
    signed_by: Mapping[str, str] | None = None,
) -> tuple[PackVersion, bool]:
    """Store a pack version and record the import; an already stored version is left as is.

    The shipped packs are stored first, so the imported version is the newer one. When the
    pack file was signed, `signed_by` (signer and certificate hash) goes into the event.
    """
    for shipped_pack in shipped:
        store_pack_version(session, shipped_pack, actor)
    row, created = store_pack_version(session, pack, actor, signed_by)
    return _version_of(row), created


def store_pack_version(
    session: Session, pack: PolicyPack, actor: str, signed_by: Mapping[str, str] | None = None
) -> tuple[PolicyPackVersion, bool]:
    """Store one pack version if new, recording a policy-import event.

    A pack id and version name one content forever: a different content under a label already
    imported is refused. A row with this content that has no import event (it was put there
    outside Reviewer) is adopted only if its body really has this content and its label is
    this pack's; the import is then recorded, so the person importing vouches for it.
    """
    audited = audited_pack_hashes(session)
    for sha256, label in audited.items():
        if label == (pack.id, pack.version) and sha256 != pack.sha256:
            raise PackLabelError(
                f"policy pack {pack.id} version {pack.version} is already stored with other "
                f"content (sha256 {sha256[:16]}…; this file has {pack.sha256[:16]}…). "
                "A pack id and version name one content forever: give the changed pack a new "
                "version."
            )
    row, created = repo.ensure_pack(session, pack)
    if not created and audited.get(pack.sha256) == (pack.id, pack.version):
        return row, False
    if not created:
        if (row.pack_id, row.version) != (pack.id, pack.version):
            raise StoreError(
                f"stored policy pack {row.pack_id} {row.version} (sha256 {row.sha256[:16]}…) "
                "was added outside Reviewer under a wrong label; remove it, then import again"
            )
        repo.pack_from_row(row)  # raises if the row's body is not this content
    append_event(
        session,
        actor=actor,
        kind=EventKind.POLICY_IMPORT,
        review_id=None,
        detail={
            "pack": pack.id,
            "version": pack.version,
            "sha256": pack.sha256,
            **(dict(signed_by) if signed_by else {}),
        },
        state_digest=pack.sha256,
    )
    return row, True


def audited_pack_hashes(session: Session) -> dict[str, tuple[str, str]]:
    """Return, for each pack content hash with a policy-import event, its (id, version).

    The event's state digest is the hash; its detail names the label the content was
    imported under. The chain itself is checked by `verify_chain`, not here.
    """
    found: dict[str, tuple[str, str]] = {}
    events = session.execute(
        select(AuditEventRow.state_digest, AuditEventRow.detail)
        .where(AuditEventRow.kind == EventKind.POLICY_IMPORT.value)
        .order_by(AuditEventRow.seq)
    )
    for digest, detail_text in events:
        detail = _detail(detail_text)
        pack_id, version = detail.get("pack"), detail.get("version")
        if detail.get("sha256") == digest and isinstance(pack_id, str) and isinstance(version, str):
            found.setdefault(digest, (pack_id, version))
    return found


def unaudited_pack_hashes(session: Session) -> set[str]:
    """Return the hashes of stored pack rows that no policy-import event accounts for."""
    audited = audited_pack_hashes(session)
    rows = session.execute(
        select(PolicyPackVersion.sha256, PolicyPackVersion.pack_id, PolicyPackVersion.version)
    )
    return {sha for sha, pack_id, version in rows if audited.get(sha) != (pack_id, version)}


def _detail(text: str) -> dict[str, Any]:
    """Parse an event's detail, or return nothing when it is not a JSON object."""
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def current_packs(session: Session, shipped: Sequence[PolicyPack]) -> list[PolicyPack]:
    """Return, for each pack id, the version stored most recently.

    Only rows with a matching policy-import event count: a row put in the table directly
    (with SQL, outside Reviewer) is ignored, so it never becomes current; `db check` and
    `audit verify` name it. A shipped version not stored yet counts as the newest, so an app
    upgrade brings its new packs in, unless its id and version are already stored with other
    content: the stored content keeps the label. Pack ids known only from imports follow the
    shipped ones, by id.
    """
    audited = audited_pack_hashes(session)
    latest: dict[str, PolicyPackVersion] = {}
    stored_hashes: set[str] = set()
    for row in session.scalars(
        select(PolicyPackVersion).order_by(PolicyPackVersion.stored_at, PolicyPackVersion.pk)
    ):
        if audited.get(row.sha256) != (row.pack_id, row.version):
            continue
        latest[row.pack_id] = row
        stored_hashes.add(row.sha256)
    labels = set(audited.values())
    chosen: list[PolicyPack] = []
    for pack in shipped:
        found = latest.get(pack.id)
        new = pack.sha256 not in stored_hashes and (pack.id, pack.version) not in labels
        if found is None or new or found.sha256 == pack.sha256:
            chosen.append(pack)
        else:
            chosen.append(repo.pack_from_row(found))
    shipped_ids = {p.id for p in shipped}
    for pack_id in sorted(set(latest) - shipped_ids):
        chosen.append(repo.pack_from_row(latest[pack_id]))
    return chosen


def stored_packs(session: Session) -> list[PolicyPack]:
    """Return every stored pack version the audit trail accounts for, oldest first.

    A row added outside Reviewer is left out, as it is of the current packs; `policy
    versions` and `db check` show it.
    """
    audited = audited_pack_hashes(session)
    rows = session.scalars(
        select(PolicyPackVersion).order_by(PolicyPackVersion.stored_at, PolicyPackVersion.pk)
    )
    return [
        repo.pack_from_row(row)
        for row in rows
        if audited.get(row.sha256) == (row.pack_id, row.version)
    ]


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
