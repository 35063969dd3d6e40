"""The decision controller: which outcomes are allowed, what is still missing, and the Decision."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QObject, Signal

from reviewer import Assessment, Decision, Outcome, ReviewerError, Verdict
from reviewer.decision import allowed_outcomes, check_decision
from ui.decision.conditions_table import ConditionsTableModel


class DecisionController(QObject):
    """Holds the officer's decision while it is made, and the rules it must meet.

    Signals:
        changed(): the allowed outcomes, the choice or what is missing changed.
        recorded(object): a valid `Decision` was made.
    """

    changed = Signal()
    recorded = Signal(object)

    def __init__(self, decided_by: str = "-", parent: QObject | None = None) -> None:
        """Start an empty decision.

        `decided_by` only fills the draft `Decision`: the service records the decision under
        the person of the signing identity chosen when it is recorded.
        """
        super().__init__(parent)
        self.decided_by = decided_by
        self.conditions = ConditionsTableModel(self)
        self.verdict = Verdict.MINIMAL
        self.prohibiting: list[str] = []
        self.missing_terms: list[str] = []
        self.outcome: Outcome | None = None
        self.rationale = ""
        self.escalate_to = ""
        self.next_review: date | None = None
        for model_signal in (
            self.conditions.rowsInserted,
            self.conditions.rowsRemoved,
            self.conditions.dataChanged,
            self.conditions.modelReset,
        ):
            model_signal.connect(self.changed)

    @property
    def allowed(self) -> list[Outcome]:
        """Return the outcomes allowed for the current verdict."""
        return allowed_outcomes(self.verdict)

    def blocked_reason(self) -> str | None:
        """Say why the approve outcomes are unavailable, or None when they are available."""
        if self.verdict is not Verdict.PROHIBITED:
            return None
        clauses = "; ".join(self.prohibiting)
        return self.tr(
            "Approval is not possible: this use is prohibited by {clauses}. "
            "Reject it, or escalate it if you believe the assessment is wrong."
        ).format(clauses=clauses)

    def set_assessment(self, assessment: Assessment, missing_terms: list[str]) -> None:
        """Follow a new assessment: allowed outcomes and missing answers."""
        self.verdict = assessment.verdict
        self.prohibiting = [t.title for t in assessment.triggers if t.severity.rank == 3]
        self.missing_terms = list(missing_terms)
        if self.outcome is not None and self.outcome not in self.allowed:
            self.outcome = None
        self.changed.emit()

    def set_outcome(self, outcome: Outcome | None) -> None:
        """Choose an outcome; one the verdict does not allow is refused."""
        if outcome is not None and outcome not in self.allowed:
            outcome = None
        if outcome != self.outcome:
            self.outcome = outcome
            self.changed.emit()

    def set_rationale(self, text: str) -> None:
        """Record the rationale as typed."""
        had = bool(self.rationale.strip())
        self.rationale = text
        if had != bool(text.strip()):
            self.changed.emit()

    def set_escalate_to(self, text: str) -> None:
        """Record who an escalation goes to, as typed."""
        had = bool(self.escalate_to.strip())
        self.escalate_to = text
        if had != bool(text.strip()):
            self.changed.emit()

    def set_next_review(self, day: date | None) -> None:
        """Record when an approval is to be reviewed again (None: the verdict's default)."""
        self.next_review = day

    def problems(self) -> list[str]:
        """List, in words, what stands between the officer and a valid decision."""
        problems = []
        if self.missing_terms:
            count = len(self.missing_terms)
            problems.append(self.tr("Answer the required questions listed above (%n).", "", count))
        if self.outcome is None:
            problems.append(self.tr("Choose an outcome."))
        if not self.rationale.strip():
            problems.append(self.tr("Write a rationale: say why you decided this way."))
        if self.outcome is Outcome.ESCALATE and not self.escalate_to.strip():
            problems.append(self.tr("Name the person it is escalated to."))
        texts = self.conditions.texts()
        if self.outcome is Outcome.APPROVE_WITH_CONDITIONS and not any(t.strip() for t in texts):
            problems.append(self.tr("Add at least one condition of approval."))
        return problems

    def decide(self) -> Decision:
        """Build the decision, re-checking the engine's rules, and announce it."""
        if self.problems() or self.outcome is None:
            raise ReviewerError(" ".join(self.problems()))
        conditions = self.conditions.texts() if self.outcome.approves else []
        escalate_to = self.escalate_to.strip() if self.outcome is Outcome.ESCALATE else None
        check_decision(self.verdict, self.outcome, conditions, escalate_to)
        decision = Decision(
            outcome=self.outcome,
            rationale=self.rationale,
            conditions=conditions,
            decided_by=self.decided_by,
            decided_at=datetime.now(UTC),
            escalate_to=escalate_to,
        )
        self.recorded.emit(decision)
        return decision
