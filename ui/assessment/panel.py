"""The live assessment panel: verdict badge, triggered clauses with their why, and obligations."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from reviewer import Assessment, Trigger, Verdict
from reviewer.policy import ClauseKind
from ui.explanations import explain
from ui.theme import (
    ProblemLabel,
    badge_style,
    muted,
    set_point_delta,
    severity_colours,
    severity_label,
    verdict_colours,
    verdict_label,
)


class VerdictBadge(QLabel):
    """The verdict in words on its colour, so it never relies on colour alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBadge")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_point_delta(self, 3, bold=True)
        self.verdict: Verdict | None = None

    def show_verdict(self, verdict: Verdict) -> None:
        """Show a verdict's label on its colours."""
        self.verdict = verdict
        self.setText(verdict_label(verdict))
        self.setAccessibleName(self.tr("Verdict: {0}").format(verdict_label(verdict)))
        self.setStyleSheet(badge_style(*verdict_colours(verdict), radius=6, padding="8px 12px"))


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


class AssessmentPanel(QScrollArea):
    """Shows the latest assessment; rebuilt from scratch on each change (it takes well under 1 ms).

    Signals:
        citation_activated(str, str): a clause's citation was followed; carries pack and clause id.
    """

    citation_activated = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 20, 20, 20)
        layout.setSpacing(10)
        heading = _text(self.tr("Live assessment"), body)
        set_point_delta(heading, 2, bold=True)
        layout.addWidget(heading)
        self.badge = VerdictBadge(body)
        layout.addWidget(self.badge)
        self.score = _text("", body, quiet=True)
        self.score.setObjectName("score")
        layout.addWidget(self.score)
        self.missing = ProblemLabel(body)
        self.missing.setObjectName("missing")
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
        layout.addStretch(1)
        self.setWidget(body)
        self.body = body
        self.cards: list[TriggerCard] = []
        self.obligation_labels: list[QLabel] = []

    def show_assessment(self, assessment: Assessment, missing_terms: list[str]) -> None:
        """Show a verdict, its clauses and obligations, and which required answers are missing."""
        body = self.body
        body.setUpdatesEnabled(False)
        try:
            self.badge.show_verdict(assessment.verdict)
            count = len(assessment.triggers)
            # The verdict is the most serious clause; a sum of points would only mislead.
            score = (
                self.tr("1 clause triggered")
                if count == 1
                else self.tr("{count} clauses triggered")
            ).format(count=count)
            if assessment.as_of is not None:
                score = self.tr("{clauses}, as of {day}").format(
                    clauses=score, day=assessment.as_of.isoformat()
                )
            self.score.setText(score)
            if missing_terms:
                self.missing.setText(
                    self.tr("Provisional: required answers missing: {0}.").format(
                        ", ".join(missing_terms)
                    )
                )
            self.missing.setVisible(bool(missing_terms))
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
                self.obligations_box.addWidget(_text(self.tr("None so far."), body, quiet=True))
        finally:
            body.setUpdatesEnabled(True)

    @staticmethod
    def _clear(box: QVBoxLayout) -> None:
        """Remove and delete every widget in a layout."""
        while box.count():
            item = box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
