"""The self-test: the core journey (score, identities, sign, verify, countersign) run headless.

It proves an installed copy works end to end without touching the user's reviews, identities
or trust store: every file it makes lives in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import hashlib
import secrets
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509

from reviewer.answers import AnswersFile, load_answers_file
from reviewer.decision import Decision, Outcome, check_decision
from reviewer.library import default_policy_packs, default_questionnaire
from reviewer.questionnaire import Questionnaire
from reviewer.report.model import ReportInput, ReviewRecord
from reviewer.resources import examples_dir
from reviewer.scoring import Assessment, assess
from reviewer.severity import Verdict
from reviewer.signing.decision_pdf import make_signed_report
from reviewer.signing.identity import Identity, create_identity, load_identity, save_identity
from reviewer.signing.sign import countersign_report
from reviewer.signing.verify import verify_report

PREFERRED_EXAMPLE = "customer-support-chatbot.json"
SKIPPED = "not run: an earlier step failed"


@dataclass(frozen=True)
class StepResult:
    """The outcome of one step of the self-test."""

    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class SelfTestResult:
    """Every step's outcome, in the order they ran."""

    steps: list[StepResult]

    @property
    def passed(self) -> bool:
        """Tell whether every step passed."""
        return bool(self.steps) and all(step.ok for step in self.steps)

    def lines(self) -> list[str]:
        """Return one printable line per step, then the overall result."""
        out = [
            f"[{'ok' if s.ok else 'FAILED'}] {i}. {s.name}: {s.detail}"
            for i, s in enumerate(self.steps, 1)
        ]
        out.append("Self-test passed." if self.passed else "Self-test FAILED.")
        return out


class SelfTestFailure(Exception):
    """A step found that something does not work; the message says what."""


@dataclass
class Journey:
    """What the steps hand on to each other, all inside one temporary folder."""

    folder: Path
    questionnaire: Questionnaire | None = None
    answers: AnswersFile | None = None
    answers_path: Path | None = None
    assessment: Assessment | None = None
    identities: list[Identity] = field(default_factory=list)
    signed: bytes = b""
    countersigned: bytes = b""

    def need(self, value: Any, what: str) -> Any:
        """Return a value an earlier step made, or fail saying which one is missing."""
        if value is None or value == b"" or value == []:
            raise SelfTestFailure(f"{what} is missing")
        return value


Step = Callable[[Journey], str]


def choose_example(folder: Path | None = None) -> Path:
    """Return the example intake the self-test scores."""
    folder = folder or examples_dir()
    preferred = folder / PREFERRED_EXAMPLE
    if preferred.is_file():
        return preferred
    found = sorted(folder.glob("*.json"))
    if not found:
        raise SelfTestFailure(f"no example intake in {folder}; the installation is incomplete")
    return found[0]


def score_example(journey: Journey) -> str:
    """Load a shipped example and assess it against the shipped policy packs."""
    path = choose_example()
    questionnaire = default_questionnaire()
    answers = load_answers_file(path, questionnaire)
    journey.questionnaire, journey.answers, journey.answers_path = questionnaire, answers, path
    journey.assessment = assess(questionnaire, default_policy_packs(), answers.answers)
    a = journey.assessment
    return f"{path.name}: verdict {a.verdict.value}, score {a.score}"


def create_identities(journey: Journey) -> str:
    """Create a throwaway reviewer and approver, each with a random passphrase."""
    people = (("Self-test Reviewer", "reviewer"), ("Self-test Approver", "approver"))
    for name, role in people:
        passphrase = secrets.token_urlsafe(24).encode("ascii")
        p12, _pem = create_identity(name, f"{role}@selftest.invalid", "Self-test", passphrase)
        path = journey.folder / f"{role}.p12"
        save_identity(path, p12)
        journey.identities.append(load_identity(path, passphrase))
    return ", ".join(identity.name for identity in journey.identities)


def sign_decision(journey: Journey) -> str:
    """Decide the scored example and certify its report as the throwaway reviewer."""
    assessment: Assessment = journey.need(journey.assessment, "the assessment")
    answers: AnswersFile = journey.need(journey.answers, "the example's answers")
    reviewer: Identity = journey.need(journey.identities, "the reviewer identity")[0]
    outcome = Outcome.REJECT if assessment.verdict is Verdict.PROHIBITED else Outcome.APPROVE
    check_decision(assessment.verdict, outcome, [])
    path: Path = journey.need(journey.answers_path, "the example file")
    report = ReportInput(
        review=ReviewRecord(
            id=f"selftest-{hashlib.sha256(path.read_bytes()).hexdigest()[:12]}",
            title=answers.title,
            organisation=answers.organisation,
            answers=answers.answers,
        ),
        questionnaire=journey.need(journey.questionnaire, "the questionnaire"),
        assessment=assessment,
        decision=Decision(
            outcome=outcome,
            rationale="Self-test of this installation; not a real decision.",
            decided_by=reviewer.name,
            decided_at=datetime.now(UTC).replace(microsecond=0),
        ),
    )
    journey.signed = make_signed_report(report, reviewer, None)
    (journey.folder / "signed.pdf").write_bytes(journey.signed)
    return f"{outcome.label}, {len(journey.signed):,} bytes, signed by {reviewer.name}"


def _roots(journey: Journey) -> list[x509.Certificate]:
    """Return the throwaway certificates, trusted as roots for this run only."""
    return [identity.certificate for identity in journey.identities]


def _verify(data: bytes, journey: Journey, expected: int, source: str) -> str:
    """Verify a report and insist on the expected number of good signatures."""
    result = verify_report(data, _roots(journey), source)
    if not result.passed:
        raise SelfTestFailure("; ".join(result.reasons))
    if len(result.signatures) != expected:
        raise SelfTestFailure(f"expected {expected} signature(s), found {len(result.signatures)}")
    if result.payload.agrees is not True:
        raise SelfTestFailure(f"decision.json: {result.payload.note}")
    return f"{expected} signature(s) intact and trusted; decision.json matches the report"


def verify_signed(journey: Journey) -> str:
    """Verify the certified report with the throwaway roots trusted."""
    return _verify(journey.need(journey.signed, "the signed report"), journey, 1, "signed.pdf")


def countersign_and_verify(journey: Journey) -> str:
    """Countersign as the second identity, then verify both signatures."""
    signed: bytes = journey.need(journey.signed, "the signed report")
    if len(journey.identities) < 2:
        raise SelfTestFailure("the approver identity is missing")
    journey.countersigned = countersign_report(signed, journey.identities[1], "signed.pdf")
    (journey.folder / "countersigned.pdf").write_bytes(journey.countersigned)
    return _verify(journey.countersigned, journey, 2, "countersigned.pdf")


STEPS: list[tuple[str, Step]] = [
    ("Score an example intake", score_example),
    ("Create two throwaway signing identities", create_identities),
    ("Sign a decision report", sign_decision),
    ("Verify the signed report", verify_signed),
    ("Countersign and verify again", countersign_and_verify),
]


def run_self_test(steps: Sequence[tuple[str, Step]] | None = None) -> SelfTestResult:
    """Run each step in a fresh temporary folder; after a failure the rest are reported unrun."""
    results: list[StepResult] = []
    with tempfile.TemporaryDirectory(prefix="reviewer-selftest-") as folder:
        journey = Journey(folder=Path(folder))
        failed = False
        for name, step in steps if steps is not None else STEPS:
            if failed:
                results.append(StepResult(name, False, SKIPPED))
                continue
            try:
                results.append(StepResult(name, True, step(journey)))
            except Exception as exc:  # a self-test reports every failure instead of stopping
                failed = True
                results.append(StepResult(name, False, _describe(exc)))
    return SelfTestResult(results)


def _describe(exc: Exception) -> str:
    """Say what went wrong in one line."""
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    if isinstance(exc, SelfTestFailure):
        return message
    return f"{type(exc).__name__}: {message}"
