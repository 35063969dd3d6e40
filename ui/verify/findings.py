"""What verification found, in words: one line per fact, each marked good, bad or undetermined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.signing.files import read_input
from reviewer.signing.trust import list_roots
from reviewer.signing.verify import PayloadCheck, SignatureCheck, Verification, verify_report
from ui.theme import outcome_label, verdict_label

_CONTEXT = "VerifyFindings"
_COVERAGE = {
    "ENTIRE_FILE": QT_TRANSLATE_NOOP("VerifyFindings", "the whole file"),
    "ENTIRE_REVISION": QT_TRANSLATE_NOOP(
        "VerifyFindings", "its revision; later revisions were added after it"
    ),
    "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP("VerifyFindings", "only part of the file"),
    "UNCLEAR": QT_TRANSLATE_NOOP("VerifyFindings", "unclear"),
    "UNKNOWN": QT_TRANSLATE_NOOP("VerifyFindings", "unknown"),
}
_MODIFICATIONS = {
    "NONE": QT_TRANSLATE_NOOP("VerifyFindings", "none"),
    "LTA_UPDATES": QT_TRANSLATE_NOOP("VerifyFindings", "validation data and timestamps only"),
    "FORM_FILLING": QT_TRANSLATE_NOOP(
        "VerifyFindings", "form filling only (such as a countersignature)"
    ),
    "ANNOTATIONS": QT_TRANSLATE_NOOP("VerifyFindings", "annotations"),
    "OTHER": QT_TRANSLATE_NOOP("VerifyFindings", "other changes not allowed after signing"),
}


def _tr(text: str) -> str:
    """Translate a text of this module."""
    return QCoreApplication.translate(_CONTEXT, text)


@dataclass(frozen=True)
class Finding:
    """One fact: what it is about, what was found, and whether that is good (None: neutral)."""

    label: str
    text: str
    ok: bool | None = None


def verify_file(path: Path) -> Verification:
    """Read a PDF and verify it against the trust store; raises ReviewerError for bad input."""
    data = read_input(path, "a signed decision report (PDF)")
    roots = [root.certificate for root in list_roots()]
    return verify_report(data, roots, str(path))


def when(moment: datetime | None) -> str:
    """Render a time in UTC, or say it is not given."""
    if moment is None:
        return _tr("not given")
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def signature_findings(check: SignatureCheck) -> list[Finding]:
    """Describe one signature."""
    role = (
        _tr("certifies the document; form filling is allowed after it")
        if check.certifying
        else _tr("approval signature")
    )
    found = [Finding(_tr("Field"), f"{check.field} ({role})"), Finding(_tr("Signer"), check.signer)]
    if check.timestamp_time is not None:
        stamp = _tr("{time}, from a timestamp authority").format(time=when(check.timestamp_time))
        found.append(Finding(_tr("Signing time"), stamp, bool(check.timestamp_ok)))
        found.append(Finding(_tr("Claimed time"), when(check.claimed_time)))
    else:
        claim = _tr("{time}: the signer's own claim; there is no timestamp").format(
            time=when(check.claimed_time)
        )
        found.append(Finding(_tr("Signing time"), claim))
    found.append(
        Finding(
            _tr("Intact"),
            _tr("yes, unchanged since signing")
            if check.intact
            else _tr("NO: changed after signing"),
            check.intact,
        )
    )
    if check.intact:
        found.append(
            Finding(
                _tr("Signature"),
                _tr("cryptographically valid") if check.valid else _tr("NOT valid"),
                check.valid,
            )
        )
    trusted = (
        _tr("yes, by root {root}").format(root=check.trust_anchor or "?")
        if check.trusted
        else _tr("NO: the certificate does not chain to a root in the trust store")
    )
    found.append(Finding(_tr("Trusted"), trusted, check.trusted))
    found.append(Finding(_tr("Covers"), _tr(_COVERAGE.get(check.coverage, check.coverage))))
    found.append(
        Finding(
            _tr("Changes after signing"),
            _tr(_MODIFICATIONS.get(check.modifications, check.modifications)),
            None if check.docmdp_ok is None else check.docmdp_ok,
        )
    )
    docmdp = {
        True: _tr("holds"),
        False: _tr("BROKEN: changes the certification forbids"),
        None: _tr("not applicable"),
    }
    found.append(Finding(_tr("DocMDP"), docmdp[check.docmdp_ok], check.docmdp_ok))
    return found


def decision_findings(payload: PayloadCheck) -> list[Finding]:
    """Describe the decision carried in decision.json, and whether it agrees with the page."""
    agrees = {True: _tr("yes"), False: _tr("NO"), None: _tr("cannot tell")}[payload.agrees]
    match = Finding(_tr("Matches the visible report"), f"{agrees} ({payload.note})", payload.agrees)
    report = payload.report
    if report is None:
        return [match]
    decision, assessment = report.decision, report.assessment
    found = [
        Finding(_tr("Review"), f"{report.review.id}: {report.review.title}"),
        Finding(_tr("Organisation"), report.review.organisation),
        Finding(_tr("Outcome"), outcome_label(decision.outcome)),
        Finding(
            _tr("Verdict"),
            _tr("{verdict}, risk score {score}").format(
                verdict=verdict_label(assessment.verdict), score=assessment.score
            ),
        ),
        Finding(
            _tr("Decided by"),
            _tr("{who} at {time}").format(who=decision.decided_by, time=when(decision.decided_at)),
        ),
        Finding(_tr("Rationale"), decision.rationale),
    ]
    if decision.conditions:
        found.append(Finding(_tr("Conditions"), "\n".join(f"• {c}" for c in decision.conditions)))
    pins = assessment.pins
    found.append(
        Finding(_tr("Questionnaire"), f"{pins.questionnaire.id} {pins.questionnaire.version}")
    )
    for pack in pins.packs:
        found.append(Finding(_tr("Policy pack"), f"{pack.id} {pack.version}"))
    found.append(match)
    return found


def headline(result: Verification) -> tuple[str, bool]:
    """Return the verdict of verification in one sentence, and whether it passed."""
    if result.passed:
        return (
            _tr(
                "VALID: every signature is intact and trusted, and nothing was changed that"
                " the signatures do not allow."
            ),
            True,
        )
    return _tr("NOT VALID: do not rely on this document. Reasons:"), False
