"""The bundle file itself: a zip whose manifest lists every member's sha256 and size.

Reading trusts nothing in the zip: member names must be plain relative paths, every member
must be listed in the manifest and no other, each is read no further than the size the
manifest declares (a zip bomb stops there), and each must have its listed hash.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from pydantic import ValidationError

from reviewer.bundles.errors import BundleFormatError, BundleIntegrityError, BundleTooNewError
from reviewer.bundles.model import (
    EVENTS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    REVIEW,
    SIGNATURE,
    Bundle,
    EventData,
    Manifest,
    MemberEntry,
    ReviewData,
    evidence_member,
    pack_member,
    questionnaire_member,
    report_member,
)
from reviewer.canonical import canonical_json
from reviewer.limits import MIB, describe_bytes
from reviewer.store.schema import HEAD_REVISION

MAX_MANIFEST_BYTES = 8 * MIB
MAX_SIGNATURE_BYTES = 1 * MIB
MAX_MEMBERS = 20_000
MAX_TOTAL_BYTES = 2048 * MIB
"""What a bundle may hold in all, once unpacked: far above any real review."""

Signer = Callable[[bytes], bytes]
"""Makes a detached signature over the manifest's exact bytes."""


@dataclass(frozen=True)
class ReadBundle:
    """A bundle read and checked member by member, with its manifest and optional signature."""

    manifest: Manifest
    manifest_bytes: bytes
    signature: bytes | None
    bundle: Bundle
    file_sha256: str


def bundle_bytes(bundle: Bundle, created_by: str, signer: Signer | None = None) -> bytes:
    """Write a bundle as zip bytes, its manifest listing every member, signed when asked."""
    members: dict[str, bytes] = {
        REVIEW: canonical_json(bundle.review.model_dump(mode="json")).encode("utf-8"),
        EVENTS: canonical_json(
            [EventData(**vars(e)).model_dump(mode="json") for e in bundle.events]
        ).encode("utf-8"),
    }
    for sha, body in bundle.questionnaires.items():
        members[questionnaire_member(sha)] = body.encode("utf-8")
    for sha, body in bundle.packs.items():
        members[pack_member(sha)] = body.encode("utf-8")
    for sha, data in bundle.evidence.items():
        members[evidence_member(sha)] = data
    for sha, data in bundle.reports.items():
        members[report_member(sha)] = data
    current = bundle.review.current()
    manifest = Manifest(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        schema_revision=HEAD_REVISION,
        review_id=bundle.review.id,
        reference=bundle.review.reference,
        revision=current.number,
        state=current.state,
        created_at=datetime.now(UTC),
        created_by=created_by,
        members={
            name: MemberEntry(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
            for name, data in members.items()
        },
    )
    manifest_bytes = canonical_json(manifest.model_dump(mode="json")).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(MANIFEST, manifest_bytes, zipfile.ZIP_DEFLATED)
        if signer is not None:
            archive.writestr(SIGNATURE, signer(manifest_bytes), zipfile.ZIP_STORED)
        for name, data in members.items():
            # Evidence and PDFs are mostly compressed already; storing them keeps export fast.
            packed = name.endswith(".json")
            archive.writestr(name, data, zipfile.ZIP_DEFLATED if packed else zipfile.ZIP_STORED)
    return buffer.getvalue()


def read_bundle(path: Path) -> ReadBundle:
    """Read a bundle file, checking names, sizes and hashes of every member against its manifest."""
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleFormatError(f"{source}: cannot read the bundle ({exc.strerror})") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise BundleFormatError(
            f"{source}: this is not a complete review bundle (the zip is truncated or damaged); "
            "ask for the file again"
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleFormatError(f"{source}: {len(infos)} members, more than {MAX_MEMBERS}")
        by_name: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            _check_name(source, info.filename)
            if info.filename in by_name:
                raise BundleFormatError(f"{source}: member {info.filename!r} appears twice")
            by_name[info.filename] = info
        if MANIFEST not in by_name:
            raise BundleFormatError(f"{source}: there is no {MANIFEST}; this is not a bundle")
        manifest_bytes = _read(archive, source, by_name[MANIFEST], MAX_MANIFEST_BYTES)
        manifest = parse_manifest(manifest_bytes, source)
        signature = None
        if SIGNATURE in by_name:
            signature = _read(archive, source, by_name[SIGNATURE], MAX_SIGNATURE_BYTES)
        extra = set(by_name) - set(manifest.members) - {MANIFEST, SIGNATURE}
        if extra:
            raise BundleIntegrityError(
                f"{source}: member {sorted(extra)[0]!r} is not listed in the manifest; "
                "something was added to the bundle after it was made"
            )
        total = sum(entry.size for entry in manifest.members.values())
        if total > MAX_TOTAL_BYTES:
            raise BundleFormatError(
                f"{source}: the manifest declares {describe_bytes(total)}, more than the "
                f"{describe_bytes(MAX_TOTAL_BYTES)} a bundle may hold"
            )
        contents: dict[str, bytes] = {}
        for name, entry in manifest.members.items():
            listed = by_name.get(name)
            if listed is None:
                raise BundleIntegrityError(
                    f"{source}: member {name!r} listed in the manifest is missing"
                )
            contents[name] = _member(archive, source, listed, entry)
    bundle = _parse(source, manifest, contents)
    return ReadBundle(manifest, manifest_bytes, signature, bundle, hashlib.sha256(data).hexdigest())


def parse_manifest(data: bytes, source: str) -> Manifest:
    """Parse a manifest, refusing a newer format or schema before anything else."""
    try:
        raw = json.loads(data)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BundleFormatError(f"{source}: {MANIFEST} is not JSON") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleFormatError(f"{source}: {MANIFEST} does not describe a review bundle")
    version = raw.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise BundleTooNewError(
            f"{source}: this bundle has format version {version}, made by a newer Reviewer; "
            f"this one reads up to version {FORMAT_VERSION}. Update Reviewer to import it"
        )
    schema = raw.get("schema_revision")
    if isinstance(schema, str) and schema.isdigit() and int(schema) > int(HEAD_REVISION):
        raise BundleTooNewError(
            f"{source}: this bundle was made from a database at schema {schema}; this "
            f"Reviewer knows up to schema {HEAD_REVISION}. Update Reviewer to import it"
        )
    try:
        return Manifest.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        raise BundleFormatError(f"{source}: {MANIFEST}: {where}: {first['msg']}") from None


def _check_name(source: str, name: str) -> None:
    """Refuse member names that could land outside a folder: absolute, `..`, drive letters."""
    path = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or "\x00" in name
        or path.is_absolute()
        or ".." in path.parts
        or ":" in name
    ):
        raise BundleFormatError(
            f"{source}: member {name!r} has an unsafe path (it points outside the bundle); "
            "the file is refused as a whole"
        )


def _read(archive: zipfile.ZipFile, source: str, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read a member no further than `cap` bytes."""
    if info.file_size > cap:
        raise BundleFormatError(
            f"{source}: member {info.filename!r} is {describe_bytes(info.file_size)}, over the "
            f"{describe_bytes(cap)} allowed"
        )
    data = _capped(archive, source, info, cap)
    if len(data) > cap:
        raise BundleFormatError(
            f"{source}: member {info.filename!r} unpacks to more than {describe_bytes(cap)}"
        )
    return data


def _member(
    archive: zipfile.ZipFile, source: str, info: zipfile.ZipInfo, entry: MemberEntry
) -> bytes:
    """Read a listed member: no more than its declared size, and with its declared hash."""
    if info.file_size != entry.size:
        raise BundleFormatError(
            f"{source}: member {info.filename!r} unpacks to {describe_bytes(info.file_size)} but "
            f"the manifest declares {describe_bytes(entry.size)}; the bundle is refused (a "
            "damaged or hostile file)"
        )
    data = _capped(archive, source, info, entry.size)
    if len(data) != entry.size:
        raise BundleFormatError(
            f"{source}: member {info.filename!r} unpacks to more or fewer bytes than the "
            f"{describe_bytes(entry.size)} the manifest declares; the bundle is refused"
        )
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise BundleIntegrityError(
            f"{source}: member {info.filename!r} does not match the sha256 in the manifest "
            f"({entry.sha256[:16]}…): it was changed after the bundle was made"
        )
    return data


def _capped(archive: zipfile.ZipFile, source: str, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read at most cap + 1 bytes of a member, so an oversized one is caught, not unpacked."""
    try:
        with archive.open(info) as stream:
            return stream.read(cap + 1)
    except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, ValueError) as exc:
        raise BundleFormatError(
            f"{source}: member {info.filename!r} cannot be unpacked ({exc}); the bundle is "
            "damaged or truncated"
        ) from None


def _parse(source: str, manifest: Manifest, contents: dict[str, bytes]) -> Bundle:
    """Turn the checked members into a bundle."""
    for required in (REVIEW, EVENTS):
        if required not in contents:
            raise BundleFormatError(f"{source}: the bundle holds no {required}")
    try:
        review = ReviewData.model_validate_json(contents[REVIEW])
        events = [EventData.model_validate(e).foreign() for e in json.loads(contents[EVENTS])]
    except (ValidationError, ValueError, TypeError, RecursionError) as exc:
        raise BundleFormatError(f"{source}: {REVIEW} or {EVENTS} is malformed ({exc})") from None
    bundle = Bundle(review=review, events=events)
    try:
        _sort_members(bundle, contents, source)
    except UnicodeDecodeError:
        raise BundleFormatError(f"{source}: a pinned text is not UTF-8") from None
    return bundle


def _sort_members(bundle: Bundle, contents: dict[str, bytes], source: str) -> None:
    """Put each checked member where it belongs in the bundle."""
    for name, data in contents.items():
        folder, _, leaf = name.partition("/")
        if folder == "questionnaires":
            bundle.questionnaires[leaf.removesuffix(".json")] = data.decode("utf-8")
        elif folder == "packs":
            bundle.packs[leaf.removesuffix(".json")] = data.decode("utf-8")
        elif folder == "evidence":
            bundle.evidence[leaf] = data
        elif folder == "reports":
            bundle.reports[leaf.removesuffix(".pdf")] = data
        elif name not in (REVIEW, EVENTS):
            raise BundleFormatError(f"{source}: member {name!r} is not part of a review bundle")
