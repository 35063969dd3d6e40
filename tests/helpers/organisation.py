"""An organisation root and an officer identity it issued, made through the identities service."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reviewer.service import identities
from reviewer.signing.identity import PersonDetails

ROOT_SECRET = "root passphrase"
OFFICER_SECRET = "officer passphrase"
LONG_NAME = "Maria-Magdalena Wilhelmina Alexandrina von Hohenzollern-Sigmaringen"  # 67 characters


@dataclass(frozen=True)
class Organisation:
    """The root's files, and an officer's installed identity issued by it."""

    root_p12: Path
    root_pem: Path
    identity: Path
    certificate: Path


def make_root(folder: Path) -> tuple[Path, Path]:
    """Create an organisation root in a folder (it is trusted on this computer too)."""
    folder.mkdir(parents=True, exist_ok=True)
    p12, pem = folder / "root.p12", folder / "root.pem"
    identities.create_organisation_root("Acme Root", "Acme SA", ROOT_SECRET, p12, pem)
    return p12, pem


def make_organisation(folder: Path, name: str = LONG_NAME) -> Organisation:
    """Create a root, then request, issue and install an officer's identity, as the CLI does."""
    root_p12, root_pem = make_root(folder)
    details = PersonDetails(name, "maria@acme.example", "Acme SA", "Compliance officer")
    identities.request_certificate(details, OFFICER_SECRET, folder / "officer.csr")
    issued = identities.issue(root_p12, ROOT_SECRET, folder / "officer.csr", folder / "officer.pem")
    identity = identities.import_identity_file(issued.path, OFFICER_SECRET)
    return Organisation(root_p12, root_pem, identity, issued.path)
