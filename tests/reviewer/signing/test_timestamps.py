"""B-T signatures against a local test timestamp authority."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography import x509

from reviewer.errors import SigningError
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import load_identity
from reviewer.signing.timestamps import configured_tsa_url
from reviewer.signing.verify import verify_report
from tests.helpers.pdf import pdfsig
from tests.helpers.reports import report_input
from tests.helpers.signing import ThrowawayIdentity
from tests.helpers.tsa import local_tsa


def test_timestamped_signature_verifies(
    tmp_path: Path, reviewer_identity: ThrowawayIdentity, roots: list[x509.Certificate]
) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    with local_tsa() as (url, tsa_cert):
        signed = make_signed_report(report_input(), identity, url)
    result = verify_report(signed, [*roots, tsa_cert], "stamped.pdf")
    assert result.passed, result.reasons
    (check,) = result.signatures
    assert check.timestamp_time is not None and check.timestamp_ok
    path = tmp_path / "stamped.pdf"
    path.write_bytes(signed)
    assert "Signature is Valid" in pdfsig(path)


def test_unreachable_tsa_is_a_clear_error(reviewer_identity: ThrowawayIdentity) -> None:
    identity = load_identity(reviewer_identity.p12, reviewer_identity.passphrase)
    with pytest.raises(SigningError, match="timestamp authority"):
        make_signed_report(report_input(), identity, "http://127.0.0.1:9/")


def test_tsa_url_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert configured_tsa_url(None) is None
    monkeypatch.setenv("REVIEWER_TSA_URL", "http://tsa.example/")
    assert configured_tsa_url(None) == "http://tsa.example/"
    with pytest.raises(SigningError, match="must start with http"):
        configured_tsa_url("ftp://tsa.example/")
