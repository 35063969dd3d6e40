"""What the Settings screen does outside Qt: test a database, list and make identities."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer.errors import IdentityError, StoreError
from reviewer.paths import identities_dir
from reviewer.service.connection import check_database
from reviewer.signing.files import write_atomically


def _tr(source: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate("SettingsStores", source)


def check_connection(value: str) -> str:
    """Connect to a database (file path or URL) and say what was found; raise StoreError."""
    found = check_database(value)
    if found.missing_file is not None:
        if found.missing_folder:
            raise StoreError(
                QCoreApplication.translate(
                    "SettingsStores",
                    "{folder}: this folder does not exist; create it or pick another",
                ).format(folder=found.missing_file.parent)
            )
        return QCoreApplication.translate(
            "SettingsStores", "{path} does not exist yet; Reviewer will create it there."
        ).format(path=found.missing_file)
    return QCoreApplication.translate("SettingsStores", "Connected to {url}.").format(url=found.url)


@dataclass(frozen=True)
class IdentityFile:
    """A PKCS#12 file in the identities folder, with its certificate when one lies beside it."""

    path: Path
    subject: str
    modified: datetime


def list_identities() -> list[IdentityFile]:
    """List the identity files; the key stays locked, so the subject comes from a sibling .pem."""
    found = []
    for path in sorted(identities_dir().glob("*.p1[2x]")) + sorted(identities_dir().glob("*.pfx")):
        pem = path.with_suffix(".pem")
        subject = ""
        if pem.is_file():
            try:
                from reviewer.signing.trust import TrustedRoot, read_certificate

                subject = TrustedRoot(pem, read_certificate(pem)).subject
            except Exception:  # a damaged certificate only hides the subject, not the identity
                subject = ""
        found.append(IdentityFile(path, subject, datetime.fromtimestamp(path.stat().st_mtime)))
    return found


def new_identity(name: str, email: str, organisation: str, passphrase: str) -> Path:
    """Create an identity in the identities folder and trust its certificate on this computer."""
    if len(passphrase) < 8:
        raise IdentityError(
            QCoreApplication.translate(
                "SettingsStores", "Choose a passphrase of at least 8 characters."
            )
        )
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-").lower() or "identity"
    target = identities_dir() / f"{stem}.p12"
    if target.exists():
        raise IdentityError(
            QCoreApplication.translate(
                "SettingsStores", "{path} exists already; an identity of that name is there."
            ).format(path=target)
        )
    from reviewer.signing.identity import create_identity, save_identity
    from reviewer.signing.trust import add_root

    p12, pem = create_identity(name, email, organisation, passphrase.encode("utf-8"))
    save_identity(target, p12)
    write_atomically(target.with_suffix(".pem"), pem)
    add_root(target.with_suffix(".pem"))
    return target
