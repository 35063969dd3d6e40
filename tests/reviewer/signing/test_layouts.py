"""Which report layouts verify can render again: the report package says, nothing else."""

from __future__ import annotations

import pytest
from cryptography import x509

import reviewer.report
from reviewer.signing.verification.content import renderable_layouts
from reviewer.signing.verify import Problem, verify_report


def test_every_released_layout_is_renderable() -> None:
    assert renderable_layouts() == frozenset({"1", "2"}) == reviewer.report.LAYOUTS


def test_a_layout_this_version_cannot_render_fails_unless_accepted(
    monkeypatch: pytest.MonkeyPatch, signed_pdf: bytes, roots: list[x509.Certificate]
) -> None:
    monkeypatch.setattr(reviewer.report, "LAYOUTS", frozenset({"99"}))
    assert renderable_layouts() == frozenset({"99"})
    result = verify_report(signed_pdf, roots, "signed.pdf")
    assert Problem.LAYOUT_UNVERIFIABLE in result.problems
    assert any("cannot be rendered again by this version" in r for r in result.reasons)
    accepted = verify_report(signed_pdf, roots, "signed.pdf", accept_unverifiable_layout=True)
    assert accepted.passed, accepted.reasons
    assert accepted.payload.agrees is None
