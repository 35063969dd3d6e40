"""Rewriting review bundles the way a damaged copy or a forger would, for the refusal tests."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reviewer.canonical import canonical_json
from reviewer.store.audit import event_hash

Members = dict[str, bytes]


def members_of(path: Path) -> Members:
    """Return every member of a bundle by name."""
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def write_members(path: Path, members: Members, *, fix_manifest: bool = True) -> Path:
    """Write members as a zip; with fix_manifest, the manifest lists their new hashes and sizes."""
    members = dict(members)
    if fix_manifest:
        manifest = json.loads(members["manifest.json"])
        manifest["members"] = {
            name: {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in members.items()
            if name not in ("manifest.json", "manifest.json.p7s")
        }
        members["manifest.json"] = canonical_json(manifest).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def events_of(members: Members) -> list[dict[str, Any]]:
    """Return the bundled events."""
    events: list[dict[str, Any]] = json.loads(members["events.json"])
    return events


def rechain(events: list[dict[str, Any]]) -> None:
    """Recompute every hash after an edit, relinking successors, as a careful forger would."""
    renamed: dict[str, str] = {}
    for event in events:
        event["prev_hash"] = renamed.get(event["prev_hash"], event["prev_hash"])
        old = event["hash"]
        event["hash"] = event_hash(
            event["at"],
            event["actor"],
            event["kind"],
            event["review_id"],
            event["detail"],
            event["state_digest"],
            event["prev_hash"],
        )
        renamed[old] = event["hash"]


def edit_json(members: Members, name: str, edit: Callable[[Any], None]) -> None:
    """Edit one JSON member in place."""
    data = json.loads(members[name])
    edit(data)
    members[name] = canonical_json(data).encode("utf-8")
