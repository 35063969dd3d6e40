"""The trust store in the config folder."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from cryptography import x509

from reviewer.errors import InputFileError
from reviewer.paths import trust_dir
from reviewer.signing.trust import add_root, list_roots
from reviewer.signing.verify import Finding, Problem, Verification, verify_report
from tests.helpers.signing import ThrowawayIdentity
from tests.helpers.tamper import flip_byte_in_signed_range


def test_add_then_list(reviewer_identity: ThrowawayIdentity) -> None:
    assert list_roots() == []
    added = add_root(reviewer_identity.cert)
    add_root(reviewer_identity.cert)  # adding twice keeps one copy
    roots = list_roots()
    assert [r.fingerprint for r in roots] == [added.fingerprint]
    assert roots[0].path.parent == trust_dir()
    assert "CN=Zoé Reviewer" in roots[0].subject
    assert stat.S_IMODE(roots[0].path.stat().st_mode) == 0o600


def test_not_a_certificate_is_named(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pem"
    bad.write_text("hello")
    with pytest.raises(InputFileError, match=r"bad\.pem: not a PEM or DER X\.509 certificate"):
        add_root(bad)


def test_an_unknown_but_intact_signer_is_told_apart_from_a_broken_signature(
    signed_pdf: bytes, roots: list[x509.Certificate]
) -> None:
    unknown = verify_report(signed_pdf, [], "signed.pdf")
    assert not unknown.passed and unknown.intact_but_untrusted
    known = verify_report(signed_pdf, roots, "signed.pdf")
    assert known.passed and not known.intact_but_untrusted
    broken = verify_report(flip_byte_in_signed_range(signed_pdf), [], "tampered.pdf")
    assert not broken.passed and not broken.intact_but_untrusted
    other = Finding(Problem.NOT_AS_PRODUCED, "x")
    no_payload = Verification(unknown.signatures, [], unknown.payload, [*unknown.findings, other])
    assert not no_payload.intact_but_untrusted  # any other reason keeps it red
