"""Severities of policy clauses and the verdicts they lead to."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a triggered clause is, from most to least."""

    PROHIBITED = "prohibited"
    HIGH = "high"
    LIMITED = "limited"
    MINIMAL = "minimal"

    @property
    def rank(self) -> int:
        """Return 3 for prohibited down to 0 for minimal."""
        return _RANKS[self]

    @property
    def default_weight(self) -> int:
        """Return the risk points a clause of this severity adds unless it sets its own."""
        return _WEIGHTS[self]


_RANKS = {
    Severity.PROHIBITED: 3,
    Severity.HIGH: 2,
    Severity.LIMITED: 1,
    Severity.MINIMAL: 0,
}
_WEIGHTS = {
    Severity.PROHIBITED: 100,
    Severity.HIGH: 30,
    Severity.LIMITED: 8,
    Severity.MINIMAL: 1,
}


class Verdict(StrEnum):
    """The overall verdict of an assessment: the most serious triggered severity."""

    PROHIBITED = "PROHIBITED"
    HIGH = "HIGH"
    LIMITED = "LIMITED"
    MINIMAL = "MINIMAL"

    @classmethod
    def from_severity(cls, severity: Severity) -> Verdict:
        """Map a clause severity to the verdict of the same name."""
        return cls(severity.value.upper())

    @property
    def label(self) -> str:
        """Return the verdict in words for reports and the UI."""
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.PROHIBITED: "Prohibited use",
    Verdict.HIGH: "High risk",
    Verdict.LIMITED: "Limited risk",
    Verdict.MINIMAL: "Minimal risk",
}


class Standing(StrEnum):
    """How far a verdict can be trusted while the questionnaire is being filled in."""

    FINAL = "final"
    """Every required answer is given: the verdict is the assessment's."""
    INCOMPLETE = "incomplete"
    """Required answers are missing and nothing serious has triggered yet: no verdict."""
    AT_LEAST = "at_least"
    """Required answers are missing, but a high or prohibited clause already triggered: the
    verdict can only stay or get worse."""


_FLOORS = (Verdict.PROHIBITED, Verdict.HIGH)


@dataclass(frozen=True)
class VerdictReading:
    """A verdict as it may honestly be shown: final, a floor ("At least: High"), or incomplete.

    Missing answers can only add triggers, so a high or prohibited verdict reached early is a
    floor; a lower one says nothing yet, since any missing answer could raise it.
    """

    standing: Standing
    verdict: Verdict | None
    """The verdict, or its floor; None while incomplete."""

    @classmethod
    def of(cls, verdict: Verdict, complete: bool) -> VerdictReading:
        """Read a verdict given whether every required answer is given."""
        if complete:
            return cls(Standing.FINAL, verdict)
        if verdict in _FLOORS:
            return cls(Standing.AT_LEAST, verdict)
        return cls(Standing.INCOMPLETE, None)

    @property
    def provisional(self) -> bool:
        """Tell whether the verdict may still change as required answers come in."""
        return self.standing is not Standing.FINAL

    @property
    def label(self) -> str:
        """Return the reading in English words, for the CLI and reports."""
        if self.verdict is None:
            return "Incomplete"
        if self.standing is Standing.AT_LEAST:
            return f"At least: {_SEVERITY_WORDS[self.verdict]}"
        return self.verdict.label


_SEVERITY_WORDS = {
    Verdict.PROHIBITED: "Prohibited",
    Verdict.HIGH: "High",
    Verdict.LIMITED: "Limited",
    Verdict.MINIMAL: "Minimal",
}
