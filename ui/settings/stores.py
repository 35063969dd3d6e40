"""What the Settings screen does outside Qt: test a database, list the identities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reviewer.errors import StoreError
from reviewer.paths import identities_dir
from reviewer.service.connection import check_database


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
                from reviewer.signing.identity import describe_certificate
                from reviewer.signing.trust import read_certificate

                subject = describe_certificate(read_certificate(pem))
            except Exception:  # a damaged certificate only hides the subject, not the identity
                subject = ""
        found.append(IdentityFile(path, subject, datetime.fromtimestamp(path.stat().st_mtime)))
    return found
