"""The signing work, without widgets: unlock an identity, sign a review, countersign a file.

Signing and recording a countersignature are single service operations
(`ReviewService.sign_decision`, `ReviewService.record_countersignature`); this module only asks
for what they need and reads the written file back to show its verification.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from reviewer.errors import IdentityError, ReviewerError
from reviewer.paths import identities_dir
from reviewer.records import ReviewChange
from reviewer.report.model import Person
from reviewer.signing.files import check_writable, read_input
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
    identity: Identity,
    out: Path,
    tsa_url: str | None = None,
    language: str = "en",
    embed_evidence: bool = False,
) -> SignedReport:
    """Sign a decided review (one service operation), then verify the written file from disk."""
    signed = service.sign_decision(
        review_id,
        identity,
        out,
        tsa_url=tsa_url,
        language=language,
        embed_evidence=embed_evidence,
    )
    return SignedReport(
        signed.path, signed.sha256, signed.signer, signed.change, verify_written(signed.path)
    )


@dataclass(frozen=True)
class CountersignedReport:
    """A countersigned report written to disk, with its verification."""

    path: Path
    approver: str
    sha256: str
    verification: Verification
    recorded: ReviewChange | None = None

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
    source: Path,
    identity: Identity,
    out: Path,
    tsa_url: str | None = None,
    service: ReviewService | None = None,
) -> CountersignedReport:
    """Countersign a received report (one service operation), then verify the written file.

    The report is verified in full first and a typed SigningError refuses it. When the review
    is kept in `service`'s database, the countersignature is recorded there before the file is
    written, so the file and the store never disagree.
    """
    from reviewer.service.countersigning import countersign

    done = countersign(source, identity, out, service=service, tsa_url=tsa_url)
    return CountersignedReport(
        done.path, done.approver, done.sha256, verify_written(done.path), done.recorded
    )


def countersign_stored(
    service: ReviewService,
    review_id: str,
    identity: Identity,
    out: Path,
    tsa_url: str | None = None,
) -> tuple[CountersignedReport, ReviewChange]:
    """Countersign a review's kept signed report (shared database) and record it at once."""
    check_writable(out)
    with tempfile.TemporaryDirectory(prefix="reviewer-countersign-") as folder:
        source = Path(folder) / out.name
        service.write_kept_report(review_id, source)
        result = countersign_file(source, identity, out, tsa_url, service)
    if result.recorded is None:  # the kept report is this store's, so this cannot happen
        raise ReviewerError(_tr("The countersignature was not recorded in this database."))
    return result, result.recorded


def sibling_certificate(identity_file: Path) -> Path | None:
    """Return the certificate (.pem) kept beside an identity file, if there is one."""
    pem = identity_file.with_suffix(".pem")
    return pem if pem.is_file() else None


def person_of_certificate(pem: Path) -> Person:
    """Return the person a certificate names (name and email), without unlocking any key."""
    from reviewer.service.signing import person_of
    from reviewer.signing.identity import Identity
    from reviewer.signing.trust import read_certificate

    return person_of(Identity(pem, read_certificate(pem), None))


@dataclass(frozen=True)
class ChosenPerson:
    """Who acts, read from their signing identity: the person and the identity file."""

    person: Person
    identity_file: Path

    @property
    def label(self) -> str:
        """Return 'Name <email>', as the audit trail names the person."""
        from reviewer.service.base import person_label

        return person_label(self.person)


def choose_person(parent: QWidget | None, *, ask: bool = False) -> ChosenPerson | None:
    """Return the person of the signing identity: the one remembered in Settings, or one chosen.

    The certificate beside the identity file names the person, so no passphrase is needed;
    without one the identity is unlocked. With `ask` the file is always asked for (an approver
    acting on someone else's computer). None means the person cancelled.
    """
    from ui.settings.model import remembered_identity

    path = None if ask else remembered_identity()
    if path is None:
        start = remembered_identity() or identities_dir()
        path = dialogs.open_file(
            parent, _tr("Choose your signing identity"), _tr(IDENTITY_FILTER), start
        )
        if path is None:
            return None
    pem = sibling_certificate(path)
    if pem is not None:
        try:
            return ChosenPerson(person_of_certificate(pem), path)
        except ReviewerError:  # a damaged certificate: unlock the identity instead
            pass
    identity = unlock_identity(parent, path)
    if identity is None:
        return None
    from reviewer.service.signing import person_of

    return ChosenPerson(person_of(identity), path)


def remembered_person() -> ChosenPerson | None:
    """Return the person of the identity remembered in Settings, read from its certificate."""
    from ui.settings.model import remembered_identity

    path = remembered_identity()
    pem = sibling_certificate(path) if path is not None else None
    if path is None or pem is None:
        return None
    try:
        return ChosenPerson(person_of_certificate(pem), path)
    except ReviewerError:
        return None


def my_approver_key() -> str | None:
    """Return how reviews name me as their approver: my identity's email, else its name.

    It comes from the signing identity remembered in Settings and the certificate beside it;
    None when no identity is known.
    """
    chosen = remembered_person()
    if chosen is None:
        return None
    return chosen.person.email or chosen.person.name
