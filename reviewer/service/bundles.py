"""Review bundles: export a whole review to one file, check one, and import one.

Import checks everything before it writes anything (member hashes, the bundled events, the
review's recorded state, the pinned texts, the signed PDFs against the trust store, and the
bundle's own signature when it has one), then writes in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer import __version__
from reviewer.bundles.checks import BundleCheck, check_bundle
from reviewer.bundles.container import ReadBundle, bundle_bytes, read_bundle
from reviewer.bundles.signature import sign_manifest, verify_manifest
from reviewer.service.archive import ReportArchive, sha256_of
from reviewer.signing.files import check_writable, write_atomically
from reviewer.store import repository as repo
from reviewer.store.bundle_rows import ImportOutcome, bundle_of, import_bundle_rows

if TYPE_CHECKING:
    from cryptography import x509

    from reviewer.signing.identity import Identity


@dataclass(frozen=True)
class BundleExport:
    """A bundle written: where, its hash, what it holds, and who signed it."""

    path: Path
    sha256: str
    reference: str
    revision: int
    events: int
    evidence: int
    reports: int
    signed_by: str | None


@dataclass(frozen=True)
class BundleVerification:
    """A bundle that passed every check, and who signed it (None when unsigned)."""

    check: BundleCheck
    signed_by: str | None
    file_sha256: str


def trusted_roots() -> list[x509.Certificate]:
    """Return the certificates of the trust store's roots."""
    from reviewer.signing.trust import list_roots

    return [root.certificate for root in list_roots()]


def verify_read_bundle(read: ReadBundle, source: str) -> BundleVerification:
    """Run every content check on a read bundle, and its signature's when it has one."""
    roots = trusted_roots()
    signer = None
    if read.signature is not None:
        signer = verify_manifest(read.manifest_bytes, read.signature, roots, source)
    if read.manifest.review_id != read.bundle.review.id:
        from reviewer.bundles.errors import BundleIntegrityError

        raise BundleIntegrityError(
            f"{source}: the manifest names review {read.manifest.reference} but the bundle "
            f"holds {read.bundle.review.reference}"
        )
    return BundleVerification(check_bundle(read.bundle, roots, source), signer, read.file_sha256)


class ReviewBundles(ReportArchive):
    """Export, verify and import review bundles."""

    def export_bundle(
        self, review_ref: str, out: Path, *, identity: Identity | None = None
    ) -> BundleExport:
        """Write a review with its whole history to `out`, signed with an identity if given."""
        check_writable(out)
        with self.store.read() as session:
            review = repo.get_review(session, review_ref)
            bundle = bundle_of(session, review)
        signer = (lambda data: sign_manifest(data, identity)) if identity is not None else None
        data = bundle_bytes(bundle, f"reviewer {__version__}", signer)
        write_atomically(out, data, mode=0o600)
        digest = sha256_of(data)
        self.record_export(bundle.review.reference, digest, out.name, "bundle")
        return BundleExport(
            path=out,
            sha256=digest,
            reference=bundle.review.reference,
            revision=bundle.review.current_revision,
            events=len(bundle.events),
            evidence=len(bundle.evidence),
            reports=len(bundle.reports),
            signed_by=identity.subject if identity is not None else None,
        )

    @staticmethod
    def verify_bundle(path: Path) -> BundleVerification:
        """Check a bundle file without importing it; raise at the first problem."""
        return verify_read_bundle(read_bundle(path), str(path))

    def import_bundle(self, path: Path) -> ImportOutcome:
        """Check a bundle fully, then write it in one transaction (or change nothing)."""
        read = read_bundle(path)
        verification = verify_read_bundle(read, str(path))
        detail = {"bundle_sha256": verification.file_sha256, "file": path.name}
        if verification.signed_by:
            detail["signed_by"] = verification.signed_by
        with self.store.write(durable=True) as session:
            return import_bundle_rows(session, read.bundle, self.actor, detail, str(path))
