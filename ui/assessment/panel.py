"""The live assessment panel: verdict badge, triggered clauses with their why, and obligations."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import Assessment, Trigger, Verdict
from reviewer.policy import ClauseKind
from reviewer.severity import VerdictReading
from ui.assessment.missing import MissingAnswers
from ui.explanations import explain
from ui.i18n import day_text
from ui.intake.controller import MissingSection
from ui.theme import (
    badge_style,
    muted,
    reading_colours,
    reading_label,
    set_point_delta,
    severity_colours,
    severity_label,
)


class VerdictBadge(QLabel):
    """The verdict in words on its colour, so it never relies on colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_delta(self, 3, bold=True)
        self.verdict: Verdict | None = None
        self.reading: VerdictReading | None = None

    def show_reading(self, reading: VerdictReading) -> None:
        """Show a verdict reading ("High risk", "At least: High", "Incomplete") on its colours."""
        self.verdict = reading.verdict
        self.reading = reading
        label = reading_label(reading)
        self.setText(label)
        self.setAccessibleName(self.tr("Verdict: {0}").format(label))
        self.setStyleSheet(badge_style(*reading_colours(reading), radius=6, padding="8px 12px"))


def _text(text: str, parent: QWidget, quiet: bool = False, delta: float = 0) -> QLabel:
    """Return a wrapping plain-text label (policy text is never read as markup)."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if quiet:
        muted(label)
    if delta:
        set_point_delta(label, delta)
    return label


class TriggerCard(QFrame):
    """One triggered clause: severity, title, why it triggered, exceptions weighed, citation.

    Signals:
        citation_activated(str, str): the citation link was followed; carries pack and clause id.
    """

    citation_activated = Signal(str, str)

    def __init__(self, trigger: Trigger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trigger = trigger
        self.setObjectName("triggerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(4)
        head = QHBoxLayout()
        tag = QLabel(severity_label(trigger.severity), self)
        tag.setObjectName("severityTag")
        tag.setStyleSheet(badge_style(*severity_colours(trigger.severity)))
        tag.setAccessibleName(self.tr("Severity: {0}").format(severity_label(trigger.severity)))
        head.addWidget(tag, 0, Qt.AlignmentFlag.AlignTop)
        if trigger.kind is ClauseKind.HOUSE_RULE:
            house = QLabel(self.tr("House rule"), self)
            house.setObjectName("houseRuleTag")
            house.setToolTip(
                self.tr("Our own rule, modelled on the cited text but not a rule of that text.")
            )
            muted(house)
            head.addWidget(house, 0, Qt.AlignmentFlag.AlignTop)
        title = _text(trigger.title, self)
        set_point_delta(title, 0, bold=True)
        head.addWidget(title, 1)
        layout.addLayout(head)
        because = explain(trigger.reasons, trigger.explanation)
        if trigger.why:
            why = _text(trigger.why, self)
            why.setObjectName("whySentence")
            layout.addWidget(why)
            layout.addWidget(_text(self.tr("Detail: {0}.").format(because), self, True, -1))
        else:
            layout.addWidget(_text(self.tr("Why: {0}.").format(because), self))
        for weighed in trigger.exceptions_weighed:
            if weighed.reasons:
                line = self.tr("Exception “{title}” does not apply: {why}.").format(
                    title=weighed.title, why=explain(weighed.reasons, weighed.explanation)
                )
            else:  # stored before explanations were templates: the English text says it all
                line = self.tr("Exception “{title}”: {why}.").format(
                    title=weighed.title, why=weighed.explanation
                )
            layout.addWidget(_text(line, self, True))
        citation = QLabel(self)
        citation.setObjectName("citation")
        citation.setWordWrap(True)  # a long citation must not widen the panel past its splitter
        citation.setTextFormat(Qt.TextFormat.RichText)
        citation.setText(f'<a href="clause">{_escape(trigger.citation.short())}</a>')
        citation.setAccessibleName(self.tr("Citation: {0}").format(trigger.citation.short()))
        citation.setToolTip(self.tr("Open this clause in the policy library"))
        citation.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        citation.linkActivated.connect(
            lambda _link: self.citation_activated.emit(trigger.pack_id, trigger.clause_id)
        )
        layout.addWidget(citation)


def _escape(text: str) -> str:
    """Escape text for Qt rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


EXPANDED_WIDTH = 300
COLLAPSED_WIDTH = 190
_NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class AssessmentPanel(QScrollArea):
    """Shows the latest assessment; rebuilt from scratch on each change (it takes well under 1 ms).

    It can collapse to its verdict badge, leaving the width to the form.

    Signals:
        citation_activated(str, str): a clause's citation was followed; carries pack and clause id.
        collapsed_changed(bool): the person collapsed (True) or expanded (False) the panel.
        question_requested(str): a missing answer's link was followed; carries the question id.
    """

    citation_activated = Signal(str, str)
    collapsed_changed = Signal(bool)
    question_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(EXPANDED_WIDTH)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 20, 20, 20)
        layout.setSpacing(10)
        top = QHBoxLayout()
        self.heading = _text(self.tr("Live assessment"), body)
        set_point_delta(self.heading, 2, bold=True)
        top.addWidget(self.heading, 1)
        self.collapse_button = QToolButton(body)
        self.collapse_button.setObjectName("collapseAssessment")
        self.collapse_button.setCheckable(True)
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.collapse_button.toggled.connect(self._on_collapse_toggled)
        top.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.badge = VerdictBadge(body)
        self.badge.setWordWrap(True)
        layout.addWidget(self.badge)
        self.details = QWidget(body)
        outer = layout
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        outer.addWidget(self.details)
        self.score = _text("", body, quiet=True)
        self.score.setObjectName("score")
        layout.addWidget(self.score)
        self.missing = MissingAnswers(body)
        self.missing.question_requested.connect(self.question_requested)
        layout.addWidget(self.missing)
        self.triggers_heading = _text(self.tr("Triggered clauses"), body)
        set_point_delta(self.triggers_heading, 0, bold=True)
        layout.addWidget(self.triggers_heading)
        self.triggers_box = QVBoxLayout()
        self.triggers_box.setSpacing(8)
        layout.addLayout(self.triggers_box)
        self.pending_heading = _text(self.tr("Not yet applicable"), body)
        set_point_delta(self.pending_heading, 0, bold=True)
        layout.addWidget(self.pending_heading)
        self.pending_box = QVBoxLayout()
        self.pending_box.setSpacing(4)
        layout.addLayout(self.pending_box)
        self.pending_labels: list[QLabel] = []
        self.obligations_heading = _text(self.tr("Obligations if approved"), body)
        set_point_delta(self.obligations_heading, 0, bold=True)
        layout.addWidget(self.obligations_heading)
        self.obligations_box = QVBoxLayout()
        self.obligations_box.setSpacing(4)
        layout.addLayout(self.obligations_box)
        outer.addStretch(1)
        self.setWidget(body)
        self.body = body
        self._show_collapsed(False)
        self.cards: list[TriggerCard] = []
        self.obligation_labels: list[QLabel] = []

    def show_assessment(
        self, assessment: Assessment, missing: Sequence[MissingSection] = ()
    ) -> None:
        """Show a verdict, its clauses and obligations, and which required answers are missing."""
        body = self.body
        body.setUpdatesEnabled(False)
        try:
            self.badge.show_reading(assessment.reading)
            count = len(assessment.triggers)
            # The verdict is the most serious clause; a sum of points would only mislead.
            score = (
                self.tr("1 clause triggered")
                if count == 1
                else self.tr("{count} clauses triggered")
            ).format(count=count)
            if assessment.as_of is not None:
                score = self.tr("{clauses}, as of {day}").format(
                    clauses=score, day=day_text(assessment.as_of)
                )
            self.score.setText(score)
            self.missing.show_missing(missing)
            self._clear(self.triggers_box)
            self.cards = []
            for trigger in assessment.triggers:
                card = TriggerCard(trigger, body)
                card.citation_activated.connect(self.citation_activated)
                self.triggers_box.addWidget(card)
                self.cards.append(card)
            if not assessment.triggers:
                self.triggers_box.addWidget(
                    _text(
                        self.tr("No clause is triggered by the answers so far."), body, quiet=True
                    )
                )
            self._clear(self.pending_box)
            self.pending_labels = [
                _text(
                    self.tr("{title}: applies from {day}; not counted yet.").format(
                        title=pending.title, day=pending.applies_from.effective.isoformat()
                    ),
                    body,
                    quiet=True,
                )
                for pending in assessment.not_yet_applicable
            ]
            for label in self.pending_labels:
                self.pending_box.addWidget(label)
            self.pending_heading.setVisible(bool(self.pending_labels))
            self._clear(self.obligations_box)
            self.obligation_labels = [
                _text(f"• {item.text}", body) for item in assessment.obligations
            ]
            for label in self.obligation_labels:
                self.obligations_box.addWidget(label)
            if not assessment.obligations:
                self.obligations_box.addWidget(
                    _text(self.tr("None so far."), self.details, quiet=True)
                )
        finally:
            body.setUpdatesEnabled(True)

    @property
    def collapsed(self) -> bool:
        """Tell whether only the verdict badge is shown."""
        return self.collapse_button.isChecked()

    def set_collapsed(self, collapsed: bool) -> None:
        """Show only the verdict badge, or everything, without reporting it as a choice."""
        self.collapse_button.blockSignals(True)
        self.collapse_button.setChecked(collapsed)
        self.collapse_button.blockSignals(False)
        self._show_collapsed(collapsed)

    def _on_collapse_toggled(self, collapsed: bool) -> None:
        """Collapse or expand at the person's request, and say so."""
        self._show_collapsed(collapsed)
        self.collapsed_changed.emit(collapsed)

    def _show_collapsed(self, collapsed: bool) -> None:
        """Hide or show everything but the badge, and give the width back to the form."""
        self.details.setVisible(not collapsed)
        self.heading.setVisible(not collapsed)
        button = self.collapse_button
        button.setText("»" if not collapsed else "«")
        tip = (
            self.tr("Show the whole assessment")
            if collapsed
            else self.tr("Collapse the assessment to its verdict")
        )
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        self.setMinimumWidth(COLLAPSED_WIDTH if collapsed else EXPANDED_WIDTH)
        self.setMaximumWidth(COLLAPSED_WIDTH if collapsed else _NO_LIMIT)

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        """Remove and delete every widget in a layout."""
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
