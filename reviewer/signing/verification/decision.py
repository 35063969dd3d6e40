"""Holding the embedded decision to the rules: re-score the answers, no approved prohibition."""

from __future__ import annotations

from collections.abc import Callable

from reviewer.decision import check_decision
from reviewer.errors import ProhibitedApprovalError, ReviewerError
from reviewer.policy import PolicyPack
from reviewer.report.model import Person, ReportInput
from reviewer.scoring import assess
from reviewer.severity import Verdict
from reviewer.signing.verification.result import (
    Finding,
    Problem,
    Rescore,
    RescoreCheck,
    SignatureCheck,
)

PackLookup = Callable[[str], PolicyPack | None]


def _shipped(sha256: str) -> PolicyPack | None:
    """Return the shipped pack with this content hash, if one is."""
    from reviewer.library import default_policy_packs

    try:
        packs = default_policy_packs()
    except ReviewerError:
        return None
    return next((p for p in packs if p.sha256 == sha256), None)


def rescore(
    report: ReportInput, packs_by_sha256: PackLookup | None
) -> tuple[RescoreCheck, list[Finding]]:
    """Score the embedded answers again against the pinned packs, when every one is at hand."""
    pins = report.assessment.pins
    found: list[Finding] = []
    if report.questionnaire.sha256 != pins.questionnaire.sha256:
        found.append(
            Finding(
                Problem.QUESTIONNAIRE_MISMATCH,
                f"the questionnaire in decision.json (sha256 {report.questionnaire.sha256[:16]}…) "
                f"is not the one the assessment pins ({pins.questionnaire.sha256[:16]}…)",
            )
        )
    packs: list[PolicyPack] = []
    unknown: list[str] = []
    for pin in pins.packs:
        pack = _shipped(pin.sha256) or (packs_by_sha256(pin.sha256) if packs_by_sha256 else None)
        if pack is None or (pack.id, pack.version) != (pin.id, pin.version):
            unknown.append(f"{pin.id} {pin.version}")
        else:
            packs.append(pack)
    if unknown:
        note = f"not re-scored: pack {', '.join(unknown)} unknown"
        return RescoreCheck(Rescore.NOT_RESCORED, note, tuple(unknown)), found
    if found:
        return RescoreCheck(Rescore.NOT_RESCORED, "not re-scored: the questionnaire differs"), found
    # As of the day the assessment says it was made: a clause's dates are judged then.
    again = assess(
        report.questionnaire, packs, report.review.answers, as_of=report.assessment.as_of
    )
    # Reports signed before explanations were sentence templates carry no `reasons`.
    if again.without_sentences() == report.assessment.without_sentences():
        return RescoreCheck(Rescore.MATCHES, "re-scored: the pinned packs give this assessment"), []
    text = (
        "the assessment in decision.json is not what the pinned packs give for its answers: "
        f"they give {again.verdict.value} (score {again.score}), the report says "
        f"{report.assessment.verdict.value} (score {report.assessment.score})"
    )
    found.append(Finding(Problem.ASSESSMENT_MISMATCH, text))
    if again.verdict is Verdict.PROHIBITED and report.decision.outcome.approves:
        found.append(
            Finding(
                Problem.PROHIBITED_APPROVED,
                "the answers make this use PROHIBITED, yet the decision approves it",
            )
        )
    return RescoreCheck(Rescore.DIFFERS, text), found


def check_rules(report: ReportInput) -> list[Finding]:
    """Apply the decision rules: a PROHIBITED verdict is never approved."""
    d = report.decision
    try:
        check_decision(report.assessment.verdict, d.outcome, d.conditions, d.escalate_to)
    except ProhibitedApprovalError:
        return [
            Finding(
                Problem.PROHIBITED_APPROVED,
                f"the decision '{d.outcome.label}' approves a PROHIBITED verdict, which "
                "Reviewer never allows",
            )
        ]
    except ReviewerError as exc:
        return [Finding(Problem.DECISION_RULES, f"the decision breaks a rule: {exc}")]
    return []


def _names(person: Person, check: SignatureCheck) -> bool:
    """Tell whether a signature is by the person decision.json names."""
    if person.email and check.email:
        return person.email.casefold() == check.email.casefold()
    return " ".join(person.name.split()).casefold() == " ".join(check.signer.split()).casefold()


def check_named_signers(report: ReportInput, checks: list[SignatureCheck]) -> list[Finding]:
    """Check that the decider and the assigned approver are the ones who signed."""
    found = []
    for role, person in (("Reviewer", report.decider), ("Approver", report.approver)):
        check = next((c for c in checks if c.field == role), None)
        if person is None or check is None or _names(person, check):
            continue
        found.append(
            Finding(
                Problem.SIGNER_NOT_NAMED,
                f"the {role} signature is by {check.signer}, but decision.json names "
                f"{person.name} as the {'decider' if role == 'Reviewer' else 'approver'}",
            )
        )
    return found
