"""The signing work, without widgets: unlock an identity, sign a review, countersign a file."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer.errors import IdentityError
from reviewer.paths import identities_dir
from reviewer.records import ReviewChange
from reviewer.signing.files import check_writable, read_input, write_atomically
from ui import dialogs

if TYPE_CHECKING:
    from reviewer.service import ReviewService
    from reviewer.signing.identity import Identity
    from reviewer.signing.verify import Verification

# reportlab and pyHanko are imported where they are used: start-up must not wait for them.

IDENTITY_FILTER = "PKCS#12 identities (*.p12 *.pfx)"
PDF_FILTER = "PDF files (*.pdf)"


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("Signing", text)


def unlock_identity(parent: QWidget | None, path: Path | None = None) -> Identity | None:
    """Ask for an identity file (unless given) and its passphrase, retrying a wrong one.

    The file dialog starts at the default identity of Settings, else in the identities folder.
    The passphrase is only held while the key is opened; None means the person cancelled.
    """
    from reviewer.signing.identity import load_identity
    from ui.settings.model import remembered_identity

    if path is None:
        start = remembered_identity() or identities_dir()
        path = dialogs.open_file(
            parent, _tr("Choose your signing identity"), _tr(IDENTITY_FILTER), start
        )
        if path is None:
            return None
    label = _tr("Passphrase of {name}:").format(name=path.name)
    while True:
        passphrase = dialogs.ask_passphrase(parent, _tr("Unlock your signing identity"), label)
        if passphrase is None:
            return None
        try:
            return load_identity(path, passphrase.encode("utf-8"))
        except IdentityError as exc:
            dialogs.show_error(
                parent,
                _tr("The identity did not open"),
                _tr(
                    "{problem}\n\nCheck the passphrase and try again, or choose another file."
                ).format(problem=exc.message),
            )
            label = _tr("Passphrase of {name} (the last one did not open it):").format(
                name=path.name
            )
        finally:
            del passphrase


@dataclass(frozen=True)
class SignedReport:
    """A written, signed report: where it is, its hash, the stored change and its verification."""

    path: Path
    sha256: str
    signer: str
    change: ReviewChange
    verification: Verification


def verify_written(path: Path) -> Verification:
    """Read a PDF back from disk and verify it against the trust store."""
    from reviewer.signing.trust import list_roots
    from reviewer.signing.verify import verify_report

    data = read_input(path, _tr("a signed decision report (PDF)"))
    return verify_report(data, [root.certificate for root in list_roots()], str(path))


def sign_review(
    service: ReviewService,
    review_id: str,
    version: int,
    identity: Identity,
    out: Path,
    tsa_url: str | None = None,
) -> SignedReport:
    """Build and sign a decided review's report, write it, record it, and verify it from disk."""
    from reviewer.report.from_review import report_input_for
    from reviewer.signing.decision_pdf import make_signed_report

    check_writable(out)
    report = report_input_for(service, review_id)
    signed = make_signed_report(report, identity, tsa_url)
    write_atomically(out, signed)
    digest = hashlib.sha256(signed).hexdigest()
    change = service.record_signed(review_id, digest, identity.name, expected_version=version)
    service.record_export(review_id, digest, out.name, "pdf")
    return SignedReport(out, digest, identity.name, change, verify_written(out))


@dataclass(frozen=True)
class CountersignedReport:
    """A countersigned report written to disk, with its verification."""

    path: Path
    approver: str
    sha256: str
    verification: Verification

    @property
    def review_id(self) -> str | None:
        """Return the id of the review the report is about, as its decision.json says."""
        report = self.verification.payload.report
        return report.review.id if report is not None else None


def check_received(path: Path) -> Verification:
    """Verify a received report; refuse a file that carries no reviewer signature."""
    from reviewer.signing.sign import reviewer_certificate
    from reviewer.signing.trust import list_roots
    from reviewer.signing.verify import verify_report

    data = read_input(path, _tr("a signed decision report (PDF)"))
    reviewer_certificate(data, str(path))
    return verify_report(data, [root.certificate for root in list_roots()], str(path))


def countersign_file(
    source: Path, identity: Identity, out: Path, tsa_url: str | None = None
) -> CountersignedReport:
    """Countersign a received report through the domain's checked path; verify the result.

    The domain verifies the report in full first and raises a typed SigningError to refuse.
    """
    from reviewer.signing.countersign import countersign_verified

    check_writable(out)
    signed = read_input(source, _tr("a signed decision report (PDF)"))
    result = countersign_verified(signed, identity, str(source), tsa_url)
    write_atomically(out, result)
    digest = hashlib.sha256(result).hexdigest()
    return CountersignedReport(out, identity.name, digest, verify_written(out))
