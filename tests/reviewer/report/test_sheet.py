"""Layout 2's page 1, the decision sheet, and its annexes: what a board member reads."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from reviewer.report import render_report
from reviewer.report.model import ReportInput
from reviewer.report.wording import Language, wording
from reviewer.severity import Verdict
from tests.helpers.pdf import pdftotext
from tests.reviewer.report.inputs import (
    APPROVER,
    DECIDER,
    REVIEW_UUID,
    VERDICT_CASES,
    example_input,
    verdict_input,
)

CASES = [(verdict, language) for verdict in VERDICT_CASES for language in ("en", "fr")]


def _pages(tmp_path: Path, report: ReportInput) -> tuple[str, str]:
    """Return the text of page 1 and of the whole report."""
    path = tmp_path / "report.pdf"
    path.write_bytes(render_report(report))
    first = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return first, pdftotext(path)


def _flat(value: str) -> str:
    return " ".join(value.split())


@pytest.mark.parametrize(("verdict", "language"), CASES)
def test_page_1_says_what_who_and_why(tmp_path: Path, verdict: Verdict, language: Language) -> None:
    report = verdict_input(verdict, language)
    words = wording(language)
    first, _ = _pages(tmp_path, report)
    flat = _flat(first)
    r, a, d = report.review, report.assessment, report.decision
    for expected in (
        r.title,
        "R-2026-0042",
        r.organisation,
        "Chat <assistant> 2.1",
        "Claire Dupont",
        words.outcome(d.outcome),
        words.verdict(a.verdict),
        words("rationale.heading"),
        "Risks are handled.",
        "The DPIA covers the données <i>clients</i>.",
        f"“{report.questionnaire.title}”" if language == "en" else report.questionnaire.title,
        "test-pack 2026.1",
    ):
        assert _flat(expected) in flat, expected
    for trigger in a.triggers:
        assert _flat(trigger.title) in flat
        assert trigger.citation.article in flat
        assert words.severity(trigger.severity) in flat
    for person in (DECIDER, APPROVER):
        for part in (person.name, person.role, person.organisation):
            assert part is not None and part in flat


@pytest.mark.parametrize(("verdict", "language"), CASES)
def test_no_machine_words_reach_the_reader(
    tmp_path: Path, verdict: Verdict, language: Language
) -> None:
    report = verdict_input(verdict, language)
    first, whole = _pages(tmp_path, report)
    for machine in ("risk score", "points", "Our summary", "test-pack:", REVIEW_UUID):
        assert machine not in first
    # Internal ids stay in the annex of pins, once.
    assert whole.count(REVIEW_UUID) == 1
    for trigger in report.assessment.triggers:
        assert _flat(whole).count(f"test-pack:{trigger.clause_id}") == 1
    if report.assessment.triggers:
        assert wording(language)("clause.summary") in whole


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_prohibited_use_says_what_follows_never_conditions_of_approval(
    tmp_path: Path, language: Language
) -> None:
    words = wording(language)
    first, whole = _pages(tmp_path, verdict_input(Verdict.PROHIBITED, language))
    assert words("follows.heading") in first
    assert _flat(words("follows.prohibited.reject")) in _flat(first)
    assert words("conditions.heading") not in whole


@pytest.mark.parametrize("language", ["en", "fr"])
def test_conditions_are_on_page_1_and_obligations_are_printed_once(
    tmp_path: Path, language: Language
) -> None:
    words = wording(language)
    report = verdict_input(Verdict.HIGH, language)
    first, whole = _pages(tmp_path, report)
    assert words("conditions.heading") in first
    assert "1. Review again in 12 months" in _flat(first)
    assert _flat(words.count("obligations.apply", 2, annex="B")) in _flat(first)
    for obligation in report.assessment.obligations:
        assert whole.count(obligation.text) == 1
    assert "☐" in whole


def test_an_unassigned_approver_is_said_to_be_so(tmp_path: Path) -> None:
    first, _ = _pages(tmp_path, verdict_input(Verdict.HIGH, approver=None))
    assert "Not assigned yet" in first
    assert "Until it does, no second person has approved this decision." in _flat(first)


def test_french_frames_the_report_and_leaves_the_content_in_its_language(
    tmp_path: Path,
) -> None:
    first, whole = _pages(tmp_path, verdict_input(Verdict.HIGH, "fr"))
    for french in ("Approuvé sous conditions", "Clauses déclenchées", "Motivation", "Annexe B"):
        assert french in whole
    assert "Approved" not in whole
    # The questionnaire and the policy pack are written in English, and stay so.
    assert "Which kinds of data?" in whole
    assert "Chatbot transparency" in first


def test_user_text_is_escaped_on_the_sheet(tmp_path: Path) -> None:
    first, _ = _pages(tmp_path, verdict_input(Verdict.HIGH))
    assert "Assistant client — données & <b>chat</b>" in first
    assert "Personal data <b>processing</b>" in first


@pytest.mark.parametrize(
    ("stem", "verdict"),
    [
        ("workplace-emotion-detection", Verdict.PROHIBITED),
        ("cv-screening-recruitment", Verdict.HIGH),
        ("customer-support-chatbot", Verdict.LIMITED),
        ("internal-document-summariser", Verdict.MINIMAL),
    ],
)
def test_a_shipped_example_fits_its_sheet_on_page_1(
    tmp_path: Path, stem: str, verdict: Verdict
) -> None:
    """Even twelve clauses: page 1 alone has every article, the rationale and the terms."""
    report = example_input(stem, "fr")
    assert report.assessment.verdict is verdict
    first, _ = _pages(tmp_path, report)
    flat = _flat(first)
    assert _flat(report.decision.rationale) in flat
    for trigger in report.assessment.triggers:
        assert _flat(trigger.citation.article) in flat
    words = wording("fr")
    terms = "conditions.heading" if report.decision.outcome.approves else "follows.heading"
    assert words(terms) in flat
    assert "Signatures" in flat
