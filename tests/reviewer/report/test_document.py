"""The rendered report: reproducible bytes, readable accents, escaped text, the sections."""

from __future__ import annotations

import hashlib
import io
import subprocess
import sys
from pathlib import Path

import pypdf

from reviewer.decision import Outcome
from reviewer.report import render_report
from reviewer.report.model import parse_payload
from reviewer.severity import Verdict
from tests.helpers.pdf import pdftotext
from tests.helpers.reports import EMOTION_ANSWERS, report_input
from tests.reviewer.report.inputs import verdict_input

ROOT = Path(__file__).resolve().parents[3]


def _text(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(data)
    return pdftotext(path)


def test_same_input_gives_the_same_bytes() -> None:
    assert render_report(report_input()) == render_report(report_input())


def test_a_different_decision_time_gives_different_bytes() -> None:
    first = report_input()
    later = first.model_copy(
        update={"decision": first.decision.model_copy(update={"decided_by": "Someone Else"})}
    )
    assert render_report(first) != render_report(later)


def test_accents_render_and_user_markup_is_shown_as_text(tmp_path: Path) -> None:
    text = _text(tmp_path, render_report(report_input()))
    assert "données" in text
    assert "Société Générale des Données" in text
    assert "Assistant client — données & <b>chat</b>" in text
    assert "Équipe données <script>&" in text
    assert "Personal data <b>processing</b>" in text


def test_only_visible_questions_are_listed(tmp_path: Path) -> None:
    text = _text(tmp_path, render_report(report_input()))
    assert "Which kinds of data?" in text
    assert "Why no personal data?" not in text
    assert "this answer is hidden" not in text


def test_pages_and_bookmarks(tmp_path: Path) -> None:
    data = render_report(report_input())
    text = _text(tmp_path, data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    assert "Review again in 12 months" in text
    assert "Complete a DPIA before go-live." in text
    assert "ab" * 32 in text.replace("\n", "")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles == [
        "Decision sheet",
        "Annex A. Triggered clauses in detail",
        "Annex B. Obligations checklist",
        "Annex C. The answers",
        "Annex D. Evidence",
        "Annex E. Versions, identifiers and hashes",
        "Annex F. Audit excerpt",
    ]


def test_annexes_are_lettered_without_gaps_when_some_are_empty(tmp_path: Path) -> None:
    """A review with no clause and no obligation starts its annexes with the answers, at A."""
    reader = pypdf.PdfReader(io.BytesIO(render_report(report_input({"personal_data": False}))))
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[1:3] == ["Annex A. The answers", "Annex B. Evidence"]


def test_metadata_names_the_review_the_reviewer_and_the_language() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_report(verdict_input(Verdict.HIGH, "fr"))))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Décision : Assistant client — données & <b>chat</b>"
    assert meta.author == "Zoé Reviewer"
    assert meta.subject == "R-2026-0042 : Approuvé sous conditions (risque élevé)"
    assert "D:20260314092653" in str(meta.get("/CreationDate"))
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_prohibited_verdict_renders_with_its_clause_and_the_exception_weighed(
    tmp_path: Path,
) -> None:
    report = report_input(EMOTION_ANSWERS, outcome=Outcome.REJECT)
    text = _text(tmp_path, render_report(report))
    assert "Rejected" in text
    assert "Verdict: prohibited use. 1 policy clause triggered." in text
    assert "Prohibited · Emotion recognition in the workplace" in text
    assert "Medical or safety reasons" in text


def test_payload_round_trips() -> None:
    report = report_input()
    assert parse_payload(report.payload_bytes()) == report


def test_the_c_accelerator_is_used_and_changes_no_byte() -> None:
    """reportlab[accel] renders faster; without it (a subprocess blocks it) the bytes are equal."""
    from reportlab.lib import rl_accel

    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    script = (
        "import sys, hashlib; sys.modules['_rl_accel'] = None\n"
        "from reportlab.lib import rl_accel\n"
        "assert type(rl_accel.fp_str).__name__ == 'function'\n"
        "from reviewer.report.document import render_report\n"
        "from tests.helpers.reports import report_input\n"
        "print(hashlib.sha256(render_report(report_input())).hexdigest())\n"
    )
    fallback = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.strip()
    assert fallback == hashlib.sha256(render_report(report_input())).hexdigest()


def test_every_run_of_text_is_set_in_embedded_dejavu() -> None:
    """Reportlab lists Helvetica in every file; no text may actually be drawn with it."""
    reader = pypdf.PdfReader(io.BytesIO(render_report(verdict_input(Verdict.HIGH, "fr"))))
    fonts: set[str] = set()

    def visit(text: str, cm: object, tm: object, font: object, size: object) -> None:
        if text.strip() and isinstance(font, dict):
            fonts.add(str(font["/BaseFont"]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert fonts
    assert all(name.startswith("/AAAAAA+DejaVuSans") for name in fonts), fonts
    descriptors = [
        page["/Resources"]["/Font"][key].get_object()
        for page in reader.pages
        for key in page["/Resources"]["/Font"]
    ]
    for font in descriptors:
        if "DejaVu" in str(font["/BaseFont"]):
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded
