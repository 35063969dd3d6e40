"""The FRIA in the decision report: its own annex in layout 2, and pinned in decision.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reviewer.errors import ReviewerError
from reviewer.library import follow_up_questionnaires
from reviewer.report import parse_payload, render_report
from reviewer.report.layouts.v2.common import Annexes
from reviewer.report.model import AnsweredQuestionnaire, ReportInput
from tests.helpers.pdf import pdftotext
from tests.helpers.reports import report_input

FRIA_ANSWERS = {
    "fria_processes": "Caseworkers read each recommendation before deciding.",
    "fria_frequency": "daily",
    "fria_notified": True,
    "fria_notified_on": "2027-03-15",
}


def _with_fria(language: str = "en") -> ReportInput:
    fria = follow_up_questionnaires()[0]
    return report_input().model_copy(
        update={
            "questionnaires": [AnsweredQuestionnaire(questionnaire=fria, answers=FRIA_ANSWERS)],
            "language": language,
        }
    )


def test_decision_json_pins_the_fria_and_reads_back() -> None:
    report = _with_fria()
    payload = json.loads(report.payload_bytes())
    [entry] = payload["questionnaires"]
    fria = follow_up_questionnaires()[0]
    assert (entry["id"], entry["version"], entry["sha256"]) == (fria.id, fria.version, fria.sha256)
    assert entry["answers"] == FRIA_ANSWERS
    back = parse_payload(report.payload_bytes())
    assert back == report


def test_a_report_without_extra_questionnaires_keeps_its_decision_json() -> None:
    assert "questionnaires" not in json.loads(report_input().payload_bytes())


def test_a_fria_whose_text_does_not_match_its_pin_is_refused() -> None:
    payload = json.loads(_with_fria().payload_bytes())
    payload["questionnaires"][0]["version"] = "9.9.9"
    with pytest.raises(ReviewerError, match="does not match its id, version and sha256"):
        parse_payload(json.dumps(payload).encode())


@pytest.mark.parametrize(
    ("language", "heading", "unanswered"),
    [
        ("en", "Further assessments", "required questions are unanswered"),
        ("fr", "Évaluations complémentaires", "questions obligatoires sont sans réponse"),
    ],
)
def test_layout_2_prints_the_fria_answers_in_their_own_annex(
    tmp_path: Path, language: str, heading: str, unanswered: str
) -> None:
    report = _with_fria(language)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(render_report(report))
    words = " ".join(pdftotext(pdf).split())
    assert heading in words
    assert "Fundamental rights impact assessment (EU AI Act, Article 27)" in words
    assert "Caseworkers read each recommendation before deciding." in words
    assert "Every working day" in words  # the option's label, not its id
    assert "2027-03-15" in words
    assert unanswered in words  # period, people, risks... are still missing
    assert follow_up_questionnaires()[0].sha256 in words.replace(" ", "")
    letter = Annexes.plan(report)["questionnaires"]
    assert f"{'Annexe' if language == 'fr' else 'Annex'} {letter}. {heading}" in words
