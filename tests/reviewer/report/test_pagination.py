"""No orphan pages: every page but the last is at least a fifth full and ends on content."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from reviewer.decision import Decision, Outcome
from reviewer.policy import parse_policy_pack
from reviewer.questionnaire import parse_questionnaire
from reviewer.report import render_report
from reviewer.report.fonts import SANS, SANS_BOLD, register_fonts
from reviewer.report.model import EvidenceFile, ReportInput, ReviewRecord
from reviewer.report.wording import Language
from reviewer.scoring import assess
from tests.reviewer.report.inputs import example_input, examples
from tests.reviewer.report.pages import MARGIN, layout_problems, page_lines


def _badly_paged() -> bytes:
    """Render a document with an almost empty page 1 and a heading alone at page 2's foot."""
    register_fonts()
    body = ParagraphStyle("b", fontName=SANS, fontSize=9.5, leading=13)
    heading = ParagraphStyle("h", fontName=SANS_BOLD, fontSize=15, leading=19)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, topMargin=MARGIN + 11.34, bottomMargin=MARGIN)
    doc.build(
        [
            Paragraph("One short paragraph.", body),
            PageBreak(),
            Spacer(1, 660),
            Paragraph("A heading at the foot", heading),
            PageBreak(),
            Paragraph("The last page.", body),
        ]
    )
    return buffer.getvalue()


def test_the_check_finds_an_orphan_page_and_a_heading_ending_a_page() -> None:
    problems = layout_problems(_badly_paged())
    assert any(p.startswith("page 1 is only") for p in problems)
    assert "page 2 ends with the heading 'A heading at the foot'" in problems
    assert len(problems) == 2


def test_the_check_reads_text_positions_from_the_pdf() -> None:
    lines = page_lines(_badly_paged())
    assert [line.text for line in lines[1]] == ["A heading at the foot"]
    assert lines[1][0].bold and lines[1][0].size == 15


@pytest.mark.parametrize("stem", examples())
def test_every_shipped_example_is_well_paged_in_english(stem: str) -> None:
    assert layout_problems(render_report(example_input(stem, "en"))) == []


@pytest.mark.parametrize(
    "stem",
    [
        "workplace-emotion-detection",
        "exam-proctoring",
        "customer-support-chatbot",
        "internal-document-summariser",
    ],
)
def test_shipped_examples_are_well_paged_in_french(stem: str) -> None:
    assert layout_problems(render_report(example_input(stem, "fr"))) == []


def _crowded(language: Language) -> ReportInput:
    """Return a review too big for any sheet: 40 clauses, a long rationale and audit trail."""
    questions = [{"id": f"q{n}", "kind": "boolean", "label": f"Question {n}?"} for n in range(40)]
    q = parse_questionnaire(
        {
            "id": "crowd",
            "version": "1",
            "title": "Crowd",
            "sections": [{"id": "s", "title": "S", "questions": questions}],
        },
        "crowd",
    )
    citation = {
        "source": "S",
        "article": "Art. 1",
        "url": "https://example.org",
        "read": "2026-01-01",
    }
    clauses = [
        {
            "id": f"c{n}",
            "title": f"Clause {n} with a title long enough to need most of its column",
            "summary": "A rule.",
            "citation": citation,
            "severity": ["high", "limited", "minimal"][n % 3],
            "when": {"equals": {"question": f"q{n}", "value": True}},
            "obligations": [{"id": f"o{n}", "text": f"Obligation {n}."}],
        }
        for n in range(40)
    ]
    pack = parse_policy_pack(
        {
            "id": "crowd",
            "version": "1",
            "title": "C",
            "source": "C",
            "effective": "2026-01-01",
            "questionnaire": "crowd",
            "clauses": clauses,
        },
        "crowd",
        q,
    )
    answers = {f"q{n}": True for n in range(40)}
    return ReportInput(
        review=ReviewRecord(
            id="crowd",
            title="Crowded review",
            organisation="Org",
            answers=answers,
            evidence=[
                EvidenceFile(name=f"file-{n}.pdf", sha256=f"{n:02d}" * 32, size=n * 1000)
                for n in range(30)
            ],
            audit=[f"2026-03-14 09:{n:02d}:00 UTC  answered  by zoe" for n in range(60)],
            audit_anchor="ef" * 32,
        ),
        questionnaire=q,
        assessment=assess(q, [pack], answers),
        decision=Decision(
            outcome=Outcome.APPROVE_WITH_CONDITIONS,
            rationale="A long rationale sentence that keeps going. " * 60,
            conditions=[f"Condition {n}" for n in range(8)],
            decided_by="Zoé",
            decided_at=datetime(2026, 3, 14, tzinfo=UTC),
        ),
        language=language,
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_sheet_too_big_for_page_1_runs_over_without_orphans(language: Language) -> None:
    data = render_report(_crowded(language))
    pages = page_lines(data)
    said = [" ".join(line.text for line in page) for page in pages]
    assert "A long rationale sentence" not in said[0]
    rationale = next(n for n, page in enumerate(said) if "A long rationale sentence" in page)
    headings = ("Annex A. Triggered", "Annexe A. Détail")
    annex_a = next(n for n, page in enumerate(said) if any(h in page for h in headings))
    assert 0 < rationale <= annex_a  # the sheet ran over, and goes on before the annexes
    assert "Art. 1" in said[0]  # the clause list starts on page 1
    assert layout_problems(data) == []
