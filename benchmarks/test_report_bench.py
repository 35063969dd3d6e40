"""Report plus signature for 200 answers and 40 triggered clauses (target < 0.5 s).

A bare reportlab + pyHanko baseline of the same size (same pages of text, one certifying
signature with the same key) runs in the same session; the target is within 1.5x of it.
"""

import io
from datetime import UTC, datetime
from typing import Any

import pytest
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.stats import record_p95
from reviewer.decision import Decision, Outcome
from reviewer.policy import parse_policy_pack
from reviewer.questionnaire import parse_questionnaire
from reviewer.report.model import ReportInput, ReviewRecord
from reviewer.scoring import assess
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import load_identity
from tests.helpers.signing import make_identity

CITATION = {
    "source": "Bench",
    "article": "Art. 1",
    "url": "https://example.org",
    "read": "2026-01-01",
}


def _report() -> ReportInput:
    """Build a decided review of 200 answered questions with 40 triggered clauses."""
    sections = [
        {
            "id": f"s{s}",
            "title": f"Section {s} — données",
            "questions": [
                {"id": f"q{s}_{i}", "kind": "boolean", "label": f"Question {s}.{i} about données?"}
                for i in range(20)
            ],
        }
        for s in range(10)
    ]
    q = parse_questionnaire(
        {"id": "bench", "version": "1", "title": "Bench", "sections": sections}, "bench"
    )
    clauses = [
        {
            "id": f"c{n}",
            "title": f"Clause {n}",
            "summary": "A rule in our own words, long enough to wrap onto a second line.",
            "citation": CITATION,
            "severity": ["high", "limited", "minimal"][n % 3],
            "when": {"equals": {"question": f"q{n % 10}_{n // 10}", "value": True}},
            "obligations": [{"id": f"o{n}", "text": f"Obligation {n}."}],
        }
        for n in range(40)
    ]
    pack = parse_policy_pack(
        {
            "id": "bench",
            "version": "1",
            "title": "B",
            "source": "B",
            "effective": "2026-01-01",
            "questionnaire": "bench",
            "clauses": clauses,
        },
        "bench",
        q,
    )
    answers: dict[str, Any] = {qid: True for qid in q.questions}
    assessment = assess(q, [pack], answers)
    assert len(answers) == 200 and len(assessment.triggers) == 40
    return ReportInput(
        review=ReviewRecord(id="B-1", title="Bench", organisation="Org", answers=answers),
        questionnaire=q,
        assessment=assessment,
        decision=Decision(
            outcome=Outcome.APPROVE_WITH_CONDITIONS,
            rationale="Fine.",
            conditions=["One"],
            decided_by="Bench",
            decided_at=datetime(2026, 1, 1, tzinfo=UTC),
        ),
    )


def _baseline(signer: Any, paragraphs: int) -> bytes:
    """Build a plain document of the same length and certify it with the same key."""
    buffer = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [
            Paragraph(f"Line {n}: plain text of about the same length as a table row.", style)
            for n in range(paragraphs)
        ]
    )
    meta = signers.PdfSignatureMetadata(field_name="Sig", certify=True)
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(buffer.getvalue())), output=out
    )
    return out.getvalue()


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Any:
    made = make_identity(tmp_path_factory.mktemp("bench"), "Bench", "bench@example.org", b"b")
    return load_identity(made.p12, made.passphrase)


def test_baseline_reportlab_pyhanko(benchmark, identity):
    benchmark.pedantic(
        _baseline, args=(identity.signer, 700), rounds=10, iterations=1, warmup_rounds=1
    )
    record_p95(benchmark)


@pytest.mark.parametrize("layout", ["2", "1"])
def test_report_and_signature_200_answers_40_clauses(benchmark, identity, layout):
    """Layout 2 is what new reports use; layout 1 is what verifying an older report re-renders."""
    report = _report().model_copy(update={"layout": layout})
    data = benchmark.pedantic(
        make_signed_report, args=(report, identity), rounds=10, iterations=1, warmup_rounds=1
    )
    assert data.startswith(b"%PDF-")
    record_p95(benchmark)
