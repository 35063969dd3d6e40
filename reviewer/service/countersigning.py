"""Countersigning a received report: one operation for the CLI and the app.

The approver often works on another laptop, with no copy of the review. When the review is in
the approver's store (a shared team database, or the same profile), the countersignature is
recorded there first, and the file is written only if that succeeded, so the store and the PDF
never disagree. Otherwise the file alone is written, to be recorded later with
"Record countersignature" where the review lives.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.errors import NotFoundError
from reviewer.records import ReviewChange
from reviewer.service.archive import sha256_of
from reviewer.signing.files import check_writable, read_input, write_atomically

if TYPE_CHECKING:
    from collections.abc import Callable

    from cryptography import x509

    from reviewer.policy import PolicyPack
    from reviewer.service import ReviewService
    from reviewer.signing.identity import Identity


@dataclass(frozen=True)
class Countersigned:
    """A countersigned report written to disk, and its record in the store when there is one."""

    path: Path
    sha256: str
    approver: str
    recorded: ReviewChange | None


def countersign(
    source: Path,
    identity: Identity,
    out: Path,
    *,
    service: ReviewService | None = None,
    tsa_url: str | None = None,
    roots: list[x509.Certificate] | None = None,
    packs_by_sha256: Callable[[str], PolicyPack | None] | None = None,
    accept_unverifiable_layout: bool = False,
) -> Countersigned:
    """Countersign a signed report; record it in `service`'s store when the review is there.

    The report is fully verified first (the same checks as `reviewer verify`), so nothing
    verify refuses is ever countersigned.
    """
    from reviewer.signing.countersign import countersign_verified

    check_writable(out)
    signed = read_input(source, "a signed decision report (PDF)")
    if packs_by_sha256 is None and service is not None:
        packs_by_sha256 = service.pack_by_sha256()
    result = countersign_verified(
        signed,
        identity,
        str(source),
        tsa_url,
        roots=roots,
        packs_by_sha256=packs_by_sha256,
        accept_unverifiable_layout=accept_unverifiable_layout,
    )
    recorded = None
    if service is not None:
        try:
            recorded = service.record_countersignature(result, str(out))
        except NotFoundError:
            recorded = None  # not a review of this store: the file is all there is
    write_atomically(out, result, mode=0o600)
    return Countersigned(out, sha256_of(result), identity.full_name, recorded)
