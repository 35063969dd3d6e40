"""Session-wide signing fixtures: two identities and signed reports, made once per run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509

from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import load_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.trust import read_certificate
from tests.helpers.reports import report_input
from tests.helpers.signing import ThrowawayIdentity, make_identity


@pytest.fixture(scope="session")
def session_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the user folders at a session folder while session fixtures sign things."""
    home = tmp_path_factory.mktemp("session-home")
    with pytest.MonkeyPatch.context() as patch:
        for var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            patch.setenv(var, str(home / var.lower()))
        yield home


@pytest.fixture(scope="session")
def reviewer_identity(tmp_path_factory: pytest.TempPathFactory) -> ThrowawayIdentity:
    """Return the reviewer's throwaway identity."""
    return make_identity(tmp_path_factory.mktemp("ids"), "Zoé Reviewer", "zoe@example.org", b"z")


@pytest.fixture(scope="session")
def approver_identity(tmp_path_factory: pytest.TempPathFactory) -> ThrowawayIdentity:
    """Return the approver's throwaway identity."""
    return make_identity(
        tmp_path_factory.mktemp("ids"), "Bob Approver", "bob@example.org", b"bob-secret"
    )


@pytest.fixture(scope="session")
def roots(
    reviewer_identity: ThrowawayIdentity, approver_identity: ThrowawayIdentity
) -> list[x509.Certificate]:
    """Return both self-signed certificates, as trusted roots."""
    return [read_certificate(reviewer_identity.cert), read_certificate(approver_identity.cert)]


@pytest.fixture(scope="session")
def signed_pdf(session_home: Path, reviewer_identity: ThrowawayIdentity) -> bytes:
    """Return the sample report certified by the reviewer."""
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    return make_signed_report(report_input(), identity)


@pytest.fixture(scope="session")
def countersigned_pdf(
    session_home: Path, signed_pdf: bytes, approver_identity: ThrowawayIdentity
) -> bytes:
    """Return the sample report certified by the reviewer and countersigned by the approver."""
    identity = load_identity(approver_identity.p12, approver_identity.passphrase)
    return countersign_report(signed_pdf, identity, "signed.pdf")
