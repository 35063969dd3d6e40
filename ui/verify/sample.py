"""A sample signed and verified report for the screenshots, made in a throwaway folder."""

from __future__ import annotations

import logging
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from reviewer import Decision, Outcome
from reviewer.report.model import ReportInput, ReviewRecord
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import create_identity, load_identity
from reviewer.signing.verify import Verification, verify_report

log = logging.getLogger(__name__)


def sample_verification(workspace: Any) -> tuple[Path, Verification] | None:
    """Sign the workspace's draft with a throwaway identity and verify it; None on failure."""
    if workspace is None:
        return None
    try:
        intake = workspace.intake
        assessment = intake.assessment
        review = ReviewRecord(
            id="R-2026-0007",
            title="Sample review (screenshot)",
            organisation="Example organisation",
            answers=dict(intake.answers),
        )
        decision = Decision(
            outcome=Outcome.REJECT,
            rationale="The risks are not yet under control; resubmit with the safeguards named.",
            decided_by="Alice Martin",
            decided_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
        )
        report = ReportInput(
            review=review,
            questionnaire=intake.questionnaire,
            assessment=assessment,
            decision=decision,
        )
        with tempfile.TemporaryDirectory() as folder:
            p12_path = Path(folder) / "alice.p12"
            p12, _pem = create_identity("Alice Martin", "alice@example.org", "City", b"sample")
            p12_path.write_bytes(p12)
            identity = load_identity(p12_path, b"sample")
            data = make_signed_report(report, identity)
        result = verify_report(data, [identity.certificate], "decision-R-2026-0007.pdf")
    except Exception:  # a screenshot aid must never stop the screenshots
        log.exception("could not make the sample verification")
        return None
    return Path("decision-R-2026-0007.pdf"), result
