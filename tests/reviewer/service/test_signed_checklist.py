"""The signed PDF carries the obligations checklist as the store kept it when it was signed.

A high-risk plain "Approve" is allowed only with every obligation settled; its PDF must show
them settled, say how, and keep saying so whatever is marked later. An insider who re-makes
the report with a forged "met" is caught like any report the store never recorded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.decision import Outcome
from reviewer.errors import ReviewerError
from reviewer.followup import ObligationItemState, ObligationState
from reviewer.report.model import parse_payload
from reviewer.service import ReviewService
from reviewer.service.signing import checklist_of, person_of
from reviewer.signing.identity import Identity, load_identity
from reviewer.signing.trust import add_root
from reviewer.signing.verify import State, verify_report
from tests.helpers import forgery
from tests.helpers.high_risk import footage_search_for_police
from tests.helpers.pdf import embedded_payload, pdfsig, pdftotext
from tests.helpers.signing import ThrowawayIdentity

PREMARKED = "no-adverse-decision-on-match-alone"
NOT_APPLICABLE = "assign-competent-oversight"
REASON = "Nobody at Vigil acts on a match; the police officer in charge decides alone."
DPIA = b"%PDF-1.7 the DPIA of the footage search"


@pytest.fixture
def officer(reviewer_identity: ThrowawayIdentity) -> Identity:
    add_root(reviewer_identity.cert)
    return load_identity(reviewer_identity.p12, reviewer_identity.passphrase)


@pytest.fixture
def service(database_url: str) -> Iterator[ReviewService]:
    with ReviewService.open(database_url, actor="zoe") as svc:
        yield svc


def _approved_with_every_obligation_settled(
    service: ReviewService, officer: Identity, language: str, out: Path
) -> str:
    """Create, settle every obligation, approve with no condition and sign; return the ref."""
    ref = service.create_review(
        "Footage search for missing persons", "Vigil Analytics", footage_search_for_police()
    ).review.reference
    attachment, _change = service.add_attachment(ref, "dpia.pdf", DPIA)
    for item in service.obligations(ref):
        if item.id == NOT_APPLICABLE:
            service.mark_obligation(ref, item.id, ObligationState.NOT_APPLICABLE, reason=REASON)
        elif item.id != PREMARKED:
            service.mark_obligation(ref, item.id, ObligationState.MET, evidence=[attachment.id])
    service.decide(ref, Outcome.APPROVE, "Every obligation is settled.", decider=person_of(officer))
    service.sign_decision(ref, officer, out, language=language)
    return ref


def test_the_signed_pdf_shows_each_obligation_as_the_store_has_it(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "decision.pdf"
    ref = _approved_with_every_obligation_settled(service, officer, "en", out)
    data = out.read_bytes()
    stored = service.obligations(ref)
    assert len(stored) >= 3
    assert all(i.state is not ObligationState.TO_DO for i in stored)

    report = parse_payload(embedded_payload(data))
    by_id = {item.id: item for item in report.checklist}
    assert [item.id for item in report.checklist] == [item.id for item in stored]
    for item in stored:
        assert by_id[item.id].state is item.state
        assert by_id[item.id].reason == item.reason
        assert by_id[item.id].premarked == item.premarked
        assert by_id[item.id].marked_by == item.marked_by
    met = [i for i in stored if i.id not in (PREMARKED, NOT_APPLICABLE)]
    assert [f.name for f in by_id[met[0].id].evidence] == ["dpia.pdf"]
    assert by_id[PREMARKED].premarked and by_id[PREMARKED].marked_by is None

    words = " ".join(pdftotext(out).split())
    count = len(stored)
    assert (
        f"{count} obligations follow from the triggered clauses. When the decision was signed: "
        f"met {count - 1}, not applicable 1, to do 0" in words
    )
    # One box per row, and one of each kind in the annex's key.
    assert words.count("☑") == count - 1 + 1
    assert words.count("⊟") == 1 + 1
    assert words.count("☐") == 1
    assert "Not applicable" in words and "To do" not in words.replace("☐ to do", "")
    assert f"Not applicable: {REASON}" in words
    assert f"Pre-marked met: answered {by_id[PREMARKED].premarked}" in words
    assert "Evidence: dpia.pdf (sha256 " in words

    checked = pdfsig(out)
    assert "Signature is Valid" in checked and "Total document signed" in checked
    verified = verify_report(
        data, [officer.certificate], "decision.pdf", packs_by_sha256=service.pack_by_sha256()
    )
    assert verified.state is State.AWAITING_COUNTERSIGNATURE, verified.reasons


def test_the_french_report_states_the_checklist_in_french(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "décision.pdf"
    _approved_with_every_obligation_settled(service, officer, "fr", out)
    words = " ".join(pdftotext(out).split())
    assert "À la signature de la décision : remplies" in words
    assert "sans objet 1, à faire 0" in words
    assert words.count("⊟") == 2 and "Remplie" in words
    assert f"Sans objet : {REASON}" in words
    assert "Pré-cochée, remplie par la réponse :" in words
    assert "Justificatifs : dpia.pdf" in words


def test_a_later_mark_leaves_the_signed_pdf_verified_and_anchored(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "decision.pdf"
    ref = _approved_with_every_obligation_settled(service, officer, "en", out)
    data = out.read_bytes()
    # Marks change only on a draft: the officer reopens, and marks the item to do again.
    service.reopen(ref, "The oversight arrangement changed")
    service.mark_obligation(ref, NOT_APPLICABLE, ObligationState.TO_DO)
    assert {i.id: i.state for i in service.obligations(ref)}[NOT_APPLICABLE] is (
        ObligationState.TO_DO
    )
    verified = verify_report(
        data, [officer.certificate], "decision.pdf", packs_by_sha256=service.pack_by_sha256()
    )
    assert verified.state is State.AWAITING_COUNTERSIGNATURE, verified.reasons
    anchored = service.anchor_check(data, "decision.pdf")
    assert anchored.ok, anchored.message
    signed = parse_payload(embedded_payload(data))
    assert {i.id: i.state for i in signed.checklist}[NOT_APPLICABLE] is (
        ObligationState.NOT_APPLICABLE
    )


def test_a_report_re_made_with_a_forged_met_is_not_anchored(
    service: ReviewService, officer: Identity, tmp_path: Path
) -> None:
    out = tmp_path / "decision.pdf"
    _approved_with_every_obligation_settled(service, officer, "en", out)
    honest = parse_payload(embedded_payload(out.read_bytes()))
    raw = json.loads(honest.payload_bytes())
    for item in raw["checklist"]:
        if item["id"] == NOT_APPLICABLE:
            item.update(state="met", reason=None)
    forged = parse_payload(json.dumps(raw).encode())
    # The insider re-makes pages and decision.json together and certifies with their own key:
    # the file checks out on its own, but no sign event of the review recorded it.
    data = forgery.build_certified(forged, officer)
    assert pdftotext_of(data, tmp_path).count("⊟") == 1  # the key only: no item is n/a
    alone = verify_report(
        data, [officer.certificate], "forged.pdf", packs_by_sha256=service.pack_by_sha256()
    )
    assert alone.state is State.AWAITING_COUNTERSIGNATURE, alone.reasons
    anchored = service.anchor_check(data, "forged.pdf")
    assert not anchored.ok
    assert "NOT RECORDED" in anchored.message


def pdftotext_of(data: bytes, folder: Path) -> str:
    """Return the text of PDF bytes."""
    path = folder / "read.pdf"
    path.write_bytes(data)
    return pdftotext(path)


def test_evidence_missing_from_the_review_is_refused_naming_the_obligation() -> None:
    item = ObligationItemState(
        id="dpia", text="Do a DPIA", sources=["p:c"], state=ObligationState.MET, evidence=[7]
    )
    with pytest.raises(ReviewerError, match="obligation dpia: its evidence links attachment 7"):
        checklist_of([item], {})
