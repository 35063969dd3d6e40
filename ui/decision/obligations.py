"""The obligations checklist of the decision step: each obligation met, to do or not applicable.

Each row shows the obligation, the clauses it comes from, its state (with the reason when not
applicable), the files that prove it, and, when the intake's answers satisfy it, which answers
pre-marked it. Marks are stored by the service; this widget only asks for them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.followup import ObligationItemState, ObligationState
from reviewer.records import Attachment
from ui.i18n import marked
from ui.style import muted

_STATE_NAMES = marked(
    {
        ObligationState.TO_DO: QT_TRANSLATE_NOOP("ObligationsChecklist", "To do"),
        ObligationState.MET: QT_TRANSLATE_NOOP("ObligationsChecklist", "Met"),
        ObligationState.NOT_APPLICABLE: QT_TRANSLATE_NOOP("ObligationsChecklist", "Not applicable"),
    }
)


def state_label(state: ObligationState) -> str:
    """Return an obligation's state in words, in the interface language."""
    return QCoreApplication.translate("ObligationsChecklist", _STATE_NAMES[state])


class ObligationRow(QFrame):
    """One obligation: its text, its state, the reason and its evidence links."""

    def __init__(
        self,
        item: ObligationItemState,
        attachments: Sequence[Attachment],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.setFrameShape(QFrame.Shape.NoFrame)
        text = QLabel(item.text, self)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.PlainText)
        # Clause ids are long and unbroken: a zero-width space after each ':' and '-' lets
        # them wrap on a narrow page instead of pushing it sideways.
        sources = QLabel(
            ", ".join(s.replace(":", ":\u200b").replace("-", "-\u200b") for s in item.sources),
            self,
        )
        sources.setWordWrap(True)
        muted(sources)
        self.state = QComboBox(self)
        self.state.setAccessibleName(self.tr("State of: {0}").format(item.text))
        for state in ObligationState:
            self.state.addItem(state_label(state), state)
        self.state.setCurrentIndex(self.state.findData(item.state))
        self.reason = QLineEdit(item.reason or "", self)
        self.reason.setPlaceholderText(self.tr("Why it does not apply (required)"))
        self.reason.setAccessibleName(self.tr("Why it does not apply: {0}").format(item.text))
        self.reason.setVisible(item.state is ObligationState.NOT_APPLICABLE)
        self.premark = QLabel(self)
        self.premark.setWordWrap(True)
        muted(self.premark)
        if item.premarked:
            self.premark.setText(
                self.tr("Pre-marked because you answered: {answers}.").format(
                    answers=item.premarked
                )
            )
        self.premark.setVisible(bool(item.premarked))
        self.evidence = QToolButton(self)
        self.evidence.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.evidence.setAccessibleName(self.tr("Evidence for: {0}").format(item.text))
        menu = QMenu(self.evidence)
        self.evidence_actions: dict[int, QAction] = {}
        for attachment in attachments:
            action = menu.addAction(attachment.file_name)
            action.setCheckable(True)
            action.setChecked(attachment.id in item.evidence)
            self.evidence_actions[attachment.id] = action
        if not attachments:
            none = menu.addAction(self.tr("No file is attached to the review yet"))
            none.setEnabled(False)
        self.evidence.setMenu(menu)
        self._show_evidence_count()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 4)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.addWidget(text, 0, 0)
        grid.addWidget(self.state, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.evidence, 0, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(sources, 1, 0)
        grid.addWidget(self.premark, 2, 0, 1, 3)
        grid.addWidget(self.reason, 3, 0, 1, 3)
        grid.setColumnStretch(0, 1)

    def chosen_state(self) -> ObligationState:
        """Return the state chosen in the box."""
        return ObligationState(self.state.currentData())

    def chosen_evidence(self) -> list[int]:
        """Return the attachments ticked as evidence."""
        return sorted(i for i, a in self.evidence_actions.items() if a.isChecked())

    def _show_evidence_count(self) -> None:
        """Say how many files prove the obligation."""
        count = len(self.chosen_evidence())
        self.evidence.setText(
            self.tr("Evidence ({count})").format(count=count) if count else self.tr("Evidence")
        )


class ObligationsChecklist(QWidget):
    """Every obligation of the triggered clauses, each with its state.

    Signals:
        mark_requested(str, object, str, object): the officer changed an obligation; carries
            its id, the `ObligationState`, the reason (empty unless not applicable) and the
            evidence attachment ids (list of int).
    """

    mark_requested = Signal(str, object, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: dict[str, ObligationRow] = {}
        self.empty = QLabel(self.tr("No obligation: no triggered clause carries one."), self)
        self.empty.setWordWrap(True)  # it fits a narrow page in French too
        muted(self.empty)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self._layout.addWidget(self.empty)
        self._editable = True

    def set_items(
        self, items: Sequence[ObligationItemState], attachments: Sequence[Attachment] = ()
    ) -> None:
        """Show these obligations as they stand."""
        for row in self.rows.values():
            self._layout.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for item in items:
            row = ObligationRow(item, attachments, self)
            row.setEnabled(self._editable)
            row.state.activated.connect(lambda _i, r=row: self._on_state(r))
            row.reason.editingFinished.connect(lambda r=row: self._on_reason(r))
            for action in row.evidence_actions.values():
                action.toggled.connect(lambda _on, r=row: self._on_evidence(r))
            self._layout.addWidget(row)
            self.rows[item.id] = row
        self.empty.setVisible(not items)

    def set_editable(self, editable: bool) -> None:
        """Allow or forbid marking (only a draft takes marks)."""
        self._editable = editable
        for row in self.rows.values():
            row.setEnabled(editable)

    def _on_state(self, row: ObligationRow) -> None:
        """Mark the new state; not applicable waits for its reason."""
        state = row.chosen_state()
        row.reason.setVisible(state is ObligationState.NOT_APPLICABLE)
        if state is ObligationState.NOT_APPLICABLE:
            if row.reason.text().strip():
                self._emit(row)
            else:
                row.reason.setFocus()
            return
        self._emit(row)

    def _on_reason(self, row: ObligationRow) -> None:
        """Mark not applicable once a reason is typed."""
        if row.chosen_state() is ObligationState.NOT_APPLICABLE and row.reason.text().strip():
            self._emit(row)

    def _on_evidence(self, row: ObligationRow) -> None:
        """Keep the evidence links with the current state."""
        row._show_evidence_count()
        if row.chosen_state() is not ObligationState.NOT_APPLICABLE or row.reason.text():
            self._emit(row)

    def _emit(self, row: ObligationRow) -> None:
        """Ask for the row's mark to be stored."""
        state = row.chosen_state()
        reason = row.reason.text().strip() if state is ObligationState.NOT_APPLICABLE else ""
        self.mark_requested.emit(row.item.id, state, reason, row.chosen_evidence())
