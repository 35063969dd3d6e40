"""The required answers still missing, grouped by section, each a link to its question."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.intake.controller import MissingSection
from ui.theme import ProblemLabel, set_point_delta


def _escape(text: str) -> str:
    """Escape text for Qt rich text."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MissingAnswers(QWidget):
    """Lists the missing required answers by section ("Personal data (3)"), each as a link.

    Signals:
        question_requested(str): a missing answer's link was followed; carries the question id.
    """

    question_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, provisional: bool = True) -> None:
        """Start hidden; `provisional` says the missing answers keep the verdict provisional.

        The decision page also lists an owed questionnaire's answers (the FRIA), which do not
        touch the verdict, so it says only that answers are missing.
        """
        super().__init__(parent)
        self._provisional = provisional
        self.setObjectName("missingAnswers")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.summary = ProblemLabel(self)
        self.summary.setObjectName("missingSummary")
        self._layout.addWidget(self.summary)
        self.section_labels: list[QLabel] = []
        self.link_labels: list[QLabel] = []
        self.groups: list[MissingSection] = []
        self.hide()

    def show_missing(self, groups: Sequence[MissingSection]) -> None:
        """Show what is missing; hide the whole list when nothing is.

        Most answers leave the list as it was; then nothing is rebuilt (a re-assessment must
        fit in one frame, and rebuilding dozens of links costs a few milliseconds).
        """
        if list(groups) == self.groups and self.section_labels:
            return
        self.groups = list(groups)
        for label in (*self.section_labels, *self.link_labels):
            self._layout.removeWidget(label)
            label.hide()
            label.deleteLater()
        self.section_labels, self.link_labels = [], []
        count = sum(len(group.answers) for group in groups)
        self.summary.setText(
            self.tr("Provisional: required answers missing: %n.", "", count)
            if self._provisional
            else self.tr("Required answers still missing: %n.", "", count)
        )
        for group in groups:
            title = QLabel(
                self.tr("{section} ({count})").format(
                    section=group.title, count=len(group.answers)
                ),
                self,
            )
            title.setObjectName("missingSection")
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            set_point_delta(title, 0, bold=True)
            links = QLabel(self)
            links.setObjectName("missingLinks")
            links.setWordWrap(True)
            links.setTextFormat(Qt.TextFormat.RichText)
            links.setText(
                " · ".join(
                    f'<a href="{_escape(qid)}">{_escape(term)}</a>' for qid, term in group.answers
                )
            )
            links.setAccessibleName(
                self.tr("Missing answers in {section}: {terms}").format(
                    section=group.title, terms=", ".join(term for _, term in group.answers)
                )
            )
            links.setToolTip(self.tr("Go to the question"))
            links.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            links.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            links.linkActivated.connect(self.question_requested)
            self._layout.addWidget(title)
            self._layout.addWidget(links)
            self.section_labels.append(title)
            self.link_labels.append(links)
        self.setVisible(bool(count))

    def terms(self) -> list[str]:
        """Return the short names of the missing answers, in the order shown."""
        return [term for group in self.groups for _, term in group.answers]
