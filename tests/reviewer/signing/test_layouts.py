"""Which report layouts verify can render again: the package says, and nothing else passes."""

from __future__ import annotations

import pytest
from cryptography import x509

import reviewer.report
from reviewer.signing.verification.content import renderable_layouts
from reviewer.signing.verify import Problem, verify_report


def test_today_only_layout_1_is_renderable() -> None:
    assert renderable_layouts() == frozenset({"1"})


def test_the_report_package_names_the_layouts_it_keeps(
    monkeypatch: pytest.MonkeyPatch, signed_pdf: bytes, roots: list[x509.Certificate]
) -> None:
    monkeypatch.setattr(reviewer.report, "LAYOUTS", ("2",), raising=False)
    assert renderable_layouts() == frozenset({"2"})
    result = verify_report(signed_pdf, roots, "signed.pdf")
    assert Problem.LAYOUT_UNVERIFIABLE in result.problems
    assert "layout 1 cannot be rendered again by this version" in result.reasons
    accepted = verify_report(signed_pdf, roots, "signed.pdf", accept_unverifiable_layout=True)
    assert accepted.passed, accepted.reasons
    assert accepted.payload.agrees is None
