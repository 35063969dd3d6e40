"""The trust store in the config folder."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reviewer.errors import InputFileError
from reviewer.paths import trust_dir
from reviewer.signing.trust import add_root, list_roots
from tests.helpers.signing import ThrowawayIdentity


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
