"""The obligations checklist in the report: in decision.json when there is one, drawn by layout 2.

Reports signed before the checklist existed carry none, and must render the bytes they were
signed with; the released layout-2 fixtures in test_layouts.py hold that, and so do these.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.followup import ObligationState
from reviewer.report import render_report
from reviewer.report.model import ChecklistItem, EvidenceFile, ReportInput, parse_payload
from reviewer.severity import Verdict
from tests.helpers.pdf import pdftotext
from tests.reviewer.report.inputs import verdict_input

FIXTURES = Path(__file__).parent / "fixtures"
DPIA = EvidenceFile(name="dpia-2026.pdf", sha256="ab" * 32, size=1234)
REASON = "The assistant talks to staff only, never to the public."


def _with_checklist(language: str = "en", *, settled: bool = True) -> ReportInput:
    """Return the high-risk test report with its two obligations marked."""
    base = verdict_input(Verdict.HIGH, language)  # type: ignore[arg-type]
    first, second = (o.id for o in base.assessment.obligations)
    checklist = [
        ChecklistItem(
            id=first,
            state=ObligationState.MET,
            premarked="Kinds of data includes Contact details",
        ),
        ChecklistItem(
            id=second,
            state=ObligationState.NOT_APPLICABLE if settled else ObligationState.TO_DO,
            reason=REASON if settled else None,
            evidence=[DPIA],
            marked_by="Zoé Reviewer <zoe@example.org>",
        ),
    ]
    return ReportInput.model_validate({**base.model_dump(), "checklist": checklist})


def _text(report: ReportInput, tmp_path: Path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report(report))
    return " ".join(pdftotext(path).split())


def test_the_payload_round_trips_with_its_checklist() -> None:
    report = _with_checklist()
    data = report.payload_bytes()
    assert json.loads(data)["checklist"][1]["reason"] == REASON
    again = parse_payload(data)
    assert again == report
    assert again.payload_bytes() == data
    assert render_report(again) == render_report(report)


@pytest.mark.parametrize("name", ["layout2-high-fr", "layout2-prohibited-en"])
def test_a_report_without_a_checklist_keeps_its_payload_and_pages(name: str) -> None:
    data = (FIXTURES / f"{name}.json").read_bytes()
    report = parse_payload(data)
    assert report.checklist == []
    # (The fixtures predate `escalate_to`, so their JSON is not re-dumped byte for byte.)
    assert set(json.loads(report.payload_bytes())) == set(json.loads(data))
    assert render_report(report) == (FIXTURES / f"{name}.pdf").read_bytes()


def test_an_empty_checklist_is_left_out_and_changes_nothing() -> None:
    plain = verdict_input(Verdict.HIGH)
    empty = ReportInput.model_validate({**plain.model_dump(), "checklist": []})
    assert empty.payload_bytes() == plain.payload_bytes()
    assert render_report(empty) == render_report(plain)


def test_the_checklist_changes_the_pages_it_is_drawn_on() -> None:
    plain = verdict_input(Verdict.HIGH)
    assert render_report(_with_checklist()) != render_report(plain)
    assert render_report(_with_checklist()) != render_report(_with_checklist(settled=False))


def test_layout_2_draws_each_state_with_its_reason_pre_mark_and_evidence(tmp_path: Path) -> None:
    words = _text(_with_checklist(), tmp_path)
    assert (
        "2 obligations follow from the triggered clauses. When the decision was signed: "
        "met 1, not applicable 1, to do 0; Annex B lists them with their state." in words
    )
    # One box of each kind in the annex's key, then one per item.
    assert (words.count("☑"), words.count("⊟"), words.count("☐")) == (2, 2, 1)
    assert "Pre-marked met: answered Kinds of data includes Contact details." in words
    assert f"Not applicable: {REASON}" in words
    assert f"Evidence: dpia-2026.pdf (sha256 {'ab' * 6}…)" in words
    assert "Marked by Zoé Reviewer <zoe@example.org>." in words
    assert "The review does not record whether each is met" not in words


def test_an_item_to_do_shows_an_empty_box_and_no_reason(tmp_path: Path) -> None:
    words = _text(_with_checklist(settled=False), tmp_path)
    assert "met 1, not applicable 0, to do 1" in words
    assert (words.count("☑"), words.count("⊟"), words.count("☐")) == (2, 1, 2)
    assert "To do" in words and "Not applicable:" not in words


def test_the_french_report_says_it_in_french(tmp_path: Path) -> None:
    words = _text(_with_checklist("fr"), tmp_path)
    assert (
        "2 obligations découlent des clauses déclenchées. À la signature de la décision : "
        "remplies 1, sans objet 1, à faire 0 ; l'annexe B les présente avec leur état." in words
    )
    assert "Remplie" in words and "Sans objet" in words
    assert f"Sans objet : {REASON}" in words
    assert "Pré-cochée, remplie par la réponse : Kinds of data includes Contact details." in words
    assert "Justificatifs : dpia-2026.pdf" in words
    assert "Marquée par Zoé Reviewer" in words


def test_a_report_without_a_checklist_keeps_the_empty_boxes(tmp_path: Path) -> None:
    words = _text(verdict_input(Verdict.HIGH), tmp_path)
    assert "The review does not record whether each is met" in words
    assert "When the decision was signed" not in words


def _payload_with(change: dict[str, object]) -> bytes:
    data = json.loads(_with_checklist().payload_bytes())
    data["checklist"][0].update(change)
    return json.dumps(data).encode()


def test_a_checklist_item_naming_no_obligation_is_refused_by_name() -> None:
    with pytest.raises(ReviewerError, match=r"decision\.json: checklist: 'made-up' is not an"):
        parse_payload(_payload_with({"id": "made-up"}))


def test_an_obligation_listed_twice_is_refused() -> None:
    data = json.loads(_with_checklist().payload_bytes())
    data["checklist"][1]["id"] = data["checklist"][0]["id"]
    with pytest.raises(ReviewerError, match="listed twice"):
        parse_payload(json.dumps(data).encode())


def test_an_unknown_state_is_refused_naming_the_field() -> None:
    with pytest.raises(ReviewerError, match=r"checklist.*state"):
        parse_payload(_payload_with({"state": "done"}))
