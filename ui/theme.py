"""Colours and text styles: verdict and severity colours that read in light and dark mode."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reviewer.outcome import Outcome
from reviewer.severity import Severity, Standing, Verdict, VerdictReading
from ui.i18n import marked
from ui.style import (  # re-exported: screens import their look from here
    STYLE_SHEET,
    ProblemLabel,
    apply_dark_palette,
    apply_style,
    dark_palette,
    is_dark,
    muted,
    set_point_delta,
)

__all__ = [
    "BAD_COLOURS",
    "GOOD_COLOURS",
    "INCOMPLETE_COLOURS",
    "SEVERITY_LABELS",
    "STYLE_SHEET",
    "UNSURE_COLOURS",
    "ProblemLabel",
    "apply_dark_palette",
    "apply_style",
    "badge_style",
    "dark_palette",
    "finding_colours",
    "is_dark",
    "muted",
    "outcome_label",
    "reading_colours",
    "reading_label",
    "set_point_delta",
    "severity_colours",
    "severity_label",
    "verdict_colours",
    "verdict_label",
]

# Fixed background/foreground pairs (contrast 4.5:1 or better) so a badge reads the same
# whatever the window colours are.
_VERDICT_COLOURS = {
    Verdict.PROHIBITED: ("#9b1c1c", "#ffffff"),
    Verdict.HIGH: ("#b54708", "#ffffff"),
    Verdict.LIMITED: ("#f5c542", "#1f1f1f"),
    Verdict.MINIMAL: ("#2e7d32", "#ffffff"),
}
_SEVERITY_VERDICT = {s: Verdict.from_severity(s) for s in Severity}
_VERDICT_SEVERITY = {v: s for s, v in _SEVERITY_VERDICT.items()}
SEVERITY_LABELS = {
    Severity.PROHIBITED: "Prohibited",
    Severity.HIGH: "High",
    Severity.LIMITED: "Limited",
    Severity.MINIMAL: "Minimal",
}

# Marked for translation here; shown through the functions below, in the interface language.
_VERDICT_NAMES = marked(
    {
        Verdict.PROHIBITED: QT_TRANSLATE_NOOP("Labels", "Prohibited use"),
        Verdict.HIGH: QT_TRANSLATE_NOOP("Labels", "High risk"),
        Verdict.LIMITED: QT_TRANSLATE_NOOP("Labels", "Limited risk"),
        Verdict.MINIMAL: QT_TRANSLATE_NOOP("Labels", "Minimal risk"),
    }
)
_SEVERITY_NAMES = marked(
    {
        Severity.PROHIBITED: QT_TRANSLATE_NOOP("Labels", "Prohibited"),
        Severity.HIGH: QT_TRANSLATE_NOOP("Labels", "High"),
        Severity.LIMITED: QT_TRANSLATE_NOOP("Labels", "Limited"),
        Severity.MINIMAL: QT_TRANSLATE_NOOP("Labels", "Minimal"),
    }
)
_OUTCOME_NAMES = marked(
    {
        Outcome.APPROVE: QT_TRANSLATE_NOOP("Labels", "Approve"),
        Outcome.APPROVE_WITH_CONDITIONS: QT_TRANSLATE_NOOP("Labels", "Approve with conditions"),
        Outcome.REJECT: QT_TRANSLATE_NOOP("Labels", "Reject"),
        Outcome.ESCALATE: QT_TRANSLATE_NOOP("Labels", "Escalate"),
    }
)
# Good and bad findings (verification, connection tests): the minimal and prohibited colours.
GOOD_COLOURS = ("#2e7d32", "#ffffff")
BAD_COLOURS = ("#9b1c1c", "#ffffff")
UNSURE_COLOURS = ("#f5c542", "#1f1f1f")
# No verdict yet: a neutral grey that claims nothing, in light and dark mode alike.
INCOMPLETE_COLOURS = ("#5f6368", "#ffffff")


def verdict_label(verdict: Verdict) -> str:
    """Return a verdict in words, in the interface language."""
    return QCoreApplication.translate("Labels", _VERDICT_NAMES[verdict])


def reading_label(reading: VerdictReading) -> str:
    """Return a verdict reading in words: the verdict, "At least: High", or "Incomplete"."""
    if reading.verdict is None:
        return QCoreApplication.translate("Labels", "Incomplete")
    if reading.standing is Standing.AT_LEAST:
        return QCoreApplication.translate("Labels", "At least: {0}").format(
            severity_label(_VERDICT_SEVERITY[reading.verdict])
        )
    return verdict_label(reading.verdict)


def reading_colours(reading: VerdictReading) -> tuple[str, str]:
    """Return the (background, text) colours of a verdict reading: grey while incomplete."""
    return INCOMPLETE_COLOURS if reading.verdict is None else verdict_colours(reading.verdict)


def severity_label(severity: Severity) -> str:
    """Return a severity in words, in the interface language."""
    return QCoreApplication.translate("Labels", _SEVERITY_NAMES[severity])


def outcome_label(outcome: Outcome) -> str:
    """Return a decision outcome in words, in the interface language."""
    return QCoreApplication.translate("Labels", _OUTCOME_NAMES[outcome])


def finding_colours(ok: bool | None) -> tuple[str, str]:
    """Return the (background, text) colours of a good, bad or undetermined finding."""
    return GOOD_COLOURS if ok else (UNSURE_COLOURS if ok is None else BAD_COLOURS)


def verdict_colours(verdict: Verdict) -> tuple[str, str]:
    """Return the (background, text) colours of a verdict badge."""
    return _VERDICT_COLOURS[verdict]


def severity_colours(severity: Severity) -> tuple[str, str]:
    """Return the (background, text) colours of a severity tag."""
    return _VERDICT_COLOURS[_SEVERITY_VERDICT[severity]]


def badge_style(background: str, foreground: str, radius: int = 4, padding: str = "2px 8px") -> str:
    """Return the style sheet of a coloured pill label."""
    return (
        f"background-color: {background}; color: {foreground}; border-radius: {radius}px;"
        f" padding: {padding}; font-weight: 600;"
    )
