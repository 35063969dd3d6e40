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
from tests.helpers.pdf import pdftotext
from tests.helpers.reports import EMOTION_ANSWERS, report_input

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


def test_sections_pages_and_bookmarks(tmp_path: Path) -> None:
    data = render_report(report_input())
    text = _text(tmp_path, data)
    reader = pypdf.PdfReader(io.BytesIO(data))
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text
    assert f"Page {pages} of {pages}" in text
    for heading in ("Triggered clauses", "The decision", "The answers", "Evidence", "Pins"):
        assert heading in text
    assert "Review again in 12 months" in text
    assert "Complete a DPIA before go-live." in text
    assert "ab" * 32 in text.replace("\n", "")
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:3] == [
        "Decision on a proposed AI deployment",
        "Triggered clauses",
        "The decision",
    ]
    assert "Signatures" in titles


def test_metadata_names_the_review_and_the_reviewer() -> None:
    reader = pypdf.PdfReader(io.BytesIO(render_report(report_input())))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == "Decision: Assistant client — données & <b>chat</b>"
    assert meta.author == "Zoé Reviewer"
    assert "R-2026-0042" in (meta.subject or "")
    assert reader.metadata is not None and "D:20260314092653" in str(meta.get("/CreationDate"))


def test_prohibited_verdict_renders_with_its_clause(tmp_path: Path) -> None:
    report = report_input(EMOTION_ANSWERS, outcome=Outcome.REJECT)
    text = _text(tmp_path, render_report(report))
    assert "Outcome: Reject" in text
    assert "PROHIBITED" in text
    assert "Emotion recognition in the workplace" in text
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
