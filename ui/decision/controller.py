"""The decision controller: which outcomes are allowed, what is still missing, and the Decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from reviewer import Assessment, Decision, Outcome, ReviewerError, Verdict
from reviewer.decision import allowed_outcomes, check_decision
from reviewer.scoring import ObligationItem

Index = QModelIndex | QPersistentModelIndex


@dataclass
class ConditionRow:
    """One condition of approval; `obligation_id` is set while it is an untouched obligation."""

    text: str
    obligation_id: str | None = None


class ConditionsModel(QAbstractListModel):
    """The editable list of conditions, pre-filled from the assessment's obligations."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConditionRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of conditions."""
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Return a condition's text, and where it came from as a tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("From the policy obligations")
                if row.obligation_id
                else self.tr("Added by you")
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Edit a condition; an edited obligation becomes the officer's own wording."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not isinstance(value, str):
            return False
        row = self._rows[index.row()]
        if not value.strip() or value == row.text:
            return False
        row.text, row.obligation_id = value, None
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Make every condition editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def texts(self) -> list[str]:
        """Return the conditions' texts, in order."""
        return [row.text for row in self._rows]

    def add(self, text: str) -> int:
        """Append a condition of the officer's own and return its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ConditionRow(text))
        self.endInsertRows()
        return row

    def replace(self, texts: list[str]) -> None:
        """Show exactly these conditions (a recorded decision's), as the officer's own words."""
        self.beginResetModel()
        self._rows = [ConditionRow(text) for text in texts]
        self.endResetModel()

    def remove(self, row: int) -> None:
        """Remove one condition."""
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def sync_obligations(self, obligations: list[ObligationItem]) -> None:
        """Add new obligations and drop untouched ones that no longer apply; keep the rest."""
        wanted = {item.id: item for item in obligations}
        for row in reversed(range(len(self._rows))):
            oid = self._rows[row].obligation_id
            if oid is not None and oid not in wanted:
                self.remove(row)
        present = {row.obligation_id for row in self._rows}
        for item in obligations:
            if item.id not in present:
                position = len(self._rows)
                self.beginInsertRows(QModelIndex(), position, position)
                self._rows.append(ConditionRow(item.text, item.id))
                self.endInsertRows()


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
        self.conditions = ConditionsModel(self)
        self.verdict = Verdict.MINIMAL
        self.prohibiting: list[str] = []
        self.missing_terms: list[str] = []
        self.outcome: Outcome | None = None
        self.rationale = ""
        self.escalate_to = ""
        for model_signal in (
            self.conditions.rowsInserted,
            self.conditions.rowsRemoved,
            self.conditions.dataChanged,
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
        """Follow a new assessment: allowed outcomes, obligations and missing answers."""
        self.verdict = assessment.verdict
        self.prohibiting = [t.title for t in assessment.triggers if t.severity.rank == 3]
        self.missing_terms = list(missing_terms)
        if self.outcome is not None and self.outcome not in self.allowed:
            self.outcome = None
        self.conditions.sync_obligations(list(assessment.obligations))
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

    def problems(self) -> list[str]:
        """List, in words, what stands between the officer and a valid decision."""
        problems = []
        if self.missing_terms:
            problems.append(
                self.tr("Answer the required questions: {0}.").format(", ".join(self.missing_terms))
            )
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
