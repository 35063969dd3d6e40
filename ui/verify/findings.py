"""What verification found, in words: one line per fact, each marked good, bad or undetermined."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.signing.files import read_input
from ui.i18n import marked, moment_text
from ui.theme import finding_colours, outcome_label, verdict_label

# The signature fields of a decision report, by their names in the PDF.
_FIELDS = marked(
    {
        "Reviewer": QT_TRANSLATE_NOOP("SignatureFields", "Reviewer"),
        "Approver": QT_TRANSLATE_NOOP("SignatureFields", "Approver"),
    }
)


def field_label(field: str) -> str:
    """Name a signature field (the role of who signs in it) in the interface language."""
    known = _FIELDS.get(field)
    return QCoreApplication.translate("SignatureFields", known) if known else field


if TYPE_CHECKING:
    from reviewer.signing.verify import PayloadCheck, RescoreCheck, SignatureCheck, Verification

_CONTEXT = "VerifyFindings"
_COVERAGE = marked(
    {
        "ENTIRE_FILE": QT_TRANSLATE_NOOP("VerifyFindings", "the whole file"),
        "ENTIRE_REVISION": QT_TRANSLATE_NOOP(
            "VerifyFindings", "its revision; later revisions were added after it"
        ),
        "CONTIGUOUS_BLOCK_FROM_START": QT_TRANSLATE_NOOP("VerifyFindings", "only part of the file"),
        "UNCLEAR": QT_TRANSLATE_NOOP("VerifyFindings", "unclear"),
        "UNKNOWN": QT_TRANSLATE_NOOP("VerifyFindings", "unknown"),
    }
)
_MODIFICATIONS = marked(
    {
        "NONE": QT_TRANSLATE_NOOP("VerifyFindings", "none"),
        # pyHanko's level for /Info, XMP and validation-data updates: name them all.
        "LTA_UPDATES": QT_TRANSLATE_NOOP(
            "VerifyFindings", "document metadata, validation data or timestamps"
        ),
        "FORM_FILLING": QT_TRANSLATE_NOOP(
            "VerifyFindings", "form filling only (such as a countersignature)"
        ),
        "ANNOTATIONS": QT_TRANSLATE_NOOP("VerifyFindings", "annotations"),
        "OTHER": QT_TRANSLATE_NOOP("VerifyFindings", "other changes not allowed after signing"),
    }
)


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
    from reviewer.signing.trust import list_roots
    from reviewer.signing.verify import verify_report

    roots = [root.certificate for root in list_roots()]
    return verify_report(data, roots, str(path))


def when(moment: datetime | None) -> str:
    """Render a time in UTC, or say it is not given."""
    if moment is None:
        return QCoreApplication.translate("VerifyFindings", "not given")
    return moment_text(moment, utc=True, seconds=True)


def signature_findings(check: SignatureCheck) -> list[Finding]:
    """Describe one signature."""
    role = (
        QCoreApplication.translate(
            "VerifyFindings", "certifies the document; form filling is allowed after it"
        )
        if check.certifying
        else QCoreApplication.translate("VerifyFindings", "approval signature")
    )
    found = [
        Finding(
            QCoreApplication.translate("VerifyFindings", "Field"),
            f"{field_label(check.field)} ({role})",
        ),
        Finding(QCoreApplication.translate("VerifyFindings", "Signer"), check.display),
    ]
    if check.timestamp_time is not None:
        stamp = QCoreApplication.translate(
            "VerifyFindings", "{time}, from a timestamp authority"
        ).format(time=when(check.timestamp_time))
        found.append(
            Finding(
                QCoreApplication.translate("VerifyFindings", "Signing time"),
                stamp,
                bool(check.timestamp_ok),
            )
        )
        found.append(
            Finding(
                QCoreApplication.translate("VerifyFindings", "Claimed time"),
                when(check.claimed_time),
            )
        )
    else:
        claim = QCoreApplication.translate(
            "VerifyFindings", "{time}: the signer's own claim; there is no timestamp"
        ).format(time=when(check.claimed_time))
        found.append(Finding(QCoreApplication.translate("VerifyFindings", "Signing time"), claim))
    found.append(
        Finding(
            QCoreApplication.translate("VerifyFindings", "Intact"),
            QCoreApplication.translate("VerifyFindings", "yes, unchanged since signing")
            if check.intact
            else QCoreApplication.translate("VerifyFindings", "NO: changed after signing"),
            check.intact,
        )
    )
    if check.intact:
        found.append(
            Finding(
                QCoreApplication.translate("VerifyFindings", "Signature"),
                QCoreApplication.translate("VerifyFindings", "cryptographically valid")
                if check.valid
                else QCoreApplication.translate("VerifyFindings", "NOT valid"),
                check.valid,
            )
        )
    trusted = (
        QCoreApplication.translate("VerifyFindings", "yes, by root {root}").format(
            root=check.trust_anchor or "?"
        )
        if check.trusted
        else QCoreApplication.translate(
            "VerifyFindings", "NO: the certificate does not chain to a root in the trust store"
        )
    )
    # An intact, valid signature by a stranger is a question (amber), not a forgery (red).
    trust_ok = True if check.trusted else (None if check.intact and check.valid else False)
    found.append(
        Finding(QCoreApplication.translate("VerifyFindings", "Trusted"), trusted, trust_ok)
    )
    found.append(
        Finding(
            QCoreApplication.translate("VerifyFindings", "Covers"),
            QCoreApplication.translate(
                "VerifyFindings", _COVERAGE.get(check.coverage, check.coverage)
            ),
        )
    )
    found.append(
        Finding(
            QCoreApplication.translate("VerifyFindings", "Changes after signing"),
            QCoreApplication.translate(
                "VerifyFindings", _MODIFICATIONS.get(check.modifications, check.modifications)
            ),
            None if check.docmdp_ok is None else check.docmdp_ok,
        )
    )
    docmdp = {
        True: QCoreApplication.translate("VerifyFindings", "holds"),
        False: QCoreApplication.translate(
            "VerifyFindings", "BROKEN: changes the certification forbids"
        ),
        None: QCoreApplication.translate("VerifyFindings", "not applicable"),
    }
    found.append(
        Finding(
            QCoreApplication.translate("VerifyFindings", "DocMDP"),
            docmdp[check.docmdp_ok],
            check.docmdp_ok,
        )
    )
    return found


def rescore_finding(rescore: RescoreCheck) -> Finding:
    """Describe whether the assessment was scored again from the answers and pinned packs."""
    from reviewer.signing.verify import Rescore

    label = QCoreApplication.translate("VerifyFindings", "Assessment scored again")
    if rescore.status is Rescore.MATCHES:
        text = QCoreApplication.translate(
            "VerifyFindings", "yes: the pinned policy packs give the same assessment"
        )
        return Finding(label, text, True)
    if rescore.status is Rescore.DIFFERS:
        text = QCoreApplication.translate(
            "VerifyFindings", "NO: the pinned policy packs give another assessment"
        )
        return Finding(label, text, False)
    text = QCoreApplication.translate(
        "VerifyFindings", "not scored again: policy pack {packs} unknown here"
    ).format(packs=", ".join(rescore.unknown_packs) or "?")
    return Finding(label, text, None)


def decision_findings(payload: PayloadCheck, rescore: RescoreCheck | None = None) -> list[Finding]:
    """Describe the decision carried in decision.json, and whether it agrees with the page."""
    agrees = {
        True: QCoreApplication.translate("VerifyFindings", "yes"),
        False: QCoreApplication.translate("VerifyFindings", "NO"),
        None: QCoreApplication.translate("VerifyFindings", "not compared"),
    }[payload.agrees]
    match = Finding(
        QCoreApplication.translate("VerifyFindings", "Matches the visible report"),
        f"{agrees} ({payload.note})",
        payload.agrees,
    )
    report = payload.report
    if report is None:
        return [match]
    decision, assessment = report.decision, report.assessment
    found = [
        Finding(
            QCoreApplication.translate("VerifyFindings", "Review"),
            f"{report.review.id}: {report.review.title}",
        ),
        Finding(
            QCoreApplication.translate("VerifyFindings", "Organisation"), report.review.organisation
        ),
        Finding(
            QCoreApplication.translate("VerifyFindings", "Outcome"), outcome_label(decision.outcome)
        ),
        Finding(
            QCoreApplication.translate("VerifyFindings", "Verdict"),
            QCoreApplication.translate("VerifyFindings", "{verdict}, risk score {score}").format(
                verdict=verdict_label(assessment.verdict), score=assessment.score
            ),
        ),
        Finding(
            QCoreApplication.translate("VerifyFindings", "Decided by"),
            QCoreApplication.translate("VerifyFindings", "{who} at {time}").format(
                who=decision.decided_by, time=when(decision.decided_at)
            ),
        ),
        Finding(QCoreApplication.translate("VerifyFindings", "Rationale"), decision.rationale),
    ]
    if decision.conditions:
        found.append(
            Finding(
                QCoreApplication.translate("VerifyFindings", "Conditions"),
                "\n".join(f"• {c}" for c in decision.conditions),
            )
        )
    pins = assessment.pins
    found.append(
        Finding(
            QCoreApplication.translate("VerifyFindings", "Questionnaire"),
            f"{pins.questionnaire.id} {pins.questionnaire.version}",
        )
    )
    for pack in pins.packs:
        found.append(
            Finding(
                QCoreApplication.translate("VerifyFindings", "Policy pack"),
                f"{pack.id} {pack.version}",
            )
        )
    found.append(match)
    if rescore is not None:
        found.append(rescore_finding(rescore))
    return found


def headline(result: Verification) -> tuple[str, bool | None]:
    """Return the verdict of verification in one sentence, and its state.

    The state is True when it is valid (countersigned or awaiting its countersignature), None
    (amber) when the only fault is a signer this computer does not trust yet, and False (red)
    for anything else.
    """
    from reviewer.signing.verify import State

    if result.state is State.COUNTERSIGNED:
        return (
            QCoreApplication.translate(
                "VerifyFindings",
                "VALID and countersigned: both signatures are intact and trusted, by two"
                " different people, and the report is what Reviewer produced.",
            ),
            True,
        )
    if result.state is State.AWAITING_COUNTERSIGNATURE:
        return (
            QCoreApplication.translate(
                "VerifyFindings",
                "VALID, not countersigned yet: the reviewer's certification holds and the"
                " report is what Reviewer produced; no approver has countersigned it.",
            ),
            True,
        )
    if result.intact_but_untrusted:
        signers = ", ".join(c.signer for c in result.signatures if not c.trusted)
        return (
            QCoreApplication.translate(
                "VerifyFindings",
                "NOT FROM YOUR ORGANISATION: the signatures are intact, but this computer does"
                " not trust {signers}. Check who that is before relying on this document.",
            ).format(signers=signers),
            None,
        )
    return QCoreApplication.translate(
        "VerifyFindings", "NOT VALID: do not rely on this document. Reasons:"
    ), False


def findings_table(title: str, findings: list[Finding]) -> str:
    """Render findings as a two-column table; good and bad values say so in words and colour."""
    rows = []
    for finding in findings:
        value = escape(finding.text).replace("\n", "<br/>")
        if finding.ok is not None:
            background, foreground = finding_colours(finding.ok)
            mark = "✓" if finding.ok else "✗"
            value = (
                f'<span style="background-color:{background}; color:{foreground};'
                f' font-weight:600">&nbsp;{mark}&nbsp;</span>&nbsp; {value}'
            )
        rows.append(
            f'<tr><td style="padding:2px 12px 2px 0"><b>{escape(finding.label)}</b></td>'
            f'<td style="padding:2px 0">{value}</td></tr>'
        )
    return f"<h3>{escape(title)}</h3><table>{''.join(rows)}</table>"
