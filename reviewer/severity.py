"""Severities of policy clauses and the verdicts they lead to."""

from __future__ import annotations

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
